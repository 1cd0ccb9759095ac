// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.curriculum.excel.internal.SheetBuilder;
import org.curriculum.excel.internal.SheetCells;
import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.BarredCombination;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.KnowledgeModule;
import org.curriculum.model.KnowledgeTopic;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.LevelCreditRule;
import org.curriculum.model.OccupationalContext;
import org.curriculum.model.OccupationalProfile;
import org.curriculum.model.OccupationalResponsibility;
import org.curriculum.model.OccupationalTask;
import org.curriculum.model.PartQualification;
import org.curriculum.model.PerformanceRequirement;
import org.curriculum.model.PracticalSkill;
import org.curriculum.model.PracticalSkillsModule;
import org.curriculum.model.Qualification;
import org.curriculum.model.RequirementItem;
import org.curriculum.model.RulesOfCombination;
import org.curriculum.model.TopicElement;
import org.curriculum.model.Unit;
import org.curriculum.model.UnitOfCompetency;
import org.curriculum.model.WorkActivity;
import org.curriculum.model.WorkExperienceModule;
import org.curriculum.model.labels.ElementLabels;

/**
 * Writes a curriculum as a workbook: the curriculum and its occupational profile, the tasks with their
 * responsibilities and contexts, one sheet per kind of module (knowledge modules with topics and
 * weightings, practical skills modules with skills, work experience modules with activities), units
 * with learning outcomes and assessment criteria, units of competency, and the qualifications with
 * their rules of combination. Sheets a curriculum has nothing for are left out. Numbers are numeric cells.
 */
public final class CurriculumWorkbookWriter {

    private static final String[] MODULE = { "Number", "Code", "Title", "Level", "Credits", "Notional hours" };

    private CurriculumWorkbookWriter() {
    }

    public static void write(Curriculum curriculum, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            SheetCells cells = new SheetCells(workbook);
            overview(workbook, cells, curriculum);
            profile(workbook, cells, curriculum.getProfile());
            knowledge(workbook, cells, only(curriculum, KnowledgeModule.class));
            practical(workbook, cells, only(curriculum, PracticalSkillsModule.class));
            workExperience(workbook, cells, only(curriculum, WorkExperienceModule.class));
            units(workbook, cells, only(curriculum, Unit.class));
            competencies(workbook, cells, only(curriculum, UnitOfCompetency.class));
            qualifications(workbook, cells, curriculum.getQualifications());
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static <T> List<T> only(Curriculum curriculum, Class<T> kind) {
        List<T> result = new ArrayList<>();
        for (CurriculumComponent component : curriculum.getComponents()) {
            if (kind.isInstance(component)) {
                result.add(kind.cast(component));
            }
        }
        return result;
    }

    private static String[] with(String[] first, String... rest) {
        String[] all = new String[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    private static Object[] module(CurriculumComponent m, Object... rest) {
        Object[] values = { m.getNumber(), m.getCode(), m.getTitle(), m.getLevel(), m.getCredits(), m.getNotionalHours() };
        Object[] all = new Object[values.length + rest.length];
        System.arraycopy(values, 0, all, 0, values.length);
        System.arraycopy(rest, 0, all, values.length, rest.length);
        return all;
    }

    private static String numbers(List<? extends CurriculumComponent> components) {
        return components.stream().map(ElementLabels::identifier).collect(Collectors.joining(", "));
    }

    private static void overview(SXSSFWorkbook workbook, SheetCells cells, Curriculum c) {
        SheetBuilder sheet = new SheetBuilder(workbook, cells, "Curriculum", new String[] { "Field", "Value" },
                new int[] { 26, 100 });
        sheet.row("Title", c.getTitle());
        sheet.row("Code", c.getCode());
        sheet.row("Version", c.getVersion());
        sheet.row("Status", c.getStatus() == null ? null : c.getStatus().getLiteral());
        sheet.row("Publisher", c.getPublisher());
        sheet.row("Published", c.getPublished());
        sheet.row("Description", c.getDescription());
        sheet.row("Components", c.getComponents().size());
        sheet.row("Qualifications", c.getQualifications().size());
        OccupationalProfile p = c.getProfile();
        if (p != null) {
            sheet.row("Occupation", p.getOccupation());
            sheet.row("OFO code", p.getOfoCode());
            sheet.row("Related occupations", String.join("; ", p.getRelatedOccupations()));
            sheet.row("Specialisations", String.join("; ", p.getSpecialisations()));
            sheet.row("Occupational purpose", p.getPurpose());
            sheet.row("Curriculum scope", p.getScope());
        }
        sheet.finish();
    }

    private static void profile(SXSSFWorkbook workbook, SheetCells cells, OccupationalProfile profile) {
        if (profile == null || profile.getTasks().isEmpty()) {
            return;
        }
        SheetBuilder sheet = new SheetBuilder(workbook, cells, "Tasks",
                new String[] { "Task", "Task title", "Product or service", "Kind", "Number", "Title", "Role level",
                        "Modules" },
                new int[] { 8, 40, 40, 16, 8, 60, 10, 24 });
        for (OccupationalTask task : profile.getTasks()) {
            sheet.row(task.getNumber(), task.getTitle(), task.getProductOrService(), "task", null, null, null, null);
            for (OccupationalResponsibility r : task.getResponsibilities()) {
                sheet.row(task.getNumber(), task.getTitle(), null, "responsibility", r.getNumber(), r.getTitle(), null,
                        numbers(r.getPracticalSkillsModules()));
            }
            for (OccupationalContext context : task.getContexts()) {
                sheet.row(task.getNumber(), task.getTitle(), null, "context", context.getNumber(), context.getTitle(),
                        context.getRoleLevel(), numbers(context.getWorkExperienceModules()));
            }
        }
        sheet.finish();
    }

    private static void knowledge(SXSSFWorkbook workbook, SheetCells cells, List<KnowledgeModule> modules) {
        if (modules.isEmpty()) {
            return;
        }
        SheetBuilder sheet = new SheetBuilder(workbook, cells, "Knowledge modules",
                with(MODULE, "Topic code", "Topic", "Weighting %", "Topic element"),
                new int[] { 10, 18, 40, 6, 8, 10, 12, 50, 10, 60 });
        for (KnowledgeModule m : modules) {
            if (m.getTopics().isEmpty()) {
                sheet.row(module(m));
            }
            for (KnowledgeTopic topic : m.getTopics()) {
                if (topic.getElements().isEmpty()) {
                    sheet.row(module(m, topic.getCode(), topic.getTitle(), topic.getWeighting(), null));
                }
                for (TopicElement element : topic.getElements()) {
                    sheet.row(module(m, topic.getCode(), topic.getTitle(), topic.getWeighting(), element.getTitle()));
                }
            }
        }
        sheet.finish();
    }

    private static void practical(SXSSFWorkbook workbook, SheetCells cells, List<PracticalSkillsModule> modules) {
        if (modules.isEmpty()) {
            return;
        }
        SheetBuilder sheet = new SheetBuilder(workbook, cells, "Practical skills modules",
                with(MODULE, "Skill code", "Practical skill"), new int[] { 10, 18, 40, 6, 8, 10, 12, 70 });
        for (PracticalSkillsModule m : modules) {
            if (m.getSkills().isEmpty()) {
                sheet.row(module(m));
            }
            for (PracticalSkill skill : m.getSkills()) {
                sheet.row(module(m, skill.getCode(), skill.getTitle()));
            }
        }
        sheet.finish();
    }

    private static void workExperience(SXSSFWorkbook workbook, SheetCells cells, List<WorkExperienceModule> modules) {
        if (modules.isEmpty()) {
            return;
        }
        SheetBuilder sheet = new SheetBuilder(workbook, cells, "Work experience modules",
                with(MODULE, "Activity code", "Work activity", "Mode"), new int[] { 10, 18, 40, 6, 8, 10, 12, 70, 18 });
        for (WorkExperienceModule m : modules) {
            if (m.getActivities().isEmpty()) {
                sheet.row(module(m));
            }
            for (WorkActivity activity : m.getActivities()) {
                sheet.row(module(m, activity.getCode(), activity.getTitle(),
                        activity.getMode() == null ? null : activity.getMode().getLiteral()));
            }
        }
        sheet.finish();
    }

    private static void units(SXSSFWorkbook workbook, SheetCells cells, List<Unit> units) {
        if (units.isEmpty()) {
            return;
        }
        SheetBuilder sheet = new SheetBuilder(workbook, cells, "Units",
                new String[] { "Unit", "Reference code", "Title", "Level", "Credits", "GLH", "LO", "Learning outcome",
                        "AC", "Assessment criterion" },
                new int[] { 8, 14, 40, 6, 8, 6, 6, 50, 6, 70 });
        for (Unit u : units) {
            Object[] head = { u.getNumber(), u.getReferenceCode(), u.getTitle(), u.getLevel(), u.getCredits(),
                    u.getGuidedLearningHours() };
            if (u.getLearningOutcomes().isEmpty()) {
                sheet.row(head);
            }
            for (LearningOutcome lo : u.getLearningOutcomes()) {
                if (lo.getAssessmentCriteria().isEmpty()) {
                    sheet.row(head[0], head[1], head[2], head[3], head[4], head[5], lo.getCode(), lo.getTitle());
                }
                for (AssessmentCriterion ac : lo.getAssessmentCriteria()) {
                    sheet.row(head[0], head[1], head[2], head[3], head[4], head[5], lo.getCode(), lo.getTitle(),
                            ac.getCode(), ac.getTitle());
                }
            }
        }
        sheet.finish();
    }

    private static void competencies(SXSSFWorkbook workbook, SheetCells cells, List<UnitOfCompetency> units) {
        if (units.isEmpty()) {
            return;
        }
        SheetBuilder sheet = new SheetBuilder(workbook, cells, "Units of competency",
                with(MODULE, "Functional area", "Requirement", "Performance requirement", "Item"),
                new int[] { 10, 18, 40, 6, 8, 10, 30, 10, 60, 60 });
        for (UnitOfCompetency u : units) {
            if (u.getPerformanceRequirements().isEmpty()) {
                sheet.row(module(u, u.getFunctionalArea()));
            }
            for (PerformanceRequirement requirement : u.getPerformanceRequirements()) {
                if (requirement.getItems().isEmpty()) {
                    sheet.row(module(u, u.getFunctionalArea(), requirement.getCode(), requirement.getTitle(), null));
                }
                for (RequirementItem item : requirement.getItems()) {
                    sheet.row(module(u, u.getFunctionalArea(), requirement.getCode(), requirement.getTitle(),
                            item.getTitle()));
                }
            }
        }
        sheet.finish();
    }

    private static void qualifications(SXSSFWorkbook workbook, SheetCells cells, List<Qualification> qualifications) {
        if (qualifications.isEmpty()) {
            return;
        }
        SheetBuilder sheet = new SheetBuilder(workbook, cells, "Qualifications",
                new String[] { "Qualification", "Number", "Level", "Credit value", "TQT", "GLH", "Rule",
                        "Detail", "Credits", "Components" },
                new int[] { 50, 14, 6, 8, 8, 8, 22, 50, 8, 50 });
        for (Qualification q : qualifications) {
            Object[] head = { q.getTitle(), q.getQualificationNumber(), q.getLevel(), q.getCreditValue(),
                    q.getTotalQualificationTime(), q.getGuidedLearningHours() };
            String kind = q instanceof PartQualification part && part.getFullQualification() != null
                    ? "part of " + ElementLabels.describe(part.getFullQualification())
                    : "qualification";
            sheet.row(head[0], head[1], head[2], head[3], head[4], head[5], kind, null, null, null);
            RulesOfCombination rules = q.getRules();
            if (rules == null) {
                continue;
            }
            sheet.row(head[0], head[1], head[2], head[3], head[4], head[5], "total credits", rules.getNote(),
                    rules.getTotalCredits(), null);
            for (ComponentGroup group : rules.getGroups()) {
                sheet.row(head[0], head[1], head[2], head[3], head[4], head[5],
                        group.isMandatory() ? "mandatory group" : "optional group", group.getTitle(),
                        group.getMinimumCredits(), numbers(group.getComponents()));
            }
            for (LevelCreditRule minimum : rules.getLevelMinimums()) {
                sheet.row(head[0], head[1], head[2], head[3], head[4], head[5], "minimum credit at level",
                        "level " + minimum.getLevel() + (minimum.isAtOrAbove() ? " or above" : ""),
                        minimum.getMinimumCredits(), null);
            }
            for (BarredCombination barred : rules.getBarredCombinations()) {
                sheet.row(head[0], head[1], head[2], head[3], head[4], head[5], "barred combination", barred.getReason(),
                        null, numbers(barred.getComponents()));
            }
        }
        sheet.finish();
    }
}
