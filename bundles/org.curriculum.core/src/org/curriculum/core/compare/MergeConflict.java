// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.compare;

/**
 * One change both sides of a merge made differently, which the merge left as ours and recorded.
 *
 * @param elementId the id of the element in the merged file
 * @param path      the element's path, e.g. {@code Unit 304 > LO 2} or a cell {@code 304 x CC09}
 * @param feature   the feature changed both ways ({@code title}, {@code coverage}, ...), or what happened to
 *                  the element when one side removed it ("removed")
 * @param ours      our value (kept in the merged file); null when none
 * @param theirs    their value; null when none
 */
public record MergeConflict(String elementId, String path, String feature, String ours, String theirs) {

    /** E.g. {@code Unit 304: title: ours "A", theirs "B"}. */
    public String describe() {
        return path + ": " + feature + ": ours " + quoted(ours) + ", theirs " + quoted(theirs);
    }

    private static String quoted(String value) {
        return value == null ? "(none)" : "\"" + value.replace("\n", "\\n") + "\"";
    }
}
