package io.unmogrowp.core.fraud;

/**
 * Click and install counts of one publisher site over the evaluation period.
 *
 * @param longTailCtitShare share (0..1) of the site's installs whose click-to-install time exceeded 24 hours
 */
public record SiteStats(long clicks, long installs, double longTailCtitShare) {
}
