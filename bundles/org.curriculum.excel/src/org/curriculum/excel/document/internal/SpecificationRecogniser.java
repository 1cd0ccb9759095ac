// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.document.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.curriculum.excel.ImportFinding;
import org.curriculum.excel.document.internal.DocumentBlocks.Block;
import org.curriculum.excel.document.internal.DocumentBlocks.Cell;
import org.curriculum.excel.document.internal.DocumentBlocks.Line;
import org.curriculum.excel.document.internal.DocumentBlocks.Paragraph;
import org.curriculum.excel.document.internal.DocumentBlocks.Table;
import org.curriculum.excel.document.internal.DocumentVocabulary.Field;
import org.curriculum.excel.document.internal.DocumentVocabulary.ModuleHeading;
import org.curriculum.excel.document.internal.DocumentVocabulary.Numbered;
import org.curriculum.excel.document.internal.DocumentVocabulary.Section;
import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.BarredCombination;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.KnowledgeModule;
import org.curriculum.model.KnowledgeTopic;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.LevelCreditRule;
import org.curriculum.model.ListingEntry;
import org.curriculum.model.OccupationalContext;
import org.curriculum.model.OccupationalProfile;
import org.curriculum.model.OccupationalResponsibility;
import org.curriculum.model.OccupationalTask;
import org.curriculum.model.PracticalSkill;
import org.curriculum.model.PerformanceRequirement;
import org.curriculum.model.PracticalSkillsModule;
import org.curriculum.model.Property;
import org.curriculum.model.Qualification;
import org.curriculum.model.RulesOfCombination;
import org.curriculum.model.TopicElement;
import org.curriculum.model.Unit;
import org.curriculum.model.UnitOfCompetency;
import org.curriculum.model.WorkActivity;
import org.curriculum.model.WorkActivityMode;
import org.curriculum.model.WorkExperienceModule;

/**
 * Reads the blocks of a Word document in order and builds a curriculum from what it recognises (by the rules
 * of {@link DocumentVocabulary}): units from their heading, label/value table or labelled paragraphs, outcomes
 * and criteria from tables or numbered paragraphs, the qualification's summary and rules of combination, and
 * a QCTO curriculum's profile, tasks and modules, and units of competency (a heading, a functional area line and a
 * table of the unit's fields, its performance requirements and assessment criteria). Every block it does not take in becomes an
 * {@link ImportFinding}.
 */
public final class SpecificationRecogniser {

    private static final CurriculumFactory MAKE = CurriculumFactory.eINSTANCE;

    /** A numbered item in a QCTO table: "KM-01-T1 Title", "PM-01-S2: Title", "1.2 Title" (a first token with a digit). */
    private static final Pattern CODED = Pattern.compile("^([A-Za-z0-9][A-Za-z0-9.\\-/]*\\d[A-Za-z0-9.\\-/]*)[:.)]?\\s+(\\S.*)$");
    /** "304 and 204", "Unit 304 with Unit 204": a barred pair written as a line under the rules. */
    private static final Pattern BARRED_PAIR = Pattern.compile(
            "(?i)^(?:unit\\s+)?([A-Za-z]{0,2}[\\-\\s]?\\d+)\\*?\\s+(?:and|with|&)\\s+(?:unit\\s+)?([A-Za-z]{0,2}[\\-\\s]?\\d+)\\*?\\.?$");
    /** "Mandatory units: all 3 units must be achieved." or "Optional units: optional, 6 units to choose from; at least 6 credits." */
    private static final Pattern GROUP_RULE = Pattern.compile(
            "(?i)^([^:]{1,80}):\\s*((?:all \\d+ (?:units|modules) must be (?:achieved|taken)|optional, \\d+ (?:units|modules)).*)$");
    private static final Pattern BARE_CODE = Pattern.compile("^(?:ac\\s*)?[0-9PMDpmd][0-9.]*[.)]?$");

    /** Sections in which a "Label: value" paragraph is a field (null: just after a unit's or module's heading). */
    private static final Set<Section> FIELD_SECTIONS = new HashSet<>(Arrays.asList(null,
            Section.SUMMARY, Section.PROFILE, Section.TASKS, Section.MODULES, Section.QUALIFICATIONS, Section.RANGE));

    private final Curriculum curriculum = MAKE.createCurriculum();
    private final List<ImportFinding> findings = new ArrayList<>();
    private final Map<ComponentGroup, List<String[]>> listings = new LinkedHashMap<>();
    private final List<String[]> barred = new ArrayList<>();
    private final Map<String, String> groupRules = new LinkedHashMap<>();
    private final List<ComponentGroup> withoutRule = new ArrayList<>();
    private final Map<CurriculumComponent, String> startedAt = new LinkedHashMap<>();
    private final List<CurriculumComponent> filledByTable = new ArrayList<>();

    private String heading;
    private Section section;
    private Unit unit;
    private UnitOfCompetency competency;
    private LearningOutcome outcome;
    private CurriculumComponent module;
    private OccupationalTask task;
    private Qualification qualification;
    private String groupTitle;
    private String pendingCriterion;
    private boolean pendingOutcomeTitle;

    /** The curriculum built so far. */
    public Curriculum curriculum() {
        return curriculum;
    }

    /** The import report so far. */
    public List<ImportFinding> findings() {
        return findings;
    }

    /** Takes in one block of the body. */
    public void accept(Block block) {
        if (block instanceof Paragraph p) {
            if (p.title()) {
                if (DocumentVocabulary.competencyHeading(p.text()) != null) {
                    // a document of units of competency may put "Unit of Competency" in the Title style
                    heading = p.text().strip();
                    startsStructure(p, heading);
                } else if (curriculum.getTitle() == null) {
                    curriculum.setTitle(p.text().strip());
                } else {
                    report(p, p.text(), "a second title paragraph; the first one titles the curriculum");
                }
            } else if (p.heading() > 0) {
                heading(p);
            } else {
                paragraph(p);
            }
        } else if (block instanceof Table t) {
            table(t);
        }
    }

    // ------------------------------------------------------------------ headings

    private void heading(Paragraph p) {
        String text = DocumentVocabulary.stripPageNumber(p.text());
        heading = text;
        pendingCriterion = null;
        pendingOutcomeTitle = false;
        if (startsStructure(p, text)) {
            return;
        }
        if (competency != null && section == Section.REQUIREMENTS && DocumentVocabulary.requirement(text) != null) {
            // the workbench's own layout: each performance requirement a heading over a table of its items
            CompetencyCells.requirements(competency, List.of(new Line(text, false)), reporter(p.where()));
            return;
        }
        if (unit != null && (section == Section.OUTCOMES || section == Section.CONTENT)) {
            Numbered o = DocumentVocabulary.outcome(text, true);
            if (o != null) {
                outcomeFor(o, p, section == Section.CONTENT);
                return;
            }
        } else if (unit != null) {
            Numbered o = DocumentVocabulary.outcome(text, false);
            if (o != null) {
                section = Section.OUTCOMES;
                outcomeFor(o, p, false);
                return;
            }
        }
        Section named = DocumentVocabulary.section(text);
        boolean inRules = section == Section.RULES || section == Section.BARRED || section == Section.QUALIFICATIONS;
        if (inRules && p.heading() > 1 && (named == null || named == Section.MODULES)) {
            if (section == Section.QUALIFICATIONS && p.heading() == 2) {
                qualification = MAKE.createQualification();
                qualification.setTitle(text);
                curriculum.getQualifications().add(qualification);
            } else {
                groupTitle = text;
            }
            return;
        }
        if (named != null) {
            openSection(named, p, text);
            return;
        }
        if (section == Section.GUIDANCE && unit != null && p.heading() > 1) {
            unit.setGuidance(append(unit.getGuidance(), text));
            return;
        }
        if (p.heading() == 1) {
            closeComponent();
        }
        report(p, text, "heading not recognised as a unit, module, task or section; what follows it is reported "
                + "unless it is recognised on its own");
        section = null;
    }

    private void openSection(Section named, Paragraph p, String text) {
        section = named;
        switch (named) {
        case RULES, SUMMARY, PROFILE, TASKS, MODULES -> {
            if (p.heading() <= 2) {
                closeComponent();
            }
        }
        case QUALIFICATIONS -> {
            closeComponent();
            qualification = null;
        }
        case NOT_IMPORTED -> {
            closeComponent();
            report(p, text, "section not imported (contents, annexes, appendices and traceability tables are not "
                    + "part of the curriculum's structure): its paragraphs and tables are listed below");
        }
        default -> {
        }
        }
        if (named == Section.BARRED || named == Section.RULES) {
            groupTitle = null;
        }
    }

    private void closeComponent() {
        unit = null;
        competency = null;
        outcome = null;
        module = null;
        if (section != Section.TASKS) {
            task = null;
        }
    }

    /** A unit, module or task heading (or a short paragraph written like one) starts that element. */
    private boolean startsStructure(Paragraph p, String text) {
        if (section == Section.NOT_IMPORTED && p.heading() != 1) {
            return false;
        }
        Numbered c = DocumentVocabulary.competencyHeading(text);
        if (c != null) {
            startCompetency(c.number(), c.title(), p.where());
            return true;
        }
        Numbered u = DocumentVocabulary.unit(text);
        if (u != null) {
            startUnit(u.number(), u.title(), p.where());
            return true;
        }
        ModuleHeading m = DocumentVocabulary.module(text);
        if (m != null) {
            startModule(m.kind(), m.number(), m.title(), p.where());
            return true;
        }
        Numbered t = DocumentVocabulary.task(text);
        if (t != null) {
            startTask(t.number(), t.title());
            return true;
        }
        return false;
    }

    private void startUnit(String number, String title, String where) {
        closeComponent();
        section = null;
        // a contents list names every unit once before the units themselves: the later, filled one is kept
        for (CurriculumComponent c : curriculum.getComponents()) {
            if (c instanceof Unit existing && number.equals(existing.getNumber()) && empty(existing)) {
                unit = existing;
                unit.setTitle(title);
                startedAt.put(unit, where);
                return;
            }
        }
        unit = MAKE.createUnit();
        unit.setNumber(number);
        unit.setTitle(title);
        curriculum.getComponents().add(unit);
        startedAt.put(unit, where);
    }

    private void startCompetency(String code, String title, String where) {
        closeComponent();
        section = null;
        competency = MAKE.createUnitOfCompetency();
        if (code != null) {
            competency.setCode(code);
            competency.setNumber(code);
        }
        if (!DocumentVocabulary.isBlank(title)) {
            competency.setTitle(title);
        }
        curriculum.getComponents().add(competency);
        startedAt.put(competency, where);
    }

    private void startModule(String kind, String number, String title, String where) {
        closeComponent();
        section = null;
        module = findModule(kind, number);
        if (module == null) {
            module = newModule(kind, number);
            startedAt.put(module, where);
        }
        if (!DocumentVocabulary.isBlank(title)) {
            module.setTitle(title);
        }
    }

    private CurriculumComponent findModule(String kind, String number) {
        String bare = stripZeros(number);
        for (CurriculumComponent c : curriculum.getComponents()) {
            if (kindOf(c).equals(kind) && bare.equals(stripZeros(c.getNumber()))) {
                return c;
            }
        }
        return null;
    }

    private CurriculumComponent newModule(String kind, String number) {
        CurriculumComponent created = switch (kind) {
        case "KM" -> MAKE.createKnowledgeModule();
        case "PM" -> MAKE.createPracticalSkillsModule();
        default -> MAKE.createWorkExperienceModule();
        };
        created.setNumber(stripZeros(number));
        curriculum.getComponents().add(created);
        return created;
    }

    private static String kindOf(CurriculumComponent c) {
        return c instanceof KnowledgeModule ? "KM" : c instanceof PracticalSkillsModule ? "PM"
                : c instanceof WorkExperienceModule ? "WM" : "";
    }

    private static String stripZeros(String number) {
        if (number == null) {
            return "";
        }
        String stripped = number.strip().replaceFirst("^0+(?=\\d)", "");
        return stripped;
    }

    private void startTask(String number, String title) {
        OccupationalProfile profile = profile();
        unit = null;
        module = null;
        task = MAKE.createOccupationalTask();
        task.setNumber(number);
        task.setTitle(title);
        profile.getTasks().add(task);
        section = Section.TASKS;
    }

    private OccupationalProfile profile() {
        if (curriculum.getProfile() == null) {
            curriculum.setProfile(MAKE.createOccupationalProfile());
        }
        return curriculum.getProfile();
    }

    // ------------------------------------------------------------------ paragraphs

    private void paragraph(Paragraph p) {
        String text = p.text().strip();
        if (DocumentVocabulary.introLine(text) || DocumentVocabulary.isBlank(text)) {
            return;
        }
        if (section == Section.NOT_IMPORTED) {
            report(p, text, "in a section that is not imported");
            return;
        }
        // units and modules whose documents use no heading styles: a short line written like a heading
        if (text.length() <= 200 && (p.bold() || section == null || section == Section.MODULES)
                && startsStructure(p, text)) {
            return;
        }
        // "Label: value" lines set fields only where fields are listed, not inside running text ("Planning aims: ...")
        String[] labelled = FIELD_SECTIONS.contains(section) ? DocumentVocabulary.labelled(text) : null;
        if (labelled != null && setField(labelled[0], labelled[1], p.where(), true)) {
            return;
        }
        switch (section == null ? Section.NOT_IMPORTED : section) {
        case AIM -> {
            if (unit != null) {
                unit.setAim(append(unit.getAim(), text));
            } else if (module != null) {
                module.setPurpose(append(module.getPurpose(), text));
            } else {
                report(p, text, "an aim outside any unit");
            }
        }
        case PURPOSE -> {
            if (module != null) {
                module.setPurpose(append(module.getPurpose(), text));
            } else if (unit != null) {
                unit.setAim(append(unit.getAim(), text));
            } else {
                report(p, text, "a purpose outside any unit or module");
            }
        }
        case INTRODUCTION -> {
            if (unit != null) {
                unit.setIntroduction(append(unit.getIntroduction(), text));
            } else {
                report(p, text, "an introduction outside any unit (the document's own introduction is not imported)");
            }
        }
        case GUIDANCE -> {
            if (unit != null) {
                unit.setGuidance(append(unit.getGuidance(), text));
            } else {
                report(p, text, "guidance outside any unit");
            }
        }
        case OCCUPATIONAL_PURPOSE -> profile().setPurpose(append(profile().getPurpose(), text));
        case SCOPE -> profile().setScope(append(profile().getScope(), text));
        case RANGE -> {
            if (competency != null) {
                competency.setRange(append(competency.getRange(), text));
            } else {
                report(p, text, "a range statement outside any unit of competency");
            }
        }
        case REQUIREMENTS -> {
            if (competency != null) {
                CompetencyCells.requirements(competency, List.of(new Line(text, p.listItem())), reporter(p.where()));
            } else {
                report(p, text, "performance requirements outside any unit of competency");
            }
        }
        case OUTCOMES -> {
            if (competency != null) {
                // a unit of competency's assessment criteria under their heading: the intro line, then criteria
                CompetencyCells.criteria(competency, List.of(new Line(text, p.listItem())), reporter(p.where()));
            } else {
                outcomeLine(p, text, p.listItem());
            }
        }
        case CONTENT -> contentLine(p, text);
        case RULES, BARRED, QUALIFICATIONS -> ruleLine(p, text);
        case MODULE_CRITERIA -> {
            if (module instanceof PracticalSkillsModule practical) {
                String bullet = DocumentVocabulary.typedBullet(text);
                Matcher coded = CODED.matcher(bullet != null ? bullet : text);
                AssessmentCriterion criterion = MAKE.createAssessmentCriterion();
                if (coded.matches()) {
                    criterion.setCode(coded.group(1));
                    criterion.setTitle(coded.group(2).strip());
                } else {
                    criterion.setTitle(bullet != null ? bullet : text);
                }
                practical.getAssessmentCriteria().add(criterion);
            } else {
                report(p, text, "assessment criteria outside a practical skills module or a unit's outcomes");
            }
        }
        case EVIDENCE -> {
            if (module instanceof WorkExperienceModule work) {
                String bullet = DocumentVocabulary.typedBullet(text);
                work.getSupportingEvidence().add(bullet != null ? bullet : text);
            } else {
                report(p, text, "supporting evidence outside a work experience module");
            }
        }
        default -> {
            if (unit != null && (DocumentVocabulary.criterion(text) != null || DocumentVocabulary.outcome(text, false) != null)) {
                outcomeLine(p, text, p.listItem());
            } else {
                report(p, text, unit != null ? "text in unit " + unit.getNumber() + " outside its aim, outcomes, content and guidance"
                        : competency != null ? "text in a unit of competency outside its table of fields"
                        : module != null ? "text in a module outside its purpose and tables" : "not recognised as part of a unit, module or qualification");
            }
        }
        }
    }

    /** A line in a unit's outcomes: an outcome, a criterion (numbered or bulleted under its outcome), or a report. */
    private void outcomeLine(Paragraph p, String text, boolean listItem) {
        if (unit == null) {
            report(p, text, "learning outcomes or criteria outside any unit");
            return;
        }
        Numbered c = DocumentVocabulary.criterion(text);
        if (c != null) {
            pendingOutcomeTitle = false;
            if (c.title().isEmpty()) {
                pendingCriterion = c.number();
            } else {
                addCriterion(c.number(), c.title(), p.where());
            }
            return;
        }
        Numbered o = DocumentVocabulary.outcome(text, !listItem);
        if (o != null) {
            outcomeFor(o, p, false);
            pendingOutcomeTitle = o.title().isEmpty();
            return;
        }
        String bullet = DocumentVocabulary.typedBullet(text);
        if (pendingCriterion != null) {
            addCriterion(pendingCriterion, bullet != null ? bullet : text, p.where());
            pendingCriterion = null;
        } else if (pendingOutcomeTitle && outcome != null) {
            outcome.setTitle(text);
            pendingOutcomeTitle = false;
        } else if ((bullet != null || listItem) && outcome != null) {
            addCriterion(null, bullet != null ? bullet : text, p.where());
        } else {
            report(p, text, "text among the learning outcomes that is neither an outcome nor a criterion");
        }
    }

    private void contentLine(Paragraph p, String text) {
        if (unit == null) {
            report(p, text, "unit content outside any unit");
            return;
        }
        Numbered o = DocumentVocabulary.outcome(text, true);
        if (o != null) {
            LearningOutcome found = findOutcome(o.number());
            if (found != null && (o.title().isEmpty() || found.getTitle() == null
                    || sameStart(found.getTitle(), o.title()))) {
                outcome = found;
                return;
            }
        }
        if (outcome != null) {
            outcome.setContent(append(outcome.getContent(), text));
        } else {
            report(p, text, "unit content before any learning outcome it belongs to");
        }
    }

    private static boolean sameStart(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int n = Math.min(30, Math.min(x.length(), y.length()));
        return x.regionMatches(0, y, 0, n);
    }

    private void ruleLine(Paragraph p, String text) {
        String bullet = DocumentVocabulary.typedBullet(text);
        String rule = bullet != null ? bullet : text;
        Matcher pair = BARRED_PAIR.matcher(rule);
        if (pair.matches()) {
            barred.add(new String[] { pair.group(1) + " with " + pair.group(2), null, p.where() });
            return;
        }
        Matcher groupRule = GROUP_RULE.matcher(rule);
        if (groupRule.matches()) {
            groupRules.put(groupRule.group(1).strip(), groupRule.group(2));
            return;
        }
        Integer total = DocumentVocabulary.totalCredits(rule);
        int[] minimum = DocumentVocabulary.levelMinimum(rule);
        if (minimum != null) {
            LevelCreditRule level = MAKE.createLevelCreditRule();
            level.setMinimumCredits(minimum[0]);
            level.setLevel(minimum[1]);
            level.setAtOrAbove(minimum[2] == 1);
            rules().getLevelMinimums().add(level);
        } else if (total != null) {
            rules().setTotalCredits(total);
        } else if (rule.toLowerCase(Locale.ROOT).contains("listed below") || rule.toLowerCase(Locale.ROOT).contains("listed in")) {
            rules().setOnlyListedComponents(true);
        } else if (!p.listItem() && bullet == null && rule.length() <= 120 && !rule.endsWith(".")) {
            // a caption or a bold line above a group's table names the group
            groupTitle = rule;
        } else {
            report(p, text, "a rule of combination in words that is not recognised (total credits, credits at a level "
                    + "and the group tables are); check the imported rules against it");
        }
    }

    private RulesOfCombination rules() {
        if (qualification == null) {
            qualification = MAKE.createQualification();
            qualification.setTitle(curriculum.getTitle());
            curriculum.getQualifications().add(qualification);
        }
        if (qualification.getRules() == null) {
            qualification.setRules(MAKE.createRulesOfCombination());
        }
        return qualification.getRules();
    }

    // ------------------------------------------------------------------ outcomes and criteria

    private void outcomeFor(Numbered o, Paragraph p, boolean selectOnly) {
        LearningOutcome found = findOutcome(o.number());
        if (found == null && selectOnly) {
            report(p, o.title(), "unit content for outcome " + o.number() + ", which unit " + unit.getNumber() + " does not have");
            outcome = null;
            return;
        }
        if (found == null) {
            found = MAKE.createLearningOutcome();
            found.setCode(o.number());
            unit.getLearningOutcomes().add(found);
        }
        if (!selectOnly && !o.title().isEmpty()) {
            found.setTitle(o.title());
        }
        outcome = found;
    }

    private LearningOutcome findOutcome(String number) {
        for (LearningOutcome candidate : unit.getLearningOutcomes()) {
            if (number.equals(candidate.getCode())) {
                return candidate;
            }
        }
        return null;
    }

    /** Adds a criterion under the outcome its number names ("2.1" under 2), else under the current outcome. */
    private void addCriterion(String code, String text, String where) {
        LearningOutcome owner = outcome;
        if (code != null && code.matches("\\d+\\..*")) {
            LearningOutcome named = findOutcome(code.substring(0, code.indexOf('.')));
            if (named != null) {
                owner = named;
            } else if (owner == null) {
                owner = MAKE.createLearningOutcome();
                owner.setCode(code.substring(0, code.indexOf('.')));
                unit.getLearningOutcomes().add(owner);
                findings.add(new ImportFinding(where(where), text, "criterion " + code + " of an outcome "
                        + owner.getCode() + " that the document does not state: an outcome without a title was made"));
            }
        }
        if (owner == null) {
            findings.add(new ImportFinding(where(where), text, "a criterion before any learning outcome of unit "
                    + unit.getNumber() + ": not imported"));
            return;
        }
        AssessmentCriterion criterion = MAKE.createAssessmentCriterion();
        criterion.setCode(code != null ? code : owner.getCode() + "." + (owner.getAssessmentCriteria().size() + 1));
        criterion.setTitle(text.strip());
        owner.getAssessmentCriteria().add(criterion);
        outcome = owner;
    }

    // ------------------------------------------------------------------ fields

    /**
     * Sets the field a label names on the element it belongs to; false if no element here has such a field.
     * {@code paragraph}: a "Label: value" line, which sets a unit's field only inside a unit.
     */
    private boolean setField(String label, String value, String where, boolean paragraph) {
        Field field = DocumentVocabulary.field(label);
        if (field == null) {
            return false;
        }
        String v = DocumentVocabulary.isBlank(value) ? null : value.strip();
        switch (field) {
        case QUALIFICATION_NUMBER, QUALIFICATION_TITLE, TQT, AWARDING_BODY -> {
            qualificationField(field, v, label, where);
            return true;
        }
        case OFO_CODE -> {
            profile().setOfoCode(v);
            return true;
        }
        case OCCUPATION -> {
            profile().setOccupation(v);
            return true;
        }
        case PRODUCT_OR_SERVICE -> {
            if (task == null) {
                return false;
            }
            task.setProductOrService(v);
            return true;
        }
        case FUNCTIONAL_AREA -> {
            // "Functional Area: ..." opens a unit of competency when no heading did
            if (competency == null || paragraph && filledByTable.contains(competency)) {
                startCompetency(null, null, where);
            }
        }
        default -> {
        }
        }
        if (competency != null) {
            return competencyField(field, v, label, where);
        }
        if (unit != null) {
            return unitField(field, v, label, where);
        }
        if (module != null) {
            return moduleField(field, v, label, where);
        }
        if (!paragraph || section == Section.SUMMARY) {
            qualificationField(field, v, label, where);
            return true;
        }
        return false;
    }

    private boolean unitField(Field field, String v, String label, String where) {
        switch (field) {
        case TITLE -> unit.setTitle(v);
        case NUMBER -> unit.setNumber(v == null ? null : v.replaceFirst("(?i)^unit\\s+", ""));
        case REFERENCE -> {
            unit.setReferenceCode(v);
            if (unit.getCode() == null) {
                unit.setCode(v);
            }
        }
        case CODE -> unit.setCode(v);
        case LEVEL -> unit.setLevel(whole(v, label, where, "level"));
        case CREDIT -> unit.setCredits(whole(v, label, where, "credit value"));
        case GLH -> unit.setGuidedLearningHours(whole(v, label, where, "guided learning hours"));
        case NOTIONAL_HOURS -> unit.setNotionalHours(whole(v, label, where, "notional hours"));
        case AIM, PURPOSE -> unit.setAim(v);
        case INTRODUCTION -> unit.setIntroduction(v);
        default -> {
            return false;
        }
        }
        return true;
    }

    private boolean competencyField(Field field, String v, String label, String where) {
        switch (field) {
        case TITLE -> competency.setTitle(v);
        case NUMBER -> competency.setNumber(v);
        case CODE, REFERENCE -> {
            competency.setCode(v);
            // a unit of competency is known by its code: it is its number too unless the document gives one
            if (competency.getNumber() == null) {
                competency.setNumber(v);
            }
        }
        case LEVEL -> competency.setLevel(whole(v, label, where, "level"));
        case CREDIT -> {
            competency.setCredits(whole(v, label, where, "credit"));
            String note = DocumentVocabulary.bracketedNote(v);
            if (note != null) {
                // "6 (for reference only)": the words in brackets qualify the credit and are kept beside it
                Property property = MAKE.createProperty();
                property.setKey("creditNote");
                property.setValue(note);
                competency.getProperties().add(property);
            }
        }
        case GLH -> competency.setGuidedLearningHours(whole(v, label, where, "guided learning hours"));
        case NOTIONAL_HOURS -> competency.setNotionalHours(whole(v, label, where, "notional hours"));
        case AIM, PURPOSE -> competency.setPurpose(v);
        case FUNCTIONAL_AREA -> competency.setFunctionalArea(v);
        case RANGE -> competency.setRange(v);
        case REMARK -> competency.setRemark(v);
        case COMPETENCY -> CompetencyCells.requirements(competency, textLines(v), reporter(where));
        case ASSESSMENT_CRITERIA -> CompetencyCells.criteria(competency, textLines(v), reporter(where));
        default -> {
            return false;
        }
        }
        return true;
    }

    private static List<Line> textLines(String value) {
        List<Line> lines = new ArrayList<>();
        for (String line : lines(value)) {
            lines.add(new Line(line, false));
        }
        return lines;
    }

    private CompetencyCells.Reporter reporter(String place) {
        return (excerpt, why) -> findings.add(new ImportFinding(where(place), excerpt, why));
    }

    /**
     * Whether a table is a unit of competency's fields: most rows start with a label, one of them the competency,
     * the range or the functional area, none a qualification's or profile's.
     */
    private static boolean competencyTableLabels(Table t) {
        int rows = 0;
        int labelled = 0;
        boolean competencyField = false;
        for (List<Cell> row : t.rows()) {
            List<Cell> filled = filled(row);
            if (filled.isEmpty()) {
                continue;
            }
            rows++;
            Field f = DocumentVocabulary.field(filled.get(0).text());
            if (f == Field.QUALIFICATION_NUMBER || f == Field.QUALIFICATION_TITLE || f == Field.OFO_CODE
                    || f == Field.OCCUPATION) {
                return false;
            }
            labelled += f == null ? 0 : 1;
            competencyField |= f == Field.COMPETENCY || f == Field.RANGE || f == Field.FUNCTIONAL_AREA;
        }
        return competencyField && labelled >= 2 && labelled * 2 >= rows;
    }

    /**
     * A unit of competency's table (seed 003): label | value rows; the competency and assessment criteria cells
     * are read line by line, keeping Word's bullets, every other row sets the field its label names.
     */
    private void competencyTable(Table t) {
        if (unit != null && empty(unit) && unit.getLearningOutcomes().isEmpty()) {
            // "Unit 105569L5: Title" over a unit of competency's fields: the heading was this unit's
            Unit heading = unit;
            curriculum.getComponents().remove(heading);
            startedAt.remove(heading);
            startCompetency(heading.getNumber(), heading.getTitle(), t.where());
        } else if (competency == null || filledByTable.contains(competency)) {
            startCompetency(null, null, t.where());
        }
        filledByTable.add(competency);
        for (int r = 0; r < t.rows().size(); r++) {
            List<Cell> filled = filled(t.rows().get(r));
            if (filled.isEmpty()) {
                continue;
            }
            String label = filled.get(0).text();
            String where = t.where() + ", row " + (r + 1);
            List<Line> lines = new ArrayList<>();
            filled.subList(1, filled.size()).forEach(c -> lines.addAll(c.lines()));
            Field field = DocumentVocabulary.field(label);
            if (field == Field.COMPETENCY) {
                CompetencyCells.requirements(competency, lines, reporter(where));
            } else if (field == Field.ASSESSMENT_CRITERIA) {
                CompetencyCells.criteria(competency, lines, reporter(where));
            } else {
                String value = String.join("\n", lines.stream().map(Line::text).toList());
                if (!setField(label, value, where, false)) {
                    findings.add(new ImportFinding(where(where), label + ": " + value,
                            "a label that names no field of a unit of competency: not imported"));
                }
            }
        }
    }

    /**
     * The workbench's own layout: a "No. | Requirement" table under a requirement's heading (its items) or a
     * "No. | Assessment criterion" table under the assessment criteria heading.
     */
    private void competencyListTable(Table t) {
        boolean requirements = section == Section.REQUIREMENTS;
        List<PerformanceRequirement> made = competency.getPerformanceRequirements();
        PerformanceRequirement owner = made.isEmpty() ? null : made.get(made.size() - 1);
        for (int r = 1; r < t.rows().size(); r++) {
            List<Cell> row = t.rows().get(r);
            if (rowBlank(row)) {
                continue;
            }
            String code = row.size() > 1 ? row.get(0).text().strip() : "";
            String title = row.get(row.size() - 1).text().strip();
            if (DocumentVocabulary.isBlank(title)) {
                report(t, r, rowText(row), "a row without a text: not imported");
            } else if (requirements && owner == null) {
                report(t, r, rowText(row), "an item before any performance requirement: not imported");
            } else if (requirements) {
                CompetencyCells.item(owner, code.isEmpty() ? null : code, title);
            } else {
                CompetencyCells.criterion(competency, code.isEmpty() ? null : code, title);
            }
        }
    }

    private boolean moduleField(Field field, String v, String label, String where) {
        switch (field) {
        case TITLE -> module.setTitle(v);
        case NUMBER -> module.setNumber(v);
        case CODE, REFERENCE -> module.setCode(v);
        case LEVEL -> module.setLevel(whole(v, label, where, "NQF level"));
        case CREDIT -> module.setCredits(whole(v, label, where, "credits"));
        case NOTIONAL_HOURS -> module.setNotionalHours(whole(v, label, where, "notional hours"));
        case GLH -> module.setGuidedLearningHours(whole(v, label, where, "guided learning hours"));
        case AIM, PURPOSE -> module.setPurpose(v);
        default -> {
            return false;
        }
        }
        return true;
    }

    private void qualificationField(Field field, String v, String label, String where) {
        if (qualification == null) {
            rules();
            qualification.setRules(null);
        }
        switch (field) {
        case QUALIFICATION_NUMBER -> {
            qualification.setQualificationNumber(v);
            // the number is what a qualification is known by: it is its code too unless the document gives one
            if (qualification.getCode() == null) {
                qualification.setCode(v);
            }
        }
        case QUALIFICATION_TITLE, TITLE -> qualification.setTitle(v);
        case TQT -> qualification.setTotalQualificationTime(whole(v, label, where, "total qualification time"));
        case AWARDING_BODY -> qualification.setAwardingBody(v);
        case LEVEL -> qualification.setLevel(whole(v, label, where, "level"));
        case CREDIT -> qualification.setCreditValue(whole(v, label, where, "credit value"));
        case GLH -> qualification.setGuidedLearningHours(whole(v, label, where, "guided learning hours"));
        default -> findings.add(new ImportFinding(where(where), label + ": " + (v == null ? "" : v),
                "a qualification has no such field: not imported"));
        }
    }

    /** A whole number from the value, or from the label ("Level 2: BTEC Specialist"); a report if neither has one. */
    private Integer whole(String value, String label, String where, String what) {
        Integer number = DocumentVocabulary.number(value);
        if (number == null) {
            number = DocumentVocabulary.number(label);
        }
        if (number == null && value != null) {
            findings.add(new ImportFinding(where(where), label + ": " + value, "the " + what + " is not a whole number: left empty"));
        }
        return number;
    }

    // ------------------------------------------------------------------ tables

    private void table(Table t) {
        if (t.rows().isEmpty()) {
            return;
        }
        if (section == Section.NOT_IMPORTED) {
            report(t, headerText(t.rows().get(0)), "a table in a section that is not imported");
            return;
        }
        if (competencyTableLabels(t)) {
            // before the outcomes check: a competency's criteria row may speak of "outcome requirements"
            competencyTable(t);
            return;
        }
        if (competency != null && (section == Section.REQUIREMENTS || section == Section.OUTCOMES)
                && has(t.rows().get(0), "requirement", "criteri")) {
            competencyListTable(t);
            return;
        }
        for (int h = 0; h < Math.min(3, t.rows().size()); h++) {
            int[] outcomes = range(t.rows().get(h), DocumentVocabulary::outcomeHeader);
            int[] criteria = range(t.rows().get(h), DocumentVocabulary::criteriaHeader);
            if (outcomes != null && criteria != null && outcomes[0] != criteria[0]) {
                outcomesTable(t, h, outcomes, criteria);
                return;
            }
        }
        List<Cell> header = t.rows().get(0);
        boolean inRules = section == Section.RULES || section == Section.QUALIFICATIONS || section == Section.BARRED;
        if (has(header, "title") && has(header, "type") && has(header, "code", "number", "no")) {
            summaryOfModules(t);
            return;
        }
        if (inRules && !has(header, "cannot be taken", "barred", "excluded") && groupHeaderRow(t) >= 0) {
            groupTable(t);
            return;
        }
        if (labelValueTable(t)) {
            return;
        }
        if (has(header, "topic") && module instanceof KnowledgeModule km) {
            topics(t, km);
        } else if (has(header, "practical skill") && module instanceof PracticalSkillsModule pm) {
            codedRows(t, "practical skill", (code, title, row) -> {
                PracticalSkill skill = MAKE.createPracticalSkill();
                skill.setCode(code);
                skill.setTitle(title);
                pm.getSkills().add(skill);
            });
        } else if (has(header, "work activit") && module instanceof WorkExperienceModule wm) {
            int how = column(header, "how", "mode");
            codedRows(t, "work activit", (code, title, row) -> {
                WorkActivity activity = MAKE.createWorkActivity();
                activity.setCode(code);
                activity.setTitle(title);
                String mode = how < 0 ? null : textAt(row, how);
                WorkActivityMode literal = mode == null ? null : WorkActivityMode.get(mode.strip().toLowerCase(Locale.ROOT));
                if (literal != null) {
                    activity.setMode(literal);
                }
                wm.getActivities().add(activity);
            });
        } else if (has(header, "responsibilit") && task != null && !has(header, "occupational task")) {
            codedRows(t, "responsibilit", (code, title, row) -> {
                OccupationalResponsibility responsibility = MAKE.createOccupationalResponsibility();
                responsibility.setNumber(code);
                responsibility.setTitle(title);
                task.getResponsibilities().add(responsibility);
            });
        } else if (has(header, "context") && task != null && !has(header, "occupational task")) {
            int level = column(header, "role level", "level");
            int role = columnExactly(header, "role");
            codedRows(t, "context", (code, title, row) -> {
                OccupationalContext context = MAKE.createOccupationalContext();
                context.setNumber(code);
                context.setTitle(title);
                context.setRoleLevel(level < 0 ? null : DocumentVocabulary.number(textAt(row, level)));
                context.setRole(role < 0 || DocumentVocabulary.isBlank(textAt(row, role)) ? null : textAt(row, role));
                task.getContexts().add(context);
            });
        } else if (has(header, "cannot be taken", "barred", "excluded")) {
            for (int r = 1; r < t.rows().size(); r++) {
                List<Cell> row = t.rows().get(r);
                barred.add(new String[] { textAt(row, 0), row.size() > 1 ? textAt(row, row.get(1).column()) : null,
                        t.where() + ", row " + (r + 1) });
            }
        } else if (groupHeaderRow(t) >= 0) {
            groupTable(t);
        } else {
            report(t, headerText(header), "table not recognised (not a unit's fields, outcomes and criteria, a "
                    + "group of the rules of combination or a module's table)");
        }
    }

    private interface RowReader {
        void read(String code, String title, List<Cell> row);
    }

    /** Rows of a "No. | Title" table: the code from the first column (or the title's first token), the title. */
    private void codedRows(Table t, String titleKeyword, RowReader reader) {
        List<Cell> header = t.rows().get(0);
        int titleColumn = column(header, titleKeyword);
        for (int r = 1; r < t.rows().size(); r++) {
            List<Cell> row = t.rows().get(r);
            String title = textAt(row, titleColumn);
            String code = null;
            for (Cell cell : row) {
                if (cell.column() < titleColumn && !cell.text().isBlank()) {
                    code = cell.text();
                }
            }
            if (DocumentVocabulary.isBlank(title)) {
                if (!rowBlank(row)) {
                    report(t, r, rowText(row), "a row without a title: not imported");
                }
                continue;
            }
            Matcher coded = CODED.matcher(title);
            if (code == null && coded.matches()) {
                code = coded.group(1);
                title = coded.group(2);
            }
            reader.read(DocumentVocabulary.isBlank(code) ? null : code, title.strip(), row);
        }
    }

    private void topics(Table t, KnowledgeModule km) {
        List<Cell> header = t.rows().get(0);
        int topicColumn = column(header, "topic");
        int weight = column(header, "weight", "%");
        int elementsColumn = column(header, "element");
        if (elementsColumn == topicColumn) {
            elementsColumn = -1;
        }
        for (int r = 1; r < t.rows().size(); r++) {
            List<Cell> row = t.rows().get(r);
            String text = textAt(row, topicColumn);
            if (DocumentVocabulary.isBlank(text)) {
                if (!rowBlank(row)) {
                    report(t, r, rowText(row), "a topic row without a topic: not imported");
                }
                continue;
            }
            KnowledgeTopic topic = MAKE.createKnowledgeTopic();
            Matcher coded = CODED.matcher(text);
            if (coded.matches()) {
                topic.setCode(coded.group(1));
                topic.setTitle(coded.group(2).strip());
            } else {
                topic.setTitle(text.strip());
            }
            if (weight >= 0 && !DocumentVocabulary.isBlank(textAt(row, weight))) {
                topic.setWeighting(DocumentVocabulary.number(textAt(row, weight)));
            }
            if (elementsColumn >= 0) {
                for (String line : lines(textAt(row, elementsColumn))) {
                    if (DocumentVocabulary.isBlank(line)) {
                        continue;
                    }
                    TopicElement element = MAKE.createTopicElement();
                    Matcher c = CODED.matcher(line);
                    if (c.matches()) {
                        element.setCode(c.group(1));
                        element.setTitle(c.group(2).strip());
                    } else {
                        element.setTitle(line.strip());
                    }
                    topic.getElements().add(element);
                }
            }
            km.getTopics().add(topic);
        }
    }

    /** A QCTO curriculum summary: one row per module, its type (KM, PM, WM), code, number, title, level, credits. */
    private void summaryOfModules(Table t) {
        List<Cell> header = t.rows().get(0);
        int type = column(header, "type");
        int code = columnExactly(header, "code");
        int number = column(header, "number", "no");
        int title = column(header, "title");
        int level = column(header, "level");
        int credits = column(header, "credit");
        for (int r = 1; r < t.rows().size(); r++) {
            List<Cell> row = t.rows().get(r);
            String kind = textAt(row, type).strip().toUpperCase(Locale.ROOT);
            ModuleHeading m = DocumentVocabulary.module(kind + " " + textAt(row, number) + " " + textAt(row, title));
            if (m == null || !List.of("KM", "PM", "WM").contains(kind)) {
                report(t, r, rowText(row), "a row whose type is not KM, PM or WM: not imported");
                continue;
            }
            CurriculumComponent found = findModule(m.kind(), m.number());
            if (found == null) {
                found = newModule(m.kind(), m.number());
                startedAt.put(found, t.where() + ", row " + (r + 1));
            }
            found.setTitle(textAt(row, title).strip());
            if (code >= 0 && !DocumentVocabulary.isBlank(textAt(row, code))) {
                found.setCode(textAt(row, code).strip());
            }
            if (level >= 0) {
                found.setLevel(DocumentVocabulary.number(textAt(row, level)));
            }
            if (credits >= 0) {
                found.setCredits(DocumentVocabulary.number(textAt(row, credits)));
            }
        }
    }

    /** The first of the first three rows that heads a group's listing (a unit or number column beside a title one), or -1. */
    private static int groupHeaderRow(Table t) {
        for (int r = 0; r < Math.min(3, t.rows().size()); r++) {
            if (groupHeader(t.rows().get(r))) {
                return r;
            }
        }
        return -1;
    }

    /** "Unit | Title | Level | Credit" or "Unit | Mandatory units | Credit | Level" or "Code | Number | Title | ...". */
    private static boolean groupHeader(List<Cell> row) {
        boolean number = false;
        boolean title = false;
        for (Cell cell : row) {
            String h = DocumentVocabulary.normalise(cell.text());
            number |= NUMBER_HEADERS.contains(h) || h.contains("reference") || h.equals("code");
            title |= h.contains("title") || h.endsWith("units") || h.endsWith("modules") || h.startsWith("group");
        }
        return number && title;
    }

    private static final List<String> NUMBER_HEADERS = List.of("unit", "number", "no", "unit number", "unit no");

    /**
     * The groups of the rules of combination: a table's rows name units (or modules) by number, reference and
     * title under a header row; a header row inside the table ("Unit | Optional units") starts the next group,
     * titled by its title cell when that names units or modules, else by the heading or caption above.
     */
    private void groupTable(Table t) {
        int first = groupHeaderRow(t);
        for (int r = 0; r < first; r++) {
            // a caption row above the header: the qualification the groups belong to
            String caption = rowText(t.rows().get(r));
            if (!caption.isBlank() && qualification != null && qualification.getTitle() == null) {
                qualification.setTitle(caption);
            }
        }
        ComponentGroup group = null;
        int number = -1;
        int reference = -1;
        int title = -1;
        List<String[]> rows = null;
        for (int r = first; r < t.rows().size(); r++) {
            List<Cell> row = t.rows().get(r);
            if (rowBlank(row)) {
                continue;
            }
            if (groupHeader(row)) {
                number = -1;
                reference = -1;
                title = -1;
                String name = null;
                for (Cell cell : row) {
                    String h = DocumentVocabulary.normalise(cell.text());
                    if (number < 0 && NUMBER_HEADERS.contains(h)) {
                        number = cell.column();
                    } else if (reference < 0 && (h.contains("reference") || h.equals("code"))) {
                        reference = cell.column();
                    } else if (title < 0 && (h.contains("title") || h.endsWith("units") || h.endsWith("modules")
                            || h.startsWith("group"))) {
                        title = cell.column();
                        name = h.contains("title") ? null : cell.text().strip();
                    }
                }
                if (name == null) {
                    name = groupTitle != null ? groupTitle : heading != null ? heading : "Units";
                }
                group = MAKE.createComponentGroup();
                group.setTitle(name);
                group.setMandatory(DocumentVocabulary.mandatoryGroup(name));
                rules().getGroups().add(group);
                groupTitle = null;
                // the rule in words usually comes before the table; one that comes after is applied at the end
                String rule = groupRules.remove(name.strip());
                if (rule != null) {
                    applyGroupRule(group, rule);
                } else {
                    withoutRule.add(group);
                }
                rows = new ArrayList<>();
                listings.put(group, rows);
                continue;
            }
            rows.add(new String[] { number < 0 ? null : textAt(row, number).replace("*", "").strip(),
                    reference < 0 ? null : textAt(row, reference), title < 0 ? null : textAt(row, title),
                    t.where() + ", row " + (r + 1) });
        }
    }

    /** A table of labels and values, down (label | value) or across (labels in the first row); false if it is none. */
    private boolean labelValueTable(Table t) {
        List<String[]> pairs = new ArrayList<>();
        int labelled = 0;
        for (int r = 0; r < t.rows().size(); r++) {
            List<Cell> row = t.rows().get(r);
            List<Cell> filled = filled(row);
            if (filled.isEmpty()) {
                continue;
            }
            String label = filled.get(0).text();
            StringBuilder value = new StringBuilder();
            for (int c = 1; c < filled.size(); c++) {
                value.append(value.length() == 0 ? "" : "\n").append(filled.get(c).text());
            }
            if (DocumentVocabulary.field(label) != null) {
                labelled++;
            }
            pairs.add(new String[] { label, value.toString(), t.where() + ", row " + (r + 1) });
        }
        boolean down = labelled >= 2 && labelled * 2 >= pairs.size() || labelled == 1 && pairs.size() == 1;
        if (!down && t.rows().size() == 2) {
            List<Cell> labels = t.rows().get(0);
            if (labels.size() >= 2 && labels.stream().allMatch(c -> DocumentVocabulary.field(c.text()) != null)) {
                pairs.clear();
                for (Cell label : labels) {
                    pairs.add(new String[] { label.text(), textAt(t.rows().get(1), label.column()), t.where() });
                }
                down = true;
            }
        }
        if (!down) {
            return false;
        }
        boolean qualificationTable = false;
        boolean profileTable = false;
        boolean unitTable = false;
        for (String[] pair : pairs) {
            Field f = DocumentVocabulary.field(pair[0]);
            qualificationTable |= f == Field.QUALIFICATION_NUMBER || f == Field.QUALIFICATION_TITLE || f == Field.TQT
                    || f == Field.AWARDING_BODY;
            profileTable |= f == Field.OFO_CODE || f == Field.OCCUPATION;
            unitTable |= f == Field.REFERENCE || f == Field.GLH || f == Field.NUMBER || f == Field.AIM;
        }
        if (qualificationTable || profileTable || section == Section.SUMMARY && unit == null) {
            closeComponent();
        } else if (module != null && unit == null && !unitTable) {
            // a module's fields
        } else if (unit == null || filledByTable.contains(unit) || !unit.getLearningOutcomes().isEmpty()) {
            // a unit bank sets each unit out as a table of its fields: a second such table is the next unit
            closeComponent();
            unit = MAKE.createUnit();
            curriculum.getComponents().add(unit);
            startedAt.put(unit, t.where());
            section = null;
        }
        if (unit != null) {
            filledByTable.add(unit);
        }
        for (String[] pair : pairs) {
            if (!setField(pair[0], pair[1], pair[2], false)) {
                findings.add(new ImportFinding(where(pair[2]), pair[0] + ": " + pair[1],
                        "a label that names no field of " + (unit != null ? "a unit" : module != null ? "a module"
                                : profileTable ? "the occupational profile" : "the qualification") + ": not imported"));
            }
        }
        return true;
    }

    private void outcomesTable(Table t, int headerRow, int[] outcomeRange, int[] criteriaRange) {
        if (unit == null) {
            startUnit(Integer.toString(curriculum.getComponents().size() + 1),
                    heading != null ? heading : "Untitled unit", t.where());
            findings.add(new ImportFinding(where(t.where()), headerText(t.rows().get(headerRow)),
                    "an outcomes table before any unit heading or unit table: it was imported as unit " + unit.getNumber()
                            + " titled by the heading above it; check its number and title"));
        }
        section = Section.OUTCOMES;
        String extra = null;
        for (Cell cell : t.rows().get(headerRow)) {
            if (!in(cell, outcomeRange) && !in(cell, criteriaRange) && !cell.text().isBlank()) {
                extra = cell.text();
            }
        }
        boolean extraFilled = false;
        for (int r = headerRow + 1; r < t.rows().size(); r++) {
            List<Cell> row = t.rows().get(r);
            String outcomeText = joined(row, outcomeRange);
            List<Line> criteria = lines(row, criteriaRange);
            for (Cell cell : row) {
                extraFilled |= !in(cell, outcomeRange) && !in(cell, criteriaRange) && !cell.text().isBlank();
            }
            String where = t.where() + ", row " + (r + 1);
            if (!outcomeText.isBlank() && !DocumentVocabulary.introLine(outcomeText)) {
                String[] parts = outcomeText.split("\n");
                Numbered o = DocumentVocabulary.outcome(parts[0], true);
                String rest = String.join(" ", Arrays.copyOfRange(parts, 1, parts.length)).strip();
                if (o == null) {
                    o = new Numbered(Integer.toString(unit.getLearningOutcomes().size() + 1), outcomeText.replace('\n', ' '));
                    findings.add(new ImportFinding(where(where), outcomeText, "a learning outcome without a number: "
                            + "numbered " + o.number() + " by its position"));
                } else if (o.title().isEmpty() || !rest.isEmpty()) {
                    o = new Numbered(o.number(), (o.title() + " " + rest).strip());
                }
                LearningOutcome found = findOutcome(o.number());
                if (found == null) {
                    found = MAKE.createLearningOutcome();
                    found.setCode(o.number());
                    unit.getLearningOutcomes().add(found);
                }
                if (!o.title().isEmpty()) {
                    found.setTitle(o.title());
                }
                outcome = found;
            }
            criteriaCell(criteria, where);
        }
        if (extraFilled) {
            findings.add(new ImportFinding(where(t.where()), extra, "a column of the outcomes table that is neither "
                    + "outcomes nor criteria: its cells are not imported"));
        }
    }

    /** The criteria of one cell: numbered lines, bullets under the outcome, or (when none is numbered) one per line. */
    private void criteriaCell(List<Line> lines, String where) {
        boolean anyNumbered = lines.stream().anyMatch(l -> DocumentVocabulary.criterion(l.text()) != null);
        String pending = null;
        for (Line line : lines) {
            String text = line.text().strip();
            if (text.isEmpty() || DocumentVocabulary.introLine(text)) {
                continue;
            }
            Numbered c = DocumentVocabulary.criterion(text);
            String bullet = DocumentVocabulary.typedBullet(text);
            if (c != null && c.title().isEmpty()) {
                pending = c.number();
            } else if (c != null) {
                addCriterion(c.number(), c.title(), where);
            } else if (pending != null) {
                addCriterion(pending, bullet != null ? bullet : text, where);
                pending = null;
            } else if (bullet != null || line.listItem() || !anyNumbered) {
                if (outcome == null) {
                    findings.add(new ImportFinding(where(where), text, "a criterion before any learning outcome: not imported"));
                } else {
                    addCriterion(null, bullet != null ? bullet : text, where);
                }
            } else {
                findings.add(new ImportFinding(where(where), text,
                        "text in the criteria column that is not a numbered criterion among numbered ones: not imported"));
            }
        }
    }

    // ------------------------------------------------------------------ cells

    private interface HeaderTest {
        boolean test(String header);
    }

    /** The grid columns [from, to) of the first header cell passing {@code test}, or null. */
    private static int[] range(List<Cell> header, HeaderTest test) {
        for (Cell cell : header) {
            if (!cell.text().isBlank() && test.test(cell.text())) {
                return new int[] { cell.column(), cell.column() + cell.span() };
            }
        }
        return null;
    }

    private static boolean in(Cell cell, int[] range) {
        return cell.column() >= range[0] && cell.column() < range[1];
    }

    /** The text of the cells in a range; a cell holding a bare number is joined to the next (a split cell). */
    private static String joined(List<Cell> row, int[] range) {
        StringBuilder text = new StringBuilder();
        boolean glue = false;
        for (Cell cell : row) {
            if (!in(cell, range) || cell.text().isBlank()) {
                continue;
            }
            text.append(text.length() == 0 ? "" : glue ? " " : "\n").append(cell.text());
            glue = BARE_CODE.matcher(cell.text().strip()).matches();
        }
        return text.toString();
    }

    private static List<Line> lines(List<Cell> row, int[] range) {
        List<Line> lines = new ArrayList<>();
        String glue = null;
        for (Cell cell : row) {
            if (!in(cell, range)) {
                continue;
            }
            for (Line line : cell.lines()) {
                if (glue != null) {
                    lines.add(new Line(glue + " " + line.text(), line.listItem()));
                    glue = null;
                } else {
                    lines.add(line);
                }
            }
            // a cell split into number | text: the number alone in its cell is glued to the next cell's first line
            if (cell.lines().size() == 1 && BARE_CODE.matcher(cell.lines().get(0).text().strip()).matches()) {
                glue = lines.remove(lines.size() - 1).text();
            }
        }
        if (glue != null) {
            lines.add(new Line(glue, false));
        }
        return lines;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split("\n"));
    }

    private static boolean has(List<Cell> header, String... keywords) {
        for (Cell cell : header) {
            if (DocumentVocabulary.header(cell.text(), keywords)) {
                return true;
            }
        }
        return false;
    }

    private static int column(List<Cell> header, String... keywords) {
        for (Cell cell : header) {
            if (DocumentVocabulary.header(cell.text(), keywords)) {
                return cell.column();
            }
        }
        return -1;
    }

    private static int columnExactly(List<Cell> header, String name) {
        for (Cell cell : header) {
            if (DocumentVocabulary.normalise(cell.text()).equals(name)) {
                return cell.column();
            }
        }
        return -1;
    }

    /** The text of the cell covering grid column {@code column} (a merged cell's text), or "". */
    private static String textAt(List<Cell> row, int column) {
        for (Cell cell : row) {
            if (column >= cell.column() && column < cell.column() + cell.span()) {
                return cell.text();
            }
        }
        return "";
    }

    /** The cells of a row that hold text, in order. */
    private static List<Cell> filled(List<Cell> row) {
        return row.stream().filter(c -> !c.text().isBlank()).toList();
    }

    private static boolean rowBlank(List<Cell> row) {
        return row.stream().allMatch(c -> c.text().isBlank());
    }

    private static String rowText(List<Cell> row) {
        StringBuilder text = new StringBuilder();
        for (Cell cell : row) {
            if (!cell.text().isBlank()) {
                text.append(text.length() == 0 ? "" : " | ").append(cell.text().replace('\n', ' '));
            }
        }
        return text.toString();
    }

    private static String headerText(List<Cell> header) {
        return rowText(header);
    }

    // ------------------------------------------------------------------ the end

    /** Resolves the rules' listings to the units found and drops empty units (contents entries), reporting both. */
    public void finish() {
        for (CurriculumComponent component : new ArrayList<>(curriculum.getComponents())) {
            if (component instanceof UnitOfCompetency c && c.getTitle() == null && c.getCode() == null
                    && c.getPerformanceRequirements().isEmpty() && c.getAssessmentCriteria().isEmpty()) {
                curriculum.getComponents().remove(c);
                findings.add(new ImportFinding(where(startedAt.getOrDefault(c, "document")), "Unit of competency"
                        + (c.getFunctionalArea() == null ? "" : " (functional area " + c.getFunctionalArea() + ")"),
                        "a unit of competency's heading with no title, code, requirements or criteria after it: "
                                + "not imported"));
            }
        }
        if (curriculum.getTitle() == null && curriculum.getComponents().size() == 1
                && curriculum.getComponents().get(0) instanceof UnitOfCompetency only) {
            // a document of one unit of competency is known by that unit's title and code
            curriculum.setTitle(only.getTitle());
            curriculum.setCode(only.getCode());
        }
        for (CurriculumComponent component : new ArrayList<>(curriculum.getComponents())) {
            if (component instanceof Unit u && empty(u)) {
                curriculum.getComponents().remove(u);
                findings.add(new ImportFinding(where(startedAt.getOrDefault(u, "document")), "Unit " + u.getNumber()
                        + ": " + u.getTitle(), "written like a unit heading but no fields, outcomes or content followed "
                                + "(a contents entry?): not imported as a unit"));
            }
        }
        for (Map.Entry<ComponentGroup, List<String[]>> entry : listings.entrySet()) {
            for (String[] row : entry.getValue()) {
                CurriculumComponent found = resolve(row[0], row[1], row[2]);
                if (found != null) {
                    if (!entry.getKey().getComponents().contains(found)) {
                        entry.getKey().getComponents().add(found);
                    }
                } else {
                    ListingEntry listing = MAKE.createListingEntry();
                    listing.setNumber(row[0] != null && !row[0].isBlank() ? row[0].strip() : row[1]);
                    listing.setTitle(row[2]);
                    entry.getKey().getEntries().add(listing);
                    findings.add(new ImportFinding(where(row[3]), String.join(" ", nonNull(row[0]), nonNull(row[1]), nonNull(row[2])),
                            "group \"" + entry.getKey().getTitle() + "\" lists a unit or module that is not in the "
                                    + "document: kept as a listing entry only"));
                }
            }
        }
        for (ComponentGroup group : withoutRule) {
            String rule = group.getTitle() == null ? null : groupRules.remove(group.getTitle().strip());
            if (rule != null) {
                applyGroupRule(group, rule);
            }
        }
        for (Map.Entry<String, String> left : groupRules.entrySet()) {
            findings.add(new ImportFinding("rules of combination", left.getKey() + ": " + left.getValue(),
                    "a rule for a group whose table was not found: not imported"));
        }
        for (String[] pair : barred) {
            List<CurriculumComponent> members = new ArrayList<>();
            for (String part : pair[0].split("(?i)\\s+with\\s+|\\s+and\\s+|\\s*&\\s*|\\s*/\\s*(?=\\d)|\\s*,\\s*")) {
                Matcher number = Pattern.compile("(?i)^(?:unit\\s+)?([A-Za-z]{0,2}[\\-\\s]?\\d+)").matcher(part.strip());
                CurriculumComponent found = number.find() ? resolve(number.group(1).strip(), null, null) : null;
                if (found != null) {
                    members.add(found);
                }
            }
            if (members.size() >= 2 && qualification != null) {
                BarredCombination combination = MAKE.createBarredCombination();
                combination.getComponents().addAll(members);
                combination.setReason(pair[1] == null || pair[1].isBlank() ? null : pair[1]);
                rules().getBarredCombinations().add(combination);
            } else {
                findings.add(new ImportFinding(where(pair[2]), pair[0], "a barred combination whose units are not both "
                        + "in the document: not imported"));
            }
        }
        if (curriculum.getTitle() == null && !curriculum.getQualifications().isEmpty()) {
            curriculum.setTitle(curriculum.getQualifications().get(0).getTitle());
        }
    }

    /** A group's rule in words: mandatory or optional, and its minimum and maximum credits or components. */
    private static void applyGroupRule(ComponentGroup group, String rule) {
        String r = rule.toLowerCase(Locale.ROOT);
        group.setMandatory(r.startsWith("all "));
        Matcher least = Pattern.compile("at least (\\d+) credits").matcher(r);
        if (least.find()) {
            group.setMinimumCredits(Integer.valueOf(least.group(1)));
        }
        Matcher most = Pattern.compile("at most (\\d+) credits").matcher(r);
        if (most.find()) {
            group.setMaximumCredits(Integer.valueOf(most.group(1)));
        }
        Matcher components = Pattern.compile("at least (\\d+) (?:units|modules)").matcher(r);
        if (components.find()) {
            group.setMinimumComponents(Integer.valueOf(components.group(1)));
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private CurriculumComponent resolve(String number, String reference, String title) {
        for (CurriculumComponent c : curriculum.getComponents()) {
            if (number != null && !number.isBlank()) {
                ModuleHeading m = DocumentVocabulary.module(number.strip() + " x");
                if (m != null && kindOf(c).equals(m.kind()) && stripZeros(m.number()).equals(stripZeros(c.getNumber()))) {
                    return c;
                }
                if (c instanceof Unit && number.strip().equals(c.getNumber())) {
                    return c;
                }
            }
        }
        for (CurriculumComponent c : curriculum.getComponents()) {
            if (reference != null && !reference.isBlank() && (reference.strip().equals(c.getCode())
                    || c instanceof Unit u && reference.strip().equals(u.getReferenceCode()))) {
                return c;
            }
        }
        for (CurriculumComponent c : curriculum.getComponents()) {
            if (title != null && !title.isBlank() && title.strip().equalsIgnoreCase(c.getTitle())) {
                return c;
            }
        }
        return null;
    }

    private static boolean empty(Unit u) {
        return u.getLearningOutcomes().isEmpty() && u.getReferenceCode() == null && u.getLevel() == null
                && u.getCredits() == null && u.getAim() == null && u.getGuidedLearningHours() == null
                && u.getIntroduction() == null;
    }

    private static String append(String existing, String text) {
        return existing == null || existing.isEmpty() ? text : existing + "\n" + text;
    }

    private String where(String place) {
        return heading == null ? place : place + " (under \"" + shorten(heading) + "\")";
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private void report(Block block, String excerpt, String why) {
        findings.add(new ImportFinding(where(block.where()), excerpt, why));
    }

    private void report(Table t, int row, String excerpt, String why) {
        findings.add(new ImportFinding(where(t.where() + ", row " + (row + 1)), excerpt, why));
    }
}
