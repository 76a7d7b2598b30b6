package io.unmogrowp.ingestion.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unmogrowp.ingestion.links.service.StoreRedirects;
import org.junit.jupiter.api.Test;

class StoreRedirectsTest {

    @Test
    void playStoreUrlGetsAnEncodedReferrerParameter() {
        assertEquals("https://play.google.com/store/apps/details?id=com.x&referrer=click_id%3Dabc-1",
                StoreRedirects.withReferrer("https://play.google.com/store/apps/details?id=com.x", "abc-1").toString());
    }

    @Test
    void urlWithoutQueryOrWithFragmentStaysWellFormed() {
        assertEquals("https://apps.apple.com/app/id123?referrer=click_id%3Dk",
                StoreRedirects.withReferrer("https://apps.apple.com/app/id123", "k").toString());
        assertEquals("https://example.com/p?a=1&referrer=click_id%3Dk#top",
                StoreRedirects.withReferrer("https://example.com/p?a=1#top", "k").toString());
    }

    @Test
    void reservedCharactersInTheClickIdAreEncoded() {
        assertEquals("https://s.example/?referrer=click_id%3Da%26b%3Dc",
                StoreRedirects.withReferrer("https://s.example/?", "a&b=c").toString());
    }
}
