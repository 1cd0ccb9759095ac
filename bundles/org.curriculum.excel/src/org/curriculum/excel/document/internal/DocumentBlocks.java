// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.document.internal;

import java.util.List;

/**
 * A Word document's body as the recogniser reads it: paragraphs and tables in document order, text only,
 * with what layout tells (heading level, list item, merged cells). Built by {@link DocumentReader}, which
 * lets go of POI's document before recognition starts.
 */
public final class DocumentBlocks {

    private DocumentBlocks() {
    }

    /** A paragraph or a table of the body. */
    public sealed interface Block permits Paragraph, Table {
        /** Its place for the import report, e.g. "paragraph 12" or "table 3". */
        String where();
    }

    /** A line of text: a paragraph of its own or one in a cell; {@code listItem} if Word lists or bullets it. */
    public record Line(String text, boolean listItem) {
    }

    /**
     * A body paragraph. {@code heading} is 1-9 for a heading style or outline level, 0 for body text;
     * {@code title} for the document's Title style.
     */
    public record Paragraph(int number, String text, int heading, boolean title, boolean listItem, boolean bold)
            implements Block {
        @Override
        public String where() {
            return "paragraph " + number;
        }
    }

    /**
     * A cell at grid column {@code column} spanning {@code span} columns (gridSpan); {@code continued} when it
     * continues a vertical merge from the row above (its text is then the first cell's, not repeated).
     */
    public record Cell(int column, int span, List<Line> lines, boolean continued) {
        /** All its lines as one text, one line each. */
        public String text() {
            StringBuilder text = new StringBuilder();
            for (Line line : lines) {
                if (!line.text().isBlank()) {
                    text.append(text.length() == 0 ? "" : "\n").append(line.text().strip());
                }
            }
            return text.toString();
        }
    }

    /** A table: rows of cells, as many per row as the row has (merged cells are one). */
    public record Table(int number, List<List<Cell>> rows) implements Block {
        @Override
        public String where() {
            return "table " + number;
        }
    }
}
