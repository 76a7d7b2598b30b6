package io.unmogrowp.engine.config;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.unmogrowp.engine.topology.StoreNames;
import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.CompressionType;
import org.rocksdb.DataBlockIndexType;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;

/**
 * RocksDB options for the engine's many store segments: one block cache shared by all of them instead of
 * one per segment, smaller memtables (most segments are small), and lz4 for SST files, which cuts the
 * state on disk for little CPU. Most lookups are point lookups of keys that are not there (dedup, device
 * attributions): a whole-key bloom filter on the memtable and a hash index in data blocks answer those
 * without searching (RocksDB's OptimizeForPointLookup settings; range scans are unaffected). Set through
 * {@code kafka-streams.rocksdb.config.setter}.
 */
@RegisterForReflection // Kafka Streams creates it by class name, also in a native executable.
public class EngineRocksDbConfig implements RocksDBConfigSetter {

    private static final long BLOCK_CACHE_BYTES = 64L * 1024 * 1024;
    private static final long MEMTABLE_BYTES = 4L * 1024 * 1024;
    /** Shared by every store of the instance on purpose; never closed per store. */
    private static final Cache SHARED_CACHE = new LRUCache(BLOCK_CACHE_BYTES);

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(SHARED_CACHE);
        table.setCacheIndexAndFilterBlocks(true);
        table.setDataBlockIndexType(DataBlockIndexType.kDataBlockBinaryAndHash);
        table.setDataBlockHashTableUtilRatio(0.75);
        options.setTableFormatConfig(table);
        options.setMemtablePrefixBloomSizeRatio(0.02);
        options.setMemtableWholeKeyFiltering(true);
        options.setWriteBufferSize(MEMTABLE_BYTES);
        options.setMaxWriteBufferNumber(2);
        options.setCompressionType(CompressionType.LZ4_COMPRESSION);
        if (storeName.startsWith(StoreNames.TOUCHPOINTS + ".")) {
            // Range scans by key: a prefix bloom lets a seek skip every file without that key, instead of
            // searching each level's index (two fifths of an install's time). Its keys start with 16
            // selective bytes (IndexKeys.touchpoint), and every scan stays inside one key's prefix.
            options.useCappedPrefixExtractor(StoreNames.TOUCHPOINT_PREFIX_BYTES);
        }
    }

    @Override
    public void close(String storeName, Options options) {
        // The shared cache outlives any one store.
    }
}
