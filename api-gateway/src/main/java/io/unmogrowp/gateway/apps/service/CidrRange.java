package io.unmogrowp.gateway.apps.service;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks that a text is an IPv4 or IPv6 CIDR block without any DNS lookup. */
final class CidrRange {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Pattern PREFIX = Pattern.compile("\\d{1,3}");

    private CidrRange() {
    }

    /** Returns why the text is not a valid CIDR block, or empty when it is. */
    static Optional<String> problemWith(String cidr) {
        if (cidr == null || cidr.isBlank()) {
            return Optional.of("must be a CIDR block such as 203.0.113.0/24");
        }
        int slash = cidr.indexOf('/');
        if (slash < 0 || slash != cidr.lastIndexOf('/')) {
            return Optional.of("must be a CIDR block such as 203.0.113.0/24 (address/prefix)");
        }
        String address = cidr.substring(0, slash);
        String prefixText = cidr.substring(slash + 1);
        boolean ipv4 = IPV4.matcher(address).matches();
        // Only text that is already an IPv6 literal reaches InetAddress, so no name is ever resolved.
        boolean ipv6 = !ipv4 && address.contains(":") && IPV6_CHARACTERS.matcher(address).matches();
        if (!ipv4 && !ipv6) {
            return Optional.of("'" + address + "' is not an IPv4 or IPv6 address");
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return Optional.of("'" + address + "' is not an IPv4 or IPv6 address");
        }
        int maxPrefix = bytes.length * 8;
        if (!PREFIX.matcher(prefixText).matches() || Integer.parseInt(prefixText) > maxPrefix) {
            return Optional.of("prefix length must be between 0 and " + maxPrefix);
        }
        int prefix = Integer.parseInt(prefixText);
        BigInteger hostMask = BigInteger.ONE.shiftLeft(maxPrefix - prefix).subtract(BigInteger.ONE);
        if (!new BigInteger(1, bytes).and(hostMask).equals(BigInteger.ZERO)) {
            return Optional.of("address has bits set beyond the /" + prefix + " prefix");
        }
        return Optional.empty();
    }
}
