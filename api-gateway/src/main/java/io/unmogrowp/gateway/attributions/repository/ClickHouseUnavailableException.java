package io.unmogrowp.gateway.attributions.repository;

/** ClickHouse could not answer a query (down, timed out or refused it). */
public class ClickHouseUnavailableException extends RuntimeException {

    public ClickHouseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
