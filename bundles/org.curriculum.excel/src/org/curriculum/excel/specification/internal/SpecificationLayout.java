// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.specification.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.curriculum.model.labels.ElementLabels;
import org.curriculum.excel.internal.GridLayout;
import org.curriculum.core.coverage.CoverageGrid;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.BarredCombination;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.GuidanceDocument;
import org.curriculum.model.GuidanceSection;
import org.curriculum.model.KnowledgeModule;
import org.curriculum.model.KnowledgeTopic;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.LevelCreditRule;
import org.curriculum.model.ListingEntry;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingSet;
import org.curriculum.model.GapReview;
import org.curriculum.model.MappingLink;
import org.curriculum.model.ReviewState;
import org.curriculum.model.Reviewable;
import org.curriculum.core.review.ReviewReport;
import org.curriculum.core.review.ReviewThreads;
import org.curriculum.model.NamedElement;
import org.curriculum.model.OccupationalContext;
import org.curriculum.model.OccupationalProfile;
import org.curriculum.model.OccupationalResponsibility;
import org.curriculum.model.OccupationalTask;
import org.curriculum.model.PartQualification;
import org.curriculum.model.PerformanceRequirement;
import org.curriculum.model.PracticalSkillsModule;
import org.curriculum.model.Qualification;
import org.curriculum.model.RequirementItem;
import org.curriculum.model.RulesOfCombination;
import org.curriculum.model.TopicElement;
import org.curriculum.model.Unit;
import org.curriculum.model.UnitOfCompetency;
import org.curriculum.model.WorkActivity;
import org.curriculum.model.WorkActivityMode;
import org.curriculum.model.WorkExperienceModule;
import org.eclipse.emf.ecore.EObject;

/**
 * The layout of the three kinds of specification document, in one place so that an awarding body's or a
 * council's template can replace it: what sections there are, in which order, with which headings and
 * table columns, and which model field fills each. It writes through {@link WordDocument} and reads the
 * model only; a field the model lacks is printed as {@link #NOT_GIVEN} and reported as a warning.
 */
public final class SpecificationLayout {

    /** What a user sees where the model has no value. */
    public static final String NOT_GIVEN = "[not given]";

    /** Unit columns per annexe table: a landscape A4 page holds about this many beside the standards. */
    static final int GRID_COLUMNS_PER_TABLE = 20;

    private static final String OUTCOMES_HEADER = "Learning outcomes: the learner will";
    private static final String CRITERIA_HEADER = "Assessment criteria: the learner can";

    private final WordDocument word;
    private final WordText text;
    private final List<String> warnings;
    private final Map<EObject, String> labels = new HashMap<>();

    /** A layout writing into {@code word}, reporting missing fields to {@code warnings}. */
    public SpecificationLayout(WordDocument word, WordText text, List<String> warnings) {
        this.word = word;
        this.text = text;
        this.warnings = warnings;
    }

    /** The kind of document a curriculum file makes, read from what it holds. */
    public enum Kind {
        /** Seed 000: a profile, modules, full and part qualifications. */
        OCCUPATIONAL_CURRICULUM("Occupational curriculum"),
        /** Seed 003: units of competency only. */
        UNIT_OF_COMPETENCY("Unit of competency"),
        /** Seed 004: a qualification of units. */
        REGULATED_QUALIFICATION("Qualification specification");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The document's subject, e.g. "Qualification specification". */
        public String label() {
            return label;
        }

        /** The kind a curriculum's content calls for. */
        public static Kind of(Curriculum curriculum) {
            if (curriculum.getProfile() != null) {
                return OCCUPATIONAL_CURRICULUM;
            }
            if (!curriculum.getComponents().isEmpty()
                    && curriculum.getComponents().stream().allMatch(UnitOfCompetency.class::isInstance)) {
                return UNIT_OF_COMPETENCY;
            }
            return REGULATED_QUALIFICATION;
        }
    }

    /** Writes the whole document: title page, contents, body, annexes over the mapping sets, appendices. */
    public void write(Curriculum curriculum, List<MappingSet> annexes, List<GuidanceDocument> extraAppendices) {
        Kind kind = Kind.of(curriculum);
        Qualification qualification = curriculum.getQualifications().isEmpty() ? null
                : curriculum.getQualifications().get(0);
        // a qualification specification is titled by its qualification; a curriculum document by the curriculum
        String title = kind == Kind.REGULATED_QUALIFICATION && qualification != null && qualification.getTitle() != null
                ? qualification.getTitle() : given(curriculum, curriculum.getTitle(), "title");
        word.properties(title, kind.label(), curriculum.getPublisher() != null ? curriculum.getPublisher()
                : qualification != null && qualification.getAwardingBody() != null ? qualification.getAwardingBody()
                        : "Curriculum Workbench");
        word.headerAndFooter(title);
        switch (kind) {
        case OCCUPATIONAL_CURRICULUM -> occupationalCurriculum(curriculum, title);
        case UNIT_OF_COMPETENCY -> unitsOfCompetency(curriculum, title);
        default -> regulatedQualification(curriculum, qualification, title);
        }
        char letter = 'A';
        for (MappingSet mapping : annexes) {
            annexe(curriculum, mapping, letter);
            letter = letter == 'Z' ? 'Z' : (char) (letter + 1);
        }
        word.orientation(false);
        List<GuidanceDocument> appendices = new ArrayList<>(curriculum.getGuidanceDocuments());
        for (CurriculumComponent component : curriculum.getComponents()) {
            if (component instanceof Unit unit) {
                appendices.addAll(unit.getGuidanceDocuments());
            }
        }
        appendices.addAll(extraAppendices);
        int number = 1;
        for (GuidanceDocument guidance : appendices) {
            appendix(guidance, number++);
        }
    }

    // ------------------------------------------------------------------ regulated qualification (seed 004)

    private void regulatedQualification(Curriculum curriculum, Qualification qualification, String title) {
        word.title(title);
        List<String[]> titlePage = new ArrayList<>();
        if (qualification == null) {
            warn(curriculum, "holds no qualification: the summary and structure show " + NOT_GIVEN
                    + "; add the qualification with its rules of combination");
        }
        EObject q = qualification != null ? qualification : curriculum;
        titlePage.add(row("Qualification number (QN)", given(q, qualification == null ? null : qualification.getQualificationNumber(), "qualification number")));
        titlePage.add(row("Level", given(q, qualification == null ? null : qualification.getLevel(), "level")));
        titlePage.add(row("Awarding body", given(q, qualification != null && qualification.getAwardingBody() != null
                ? qualification.getAwardingBody() : curriculum.getPublisher(), "awarding body")));
        titlePage.add(row("Issue", given(curriculum, curriculum.getVersion(), "issue (version)")));
        titlePage.add(row("Date", given(curriculum, curriculum.getPublished(), "date of publication")));
        word.fields(titlePage);
        word.tableOfContents("Contents");

        word.heading(1, "Qualification summary");
        List<String[]> summary = new ArrayList<>();
        summary.add(row("Qualification number (QN)", titlePage.get(0)[1]));
        summary.add(row("Level", titlePage.get(1)[1]));
        summary.add(row("Total qualification time (TQT)", given(q, qualification == null ? null : qualification.getTotalQualificationTime(), "total qualification time")));
        summary.add(row("Guided learning hours (GLH)", given(q, qualification == null ? null : qualification.getGuidedLearningHours(), "guided learning hours")));
        summary.add(row("Credit value", given(q, qualification == null ? null : qualification.getCreditValue(), "credit value")));
        word.fields(summary);

        word.heading(1, "Qualification structure");
        if (qualification != null) {
            structure(curriculum, qualification, true);
        }
        for (CurriculumComponent component : curriculum.getComponents()) {
            if (component instanceof Unit unit) {
                unit(unit);
            } else {
                component(component);
            }
        }
    }

    private void unit(Unit unit) {
        text.at(() -> describe(unit));
        word.heading(1, "Unit " + given(unit, unit.getNumber(), "number") + ": " + given(unit, unit.getTitle(), "title"));
        List<String[]> header = new ArrayList<>();
        header.add(row("Unit reference number (Ofqual)", given(unit, unit.getReferenceCode(), "unit reference code")));
        header.add(row("Level", given(unit, unit.getLevel(), "level")));
        header.add(row("Credit value", given(unit, unit.getCredits(), "credit value")));
        header.add(row("Guided learning hours", given(unit, unit.getGuidedLearningHours(), "guided learning hours")));
        word.fields(header);
        word.heading(2, "Unit aim");
        word.paragraph(given(unit, unit.getAim(), "aim"));
        word.heading(2, "Unit introduction");
        word.paragraph(given(unit, unit.getIntroduction(), "introduction"));
        word.heading(2, "Learning outcomes and assessment criteria");
        List<String[]> rows = new ArrayList<>();
        if (unit.getLearningOutcomes().isEmpty()) {
            warn(unit, "has no learning outcomes: its outcomes and criteria table shows " + NOT_GIVEN
                    + "; add the learning outcomes with their assessment criteria");
            rows.add(row(NOT_GIVEN, NOT_GIVEN));
        }
        for (LearningOutcome outcome : unit.getLearningOutcomes()) {
            StringJoiner criteria = new StringJoiner("\n");
            for (AssessmentCriterion criterion : outcome.getAssessmentCriteria()) {
                criteria.add(numbered(criterion));
            }
            if (outcome.getAssessmentCriteria().isEmpty()) {
                warn(outcome, "has no assessment criteria: " + NOT_GIVEN + " is shown beside it");
                criteria.add(NOT_GIVEN);
            }
            rows.add(row(numbered(outcome), criteria.toString()));
        }
        table(new String[] { OUTCOMES_HEADER, CRITERIA_HEADER }, rows, 45, 55);
        word.heading(2, "Unit content");
        if (unit.getLearningOutcomes().isEmpty()) {
            word.paragraph(NOT_GIVEN);
        }
        for (LearningOutcome outcome : unit.getLearningOutcomes()) {
            word.heading(3, numbered(outcome));
            word.paragraph(given(outcome, outcome.getContent(), "unit content"));
        }
        word.heading(2, "Guidance");
        word.paragraph(given(unit, unit.getGuidance(), "guidance"));
    }

    /** A component that is neither a unit nor in the layout of its document kind, with what it has in common. */
    private void component(CurriculumComponent component) {
        text.at(() -> describe(component));
        word.heading(1, ElementLabels.kind(component) + " " + identifierOf(component) + ": "
                + given(component, component.getTitle(), "title"));
        word.fields(componentFields(component));
        word.heading(2, "Purpose");
        word.paragraph(given(component, component.getPurpose(), "purpose"));
    }

    // ------------------------------------------------------------------ rules of combination (seeds 000, 004)

    /** The rules in words, the groups' tables, the barred combinations. */
    private void structure(Curriculum curriculum, Qualification qualification, boolean units) {
        RulesOfCombination rules = qualification.getRules();
        // a unit qualification's structure is a chapter of its own (rules at heading 2); a curriculum's
        // qualifications sit under one chapter with the qualification at heading 2, so the rules stay in its text
        int level = 2;
        if (rules == null) {
            warn(qualification, "has no rules of combination: the structure shows " + NOT_GIVEN);
            word.paragraph(NOT_GIVEN);
            return;
        }
        text.at(() -> describe(rules));
        if (units) {
            word.heading(level, "Rules of combination");
        }
        if (rules.getTotalCredits() != null) {
            word.bullet("To achieve the qualification, learners must achieve a minimum of " + rules.getTotalCredits()
                    + " credits.");
        }
        for (LevelCreditRule minimum : rules.getLevelMinimums()) {
            word.bullet("At least " + minimum.getMinimumCredits() + " credits must be achieved at level "
                    + minimum.getLevel() + (minimum.isAtOrAbove() ? " or above." : "."));
        }
        if (rules.isOnlyListedComponents()) {
            word.bullet("All credits must be achieved from the " + (units ? "units" : "modules") + " listed below.");
        }
        for (ComponentGroup group : rules.getGroups()) {
            word.bullet(groupRule(group, units));
        }
        if (rules.getNote() != null && !rules.getNote().isBlank()) {
            word.paragraph(rules.getNote());
        }
        for (ComponentGroup group : rules.getGroups()) {
            word.heading(3, group.getTitle() != null ? group.getTitle() : NOT_GIVEN);
            groupTable(curriculum, group, units);
        }
        if (!rules.getBarredCombinations().isEmpty()) {
            word.heading(3, "Barred combinations");
            List<String[]> rows = new ArrayList<>();
            for (BarredCombination barred : rules.getBarredCombinations()) {
                StringJoiner members = new StringJoiner(" with ");
                for (CurriculumComponent component : barred.getComponents()) {
                    members.add(present(curriculum, component, barred) ? identifierOf(component) + " " + component.getTitle()
                            : NOT_GIVEN);
                }
                rows.add(row(members.toString(), barred.getReason()));
            }
            table(new String[] { "Cannot be taken together", "As the specification states" }, rows, 55, 45);
        }
    }

    private static String groupRule(ComponentGroup group, boolean units) {
        String what = units ? "units" : "modules";
        StringBuilder rule = new StringBuilder(group.getTitle() != null ? group.getTitle() : NOT_GIVEN).append(": ");
        if (group.isMandatory()) {
            rule.append("all ").append(group.getComponents().size()).append(' ').append(what).append(" must be achieved");
        } else {
            rule.append("optional, ").append(group.getComponents().size()).append(' ').append(what).append(" to choose from");
        }
        if (group.getMinimumCredits() != null) {
            rule.append("; at least ").append(group.getMinimumCredits()).append(" credits");
        }
        if (group.getMaximumCredits() != null) {
            rule.append("; at most ").append(group.getMaximumCredits()).append(" credits");
        }
        if (group.getMinimumComponents() != null) {
            rule.append("; at least ").append(group.getMinimumComponents()).append(' ').append(what);
        }
        return rule.append('.').toString();
    }

    private void groupTable(Curriculum curriculum, ComponentGroup group, boolean units) {
        List<String[]> rows = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        for (CurriculumComponent component : group.getComponents()) {
            if (!present(curriculum, component, group)) {
                rows.add(units ? row(NOT_GIVEN, NOT_GIVEN, NOT_GIVEN, NOT_GIVEN, NOT_GIVEN, NOT_GIVEN)
                        : row(NOT_GIVEN, NOT_GIVEN, NOT_GIVEN, NOT_GIVEN, NOT_GIVEN));
                continue;
            }
            listed.add(component.getNumber());
            rows.add(units
                    ? row(given(component, component.getNumber(), "number"),
                            given(component, component instanceof Unit unit ? unit.getReferenceCode() : component.getCode(), "unit reference code"),
                            given(component, component.getTitle(), "title"), given(component, component.getLevel(), "level"),
                            given(component, component.getCredits(), "credit value"),
                            given(component, component.getGuidedLearningHours(), "guided learning hours"))
                    : row(given(component, component.getCode(), "code"), identifierOf(component),
                            given(component, component.getTitle(), "title"), given(component, component.getLevel(), "NQF level"),
                            given(component, component.getCredits(), "credits")));
        }
        for (ListingEntry entry : group.getEntries()) {
            // the printed listing names a component the group does not hold: the rule refers to something missing
            if (entry.getNumber() != null && !listed.contains(entry.getNumber()) && group.getComponents().stream()
                    .noneMatch(c -> entry.getNumber().equals(c.getNumber()))) {
                warnText(describeGroup(group) + " lists " + ElementLabels.describe(entry)
                        + ", which is not among its components: shown as " + NOT_GIVEN);
            }
        }
        if (group.getComponents().isEmpty()) {
            warnText(describeGroup(group) + " holds no " + (units ? "units" : "modules") + ": its table shows " + NOT_GIVEN);
            rows.add(units ? row(NOT_GIVEN, NOT_GIVEN, NOT_GIVEN, NOT_GIVEN, NOT_GIVEN, NOT_GIVEN)
                    : row(NOT_GIVEN, NOT_GIVEN, NOT_GIVEN, NOT_GIVEN, NOT_GIVEN));
        }
        if (units) {
            table(new String[] { "Unit", "Unit reference number (Ofqual)", "Title", "Level", "Credit", "GLH" }, rows,
                    8, 14, 48, 10, 10, 10);
        } else {
            table(new String[] { "Code", "Number", "Title", "NQF level", "Credits" }, rows, 12, 9, 59, 10, 10);
        }
    }

    /** Whether a component a rule names is really there; reports it when it is not. */
    private boolean present(Curriculum curriculum, CurriculumComponent component, EObject rule) {
        // held by this curriculum's components list: asked directly, as a list search per rule entry is quadratic
        if (component.eIsProxy() || component.eContainer() != curriculum
                || component.eContainmentFeature() != CurriculumPackage.Literals.CURRICULUM__COMPONENTS) {
            warnText(describeRule(rule) + " refers to " + ElementLabels.describe(component)
                    + ", which is not in this curriculum: shown as " + NOT_GIVEN + "; correct the rule or add the component");
            return false;
        }
        return true;
    }

    private static String describeGroup(ComponentGroup group) {
        return "Group \"" + (group.getTitle() != null ? group.getTitle() : "(untitled)") + "\" of the rules of combination of "
                + ElementLabels.describe(group.eContainer() == null ? group : group.eContainer().eContainer());
    }

    private static String describeRule(EObject rule) {
        return rule instanceof ComponentGroup group ? describeGroup(group) : ElementLabels.describe(rule);
    }

    // ------------------------------------------------------------------ occupational curriculum (seed 000)

    private void occupationalCurriculum(Curriculum curriculum, String title) {
        OccupationalProfile profile = curriculum.getProfile();
        word.title(title);
        List<String[]> titlePage = new ArrayList<>();
        titlePage.add(row("OFO code", given(profile, profile.getOfoCode(), "OFO code")));
        titlePage.add(row("Occupation", given(profile, profile.getOccupation(), "occupation")));
        titlePage.add(row("Status", curriculum.getStatus() == null ? NOT_GIVEN : curriculum.getStatus().getLiteral()));
        titlePage.add(row("Version", given(curriculum, curriculum.getVersion(), "version")));
        word.fields(titlePage);
        word.tableOfContents("Contents");

        text.at(() -> describe(profile));
        word.heading(1, "Occupational profile");
        List<String[]> fields = new ArrayList<>();
        fields.add(row("OFO code", titlePage.get(0)[1]));
        fields.add(row("Occupation", titlePage.get(1)[1]));
        fields.add(row("Related occupations", given(profile, String.join("\n", profile.getRelatedOccupations()),
                "related occupations")));
        fields.add(row("Specialisations", given(profile, String.join("\n", profile.getSpecialisations()), "specialisations")));
        word.fields(fields);
        word.heading(2, "Occupational purpose");
        word.paragraph(given(profile, profile.getPurpose(), "occupational purpose"));
        word.heading(2, "Curriculum scope");
        word.paragraph(given(profile, profile.getScope(), "scope"));
        word.heading(2, "Occupational tasks");
        if (profile.getTasks().isEmpty()) {
            warn(profile, "has no occupational tasks: shown as " + NOT_GIVEN);
            word.paragraph(NOT_GIVEN);
        }
        for (OccupationalTask task : profile.getTasks()) {
            text.at(() -> describe(task));
            word.heading(3, "Task " + given(task, task.getNumber(), "number") + ": " + given(task, task.getTitle(), "title"));
            word.labelled("Unique product or service", given(task, task.getProductOrService(), "unique product or service"));
            List<String[]> responsibilities = new ArrayList<>();
            for (OccupationalResponsibility responsibility : task.getResponsibilities()) {
                responsibilities.add(row(given(responsibility, responsibility.getNumber(), "number"),
                        given(responsibility, responsibility.getTitle(), "title")));
            }
            if (responsibilities.isEmpty()) {
                warn(task, "has no occupational responsibilities: shown as " + NOT_GIVEN);
                responsibilities.add(row(NOT_GIVEN, NOT_GIVEN));
            }
            table(new String[] { "No.", "Occupational responsibilities" }, responsibilities, 8, 92);
            List<String[]> contexts = new ArrayList<>();
            for (OccupationalContext context : task.getContexts()) {
                contexts.add(row(given(context, context.getNumber(), "number"), given(context, context.getTitle(), "title"),
                        given(context, context.getRoleLevel(), "role level"), given(context, context.getRole(), "role")));
            }
            if (contexts.isEmpty()) {
                warn(task, "has no occupational contexts: shown as " + NOT_GIVEN);
                contexts.add(row(NOT_GIVEN, NOT_GIVEN, NOT_GIVEN, NOT_GIVEN));
            }
            word.caption("Occupational contexts by role level");
            table(new String[] { "No.", "Occupational contexts", "Role level", "Role" }, contexts, 8, 60, 10, 22);
        }

        word.heading(1, "Curriculum summary");
        List<String[]> summary = new ArrayList<>();
        for (CurriculumComponent component : curriculum.getComponents()) {
            summary.add(row(moduleType(component), given(component, component.getCode(), "code"), identifierOf(component),
                    given(component, component.getTitle(), "title"), given(component, component.getLevel(), "NQF level"),
                    given(component, component.getCredits(), "credits")));
        }
        table(new String[] { "Type", "Code", "Number", "Title", "NQF level", "Credits" }, summary, 6, 10, 7, 51, 13, 13);

        modules(curriculum, KnowledgeModule.class, "Knowledge modules");
        modules(curriculum, PracticalSkillsModule.class, "Practical skills modules");
        modules(curriculum, WorkExperienceModule.class, "Work experience modules");
        for (CurriculumComponent component : curriculum.getComponents()) {
            if (!(component instanceof KnowledgeModule || component instanceof PracticalSkillsModule
                    || component instanceof WorkExperienceModule)) {
                component(component);
            }
        }

        word.heading(1, "Qualifications");
        for (Qualification qualification : curriculum.getQualifications()) {
            text.at(() -> describe(qualification));
            word.heading(2, given(qualification, qualification.getTitle(), "title"));
            if (qualification instanceof PartQualification part) {
                word.labelled("Part of", part.getFullQualification() == null ? NOT_GIVEN
                        : given(part.getFullQualification(), part.getFullQualification().getTitle(), "title"));
            }
            structure(curriculum, qualification, false);
        }
        if (curriculum.getQualifications().isEmpty()) {
            warn(curriculum, "holds no qualification: shown as " + NOT_GIVEN);
            word.paragraph(NOT_GIVEN);
        }
        traceability(profile);
    }

    private static String moduleType(CurriculumComponent component) {
        return component instanceof KnowledgeModule ? "KM"
                : component instanceof PracticalSkillsModule ? "PM" : component instanceof WorkExperienceModule ? "WM"
                        : ElementLabels.kind(component);
    }

    private void modules(Curriculum curriculum, Class<? extends CurriculumComponent> type, String heading) {
        word.heading(1, heading);
        boolean any = false;
        for (CurriculumComponent component : curriculum.getComponents()) {
            if (!type.isInstance(component)) {
                continue;
            }
            any = true;
            text.at(() -> describe(component));
            word.heading(2, moduleType(component) + " " + identifierOf(component) + ": " + given(component, component.getTitle(), "title"));
            word.fields(componentFields(component));
            word.heading(3, "Purpose");
            word.paragraph(given(component, component.getPurpose(), "purpose"));
            if (component instanceof KnowledgeModule knowledge) {
                knowledgeModule(knowledge);
            } else if (component instanceof PracticalSkillsModule practical) {
                practicalModule(practical);
            } else if (component instanceof WorkExperienceModule work) {
                workModule(work);
            }
        }
        if (!any) {
            word.paragraph("This curriculum has no " + heading.toLowerCase() + ".");
        }
    }

    private List<String[]> componentFields(CurriculumComponent component) {
        List<String[]> fields = new ArrayList<>();
        fields.add(row("Code", given(component, component.getCode(), "code")));
        fields.add(row("NQF level", given(component, component.getLevel(), "NQF level")));
        fields.add(row("Credits", given(component, component.getCredits(), "credits")));
        return fields;
    }

    private void knowledgeModule(KnowledgeModule module) {
        word.heading(3, "Topics");
        List<String[]> rows = new ArrayList<>();
        for (KnowledgeTopic topic : module.getTopics()) {
            StringJoiner elements = new StringJoiner("\n");
            for (TopicElement element : topic.getElements()) {
                elements.add(numbered(element));
            }
            rows.add(row(numbered(topic), given(topic, topic.getWeighting() == null ? null : topic.getWeighting() + "%",
                    "weighting"), elements.toString()));
        }
        if (rows.isEmpty()) {
            warn(module, "has no topics: shown as " + NOT_GIVEN);
            rows.add(row(NOT_GIVEN, NOT_GIVEN, NOT_GIVEN));
        }
        table(new String[] { "Topic", "Weighting", "Topic elements" }, rows, 42, 15, 43);
    }

    private void practicalModule(PracticalSkillsModule module) {
        word.heading(3, "Practical skills");
        codeAndTitleTable(module, module.getSkills(), "practical skills", new String[] { "Code", "Practical skill" }, 15);
        word.heading(3, "Internal assessment criteria");
        if (module.getAssessmentCriteria().isEmpty()) {
            warn(module, "has no internal assessment criteria: shown as " + NOT_GIVEN);
            word.paragraph(NOT_GIVEN);
        }
        for (AssessmentCriterion criterion : module.getAssessmentCriteria()) {
            word.bullet(numbered(criterion));
        }
    }

    private void workModule(WorkExperienceModule module) {
        word.heading(3, "Work activities");
        List<String[]> rows = new ArrayList<>();
        for (WorkActivity activity : module.getActivities()) {
            rows.add(row(given(activity, activity.getCode(), "code"), given(activity, activity.getTitle(), "title"),
                    activity.getMode() == null || activity.getMode() == WorkActivityMode.UNSPECIFIED ? ""
                            : activity.getMode().getLiteral()));
        }
        if (rows.isEmpty()) {
            warn(module, "has no work activities: shown as " + NOT_GIVEN);
            rows.add(row(NOT_GIVEN, NOT_GIVEN, NOT_GIVEN));
        }
        table(new String[] { "Code", "Work activity", "How" }, rows, 15, 65, 20);
        word.heading(3, "Supporting evidence");
        if (module.getSupportingEvidence().isEmpty()) {
            warn(module, "has no supporting evidence: shown as " + NOT_GIVEN);
            word.paragraph(NOT_GIVEN);
        }
        for (String evidence : module.getSupportingEvidence()) {
            word.bullet(evidence);
        }
    }

    private void traceability(OccupationalProfile profile) {
        text.at(() -> describe(profile));
        word.heading(1, "Traceability");
        word.heading(2, "Tasks, responsibilities and practical skills modules");
        List<String[]> practical = new ArrayList<>();
        List<String[]> work = new ArrayList<>();
        for (OccupationalTask task : profile.getTasks()) {
            String taskLabel = given(task, task.getNumber(), "number") + " " + given(task, task.getTitle(), "title");
            for (OccupationalResponsibility responsibility : task.getResponsibilities()) {
                practical.add(row(taskLabel, responsibility.getNumber() + " " + responsibility.getTitle(),
                        modulesOf(responsibility, new ArrayList<>(responsibility.getPracticalSkillsModules()))));
            }
            for (OccupationalContext context : task.getContexts()) {
                work.add(row(taskLabel, context.getNumber() + " " + context.getTitle(),
                        modulesOf(context, new ArrayList<>(context.getWorkExperienceModules()))));
            }
        }
        table(new String[] { "Occupational task", "Occupational responsibility", "Practical skills module" }, practical, 34, 33, 33);
        word.heading(2, "Tasks, contexts and work experience modules");
        table(new String[] { "Occupational task", "Occupational context", "Work experience module" }, work, 34, 33, 33);
    }

    private String modulesOf(MappableItem traced, List<CurriculumComponent> modules) {
        if (modules.isEmpty()) {
            warn(traced, "traces to no module: the traceability table shows " + NOT_GIVEN);
            return NOT_GIVEN;
        }
        StringJoiner names = new StringJoiner("\n");
        for (CurriculumComponent module : modules) {
            names.add(module.eIsProxy() ? NOT_GIVEN : moduleType(module) + " " + identifierOf(module) + " " + module.getTitle());
        }
        return names.toString();
    }

    // ------------------------------------------------------------------ unit of competency (seed 003)

    private void unitsOfCompetency(Curriculum curriculum, String title) {
        word.title(title);
        word.tableOfContents("Contents");
        for (CurriculumComponent component : curriculum.getComponents()) {
            UnitOfCompetency unit = (UnitOfCompetency) component;
            text.at(() -> describe(unit));
            word.heading(1, "Unit " + identifierOf(unit) + ": " + given(unit, unit.getTitle(), "title"));
            List<String[]> header = new ArrayList<>();
            header.add(row("Functional area", given(unit, unit.getFunctionalArea(), "functional area")));
            header.add(row("Title", given(unit, unit.getTitle(), "title")));
            header.add(row("Code", given(unit, unit.getCode(), "code")));
            header.add(row("Level", given(unit, unit.getLevel(), "level")));
            header.add(row("Credit", given(unit, unit.getCredits(), "credit")));
            word.fields(header);
            word.heading(2, "Range statement");
            word.paragraph(given(unit, unit.getRange(), "range statement"));
            if (unit.getRemark() != null && !unit.getRemark().isBlank()) {
                word.labelled("Remark", unit.getRemark());
            }
            word.heading(2, "Performance requirements");
            if (unit.getPerformanceRequirements().isEmpty()) {
                warn(unit, "has no performance requirements: shown as " + NOT_GIVEN);
                word.paragraph(NOT_GIVEN);
            }
            for (PerformanceRequirement requirement : unit.getPerformanceRequirements()) {
                word.heading(3, numbered(requirement));
                List<String[]> items = new ArrayList<>();
                for (RequirementItem item : requirement.getItems()) {
                    items.add(row(given(item, item.getCode(), "number"), given(item, item.getTitle(), "text")));
                }
                if (!items.isEmpty()) {
                    table(new String[] { "No.", "Requirement" }, items, 12, 88);
                }
            }
            word.heading(2, "Assessment criteria");
            if (unit.getDescription() != null && !unit.getDescription().isBlank()) {
                word.paragraph(unit.getDescription());
            }
            codeAndTitleTable(unit, unit.getAssessmentCriteria(), "assessment criteria",
                    new String[] { "No.", "Assessment criterion" }, 8);
        }
    }

    // ------------------------------------------------------------------ annexes and appendices

    /** A mapping set as the published grid: standards down (grouped by section), the document's units across. */
    private void annexe(Curriculum curriculum, MappingSet mapping, char letter) {
        text.at(() -> describe(mapping));
        if (mapping.getSource() != curriculum) {
            warn(mapping, "maps " + ElementLabels.describe(mapping.getSource())
                    + ", not this document's curriculum: it is left out of the annexes");
            return;
        }
        word.orientation(true);
        String title = given(mapping, mapping.getTitle(), "title");
        // a mapping set imported from a published annexe is often titled "Annexe B: ..." already
        word.heading(1, title.startsWith("Annex") ? title : "Annexe " + letter + ": " + title);
        if (mapping.getDescription() != null && !mapping.getDescription().isBlank()) {
            word.paragraph(mapping.getDescription());
        }
        word.labelled("Key", (mapping.getKey() != null && !mapping.getKey().isBlank() ? mapping.getKey() + ". " : "")
                + GridLayout.PARTIAL_MARK + " partial coverage; " + GridLayout.FULL_MARK + " full coverage; "
                + GridLayout.DERIVED_PARTIAL_MARK + " covered through an outcome or criterion; blank: no coverage.");
        CoverageGrid grid = CoverageGrid.of(mapping);
        List<MappableItem> columns = grid.items();
        CoverageGrid.Marks marks = grid.marks(columns, GridOrientation.STANDARDS_IN_ROWS);
        List<List<String>> groupRows = new ArrayList<>();
        List<MappableItem> rows = new ArrayList<>();
        List<int[]> rowMarks = new ArrayList<>();
        for (CoverageGrid.Group group : grid.standardGroups()) {
            int[][] marked = marks.of(group.members());
            if (group.title() != null) {
                rows.add(null);
                rowMarks.add(null);
                groupRows.add(List.of(group.title()));
            }
            for (int r = 0; r < marked.length; r++) {
                rows.add(group.members().get(r));
                rowMarks.add(marked[r]);
                groupRows.add(null);
            }
        }
        for (int first = 0; first < Math.max(1, columns.size()); first += GRID_COLUMNS_PER_TABLE) {
            int end = Math.min(columns.size(), first + GRID_COLUMNS_PER_TABLE);
            if (columns.size() > GRID_COLUMNS_PER_TABLE) {
                word.heading(2, "Units " + identifierOf(columns.get(first)) + " to " + identifierOf(columns.get(end - 1)));
            }
            String[] headers = new String[end - first + 3];
            headers[0] = "Code";
            headers[1] = "Standard";
            for (int c = first; c < end; c++) {
                headers[c - first + 2] = identifierOf(columns.get(c));
            }
            headers[headers.length - 1] = "Total";
            List<String[]> table = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                MappableItem standard = rows.get(r);
                String[] cells = new String[headers.length];
                if (standard == null) {
                    cells[1] = groupRows.get(r).get(0);
                    table.add(cells);
                    continue;
                }
                cells[0] = given(standard, standard.getCode(), "code");
                cells[1] = given(standard, standard.getTitle(), "title");
                for (int position : rowMarks.get(r)) {
                    if (position >= first && position < end) {
                        cells[position - first + 2] = mark(grid.cell(standard, columns.get(position)));
                    }
                }
                cells[cells.length - 1] = Integer.toString(grid.standardTotal(standard));
                table.add(cells);
            }
            String[] totals = new String[headers.length];
            totals[1] = "Standards covered by the unit";
            for (int c = first; c < end; c++) {
                totals[c - first + 2] = Integer.toString(grid.itemTotal(columns.get(c)));
            }
            table.add(totals);
            int[] weights = new int[headers.length];
            Arrays.fill(weights, 3);
            weights[0] = 5;
            weights[1] = 24;
            weights[weights.length - 1] = 4;
            word.table(headers, table, weights, true);
        }
        int[] covered = grid.covered(grid.standards());
        word.paragraph("Standards covered: " + covered[0] + " of " + grid.standards().size() + "; fully: " + covered[1] + ".");
        if (ReviewReport.hasReview(mapping)) {
            review(ReviewReport.of(grid));
        }
    }

    /** The council's review of the annexe's grid: where it stands, then each reviewed cell and gap with its thread. */
    private void review(ReviewReport report) {
        MappingSet mapping = report.mapping();
        word.heading(2, "Review of the grid");
        word.paragraph("Links: " + report.links() + "; accepted " + report.links(ReviewState.ACCEPTED) + ", queried "
                + report.links(ReviewState.QUERIED) + ", rejected " + report.links(ReviewState.REJECTED) + ", proposed "
                + report.links(ReviewState.PROPOSED) + ". Reviewed: " + report.reviewed() + " of " + report.decisions()
                + " decisions (" + report.reviewedPercent() + "%). Unjustified gaps: " + report.unjustifiedGaps().size()
                + "." + (mapping.isApprovedPublication() ? " The grid is an approved publication: links not reviewed"
                        + " since read as accepted." : ""));
        List<String[]> table = new ArrayList<>();
        for (MappingLink link : mapping.getLinks()) {
            if (ReviewThreads.hasReviewOrComments(link)) {
                table.add(reviewRow(ElementLabels.cell(link), link));
            }
        }
        for (GapReview gap : mapping.getGapReviews()) {
            String[] row = reviewRow("gap " + identifierOf(gap.getStandard()), gap);
            String thread = row[4];
            row[4] = gap.getJustification() == null ? thread
                    : "Justification: " + gap.getJustification() + (thread == null ? "" : "\n" + thread);
            table.add(row);
        }
        if (!table.isEmpty()) {
            word.table(new String[] { "Cell", "State", "Reviewer", "Date", "Comments" }, table,
                    new int[] { 6, 4, 6, 4, 20 }, true);
        }
    }

    private static String[] reviewRow(String cell, Reviewable reviewable) {
        return new String[] { cell, ElementLabels.reviewState(reviewable), reviewable.getReviewer(),
                ReviewThreads.day(reviewable.getReviewedOn()), ReviewThreads.text(reviewable) };
    }

    private static String mark(CoverageGrid.Cell cell) {
        if (cell == null) {
            return null;
        }
        boolean full = cell.level() == CoverageLevel.FULL;
        return cell.derived() ? (full ? GridLayout.DERIVED_FULL_MARK : GridLayout.DERIVED_PARTIAL_MARK)
                : full ? GridLayout.FULL_MARK : GridLayout.PARTIAL_MARK;
    }

    private void appendix(GuidanceDocument guidance, int number) {
        text.at(() -> describe(guidance));
        String owner = guidance.eContainer() instanceof CurriculumComponent component
                ? " (" + ElementLabels.describe(component) + ")" : "";
        word.heading(1, "Appendix " + number + ": " + given(guidance, guidance.getTitle(), "title") + owner);
        if (guidance.getSections().isEmpty()) {
            warn(guidance, "has no sections: shown as " + NOT_GIVEN);
            word.paragraph(NOT_GIVEN);
        }
        for (GuidanceSection section : guidance.getSections()) {
            word.heading(2, section.getHeading() != null ? section.getHeading()
                    : section.getKind() != null ? section.getKind().getLiteral() : NOT_GIVEN);
            if (section.getText() != null && !section.getText().isBlank()) {
                word.paragraph(section.getText());
            }
            for (String point : section.getPoints()) {
                word.bullet(point);
            }
        }
    }

    // ------------------------------------------------------------------ values

    /** A two-column table of numbered items (code, title); an owner without any gets a [not given] row and a warning. */
    private void codeAndTitleTable(EObject owner, List<? extends NamedElement> items, String what, String[] headers,
            int codeWeight) {
        List<String[]> rows = new ArrayList<>();
        for (NamedElement item : items) {
            rows.add(row(given(item, item.getCode(), "number"), given(item, item.getTitle(), "text")));
        }
        if (rows.isEmpty()) {
            warn(owner, "has no " + what + ": shown as " + NOT_GIVEN);
            rows.add(row(NOT_GIVEN, NOT_GIVEN));
        }
        table(headers, rows, codeWeight, 100 - codeWeight);
    }

    private void table(String[] headers, List<String[]> rows, int... weights) {
        word.table(headers, rows, weights, false);
    }

    private static String[] row(String... cells) {
        return cells;
    }

    /** "1.1 Explain ..." for a numbered element. */
    private String numbered(NamedElement element) {
        String code = element.getCode();
        String title = given(element, element.getTitle(), "text");
        return code == null || code.isBlank() ? title : code.strip() + " " + title;
    }

    private static String identifierOf(EObject element) {
        String id = ElementLabels.identifier(element);
        return id == null ? NOT_GIVEN : id;
    }

    /** The value, or {@link #NOT_GIVEN} with a warning naming the element and the missing field. */
    private String given(EObject element, Object value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            warn(element, "has no " + field + ": the document shows " + NOT_GIVEN);
            return NOT_GIVEN;
        }
        return value.toString();
    }

    private void warn(EObject element, String problem) {
        warnText(describe(element) + " " + problem);
    }

    /** An element's label, worked out once: a unit lacking three fields is named in three warnings. */
    private String describe(EObject element) {
        return labels.computeIfAbsent(element, ElementLabels::describe);
    }

    private void warnText(String warning) {
        warnings.add(warning);
    }
}
