package io.unmogrowp.ingestion.events.service;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A parsed JSON object: its members in the order sent, in two arrays. An event has a dozen
 * members at most, so a scan finds one faster than hashing, and a map costs two arrays instead of
 * a hash table and an entry per member (plus the HashSet Jackson's duplicate check built per object).
 * Read-only once parsed; {@link #add} refuses a repeated name.
 */
final class FieldMap extends AbstractMap<String, Object> {

    /** Above this many members, names are also hashed: a scan per member would make a large object quadratic. */
    static final int SCAN_LIMIT = 16;

    private String[] names;
    private Object[] values;
    private int size;
    /** Position of each name, once the object outgrows {@link #SCAN_LIMIT} (a hostile body may send 100,000). */
    private Map<String, Integer> index;

    FieldMap() {
        names = new String[8];
        values = new Object[8];
    }

    /** False (and nothing added) when the name is already a member. */
    boolean add(String name, Object value) {
        if (indexOf(name) >= 0) {
            return false;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
        if (index != null) {
            index.put(name, size - 1);
        } else if (size > SCAN_LIMIT) {
            index = new HashMap<>(size * 4);
            for (int i = 0; i < size; i++) {
                index.put(names[i], i);
            }
        }
        return true;
    }

    private int indexOf(Object name) {
        if (index != null) {
            Integer at = index.get(name);
            return at == null ? -1 : at;
        }
        for (int i = 0; i < size; i++) {
            // Jackson hands out canonical (interned) names, so identity usually decides.
            if (names[i] == name || names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Object get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Members<>() {
                    @Override
                    Entry<String, Object> at(int i) {
                        return new SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public Set<String> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return new Members<>() {
                    @Override
                    String at(int i) {
                        return names[i];
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private abstract class Members<T> implements Iterator<T> {
        private int next;

        abstract T at(int i);

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public T next() {
            if (next >= size) {
                throw new NoSuchElementException();
            }
            return at(next++);
        }
    }
}
