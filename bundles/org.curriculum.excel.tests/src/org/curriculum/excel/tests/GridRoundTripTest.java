// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.excel.GridImporter;
import org.curriculum.excel.ImportedModel;
import org.curriculum.excel.MappingWorkbookWriter;
import org.curriculum.excel.internal.ModelIds;
import org.curriculum.excel.internal.SafeWorkbookReader;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.labels.ElementLabels;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export -> import gives an equal mapping set; export -> import -> export gives identical cells. */
class GridRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void theExportedAnnexeBGridImportsBackToAnEqualMappingSet() throws Exception {
        MappingSet original = ExcelFixtures.loadAnnexeB(folder);
        // give one link the attributes the grid itself cannot show, to prove the Links sheet carries them
        MappingLink first = original.getLinks().get(0);
        first.setRationale("=Covered by LO1 (a formula-looking rationale)");
        first.setDate(new Date(1_700_000_000_000L));
        first.setCoverage(CoverageLevel.FULL);
        for (boolean transpose : new boolean[] { false, true }) {
            Path xlsx = ExcelFixtures.write(folder.resolve("annexe-b-" + transpose + ".xlsx"),
                    ExcelFixtures.bytes(out -> MappingWorkbookWriter.writeGrid(original, out, transpose ? GridOrientation.ITEMS_IN_ROWS : GridOrientation.STANDARDS_IN_ROWS)));
            ImportedModel<MappingSet> imported = GridImporter.importGrid(xlsx, original.eResource().getResourceSet());
            assertTrue(imported.warnings().isEmpty(), imported.warnings().toString());
            Path saved = folder.resolve("imported-" + transpose + ".mapping");
            imported.saveAs(saved);

            MappingSet reloaded = (MappingSet) ModelFiles.loadAll(List.of(saved)).getResources().get(0).getContents().get(0);
            assertEquals(describe(original), describe(reloaded), "transpose=" + transpose);
            assertEquals(70, reloaded.getLinks().size());
            assertEquals(ModelIds.id(original), ModelIds.id(reloaded));
            assertEquals(original.getKey(), reloaded.getKey());
            assertEquals(original.getTitle(), reloaded.getTitle());
            assertEquals(original.getDescription(), reloaded.getDescription());
            assertEquals(EcoreUtil.getURI(original.getSource()).fragment(), EcoreUtil.getURI(reloaded.getSource()).fragment());
            assertEquals(EcoreUtil.getURI(original.getTarget()).fragment(), EcoreUtil.getURI(reloaded.getTarget()).fragment());
            assertEquals(linkIds(original), linkIds(reloaded));
        }
    }

    @Test
    void exportImportExportGivesIdenticalCells() throws Exception {
        MappingSet original = ExcelFixtures.loadAnnexeB(folder);
        byte[] firstExport = ExcelFixtures.bytes(out -> MappingWorkbookWriter.writeGrid(original, out, GridOrientation.STANDARDS_IN_ROWS));
        Path xlsx = ExcelFixtures.write(folder.resolve("first.xlsx"), firstExport);
        ImportedModel<MappingSet> imported = GridImporter.importGrid(xlsx, original.eResource().getResourceSet());
        imported.saveAs(folder.resolve("imported.mapping"));
        byte[] secondExport = ExcelFixtures.bytes(out -> MappingWorkbookWriter.writeGrid(imported.root(), out, GridOrientation.STANDARDS_IN_ROWS));
        List<String> a = cells(firstExport);
        List<String> b = cells(secondExport);
        assertTrue(a.size() > 41 * 14, "the grid has cells: " + a.size());
        assertEquals(a, b);
    }

    @Test
    void aTickAddedAndOneRemovedInTheSpreadsheetAreTaken() throws Exception {
        MappingSet original = ExcelFixtures.loadAnnexeB(folder);
        byte[] export = ExcelFixtures.bytes(out -> MappingWorkbookWriter.writeGrid(original, out, GridOrientation.STANDARDS_IN_ROWS));
        try (XSSFWorkbook workbook = ExcelFixtures.read(export)) {
            Sheet grid = workbook.getSheet("Coverage grid");
            Row cc01 = grid.getRow(12);
            assertEquals("CC01", SafeWorkbookReader.text(cc01, 1));
            assertEquals("✓", SafeWorkbookReader.text(cc01, 3)); // 301
            cc01.getCell(3).setBlank();
            // 303, typed by a reviewer into a blank cell (blank grid cells are not written, as in Excel's own files)
            cc01.getCell(5, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("full");
            Path edited = folder.resolve("edited.xlsx");
            try (var out = java.nio.file.Files.newOutputStream(edited)) {
                workbook.write(out);
            }
            MappingSet imported = GridImporter.importGrid(edited, original.eResource().getResourceSet()).root();
            Set<String> links = describe(imported);
            assertEquals(70, links.size());
            assertTrue(links.contains("303 -> CC01 full by null"), links.toString());
            assertTrue(links.stream().noneMatch(l -> l.startsWith("301 -> CC01 ")), links.toString());
        }
    }

    static Set<String> linkIds(MappingSet mapping) {
        Set<String> ids = new TreeSet<>();
        mapping.getLinks().forEach(link -> ids.add(ModelIds.id(link)));
        return ids;
    }

    static Set<String> describe(MappingSet mapping) {
        Set<String> links = new TreeSet<>();
        for (MappingLink link : mapping.getLinks()) {
            links.add(ElementLabels.identifier(link.getItem()) + " -> " + ElementLabels.identifier(link.getStandard()) + " "
                    + link.getCoverage().getLiteral() + " by " + link.getAuthor()
                    + (link.getRationale() != null ? " because " + link.getRationale() : "")
                    + (link.getDate() != null ? " on " + link.getDate().getTime() : ""));
        }
        return links;
    }

    /** Every cell of every sheet as "sheet!A1=text", in order. */
    static List<String> cells(byte[] workbookBytes) throws Exception {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = ExcelFixtures.read(workbookBytes)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        String text = SafeWorkbookReader.text(row, c);
                        if (!text.isEmpty()) {
                            cells.add(sheet.getSheetName() + "!" + new org.apache.poi.ss.util.CellReference(row.getRowNum(), c)
                                    .formatAsString() + "=" + text);
                        }
                    }
                }
            }
        }
        return cells;
    }
}
