// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.excel.FrameworkImporter;
import org.curriculum.excel.GridImporter;
import org.curriculum.excel.MappingWorkbookWriter;
import org.curriculum.excel.SpreadsheetImportException;
import org.curriculum.model.MappingSet;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Truncated, foreign, old-format, bomb-like and badly quoted files each end with one clear message. */
class MalformedFileTest {

    @TempDir
    Path folder;

    private ResourceSet against;
    private byte[] goodExport;

    @BeforeEach
    void exportAnnexeB() throws Exception {
        MappingSet mapping = ExcelFixtures.loadAnnexeB(folder);
        against = mapping.eResource().getResourceSet();
        goodExport = ExcelFixtures.bytes(out -> MappingWorkbookWriter.writeGrid(mapping, out, GridOrientation.STANDARDS_IN_ROWS));
    }

    private SpreadsheetImportException gridError(Path file) {
        return assertThrows(SpreadsheetImportException.class, () -> GridImporter.importGrid(file, against));
    }

    @Test
    void aTruncatedWorkbookIsDamaged() throws Exception {
        Path truncated = ExcelFixtures.write(folder.resolve("truncated.xlsx"),
                Arrays.copyOf(goodExport, goodExport.length / 2));
        SpreadsheetImportException error = gridError(truncated);
        assertTrue(error.getMessage().startsWith(truncated + ": "), error.getMessage());
        assertTrue(error.getMessage().contains("damaged") || error.getMessage().contains("not an .xlsx workbook"),
                error.getMessage());
    }

    @Test
    void aTextFileNamedXlsxIsNotAWorkbook() throws Exception {
        Path text = ExcelFixtures.write(folder.resolve("grid.xlsx"), "NOS,301,302\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(text + ": not an .xlsx workbook: the file does not start like one (an .xlsx file is a zip archive); "
                + "if it is a CSV file, give it the .csv extension", gridError(text).getMessage());
        Path empty = ExcelFixtures.write(folder.resolve("empty.xlsx"), new byte[0]);
        assertEquals(empty + ": the file is empty", gridError(empty).getMessage());
        Path missing = folder.resolve("missing.xlsx");
        assertEquals(missing + ": no such file", gridError(missing).getMessage());
    }

    @Test
    void anOldXlsWorkbookIsAskedToBeSavedAsXlsx() throws Exception {
        byte[] ole2 = new byte[4096];
        byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        Path xls = ExcelFixtures.write(folder.resolve("old.xlsx"), ole2);
        assertTrue(gridError(xls).getMessage().contains("old-style .xls workbook"), gridError(xls).getMessage());
    }

    @Test
    void aZipBombIsRefusedByPoisGuard() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        Path bomb = ExcelFixtures.write(folder.resolve("bomb.xlsx"), bytes.toByteArray());
        assertTrue(bytes.size() < 100_000, "20 MB compress to " + bytes.size() + " bytes");
        SpreadsheetImportException error = gridError(bomb);
        assertTrue(error.getMessage().startsWith(bomb + ": refused as a possible zip bomb"), error.getMessage());
    }

    @Test
    void aCsvWithAnUnclosedQuoteNamesTheLine() throws Exception {
        Path csv = ExcelFixtures.write(folder.resolve("nos.csv"),
                "Code,Title\nCC01,\"Improve your personal effectiveness\nCC02,Seek opportunities\n".getBytes(StandardCharsets.UTF_8));
        SpreadsheetImportException error = assertThrows(SpreadsheetImportException.class,
                () -> FrameworkImporter.importFramework(csv));
        assertEquals(csv + ": row 2, column B: a quoted cell starting here is never closed (missing \"); the file may be "
                + "truncated", error.getMessage());
        Path latin1 = ExcelFixtures.write(folder.resolve("latin1.csv"), "Code,Title\nCC01,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(assertThrows(SpreadsheetImportException.class, () -> FrameworkImporter.importFramework(latin1))
                .getMessage().endsWith("is not UTF-8 text (or is not a CSV file at all); save it from the spreadsheet program as \"CSV UTF-8\""));
    }

    @Test
    void aWorkbookImportedAsAFrameworkWithoutTheHeaderSaysWhichColumnsAreMissing() throws Exception {
        // our own grid export is not a framework: its first sheet has no Code/Title header row
        Path grid = ExcelFixtures.write(folder.resolve("grid.xlsx"), goodExport);
        SpreadsheetImportException error = assertThrows(SpreadsheetImportException.class,
                () -> FrameworkImporter.importFramework(grid));
        assertTrue(error.getMessage().startsWith(grid + ": sheet \"Coverage grid\", row 1: the header row has no \"Code\" column"),
                error.getMessage());
        assertTrue(Files.exists(grid));
    }
}
