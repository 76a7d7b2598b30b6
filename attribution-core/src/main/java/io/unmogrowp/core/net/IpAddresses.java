package io.unmogrowp.core.net;

import java.util.Optional;

/**
 * Parses IPv4 and IPv6 address literals without any name resolution (InetAddress.getByName would
 * do a DNS lookup for anything that is not a literal).
 *
 * <p>Accepted: dotted-quad IPv4 with decimal octets and no leading zeros; IPv6 in full, "::"
 * compressed, and with a trailing dotted IPv4 part. Refused: zone ids ("%eth0"), brackets,
 * ports, hex or octal IPv4 forms.
 */
public final class IpAddresses {

    private IpAddresses() {
    }

    /** The address bytes: 4 for IPv4, 16 for IPv6. */
    public static Optional<byte[]> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = text.indexOf(':') >= 0 ? parseIpv6(text) : parseIpv4(text);
        return Optional.ofNullable(bytes);
    }

    public static boolean isIpLiteral(String text) {
        return parse(text).isPresent();
    }

    /**
     * One spelling per address, so equal addresses compare equal as text: IPv4 as written, IPv6 in
     * RFC 5952 form, and IPv4-mapped IPv6 (::ffff:a.b.c.d) as the plain IPv4 address.
     */
    public static Optional<String> canonical(String text) {
        // The common case: a dotted quad is canonical exactly as written (decimal octets, no leading zeros), so
        // recognise it in one pass and return it as is; splitting and re-formatting it was a twentieth of the
        // ingestion service's CPU. Anything else, or a quad this scan refuses, takes the full parse.
        if (text != null && isCanonicalDottedQuad(text)) {
            return Optional.of(text);
        }
        return parse(text).map(IpAddresses::format);
    }

    /** Exactly what parseIpv4 accepts: four decimal octets of 1 to 3 digits, at most 255, no leading zero. */
    private static boolean isCanonicalDottedQuad(String text) {
        int length = text.length();
        if (length < 7 || length > 15) {
            return false;
        }
        int octets = 0;
        int value = 0;
        int digits = 0;
        boolean leadingZero = false;
        for (int i = 0; i <= length; i++) {
            char c = i == length ? '.' : text.charAt(i);
            if (c == '.') {
                if (digits == 0 || value > 255 || (digits > 1 && leadingZero)) {
                    return false;
                }
                octets++;
                value = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9') {
                if (digits == 0) {
                    leadingZero = c == '0';
                }
                if (++digits > 3) {
                    return false;
                }
                value = value * 10 + (c - '0');
            } else {
                return false;
            }
        }
        return octets == 4;
    }

    /** An IPv4-mapped IPv6 address reduced to its 4 IPv4 bytes; other addresses unchanged. */
    public static byte[] unmapIpv4(byte[] bytes) {
        if (bytes.length != 16) {
            return bytes;
        }
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return bytes;
            }
        }
        if (bytes[10] != (byte) 0xff || bytes[11] != (byte) 0xff) {
            return bytes;
        }
        return new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]};
    }

    public static String format(byte[] raw) {
        byte[] bytes = unmapIpv4(raw);
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        // RFC 5952: compress the longest run (first on ties) of two or more zero groups.
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && groups[i] == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }

    private static byte[] parseIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = decimalOctet(parts[i]);
            if (octet < 0) {
                return null;
            }
            bytes[i] = (byte) octet;
        }
        return bytes;
    }

    private static int decimalOctet(String part) {
        if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= 255 ? value : -1;
    }

    private static byte[] parseIpv6(String text) {
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return null;
        }
        String head = doubleColon >= 0 ? text.substring(0, doubleColon) : text;
        String tail = doubleColon >= 0 ? text.substring(doubleColon + 2) : "";
        int[] headGroups = groups(head, doubleColon < 0);
        int[] tailGroups = groups(tail, true);
        if (headGroups == null || tailGroups == null) {
            return null;
        }
        int total = headGroups.length + tailGroups.length;
        if (doubleColon < 0 ? total != 8 : total > 7) {
            return null;
        }
        int[] all = new int[8];
        System.arraycopy(headGroups, 0, all, 0, headGroups.length);
        System.arraycopy(tailGroups, 0, all, 8 - tailGroups.length, tailGroups.length);
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[2 * i] = (byte) (all[i] >> 8);
            bytes[2 * i + 1] = (byte) all[i];
        }
        return bytes;
    }

    /**
     * 16-bit groups of one side of "::". A dotted IPv4 part is allowed as the very last element of
     * the address (only where {@code mayEndWithIpv4}) and counts as two groups.
     */
    private static int[] groups(String side, boolean mayEndWithIpv4) {
        if (side.isEmpty()) {
            return new int[0];
        }
        String[] parts = side.split(":", -1);
        int last = parts.length - 1;
        boolean endsWithIpv4 = parts[last].indexOf('.') >= 0;
        if (endsWithIpv4 && !mayEndWithIpv4) {
            return null;
        }
        int[] groups = new int[parts.length + (endsWithIpv4 ? 1 : 0)];
        for (int i = 0; i < parts.length; i++) {
            if (i == last && endsWithIpv4) {
                byte[] v4 = parseIpv4(parts[i]);
                if (v4 == null) {
                    return null;
                }
                groups[i] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
                groups[i + 1] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
                continue;
            }
            int group = hexGroup(parts[i]);
            if (group < 0) {
                return null;
            }
            groups[i] = group;
        }
        return groups;
    }

    private static int hexGroup(String part) {
        if (part.isEmpty() || part.length() > 4) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < part.length(); i++) {
            int digit = Character.digit(part.charAt(i), 16);
            if (digit < 0 || part.charAt(i) > 'f') {
                return -1;
            }
            value = (value << 4) | digit;
        }
        return value;
    }
}
