package io.unmogrowp.core.fraud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpRangeTest {

    private static IpRange range(String cidr) {
        return IpRange.parse(cidr).orElseThrow(() -> new AssertionError("should parse: " + cidr));
    }

    @ParameterizedTest
    @CsvSource({
        "10.0.0.0/8, 10.0.0.0/8",
        "10.1.2.3/8, 10.0.0.0/8",
        "192.168.1.77/32, 192.168.1.77/32",
        "192.168.1.77, 192.168.1.77/32",
        "0.0.0.0/0, 0.0.0.0/0",
        "172.16.255.1/12, 172.16.0.0/12",
        "2001:db8::/32, 2001:db8::/32",
        "2001:DB8:ffff::1/48, 2001:db8:ffff::/48",
        "::1, ::1/128",
        "::/0, ::/0",
        "::ffff:10.0.0.0/8, 10.0.0.0/8",
    })
    void parsesAndNormalises(String cidr, String canonical) {
        assertEquals(canonical, range(cidr).cidr());
        assertEquals(canonical, range(cidr).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.0.0.0/", "/8", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/+8", "abc/8", "10.0.0/8",
        "2001:db8::/129", "2001:db8::/1a", "10.0.0.0/8/8", "10.0.0.0/0008"})
    void rejectsMalformedRanges(String cidr) {
        assertEquals(Optional.empty(), IpRange.parse(cidr));
    }

    @Test
    void nullIsNotARange() {
        assertEquals(Optional.empty(), IpRange.parse(null));
    }

    @Test
    void ipv4ContainmentAtTheEdges() {
        IpRange tenSlashEight = range("10.0.0.0/8");
        assertTrue(tenSlashEight.contains("10.0.0.0"));
        assertTrue(tenSlashEight.contains("10.255.255.255"));
        assertFalse(tenSlashEight.contains("11.0.0.0"));
        assertFalse(tenSlashEight.contains("9.255.255.255"));

        IpRange slash23 = range("192.168.2.0/23");
        assertTrue(slash23.contains("192.168.3.255"));
        assertFalse(slash23.contains("192.168.4.0"));
        assertFalse(slash23.contains("192.168.1.255"));
    }

    @Test
    void singleHostAndEverything() {
        assertTrue(range("203.0.113.7").contains("203.0.113.7"));
        assertFalse(range("203.0.113.7").contains("203.0.113.8"));
        assertTrue(range("0.0.0.0/0").contains("255.255.255.255"));
        assertTrue(range("::/0").contains("2001:db8::1"));
    }

    @Test
    void ipv6ContainmentAtTheEdges() {
        IpRange docs = range("2001:db8::/32");
        assertTrue(docs.contains("2001:db8::"));
        assertTrue(docs.contains("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"));
        assertFalse(docs.contains("2001:db9::"));
        assertFalse(docs.contains("2001:db7:ffff:ffff:ffff:ffff:ffff:ffff"));

        IpRange slash57 = range("2001:db8:0:80::/57");
        assertTrue(slash57.contains("2001:db8:0:ff:ffff::1"));
        assertFalse(slash57.contains("2001:db8:0:100::"));
    }

    @Test
    void familiesDoNotMixButMappedAddressesMatchAsIpv4() {
        assertFalse(range("0.0.0.0/0").contains("2001:db8::1"));
        assertFalse(range("::/0").contains("10.0.0.1"));
        assertTrue(range("10.0.0.0/8").contains("::ffff:10.9.8.7"));
    }

    @Test
    void nonAddressesAreNeverContained() {
        assertFalse(range("0.0.0.0/0").contains("example.com"));
        assertFalse(range("0.0.0.0/0").contains(null));
    }

    @Test
    void constructorRefusesBadInputFromCode() {
        assertThrows(IllegalArgumentException.class, () -> new IpRange("10.0.0.0", 33));
        assertThrows(IllegalArgumentException.class, () -> new IpRange("nope", 8));
        assertEquals(new IpRange("10.0.0.0", 8), new IpRange("10.20.30.40", 8));
    }
}
