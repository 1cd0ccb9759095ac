// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.curriculum.excel.ImportFinding;
import org.curriculum.excel.ImportedModel;
import org.curriculum.excel.document.DocumentImporter;
import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.PerformanceRequirement;
import org.curriculum.model.Property;
import org.curriculum.model.RequirementItem;
import org.curriculum.model.UnitOfCompetency;
import org.curriculum.testsupport.LoadedExamples;
import org.curriculum.testsupport.WordFixtures;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unit of competency laid out as seed 003 shows it (a "Unit of Competency" heading, a functional area line and
 * a label/value table whose competency cell holds numbered requirements with Word bullets) imports back into the
 * example it was written from, field by field; labels and lines it cannot place are in the import report; and
 * LibreOffice opens the document and shows the same text (the document, its PDF and text are kept in
 * {@code target/specification-documents}).
 */
class CompetencyDocumentImportTest {

    @TempDir
    Path folder;

    private static Curriculum example() {
        return LoadedExamples.curriculum(LoadedExamples.UNIT_OF_COMPETENCY);
    }

    @Test
    void seed003LayoutImportsTheExampleUnitFieldByField() throws Exception {
        Curriculum example = example();
        Path file = WordFixtures.seed003Layout(example, folder.resolve("seed-003.docx"));
        ImportedModel<Curriculum> imported = DocumentImporter.importDocument(file);
        assertEquals(List.of(), imported.findings(), DocumentImportTest.report(imported));
        assertEquals(outline(example), outline(imported.root()));
        assertEquals("0 unit(s), 0 outcome(s), 0 criteria, 0 module(s), 0 task(s), 0 qualification(s), 1 unit(s) of "
                + "competency (4 performance requirement(s), 19 item(s), 5 assessment criteria)",
                DocumentImporter.Counts.of(imported.root()).toString());
        // a few fields spelled out, as a reader of the outline would check them
        UnitOfCompetency unit = assertInstanceOf(UnitOfCompetency.class, imported.root().getComponents().get(0));
        assertEquals("Policy Service", unit.getFunctionalArea());
        assertEquals(6, unit.getCredits());
        assertEquals("2(b).7 Explore new facilities to improve operational efficiency",
                item(unit.getPerformanceRequirements().get(2).getItems().get(6)));
        assertEquals("5 Able to develop new facilities to enhance operational efficiencies.",
                unit.getAssessmentCriteria().get(4).getCode() + " " + unit.getAssessmentCriteria().get(4).getTitle());
    }

    @Test
    void aSecondUnitOfCompetencyInTheDocumentIsASecondUnit() throws Exception {
        // a copy: the loaded examples are shared by the tests of this bundle
        Curriculum example = EcoreUtil.copy(example());
        UnitOfCompetency second = EcoreUtil.copy((UnitOfCompetency) example.getComponents().get(0));
        second.setCode("105570L5");
        second.setNumber("105570L5");
        second.setTitle("Manage a second call centre");
        second.getPerformanceRequirements().remove(3);
        second.getProperties().clear();
        example.getComponents().add(second);
        Path file = WordFixtures.seed003Layout(example, folder.resolve("two-units.docx"));
        ImportedModel<Curriculum> imported = DocumentImporter.importDocument(file);
        assertEquals(List.of(), imported.findings(), DocumentImportTest.report(imported));
        // two units: the curriculum is no longer titled after one of them, so the title comes from the file name
        assertEquals(outline(example).replace("curriculum 105569L5 | Manage call centre operations", "curriculum null | two-units"),
                outline(imported.root()));
    }

    @Test
    void labelsAndLinesThatFitNoFieldAreReportedNotDropped() throws Exception {
        Path file = WordFixtures.seed003Layout(example(), folder.resolve("seed-003.docx"));
        Path changed = folder.resolve("seed-003-changed.docx");
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable table = doc.getTables().get(0);
            XWPFTableRow row = table.createRow();
            row.getCell(0).setText("Prerequisite");
            row.getCell(1).setText("105568L4 Supervise call centre teams");
            XWPFTableCell competency = table.getRow(5).getCell(1);
            competency.addParagraph().createRun().setText("See also the company's service charter.");
            try (OutputStream out = Files.newOutputStream(changed)) {
                doc.write(out);
            }
        }
        ImportedModel<Curriculum> imported = DocumentImporter.importDocument(changed);
        List<String> report = new ArrayList<>();
        for (ImportFinding finding : imported.findings()) {
            report.add(finding.toString());
        }
        assertEquals(List.of(
                "table 1, row 6 (under \"Unit of Competency\"): text in the competency that is neither a numbered "
                        + "performance requirement nor a bulleted item under one: not imported (\"See also the company's "
                        + "service charter.\")",
                "table 1, row 9 (under \"Unit of Competency\"): a label that names no field of a unit of competency: not "
                        + "imported (\"Prerequisite: 105568L4 Supervise call centre teams\")"),
                sorted(report), DocumentImportTest.report(imported));
        // everything else still came in
        assertEquals(outline(example()), outline(imported.root()));
    }

    @Test
    void theWorkbenchsOwnUnitOfCompetencyDocumentImportsBack() throws Exception {
        // the workbench's own layout: "Unit CODE: Title" over a fields table, the range statement and the
        // requirements under headings, each requirement's items and the criteria in "No. | ..." tables
        SpecificationDocuments.Written written = SpecificationDocuments.write("unit-of-competency-alone.docx",
                LoadedExamples.UNIT_OF_COMPETENCY);
        ImportedModel<Curriculum> imported = DocumentImporter.importDocument(written.file());
        // the credit's note is not written by the specification writer, so it cannot come back
        assertEquals(unitsOnly(outline(written.curriculum())).replace("\n  property creditNote = for reference only", ""),
                unitsOnly(outline(imported.root())), DocumentImportTest.report(imported));
        // only the contents list is left out, and the report says so
        List<String> report = new ArrayList<>();
        imported.findings().forEach(f -> report.add(f.toString()));
        assertEquals(List.of("paragraph 2: not recognised as part of a unit, module or qualification (\"Contents\")"),
                report);
    }

    private static String unitsOnly(String outline) {
        return outline.substring(outline.indexOf('\n') + 1);
    }

    @Test
    void libreOfficeOpensTheDocumentAndShowsTheUnitInOrder() throws Exception {
        boolean present = SpecificationDocuments.onPath("soffice");
        if (!present && "1".equals(System.getenv("CURRICULUM_REQUIRE_LIBREOFFICE"))) {
            fail("CURRICULUM_REQUIRE_LIBREOFFICE=1 but soffice is not on the PATH: install libreoffice-writer-nogui");
        }
        assumeTrue(present, "LibreOffice (soffice) is not installed");
        Curriculum example = example();
        // kept beside the other generated documents, with LibreOffice's PDF and text, for a look
        Files.createDirectories(SpecificationDocuments.FOLDER);
        Path file = WordFixtures.seed003Layout(example, SpecificationDocuments.FOLDER.resolve("seed-003-layout.docx"));
        Path converted = SpecificationDocuments.FOLDER.resolve("libreoffice");
        Path pdf = SpecificationDocuments.convert(file, "pdf", ".pdf", converted);
        assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5), pdf + " is a PDF");
        Path txt = SpecificationDocuments.convert(file, "txt:Text", ".txt", converted);
        List<String> lines = SpecificationDocuments.textFile(txt);
        UnitOfCompetency unit = (UnitOfCompetency) example.getComponents().get(0);
        List<String> expected = new ArrayList<>(List.of("Unit of Competency", "Functional Area: Policy Service", "Title",
                unit.getTitle(), "Code", unit.getCode(), "Range", unit.getRange(), "Level", "5", "Credit",
                "6 (for reference only)", "Competency", "Performance Requirements"));
        for (PerformanceRequirement requirement : unit.getPerformanceRequirements()) {
            expected.add(requirement.getCode() + ". " + requirement.getTitle());
            requirement.getItems().forEach(i -> expected.add(i.getTitle()));
        }
        expected.add("Assessment Criteria");
        expected.add(unit.getDescription());
        unit.getAssessmentCriteria().forEach(c -> expected.add(c.getTitle()));
        expected.add("Remark");
        expected.add(unit.getRemark());
        // a bulleted line shows its bullet before the text: compare the text the line ends with
        int at = -1;
        for (String line : expected) {
            int found = -1;
            for (int i = at + 1; i < lines.size() && found < 0; i++) {
                if (lines.get(i).strip().endsWith(line)) {
                    found = i;
                }
            }
            assertTrue(found >= 0, "LibreOffice's text of " + file.getFileName() + ": \"" + line + "\" does not follow line "
                    + at + ":\n" + String.join("\n", lines));
            at = found;
        }
    }

    // ------------------------------------------------------------------ the outline compared

    /** The curriculum's units of competency, every field a line, requirements and items indented. */
    static String outline(Curriculum curriculum) {
        StringBuilder text = new StringBuilder("curriculum " + curriculum.getCode() + " | " + curriculum.getTitle());
        for (CurriculumComponent component : curriculum.getComponents()) {
            UnitOfCompetency unit = assertInstanceOf(UnitOfCompetency.class, component);
            text.append("\nunit of competency number ").append(unit.getNumber()).append(" | code ").append(unit.getCode())
                    .append(" | title ").append(unit.getTitle()).append(" | level ").append(unit.getLevel())
                    .append(" | credits ").append(unit.getCredits()).append("\n  functional area: ")
                    .append(unit.getFunctionalArea()).append("\n  range: ").append(unit.getRange())
                    .append("\n  remark: ").append(unit.getRemark()).append("\n  description: ").append(unit.getDescription());
            for (Property property : unit.getProperties()) {
                text.append("\n  property ").append(property.getKey()).append(" = ").append(property.getValue());
            }
            for (PerformanceRequirement requirement : unit.getPerformanceRequirements()) {
                text.append("\n  requirement ").append(requirement.getCode()).append(' ').append(requirement.getTitle());
                for (RequirementItem item : requirement.getItems()) {
                    text.append("\n    item ").append(item(item));
                }
            }
            for (AssessmentCriterion criterion : unit.getAssessmentCriteria()) {
                text.append("\n  criterion ").append(criterion.getCode()).append(' ').append(criterion.getTitle());
            }
        }
        return text.toString();
    }

    private static String item(RequirementItem item) {
        return item.getCode() + " " + item.getTitle();
    }

    private static List<String> sorted(List<String> lines) {
        List<String> copy = new ArrayList<>(lines);
        copy.sort(null);
        return copy;
    }
}
