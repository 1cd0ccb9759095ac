// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel;

import java.util.Objects;

/**
 * One entry of an import report: something in the source that the importer did not take in, or took
 * in with a doubt, told as where it is (sheet and row, or page/table/paragraph), a short excerpt of
 * the source text and why. Importers of curricula (workbooks and Word documents) return these beside
 * the model so that nothing they skip is skipped silently.
 */
public record ImportFinding(String where, String excerpt, String why) {

    /** Longest excerpt kept: enough to find the place in the source, short enough for one line. */
    public static final int EXCERPT_LIMIT = 120;

    public ImportFinding {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(why, "why");
        excerpt = excerpt == null ? "" : shorten(excerpt.strip());
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= EXCERPT_LIMIT ? oneLine : oneLine.substring(0, EXCERPT_LIMIT - 3) + "...";
    }

    /** The report line a user reads: {@code where: why ("excerpt")}. */
    @Override
    public String toString() {
        return excerpt.isEmpty() ? where + ": " + why : where + ": " + why + " (\"" + excerpt + "\")";
    }
}
