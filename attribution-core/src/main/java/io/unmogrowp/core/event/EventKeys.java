package io.unmogrowp.core.event;

/** Kafka record keys from docs/contracts.md, built in one place so every producer agrees. */
public final class EventKeys {

    private EventKeys() {
    }

    /**
     * Key of {@code events.raw}: {@code app_id:strongest device id}, else {@code app_id:ip}, else
     * {@code app_id:} — so all events of one device land in one partition, in order.
     */
    public static String rawEventKey(Event event) {
        String device = event.device().strongestId().orElse(event.device().ip());
        return event.appId() + ":" + (device == null ? "" : device);
    }
}
