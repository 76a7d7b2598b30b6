package io.unmogrowp.gateway.apps;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The validation checks against the packaged gateway (the native executable under -Pnative). */
@QuarkusIntegrationTest
class AppValidationIT extends AppValidationTest {
}
