// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.excel.CurriculumImport;
import org.curriculum.excel.CurriculumImport.CurriculumImportException;
import org.curriculum.excel.CurriculumTemplate;
import org.curriculum.excel.CurriculumWorkbookImporter;
import org.curriculum.excel.CurriculumWorkbookWriter;
import org.curriculum.excel.ImportFinding;
import org.curriculum.excel.ImportedModel;
import org.curriculum.excel.SpreadsheetImportException;
import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.KnowledgeModule;
import org.curriculum.model.KnowledgeTopic;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.OccupationalResponsibility;
import org.curriculum.model.OccupationalTask;
import org.curriculum.model.PracticalSkillsModule;
import org.curriculum.model.Qualification;
import org.curriculum.model.Unit;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.testsupport.LoadedExamples;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The curriculum workbook import: every example's export imports back and exports to the same cells;
 * the template typed from scratch (with the examples' real content) imports into the elements typed;
 * bad files are refused with a message and unrecognised rows land in the report.
 */
class CurriculumWorkbookImportTest {

    @TempDir
    Path folder;

    @Test
    void everyExampleCurriculumExportsImportsAndExportsToTheSameCells() throws Exception {
        int curricula = 0;
        for (Resource resource : LoadedExamples.shared().getResources()) {
            if (!(resource.getContents().get(0) instanceof Curriculum curriculum)) {
                continue;
            }
            curricula++;
            String name = resource.getURI().lastSegment();
            Path first = folder.resolve(name + ".xlsx");
            try (OutputStream out = Files.newOutputStream(first)) {
                CurriculumWorkbookWriter.write(curriculum, out);
            }
            ImportedModel<Curriculum> imported = CurriculumWorkbookImporter.importCurriculum(first);
            assertEquals(List.of(), imported.findings(), name + ": an exported workbook is read without findings");
            // saved and loaded as a user would, so the second export reads a model file, not the importer's objects
            Path model = folder.resolve("imported-" + name);
            imported.saveAs(model);
            Curriculum loaded = (Curriculum) ModelFiles.newResourceSet()
                    .getResource(ModelFiles.uri(model), true).getContents().get(0);
            Path second = folder.resolve("imported-" + name + ".xlsx");
            try (OutputStream out = Files.newOutputStream(second)) {
                CurriculumWorkbookWriter.write(loaded, out);
            }
            assertEquals(cells(first), cells(second), name + ": export -> import -> export changed cells");
            assertEquals(curriculum.getComponents().size(), loaded.getComponents().size(), name);
            // the cells hold numbers only; the groups must still hold the same kinds of module, not merely equal numbers
            assertEquals(groupMembers(curriculum), groupMembers(loaded), name);
        }
        assertEquals(4, curricula, "the examples hold four curricula");
    }

    private static List<String> groupMembers(Curriculum curriculum) {
        List<String> members = new ArrayList<>();
        for (Qualification q : curriculum.getQualifications()) {
            if (q.getRules() != null) {
                for (ComponentGroup group : q.getRules().getGroups()) {
                    group.getComponents().forEach(c -> members.add(group.getTitle() + ": " + ElementLabels.describe(c)));
                }
                q.getRules().getBarredCombinations().forEach(b -> members.add(ElementLabels.describe(b)));
            }
        }
        return members;
    }

    /** Every sheet, every row, every cell: its type and its value as a spreadsheet program stores it. */
    private static List<String> cells(Path file) throws IOException {
        List<String> all = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                all.add("== " + sheet.getSheetName() + " (" + sheet.getPhysicalNumberOfRows() + " rows)");
                for (Row row : sheet) {
                    StringBuilder line = new StringBuilder(sheet.getSheetName() + "!" + (row.getRowNum() + 1) + ":");
                    for (Cell cell : row) {
                        line.append(" [").append(cell.getColumnIndex()).append(' ').append(cell.getCellType())
                                .append(' ');
                        line.append(cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                                : cell.getStringCellValue()).append(']');
                    }
                    all.add(line.toString());
                }
            }
        }
        assertTrue(all.size() > 10, file + " has cells to compare");
        return all;
    }

    @Test
    void theTemplateTypedFromScratchImportsIntoTheElementsTyped() throws Exception {
        // the real content of two examples, typed the way the template's help says (parents by their code)
        Curriculum btec = LoadedExamples.curriculum(LoadedExamples.BTEC);
        Curriculum occupational = LoadedExamples.curriculum(LoadedExamples.CONTACT_CENTRE_MANAGER);
        Unit unit = btec.getComponents().stream().filter(Unit.class::isInstance).map(Unit.class::cast)
                .filter(u -> u.getLearningOutcomes().size() >= 2).findFirst().orElseThrow();
        KnowledgeModule km = occupational.getComponents().stream().filter(KnowledgeModule.class::isInstance)
                .map(KnowledgeModule.class::cast).filter(m -> !m.getTopics().isEmpty()).findFirst().orElseThrow();
        PracticalSkillsModule pm = occupational.getComponents().stream().filter(PracticalSkillsModule.class::isInstance)
                .map(PracticalSkillsModule.class::cast).findFirst().orElseThrow();
        OccupationalTask task = occupational.getProfile().getTasks().get(0);
        OccupationalResponsibility responsibility = task.getResponsibilities().get(0);
        LearningOutcome lo1 = unit.getLearningOutcomes().get(0);
        LearningOutcome lo2 = unit.getLearningOutcomes().get(1);
        KnowledgeTopic topic = km.getTopics().get(0);
        Qualification q = btec.getQualifications().get(0);

        Path template = folder.resolve("T.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            CurriculumTemplate.writeXlsx(out);
        }
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet overview = workbook.getSheet(CurriculumTemplate.CURRICULUM_SHEET);
            value(overview, "Title", btec.getTitle());
            value(overview, "Occupation", occupational.getProfile().getOccupation());

            Sheet units = workbook.getSheet(CurriculumTemplate.UNITS_SHEET);
            // first row: the whole unit and the first outcome; later rows: only the parent codes
            append(units, "Unit", unit.getNumber(), "Code", "U-" + unit.getNumber(), "Reference code",
                    unit.getReferenceCode(), "Title", unit.getTitle(), "Level", unit.getLevel(), "Credits",
                    unit.getCredits(), "GLH", unit.getGuidedLearningHours(), "Aim", "Typed aim of the unit", "LO",
                    lo1.getCode(), "Learning outcome", lo1.getTitle(), "AC", criterion(lo1, 0).getCode(),
                    "Assessment criterion", criterion(lo1, 0).getTitle());
            append(units, "Unit", unit.getNumber(), "LO", lo1.getCode(), "AC", criterion(lo1, 1).getCode(),
                    "Assessment criterion", criterion(lo1, 1).getTitle());
            append(units, "Unit", unit.getNumber(), "LO", lo2.getCode(), "Learning outcome", lo2.getTitle(), "AC",
                    criterion(lo2, 0).getCode(), "Assessment criterion", criterion(lo2, 0).getTitle());
            // a row with blank unit cells continues the unit above
            append(units, "LO", lo2.getCode(), "AC", criterion(lo2, 1).getCode(), "Assessment criterion",
                    criterion(lo2, 1).getTitle());

            Sheet knowledge = workbook.getSheet(CurriculumTemplate.KNOWLEDGE_SHEET);
            append(knowledge, "Number", km.getNumber(), "Code", km.getCode(), "Title", km.getTitle(), "Level",
                    km.getLevel(), "Credits", km.getCredits(), "Topic code", topic.getCode(), "Topic", topic.getTitle(),
                    "Weighting %", topic.getWeighting(), "Purpose", "Typed purpose");
            Sheet practical = workbook.getSheet(CurriculumTemplate.PRACTICAL_SHEET);
            append(practical, "Number", pm.getNumber(), "Code", pm.getCode(), "Title", pm.getTitle(), "Skill code",
                    pm.getSkills().get(0).getCode(), "Practical skill", pm.getSkills().get(0).getTitle());
            append(practical, "Code", pm.getCode(), "Skill code", pm.getSkills().get(1).getCode(), "Practical skill",
                    pm.getSkills().get(1).getTitle());

            Sheet tasks = workbook.getSheet(CurriculumTemplate.TASKS_SHEET);
            append(tasks, "Task", task.getNumber(), "Task title", task.getTitle(), "Kind", "task", "Product or service",
                    task.getProductOrService());
            append(tasks, "Task", task.getNumber(), "Kind", "responsibility", "Number", responsibility.getNumber(),
                    "Title", responsibility.getTitle(), "Modules", ElementLabels.identifier(pm));

            Sheet qualifications = workbook.getSheet(CurriculumTemplate.QUALIFICATIONS_SHEET);
            append(qualifications, "Qualification", q.getTitle(), "Number", q.getQualificationNumber(), "Rule",
                    "qualification");
            append(qualifications, "Qualification", q.getTitle(), "Rule", "total credits", "Credits", 60);
            append(qualifications, "Qualification", q.getTitle(), "Rule", "mandatory group", "Detail", "Mandatory units",
                    "Credits", unit.getCredits(), "Components", unit.getNumber());
            append(qualifications, "Qualification", q.getTitle(), "Rule", "minimum credit at level", "Detail",
                    "level 3 or above", "Credits", 36);
            try (OutputStream out = Files.newOutputStream(template)) {
                workbook.write(out);
            }
        }

        ImportedModel<Curriculum> imported = CurriculumWorkbookImporter.importCurriculum(template);
        assertEquals(List.of(), imported.findings());
        Curriculum c = imported.root();
        assertEquals(btec.getTitle(), c.getTitle());
        assertEquals(occupational.getProfile().getOccupation(), c.getProfile().getOccupation());

        Unit read = c.getComponents().stream().filter(Unit.class::isInstance).map(Unit.class::cast).findFirst()
                .orElseThrow();
        assertEquals(unit.getNumber(), read.getNumber());
        assertEquals("U-" + unit.getNumber(), read.getCode());
        assertEquals(unit.getReferenceCode(), read.getReferenceCode());
        assertEquals(unit.getTitle(), read.getTitle());
        assertEquals(unit.getLevel(), read.getLevel());
        assertEquals(unit.getCredits(), read.getCredits());
        assertEquals(unit.getGuidedLearningHours(), read.getGuidedLearningHours());
        assertEquals("Typed aim of the unit", read.getAim());
        assertEquals(List.of(lo1.getTitle(), lo2.getTitle()),
                read.getLearningOutcomes().stream().map(LearningOutcome::getTitle).toList());
        assertEquals(List.of(criterion(lo1, 0).getTitle(), criterion(lo1, 1).getTitle()), read.getLearningOutcomes()
                .get(0).getAssessmentCriteria().stream().map(AssessmentCriterion::getTitle).toList());
        assertEquals(List.of(criterion(lo2, 0).getCode(), criterion(lo2, 1).getCode()), read.getLearningOutcomes()
                .get(1).getAssessmentCriteria().stream().map(AssessmentCriterion::getCode).toList());

        KnowledgeModule readKm = (KnowledgeModule) c.getComponents().get(0);
        assertEquals(km.getTitle(), readKm.getTitle());
        assertEquals("Typed purpose", readKm.getPurpose());
        assertEquals(topic.getWeighting(), readKm.getTopics().get(0).getWeighting());
        PracticalSkillsModule readPm = (PracticalSkillsModule) c.getComponents().get(1);
        assertEquals(2, readPm.getSkills().size(), "the second skill row named its module by code only");

        OccupationalTask readTask = c.getProfile().getTasks().get(0);
        assertEquals(task.getProductOrService(), readTask.getProductOrService());
        assertEquals(List.of(readPm), readTask.getResponsibilities().get(0).getPracticalSkillsModules());

        Qualification readQ = c.getQualifications().get(0);
        assertEquals(q.getQualificationNumber(), readQ.getQualificationNumber());
        assertEquals(60, readQ.getRules().getTotalCredits());
        ComponentGroup group = readQ.getRules().getGroups().get(0);
        assertTrue(group.isMandatory());
        assertEquals(List.of(read), group.getComponents());
        assertEquals(3, readQ.getRules().getLevelMinimums().get(0).getLevel());
        assertTrue(readQ.getRules().getLevelMinimums().get(0).isAtOrAbove());
    }

    private static AssessmentCriterion criterion(LearningOutcome lo, int index) {
        return lo.getAssessmentCriteria().get(index);
    }

    /** Fills the Value of a Field row of the template. */
    private static void value(Sheet sheet, String field, String value) {
        for (Row row : sheet) {
            if (field.equals(row.getCell(0).getStringCellValue())) {
                row.createCell(1).setCellValue(value);
                return;
            }
        }
        throw new AssertionError("no field " + field + " in the template");
    }

    /** Appends a row with the values given by header name: column, value, column, value... */
    private static void append(Sheet sheet, Object... columnsAndValues) {
        Row header = sheet.getRow(0);
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            int column = -1;
            for (Cell cell : header) {
                if (cell.getStringCellValue().equals(columnsAndValues[i])) {
                    column = cell.getColumnIndex();
                }
            }
            assertTrue(column >= 0, "the template's " + sheet.getSheetName() + " sheet has the column " + columnsAndValues[i]);
            Object value = columnsAndValues[i + 1];
            if (value instanceof Number number) {
                row.createCell(column).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(column).setCellValue(value.toString());
            }
        }
    }

    private Path workbook(String name, String sheetName, Object[]... rows) throws IOException {
        Path file = folder.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static final Object[] UNITS_HEADER = { "Unit", "Reference code", "Title", "Level", "Credits", "GLH", "LO",
            "Learning outcome", "AC", "Assessment criterion" };

    @Test
    void aCriterionWhoseUnitIsNotGivenIsReportedNotDropped() throws Exception {
        Unit unit = (Unit) LoadedExamples.component(LoadedExamples.curriculum(LoadedExamples.BTEC), "301");
        LearningOutcome lo = unit.getLearningOutcomes().get(0);
        Path file = workbook("missing-parent.xlsx", "Units", UNITS_HEADER,
                new Object[] { "301", unit.getReferenceCode(), unit.getTitle(), "3", "4", "30", lo.getCode(),
                        lo.getTitle(), "1.1", criterion(lo, 0).getTitle() },
                new Object[] { "399", null, null, null, null, null, "1", null, "1.2", criterion(lo, 1).getTitle() },
                new Object[] { "301", null, null, null, null, null, null, null, "1.3", "a criterion with no LO code" },
                new Object[] { "301", null, null, null, null, null, "1", null, "1.2", criterion(lo, 1).getTitle() });
        ImportedModel<Curriculum> imported = CurriculumWorkbookImporter.importCurriculum(file);
        List<ImportFinding> findings = imported.findings();
        assertEquals(1, imported.root().getComponents().size());
        Unit read = (Unit) imported.root().getComponents().get(0);
        // row 4's blank LO continues outcome 1 (the row above's); only row 3 names a parent that does not exist
        assertEquals(3, read.getLearningOutcomes().get(0).getAssessmentCriteria().size());
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("sheet \"Units\", row 3", findings.get(0).where());
        assertTrue(findings.get(0).why().contains("no unit with Unit 399"), findings.get(0).why());
        assertTrue(findings.get(0).excerpt().contains(criterion(lo, 1).getTitle().substring(0, 20)));
    }

    @Test
    void aCriterionBeforeAnyOutcomeIsReported() throws Exception {
        Path file = workbook("no-outcome.xlsx", "Units", UNITS_HEADER,
                new Object[] { "301", null, "Principles of contact centre operations", null, null, null, null, null,
                        "1.1", "Describe the purpose of a contact centre" });
        ImportedModel<Curriculum> imported = CurriculumWorkbookImporter.importCurriculum(file);
        assertEquals(1, imported.findings().size());
        assertTrue(imported.findings().get(0).why().startsWith("an assessment criterion with no learning outcome"),
                imported.findings().get(0).why());
        assertEquals(0, ((Unit) imported.root().getComponents().get(0)).getLearningOutcomes().size());
    }

    @Test
    void unknownSheetsColumnsAndRulesAreReported() throws Exception {
        Path file = folder.resolve("extra.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet units = workbook.createSheet("Units");
            Row header = units.createRow(0);
            header.createCell(0).setCellValue("Unit");
            header.createCell(1).setCellValue("Title");
            header.createCell(2).setCellValue("Assessor notes");
            Row row = units.createRow(1);
            row.createCell(0).setCellValue("301");
            row.createCell(1).setCellValue("Principles of contact centre operations");
            row.createCell(2).setCellValue("check with the centre");
            Sheet q = workbook.createSheet("Qualifications");
            q.createRow(0).createCell(0).setCellValue("Qualification");
            q.getRow(0).createCell(1).setCellValue("Rule");
            q.createRow(1).createCell(0).setCellValue("BTEC Level 3");
            q.getRow(1).createCell(1).setCellValue("qualification");
            q.createRow(2).createCell(0).setCellValue("BTEC Level 3");
            q.getRow(2).createCell(1).setCellValue("elective pool");
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("cost");
            workbook.write(out);
        }
        ImportedModel<Curriculum> imported = CurriculumWorkbookImporter.importCurriculum(file);
        String report = imported.findings().stream().map(ImportFinding::toString).collect(Collectors.joining("\n"));
        assertEquals(3, imported.findings().size(), report);
        assertTrue(report.contains("sheet \"Budget\": not a sheet of a curriculum workbook"), report);
        assertTrue(report.contains("sheet \"Units\", row 1: a column this sheet does not have"), report);
        assertTrue(report.contains("sheet \"Qualifications\", row 3: unknown Rule \"elective pool\""), report);
        assertEquals("Principles of contact centre operations", imported.root().getComponents().get(0).getTitle());
        assertNull(imported.root().getQualifications().get(0).getRules());
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWithAMessage() throws Exception {
        Path file = folder.resolve("notes.xlsx");
        Files.writeString(file, "Unit 301: Principles of contact centre operations\n", StandardCharsets.UTF_8);
        SpreadsheetImportException e = assertThrows(SpreadsheetImportException.class,
                () -> CurriculumWorkbookImporter.importCurriculum(file));
        assertTrue(e.getMessage().startsWith(file + ": not an .xlsx workbook"), e.getMessage());
    }

    @Test
    void aWorkbookWithoutCurriculumSheetsIsRefusedNamingTheSheetsExpected() throws Exception {
        Path file = workbook("grid.xlsx", "Sheet1", new Object[] { "Code", "Title" }, new Object[] { "CCA1", "x" });
        SpreadsheetImportException e = assertThrows(SpreadsheetImportException.class,
                () -> CurriculumWorkbookImporter.importCurriculum(file));
        assertTrue(e.getMessage().contains("has none of the sheets of a curriculum workbook"), e.getMessage());
        assertTrue(e.getMessage().contains("found Sheet1"), e.getMessage());
    }

    @Test
    void aSheetWhoseHeaderIsNotTheLayoutIsRefusedAtItsRow() throws Exception {
        Path file = workbook("units.xlsx", "Units", new Object[] { "Ref", "Name" }, new Object[] { "301", "x" });
        SpreadsheetImportException e = assertThrows(SpreadsheetImportException.class,
                () -> CurriculumWorkbookImporter.importCurriculum(file));
        assertEquals("Units", e.getSheet());
        assertEquals(1, e.getRow());
        assertTrue(e.getMessage().contains("is not the header of a \"Units\" sheet"), e.getMessage());
    }

    @Test
    void aWorkbookBeyondTheCellBudgetIsRefusedWhereTheBudgetRunsOut() throws Exception {
        Curriculum btec = LoadedExamples.curriculum(LoadedExamples.BTEC);
        Path file = folder.resolve("btec.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            CurriculumWorkbookWriter.write(btec, out);
        }
        SpreadsheetImportException e = assertThrows(SpreadsheetImportException.class,
                () -> CurriculumWorkbookImporter.importCurriculum(file, 200));
        assertTrue(e.getMessage().contains("more than 200 filled cells by this row"), e.getMessage());
        assertTrue(e.getRow() > 1);
    }

    @Test
    void theFacadeReadsWorkbooksAndWordDocuments() throws Exception {
        Curriculum btec = LoadedExamples.curriculum(LoadedExamples.BTEC);
        Path file = folder.resolve("btec.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            CurriculumWorkbookWriter.write(btec, out);
        }
        ImportedModel<Curriculum> imported = CurriculumImport.read(file);
        assertEquals(btec.getComponents().stream().map(CurriculumComponent::getTitle).toList(),
                imported.root().getComponents().stream().map(CurriculumComponent::getTitle).toList());
        // seed 004's units rebuilt as a Word document go to the document importer
        ImportedModel<Curriculum> fromWord = CurriculumImport.read(
                org.curriculum.testsupport.WordFixtures.seed004Layout(btec, folder.resolve("units.docx")));
        assertEquals(14, fromWord.root().getComponents().stream().filter(c -> c instanceof org.curriculum.model.Unit).count());
        Path word = folder.resolve("spec.docx");
        Files.write(word, new byte[] { 'P', 'K', 3, 4 });
        CurriculumImportException e = assertThrows(CurriculumImportException.class, () -> CurriculumImport.read(word));
        assertTrue(e.getMessage().startsWith(word.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("not in this build"), e.getMessage());
        Path text = folder.resolve("spec.txt");
        Files.writeString(text, "301");
        e = assertThrows(CurriculumImportException.class, () -> CurriculumImport.read(text));
        assertFalse(e.getMessage().isEmpty());
        assertTrue(e.getMessage().contains(".xlsx") && e.getMessage().contains(".docx"), e.getMessage());
    }
}
