package io.unmogrowp.ingestion.links.service;

/** A tracking-link hit: the query parameters an ad network fills in, plus what the connection tells. */
public record TouchRequest(
        String appId,
        String mediaSource,
        String campaign,
        String campaignId,
        String adset,
        String ad,
        String siteId,
        String clickId,
        String advertisingId,
        String idfv,
        String androidId,
        String clientIp,
        String userAgent,
        String rawQuery) {
}
