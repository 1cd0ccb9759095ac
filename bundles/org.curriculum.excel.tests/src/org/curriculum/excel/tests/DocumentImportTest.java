// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.core.rules.PathwayAnalysis;
import org.curriculum.excel.ExportKind;
import org.curriculum.excel.ImportFinding;
import org.curriculum.excel.ImportedModel;
import org.curriculum.excel.document.DocumentImporter;
import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.BarredCombination;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.KnowledgeModule;
import org.curriculum.model.KnowledgeTopic;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.OccupationalTask;
import org.curriculum.model.PracticalSkillsModule;
import org.curriculum.model.Qualification;
import org.curriculum.model.RulesOfCombination;
import org.curriculum.model.Unit;
import org.curriculum.model.WorkExperienceModule;
import org.curriculum.testsupport.LoadedExamples;
import org.curriculum.testsupport.WordFixtures;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word specifications in five layouts import into the curriculum they were built from: the workbench's own
 * specification (units and a QCTO curriculum), seed 004's layout, a QCF unit bank with merged and split cells
 * and bullets, and headings with numbered paragraphs (typed and Word's automatic numbering). The imported units
 * are real units: they take the example's rules of combination and pass the pathway analysis, appear in
 * coverage against the NOS and in the curriculum workbook.
 */
class DocumentImportTest {

    @TempDir
    Path folder;

    private static Curriculum btec() {
        return LoadedExamples.curriculum(LoadedExamples.BTEC);
    }

    @Test
    void ownSpecificationImportsBackWithEveryUnitOutcomeAndCriterion() throws Exception {
        SpecificationDocuments.Written written = SpecificationDocuments.btec();
        ImportedModel<Curriculum> imported = DocumentImporter.importDocument(written.file());
        assertSameUnits(written.curriculum(), imported.root());
        // the qualification's summary and its rules of combination come back from their tables
        Qualification expected = written.curriculum().getQualifications().get(0);
        Qualification actual = imported.root().getQualifications().get(0);
        assertEquals(expected.getQualificationNumber(), actual.getQualificationNumber());
        assertEquals(expected.getCode(), actual.getCode());
        assertEquals(expected.getAwardingBody(), actual.getAwardingBody());
        assertEquals(expected.getLevel(), actual.getLevel());
        assertEquals(expected.getTotalQualificationTime(), actual.getTotalQualificationTime());
        assertEquals(expected.getCreditValue(), actual.getCreditValue());
        assertEquals(groups(expected.getRules()), groups(actual.getRules()));
        assertEquals(expected.getRules().getTotalCredits(), actual.getRules().getTotalCredits());
        assertEquals(barred(expected.getRules()), barred(actual.getRules()));
        // the annexe grids are not imported, and the report says so
        assertTrue(imported.findings().stream().anyMatch(f -> f.where().contains("Annexe") || f.excerpt().startsWith("Annexe")),
                report(imported));
    }

    @Test
    void qctoCurriculumImportsTasksModulesTopicsSkillsAndActivities() throws Exception {
        SpecificationDocuments.Written written = SpecificationDocuments.qcto();
        ImportedModel<Curriculum> imported = DocumentImporter.importDocument(written.file());
        Curriculum expected = written.curriculum();
        Curriculum actual = imported.root();
        assertEquals(texts(expected.getProfile().getTasks(), DocumentImportTest::task),
                texts(actual.getProfile().getTasks(), DocumentImportTest::task));
        assertEquals(expected.getProfile().getOfoCode(), actual.getProfile().getOfoCode());
        assertEquals(texts(expected.getComponents(), DocumentImportTest::module),
                texts(actual.getComponents(), DocumentImportTest::module), report(imported));
        assertEquals(expected.getQualifications().size(), actual.getQualifications().size());
        for (int q = 0; q < expected.getQualifications().size(); q++) {
            assertEquals(expected.getQualifications().get(q).getTitle(), actual.getQualifications().get(q).getTitle());
            assertEquals(groups(expected.getQualifications().get(q).getRules()),
                    groups(actual.getQualifications().get(q).getRules()));
        }
    }

    @Test
    void seed004LayoutImportsFourteenUnitsFortyOneOutcomesAndAHundredAndEightyFourCriteria() throws Exception {
        Curriculum btec = btec();
        Path file = WordFixtures.seed004Layout(btec, folder.resolve("seed-004.docx"));
        ImportedModel<Curriculum> imported = DocumentImporter.importDocument(file);
        assertEquals("14 unit(s), 41 outcome(s), 184 criteria, 0 module(s), 0 task(s), 1 qualification(s)",
                DocumentImporter.Counts.of(imported.root()).toString(), report(imported));
        assertSameUnits(btec, imported.root());
        // the unit content under each outcome's number comes back too
        assertEquals(WordFixtures.units(btec).get(0).getLearningOutcomes().get(0).getContent(),
                WordFixtures.units(imported.root()).get(0).getLearningOutcomes().get(0).getContent());
        // the rules table with a header row per group, and the barred pairs written as bullets
        RulesOfCombination rules = btec.getQualifications().get(0).getRules();
        RulesOfCombination read = imported.root().getQualifications().get(0).getRules();
        assertEquals(groups(rules), groups(read));
        assertEquals(barred(rules), barred(read));
        // the contents list named every unit first: reported, not imported twice
        assertEquals(14, imported.findings().stream().filter(f -> f.why().equals("in a section that is not imported")
                && f.excerpt().startsWith("Unit ")).count(), report(imported));
        assertTrue(imported.findings().stream().anyMatch(f -> f.excerpt().equals("When the units are combined, the rules below apply.")),
                report(imported));
    }

    @Test
    void importedUnitsTakeTheRulesOfCombinationAndPassPathways() throws Exception {
        Curriculum btec = btec();
        Path file = WordFixtures.seed004Layout(btec, folder.resolve("seed-004.docx"));
        Curriculum imported = DocumentImporter.importDocument(file).root();
        Qualification example = btec.getQualifications().get(0);
        Qualification qualification = CurriculumFactory.eINSTANCE.createQualification();
        qualification.setTitle(example.getTitle());
        qualification.setRules(rulesOnto(example.getRules(), imported));
        imported.getQualifications().clear();
        imported.getQualifications().add(qualification);
        PathwayAnalysis expected = PathwayAnalysis.of(example);
        PathwayAnalysis actual = PathwayAnalysis.of(qualification);
        assertTrue(actual.isAchievable());
        assertEquals(expected.countValidPathways(), actual.countValidPathways());
        assertEquals(texts(expected.mandatoryComponents(), CurriculumComponent::getNumber),
                texts(actual.mandatoryComponents(), CurriculumComponent::getNumber));
    }

    @Test
    void qcfUnitBankWithMergedAndSplitCellsAndBulletsImports() throws Exception {
        Curriculum btec = btec();
        Path file = WordFixtures.unitBankLayout(btec, folder.resolve("unit-bank.docx"));
        ImportedModel<Curriculum> imported = DocumentImporter.importDocument(file);
        assertEquals("14 unit(s), 41 outcome(s), 184 criteria, 0 module(s), 0 task(s), 0 qualification(s)",
                DocumentImporter.Counts.of(imported.root()).toString(), report(imported));
        assertSameUnits(btec, imported.root());
        // the intro row ("The learner will: | The learner can:") is skipped; everything else is recognised
        assertEquals(List.of(), imported.findings(), report(imported));
    }

    @Test
    void headingsAndNumberedParagraphsImport() throws Exception {
        Curriculum btec = btec();
        Path file = WordFixtures.headingsLayout(btec, folder.resolve("headings.docx"));
        ImportedModel<Curriculum> imported = DocumentImporter.importDocument(file);
        assertEquals("14 unit(s), 41 outcome(s), 184 criteria, 0 module(s), 0 task(s), 0 qualification(s)",
                DocumentImporter.Counts.of(imported.root()).toString(), report(imported));
        assertSameUnits(btec, imported.root());
        assertEquals(List.of(), imported.findings(), report(imported));
    }

    @Test
    void importedUnitsAppearInCoverageAndInTheCurriculumWorkbook() throws Exception {
        LoadedExamples examples = LoadedExamples.load(folder.resolve("examples"));
        Curriculum btec = examples.btec();
        Path file = WordFixtures.seed004Layout(btec, folder.resolve("seed-004.docx"));
        Curriculum imported = DocumentImporter.importDocument(file).root();
        // a mapping from the imported units to the NOS: the example's unit links, onto the units of the same number
        MappingSet nosMapping = examples.nosMapping();
        MappingSet mapping = CurriculumFactory.eINSTANCE.createMappingSet();
        mapping.setTitle("Imported units against the NOS");
        mapping.setSource(imported);
        mapping.setTarget(examples.nos());
        int unitLinks = 0;
        for (MappingLink link : nosMapping.getLinks()) {
            if (link.getItem() instanceof Unit unit) {
                MappingLink copy = CurriculumFactory.eINSTANCE.createMappingLink();
                copy.setItem(unitNumbered(imported, unit.getNumber()));
                copy.setStandard(link.getStandard());
                copy.setCoverage(link.getCoverage());
                mapping.getLinks().add(copy);
                unitLinks++;
            }
        }
        assertTrue(unitLinks > 0);
        CoverageMatrix expected = CoverageMatrix.compute(nosMapping);
        CoverageMatrix actual = CoverageMatrix.compute(mapping);
        Unit example301 = (Unit) examples.unit("301");
        Unit imported301 = unitNumbered(imported, "301");
        assertTrue(actual.getRowOf(imported301) >= 0, "unit 301 is a row of the coverage matrix");
        assertEquals(expected.getRowTotal(expected.getRowOf(example301)), actual.getRowTotal(actual.getRowOf(imported301)));
        assertEquals(expected.getUncoveredColumns().length, actual.getUncoveredColumns().length);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportKind.CURRICULUM.write(imported, GridOrientation.STANDARDS_IN_ROWS, out);
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(cell.toString());
                    }
                }
            }
        }
        assertTrue(cells.contains(imported301.getTitle()), "the unit's title is a cell of the curriculum workbook");
        assertTrue(cells.contains(imported301.getLearningOutcomes().get(0).getAssessmentCriteria().get(0).getTitle()),
                "its first criterion is a cell of the curriculum workbook");
    }

    // ------------------------------------------------------------------ comparisons

    static void assertSameUnits(Curriculum expected, Curriculum actual) {
        assertEquals(texts(WordFixtures.units(expected), DocumentImportTest::unit),
                texts(WordFixtures.units(actual), DocumentImportTest::unit));
        assertEquals(outcomes(expected), outcomes(actual));
        assertEquals(criteria(expected), criteria(actual));
    }

    private static String unit(Unit u) {
        return u.getNumber() + " | " + u.getReferenceCode() + " | " + u.getTitle() + " | level " + u.getLevel() + " | "
                + u.getCredits() + " credits | " + u.getGuidedLearningHours() + " GLH | aim: " + u.getAim();
    }

    private static List<String> outcomes(Curriculum curriculum) {
        List<String> lines = new ArrayList<>();
        for (Unit u : WordFixtures.units(curriculum)) {
            for (LearningOutcome o : u.getLearningOutcomes()) {
                lines.add(u.getNumber() + " LO " + o.getCode() + " " + o.getTitle());
            }
        }
        return lines;
    }

    private static List<String> criteria(Curriculum curriculum) {
        List<String> lines = new ArrayList<>();
        for (Unit u : WordFixtures.units(curriculum)) {
            for (LearningOutcome o : u.getLearningOutcomes()) {
                for (AssessmentCriterion c : o.getAssessmentCriteria()) {
                    lines.add(u.getNumber() + " AC " + c.getCode() + " " + c.getTitle());
                }
            }
        }
        return lines;
    }

    private static String task(OccupationalTask t) {
        StringBuilder text = new StringBuilder(t.getNumber() + " " + t.getTitle() + " -> " + t.getProductOrService());
        t.getResponsibilities().forEach(r -> text.append("\n  R ").append(r.getNumber()).append(' ').append(r.getTitle()));
        t.getContexts().forEach(c -> text.append("\n  C ").append(c.getNumber()).append(' ').append(c.getTitle())
                .append(" / ").append(c.getRoleLevel()).append(" / ").append(c.getRole()));
        return text.toString();
    }

    private static String module(CurriculumComponent c) {
        StringBuilder text = new StringBuilder(c.eClass().getName() + " " + c.getNumber() + " " + c.getCode() + " "
                + c.getTitle() + " level " + c.getLevel() + " credits " + c.getCredits());
        if (c instanceof KnowledgeModule km) {
            for (KnowledgeTopic topic : km.getTopics()) {
                text.append("\n  T ").append(topic.getCode()).append(' ').append(topic.getTitle()).append(' ')
                        .append(topic.getWeighting()).append(' ').append(texts(topic.getElements(), e -> e.getCode() + " " + e.getTitle()));
            }
        } else if (c instanceof PracticalSkillsModule pm) {
            pm.getSkills().forEach(s -> text.append("\n  S ").append(s.getCode()).append(' ').append(s.getTitle()));
            pm.getAssessmentCriteria().forEach(a -> text.append("\n  IAC ").append(a.getCode()).append(' ').append(a.getTitle()));
        } else if (c instanceof WorkExperienceModule wm) {
            wm.getActivities().forEach(a -> text.append("\n  A ").append(a.getCode()).append(' ').append(a.getTitle())
                    .append(' ').append(a.getMode()));
            wm.getSupportingEvidence().forEach(e -> text.append("\n  E ").append(e));
        }
        return text.toString();
    }

    private static List<String> groups(RulesOfCombination rules) {
        List<String> lines = new ArrayList<>();
        if (rules == null) {
            return lines;
        }
        for (ComponentGroup group : rules.getGroups()) {
            lines.add(group.getTitle() + (group.isMandatory() ? " (mandatory): " : ": ")
                    + texts(group.getComponents(), c -> c.getNumber()));
        }
        return lines;
    }

    private static List<String> barred(RulesOfCombination rules) {
        return texts(rules.getBarredCombinations(), b -> texts(b.getComponents(), CurriculumComponent::getNumber).toString());
    }

    private static <T> List<String> texts(List<? extends T> items, Function<T, String> text) {
        List<String> lines = new ArrayList<>();
        for (T item : items) {
            lines.add(text.apply(item));
        }
        return lines;
    }

    private static Unit unitNumbered(Curriculum curriculum, String number) {
        return WordFixtures.units(curriculum).stream().filter(u -> number.equals(u.getNumber())).findFirst().orElseThrow();
    }

    /** The example's rules copied onto the imported units of the same numbers. */
    private static RulesOfCombination rulesOnto(RulesOfCombination rules, Curriculum imported) {
        RulesOfCombination copy = EcoreUtil.copy(rules);
        for (ComponentGroup group : copy.getGroups()) {
            List<CurriculumComponent> members = new ArrayList<>();
            group.getComponents().forEach(c -> members.add(unitNumbered(imported, c.getNumber())));
            group.getComponents().clear();
            group.getComponents().addAll(members);
        }
        for (BarredCombination barred : copy.getBarredCombinations()) {
            List<CurriculumComponent> members = new ArrayList<>();
            barred.getComponents().forEach(c -> members.add(unitNumbered(imported, c.getNumber())));
            barred.getComponents().clear();
            barred.getComponents().addAll(members);
        }
        return copy;
    }

    static String report(ImportedModel<?> imported) {
        StringBuilder text = new StringBuilder("import report:");
        for (ImportFinding finding : imported.findings()) {
            text.append("\n  ").append(finding);
        }
        return text.toString();
    }
}
