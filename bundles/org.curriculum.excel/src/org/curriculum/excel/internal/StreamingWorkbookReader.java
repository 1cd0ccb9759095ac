// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.curriculum.excel.SpreadsheetImportException;
import org.curriculum.excel.internal.CsvTable.Record;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheets of an .xlsx workbook row by row with POI's event API, so that memory holds one row
 * at a time rather than the workbook: the way the grid importer reads national-scale exports. The
 * package is opened read-only with the same zip-bomb guard and the same refusals of foreign files as
 * {@link SafeWorkbookReader}; XML is parsed with POI's secure parser (no DOCTYPE, no external
 * entities). A cell's text is what {@link SafeWorkbookReader#text} gives for it in the in-memory
 * model, so both readers see the same workbook.
 */
public final class StreamingWorkbookReader implements AutoCloseable {

    /**
     * Larger files are refused. Streaming keeps memory bounded by the imported model rather than the
     * file, so this is far above {@link SafeWorkbookReader#MAX_FILE_BYTES}: a grid of 400,000 links
     * exported by the workbench is about 130 MB.
     */
    public static final long MAX_FILE_BYTES = 1024L * 1024 * 1024;

    /**
     * Largest uncompressed part accepted while streaming (the Links sheet of 400,000 links is about
     * 310 MB of XML); the zip-bomb ratio guard stays as it is.
     */
    public static final long MAX_ENTRY_BYTES = 4L * 1024 * 1024 * 1024 - 1;

    /** The largest row and column numbers a worksheet can have (Excel's limits). */
    private static final int MAX_ROW_NUMBER = 1_048_576;
    private static final int MAX_COLUMNS = 16_384;

    /** One row as it streams past: its texts (as a record) and, per cell, its number if it is numeric. */
    public static final class StreamedRow {

        private final Record record;
        private final double[] numbers;

        StreamedRow(Record record, double[] numbers) {
            this.record = record;
            this.numbers = numbers;
        }

        /** The row's cells as text, with the row number a spreadsheet program shows. */
        public Record record() {
            return record;
        }

        /** True if the cell holds a number (a date cell is a number formatted as a date). */
        public boolean isNumeric(int column) {
            return column < numbers.length && !Double.isNaN(numbers[column]);
        }

        /** The number in the cell; only meaningful if {@link #isNumeric} says so. */
        public double number(int column) {
            return numbers[column];
        }
    }

    /** Receives the rows of a sheet in order; may end the reading by throwing. */
    @FunctionalInterface
    public interface RowHandler {
        void row(StreamedRow row) throws SpreadsheetImportException;
    }

    private final Path file;
    private final OPCPackage pkg;
    private final List<String> names;
    private final Map<String, PackagePart> sheets;
    private final StylesTable styles;
    private final ReadOnlySharedStringsTable strings;
    private final boolean date1904;

    private StreamingWorkbookReader(Path file, OPCPackage pkg, List<String> names, Map<String, PackagePart> sheets,
            StylesTable styles, ReadOnlySharedStringsTable strings, boolean date1904) {
        this.file = file;
        this.pkg = pkg;
        this.names = names;
        this.sheets = sheets;
        this.styles = styles;
        this.strings = strings;
        this.date1904 = date1904;
    }

    /**
     * Opens a workbook for streaming: refuses missing, empty, oversized, old-format and non-zip files
     * with the messages of {@link SafeWorkbookReader}, then reads the sheet list, the styles
     * and the shared strings (no sheet is read yet). The caller closes it.
     */
    public static StreamingWorkbookReader open(Path file) throws SpreadsheetImportException {
        SafeWorkbookReader.checkFile(file, MAX_FILE_BYTES);
        SafeWorkbookReader.checkSignature(file);
        OPCPackage pkg = null;
        // POI keeps its zip guards in static fields and checks them while a part is read, so the larger entry
        // limit of streaming holds only while SafeWorkbookReader.GUARDS is held (the in-memory reader takes it
        // too) and is put back afterwards; the zip-bomb ratio guard is unchanged
        synchronized (SafeWorkbookReader.GUARDS) {
            SafeWorkbookReader.applyGuards(MAX_ENTRY_BYTES);
            try {
                pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFReader reader = new XSSFReader(pkg);
                // sheet names are matched ignoring case, as Excel and POI's XSSFWorkbook.getSheet do
                Map<String, PackagePart> sheets = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                List<String> names = new ArrayList<>();
                for (XSSFReader.SheetIterator it = reader.getSheetIterator(); it.hasNext();) {
                    // next() opens the part's stream; only the part is kept, so close it at once
                    try (InputStream ignored = it.next()) {
                        if (sheets.putIfAbsent(it.getSheetName(), it.getSheetPart()) == null) {
                            names.add(it.getSheetName());
                        }
                    }
                }
                StylesTable styles = reader.getStylesTable();
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                boolean date1904 = date1904(reader);
                return new StreamingWorkbookReader(file, pkg, names, sheets, styles, strings, date1904);
            } catch (OpenXML4JException | IOException | SAXException | RuntimeException e) {
                if (pkg != null) {
                    pkg.revert();
                }
                throw SafeWorkbookReader.translate(file, e);
            } catch (StackOverflowError | OutOfMemoryError e) {
                if (pkg != null) {
                    pkg.revert();
                }
                throw SafeWorkbookReader.tooComplex(file, e);
            } finally {
                SafeWorkbookReader.applyGuards();
            }
        }
    }

    /** The sheet names in workbook order. */
    public List<String> sheetNames() {
        return List.copyOf(names);
    }

    /** True if the workbook counts dates from 1904 (an option of old Mac workbooks), not from 1900. */
    public boolean isDate1904() {
        return date1904;
    }

    /** The sheet's name as the workbook spells it (names are matched ignoring case). */
    public String sheetName(String name) {
        return names.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst().orElse(name);
    }

    /** True if the workbook has a sheet of this name (ignoring case). */
    public boolean hasSheet(String name) {
        return sheets.containsKey(name);
    }

    /** Streams the rows of a sheet (named ignoring case) to the handler, in file order. */
    public void read(String sheet, RowHandler handler) throws SpreadsheetImportException {
        PackagePart part = sheets.get(sheet);
        if (part == null) {
            throw new SpreadsheetImportException(file, "has no sheet \"" + sheet + "\"", null);
        }
        SheetHandler sax = new SheetHandler(sheetName(sheet), handler);
        synchronized (SafeWorkbookReader.GUARDS) {
            SafeWorkbookReader.applyGuards(MAX_ENTRY_BYTES); // as in open
            try (InputStream in = part.getInputStream()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(sax);
                parser.parse(new InputSource(in));
            } catch (Stop stop) {
                throw stop.error;
            } catch (SAXException e) {
                if (e.getException() instanceof Stop stop) {
                    throw stop.error;
                }
                SpreadsheetImportException translated = SafeWorkbookReader.translate(file, e);
                if (e instanceof org.xml.sax.SAXParseException parse && translated.getMessage()
                        .startsWith(file + ": cannot be read as a workbook")) {
                    // badly formed XML in the sheet itself: say which sheet and where the parser stopped
                    throw new SpreadsheetImportException(file, sheetName(sheet), sax.rowNumber, -1,
                            "the workbook's content is malformed (" + parse.getMessage() + "); save it again from the "
                                    + "spreadsheet program",
                            e);
                }
                throw translated;
            } catch (IOException | javax.xml.parsers.ParserConfigurationException | RuntimeException e) {
                throw SafeWorkbookReader.translate(file, e);
            } catch (StackOverflowError | OutOfMemoryError e) {
                throw SafeWorkbookReader.tooComplex(file, e);
            } finally {
                SafeWorkbookReader.applyGuards();
            }
        }
    }

    /**
     * A whole sheet as a table, for small sheets (the Legend, a published grid); refuses sheets with
     * more than {@link Table#MAX_ROWS} rows.
     */
    public Table table(String sheet) throws SpreadsheetImportException {
        List<Record> records = new ArrayList<>();
        read(sheet, row -> {
            Table.checkRowCount(file, sheetName(sheet), row.record().line());
            records.add(row.record());
        });
        return new Table(file, sheetName(sheet), records);
    }

    @Override
    public void close() {
        // opened read-only: revert closes the file without writing anything back
        pkg.revert();
    }

    private static boolean date1904(XSSFReader reader) throws IOException, SAXException, OpenXML4JException {
        boolean[] found = { false };
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (localName.equals("workbookPr")) {
                        String value = attributes.getValue("date1904");
                        found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            parser.parse(new InputSource(in));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new SAXException(e);
        }
        return found[0];
    }

    /** Carries the handler's own error out of the SAX parser unchanged. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient SpreadsheetImportException error;

        Stop(SpreadsheetImportException cause) {
            super(null, null, false, false);
            this.error = cause;
        }
    }

    /** SAX handler for a worksheet part: collects the cells of one row, hands the row on at its end. */
    private final class SheetHandler extends DefaultHandler {

        private final String sheet;
        private final RowHandler handler;

        private int rowNumber; // 1-based, as shown
        private int column; // 0-based, of the current cell
        private String[] texts = new String[16];
        private double[] numbers = new double[16];
        private int width;
        private boolean inRow;

        private String type;
        private int style;
        private boolean inValue;
        private boolean inInlineText;
        private int phoneticDepth;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private boolean hasValue;
        private boolean hasInline;

        SheetHandler(String sheet, RowHandler handler) {
            this.sheet = sheet;
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                int number = r == null ? rowNumber + 1 : parseRowNumber(r);
                if (number <= rowNumber || number > MAX_ROW_NUMBER) {
                    throw malformed("row number " + r + " is out of order or beyond the last row of a worksheet");
                }
                rowNumber = number;
                inRow = true;
                width = 0;
                column = -1;
            }
            case "c" -> {
                if (!inRow) {
                    throw malformed("a cell outside any row");
                }
                String r = attributes.getValue("r");
                int c = r == null ? column + 1 : parseColumn(r);
                if (c <= column || c >= MAX_COLUMNS) {
                    throw malformed("cell " + r + " of row " + rowNumber + " is out of order or beyond the last column");
                }
                column = c;
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = parseStyle(s);
                value.setLength(0);
                inline.setLength(0);
                hasValue = false;
                hasInline = false;
                phoneticDepth = 0;
            }
            case "v" -> {
                inValue = true;
                hasValue = true;
            }
            case "t" -> {
                if ("inlineStr".equals(type) && phoneticDepth == 0) {
                    inInlineText = true;
                    hasInline = true;
                }
            }
            case "rPh" -> phoneticDepth++;
            default -> {
            }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            } else if (inInlineText) {
                inline.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> phoneticDepth--;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
            }
            }
        }

        private void endCell() {
            ensureWidth(column + 1);
            width = Math.max(width, column + 1);
            texts[column] = "";
            numbers[column] = Double.NaN;
            String t = type == null ? "n" : type;
            if (t.equals("inlineStr") && hasInline) {
                // POI reads an inline string's <is> before any <v> (a cell edited by POI can hold both)
                texts[column] = clean(decode(inline.toString()));
                return;
            }
            if (!hasValue) {
                return;
            }
            String raw = value.toString();
            switch (t) {
            case "s" -> {
                int index;
                try {
                    index = Integer.parseInt(raw.trim());
                } catch (NumberFormatException e) {
                    throw malformed("cell " + reference() + " names shared string \"" + raw + "\", which is not a number");
                }
                if (index < 0 || index >= strings.getUniqueCount()) {
                    throw malformed("cell " + reference() + " names shared string " + index + ", which does not exist");
                }
                texts[column] = clean(strings.getItemAt(index).getString());
            }
            case "inlineStr" -> texts[column] = clean(decode(raw));
            case "str" -> texts[column] = clean(decode(raw));
            case "b" -> texts[column] = Boolean.toString("1".equals(raw));
            case "e" -> texts[column] = "";
            case "d" -> {
                String text = raw.trim();
                int time = text.indexOf('T');
                texts[column] = time > 0 ? text.substring(0, time) : text;
            }
            case "n" -> {
                if (raw.isBlank()) {
                    return;
                }
                double number;
                try {
                    number = Double.parseDouble(raw.trim());
                } catch (NumberFormatException e) {
                    throw malformed("cell " + reference() + " holds \"" + raw + "\", which is not a number");
                }
                numbers[column] = number;
                texts[column] = numberText(number);
            }
            default -> throw malformed("cell " + reference() + " has the unknown type \"" + type + "\"");
            }
        }

        private String numberText(double number) {
            if (isDateStyle(style) && DateUtil.isValidExcelDate(number)) {
                java.time.LocalDateTime date = DateUtil.getLocalDateTime(number, date1904);
                return date == null ? "" : date.toLocalDate().toString();
            }
            return SafeWorkbookReader.numberText(number).trim();
        }

        private void endRow() {
            inRow = false;
            List<String> cells = new ArrayList<>(width);
            double[] rowNumbers = new double[width];
            for (int c = 0; c < width; c++) {
                String text = texts[c];
                cells.add(text == null ? "" : text);
                rowNumbers[c] = text == null ? Double.NaN : numbers[c];
            }
            Arrays.fill(texts, 0, width, null);
            Record record = new Record(rowNumber, cells);
            try {
                Table.check(file, sheet, record);
                handler.row(new StreamedRow(record, rowNumbers));
            } catch (SpreadsheetImportException e) {
                throw new Stop(e);
            }
        }

        private void ensureWidth(int needed) {
            if (needed > texts.length) {
                int size = Math.max(needed, texts.length * 2);
                texts = Arrays.copyOf(texts, size);
                numbers = Arrays.copyOf(numbers, size);
            }
        }

        private String reference() {
            return org.apache.poi.ss.util.CellReference.convertNumToColString(column) + rowNumber;
        }

        private int parseRowNumber(String r) {
            try {
                return Integer.parseInt(r.trim());
            } catch (NumberFormatException e) {
                throw malformed("row number \"" + r + "\" is not a number");
            }
        }

        /** The 0-based column of a reference like "AB12"; its row part must be this row. */
        private int parseColumn(String reference) {
            int c = 0;
            int i = 0;
            while (i < reference.length() && Character.isLetter(reference.charAt(i)) && c <= MAX_COLUMNS) {
                char letter = Character.toUpperCase(reference.charAt(i));
                if (letter < 'A' || letter > 'Z') {
                    break;
                }
                c = c * 26 + (letter - 'A' + 1);
                i++;
            }
            if (i == 0 || c > MAX_COLUMNS) {
                throw malformed("\"" + reference + "\" is not a cell reference");
            }
            String row = reference.substring(i);
            if (!row.isEmpty() && !row.equals(Integer.toString(rowNumber))) {
                throw malformed("cell " + reference + " lies in row " + rowNumber);
            }
            return c - 1;
        }

        private int parseStyle(String s) {
            if (s == null) {
                return 0;
            }
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                throw malformed("cell style \"" + s + "\" is not a number");
            }
        }

        private RuntimeException malformed(String what) {
            return new Stop(new SpreadsheetImportException(file, sheet, rowNumber, -1,
                    "the workbook's content is malformed (" + what + "); save it again from the spreadsheet program", null));
        }
    }

    private final Map<Integer, Boolean> dateStyles = new java.util.HashMap<>();

    /** Whether cells of this style show their number as a date (cached: a sheet uses few styles). */
    private boolean isDateStyle(int style) {
        return dateStyles.computeIfAbsent(style, s -> {
            if (styles == null || s < 0 || s >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(s);
            return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }

    /** Inline and formula strings may hold Excel's _xHHHH_ escapes; POI's rich text decodes them. */
    private static String decode(String raw) {
        return raw.indexOf("_x") >= 0 ? new XSSFRichTextString(raw).getString() : raw;
    }

    private static String clean(String text) {
        return text == null ? "" : text.trim();
    }
}
