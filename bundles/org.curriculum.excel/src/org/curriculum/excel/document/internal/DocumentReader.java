// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.curriculum.excel.document.DocumentImportException;
import org.curriculum.excel.document.internal.DocumentBlocks.Block;
import org.curriculum.excel.document.internal.DocumentBlocks.Cell;
import org.curriculum.excel.document.internal.DocumentBlocks.Line;
import org.curriculum.excel.internal.SafeWorkbookReader;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Opens a .docx safely and reads its body into {@link DocumentBlocks}: refuses what is not a Word document
 * (not a zip, an OLE2 file such as an encrypted document or an old .doc, a macro-enabled document), opens the
 * package with POI's zip-bomb guards (XMLBeans parses without DTDs or external entities), refuses a body part
 * over the byte budget before POI builds it in memory and stops at the paragraph budget.
 */
public final class DocumentReader {

    private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String MACRO_MAIN = "application/vnd.ms-word.document.macroenabled";
    private static final String MACRO_TEMPLATE = "application/vnd.ms-word.template.macroenabled";
    private static final Pattern HEADING = Pattern.compile("heading\\s*(\\d)");

    private final Path file;
    private final long maxBodyBytes;
    private final long maxParagraphs;
    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, String> styleNames = new HashMap<>();
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private long paragraphs;
    private XWPFDocument document;

    private DocumentReader(Path file, long maxBodyBytes, long maxParagraphs) {
        this.file = file;
        this.maxBodyBytes = maxBodyBytes;
        this.maxParagraphs = maxParagraphs;
    }

    /** Reads the body of {@code file}, or refuses it with a message naming the file and what to do. */
    public static List<Block> read(Path file, long maxFileBytes, long maxBodyBytes, long maxParagraphs)
            throws DocumentImportException {
        checkFile(file, maxFileBytes);
        checkSignature(file);
        DocumentReader reader = new DocumentReader(file, maxBodyBytes, maxParagraphs);
        try {
            synchronized (SafeWorkbookReader.GUARDS) {
                SafeWorkbookReader.applyGuards();
                try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                    reader.checkPackage(pkg);
                    try (XWPFDocument document = new XWPFDocument(pkg)) {
                        reader.document = document;
                        reader.walk(document.getBodyElements());
                    }
                }
            }
        } catch (DocumentImportException e) {
            throw e;
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new DocumentImportException(file, null,
                    "the document is too complex or too large to read safely; it was refused", e);
        } catch (Exception e) {
            throw translate(file, e);
        }
        return reader.blocks;
    }

    private static void checkFile(Path file, long maxBytes) throws DocumentImportException {
        if (Files.isDirectory(file)) {
            throw new DocumentImportException(file, null, "is a folder, not a Word document: give the .docx file", null);
        }
        if (!Files.isRegularFile(file)) {
            throw new DocumentImportException(file, null, "no such file", null);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new DocumentImportException(file, null, "cannot be read: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new DocumentImportException(file, null, "the file is empty", null);
        }
        if (size > maxBytes) {
            throw new DocumentImportException(file, null, "the file is " + size / (1024 * 1024) + " MB; documents over "
                    + maxBytes / (1024 * 1024) + " MB are refused; split it into several documents", null);
        }
    }

    private static void checkSignature(Path file) throws DocumentImportException {
        byte[] head = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new DocumentImportException(file, null, "cannot be read: " + e.getMessage(), e);
        }
        if (read == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            throw new DocumentImportException(file, null,
                    "this is a password-protected (encrypted) document or an old Word 97-2003 .doc file; remove the "
                            + "password or save it as a Word document (.docx) in your word processor, then import that",
                    null);
        }
        if (read < 4 || head[0] != 'P' || head[1] != 'K') {
            throw new DocumentImportException(file, null,
                    "not a Word document: the file does not start like a .docx (which is a zip archive); "
                            + "save it as a Word document (.docx) and import that",
                    null);
        }
    }

    private void checkPackage(OPCPackage pkg) throws Exception {
        var main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            throw new DocumentImportException(file, null,
                    "the zip archive holds no document: it is not a Word document (.docx)", null);
        }
        PackagePart body = main.get(0);
        String type = body.getContentType().toLowerCase(Locale.ROOT);
        boolean macros = type.startsWith(MACRO_MAIN) || type.startsWith(MACRO_TEMPLATE);
        for (PackagePart part : pkg.getParts()) {
            macros |= part.getPartName().getName().toLowerCase(Locale.ROOT).contains("vbaproject");
        }
        if (macros) {
            throw new DocumentImportException(file, null,
                    "this is a macro-enabled document (.docm, it holds a VBA project); macros are never opened: save "
                            + "it as a Word document (.docx) without macros and import that",
                    null);
        }
        if (!type.startsWith(WORD_MAIN)) {
            throw new DocumentImportException(file, null, "not a Word document: its main part is " + type
                    + "; a spreadsheet is imported with 'import curriculum' or 'import framework'", null);
        }
        long size = body.getSize();
        if (size > maxBodyBytes) {
            throw new DocumentImportException(file, null, "the document's text part is " + size / 1024
                    + " KB uncompressed, over the " + maxBodyBytes / 1024 + " KB read at most; split the document "
                    + "(for example one document per group of units) and import the parts", null);
        }
    }

    private static DocumentImportException translate(Path file, Exception e) {
        String why = SafeWorkbookReader.translate(file, e).getMessage();
        // the shared translation speaks of workbooks; the cause it found is the same for a document
        String prefix = file + ": ";
        String message = why.startsWith(prefix) ? why.substring(prefix.length()) : why;
        message = message.replace("an Excel workbook", "a Word document").replace("an .xlsx workbook", "a Word document (.docx)").replace(".xlsx", ".docx")
                .replace("the workbook", "the document").replace("a workbook", "a document")
                .replace("spreadsheet program", "word processor").replace("Excel workbook", "Word document")
                .replace("real spreadsheets", "real documents");
        return new DocumentImportException(file, null, message, e);
    }

    // ------------------------------------------------------------------ the body

    private void walk(List<IBodyElement> elements) throws DocumentImportException {
        int paragraphNumber = 0;
        int tableNumber = 0;
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                paragraphNumber++;
                spend(1);
                String text = numbered(p, p.getText());
                if (text.isBlank()) {
                    continue;
                }
                int level = headingLevel(p);
                boolean title = level == -1;
                blocks.add(new DocumentBlocks.Paragraph(paragraphNumber, text, Math.max(level, 0), title, listItem(p),
                        bold(p)));
            } else if (element instanceof XWPFTable t) {
                tableNumber++;
                blocks.add(new DocumentBlocks.Table(tableNumber, rows(t)));
            } else if (element instanceof XWPFSDT sdt) {
                paragraphNumber++;
                spend(1);
                String text = sdt.getContent().getText();
                if (text != null && !text.isBlank()) {
                    blocks.add(new DocumentBlocks.Paragraph(paragraphNumber, text, 0, false, false, false));
                }
            }
        }
    }

    private void spend(long count) throws DocumentImportException {
        paragraphs += count;
        if (paragraphs > maxParagraphs) {
            throw new DocumentImportException(file, "paragraph " + paragraphs, "more than " + maxParagraphs
                    + " paragraphs (counting those in tables); a document is read up to that many. Split it into "
                    + "several documents and import them one by one", null);
        }
    }

    private List<List<Cell>> rows(XWPFTable table) throws DocumentImportException {
        List<List<Cell>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<Cell> cells = new ArrayList<>();
            int column = 0;
            if (row.getCtRow().getTrPr() != null && row.getCtRow().getTrPr().sizeOfGridBeforeArray() > 0
                    && row.getCtRow().getTrPr().getGridBeforeArray(0).getVal() != null) {
                column = row.getCtRow().getTrPr().getGridBeforeArray(0).getVal().intValue();
            }
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.getGridSpan() != null && pr.getGridSpan().getVal() != null
                        ? Math.max(1, pr.getGridSpan().getVal().intValue()) : 1;
                boolean continued = pr != null && pr.getVMerge() != null
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                cells.add(new Cell(column, span, continued ? List.of() : lines(cell), continued));
                column += span;
            }
            rows.add(cells);
        }
        return rows;
    }

    private List<Line> lines(XWPFTableCell cell) throws DocumentImportException {
        List<Line> lines = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                spend(1);
                String text = numbered(p, p.getText());
                if (!text.isBlank()) {
                    lines.add(new Line(text.strip(), listItem(p)));
                }
            } else if (element instanceof XWPFTable nested) {
                // a table inside a cell: its cells read as lines of the outer cell, in reading order
                for (XWPFTableRow row : nested.getRows()) {
                    for (XWPFTableCell inner : row.getTableCells()) {
                        lines.addAll(lines(inner));
                    }
                }
            }
        }
        return lines;
    }

    /** -1 for the Title style, 1-9 for a heading, 0 for body text. */
    private int headingLevel(XWPFParagraph p) {
        CTPPr pr = p.getCTP().getPPr();
        String id = p.getStyleID();
        if (id != null) {
            String name = styleNames.computeIfAbsent(id, this::styleName);
            if (name.equals("title")) {
                return -1;
            }
            Matcher m = HEADING.matcher(name);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        if (pr != null && pr.getOutlineLvl() != null && pr.getOutlineLvl().getVal() != null) {
            int level = pr.getOutlineLvl().getVal().intValue();
            return level < 9 ? level + 1 : 0;
        }
        return 0;
    }

    private String styleName(String id) {
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
        String name = style != null && style.getName() != null ? style.getName() : id;
        String lower = name.toLowerCase(Locale.ROOT);
        // a style without "heading" in its name may still be one by its outline level
        if (!HEADING.matcher(lower).find() && style != null && style.getCTStyle().getPPr() != null
                && style.getCTStyle().getPPr().getOutlineLvl() != null
                && style.getCTStyle().getPPr().getOutlineLvl().getVal() != null) {
            int level = style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue();
            if (level < 9) {
                return "heading " + (level + 1);
            }
        }
        return lower;
    }

    private boolean listItem(XWPFParagraph p) {
        if (p.getNumID() != null) {
            String format = p.getNumFmt();
            return format == null || format.equals("bullet") || format.equals("none");
        }
        String id = p.getStyleID();
        return id != null && styleNames.computeIfAbsent(id, this::styleName).contains("list")
                || DocumentVocabulary.typedBullet(p.getText()) != null;
    }

    private static boolean bold(XWPFParagraph p) {
        List<XWPFRun> runs = p.getRuns();
        return !runs.isEmpty() && runs.stream().allMatch(r -> r.text().isBlank() || r.isBold());
    }

    /**
     * The paragraph's text with Word's automatic numbering written out ("1.2 text"), as a reader sees it: a
     * numbered list keeps its numbers in the numbering part, not in the text.
     */
    private String numbered(XWPFParagraph p, String text) {
        BigInteger numId = p.getNumID();
        String format = numId == null ? null : p.getNumFmt();
        if (numId == null || format == null || format.equals("bullet") || format.equals("none")) {
            return text;
        }
        int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
        int[] count = counters.computeIfAbsent(numId, id -> new int[9]);
        count[level]++;
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        String pattern = p.getNumLevelText();
        if (pattern == null) {
            return text;
        }
        String label = pattern;
        for (int l = 0; l <= level; l++) {
            label = label.replace("%" + (l + 1), Integer.toString(Math.max(1, count[l])));
        }
        return label.strip() + " " + text;
    }
}
