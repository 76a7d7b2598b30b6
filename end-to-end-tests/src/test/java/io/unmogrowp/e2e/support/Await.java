package io.unmogrowp.e2e.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls a condition until it holds or the timeout passes, returning the last value seen. */
public final class Await {

    private Await() {
    }

    public static <T> T until(Supplier<T> probe, java.util.function.Predicate<T> done, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            last = probe.get();
        }
        return last;
    }
}
