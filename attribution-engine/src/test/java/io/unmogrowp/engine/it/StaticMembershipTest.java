package io.unmogrowp.engine.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.Test;

/**
 * With ENGINE_INSTANCE_ID set (Kubernetes sets the pod name), each stream thread joins the group as a static
 * member, so a restarted pod gets its tasks back at once instead of after the session timeout.
 */
@QuarkusTest
@TestProfile(StaticMembershipTest.NamedInstance.class)
class StaticMembershipTest {

    static final String GROUP = "attribution-engine-static-test";

    /** Its own group and state, so the static members it leaves behind never hold up the other tests' group. */
    public static class NamedInstance implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ENGINE_INSTANCE_ID", "attribution-engine-0",
                    "quarkus.kafka-streams.application-id", GROUP,
                    "kafka-streams.state.dir", "target/kafka-streams-state-static",
                    "kafka-streams.consumer.auto.offset.reset", "latest");
        }
    }

    @Test
    void eachStreamThreadJoinsAsAStaticMemberNamedAfterTheInstance() throws Exception {
        AttributionEngineTest.awaitReady();
        Set<String> instanceIds = new TreeSet<>();
        for (MemberDescription member : AttributionEngineTest.awaitMembers(GROUP, 2)) {
            instanceIds.add(member.groupInstanceId().orElse("(dynamic)"));
        }
        assertEquals(Set.of("attribution-engine-0-1", "attribution-engine-0-2"), instanceIds);
    }
}
