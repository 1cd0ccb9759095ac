// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.excel.GridImporter;
import org.curriculum.excel.MappingWorkbookWriter;
import org.curriculum.excel.SpreadsheetImportException;
import org.curriculum.excel.internal.SafeWorkbookReader;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.labels.ElementLabels;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grid import reads our workbook as a stream: files written by the workbench (inline strings) and
 * the same files saved again by a spreadsheet program (shared strings), dates typed as text or held in
 * date cells, and the first bad cell of the Links sheet named by row and column.
 */
class StreamedGridImportTest {

    private static final Date MARCH_31_2024 = Date.from(Instant.parse("2024-03-31T00:00:00Z"));

    @TempDir
    Path folder;

    private MappingSet annexeB;
    private ResourceSet against;

    @BeforeEach
    void loadAnnexeB() throws Exception {
        annexeB = ExcelFixtures.loadAnnexeB(folder);
        against = annexeB.eResource().getResourceSet();
    }

    /**
     * Our export as a spreadsheet program saves it: every text cell moved from the inline strings the
     * workbench writes into the shared strings table (POI's in-memory workbook keeps inline cells as
     * they are, so each is blanked and set again).
     */
    private XSSFWorkbook resaved() throws Exception {
        XSSFWorkbook workbook = ExcelFixtures.read(
                ExcelFixtures.bytes(out -> MappingWorkbookWriter.writeGrid(annexeB, out, GridOrientation.STANDARDS_IN_ROWS)));
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        String text = cell.getStringCellValue();
                        cell.setBlank();
                        cell.setCellValue(text);
                    }
                }
            }
        }
        return workbook;
    }

    private Path save(XSSFWorkbook workbook, String name) throws Exception {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private static String sheetXml(Path file, String part) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(part)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static MappingLink link(MappingSet mapping, String unit, String standard) {
        return mapping.getLinks().stream()
                .filter(l -> unit.equals(ElementLabels.identifier(l.getItem()))
                        && standard.equals(ElementLabels.identifier(l.getStandard())))
                .findFirst().orElseThrow(() -> new AssertionError("no link " + unit + " -> " + standard));
    }

    @Test
    void theExportWrittenWithInlineStringsImportsAllSeventyLinks() throws Exception {
        Path xlsx = ExcelFixtures.write(folder.resolve("annexe-b.xlsx"),
                ExcelFixtures.bytes(out -> MappingWorkbookWriter.writeGrid(annexeB, out, GridOrientation.STANDARDS_IN_ROWS)));
        String links = sheetXml(xlsx, "xl/worksheets/sheet2.xml");
        assertTrue(links.contains("t=\"inlineStr\""), "the workbench writes inline strings");
        MappingSet imported = GridImporter.importGrid(xlsx, against).root();
        assertEquals(GridRoundTripTest.describe(annexeB), GridRoundTripTest.describe(imported));
    }

    @Test
    void theExportSavedAgainWithSharedStringsImportsTheSameLinks() throws Exception {
        Path xlsx;
        try (XSSFWorkbook workbook = resaved()) {
            xlsx = save(workbook, "resaved.xlsx");
        }
        String links = sheetXml(xlsx, "xl/worksheets/sheet2.xml");
        assertTrue(links.contains("t=\"s\""), "the saved Links sheet refers to shared strings");
        assertFalse(links.contains("inlineStr"), "and has no inline strings left");
        MappingSet imported = GridImporter.importGrid(xlsx, against).root();
        assertEquals(70, imported.getLinks().size());
        assertEquals(GridRoundTripTest.describe(annexeB), GridRoundTripTest.describe(imported));
        assertEquals(annexeB.getTitle(), imported.getTitle());
        assertEquals("Pearson (Annexe B)", link(imported, "301", "CC01").getAuthor());
    }

    @Test
    void aDateCellAPlainNumberAndADateTypedAsTextAreAllDates() throws Exception {
        Path xlsx;
        String[][] rows = new String[4][];
        try (XSSFWorkbook workbook = resaved()) {
            Sheet sheet = workbook.getSheet("Links");
            Cell styledDate = sheet.getRow(1).getCell(7, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
            // Excel's serial number of 31 March 2024 in a cell formatted as a date (what the exporter writes)
            styledDate.setCellValue(45382.0);
            assertEquals("2024-03-31", SafeWorkbookReader.text(sheet.getRow(1), 7));
            Cell number = sheet.getRow(2).createCell(7);
            number.setCellValue(45382.0); // no date format: a spreadsheet shows 45382
            assertEquals("45382", SafeWorkbookReader.text(sheet.getRow(2), 7));
            sheet.getRow(3).createCell(7).setCellValue("2024-03-31");
            for (int r = 1; r <= 3; r++) {
                rows[r] = new String[] { SafeWorkbookReader.text(sheet.getRow(r), 0), SafeWorkbookReader.text(sheet.getRow(r), 2) };
            }
            xlsx = save(workbook, "dated.xlsx");
        }
        MappingSet imported = GridImporter.importGrid(xlsx, against).root();
        for (int r = 1; r <= 3; r++) {
            assertEquals(MARCH_31_2024, link(imported, rows[r][0], rows[r][1]).getDate(), "Links row " + (r + 1));
        }
        assertEquals(3, imported.getLinks().stream().filter(l -> l.getDate() != null).count());
    }

    @Test
    void aBadIdInTheLinksSheetNamesItsRowAndColumn() throws Exception {
        Path xlsx;
        try (XSSFWorkbook workbook = resaved()) {
            workbook.getSheet("Links").getRow(39).getCell(10).setCellValue("_no-such-standard");
            xlsx = save(workbook, "bad-id.xlsx");
        }
        SpreadsheetImportException error = assertThrows(SpreadsheetImportException.class,
                () -> GridImporter.importGrid(xlsx, against));
        assertEquals(xlsx + ": sheet \"Links\", row 40, column K: the hidden ID _no-such-standard names no element of the "
                + "files given with --against (btec-l3-contact-centre-operations.curriculum, contact-centre-nos.standards, "
                + "btec-l3-contact-centre-nos.mapping); give the curriculum and framework files the grid was exported from",
                error.getMessage());
    }

    @Test
    void aDateThatIsNotADateNamesItsCellAndNothingIsImported() throws Exception {
        Path xlsx;
        try (XSSFWorkbook workbook = resaved()) {
            workbook.getSheet("Links").getRow(69).createCell(7).setCellValue("31/03/2024");
            xlsx = save(workbook, "bad-date.xlsx");
        }
        int resources = against.getResources().size();
        SpreadsheetImportException error = assertThrows(SpreadsheetImportException.class,
                () -> GridImporter.importGrid(xlsx, against));
        assertEquals(xlsx + ": sheet \"Links\", row 70, column H: \"31/03/2024\" is not a date; type it as a date or as "
                + "2024-03-31", error.getMessage());
        assertEquals(resources, against.getResources().size());
    }

    @Test
    void aLinkIdWithAQuoteTypedIntoItIsRefusedBeforeItCouldBreakTheSavedFile() throws Exception {
        Path xlsx;
        try (XSSFWorkbook workbook = resaved()) {
            Cell id = workbook.getSheet("Links").getRow(36).getCell(8);
            id.setCellValue(id.getStringCellValue().replace("-", "-\"\"-"));
            xlsx = save(workbook, "quoted-id.xlsx");
        }
        SpreadsheetImportException error = assertThrows(SpreadsheetImportException.class,
                () -> GridImporter.importGrid(xlsx, against));
        assertTrue(error.getMessage().startsWith(xlsx + ": sheet \"Links\", row 37, column I: the link ID \"_"), error.getMessage());
        assertTrue(error.getMessage().endsWith("is not an ID the workbench writes (letters, digits, \"_\", \"-\" and \".\", "
                + "starting with a letter or \"_\"); restore the exported value, or clear the cell to give the link a new ID"),
                error.getMessage());
    }

    @Test
    void anIdOfTheGridSheetThatNamesNothingIsReportedAtItsCell() throws Exception {
        Path xlsx;
        try (XSSFWorkbook workbook = resaved()) {
            Sheet grid = workbook.getSheet("Coverage grid");
            assertEquals("CC02", SafeWorkbookReader.text(grid.getRow(13), 1));
            grid.getRow(13).getCell(0).setCellValue("_typed-over");
            xlsx = save(workbook, "bad-row-id.xlsx");
        }
        SpreadsheetImportException error = assertThrows(SpreadsheetImportException.class,
                () -> GridImporter.importGrid(xlsx, against));
        assertTrue(error.getMessage().startsWith(xlsx + ": sheet \"Coverage grid\", row 14, column A: the hidden ID _typed-over "
                + "names no element"), error.getMessage());
    }
}
