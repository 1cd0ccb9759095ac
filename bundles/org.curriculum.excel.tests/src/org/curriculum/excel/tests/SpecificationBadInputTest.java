// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.curriculum.core.resources.AtomicFile;
import org.curriculum.excel.specification.SpecificationDocumentWriter;
import org.curriculum.model.BarredCombination;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.Qualification;
import org.curriculum.model.RulesOfCombination;
import org.curriculum.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gives a whole document with warnings naming the element, never a crash or a silent gap: a
 * unit without outcomes, rules naming components that are not in the curriculum, text over the length
 * limit or with characters XML cannot hold, and text that looks like a field code or a formula.
 */
class SpecificationBadInputTest {

    private static final CurriculumFactory F = CurriculumFactory.eINSTANCE;

    @TempDir
    Path folder;

    /** A one-qualification curriculum with unit 301 (one outcome, one criterion) and unit 302 (no outcomes). */
    private static Curriculum qualification() {
        Curriculum curriculum = F.createCurriculum();
        curriculum.setTitle("Test qualification");
        Unit with = unit("301", "Unit with outcomes");
        LearningOutcome outcome = F.createLearningOutcome();
        outcome.setCode("1");
        outcome.setTitle("Know the basics");
        outcome.setContent("Basics");
        var criterion = F.createAssessmentCriterion();
        criterion.setCode("1.1");
        criterion.setTitle("Describe the basics");
        outcome.getAssessmentCriteria().add(criterion);
        with.getLearningOutcomes().add(outcome);
        curriculum.getComponents().add(with);
        curriculum.getComponents().add(unit("302", "Unit without outcomes"));
        Qualification qualification = F.createQualification();
        qualification.setTitle("Test qualification");
        qualification.setQualificationNumber("600/0000/0");
        qualification.setRules(F.createRulesOfCombination());
        curriculum.getQualifications().add(qualification);
        return curriculum;
    }

    private static Unit unit(String number, String title) {
        Unit unit = F.createUnit();
        unit.setNumber(number);
        unit.setTitle(title);
        unit.setLevel(3);
        unit.setCredits(2);
        unit.setGuidedLearningHours(10);
        unit.setReferenceCode("A/000/" + number);
        unit.setAim("Aim of " + number);
        unit.setIntroduction("Introduction of " + number);
        unit.setGuidance("Guidance of " + number);
        return unit;
    }

    private static List<String> write(SpecificationDocumentWriter writer, Path file) throws Exception {
        AtomicFile.write(file, writer::write);
        return SpecificationDocuments.lines(file);
    }

    @Test
    void unitWithoutOutcomesShowsNotGivenAndIsListed() throws Exception {
        SpecificationDocumentWriter writer = new SpecificationDocumentWriter(qualification());
        List<String> lines = write(writer, folder.resolve("spec.docx"));
        // from the unit's heading (its first occurrence is the contents entry)
        lines = lines.subList(lines.lastIndexOf("Unit 302: Unit without outcomes"), lines.size());
        SpecificationDocuments.assertInOrder(lines, List.of("Unit 302: Unit without outcomes",
                "Learning outcomes: the learner will", "Assessment criteria: the learner can", "[not given]", "[not given]"),
                "unit 302's table");
        assertTrue(writer.warnings().contains("Unit 302 \"Unit without outcomes\" has no learning outcomes: its outcomes and "
                + "criteria table shows [not given]; add the learning outcomes with their assessment criteria"),
                String.join("\n", writer.warnings()));
    }

    @Test
    void rulesNamingMissingComponentsAreShownAndListed() throws Exception {
        Curriculum curriculum = qualification();
        Curriculum other = F.createCurriculum();
        Unit elsewhere = unit("999", "Unit of another curriculum");
        other.getComponents().add(elsewhere);
        RulesOfCombination rules = curriculum.getQualifications().get(0).getRules();
        rules.setTotalCredits(4);
        ComponentGroup mandatory = F.createComponentGroup();
        mandatory.setTitle("Mandatory units");
        mandatory.setMandatory(true);
        mandatory.getComponents().add(curriculum.getComponents().get(0));
        mandatory.getComponents().add(elsewhere);
        rules.getGroups().add(mandatory);
        ComponentGroup empty = F.createComponentGroup();
        empty.setTitle("Optional units");
        rules.getGroups().add(empty);
        BarredCombination barred = F.createBarredCombination();
        barred.getComponents().add(curriculum.getComponents().get(1));
        barred.getComponents().add(elsewhere);
        barred.setReason("302 and 999 cannot be combined");
        rules.getBarredCombinations().add(barred);

        SpecificationDocumentWriter writer = new SpecificationDocumentWriter(curriculum);
        List<String> lines = write(writer, folder.resolve("spec.docx"));
        SpecificationDocuments.assertInOrder(lines, List.of("Mandatory units", "301", "[not given]", "Optional units",
                "[not given]", "Barred combinations", "302 Unit without outcomes with [not given]",
                "302 and 999 cannot be combined"), "structure");
        String warnings = String.join("\n", writer.warnings());
        assertTrue(warnings.contains("Group \"Mandatory units\" of the rules of combination of Qualification "
                + "\"Test qualification\" refers to Unit 999 \"Unit of another curriculum\", which is not in "
                + "this curriculum"), warnings);
        assertTrue(warnings.contains("Group \"Optional units\" of the rules of combination of Qualification "
                + "\"Test qualification\" holds no units"), warnings);
        assertTrue(warnings.contains("Barred combination 302 + 999 refers to Unit 999"), warnings);
    }

    @Test
    void textOverTheLimitIsCutWithAWarningAndControlCharactersAreDropped() throws Exception {
        Curriculum curriculum = qualification();
        Unit unit = (Unit) curriculum.getComponents().get(0);
        unit.setIntroduction("x".repeat(40_000));
        unit.setAim("Aim\u0001 with a control character");
        SpecificationDocumentWriter writer = new SpecificationDocumentWriter(curriculum);
        List<String> lines = write(writer, folder.resolve("spec.docx"));
        assertTrue(lines.contains("x".repeat(32_767)), "the introduction, cut");
        assertFalse(lines.stream().anyMatch(line -> line.length() > 32_767));
        assertTrue(lines.contains("Aim with a control character"));
        String warnings = String.join("\n", writer.warnings());
        assertTrue(warnings.contains("Unit 301 \"Unit with outcomes\": a text of 40000 characters was cut to 32767"), warnings);
        assertTrue(warnings.contains("Unit 301 \"Unit with outcomes\": 1 control character(s) that a Word document cannot "
                + "hold were left out of \"Aim with a control character\""), warnings);
    }

    @Test
    void fieldCodesAndFormulasStayPlainText() throws Exception {
        Curriculum curriculum = qualification();
        Unit unit = (Unit) curriculum.getComponents().get(0);
        unit.setAim("=SUM(A1:A9)");
        unit.setIntroduction("{ PAGE } +cmd|' /C calc'!A0 @import");
        unit.setTitle("<w:fldSimple w:instr=\"PAGE\"/>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SpecificationDocumentWriter(curriculum).write(out);
        Path file = Files.write(folder.resolve("spec.docx"), out.toByteArray());
        List<String> lines = SpecificationDocuments.lines(file);
        SpecificationDocuments.assertInOrder(lines, List.of("Unit 301: <w:fldSimple w:instr=\"PAGE\"/>", "=SUM(A1:A9)",
                "{ PAGE } +cmd|' /C calc'!A0 @import"), "texts as typed");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            String xml = document.getDocument().xmlText();
            // the only field instructions in the body are the contents field's; model text never becomes one
            assertEquals(1, xml.split("instrText", -1).length / 2, "one instrText element (the TOC)");
            assertFalse(xml.contains("<w:fldSimple w:instr=\"PAGE\"/>"), "the title is escaped text");
        }
    }

    @Test
    void aFailingWriteLeavesNoFile() throws IOException {
        Curriculum curriculum = qualification();
        Path target = folder.resolve("spec.docx");
        assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            new SpecificationDocumentWriter(curriculum).write(out);
            throw new IOException("disk full");
        }));
        assertFalse(Files.exists(target), "no half-written document");
        try (var left = Files.list(folder)) {
            assertEquals(0, left.count(), "no temporary file left behind");
        }
    }
}
