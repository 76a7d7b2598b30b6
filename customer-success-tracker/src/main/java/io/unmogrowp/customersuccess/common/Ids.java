package io.unmogrowp.customersuccess.common;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Opaque public ids: a type prefix and 96 random bits in hex, e.g. {@code cus_3f9a...}. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String newId(String prefix) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }
}
