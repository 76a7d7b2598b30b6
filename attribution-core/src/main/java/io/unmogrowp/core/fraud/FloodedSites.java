package io.unmogrowp.core.fraud;

import io.unmogrowp.core.attribution.Touchpoint;

/**
 * Tells whether the publisher site of a touchpoint is flooding clicks right now. The caller owns the
 * per-site statistics (the engine keeps them in a state store) and usually answers with
 * {@link FraudRules#isClickFlooding(SiteStats)} over them.
 */
@FunctionalInterface
public interface FloodedSites {

    FloodedSites NONE = touchpoint -> false;

    boolean isFlooding(Touchpoint touchpoint);
}
