// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Every cell of a workbook (sheet, row, column, value) read back from a file, so that a raw POI writer
 * can write exactly the same cells, each styled, with no model work: the "same number of styled cells"
 * baseline for our export.
 */
public final class WorkbookShape {

    /** One sheet: for each row its number, columns and values (a number is written as a number). */
    record SheetShape(String name, List<int[]> rowNumbersAndColumns, List<Object[]> values) {
    }

    private final List<SheetShape> sheets;

    private WorkbookShape(List<SheetShape> sheets) {
        this.sheets = sheets;
    }

    /** Total cells. */
    public long cells() {
        long cells = 0;
        for (SheetShape sheet : sheets) {
            for (Object[] row : sheet.values()) {
                cells += row.length;
            }
        }
        return cells;
    }

    /** Cells per sheet, for the record. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (SheetShape sheet : sheets) {
            long cells = 0;
            for (Object[] row : sheet.values()) {
                cells += row.length;
            }
            text.append(sheet.name()).append(": ").append(sheet.values().size()).append(" rows, ").append(cells)
                    .append(" cells; ");
        }
        return text.toString();
    }

    /** Reads every cell of every sheet of a workbook with POI's event API. */
    public static WorkbookShape of(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Map<String, String> pool = new HashMap<>();
            List<SheetShape> sheets = new ArrayList<>();
            XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (iterator.hasNext()) {
                try (InputStream data = iterator.next()) {
                    SheetShape sheet = new SheetShape(iterator.getSheetName(), new ArrayList<>(), new ArrayList<>());
                    Collector collector = new Collector(sheet, pool);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, collector, false));
                    parser.parse(new InputSource(data));
                    sheets.add(sheet);
                }
            }
            return new WorkbookShape(sheets);
        } catch (Exception e) {
            throw new IllegalStateException("could not read " + file, e);
        }
    }

    /** Writes the same cells with SXSSF (streaming), every cell styled. */
    public void writeStreaming(OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(RawGridWriters.STREAMING_WINDOW);
        try {
            write(workbook);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            close(workbook);
        }
    }

    /** Writes the same cells with XSSF, the whole workbook in memory, every cell styled. */
    public void writeInMemory(OutputStream out) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        try {
            write(workbook);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(workbook);
        }
    }

    private void write(Workbook workbook) {
        IndexedColors[] colours = { IndexedColors.WHITE, IndexedColors.LIGHT_YELLOW, IndexedColors.LIGHT_GREEN,
                IndexedColors.ROSE, IndexedColors.GREY_25_PERCENT };
        CellStyle[] styles = new CellStyle[colours.length];
        for (int i = 0; i < colours.length; i++) {
            styles[i] = workbook.createCellStyle();
            styles[i].setFillForegroundColor(colours[i].getIndex());
            styles[i].setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        for (SheetShape shape : sheets) {
            Sheet sheet = workbook.createSheet(shape.name());
            for (int r = 0; r < shape.values().size(); r++) {
                int[] numberAndColumns = shape.rowNumbersAndColumns().get(r);
                Object[] values = shape.values().get(r);
                Row row = sheet.createRow(numberAndColumns[0]);
                for (int k = 0; k < values.length; k++) {
                    Cell cell = row.createCell(numberAndColumns[k + 1]);
                    if (values[k] instanceof Double number) {
                        cell.setCellValue(number);
                    } else {
                        cell.setCellValue((String) values[k]);
                    }
                    cell.setCellStyle(styles[(r + k) % styles.length]);
                }
            }
        }
    }

    private static void close(Workbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects one sheet's cells. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final SheetShape sheet;
        private final Map<String, String> pool;
        private final List<Integer> columns = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();
        private int rowNumber;

        Collector(SheetShape sheet, Map<String, String> pool) {
            this.sheet = sheet;
            this.pool = pool;
        }

        @Override
        public void startRow(int number) {
            rowNumber = number;
            columns.clear();
            values.clear();
        }

        @Override
        public void endRow(int number) {
            int[] numberAndColumns = new int[columns.size() + 1];
            numberAndColumns[0] = rowNumber;
            for (int i = 0; i < columns.size(); i++) {
                numberAndColumns[i + 1] = columns.get(i);
            }
            sheet.rowNumbersAndColumns().add(numberAndColumns);
            sheet.values().add(values.toArray());
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (value == null) {
                return;
            }
            columns.add((int) new CellReference(reference).getCol());
            Object stored;
            try {
                stored = Double.valueOf(value);
            } catch (NumberFormatException e) {
                stored = pool.computeIfAbsent(value, v -> v);
            }
            values.add(stored);
        }
    }
}
