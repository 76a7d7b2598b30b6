package io.unmogrowp.core.fraud;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FraudRulesTest {

    @Test
    void floodingNeedsAllThreeSignals() {
        assertTrue(FraudRules.isClickFlooding(new SiteStats(1_000, 0, 0.51)));
        assertTrue(FraudRules.isClickFlooding(new SiteStats(100_000, 99, 0.9)));
    }

    @Test
    void tooFewClicksAreNotJudged() {
        assertFalse(FraudRules.isClickFlooding(new SiteStats(999, 0, 1.0)));
    }

    @Test
    void conversionRateAtTheThresholdIsNotFlooding() {
        assertFalse(FraudRules.isClickFlooding(new SiteStats(1_000, 1, 0.9)));
        assertTrue(FraudRules.isClickFlooding(new SiteStats(1_001, 1, 0.9)));
    }

    @Test
    void longTailShareMustExceedHalf() {
        assertFalse(FraudRules.isClickFlooding(new SiteStats(10_000, 2, 0.5)));
        assertTrue(FraudRules.isClickFlooding(new SiteStats(10_000, 2, 0.5000001)));
    }

    @Test
    void blockedIpChecksEveryRange() {
        List<IpRange> ranges = List.of(IpRange.parse("10.0.0.0/8").orElseThrow(),
                IpRange.parse("2001:db8::/32").orElseThrow());
        assertTrue(FraudRules.isBlockedIp("2001:db8::5", ranges));
        assertTrue(FraudRules.isBlockedIp("10.0.0.5", ranges));
        assertFalse(FraudRules.isBlockedIp("192.0.2.1", ranges));
        assertFalse(FraudRules.isBlockedIp(null, ranges));
        assertFalse(FraudRules.isBlockedIp("10.0.0.5", List.of()));
    }
}
