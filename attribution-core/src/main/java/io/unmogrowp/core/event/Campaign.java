package io.unmogrowp.core.event;

/** The ad campaign a touchpoint belongs to; every field may be null. */
public record Campaign(
        String mediaSource,
        String campaign,
        String campaignId,
        String adset,
        String ad,
        String siteId) {

    public static final Campaign EMPTY = new Campaign(null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
