package io.unmogrowp.e2e.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal OTLP/HTTP (protobuf) trace receiver started by the tests themselves: it keeps every export
 * request's body, so a test can tell which services exported spans of a given trace without a Jaeger.
 * A span's trace id is 16 raw bytes in the protobuf and the service name a plain string, so both can be
 * found in the body without a protobuf parser.
 */
public final class OtlpReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<byte[]> exports = new CopyOnWriteArrayList<>();

    public OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                exports.add(body.readAllBytes());
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** True when some export request of {@code serviceName} carries a span of this trace. */
    public boolean exported(String serviceName, String traceIdHex) {
        byte[] traceId = HexFormat.of().parseHex(traceIdHex);
        byte[] service = serviceName.getBytes(StandardCharsets.UTF_8);
        for (byte[] body : exports) {
            if (indexOf(body, traceId) >= 0 && indexOf(body, service) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
