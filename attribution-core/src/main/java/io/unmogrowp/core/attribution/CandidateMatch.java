package io.unmogrowp.core.attribution;

import io.unmogrowp.core.event.DeviceId;
import java.time.Duration;
import java.util.Comparator;

/**
 * A touchpoint with the strongest way it really matches the conversion. The match is re-checked
 * here rather than taken from the index that returned the touchpoint, so a touchpoint found by
 * several indexes counts once, under its strongest match.
 *
 * @param matchedBy the identifier that matched: "click_id", a device id kind, "fingerprint", or null
 */
record CandidateMatch(Touchpoint touchpoint, MatchType matchType, String matchedBy) {

    static final String BY_CLICK_ID = "click_id";
    static final String BY_FINGERPRINT = "fingerprint";

    /**
     * Best first: match class (click_id, device_id, fingerprint), then click before impression, then
     * the latest touch, then the lexicographically greatest event id, so exact ties always resolve
     * the same way.
     */
    static final Comparator<CandidateMatch> RANKING = Comparator
            .comparing(CandidateMatch::matchType)
            .thenComparing(match -> match.touchpoint().touchType())
            .thenComparing((CandidateMatch match) -> match.touchpoint().touchTime(), Comparator.reverseOrder())
            .thenComparing((CandidateMatch match) -> match.touchpoint().eventId(), Comparator.reverseOrder());

    static CandidateMatch of(Touchpoint touchpoint, Conversion conversion) {
        if (conversion.clickId() != null && conversion.clickId().equals(touchpoint.clickId())) {
            return new CandidateMatch(touchpoint, MatchType.CLICK_ID, BY_CLICK_ID);
        }
        for (DeviceId id : conversion.deviceIds()) {
            if (touchpoint.deviceIds().contains(id)) {
                return new CandidateMatch(touchpoint, MatchType.DEVICE_ID, id.kind());
            }
        }
        if (conversion.fingerprint() != null && conversion.fingerprint().equals(touchpoint.fingerprint())) {
            return new CandidateMatch(touchpoint, MatchType.FINGERPRINT, BY_FINGERPRINT);
        }
        return new CandidateMatch(touchpoint, MatchType.NONE, null);
    }

    boolean isDeterministic() {
        return matchType == MatchType.CLICK_ID || matchType == MatchType.DEVICE_ID;
    }

    /** The lookback that applies, with its name for explanations. */
    Window window(AttributionSettings settings) {
        TouchType touchType = touchpoint.touchType();
        Duration length = settings.lookbackFor(matchType, touchType);
        String name;
        if (matchType == MatchType.FINGERPRINT
                && !(touchType == TouchType.IMPRESSION && length.equals(settings.impressionLookback())
                        && length.compareTo(settings.fingerprintLookback()) < 0)) {
            name = "fingerprint lookback";
        } else {
            name = touchType == TouchType.CLICK ? "click lookback" : "impression lookback";
        }
        return new Window(length, name);
    }

    record Window(Duration length, String name) {
    }
}
