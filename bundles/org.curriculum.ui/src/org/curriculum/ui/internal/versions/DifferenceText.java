// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.versions;

/**
 * Where two values differ, for emphasising it: the text both share at the start and at the end is left plain, the
 * middle of each is what changed. Enough for the one-field values of a model (a title, a level, a rationale).
 *
 * @param start the length of the shared beginning
 * @param oldEnd where the differing middle of the old value ends
 * @param newEnd where the differing middle of the new value ends
 */
public record DifferenceText(int start, int oldEnd, int newEnd) {

    /** The differing middles of two texts (either may be empty). */
    public static DifferenceText of(String older, String newer) {
        int start = 0;
        int limit = Math.min(older.length(), newer.length());
        while (start < limit && older.charAt(start) == newer.charAt(start)) {
            start++;
        }
        int oldEnd = older.length();
        int newEnd = newer.length();
        while (oldEnd > start && newEnd > start && older.charAt(oldEnd - 1) == newer.charAt(newEnd - 1)) {
            oldEnd--;
            newEnd--;
        }
        return new DifferenceText(start, oldEnd, newEnd);
    }
}
