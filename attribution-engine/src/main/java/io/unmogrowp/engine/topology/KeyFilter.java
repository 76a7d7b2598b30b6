package io.unmogrowp.engine.topology;

import java.util.ArrayList;
import java.util.List;

/**
 * A scalable Bloom filter of strings: no false negatives, about 1 % false positives, memory that grows
 * with what is added (a new, twice as large filter when the newest is full) instead of being sized for
 * the worst case up front.
 */
final class KeyFilter {

    private static final int HASHES = 7;
    private static final int BITS_PER_KEY = 10;
    private static final int FIRST_CAPACITY = 1 << 14;

    private final List<long[]> filters = new ArrayList<>();
    private int inNewest;

    void add(String key) {
        if (filters.isEmpty() || inNewest >= capacity(newest())) {
            int capacity = filters.isEmpty() ? FIRST_CAPACITY : capacity(newest()) * 2;
            filters.add(new long[capacity * BITS_PER_KEY / Long.SIZE]);
            inNewest = 0;
        }
        long[] bits = newest();
        long h1 = hash(key, 0x9E3779B97F4A7C15L);
        long h2 = hash(key, 0xC2B2AE3D27D4EB4FL) | 1;
        long size = (long) bits.length * Long.SIZE;
        for (int i = 0; i < HASHES; i++) {
            long bit = Math.floorMod(h1 + i * h2, size);
            bits[(int) (bit >>> 6)] |= 1L << bit;
        }
        inNewest++;
    }

    boolean mightContain(String key) {
        if (filters.isEmpty()) {
            return false;
        }
        long h1 = hash(key, 0x9E3779B97F4A7C15L);
        long h2 = hash(key, 0xC2B2AE3D27D4EB4FL) | 1;
        for (long[] bits : filters) {
            if (containsIn(bits, h1, h2)) {
                return true;
            }
        }
        return false;
    }

    private long[] newest() {
        return filters.get(filters.size() - 1);
    }

    /** Keys a filter of this size holds at about 1 % false positives. */
    private static int capacity(long[] bits) {
        return bits.length * Long.SIZE / BITS_PER_KEY;
    }

    boolean isEmpty() {
        return filters.isEmpty();
    }

    private static boolean containsIn(long[] bits, long h1, long h2) {
        long size = (long) bits.length * Long.SIZE;
        for (int i = 0; i < HASHES; i++) {
            long bit = Math.floorMod(h1 + i * h2, size);
            if ((bits[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** 64-bit hash of the key's chars with a seed, finished with the murmur3 mix. */
    private static long hash(String key, long seed) {
        long h = seed;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
