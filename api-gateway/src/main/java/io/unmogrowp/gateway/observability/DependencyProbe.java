package io.unmogrowp.gateway.observability;

/** A cheap reachability check of one backing service. */
public interface DependencyProbe {

    /** The value of the {@code dependency} tag: postgresql, kafka or clickhouse. */
    String dependency();

    /** Throws or returns false when the dependency cannot serve requests. */
    boolean isUp() throws Exception;
}
