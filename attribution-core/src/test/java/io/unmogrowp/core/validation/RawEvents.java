package io.unmogrowp.core.validation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid raw events shaped like Jackson's output, for tests to break one field at a time. */
final class RawEvents {

    static final String APP = "app_7f3c2a9d1e4b";
    static final Instant RECEIVED_AT = Instant.parse("2026-12-03T18:00:00Z");

    private RawEvents() {
    }

    static Map<String, Object> install() {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event_id", "evt-install-1");
        event.put("app_id", APP);
        event.put("event_type", "install");
        event.put("event_time", "2026-12-03T17:59:00Z");
        event.put("platform", "android");
        Map<String, Object> device = new LinkedHashMap<>();
        device.put("advertising_id", "38400000-8cf0-11bd-b23e-10b96e40000d");
        device.put("android_id", "9774d56d682e549c");
        device.put("ip", "203.0.113.7");
        device.put("user_agent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36");
        device.put("os_version", "14");
        device.put("model", "Pixel 8");
        device.put("locale", "en_US");
        event.put("device", device);
        event.put("click_id", "clk-123");
        return event;
    }

    static Map<String, Object> click() {
        Map<String, Object> event = install();
        event.put("event_id", "evt-click-1");
        event.put("event_type", "click");
        Map<String, Object> campaign = new LinkedHashMap<>();
        campaign.put("media_source", "googleadwords_int");
        campaign.put("campaign", "summer_sale");
        campaign.put("campaign_id", "c-1");
        campaign.put("adset", "as-1");
        campaign.put("ad", "ad-1");
        campaign.put("site_id", "site-9");
        event.put("campaign", campaign);
        return event;
    }

    static Map<String, Object> purchase() {
        Map<String, Object> event = install();
        event.put("event_id", "evt-purchase-1");
        event.put("event_type", "in_app");
        event.put("event_name", "purchase");
        event.put("revenue", new BigDecimal("4.99"));
        event.put("currency", "USD");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("sku", "gems_100");
        properties.put("quantity", 2);
        properties.put("first_purchase", true);
        properties.put("discount", 0.25);
        event.put("properties", properties);
        return event;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> device(Map<String, Object> event) {
        return (Map<String, Object>) event.get("device");
    }

    static Map<String, Object> properties(int count) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            properties.put("p" + i, i);
        }
        return properties;
    }

    static List<Object> array(Object... values) {
        return List.of(values);
    }
}
