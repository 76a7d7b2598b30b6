package io.unmogrowp.customersuccess.customers.repository;

/** Another customer already has this company name (compared case-insensitively). */
public class DuplicateCompanyNameException extends RuntimeException {

    public DuplicateCompanyNameException() {
        super("company name already in use");
    }
}
