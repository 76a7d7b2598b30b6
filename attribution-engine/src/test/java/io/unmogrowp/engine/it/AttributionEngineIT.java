package io.unmogrowp.engine.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same end-to-end checks against the packaged engine (the native executable under -Pnative). */
@QuarkusIntegrationTest
class AttributionEngineIT extends AttributionEngineTest {
}
