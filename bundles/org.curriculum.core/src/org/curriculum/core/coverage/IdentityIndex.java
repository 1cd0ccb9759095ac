// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.coverage;

import org.eclipse.emf.ecore.EObject;

/**
 * The row or column index of each item of a matrix, by identity: an open-addressing table of items and
 * int indices. Read for every link (and every container of its item) as a matrix is computed, so it
 * holds no boxed Integers and keeps keys and values in two flat arrays.
 */
final class IdentityIndex {

    private final EObject[] keys;
    private final int[] values;
    private final int mask;

    /** An index able to hold {@code expectedSize} items without growing; it never grows. */
    IdentityIndex(int expectedSize) {
        int capacity = capacityFor(expectedSize);
        keys = new EObject[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    /** Gives an item an index unless it has one already (an item met twice keeps its first). */
    void putIfAbsent(EObject item, int index) {
        int slot = slot(item);
        while (keys[slot] != null) {
            if (keys[slot] == item) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = item;
        values[slot] = index;
    }

    /** The index of an item, or -1. */
    int get(Object item) {
        if (item == null) {
            return -1;
        }
        for (int slot = slot(item);; slot = (slot + 1) & mask) {
            Object key = keys[slot];
            if (key == item) {
                return values[slot];
            }
            if (key == null) {
                return -1;
            }
        }
    }

    private int slot(Object item) {
        return slot(item, mask);
    }

    /** A power of two at least twice {@code entries} (and at least 16): an identity table kept at most half full. */
    static int capacityFor(int entries) {
        int capacity = 16;
        while (capacity < entries * 2) {
            capacity <<= 1;
        }
        return capacity;
    }

    /** The home slot of an object in an identity table of {@code mask + 1} slots. */
    static int slot(Object item, int mask) {
        // identity hash codes are already random; the multiplication only spreads them over the low bits
        return (System.identityHashCode(item) * 0x9E3779B9) & mask;
    }
}
