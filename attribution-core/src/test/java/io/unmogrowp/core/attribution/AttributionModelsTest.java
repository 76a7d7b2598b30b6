package io.unmogrowp.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unmogrowp.core.event.Campaign;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AttributionModelsTest {

    private static final Instant CONVERSION = Instant.parse("2026-12-03T18:00:00Z");
    private static final double EPS = 1e-9;

    /** Touches t1 (oldest) .. tn (newest), one day apart, the newest one day before the conversion. */
    private static List<Touchpoint> path(int n) {
        List<Touchpoint> path = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            path.add(touch("t" + i, Duration.ofDays(n - i + 1)));
        }
        Collections.reverse(path);
        return path;
    }

    private static Touchpoint touch(String id, Duration before) {
        return new Touchpoint(id, "app", TouchType.CLICK, CONVERSION.minus(before), null, List.of(), null, null,
                new Campaign("src-" + id, "camp-" + id, null, null, null, null));
    }

    private static List<String> ids(List<Credit> credits) {
        return credits.stream().map(Credit::touchpointEventId).toList();
    }

    private static double[] shares(List<Credit> credits) {
        return credits.stream().mapToDouble(Credit::credit).toArray();
    }

    private static void assertShares(double[] expected, List<Credit> credits) {
        double[] actual = shares(credits);
        assertEquals(expected.length, actual.length, () -> "credits " + credits);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], EPS, "share " + i + " of " + credits);
        }
    }

    @ParameterizedTest
    @EnumSource(AttributionModel.class)
    void creditsSumToOneForOneTwoThreeAndFiveTouches(AttributionModel model) {
        for (int n : new int[] {1, 2, 3, 5, 17}) {
            List<Credit> credits = AttributionModels.credits(model, path(n), CONVERSION);
            assertEquals(1.0, credits.stream().mapToDouble(Credit::credit).sum(), EPS, model + " n=" + n);
            assertTrue(credits.stream().allMatch(c -> c.model() == model && c.credit() > 0));
        }
    }

    @ParameterizedTest
    @EnumSource(AttributionModel.class)
    void emptyPathHasNoCredits(AttributionModel model) {
        assertEquals(List.of(), AttributionModels.credits(model, List.of(), CONVERSION));
    }

    @ParameterizedTest
    @EnumSource(AttributionModel.class)
    void singleTouchGetsEverything(AttributionModel model) {
        List<Credit> credits = AttributionModels.credits(model, path(1), CONVERSION);
        assertEquals(List.of(new Credit(model, "t1", "src-t1", "camp-t1", 1.0)), credits);
    }

    @Test
    void lastTouch() {
        assertEquals(List.of("t2"), ids(AttributionModels.credits(AttributionModel.LAST_TOUCH, path(2), CONVERSION)));
        assertEquals(List.of("t3"), ids(AttributionModels.credits(AttributionModel.LAST_TOUCH, path(3), CONVERSION)));
        List<Credit> five = AttributionModels.credits(AttributionModel.LAST_TOUCH, path(5), CONVERSION);
        assertEquals(List.of("t5"), ids(five));
        assertShares(new double[] {1.0}, five);
    }

    @Test
    void firstTouch() {
        assertEquals(List.of("t1"), ids(AttributionModels.credits(AttributionModel.FIRST_TOUCH, path(2), CONVERSION)));
        assertEquals(List.of("t1"), ids(AttributionModels.credits(AttributionModel.FIRST_TOUCH, path(3), CONVERSION)));
        assertEquals(List.of("t1"), ids(AttributionModels.credits(AttributionModel.FIRST_TOUCH, path(5), CONVERSION)));
    }

    @Test
    void linear() {
        assertShares(new double[] {0.5, 0.5}, AttributionModels.credits(AttributionModel.LINEAR, path(2), CONVERSION));
        assertShares(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0},
                AttributionModels.credits(AttributionModel.LINEAR, path(3), CONVERSION));
        List<Credit> five = AttributionModels.credits(AttributionModel.LINEAR, path(5), CONVERSION);
        assertShares(new double[] {0.2, 0.2, 0.2, 0.2, 0.2}, five);
        assertEquals(List.of("t1", "t2", "t3", "t4", "t5"), ids(five));
    }

    @Test
    void timeDecayHalvesTheWeightEverySevenDays() {
        List<Touchpoint> twoWeeks = List.of(touch("old", Duration.ofDays(14)), touch("mid", Duration.ofDays(7)),
                touch("new", Duration.ZERO));
        // weights 1/4, 1/2, 1 -> 1/7, 2/7, 4/7
        assertShares(new double[] {1 / 7.0, 2 / 7.0, 4 / 7.0},
                AttributionModels.credits(AttributionModel.TIME_DECAY, twoWeeks, CONVERSION));
        assertShares(new double[] {1 / 3.0, 2 / 3.0}, AttributionModels.credits(AttributionModel.TIME_DECAY,
                List.of(touch("a", Duration.ofDays(8)), touch("b", Duration.ofDays(1))), CONVERSION));
    }

    @Test
    void timeDecayForFiveDailyTouches() {
        List<Credit> credits = AttributionModels.credits(AttributionModel.TIME_DECAY, path(5), CONVERSION);
        double[] weights = new double[5];
        double total = 0;
        for (int i = 0; i < 5; i++) {
            weights[i] = Math.pow(2, -(5 - i) / 7.0);
            total += weights[i];
        }
        for (int i = 0; i < 5; i++) {
            weights[i] /= total;
        }
        assertShares(weights, credits);
        assertTrue(credits.get(4).credit() > credits.get(0).credit());
    }

    @Test
    void timeDecayOfEqualAgesIsEven() {
        assertShares(new double[] {0.5, 0.5}, AttributionModels.credits(AttributionModel.TIME_DECAY,
                List.of(touch("a", Duration.ofDays(3)), touch("b", Duration.ofDays(3))), CONVERSION));
    }

    @Test
    void timeDecayOfAncientPathsDoesNotUnderflow() {
        List<Credit> credits = AttributionModels.credits(AttributionModel.TIME_DECAY,
                List.of(touch("a", Duration.ofDays(400_000)), touch("b", Duration.ofDays(399_999))), CONVERSION);
        assertEquals(1.0, credits.stream().mapToDouble(Credit::credit).sum(), EPS);
        assertTrue(credits.stream().allMatch(c -> Double.isFinite(c.credit())));
    }

    @Test
    void positionBased() {
        assertShares(new double[] {0.5, 0.5},
                AttributionModels.credits(AttributionModel.POSITION_BASED, path(2), CONVERSION));
        assertShares(new double[] {0.4, 0.2, 0.4},
                AttributionModels.credits(AttributionModel.POSITION_BASED, path(3), CONVERSION));
        assertShares(new double[] {0.4, 0.2 / 3, 0.2 / 3, 0.2 / 3, 0.4},
                AttributionModels.credits(AttributionModel.POSITION_BASED, path(5), CONVERSION));
    }

    @ParameterizedTest
    @EnumSource(AttributionModel.class)
    void inputOrderDoesNotMatter(AttributionModel model) {
        List<Credit> expected = AttributionModels.credits(model, path(5), CONVERSION);
        List<Touchpoint> shuffled = new ArrayList<>(path(5));
        Collections.shuffle(shuffled, new Random(3));
        assertEquals(expected, AttributionModels.credits(model, shuffled, CONVERSION));
    }

    @Test
    void tiesOnTimeAreOrderedByEventId() {
        List<Touchpoint> tied = List.of(touch("b", Duration.ofHours(1)), touch("a", Duration.ofHours(1)));

        assertEquals(List.of("a", "b"), ids(AttributionModels.credits(AttributionModel.LINEAR, tied, CONVERSION)));
        assertEquals(List.of("b"), ids(AttributionModels.credits(AttributionModel.LAST_TOUCH, tied, CONVERSION)));
        assertEquals(List.of("a"), ids(AttributionModels.credits(AttributionModel.FIRST_TOUCH, tied, CONVERSION)));
    }

    @Test
    void wireNames() {
        assertEquals(List.of("last_touch", "first_touch", "linear", "time_decay", "position_based"),
                List.of(AttributionModel.values()).stream().map(AttributionModel::wireName).toList());
        assertEquals(AttributionModel.TIME_DECAY, AttributionModel.fromWire("time_decay").orElseThrow());
        assertEquals(FraudPolicy.REJECT, FraudPolicy.fromWire("reject").orElseThrow());
        assertEquals("click_id", MatchType.CLICK_ID.wireName());
        assertEquals("attributed", DecisionStatus.ATTRIBUTED.wireName());
        assertEquals("impression", TouchType.IMPRESSION.wireName());
    }
}
