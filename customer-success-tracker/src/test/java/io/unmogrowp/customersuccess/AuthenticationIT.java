package io.unmogrowp.customersuccess;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The authentication checks against the packaged tracker (the native executable under -Pnative). */
@QuarkusIntegrationTest
class AuthenticationIT extends AuthenticationTest {
}
