// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.excel.SpreadsheetImportException;

/**
 * Opens .xlsx files for import with POI's zip-bomb and size guards on, and turns every way a file
 * can be broken into a message that names the file.
 */
public final class SafeWorkbookReader {

    /** Larger files are refused before POI reads them: no real standards list or grid comes close. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    /** Largest uncompressed part of a workbook accepted (POI's default is 4 GB). */
    public static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

    /** A part that expands more than 100 times is treated as a zip bomb (POI's default ratio). */
    public static final double MIN_INFLATE_RATIO = 0.01;

    /**
     * POI logs (through log4j-to-jul) a stack trace for every malformed part it meets; the importers turn
     * those failures into one message naming the file, so POI's own log would only bury it. Held in a
     * field because java.util.logging keeps loggers weakly.
     */
    private static final java.util.logging.Logger POI_LOG = java.util.logging.Logger.getLogger("org.apache.poi");

    static {
        POI_LOG.setLevel(java.util.logging.Level.OFF);
        applyGuards();
    }

    private SafeWorkbookReader() {
    }

    /**
     * Sets POI's global zip guards. POI keeps them in static fields, so they are (re)applied before
     * every read in case other code in the same process relaxed them.
     */
    public static void applyGuards() {
        applyGuards(MAX_ENTRY_BYTES);
    }

    /** Sets POI's zip-bomb ratio guard and the given limit on a part's uncompressed size. */
    static void applyGuards(long maxEntryBytes) {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(maxEntryBytes);
    }

    /**
     * Held while POI reads zip entries, so that the larger entry limit {@link StreamingWorkbookReader}
     * sets for the duration of its reading never applies to an in-memory read on another thread.
     */
    public static final Object GUARDS = new Object();

    /** The refusal of a workbook whose reading ran out of stack or memory. */
    static SpreadsheetImportException tooComplex(Path file, Error e) {
        return new SpreadsheetImportException(file, "the workbook is too complex or too large to read safely; it was refused",
                e);
    }

    /** Refuses old .xls (OLE2, which is also how encrypted .xlsx files are stored) and non-zip files by their first bytes. */
    public static void checkSignature(Path file) throws SpreadsheetImportException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new SpreadsheetImportException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (read >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            throw new SpreadsheetImportException(file,
                    "this is an old-style .xls workbook (or another OLE2 document); open it in a spreadsheet program "
                            + "and save it as an Excel workbook (.xlsx), then import that",
                    null);
        }
        if (read < 4 || head[0] != 'P' || head[1] != 'K') {
            throw new SpreadsheetImportException(file,
                    "not an .xlsx workbook: the file does not start like one (an .xlsx file is a zip archive); "
                            + "if it is a CSV file, give it the .csv extension",
                    null);
        }
    }

    /** Refuses missing, empty and oversized files with a message before anything parses them. */
    public static void checkFile(Path file, long maxBytes) throws SpreadsheetImportException {
        if (Files.isDirectory(file)) {
            throw new SpreadsheetImportException(file, "is a folder, not a spreadsheet: give the .xlsx or .csv file", null);
        }
        if (!Files.isRegularFile(file)) {
            throw new SpreadsheetImportException(file, "no such file", null);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new SpreadsheetImportException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new SpreadsheetImportException(file, "the file is empty", null);
        }
        if (size > maxBytes) {
            throw new SpreadsheetImportException(file, "the file is " + size / (1024 * 1024) + " MB; files over "
                    + maxBytes / (1024 * 1024) + " MB are refused", null);
        }
    }

    /** Turns whatever POI threw into a message a user can act on. */
    public static SpreadsheetImportException translate(Path file, Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = e; t != null && messages.size() < 10; t = t.getCause() == t ? null : t.getCause()) {
            messages.add(String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT));
        }
        String all = String.join(" | ", messages);
        if (all.contains("zip bomb")) {
            return new SpreadsheetImportException(file,
                    "refused as a possible zip bomb: a part of the workbook expands far more than real spreadsheets do "
                            + "(POI's zip-bomb guard); the file was not read",
                    e);
        }
        if (all.contains("max entry size") || all.contains("exceeds the max") || all.contains("text size")
                || all.contains("maximum allowed size") || all.contains("exceeds the maximum")) {
            return new SpreadsheetImportException(file,
                    "refused: a part of the workbook is larger than the limit for safe reading; the file was not read",
                    e);
        }
        if (e instanceof EmptyFileException) {
            return new SpreadsheetImportException(file, "the file is empty", e);
        }
        if (e instanceof NotOfficeXmlFileException || all.contains("no valid entries or contents found")
                || all.contains("is not a valid ooxml") || all.contains("not a valid zip")) {
            return new SpreadsheetImportException(file,
                    "not an .xlsx workbook, or the file is damaged (truncated or not a complete zip archive); "
                            + "save it again as an Excel workbook (.xlsx)",
                    e);
        }
        if (all.contains("truncated") || all.contains("unexpected end") || all.contains("corrupt")
                || all.contains("invalid") || all.contains("zip") || e instanceof InvalidFormatException
                || e instanceof IOException) {
            return new SpreadsheetImportException(file,
                    "the workbook is damaged and cannot be read (" + firstMessage(e) + "); "
                            + "save it again from the spreadsheet program",
                    e);
        }
        if (e instanceof POIXMLException) {
            return new SpreadsheetImportException(file,
                    "the workbook's content is malformed (" + firstMessage(e) + "); save it again from the spreadsheet program",
                    e);
        }
        return new SpreadsheetImportException(file, "cannot be read as a workbook (" + firstMessage(e) + ")", e);
    }

    private static String firstMessage(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage();
        if (message == null || message.isBlank()) {
            message = deepest.getClass().getSimpleName();
        }
        message = message.replaceAll("\\s+", " ").trim();
        return message.length() > 200 ? message.substring(0, 199) + "…" : message;
    }

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

    /**
     * The text of a cell as a user sees it, trimmed; never evaluates formulas (their cached result is
     * used), empty string for blank or missing cells.
     */
    public static String text(Row row, int column) {
        if (row == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        String value;
        switch (type) {
        case STRING:
            value = cell.getRichStringCellValue().getString();
            break;
        case NUMERIC:
            if (DateUtil.isCellDateFormatted(cell)) {
                value = cell.getLocalDateTimeCellValue().toLocalDate().toString();
            } else {
                value = numberText(cell.getNumericCellValue());
            }
            break;
        case BOOLEAN:
            value = Boolean.toString(cell.getBooleanCellValue());
            break;
        default:
            value = "";
        }
        return value == null ? "" : value.trim();
    }

    /** A number as a user reads it in a cell formatted "General": whole numbers without a decimal point. */
    static String numberText(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number)
                : FORMATTER.formatRawCellContents(number, -1, "General");
    }

    /** The 1-based row number a spreadsheet program shows for a row index. */
    public static int displayRow(int rowIndex) {
        return rowIndex + 1;
    }

    /** A sheet by name, or an error naming the sheets the workbook does have. */
    public static Sheet requireSheet(Path file, XSSFWorkbook workbook, String name, String why)
            throws SpreadsheetImportException {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                names.add('"' + workbook.getSheetName(i) + '"');
            }
            throw new SpreadsheetImportException(file, "has no sheet \"" + name + "\" (" + why + "); its sheets are "
                    + String.join(", ", names), null);
        }
        return sheet;
    }
}
