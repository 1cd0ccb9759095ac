// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.curriculum.excel.tests.SpecificationDocuments.assertInOrder;
import static org.curriculum.excel.tests.SpecificationDocuments.indexOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.curriculum.excel.specification.SpecificationDocumentWriter;
import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.BarredCombination;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.GuidanceDocument;
import org.curriculum.model.GuidanceSection;
import org.curriculum.model.KnowledgeModule;
import org.curriculum.model.KnowledgeTopic;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.LevelCreditRule;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.NamedElement;
import org.curriculum.model.OccupationalContext;
import org.curriculum.model.OccupationalResponsibility;
import org.curriculum.model.OccupationalTask;
import org.curriculum.model.PerformanceRequirement;
import org.curriculum.model.PracticalSkill;
import org.curriculum.model.PracticalSkillsModule;
import org.curriculum.model.Qualification;
import org.curriculum.model.RequirementItem;
import org.curriculum.model.RulesOfCombination;
import org.curriculum.model.Standard;
import org.curriculum.model.Unit;
import org.curriculum.model.UnitOfCompetency;
import org.curriculum.model.WorkActivity;
import org.curriculum.model.WorkExperienceModule;

/**
 * The seed documents' text checked against their models: every expected line is built from the model's
 * values (not from the writer), and must appear in the document in the model's order. Run on the text
 * read back with XWPF and on LibreOffice's text conversion alike.
 */
final class SpecificationTextChecks {

    private SpecificationTextChecks() {
    }

    private static String v(Object value) {
        return value == null || value.toString().isBlank() ? SpecificationDocumentWriter.NOT_GIVEN : value.toString();
    }

    private static String numbered(NamedElement element) {
        return element.getCode() == null ? v(element.getTitle()) : element.getCode() + " " + v(element.getTitle());
    }

    /** Where the body starts: the second occurrence of the first chapter's heading (the first is in the contents). */
    private static int body(List<String> lines, String firstChapter) {
        return indexOf(lines, firstChapter, indexOf(lines, firstChapter, 0) + 1);
    }

    /** Seed 004: summary figures, every rules-of-combination figure, every unit's outcomes and criteria, Annexe B. */
    static void btec(List<String> lines, SpecificationDocuments.Written written) {
        Curriculum curriculum = written.curriculum();
        Qualification qualification = curriculum.getQualifications().get(0);
        int body = body(lines, "Qualification summary");
        List<String> lines0 = lines.subList(body, lines.size());

        assertInOrder(lines0, List.of("Qualification number (QN)", qualification.getQualificationNumber(), "Level",
                qualification.getLevel().toString(), "Total qualification time (TQT)",
                qualification.getTotalQualificationTime().toString(), "Guided learning hours (GLH)",
                qualification.getGuidedLearningHours().toString(), "Credit value",
                qualification.getCreditValue().toString()), "qualification summary");

        RulesOfCombination rules = qualification.getRules();
        List<String> structure = new ArrayList<>();
        structure.add("• To achieve the qualification, learners must achieve a minimum of " + rules.getTotalCredits()
                + " credits.");
        for (LevelCreditRule minimum : rules.getLevelMinimums()) {
            structure.add("• At least " + minimum.getMinimumCredits() + " credits must be achieved at level "
                    + minimum.getLevel() + (minimum.isAtOrAbove() ? " or above." : "."));
        }
        for (ComponentGroup group : rules.getGroups()) {
            structure.add(group.getTitle());
            for (CurriculumComponent component : group.getComponents()) {
                Unit unit = (Unit) component;
                structure.addAll(List.of(unit.getNumber(), unit.getReferenceCode(), unit.getTitle(),
                        unit.getLevel().toString(), unit.getCredits().toString(), unit.getGuidedLearningHours().toString()));
            }
        }
        for (BarredCombination barred : rules.getBarredCombinations()) {
            structure.add(barred.getReason());
        }
        assertInOrder(lines0, structure, "rules of combination");
        int groupedUnits = rules.getGroups().stream().mapToInt(g -> g.getComponents().size()).sum();
        assertEquals(14, groupedUnits, "the seed's three groups list its 14 units");

        List<String> units = new ArrayList<>();
        int criteria = 0;
        for (CurriculumComponent component : curriculum.getComponents()) {
            Unit unit = (Unit) component;
            units.add("Unit " + unit.getNumber() + ": " + unit.getTitle());
            units.add(unit.getReferenceCode());
            units.add(v(unit.getAim()));
            units.add("Learning outcomes: the learner will");
            for (LearningOutcome outcome : unit.getLearningOutcomes()) {
                units.add(numbered(outcome));
                for (AssessmentCriterion criterion : outcome.getAssessmentCriteria()) {
                    units.add(numbered(criterion));
                    criteria++;
                }
            }
            units.add("Unit content");
            for (LearningOutcome outcome : unit.getLearningOutcomes()) {
                units.add(numbered(outcome));
            }
        }
        assertEquals(184, criteria, "the seed's 184 assessment criteria are all checked");
        assertInOrder(lines0, units, "units, outcomes and criteria");

        annexeB(lines, written.annexes().get(0));
    }

    /** The Annexe B grid table: exactly the model's links are marked, each row's total counts its marks. */
    private static void annexeB(List<String> lines, MappingSet mapping) {
        int heading = body(lines, mapping.getTitle());
        int header = indexOf(lines, "Code", heading);
        assertEquals("Standard", lines.get(header + 1).strip());
        List<String> units = new ArrayList<>();
        int i = header + 2;
        while (!lines.get(i).strip().equals("Total")) {
            units.add(lines.get(i).strip());
            i++;
        }
        assertEquals(14, units.size(), "Annexe B has a column per unit: " + units);
        int width = units.size() + 3;
        Set<String> marked = new TreeSet<>();
        int rows = 0;
        for (int row = i + 1;; row += width) {
            List<String> cells = lines.subList(row, row + width);
            if (cells.get(1).strip().equals("Standards covered by the unit")) {
                break;
            }
            String code = cells.get(0).strip();
            if (code.isEmpty()) {
                continue; // a section's row
            }
            rows++;
            int count = 0;
            for (int c = 0; c < units.size(); c++) {
                String mark = cells.get(c + 2).strip();
                if (!mark.isEmpty()) {
                    assertEquals("✓", mark, "Annexe B " + code + " under " + units.get(c));
                    marked.add(code + " " + units.get(c));
                    count++;
                }
            }
            assertEquals(Integer.toString(count), cells.get(width - 1).strip(), "total of " + code);
        }
        assertEquals(41, rows, "Annexe B has a row per NOS standard");
        Set<String> links = new TreeSet<>();
        for (MappingLink link : mapping.getLinks()) {
            links.add(((Standard) link.getStandard()).getCode() + " " + ((CurriculumComponent) link.getItem()).getNumber());
        }
        assertEquals(70, links.size());
        assertEquals(links, marked, "every Annexe B link, and nothing else, is a mark in the grid table");
    }

    /** Seed 000: every task with its product, responsibilities and contexts; every module with its content. */
    static void qcto(List<String> lines, SpecificationDocuments.Written written) {
        Curriculum curriculum = written.curriculum();
        List<String> lines0 = lines.subList(body(lines, "Occupational profile"), lines.size());
        List<String> profile = new ArrayList<>();
        profile.add(curriculum.getProfile().getOfoCode());
        profile.add(curriculum.getProfile().getPurpose());
        for (OccupationalTask task : curriculum.getProfile().getTasks()) {
            profile.add("Task " + task.getNumber() + ": " + task.getTitle());
            profile.add("Unique product or service: " + v(task.getProductOrService()));
            for (OccupationalResponsibility responsibility : task.getResponsibilities()) {
                profile.add(responsibility.getNumber());
                profile.add(responsibility.getTitle());
            }
            for (OccupationalContext context : task.getContexts()) {
                profile.addAll(List.of(context.getNumber(), context.getTitle(), v(context.getRoleLevel()), v(context.getRole())));
            }
        }
        assertEquals(6, curriculum.getProfile().getTasks().size());
        int at = assertInOrder(lines0, profile, "occupational profile");

        List<String> summary = new ArrayList<>();
        for (CurriculumComponent component : curriculum.getComponents()) {
            summary.addAll(List.of(v(component.getCode()), v(component.getTitle()), v(component.getLevel()),
                    v(component.getCredits())));
        }
        at += assertInOrder(lines0.subList(at, lines0.size()), summary, "curriculum summary");

        List<String> modules = new ArrayList<>();
        int count = 0;
        for (Class<?> type : List.of(KnowledgeModule.class, PracticalSkillsModule.class, WorkExperienceModule.class)) {
            for (CurriculumComponent component : curriculum.getComponents()) {
                if (!type.isInstance(component)) {
                    continue;
                }
                count++;
                String prefix = component instanceof KnowledgeModule ? "KM" : component instanceof PracticalSkillsModule ? "PM" : "WM";
                modules.add(prefix + " " + component.getNumber() + ": " + component.getTitle());
                if (component instanceof KnowledgeModule knowledge) {
                    for (KnowledgeTopic topic : knowledge.getTopics()) {
                        modules.add(numbered(topic));
                    }
                } else if (component instanceof PracticalSkillsModule practical) {
                    for (PracticalSkill skill : practical.getSkills()) {
                        modules.add(skill.getTitle());
                    }
                } else if (component instanceof WorkExperienceModule work) {
                    for (WorkActivity activity : work.getActivities()) {
                        modules.add(activity.getTitle());
                    }
                }
            }
        }
        assertEquals(39, count, "the seed's 10 knowledge, 20 practical and 9 work experience modules are all checked");
        at += assertInOrder(lines0.subList(at, lines0.size()), modules, "modules");

        List<String> qualifications = new ArrayList<>();
        for (Qualification qualification : curriculum.getQualifications()) {
            qualifications.add(qualification.getTitle());
            for (ComponentGroup group : qualification.getRules().getGroups()) {
                qualifications.add(group.getTitle());
                for (CurriculumComponent component : group.getComponents()) {
                    qualifications.add(v(component.getTitle()));
                }
            }
        }
        at += assertInOrder(lines0.subList(at, lines0.size()), qualifications, "full and part qualifications");

        List<String> traceability = new ArrayList<>();
        traceability.add("Traceability");
        for (OccupationalTask task : curriculum.getProfile().getTasks()) {
            for (OccupationalResponsibility responsibility : task.getResponsibilities()) {
                traceability.add(task.getNumber() + " " + task.getTitle());
                traceability.add(responsibility.getNumber() + " " + responsibility.getTitle());
            }
        }
        assertInOrder(lines0.subList(at, lines0.size()), traceability, "traceability");
    }

    /** Seed 003 with seed 002 as its appendix: header, range, requirements with items, criteria, the synopsis. */
    static void unitOfCompetency(List<String> lines, SpecificationDocuments.Written written) {
        UnitOfCompetency unit = (UnitOfCompetency) written.curriculum().getComponents().get(0);
        List<String> expected = new ArrayList<>();
        expected.add("Unit " + unit.getNumber() + ": " + unit.getTitle());
        expected.addAll(List.of("Functional area", unit.getFunctionalArea(), "Code", unit.getCode(), "Level",
                unit.getLevel().toString(), "Credit", unit.getCredits().toString()));
        expected.add("Range statement");
        expected.add(unit.getRange());
        expected.add("Performance requirements");
        for (PerformanceRequirement requirement : unit.getPerformanceRequirements()) {
            expected.add(numbered(requirement));
            for (RequirementItem item : requirement.getItems()) {
                expected.add(item.getCode());
                expected.add(item.getTitle());
            }
        }
        expected.add("Assessment criteria");
        for (AssessmentCriterion criterion : unit.getAssessmentCriteria()) {
            expected.add(criterion.getCode());
            expected.add(criterion.getTitle());
        }
        int at = assertInOrder(lines.subList(body(lines, expected.get(0)), lines.size()), expected, "unit of competency");
        assertFalse(unit.getPerformanceRequirements().isEmpty());

        List<String> appendix = new ArrayList<>();
        GuidanceDocument synopsis = synopsisUnit(written).getGuidanceDocuments().get(0);
        for (GuidanceSection section : synopsis.getSections()) {
            appendix.add(section.getHeading());
            for (String point : section.getPoints()) {
                appendix.add("• " + point);
            }
        }
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("Appendix 1: " + synopsis.getTitle())),
                "the topic synopsis is appendix 1");
        assertInOrder(lines.subList(at, lines.size()), appendix, "topic synopsis appendix");
    }

    private static Unit synopsisUnit(SpecificationDocuments.Written written) {
        return (Unit) written.curriculum().eResource().getResourceSet().getResources().stream()
                .flatMap(r -> r.getContents().stream()).filter(Curriculum.class::isInstance).map(Curriculum.class::cast)
                .filter(c -> c != written.curriculum()).findFirst().orElseThrow().getComponents().get(0);
    }
}
