package io.unmogrowp.ingestion.kafka;

import io.quarkus.runtime.ImageMode;
import net.jpountz.lz4.LZ4Factory;
import org.jboss.logging.Logger;

/**
 * Lets the producer compress with lz4-java's native (JNI) codec. LZ4Factory.fastestInstance(),
 * which Kafka uses, picks the native codec only once it is loaded or when lz4-java sits on the
 * system class loader; in the Quarkus application class loader it silently fell back to the
 * pure-Java "safe" codec, which was a seventh of the service's CPU (Kafka's own perf test, run
 * from the plain class path, compresses natively). Loading it once here makes fastestInstance()
 * pick it. A native image keeps the Java codec.
 */
final class Lz4Codec {

    private static final Logger LOG = Logger.getLogger(Lz4Codec.class);

    private Lz4Codec() {
    }

    static void preferNative() {
        if (ImageMode.current().isNativeImage()) {
            return;
        }
        try {
            LZ4Factory.nativeInstance();
            LOG.debug("lz4: native codec loaded");
        } catch (LinkageError | RuntimeException e) {
            LOG.infof("lz4: native codec not available here (%s); compressing with the Java codec", e.toString());
        }
    }
}
