package io.unmogrowp.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviceTest {

    @Test
    void idsAreInStrengthOrder() {
        Device device = new Device("gaid", "idfv-1", "aid", null, null, null, null, null);

        assertEquals(List.of(new DeviceId(DeviceId.ADVERTISING_ID, "gaid"), new DeviceId(DeviceId.IDFV, "idfv-1"),
                new DeviceId(DeviceId.ANDROID_ID, "aid")), device.ids());
        assertEquals(Optional.of("gaid"), device.strongestId());
    }

    @Test
    void blankIdsAreSkipped() {
        Device device = new Device(" ", "", "aid", null, null, null, null, null);

        assertEquals(List.of(new DeviceId(DeviceId.ANDROID_ID, "aid")), device.ids());
        assertEquals(Optional.of("aid"), device.strongestId());
    }

    @Test
    void zeroedAdvertisingIdIdentifiesNoOne() {
        Device device = new Device(Device.ZEROED_ADVERTISING_ID, "idfv-1", null, null, null, null, null, null);

        assertEquals(List.of(new DeviceId(DeviceId.IDFV, "idfv-1")), device.ids());
    }

    @Test
    void deviceWithoutIdsHasNoStrongestId() {
        assertTrue(Device.EMPTY.ids().isEmpty());
        assertEquals(Optional.empty(), new Device(null, null, null, "1.2.3.4", null, null, null, null).strongestId());
    }

    @Test
    void strongestIdIsAlwaysTheFirstOfIds() {
        String[] values = {null, "", " ", Device.ZEROED_ADVERTISING_ID, "x"};
        for (String advertisingId : values) {
            for (String idfv : values) {
                for (String androidId : values) {
                    Device device = new Device(advertisingId, idfv, androidId, null, null, null, null, null);
                    Optional<String> first = device.ids().stream().findFirst().map(DeviceId::value);
                    assertEquals(first, device.strongestId(), advertisingId + "/" + idfv + "/" + androidId);
                }
            }
        }
    }
}
