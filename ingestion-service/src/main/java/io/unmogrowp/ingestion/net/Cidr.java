package io.unmogrowp.ingestion.net;

import io.unmogrowp.core.net.IpAddresses;
import java.util.Optional;

/** An IPv4 or IPv6 network in CIDR notation, matched byte-wise without name resolution. */
public record Cidr(byte[] network, int prefixLength) {

    public static Optional<Cidr> parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        Optional<byte[]> bytes = IpAddresses.parse(address).map(IpAddresses::unmapIpv4);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        int bits = bytes.get().length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(trimmed.substring(slash + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return prefix < 0 || prefix > bits ? Optional.empty() : Optional.of(new Cidr(bytes.get(), prefix));
    }

    public boolean contains(String ip) {
        Optional<byte[]> parsed = IpAddresses.parse(ip).map(IpAddresses::unmapIpv4);
        if (parsed.isEmpty() || parsed.get().length != network.length) {
            return false;
        }
        byte[] address = parsed.get();
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = 0xff << (8 - remainingBits) & 0xff;
        return (address[fullBytes] & mask) == (network[fullBytes] & mask);
    }
}
