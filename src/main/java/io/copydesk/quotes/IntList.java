package io.copydesk.quotes;

import java.util.Arrays;

/** A growable int array, so the scanner can record positions without boxing. */
final class IntList {
    private int[] data;
    private int size;

    IntList(int capacity) {
        data = new int[Math.max(4, capacity)];
    }

    void add(int v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, size * 2);
        }
        data[size++] = v;
    }

    int get(int i) {
        return data[i];
    }

    void set(int i, int v) {
        data[i] = v;
    }

    int size() {
        return size;
    }

    /** Drops the entries from index {@code newSize} on. */
    void truncate(int newSize) {
        size = Math.min(size, Math.max(0, newSize));
    }

    int last() {
        return data[size - 1];
    }
}
