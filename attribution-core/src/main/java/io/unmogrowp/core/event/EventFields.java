package io.unmogrowp.core.event;

import java.util.List;

/** Wire field names of the ingestion contract (docs/contracts.md), in their documented order. */
public final class EventFields {

    public static final String EVENT_ID = "event_id";
    public static final String APP_ID = "app_id";
    public static final String EVENT_TYPE = "event_type";
    public static final String EVENT_TIME = "event_time";
    public static final String PLATFORM = "platform";
    public static final String DEVICE = "device";
    public static final String CLICK_ID = "click_id";
    public static final String CAMPAIGN = "campaign";
    public static final String EVENT_NAME = "event_name";
    public static final String REVENUE = "revenue";
    public static final String CURRENCY = "currency";
    public static final String PROPERTIES = "properties";
    /** Set by ingestion, never accepted from a client. */
    public static final String RECEIVED_AT = "received_at";

    public static final String ADVERTISING_ID = "advertising_id";
    public static final String IDFV = "idfv";
    public static final String ANDROID_ID = "android_id";
    public static final String IP = "ip";
    public static final String USER_AGENT = "user_agent";
    public static final String OS_VERSION = "os_version";
    public static final String MODEL = "model";
    public static final String LOCALE = "locale";

    public static final String MEDIA_SOURCE = "media_source";
    public static final String CAMPAIGN_NAME = "campaign";
    public static final String CAMPAIGN_ID = "campaign_id";
    public static final String ADSET = "adset";
    public static final String AD = "ad";
    public static final String SITE_ID = "site_id";

    /** Property an SDK may send on an install: when the store download began (RFC 3339 or epoch millis). */
    public static final String INSTALL_BEGIN_TIME_PROPERTY = "install_begin_time";

    /** Fields a client may send at the top level of an event. */
    public static final List<String> CLIENT_FIELDS = List.of(
            EVENT_ID, APP_ID, EVENT_TYPE, EVENT_TIME, PLATFORM, DEVICE, CLICK_ID, CAMPAIGN,
            EVENT_NAME, REVENUE, CURRENCY, PROPERTIES);

    public static final List<String> DEVICE_FIELDS = List.of(
            ADVERTISING_ID, IDFV, ANDROID_ID, IP, USER_AGENT, OS_VERSION, MODEL, LOCALE);

    public static final List<String> CAMPAIGN_FIELDS = List.of(
            MEDIA_SOURCE, CAMPAIGN_NAME, CAMPAIGN_ID, ADSET, AD, SITE_ID);

    private EventFields() {
    }
}
