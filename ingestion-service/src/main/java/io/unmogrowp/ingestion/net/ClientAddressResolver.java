package io.unmogrowp.ingestion.net;

import io.unmogrowp.core.net.IpAddresses;
import io.unmogrowp.ingestion.config.IngestionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The client's IP: the connection's peer, or, when that peer is a trusted proxy, the right-most
 * X-Forwarded-For entry that is not itself a trusted proxy (entries further left are client-supplied
 * and could be forged).
 */
@ApplicationScoped
public class ClientAddressResolver {

    private final List<Cidr> trustedProxies;

    @Inject
    public ClientAddressResolver(IngestionConfig config) {
        this(config.trustedProxies());
    }

    public ClientAddressResolver(List<String> trustedProxyCidrs) {
        this.trustedProxies = trustedProxyCidrs.stream()
                .filter(text -> !text.isBlank())
                .map(text -> Cidr.parse(text)
                        .orElseThrow(() -> new IllegalArgumentException("ingestion.trusted-proxies: not a CIDR: " + text)))
                .toList();
    }

    public String resolve(String peerAddress, String forwardedFor) {
        String peer = canonical(peerAddress);
        if (peer == null || forwardedFor == null || !isTrusted(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = canonical(hops[i].trim());
            if (hop == null) {
                return peer;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private boolean isTrusted(String ip) {
        for (Cidr proxy : trustedProxies) {
            if (proxy.contains(ip)) {
                return true;
            }
        }
        return false;
    }

    private static String canonical(String ip) {
        return ip == null ? null : IpAddresses.canonical(ip).orElse(null);
    }
}
