package io.unmogrowp.core.attribution;

import java.util.List;

/**
 * What the engine's indexes returned for a conversion, by the key that found them. The lists may
 * hold expired, foreign-app or later touchpoints and may overlap; {@link Attributor} filters,
 * deduplicates and explains them.
 */
public record CandidateSet(List<Touchpoint> byClickId, List<Touchpoint> byDeviceId, List<Touchpoint> byFingerprint) {

    public static final CandidateSet EMPTY = new CandidateSet(List.of(), List.of(), List.of());

    public CandidateSet {
        byClickId = byClickId == null ? List.of() : List.copyOf(byClickId);
        byDeviceId = byDeviceId == null ? List.of() : List.copyOf(byDeviceId);
        byFingerprint = byFingerprint == null ? List.of() : List.copyOf(byFingerprint);
    }
}
