// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The baselines for grid import: raw POI reading every cell value of a workbook and doing nothing
 * with it, once with the streaming event API (the practical limit) and once through the in-memory
 * XSSF model.
 */
public final class RawGridReaders {

    private RawGridReaders() {
    }

    /** Reads every cell of every sheet with POI's SAX-based event API; returns the number of cells. */
    public static long readStreaming(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            long[] cells = { 0 };
            XSSFSheetXMLHandler.SheetContentsHandler counter = new XSSFSheetXMLHandler.SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {
                }

                @Override
                public void endRow(int rowNum) {
                }

                @Override
                public void cell(String reference, String formattedValue, XSSFComment comment) {
                    cells[0] += formattedValue == null ? 0 : 1;
                }
            };
            Iterator<InputStream> sheets = reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, counter, false));
                    parser.parse(new InputSource(sheet));
                }
            }
            return cells[0];
        } catch (Exception e) {
            throw new IllegalStateException("could not read " + file, e);
        }
    }

    /** Opens the workbook as a whole with XSSF and reads every cell as text; returns the number of cells. */
    public static long readInMemory(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            long cells = 0;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells += cell.toString().isEmpty() ? 0 : 1;
                    }
                }
            }
            return cells;
        } catch (Exception e) {
            throw new IllegalStateException("could not read " + file, e);
        }
    }
}
