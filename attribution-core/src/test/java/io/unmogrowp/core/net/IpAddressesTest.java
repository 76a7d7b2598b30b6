package io.unmogrowp.core.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

    @ParameterizedTest
    @CsvSource({
        "1.2.3.4, 1.2.3.4",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "1:0:0:2:0:0:0:3, 1:0:0:2::3",
        "fe80::, fe80::",
        "::ffff:1.2.3.4, 1.2.3.4",
        "::FFFF:0102:0304, 1.2.3.4",
        "0:0:0:0:0:0:0:0, ::",
        "1:2:3:4:5:6:7::, 1:2:3:4:5:6:7:0",
        "::2:3:4:5:6:7:8, 0:2:3:4:5:6:7:8",
        "1::1.2.3.4, 1::102:304",
    })
    void canonicalForms(String input, String canonical) {
        assertEquals(Optional.of(canonical), IpAddresses.canonical(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1.2.3.4", "1.2.3.4 ", "1..2.3", "999.1.1.1", "1.2.3.04", "١.٢.٣.٤", "::ffff:1.2.3",
        "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8", "12345::", "1:2:3:4:5:6:1.2.3.4:8", "ｆｅ80::1"})
    void notLiterals(String input) {
        assertFalse(IpAddresses.isIpLiteral(input));
    }

    @Test
    void bytesOfBothFamilies() {
        assertArrayEquals(new byte[] {10, 0, 0, (byte) 255}, IpAddresses.parse("10.0.0.255").orElseThrow());
        byte[] v6 = IpAddresses.parse("2001:db8::ff").orElseThrow();
        assertEquals(16, v6.length);
        assertEquals((byte) 0x20, v6[0]);
        assertEquals((byte) 0xff, v6[15]);
    }

    /** canonical() answers dotted quads without the full parse: it must say exactly what parse + format say. */
    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "255.255.255.255", "256.1.1.1", "1.2.3.256", "01.1.1.1", "1.2.3.00", "1.2.3.0",
        "1.2.3", "1.2.3.4.5", "1.2.3.4.", ".1.2.3", "1.2.3.a", "1.2.3.-1", "1234.1.1.1", "1.2.3.4 ", "10.0.0.1",
        "203.0.113.255", "199.099.1.1", "1.1.1.1111", "9.9.9.9"})
    void theDottedQuadShortcutAgreesWithTheFullParse(String input) {
        assertEquals(IpAddresses.parse(input).map(IpAddresses::format), IpAddresses.canonical(input));
    }

    @Test
    void theDottedQuadShortcutAgreesWithTheFullParseOnRandomQuads() {
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int octet = 0; octet < 4; octet++) {
                if (octet > 0) {
                    text.append('.');
                }
                // Mostly valid octets, sometimes too large or with a leading zero.
                int value = random.nextInt(300);
                text.append(random.nextInt(20) == 0 ? "0" + value : Integer.toString(value));
            }
            String input = text.toString();
            assertEquals(IpAddresses.parse(input).map(IpAddresses::format), IpAddresses.canonical(input), input);
        }
    }
}
