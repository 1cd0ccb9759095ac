// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.excel.internal.SheetCells;
import org.curriculum.excel.internal.SheetCells.Style;

/**
 * The layout a curriculum workbook is read in by {@link CurriculumWorkbookImporter}: the sheets and
 * columns that {@code export --kind curriculum} writes, plus a few columns the export leaves out (a
 * unit's code and aim, a module's purpose) for people typing a curriculum from scratch, and the empty
 * template that {@code workbench import template --kind curriculum} writes.
 * <p>
 * The export is the template: a workbook exported by the workbench imports back as it is, and an empty
 * template is that layout with its headers, one Field/Value sheet and a "How to fill in" sheet. Columns
 * are found by their header (any order, extra template columns optional).
 */
public final class CurriculumTemplate {

    public static final String CURRICULUM_SHEET = "Curriculum";
    public static final String TASKS_SHEET = "Tasks";
    public static final String KNOWLEDGE_SHEET = "Knowledge modules";
    public static final String PRACTICAL_SHEET = "Practical skills modules";
    public static final String WORK_EXPERIENCE_SHEET = "Work experience modules";
    public static final String UNITS_SHEET = "Units";
    public static final String COMPETENCY_SHEET = "Units of competency";
    public static final String QUALIFICATIONS_SHEET = "Qualifications";
    public static final String HELP_SHEET = "How to fill in";

    /** The columns every module sheet starts with (as the export writes them). */
    public static final List<String> MODULE_COLUMNS = List.of("Number", "Code", "Title", "Level", "Credits",
            "Notional hours");

    /** Optional module column the export does not write. */
    public static final String PURPOSE = "Purpose";

    /** The Field names of the Curriculum sheet, in the export's order. */
    public static final List<String> CURRICULUM_FIELDS = List.of("Title", "Code", "Version", "Status", "Publisher",
            "Published", "Description", "Components", "Qualifications", "Occupation", "OFO code",
            "Related occupations", "Specialisations", "Occupational purpose", "Curriculum scope");

    /** The Field names that belong to the occupational profile. */
    public static final List<String> PROFILE_FIELDS = CURRICULUM_FIELDS.subList(9, CURRICULUM_FIELDS.size());

    /** The columns of each table sheet in the template's order: the export's, then the optional ones. */
    public static final Map<String, List<String>> COLUMNS = Map.of(
            TASKS_SHEET, List.of("Task", "Task title", "Product or service", "Kind", "Number", "Title", "Role level",
                    "Modules"),
            KNOWLEDGE_SHEET, with(MODULE_COLUMNS, "Topic code", "Topic", "Weighting %", "Topic element", PURPOSE),
            PRACTICAL_SHEET, with(MODULE_COLUMNS, "Skill code", "Practical skill", PURPOSE),
            WORK_EXPERIENCE_SHEET, with(MODULE_COLUMNS, "Activity code", "Work activity", "Mode", PURPOSE),
            UNITS_SHEET, List.of("Unit", "Code", "Reference code", "Title", "Level", "Credits", "GLH", "Aim", "LO",
                    "Learning outcome", "AC", "Assessment criterion"),
            COMPETENCY_SHEET, with(MODULE_COLUMNS, "Functional area", "Requirement", "Performance requirement", "Item",
                    PURPOSE),
            QUALIFICATIONS_SHEET, List.of("Qualification", "Number", "Level", "Credit value", "TQT", "GLH", "Rule",
                    "Detail", "Credits", "Components"));

    /** The table sheets in the order they are read and written (components before what refers to them). */
    public static final List<String> TABLE_SHEETS = List.of(KNOWLEDGE_SHEET, PRACTICAL_SHEET, WORK_EXPERIENCE_SHEET,
            UNITS_SHEET, COMPETENCY_SHEET, TASKS_SHEET, QUALIFICATIONS_SHEET);

    /** What the "How to fill in" sheet says, one line a row. */
    public static final List<String> HELP = List.of(
            "This workbook has the layout that 'workbench export --kind curriculum' writes; an exported curriculum "
                    + "imports back as it is. Leave out the sheets you do not need. Columns are found by their header.",
            "Curriculum: one Field/Value row each. Status: draft | for comment | published | superseded | withdrawn. "
                    + "Related occupations and specialisations: separated by '; '. Components and Qualifications are counts "
                    + "the export writes; they are checked, never needed.",
            "Units: one row per assessment criterion. The unit's columns (Unit = its number, Code, Reference code, Title, "
                    + "Level, Credits, GLH, Aim) are repeated on each of its rows, or given on its first row and then only "
                    + "its Unit number (its parent code); a row whose unit cells are all blank continues the unit above.",
            "Learning outcomes sit under their unit: LO is the outcome's code, Learning outcome its text; later rows may "
                    + "give only the LO code. AC and Assessment criterion: one criterion a row (leave blank for an outcome "
                    + "with no criteria yet).",
            "Knowledge / Practical skills / Work experience modules and Units of competency: the module's columns (Number, "
                    + "Code, Title, Level, Credits, Notional hours, Purpose) then one topic element, skill, work activity or "
                    + "performance requirement item a row, in the same way (a row giving only the module's Number or Code "
                    + "belongs to that module).",
            "Weighting % is a whole number. Mode of a work activity: unspecified | observe and assist | under supervision | "
                    + "independently.",
            "Tasks: Kind is task, responsibility or context. A task row gives Task (its number), Task title and Product or "
                    + "service; responsibility and context rows repeat the Task number (and title) and give their own Number "
                    + "and Title; a context's Role level is a whole number. Modules: the numbers (or codes) of the practical "
                    + "skills modules (responsibilities) or work experience modules (contexts) that cover it, separated by commas.",
            "Qualifications: a row with Rule 'qualification' (or 'part of Qualification <number> <title>' for a part "
                    + "qualification) starts each one; its rules follow, repeating its columns (or only its title): "
                    + "'total credits' (Detail = note, Credits = total), 'mandatory group' / 'optional group' (Detail = the "
                    + "group's title, Credits = minimum credits, Components = numbers separated by commas), 'minimum credit at "
                    + "level' (Detail = 'level 3' or 'level 3 or above', Credits) and 'barred combination' (Detail = reason, "
                    + "Components).",
            "Numbers (Level, Credits, GLH, hours, TQT) are whole numbers. Text starting with =, +, - or @ is read as text, "
                    + "never as a formula. Rows and columns the importer does not recognise are listed in its report.",
            "Import with: workbench import curriculum FILE.xlsx -o OUT.curriculum [--report REPORT.txt], "
                    + "or File > Import > Curriculum from Word or Excel.");

    private CurriculumTemplate() {
    }

    private static List<String> with(List<String> first, String... rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(rest));
        return List.copyOf(all);
    }

    /** Writes the empty template: the Curriculum sheet's fields, every table sheet with its header, and help. */
    public static void writeXlsx(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetCells cells = new SheetCells(workbook);
            Sheet curriculum = workbook.createSheet(CURRICULUM_SHEET);
            curriculum.setColumnWidth(0, 26 * 256);
            curriculum.setColumnWidth(1, 100 * 256);
            Row fieldHeader = curriculum.createRow(0);
            cells.text(fieldHeader, 0, "Field", Style.HEADER);
            cells.text(fieldHeader, 1, "Value", Style.HEADER);
            int row = 1;
            for (String field : CURRICULUM_FIELDS) {
                if (!field.equals("Components") && !field.equals("Qualifications")) {
                    cells.text(curriculum.createRow(row++), 0, field, Style.BOLD);
                }
            }
            for (String name : TABLE_SHEETS) {
                Sheet sheet = workbook.createSheet(name);
                Row header = sheet.createRow(0);
                List<String> columns = COLUMNS.get(name);
                for (int i = 0; i < columns.size(); i++) {
                    cells.text(header, i, columns.get(i), Style.HEADER);
                    sheet.setColumnWidth(i, Math.max(10, Math.min(40, columns.get(i).length() + 6)) * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            Sheet help = workbook.createSheet(HELP_SHEET);
            help.setColumnWidth(0, 160 * 256);
            for (int i = 0; i < HELP.size(); i++) {
                cells.text(help.createRow(i), 0, HELP.get(i), Style.WRAP);
            }
            workbook.write(out);
        }
    }
}
