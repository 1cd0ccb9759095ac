// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.specification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Makes model text safe to put in a Word document and records what it had to change. Text always goes
 * into plain text runs, never into a field instruction, so "=SUM(A1)" or "{ PAGE }" stay literal text;
 * what remains to guard is what Word cannot hold: characters XML 1.0 forbids, and texts beyond
 * {@link #MAX_TEXT} characters, which are cut with a warning naming the element.
 */
public final class WordText {

    /**
     * The longest text one paragraph or cell receives. Word itself accepts longer paragraphs, but a text
     * this long in a specification is a pasting accident, and Word slows to a crawl on such paragraphs; the
     * figure is the limit the workbench's spreadsheets already apply to a cell.
     */
    public static final int MAX_TEXT = 32_767;

    private final List<String> warnings;
    private Supplier<String> element = () -> "the document";

    /** Texts checked here report their changes to {@code warnings}. */
    public WordText(List<String> warnings) {
        this.warnings = warnings;
    }

    /** Names the element whose texts follow, for warnings; asked for only when there is one to give. */
    public void at(Supplier<String> elementDescription) {
        this.element = elementDescription;
    }

    /** The text on one line: line breaks become spaces. */
    public String plain(String text) {
        return clean(text).replace('\n', ' ');
    }

    /** The text's non-blank lines, each to become a paragraph of its own. */
    public List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : clean(text).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    private String clean(String text) {
        if (text == null) {
            return "";
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = null;
        int dropped = 0;
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            boolean allowed = c == '\n' || c == '\t' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < normalised.length()
                            && Character.isLowSurrogate(normalised.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(normalised.charAt(i - 1)));
            if (!allowed) {
                if (out == null) {
                    out = new StringBuilder(normalised.substring(0, i));
                }
                dropped++;
            } else if (out != null) {
                out.append(c);
            }
        }
        String result = out == null ? normalised : out.toString();
        if (dropped > 0) {
            warnings.add(element.get() + ": " + dropped + " control character(s) that a Word document cannot hold were left out of \""
                    + preview(result) + "\"; check the text where it was pasted from.");
        }
        if (result.length() > MAX_TEXT) {
            warnings.add(element.get() + ": a text of " + result.length() + " characters was cut to " + MAX_TEXT + " (\""
                    + preview(result) + "\"); split it into shorter texts.");
            int end = MAX_TEXT;
            if (Character.isHighSurrogate(result.charAt(end - 1))) {
                end--;
            }
            result = result.substring(0, end);
        }
        return result;
    }

    private static String preview(String text) {
        String oneLine = text.replace('\n', ' ').strip();
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }
}
