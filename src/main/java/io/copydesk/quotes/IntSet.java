package io.copydesk.quotes;

/** A set of ints by open addressing (word hashes), so one pass over a text can record its words without allocating. */
final class IntSet {
    private int[] slots = new int[256]; // 0 marks an empty slot; a stored 0 is kept as 1
    private int size;

    void add(int v) {
        int k = v == 0 ? 1 : v;
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = mix(k) & mask;
        while (slots[i] != 0) {
            if (slots[i] == k) {
                return;
            }
            i = (i + 1) & mask;
        }
        slots[i] = k;
        size++;
    }

    boolean contains(int v) {
        int k = v == 0 ? 1 : v;
        int mask = slots.length - 1;
        for (int i = mix(k) & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (slots[i] == k) {
                return true;
            }
        }
        return false;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        size = 0;
        for (int k : old) {
            if (k != 0) {
                add(k);
            }
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
