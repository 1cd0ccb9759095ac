// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.excel.FrameworkImporter;
import org.curriculum.excel.GridImporter;
import org.curriculum.excel.ImportedModel;
import org.curriculum.excel.MappingWorkbookWriter;
import org.curriculum.excel.SpreadsheetImportException;
import org.curriculum.model.Curriculum;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.model.StandardsFramework;
import org.curriculum.testsupport.LoadedExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A grid of the kind councils publish (Annexe B typed into a spreadsheet) imports to the example's links. */
class PlainGridImportTest {

    @TempDir
    Path folder;

    /** Annexe B as published: every line of the seed text becomes a row, tab-separated cells become cells. */
    private Path publishedGridWorkbook(String replaceTitle, String by) throws Exception {
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("data/annexe-b-published.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = folder.resolve("annexe-b-as-published.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("Annexe B");
            int r = 0;
            for (String line : text.split("\n")) {
                if (line.startsWith("#")) {
                    continue;
                }
                Row row = sheet.createRow(r++);
                String[] cells = line.split("\t", -1);
                for (int c = 0; c < cells.length; c++) {
                    String value = replaceTitle != null && cells[c].equals(replaceTitle) ? by : cells[c];
                    if (!value.isEmpty()) {
                        if (value.matches("\\d{3}")) {
                            row.createCell(c).setCellValue(Double.parseDouble(value)); // unit numbers typed as numbers
                        } else {
                            row.createCell(c).setCellValue(value);
                        }
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static Set<String> pairs(MappingSet mapping) {
        Set<String> pairs = new TreeSet<>();
        for (MappingLink link : mapping.getLinks()) {
            pairs.add(ElementLabels.identifier(link.getItem()) + " -> " + ElementLabels.identifier(link.getStandard()) + " "
                    + link.getCoverage().getLiteral());
        }
        return pairs;
    }

    @Test
    void thePublishedAnnexeBGridImportsToTheSeventyLinksOfTheExample() throws Exception {
        MappingSet example = ExcelFixtures.loadAnnexeB(folder);
        Path grid = publishedGridWorkbook(null, null);
        ImportedModel<MappingSet> imported = GridImporter.importGrid(grid, example.eResource().getResourceSet());
        MappingSet mapping = imported.root();
        assertEquals(70, mapping.getLinks().size());
        assertEquals(pairs(example), pairs(mapping));
        assertTrue(pairs(mapping).contains("308 -> CC38 partial"));
        assertEquals("Annexe B", mapping.getTitle());
        assertTrue(mapping.getKey().startsWith("3 indicates partial coverage of the NVQ unit"), mapping.getKey());
        assertEquals(example.getSource(), mapping.getSource());
        assertEquals(example.getTarget(), mapping.getTarget());
        // the title row "National Occupational Standards mapping" etc. come before the header; nothing is left over
        assertTrue(imported.warnings().isEmpty(), imported.warnings().toString());
    }

    @Test
    void aFrameworkOfUnitsMappedToTheNosByThePublishedGridExportsAndImportsBackIdentically() throws Exception {
        MappingSet example = ExcelFixtures.loadAnnexeB(folder);
        // The BTEC units typed into the framework template (Code, Title), as a council without our curriculum
        // file would type them from seed 004: a framework-to-framework mapping, no curriculum involved.
        StringBuilder csv = new StringBuilder("Code,Title\n");
        for (var component : ((Curriculum) example.getSource()).getComponents()) {
            csv.append(component.getNumber()).append(",\"").append(component.getTitle()).append("\"\n");
        }
        Path template = Files.writeString(folder.resolve("btec-units.csv"), csv);
        Path units = folder.resolve("btec-units.standards");
        new ImportedModel<>(FrameworkImporter.importFramework(template), null, Map.of(),
                List.of()).saveAs(units);
        var resourceSet = ModelFiles.loadAll(List.of(units, folder.resolve(LoadedExamples.NOS)));

        ImportedModel<MappingSet> imported = GridImporter.importGrid(publishedGridWorkbook(null, null), resourceSet);
        MappingSet mapping = imported.root();
        assertEquals(70, mapping.getLinks().size());
        assertEquals(pairs(example), pairs(mapping));
        assertTrue(mapping.getSource() instanceof StandardsFramework, "source is the framework of units");
        assertEquals("btec-units", mapping.getSource().getTitle());
        assertEquals("Contact Centre National Occupational Standards", mapping.getTarget().getTitle());
        Path saved = folder.resolve("units-nos.mapping");
        imported.saveAs(saved);

        // Our own grid of it, exported and imported back: the same 70 links.
        MappingSet reloaded = (MappingSet) ModelFiles.loadAll(List.of(saved)).getResources().get(0)
                .getContents().get(0);
        Path exported = ExcelFixtures.write(folder.resolve("units-nos.xlsx"),
                ExcelFixtures.bytes(out -> MappingWorkbookWriter.writeGrid(reloaded, out, GridOrientation.STANDARDS_IN_ROWS)));
        MappingSet again = GridImporter.importGrid(exported, reloaded.eResource().getResourceSet()).root();
        assertEquals(pairs(example), pairs(again));
        assertEquals(reloaded.getSource(), again.getSource());
    }

    @Test
    void aRowWhoseTitleIsNoStandardIsNamedByRowAndColumn() throws Exception {
        MappingSet example = ExcelFixtures.loadAnnexeB(folder);
        Path grid = publishedGridWorkbook("Monitor health and safety procedures in a contact centre",
                "Monitor health and safety in a call centre");
        SpreadsheetImportException error = assertThrows(SpreadsheetImportException.class,
                () -> GridImporter.importGrid(grid, example.eResource().getResourceSet()));
        assertTrue(error.getMessage().startsWith(grid + ": sheet \"Annexe B\", row 18, column A: \"Monitor health and safety "
                + "in a call centre\" is not the title or code of a standard in Standards framework \"Contact Centre National "
                + "Occupational Standards\""), error.getMessage());
    }

    @Test
    void aGridWithoutAHeaderRowOfUnitsIsRefused() throws Exception {
        MappingSet example = ExcelFixtures.loadAnnexeB(folder);
        Path grid = publishedGridWorkbook("NOS", "Standards");
        // remove the header rows by replacing the unit numbers: write a sheet with titles and ticks only
        Path noHeader = folder.resolve("no-header.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(noHeader)) {
            XSSFSheet sheet = workbook.createSheet("Grid");
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue("Improve your personal effectiveness at work in a contact centre");
            row.createCell(2).setCellValue("3");
            workbook.write(out);
        }
        SpreadsheetImportException error = assertThrows(SpreadsheetImportException.class,
                () -> GridImporter.importGrid(noHeader, example.eResource().getResourceSet()));
        assertEquals(noHeader + ": sheet \"Grid\": no header row of units was found: a grid needs a row naming the units "
                + "or modules (e.g. 204, 205, 206) above the rows of standards", error.getMessage());
        assertTrue(Files.exists(grid));
    }
}
