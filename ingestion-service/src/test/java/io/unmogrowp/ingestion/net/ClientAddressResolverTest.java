package io.unmogrowp.ingestion.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressResolverTest {

    private final ClientAddressResolver resolver = new ClientAddressResolver(List.of("10.0.0.0/8", "fd00::/8"));

    @Test
    void untrustedPeerIsTheClientWhateverItsHeaderSays() {
        assertEquals("203.0.113.9", resolver.resolve("203.0.113.9", "1.2.3.4"));
    }

    @Test
    void trustedProxyYieldsTheRightMostUntrustedHop() {
        assertEquals("198.51.100.1", resolver.resolve("10.1.2.3", "6.6.6.6, 198.51.100.1, 10.9.9.9"));
        assertEquals("2001:db8::1", resolver.resolve("fd12::5", "2001:db8::1"));
    }

    @Test
    void garbageInTheHeaderFallsBackToThePeer() {
        assertEquals("10.1.2.3", resolver.resolve("10.1.2.3", "not-an-ip"));
        assertEquals("10.1.2.3", resolver.resolve("10.1.2.3", null));
    }

    @Test
    void cidrMatchingIsBitExact() {
        Cidr cidr = Cidr.parse("192.168.4.0/22").orElseThrow();
        assertTrue(cidr.contains("192.168.7.255"));
        assertFalse(cidr.contains("192.168.8.0"));
        assertFalse(cidr.contains("::1"));
        assertTrue(Cidr.parse("::1/128").orElseThrow().contains("::1"));
        assertTrue(Cidr.parse("10.0.0.0/33").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new ClientAddressResolver(List.of("10.0.0.0/x")));
    }
}
