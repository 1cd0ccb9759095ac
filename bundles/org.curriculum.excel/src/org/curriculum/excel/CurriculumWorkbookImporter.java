// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel;

import static org.curriculum.excel.CurriculumTemplate.COMPETENCY_SHEET;
import static org.curriculum.excel.CurriculumTemplate.CURRICULUM_SHEET;
import static org.curriculum.excel.CurriculumTemplate.KNOWLEDGE_SHEET;
import static org.curriculum.excel.CurriculumTemplate.PRACTICAL_SHEET;
import static org.curriculum.excel.CurriculumTemplate.PURPOSE;
import static org.curriculum.excel.CurriculumTemplate.QUALIFICATIONS_SHEET;
import static org.curriculum.excel.CurriculumTemplate.TASKS_SHEET;
import static org.curriculum.excel.CurriculumTemplate.UNITS_SHEET;
import static org.curriculum.excel.CurriculumTemplate.WORK_EXPERIENCE_SHEET;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.curriculum.excel.internal.CsvTable.Record;
import org.curriculum.excel.internal.SafeWorkbookReader;
import org.curriculum.excel.internal.StreamingWorkbookReader;
import org.curriculum.excel.internal.Table;
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
import org.curriculum.model.OccupationalContext;
import org.curriculum.model.OccupationalProfile;
import org.curriculum.model.OccupationalResponsibility;
import org.curriculum.model.OccupationalTask;
import org.curriculum.model.PartQualification;
import org.curriculum.model.PerformanceRequirement;
import org.curriculum.model.PracticalSkill;
import org.curriculum.model.PracticalSkillsModule;
import org.curriculum.model.PublicationStatus;
import org.curriculum.model.Qualification;
import org.curriculum.model.RequirementItem;
import org.curriculum.model.RulesOfCombination;
import org.curriculum.model.TopicElement;
import org.curriculum.model.Unit;
import org.curriculum.model.UnitOfCompetency;
import org.curriculum.model.WorkActivity;
import org.curriculum.model.WorkActivityMode;
import org.curriculum.model.WorkExperienceModule;
import org.curriculum.model.labels.ElementLabels;
import org.eclipse.emf.ecore.EObject;

/**
 * Reads a curriculum from a workbook in the layout of {@link CurriculumTemplate}: one that
 * {@code export --kind curriculum} wrote (exporting the imported curriculum gives the same cells) or the
 * template typed in by hand. Rows stream through POI's zip-bomb guarded reader with a budget of filled
 * cells, so memory stays bounded. Whatever is not recognised (a sheet, a column, a row, a module number
 * that names nothing) becomes an {@link ImportFinding} in the result, never a silent skip; a file that is
 * not a curriculum workbook at all is refused with a {@link SpreadsheetImportException}. Nothing is
 * written: the caller saves the result with {@link ImportedModel#saveAs}.
 */
public final class CurriculumWorkbookImporter {

    /**
     * The most filled cells read from one workbook. A unit bank of 2,000 units with 20 criteria each in
     * the Units sheet's twelve columns is about 500,000; far beyond is not a curriculum.
     */
    public static final long MAX_CELLS = 2_000_000;

    private static final Pattern LEVEL_RULE = Pattern.compile("(?i)level\\s+(-?\\d+)(\\s+or\\s+above)?");

    private static final List<String> RULES = List.of("total credits", "mandatory group", "optional group",
            "minimum credit at level", "barred combination");

    private final Path file;
    private final long maxCells;
    private final CurriculumFactory factory = CurriculumFactory.eINSTANCE;
    private final List<ImportFinding> findings = new ArrayList<>();
    private final Curriculum curriculum = CurriculumFactory.eINSTANCE.createCurriculum();
    private final Map<String, List<CurriculumComponent>> byIdentifier = new HashMap<>();
    private long filled;

    private CurriculumWorkbookImporter(Path file, long maxCells) {
        this.file = file;
        this.maxCells = maxCells;
    }

    /** Imports a curriculum from an .xlsx workbook. */
    public static ImportedModel<Curriculum> importCurriculum(Path file) throws SpreadsheetImportException {
        return importCurriculum(file, MAX_CELLS);
    }

    /** Imports reading at most {@code maxCells} filled cells; a larger workbook is refused where the budget runs out. */
    public static ImportedModel<Curriculum> importCurriculum(Path file, long maxCells) throws SpreadsheetImportException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".xlsm")) {
            throw new SpreadsheetImportException(file,
                    "a curriculum is imported from an .xlsx workbook (the layout of 'workbench export --kind curriculum' "
                            + "or of 'workbench import template --kind curriculum')",
                    null);
        }
        return new CurriculumWorkbookImporter(file, maxCells).read();
    }

    // ---------------------------------------------------------------------------------------------
    // the workbook

    private ImportedModel<Curriculum> read() throws SpreadsheetImportException {
        try (StreamingWorkbookReader workbook = StreamingWorkbookReader.open(file)) {
            List<String> known = new ArrayList<>(CurriculumTemplate.TABLE_SHEETS);
            known.add(CURRICULUM_SHEET);
            if (known.stream().noneMatch(workbook::hasSheet)) {
                throw new SpreadsheetImportException(file, "has none of the sheets of a curriculum workbook ("
                        + String.join(", ", known) + "); found " + String.join(", ", workbook.sheetNames())
                        + ". Export a curriculum (workbench export --kind curriculum) or start from the template "
                        + "(workbench import template --kind curriculum -o T.xlsx)", null);
            }
            for (String sheet : workbook.sheetNames()) {
                if (known.stream().noneMatch(sheet::equalsIgnoreCase)
                        && !sheet.equalsIgnoreCase(CurriculumTemplate.HELP_SHEET)) {
                    findings.add(new ImportFinding("sheet \"" + sheet + "\"", "",
                            "not a sheet of a curriculum workbook; nothing in it was read"));
                }
            }
            Map<String, Integer> counts = Map.of();
            if (workbook.hasSheet(CURRICULUM_SHEET)) {
                counts = curriculumSheet(table(workbook, CURRICULUM_SHEET));
            } else {
                curriculum.setTitle(baseName());
            }
            if (workbook.hasSheet(KNOWLEDGE_SHEET)) {
                knowledge(sheet(workbook, KNOWLEDGE_SHEET));
            }
            if (workbook.hasSheet(PRACTICAL_SHEET)) {
                practical(sheet(workbook, PRACTICAL_SHEET));
            }
            if (workbook.hasSheet(WORK_EXPERIENCE_SHEET)) {
                workExperience(sheet(workbook, WORK_EXPERIENCE_SHEET));
            }
            if (workbook.hasSheet(UNITS_SHEET)) {
                units(sheet(workbook, UNITS_SHEET));
            }
            if (workbook.hasSheet(COMPETENCY_SHEET)) {
                competencies(sheet(workbook, COMPETENCY_SHEET));
            }
            for (CurriculumComponent component : curriculum.getComponents()) {
                String identifier = ElementLabels.identifier(component);
                if (identifier != null) {
                    // numbers repeat across kinds (knowledge module 1, practical skills module 1)
                    byIdentifier.computeIfAbsent(identifier, i -> new ArrayList<>()).add(component);
                }
            }
            if (workbook.hasSheet(TASKS_SHEET)) {
                tasks(sheet(workbook, TASKS_SHEET));
            }
            if (workbook.hasSheet(QUALIFICATIONS_SHEET)) {
                qualifications(sheet(workbook, QUALIFICATIONS_SHEET));
            }
            if (curriculum.getComponents().isEmpty() && curriculum.getQualifications().isEmpty()
                    && curriculum.getProfile() == null) {
                throw new SpreadsheetImportException(file, "holds no unit, module, occupational task or qualification; "
                        + "nothing was imported. Fill in the template's sheets (its \"" + CurriculumTemplate.HELP_SHEET
                        + "\" sheet says how) or export a curriculum (workbench export --kind curriculum)", null);
            }
            checkCount(counts, "Components", curriculum.getComponents().size(), "components");
            checkCount(counts, "Qualifications", curriculum.getQualifications().size(), "qualifications");
        } catch (RuntimeException e) {
            throw SafeWorkbookReader.translate(file, e);
        }
        return new ImportedModel<>(curriculum, null, Map.of(), List.of(), findings);
    }

    private String baseName() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Reads a whole sheet, counting its filled cells against the budget as the rows stream past. */
    private Table table(StreamingWorkbookReader workbook, String name) throws SpreadsheetImportException {
        String sheet = workbook.sheetName(name);
        List<Record> records = new ArrayList<>();
        workbook.read(name, row -> {
            Record record = row.record();
            Table.checkRowCount(file, sheet, record.line());
            Table.check(file, sheet, record);
            for (String cell : record.cells()) {
                if (!cell.isBlank() && ++filled > maxCells) {
                    throw new SpreadsheetImportException(file, sheet, record.line(), -1, "more than " + maxCells
                            + " filled cells by this row; a curriculum workbook is read up to that many. Split the "
                            + "curriculum into several workbooks or remove the columns that are not part of its layout",
                            null);
                }
            }
            if (!record.isBlank()) {
                records.add(record);
            }
        });
        return new Table(file, sheet, records);
    }

    /** A table sheet: its header (the first row) mapped to the template's columns, and its data rows. */
    private Sheet sheet(StreamingWorkbookReader workbook, String name) throws SpreadsheetImportException {
        Table table = table(workbook, name);
        List<String> expected = CurriculumTemplate.COLUMNS.get(name);
        if (table.records().isEmpty()) {
            findings.add(new ImportFinding(where(table.sheet(), 0), "", "the sheet is empty"));
            return new Sheet(table.sheet(), Map.of(), List.of());
        }
        Record header = table.records().get(0);
        Map<String, Integer> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int c = 0; c < header.cells().size(); c++) {
            String heading = header.cell(c);
            if (heading.isEmpty()) {
                continue;
            }
            String column = expected.stream().filter(heading::equalsIgnoreCase).findFirst().orElse(null);
            if (column == null) {
                findings.add(new ImportFinding(where(table.sheet(), header.line()), heading,
                        "a column this sheet does not have (" + String.join(", ", expected) + "); its cells were not read"));
            } else if (columns.containsKey(column)) {
                findings.add(new ImportFinding(where(table.sheet(), header.line()), heading,
                        "the column appears twice; only the first was read"));
            } else {
                columns.put(column, c);
            }
        }
        if (columns.isEmpty()) {
            throw table.error(header.line(), -1, "the first row is not the header of a \"" + table.sheet()
                    + "\" sheet: expected the columns " + String.join(", ", expected) + ", found "
                    + String.join(", ", header.cells().stream().filter(s -> !s.isBlank()).toList())
                    + ". Start from the template (workbench import template --kind curriculum -o T.xlsx)");
        }
        List<Row> rows = new ArrayList<>();
        for (Record record : table.records().subList(1, table.records().size())) {
            rows.add(new Row(table.sheet(), record, columns));
        }
        return new Sheet(table.sheet(), columns, rows);
    }

    private record Sheet(String name, Map<String, Integer> columns, List<Row> rows) {
    }

    /** One data row with its cells found by column name (blank when the sheet has no such column). */
    private record Row(String sheet, Record record, Map<String, Integer> columns) {

        String get(String column) {
            Integer index = columns.get(column);
            return index == null ? "" : record.cell(index);
        }

        List<String> values(List<String> names) {
            return names.stream().map(this::get).toList();
        }

        boolean blank(List<String> names) {
            return names.stream().allMatch(n -> get(n).isEmpty());
        }

        String where() {
            return CurriculumWorkbookImporter.where(sheet, record.line());
        }

        String excerpt() {
            return String.join(" | ", record.cells().stream().filter(s -> !s.isBlank()).toList());
        }
    }

    private static String where(String sheet, int line) {
        return line > 0 ? "sheet \"" + sheet + "\", row " + line : "sheet \"" + sheet + "\"";
    }

    private void finding(Row row, String why) {
        findings.add(new ImportFinding(row.where(), row.excerpt(), why));
    }

    private static String nullIfEmpty(String text) {
        return text.isEmpty() ? null : text;
    }

    /** A whole number cell, or null when blank; anything else is reported and read as blank. */
    private Integer integer(Row row, String column) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            finding(row, column + " \"" + text + "\" is not a whole number; left blank");
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // parents found by their cells

    /**
     * The elements of one level (units, modules, outcomes...) found by the cells that describe them. A row
     * that repeats an element's cells belongs to it; a row giving only its reference (a unit's number or
     * code) belongs to the element with that reference; a row with all its cells blank continues the
     * element of the row above. A reference that names nothing is the one case with no parent.
     */
    private final class Level<T> {

        private final String what;
        private final List<String> cells;
        private final List<String> references;
        private boolean referenceDescribes;
        private final Map<List<String>, T> byCells = new HashMap<>();
        private final Map<String, T> byReference = new HashMap<>();
        private T last;

        Level(String what, List<String> cells, String... references) {
            this.what = what;
            this.cells = cells;
            this.references = Arrays.asList(references);
        }

        /** Lets a row giving only a reference that names nothing start a new element (a qualification's title). */
        Level<T> referenceDescribes() {
            referenceDescribes = true;
            return this;
        }

        /** The row's element, created (by {@code create}, then {@code describe}d by the row) if new; null if none. */
        T of(Row row, Supplier<T> create, java.util.function.Consumer<T> describe) {
            if (row.blank(cells)) {
                return last;
            }
            List<String> key = row.values(cells);
            T found = byCells.get(key);
            if (found == null && referenceOnly(row)) {
                for (String reference : references) {
                    String value = row.get(reference);
                    if (!value.isEmpty()) {
                        found = byReference.get(reference + "\u0000" + value);
                        if (found == null && !referenceDescribes) {
                            finding(row, "no " + what + " with " + reference + " " + value
                                    + " is given above (with its title); the row was not read");
                            return null;
                        }
                        break;
                    }
                }
            }
            if (found == null) {
                found = create.get();
                describe.accept(found);
                byCells.put(key, found);
                for (String reference : references) {
                    String value = row.get(reference);
                    if (!value.isEmpty()) {
                        byReference.putIfAbsent(reference + "\u0000" + value, found);
                    }
                }
            }
            last = found;
            return found;
        }

        private boolean referenceOnly(Row row) {
            int given = 0;
            for (String cell : cells) {
                if (!row.get(cell).isEmpty()) {
                    if (!references.contains(cell)) {
                        return false;
                    }
                    given++;
                }
            }
            return given >= 1;
        }
    }

    /** The children's level of each parent, so that outcome "1" of unit 301 is not outcome "1" of unit 302. */
    private final class Levels<P, T> {
        private final Map<P, Level<T>> levels = new HashMap<>();
        private final Supplier<Level<T>> create;

        Levels(Supplier<Level<T>> create) {
            this.create = create;
        }

        Level<T> of(P parent) {
            return levels.computeIfAbsent(parent, p -> create.get());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // the Curriculum sheet

    private Map<String, Integer> curriculumSheet(Table table) {
        Map<String, Integer> counts = new HashMap<>();
        OccupationalProfile profile = null;
        for (Record record : table.records()) {
            String field = record.cell(0);
            String value = record.cell(1);
            if (field.equalsIgnoreCase("Field") && record.line() == table.records().get(0).line()) {
                continue;
            }
            String known = CurriculumTemplate.CURRICULUM_FIELDS.stream().filter(field::equalsIgnoreCase).findFirst()
                    .orElse(null);
            String where = where(table.sheet(), record.line());
            if (known == null) {
                findings.add(new ImportFinding(where, String.join(" | ", record.cells()),
                        "not a field of the Curriculum sheet (" + String.join(", ", CurriculumTemplate.CURRICULUM_FIELDS)
                                + "); not read"));
                continue;
            }
            // an empty template lists the profile's fields too: a unit bank typed in it has no profile
            if (CurriculumTemplate.PROFILE_FIELDS.contains(known) && value.isEmpty()) {
                continue;
            }
            if (CurriculumTemplate.PROFILE_FIELDS.contains(known) && profile == null) {
                profile = factory.createOccupationalProfile();
                curriculum.setProfile(profile);
            }
            String text = nullIfEmpty(value);
            switch (known) {
            case "Title" -> curriculum.setTitle(text);
            case "Code" -> curriculum.setCode(text);
            case "Version" -> curriculum.setVersion(text);
            case "Publisher" -> curriculum.setPublisher(text);
            case "Published" -> curriculum.setPublished(text);
            case "Description" -> curriculum.setDescription(text);
            case "Status" -> {
                if (text != null) {
                    PublicationStatus status = PublicationStatus.get(text.toLowerCase(Locale.ROOT));
                    if (status == null) {
                        findings.add(new ImportFinding(where, value,
                                "unknown status; use draft, for comment, published, superseded or withdrawn (left as draft)"));
                    } else {
                        curriculum.setStatus(status);
                    }
                }
            }
            case "Components", "Qualifications" -> {
                try {
                    if (text != null) {
                        counts.put(known, Integer.valueOf(text));
                    }
                } catch (NumberFormatException e) {
                    findings.add(new ImportFinding(where, value, known + " is a count; not read"));
                }
            }
            case "Occupation" -> profile.setOccupation(text);
            case "OFO code" -> profile.setOfoCode(text);
            case "Related occupations" -> profile.getRelatedOccupations().addAll(list(value));
            case "Specialisations" -> profile.getSpecialisations().addAll(list(value));
            case "Occupational purpose" -> profile.setPurpose(text);
            case "Curriculum scope" -> profile.setScope(text);
            default -> throw new IllegalStateException(known);
            }
        }
        return counts;
    }

    private static List<String> list(String value) {
        return value.isEmpty() ? List.of() : Arrays.stream(value.split(";")).map(String::trim).toList();
    }

    private void checkCount(Map<String, Integer> counts, String field, int actual, String what) {
        Integer stated = counts.get(field);
        if (stated != null && stated != actual) {
            findings.add(new ImportFinding(where(CURRICULUM_SHEET, 0), field + " " + stated, "the sheet says " + stated
                    + " " + what + ", the workbook holds " + actual + "; check for rows the report lists"));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // modules and units

    private List<String> moduleCells(String sheet) {
        List<String> cells = new ArrayList<>(CurriculumTemplate.MODULE_COLUMNS);
        cells.add(PURPOSE);
        if (sheet.equals(COMPETENCY_SHEET)) {
            cells.add("Functional area");
        }
        return cells;
    }

    private <T extends CurriculumComponent> T module(Level<T> modules, Row row, Supplier<T> create) {
        T module = modules.of(row, create, m -> {
            m.setNumber(nullIfEmpty(row.get("Number")));
            m.setCode(nullIfEmpty(row.get("Code")));
            m.setTitle(nullIfEmpty(row.get("Title")));
            m.setLevel(integer(row, "Level"));
            m.setCredits(integer(row, "Credits"));
            m.setNotionalHours(integer(row, "Notional hours"));
            m.setPurpose(nullIfEmpty(row.get(PURPOSE)));
            curriculum.getComponents().add(m);
        });
        if (module == null && row.blank(List.of("Number", "Code"))) {
            finding(row, "no module above this row to put it in; give the module's Number, Code and Title");
        }
        return module;
    }

    private void knowledge(Sheet sheet) {
        Level<KnowledgeModule> modules = new Level<>("knowledge module", moduleCells(KNOWLEDGE_SHEET), "Number", "Code");
        Levels<KnowledgeModule, KnowledgeTopic> topics = new Levels<>(
                () -> new Level<>("topic", List.of("Topic code", "Topic", "Weighting %"), "Topic code"));
        for (Row row : sheet.rows()) {
            KnowledgeModule module = module(modules, row, factory::createKnowledgeModule);
            if (module == null) {
                continue;
            }
            KnowledgeTopic topic = topics.of(module).of(row, factory::createKnowledgeTopic, t -> {
                t.setCode(nullIfEmpty(row.get("Topic code")));
                t.setTitle(nullIfEmpty(row.get("Topic")));
                t.setWeighting(integer(row, "Weighting %"));
                module.getTopics().add(t);
            });
            String element = row.get("Topic element");
            if (!element.isEmpty()) {
                if (topic == null) {
                    finding(row, "a topic element with no topic (Topic code, Topic); not read");
                    continue;
                }
                TopicElement e = factory.createTopicElement();
                e.setTitle(element);
                topic.getElements().add(e);
            }
        }
    }

    private void practical(Sheet sheet) {
        Level<PracticalSkillsModule> modules = new Level<>("practical skills module", moduleCells(PRACTICAL_SHEET),
                "Number", "Code");
        for (Row row : sheet.rows()) {
            PracticalSkillsModule module = module(modules, row, factory::createPracticalSkillsModule);
            if (module != null && !row.blank(List.of("Skill code", "Practical skill"))) {
                PracticalSkill skill = factory.createPracticalSkill();
                skill.setCode(nullIfEmpty(row.get("Skill code")));
                skill.setTitle(nullIfEmpty(row.get("Practical skill")));
                module.getSkills().add(skill);
            }
        }
    }

    private void workExperience(Sheet sheet) {
        Level<WorkExperienceModule> modules = new Level<>("work experience module",
                moduleCells(WORK_EXPERIENCE_SHEET), "Number", "Code");
        for (Row row : sheet.rows()) {
            WorkExperienceModule module = module(modules, row, factory::createWorkExperienceModule);
            if (module != null && !row.blank(List.of("Activity code", "Work activity", "Mode"))) {
                WorkActivity activity = factory.createWorkActivity();
                activity.setCode(nullIfEmpty(row.get("Activity code")));
                activity.setTitle(nullIfEmpty(row.get("Work activity")));
                String mode = row.get("Mode");
                if (!mode.isEmpty()) {
                    WorkActivityMode value = WorkActivityMode.get(mode.toLowerCase(Locale.ROOT));
                    if (value == null) {
                        finding(row, "unknown mode \"" + mode
                                + "\"; use unspecified, observe and assist, under supervision or independently (left unspecified)");
                    } else {
                        activity.setMode(value);
                    }
                }
                module.getActivities().add(activity);
            }
        }
    }

    private void competencies(Sheet sheet) {
        Level<UnitOfCompetency> units = new Level<>("unit of competency", moduleCells(COMPETENCY_SHEET), "Number",
                "Code");
        Levels<UnitOfCompetency, PerformanceRequirement> requirements = new Levels<>(() -> new Level<>(
                "performance requirement", List.of("Requirement", "Performance requirement"), "Requirement"));
        for (Row row : sheet.rows()) {
            UnitOfCompetency unit = module(units, row, () -> {
                UnitOfCompetency u = factory.createUnitOfCompetency();
                u.setFunctionalArea(nullIfEmpty(row.get("Functional area")));
                return u;
            });
            if (unit == null) {
                continue;
            }
            PerformanceRequirement requirement = requirements.of(unit).of(row, factory::createPerformanceRequirement,
                    r -> {
                        r.setCode(nullIfEmpty(row.get("Requirement")));
                        r.setTitle(nullIfEmpty(row.get("Performance requirement")));
                        unit.getPerformanceRequirements().add(r);
                    });
            String item = row.get("Item");
            if (!item.isEmpty()) {
                if (requirement == null) {
                    finding(row, "an item with no performance requirement (Requirement); not read");
                    continue;
                }
                RequirementItem i = factory.createRequirementItem();
                i.setTitle(item);
                requirement.getItems().add(i);
            }
        }
    }

    private void units(Sheet sheet) {
        Level<Unit> units = new Level<>("unit",
                List.of("Unit", "Code", "Reference code", "Title", "Level", "Credits", "GLH", "Aim"), "Unit", "Code");
        Levels<Unit, LearningOutcome> outcomes = new Levels<>(
                () -> new Level<>("learning outcome", List.of("LO", "Learning outcome"), "LO"));
        for (Row row : sheet.rows()) {
            Unit unit = units.of(row, factory::createUnit, u -> {
                u.setNumber(nullIfEmpty(row.get("Unit")));
                u.setCode(nullIfEmpty(row.get("Code")));
                u.setReferenceCode(nullIfEmpty(row.get("Reference code")));
                u.setTitle(nullIfEmpty(row.get("Title")));
                u.setLevel(integer(row, "Level"));
                u.setCredits(integer(row, "Credits"));
                u.setGuidedLearningHours(integer(row, "GLH"));
                u.setAim(nullIfEmpty(row.get("Aim")));
                curriculum.getComponents().add(u);
            });
            if (unit == null) {
                if (row.blank(List.of("Unit", "Code"))) {
                    finding(row, "no unit above this row to put it in; give the unit's number (Unit) and title");
                }
                continue;
            }
            LearningOutcome outcome = outcomes.of(unit).of(row, factory::createLearningOutcome, lo -> {
                lo.setCode(nullIfEmpty(row.get("LO")));
                lo.setTitle(nullIfEmpty(row.get("Learning outcome")));
                unit.getLearningOutcomes().add(lo);
            });
            if (!row.blank(List.of("AC", "Assessment criterion"))) {
                if (outcome == null) {
                    finding(row, "an assessment criterion with no learning outcome (its LO code) in unit "
                            + ElementLabels.identifierOrEmpty(unit) + "; not read");
                    continue;
                }
                AssessmentCriterion criterion = factory.createAssessmentCriterion();
                criterion.setCode(nullIfEmpty(row.get("AC")));
                criterion.setTitle(nullIfEmpty(row.get("Assessment criterion")));
                outcome.getAssessmentCriteria().add(criterion);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // tasks

    private void tasks(Sheet sheet) {
        if (sheet.rows().isEmpty()) {
            return;
        }
        OccupationalProfile profile = curriculum.getProfile();
        if (profile == null) {
            profile = factory.createOccupationalProfile();
            curriculum.setProfile(profile);
        }
        OccupationalProfile tasksOf = profile;
        Level<OccupationalTask> tasks = new Level<>("task", List.of("Task", "Task title"), "Task");
        for (Row row : sheet.rows()) {
            String kind = row.get("Kind").toLowerCase(Locale.ROOT);
            if (!kind.isEmpty() && !List.of("task", "responsibility", "context").contains(kind)) {
                finding(row, "unknown Kind \"" + row.get("Kind") + "\"; use task, responsibility or context. Not read");
                continue;
            }
            OccupationalTask task = tasks.of(row, factory::createOccupationalTask, t -> {
                t.setNumber(nullIfEmpty(row.get("Task")));
                t.setTitle(nullIfEmpty(row.get("Task title")));
                tasksOf.getTasks().add(t);
            });
            if (task == null) {
                if (row.blank(List.of("Task"))) {
                    finding(row, "no task above this row to put it in; give the Task number");
                }
                continue;
            }
            switch (kind) {
            case "", "task" -> {
                if (!row.get("Product or service").isEmpty()) {
                    task.setProductOrService(row.get("Product or service"));
                }
            }
            case "responsibility" -> {
                OccupationalResponsibility r = factory.createOccupationalResponsibility();
                r.setNumber(nullIfEmpty(row.get("Number")));
                r.setTitle(nullIfEmpty(row.get("Title")));
                task.getResponsibilities().add(r);
                for (CurriculumComponent module : components(row, PracticalSkillsModule.class, "practical skills module")) {
                    r.getPracticalSkillsModules().add((PracticalSkillsModule) module);
                }
            }
            case "context" -> {
                OccupationalContext c = factory.createOccupationalContext();
                c.setNumber(nullIfEmpty(row.get("Number")));
                c.setTitle(nullIfEmpty(row.get("Title")));
                c.setRoleLevel(integer(row, "Role level"));
                task.getContexts().add(c);
                for (CurriculumComponent module : components(row, WorkExperienceModule.class, "work experience module")) {
                    c.getWorkExperienceModules().add((WorkExperienceModule) module);
                }
            }
            default -> throw new IllegalStateException(kind);
            }
        }
    }

    /** The kinds of component, in the order a number that several kinds share is read as when nothing tells. */
    private static final List<Class<? extends CurriculumComponent>> KINDS = List.of(Unit.class, KnowledgeModule.class,
            PracticalSkillsModule.class, WorkExperienceModule.class, UnitOfCompetency.class);

    /** Words of a group's title that name the kind of its components ("Practical Skills Modules"). */
    private static final Map<String, Class<? extends CurriculumComponent>> KIND_WORDS = new LinkedHashMap<>();
    static {
        KIND_WORDS.put("competenc", UnitOfCompetency.class);
        KIND_WORDS.put("knowledge", KnowledgeModule.class);
        KIND_WORDS.put("practical", PracticalSkillsModule.class);
        KIND_WORDS.put("work experience", WorkExperienceModule.class);
        KIND_WORDS.put("unit", Unit.class);
    }

    /**
     * The kind of component a Components cell lists. The export names components by number, and an
     * occupational curriculum numbers each kind of module from 1, so "1, 2, 3" alone does not say which;
     * a group's title ("Practical Skills Modules") does, else the one kind that has all the numbers. When
     * several kinds have them all and nothing tells, the first is taken and the report says so.
     */
    private Class<? extends CurriculumComponent> kindOf(Row row, String title) {
        List<String> names = Arrays.stream(row.get("Components").split(",")).map(String::trim)
                .filter(n -> !n.isEmpty()).toList();
        List<Class<? extends CurriculumComponent>> complete = new ArrayList<>();
        for (Class<? extends CurriculumComponent> kind : KINDS) {
            if (names.stream().allMatch(n -> byIdentifier.getOrDefault(n, List.of()).stream().anyMatch(kind::isInstance))) {
                complete.add(kind);
            }
        }
        if (complete.size() <= 1 || names.isEmpty()) {
            return complete.size() == 1 ? complete.get(0) : CurriculumComponent.class;
        }
        String lower = title == null ? "" : title.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Class<? extends CurriculumComponent>> word : KIND_WORDS.entrySet()) {
            if (lower.contains(word.getKey()) && complete.contains(word.getValue())) {
                return word.getValue();
            }
        }
        finding(row, "the numbers " + String.join(", ", names) + " name components of several kinds; read as "
                + ElementLabels.kindInSentence(ElementLabels.componentKind(first(complete.get(0)))) + " numbers. Give the "
                + "components codes, or name the kind in the group's title, to tell them apart");
        return complete.get(0);
    }

    private CurriculumComponent first(Class<? extends CurriculumComponent> kind) {
        return curriculum.getComponents().stream().filter(kind::isInstance).findFirst().orElseThrow();
    }

    /** The components a Modules or Components cell names by number or code; the names that match none are reported. */
    private List<CurriculumComponent> components(Row row, Class<?> kind, String what) {
        String column = row.columns().containsKey("Modules") ? "Modules" : "Components";
        List<CurriculumComponent> result = new ArrayList<>();
        for (String name : row.get(column).split(",")) {
            String identifier = name.trim();
            if (identifier.isEmpty()) {
                continue;
            }
            CurriculumComponent component = byIdentifier.getOrDefault(identifier, List.of()).stream()
                    .filter(kind::isInstance).findFirst().orElse(null);
            if (component == null) {
                finding(row, "no " + what + " numbered " + identifier + " in this workbook; that reference was left out");
            } else {
                result.add(component);
            }
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------
    // qualifications

    private void qualifications(Sheet sheet) {
        Level<Qualification> qualifications = new Level<Qualification>("qualification",
                List.of("Qualification", "Number", "Level", "Credit value", "TQT", "GLH"), "Qualification").referenceDescribes();
        Map<PartQualification, Row> parts = new LinkedHashMap<>();
        for (Row row : sheet.rows()) {
            String rule = row.get("Rule");
            String lower = rule.toLowerCase(Locale.ROOT);
            boolean part = lower.startsWith("part of ");
            Qualification q = qualifications.of(row, () -> part ? factory.createPartQualification()
                    : factory.createQualification(), created -> {
                        created.setTitle(nullIfEmpty(row.get("Qualification")));
                        created.setQualificationNumber(nullIfEmpty(row.get("Number")));
                        // a qualification is known by its number (labels, pathways); the workbook has no other code
                        created.setCode(created.getQualificationNumber());
                        created.setLevel(integer(row, "Level"));
                        created.setCreditValue(integer(row, "Credit value"));
                        created.setTotalQualificationTime(integer(row, "TQT"));
                        created.setGuidedLearningHours(integer(row, "GLH"));
                        curriculum.getQualifications().add(created);
                        if (created instanceof PartQualification p) {
                            parts.put(p, row);
                        }
                    });
            if (q == null) {
                if (row.blank(List.of("Qualification"))) {
                    finding(row, "no qualification above this row to put it in; give the Qualification's title");
                }
                continue;
            }
            if (lower.isEmpty() || lower.equals("qualification") || part) {
                continue;
            }
            if (!RULES.contains(lower)) {
                finding(row, "unknown Rule \"" + rule + "\"; use qualification, part of ..., total credits, "
                        + "mandatory group, optional group, minimum credit at level or barred combination. Not read");
                continue;
            }
            RulesOfCombination rules = q.getRules();
            if (rules == null) {
                rules = factory.createRulesOfCombination();
                q.setRules(rules);
            }
            String detail = nullIfEmpty(row.get("Detail"));
            switch (lower) {
            case "total credits" -> {
                rules.setNote(detail);
                rules.setTotalCredits(integer(row, "Credits"));
            }
            case "mandatory group", "optional group" -> {
                ComponentGroup group = factory.createComponentGroup();
                group.setMandatory(lower.startsWith("mandatory"));
                group.setTitle(detail);
                group.setMinimumCredits(integer(row, "Credits"));
                group.getComponents().addAll(components(row, kindOf(row, detail), "component"));
                rules.getGroups().add(group);
            }
            case "minimum credit at level" -> {
                Matcher m = LEVEL_RULE.matcher(detail == null ? "" : detail);
                Integer credits = integer(row, "Credits");
                if (!m.matches() || credits == null) {
                    finding(row, "a minimum credit at level needs Detail 'level N' or 'level N or above' and the "
                            + "Credits; not read");
                    continue;
                }
                LevelCreditRule minimum = factory.createLevelCreditRule();
                minimum.setLevel(Integer.parseInt(m.group(1)));
                minimum.setAtOrAbove(m.group(2) != null);
                minimum.setMinimumCredits(credits);
                rules.getLevelMinimums().add(minimum);
            }
            case "barred combination" -> {
                BarredCombination barred = factory.createBarredCombination();
                barred.setReason(detail);
                barred.getComponents().addAll(components(row, kindOf(row, detail), "component"));
                rules.getBarredCombinations().add(barred);
            }
            default -> throw new IllegalStateException(lower);
            }
        }
        // a part names its full qualification as the export describes it; every qualification is known only now
        Map<String, Qualification> described = new HashMap<>();
        for (Qualification q : curriculum.getQualifications()) {
            described.putIfAbsent(("part of " + ElementLabels.describe(q)).toLowerCase(Locale.ROOT), q);
        }
        for (Map.Entry<PartQualification, Row> entry : parts.entrySet()) {
            String rule = entry.getValue().get("Rule");
            Qualification full = described.get(rule.toLowerCase(Locale.ROOT));
            if (full == null || full == entry.getKey()) {
                finding(entry.getValue(), "no qualification in this workbook is \"" + rule.substring("part of ".length())
                        + "\"; the part qualification was kept without its full qualification");
            } else {
                entry.getKey().setFullQualification(full);
            }
        }
    }
}
