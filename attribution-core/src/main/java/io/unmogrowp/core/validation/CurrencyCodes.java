package io.unmogrowp.core.validation;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** ISO 4217 codes known to the JDK. */
final class CurrencyCodes {

    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    private CurrencyCodes() {
    }

    /** Upper-case three letters naming a known currency; "usd" is refused so stored codes stay uniform. */
    static boolean isValid(String code) {
        return code.length() == 3
                && code.chars().allMatch(c -> c >= 'A' && c <= 'Z')
                && CODES.contains(code);
    }
}
