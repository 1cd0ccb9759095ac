// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.examples.ExampleModels;
import org.curriculum.excel.FrameworkImporter;
import org.curriculum.excel.FrameworkTemplate;
import org.curriculum.excel.ImportedModel;
import org.curriculum.excel.MappingWorkbookWriter;
import org.curriculum.excel.SpreadsheetImportException;
import org.curriculum.excel.internal.SafeWorkbookReader;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.PublicationStatus;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardSection;
import org.curriculum.model.StandardsFramework;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A framework typed into the template imports, validates and can be mapped; bad sheets say where they are bad. */
class FrameworkImportTest {

    @TempDir
    Path folder;

    private static final String[][] TYPED = {
            { "Code", "Title", "Parent code", "Type", "Description", "Suite" },
            { "HS", "Health and safety", "", "section", "", "" },
            { "CC04", "Comply with relevant health and safety procedures in a contact centre", "HS", "", "", "CfA 2008" },
            { "CC05", "Monitor health and safety procedures in a contact centre", "HS", "standard", "", "CfA 2008" },
            { "CC05.1", "Monitor the workplace for hazards", "CC05", "element", "", "" },
            { "CC05.1a", "=Identify hazards, risks and controls", "CC05.1", "performance criterion", "", "" },
            { "", "", "", "", "", "" },
            { "ST", "Systems and technology", "", "section", "", "" },
            { "CC09", "Use systems and technology during customer contact in a contact centre", "ST", "", "Typed by hand",
                    "" }, };

    /** Fills the generated template the way a user would in a spreadsheet program. */
    private Path typeIntoTemplate(String[][] rows) throws Exception {
        Path template = folder.resolve("template.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            FrameworkTemplate.writeXlsx(out);
        }
        Path typed = folder.resolve("typed-nos.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(template))) {
            Sheet standards = workbook.getSheet("Standards");
            assertEquals(List.of("Code", "Title", "Parent code", "Type", "Description"),
                    List.of(text(standards, 0, 0), text(standards, 0, 1), text(standards, 0, 2), text(standards, 0, 3),
                            text(standards, 0, 4)));
            for (int r = 0; r < rows.length; r++) {
                Row row = standards.getRow(r) != null ? standards.getRow(r) : standards.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            Sheet about = workbook.getSheet("Framework");
            about.getRow(1).createCell(1).setCellValue("Contact Centre NOS (typed extract)");
            about.getRow(3).createCell(1).setCellValue("2008");
            about.getRow(4).createCell(1).setCellValue("CfA");
            about.getRow(6).createCell(1).setCellValue("published");
            try (OutputStream out = Files.newOutputStream(typed)) {
                workbook.write(out);
            }
        }
        return typed;
    }

    private static String text(Sheet sheet, int row, int column) {
        return SafeWorkbookReader.text(sheet.getRow(row), column);
    }

    @Test
    void aFrameworkTypedInTheTemplateImportsValidatesAndCanBeMapped() throws Exception {
        Path typed = typeIntoTemplate(TYPED);
        StandardsFramework framework = FrameworkImporter.importFramework(typed);
        assertEquals("Contact Centre NOS (typed extract)", framework.getTitle());
        assertEquals("2008", framework.getVersion());
        assertEquals(PublicationStatus.PUBLISHED, framework.getStatus());
        assertEquals(2, framework.getSections().size());
        StandardSection health = framework.getSections().get(0);
        assertEquals(List.of("CC04", "CC05"), health.getStandards().stream().map(Standard::getCode).toList());
        Standard cc05 = health.getStandards().get(1);
        assertEquals("Monitor the workplace for hazards", cc05.getElements().get(0).getTitle());
        assertEquals("=Identify hazards, risks and controls",
                cc05.getElements().get(0).getPerformanceCriteria().get(0).getTitle(), "formula-looking text stays text");
        Standard cc04 = health.getStandards().get(0);
        assertEquals("Suite", cc04.getProperties().get(0).getKey());
        assertEquals("CfA 2008", cc04.getProperties().get(0).getValue());
        assertEquals("Typed by hand", framework.getSections().get(1).getStandards().get(0).getDescription());

        // saves, reloads and validates without errors
        Path saved = folder.resolve("typed.standards");
        new ImportedModel<>(framework, null, java.util.Map.of(), List.of()).saveAs(saved);
        StandardsFramework reloaded = (StandardsFramework) ModelFiles.loadRoot(saved);
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(reloaded);
        assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, diagnostic.toString());

        // and can be mapped: BTEC unit 304 covers CC09, exported as a grid with one section per row group
        ExampleModels.copyTo(folder);
        ResourceSet resourceSet = ModelFiles.loadAll(List.of(folder.resolve(ExampleModels.BTEC), saved));
        Curriculum btec = (Curriculum) resourceSet.getResources().get(0).getContents().get(0);
        StandardsFramework nos = (StandardsFramework) resourceSet.getResources().get(1).getContents().get(0);
        MappingSet mapping = CurriculumFactory.eINSTANCE.createMappingSet();
        mapping.setTitle("BTEC against the typed NOS");
        mapping.setSource(btec);
        mapping.setTarget(nos);
        MappingLink link = CurriculumFactory.eINSTANCE.createMappingLink();
        link.setItem(btec.getComponents().stream().filter(c -> "304".equals(c.getNumber())).findFirst()
                .map(CurriculumComponent.class::cast).orElseThrow());
        link.setStandard(nos.getSections().get(1).getStandards().get(0));
        mapping.getLinks().add(link);
        byte[] bytes = ExcelFixtures.bytes(out -> MappingWorkbookWriter.writeGrid(mapping, out, GridOrientation.STANDARDS_IN_ROWS));
        try (XSSFWorkbook workbook = ExcelFixtures.read(bytes)) {
            Sheet grid = workbook.getSheet("Coverage grid");
            assertEquals("Health and safety", text(grid, 12, 2));
            assertEquals("0 of 2", text(grid, 12, 17));
            assertEquals("CC04", text(grid, 13, 1));
            assertEquals("Systems and technology", text(grid, 15, 2));
            assertEquals("1 of 1", text(grid, 15, 17));
            assertEquals("CC09", text(grid, 16, 1));
            assertEquals("✓", text(grid, 16, 6), "unit 304 is the fourth column (301, 302, 303, 304)");
            assertEquals("1 of 3", text(grid, 18, 17));
        }
    }

    @Test
    void aCsvFileInTheTemplateLayoutImports() throws Exception {
        Path csv = folder.resolve("fs-level1.csv");
        Files.write(csv, ("\uFEFFCode;Title;Parent code;Type\r\n"
                + "ENG;English;;section\r\n"
                + "FS1-01;\"Take full part in formal and informal discussions; exchanges\";ENG;\r\n"
                + "FS1-02;\"Read and understand a range of \"\"straightforward\"\" texts\";ENG;standard\r\n")
                .getBytes(StandardCharsets.UTF_8));
        StandardsFramework framework = FrameworkImporter.importFramework(csv);
        assertEquals("fs-level1", framework.getTitle());
        List<Standard> standards = framework.getSections().get(0).getStandards();
        assertEquals("Take full part in formal and informal discussions; exchanges", standards.get(0).getTitle());
        assertEquals("Read and understand a range of \"straightforward\" texts", standards.get(1).getTitle());
    }

    @Test
    void aMissingHeaderRowIsNamedWithTheTemplateToStartFrom() throws Exception {
        Path csv = folder.resolve("no-header.csv");
        Files.writeString(csv, "CC01,Improve your personal effectiveness at work in a contact centre\n");
        SpreadsheetImportException error = assertThrows(SpreadsheetImportException.class,
                () -> FrameworkImporter.importFramework(csv));
        assertEquals(csv + ": row 1: the header row has no \"Code\" column; the first non-blank row must name the columns "
                + "(Code, Title, Parent code, Type, Description), found: CC01, Improve your personal effectiveness at work in a "
                + "contact centre. Start from the template: workbench import template FILE", error.getMessage());
    }

    @Test
    void duplicateCodesAndUnknownParentsAreNamedByRowAndColumn() throws Exception {
        String[][] duplicate = { TYPED[0], TYPED[1], TYPED[2], { "CC04", "Another title", "HS", "", "", "" } };
        Path typed = typeIntoTemplate(duplicate);
        SpreadsheetImportException error = assertThrows(SpreadsheetImportException.class,
                () -> FrameworkImporter.importFramework(typed));
        assertEquals(typed + ": sheet \"Standards\", row 4, column A: the code CC04 is already used on row 3; codes must be "
                + "unique", error.getMessage());

        String[][] orphan = { TYPED[0], TYPED[1], { "CC04", "Comply", "HX", "", "", "" } };
        Path typedOrphan = typeIntoTemplate(orphan);
        error = assertThrows(SpreadsheetImportException.class, () -> FrameworkImporter.importFramework(typedOrphan));
        assertEquals(3, error.getRow());
        assertEquals("C", error.getColumnName());
        assertTrue(error.getMessage().endsWith("the parent code HX is not the code of any row"), error.getMessage());
    }

    @Test
    void theCsvTemplateIsTheHeaderLine() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        FrameworkTemplate.writeCsv(out);
        assertEquals("Code,Title,Parent code,Type,Description\r\n", out.toString(StandardCharsets.UTF_8));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ExcelFixtures.bytes(FrameworkTemplate::writeXlsx)))) {
            assertEquals(List.of("Standards", "Framework", "How to fill in"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
        }
    }

    /**
     * The shape that ran an import out of memory (rows of 60 small numbers) is refused where the cell budget
     * runs out, having streamed only that far; within the budget, the same rows import with their notes.
     */
    @Test
    void aSheetBeyondTheCellBudgetIsRefusedAtTheRowWhereItRunsOut() throws Exception {
        Path numbers = folder.resolve("numbers.xlsx");
        int columns = 60;
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(numbers)) {
            Sheet sheet = workbook.createSheet(FrameworkTemplate.STANDARDS_SHEET);
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Code");
            header.createCell(1).setCellValue("Title");
            for (int c = 2; c < columns; c++) {
                header.createCell(c).setCellValue("N" + c);
            }
            for (int r = 1; r <= 20_000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("S" + r);
                row.createCell(1).setCellValue("Standard " + r);
                for (int c = 2; c < columns; c++) {
                    row.createCell(c).setCellValue(c % 10);
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
        SpreadsheetImportException error = assertThrows(SpreadsheetImportException.class,
                () -> FrameworkImporter.importFramework(numbers));
        int refusedRow = (int) (FrameworkImporter.MAX_CELLS / columns) + 1;
        assertEquals(numbers + ": sheet \"Standards\", row " + refusedRow + ": more than " + FrameworkImporter.MAX_CELLS
                + " filled cells by this row; a standards framework is read up to that many. Remove the columns that "
                + "are not part of the template (Code, Title, Parent code, Type, Description, a few notes) or split the "
                + "framework into several files", error.getMessage());

        // a budget of three rows: the fourth row is refused, three rows fit
        error = assertThrows(SpreadsheetImportException.class, () -> FrameworkImporter.importFramework(numbers, 3 * columns));
        assertEquals(4, error.getRow());
        Path typed = typeIntoTemplate(new String[][] { TYPED[0], TYPED[1], TYPED[2] });
        StandardsFramework framework = FrameworkImporter.importFramework(typed, 3 * TYPED[0].length);
        assertEquals("CC04", framework.getSections().get(0).getStandards().get(0).getCode());
    }
}
