package io.unmogrowp.core.fraud;

import io.unmogrowp.core.net.IpAddresses;
import java.util.Arrays;
import java.util.Optional;

/**
 * An IPv4 or IPv6 CIDR block such as {@code 10.0.0.0/8} or {@code 2001:db8::/32}.
 *
 * <p>{@code network} is the canonical address with host bits cleared, so "10.1.2.3/8" parses to
 * 10.0.0.0/8. A bare address is a single-host range (/32 or /128). IPv4-mapped IPv6 addresses
 * (::ffff:a.b.c.d) are matched as the IPv4 address they carry.
 */
public record IpRange(String network, int prefixLength) {

    public IpRange {
        String given = network;
        byte[] bytes = IpAddresses.parse(given)
                .orElseThrow(() -> new IllegalArgumentException("not an IP address: " + given));
        int bits = IpAddresses.unmapIpv4(bytes).length * 8;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " out of range 0.." + bits);
        }
        network = IpAddresses.format(masked(IpAddresses.unmapIpv4(bytes), prefixLength));
    }

    /** Parses "address/prefix" or a bare address; empty for anything else (never throws). */
    public static Optional<IpRange> parse(String cidr) {
        if (cidr == null) {
            return Optional.empty();
        }
        String text = cidr.trim();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        Optional<byte[]> bytes = IpAddresses.parse(address);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        int bits = IpAddresses.unmapIpv4(bytes.get()).length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String prefixText = text.substring(slash + 1);
            if (prefixText.isEmpty() || prefixText.length() > 3 || !prefixText.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(prefixText);
            if (prefix > bits) {
                return Optional.empty();
            }
        }
        return Optional.of(new IpRange(address, prefix));
    }

    /** False for anything that is not an address literal, and across address families. */
    public boolean contains(String ip) {
        Optional<byte[]> candidate = IpAddresses.parse(ip);
        if (candidate.isEmpty()) {
            return false;
        }
        byte[] address = IpAddresses.unmapIpv4(candidate.get());
        byte[] networkBytes = IpAddresses.parse(network).map(IpAddresses::unmapIpv4).orElseThrow();
        if (address.length != networkBytes.length) {
            return false;
        }
        byte[] maskedAddress = masked(address, prefixLength);
        return Arrays.equals(maskedAddress, networkBytes);
    }

    public String cidr() {
        return network + "/" + prefixLength;
    }

    @Override
    public String toString() {
        return cidr();
    }

    private static byte[] masked(byte[] address, int prefixLength) {
        byte[] out = address.clone();
        for (int i = 0; i < out.length; i++) {
            int bitsInByte = Math.max(0, Math.min(8, prefixLength - i * 8));
            int mask = bitsInByte == 0 ? 0 : (0xff << (8 - bitsInByte)) & 0xff;
            out[i] = (byte) (out[i] & mask);
        }
        return out;
    }
}
