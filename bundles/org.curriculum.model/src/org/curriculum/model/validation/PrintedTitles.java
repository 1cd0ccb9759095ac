// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.validation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Compares titles as a reader would: two printings of a title are the same when they differ only in
 * letter case, spacing, the style of apostrophes, quotes and dashes, or a final full stop. Documents
 * routinely vary these between a contents list, a summary table and a heading (the BTEC rules table
 * prints "Through" where the unit says "through"); reporting them would bury the real contradictions,
 * such as a module whose summary title says something else than its heading.
 */
public final class PrintedTitles {

    private PrintedTitles() {
    }

    /** Whether two printed titles say the same thing. */
    public static boolean same(String a, String b) {
        return normalized(a).equals(normalized(b));
    }

    /** The title reduced to what {@link #same} compares. */
    public static String normalized(String title) {
        if (title == null) {
            return "";
        }
        String text = Normalizer.normalize(title, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032`]", "'")
                .replaceAll("[\u201C\u201D\u201E\u201F\u2033]", "\"")
                .replaceAll("[\u2010-\u2015\u2212]", "-")
                .replaceAll("\\s+", " ")
                .trim();
        while (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1).trim();
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
