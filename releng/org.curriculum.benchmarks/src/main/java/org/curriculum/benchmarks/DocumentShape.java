// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.curriculum.excel.specification.SpecificationDocumentWriter;
import org.curriculum.model.Curriculum;

/**
 * The paragraphs (style and text) and tables (cell texts) of our specification document, read back once,
 * so that raw XWPF can write the same content with no model work: the baseline of the specification
 * benchmark, as {@link WorkbookShape} is for the grid workbook.
 */
final class DocumentShape {

    /** A paragraph or a table: a paragraph has a style and one text; a table has rows of cells of lines. */
    private record Block(String style, String text, List<List<List<String>>> rows) {
    }

    private final List<Block> blocks;
    private final int paragraphs;
    private final int tables;

    private DocumentShape(List<Block> blocks) {
        this.blocks = blocks;
        this.paragraphs = (int) blocks.stream().filter(b -> b.rows() == null).count();
        this.tables = blocks.size() - paragraphs;
    }

    /** Writes our document once and reads its shape. */
    static DocumentShape of(Curriculum curriculum) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new SpecificationDocumentWriter(curriculum).write(out);
            List<Block> blocks = new ArrayList<>();
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
                for (IBodyElement element : document.getBodyElements()) {
                    if (element instanceof XWPFParagraph paragraph) {
                        blocks.add(new Block(paragraph.getStyle(), paragraph.getText(), null));
                    } else if (element instanceof XWPFTable table) {
                        List<List<List<String>>> rows = new ArrayList<>();
                        for (XWPFTableRow row : table.getRows()) {
                            List<List<String>> cells = new ArrayList<>();
                            for (XWPFTableCell cell : row.getTableCells()) {
                                cells.add(cell.getParagraphs().stream().map(XWPFParagraph::getText).toList());
                            }
                            rows.add(cells);
                        }
                        blocks.add(new Block(null, null, rows));
                    }
                }
            }
            return new DocumentShape(blocks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** E.g. "41230 paragraphs, 8012 tables". */
    String describe() {
        return paragraphs + " paragraphs, " + tables + " tables";
    }

    /** Raw XWPF: the same paragraphs with their style ids and the same tables, header rows repeating. */
    void write(OutputStream out) {
        try (XWPFDocument document = new XWPFDocument()) {
            for (Block block : blocks) {
                if (block.rows() == null) {
                    XWPFParagraph paragraph = document.createParagraph();
                    if (block.style() != null) {
                        paragraph.setStyle(block.style());
                    }
                    paragraph.createRun().setText(block.text());
                    continue;
                }
                int columns = block.rows().get(0).size();
                XWPFTable table = document.createTable(block.rows().size(), columns);
                table.getRow(0).setRepeatHeader(true);
                for (int r = 0; r < block.rows().size(); r++) {
                    List<List<String>> cells = block.rows().get(r);
                    for (int c = 0; c < columns && c < cells.size(); c++) {
                        XWPFTableCell cell = table.getRow(r).getCell(c);
                        List<String> lines = cells.get(c);
                        for (int i = 0; i < lines.size(); i++) {
                            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                            paragraph.createRun().setText(lines.get(i));
                        }
                    }
                }
            }
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
