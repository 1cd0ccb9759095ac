// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.excel.internal.SheetCells;
import org.curriculum.excel.internal.SheetCells.Style;

/**
 * The documented template for typing a standards framework into a spreadsheet, and the empty
 * template files (.xlsx and .csv) that the {@code workbench import template} command writes.
 * <p>
 * Sheet "Standards" (or the CSV file): one row per section, standard, element, performance
 * criterion or knowledge item, under a header row naming the columns {@value #CODE},
 * {@value #TITLE}, {@value #PARENT}, {@value #TYPE} and {@value #DESCRIPTION} (any order; only
 * Code and Title are required). Any other column is kept on each row as a note (a property named
 * after the column). Sheet "Framework" (optional, .xlsx only): the framework's own title, code,
 * version, publisher, publication date and status as Field/Value rows; a CSV file's framework is
 * titled after the file.
 */
public final class FrameworkTemplate {

    public static final String STANDARDS_SHEET = "Standards";
    public static final String FRAMEWORK_SHEET = "Framework";
    public static final String HELP_SHEET = "How to fill in";

    public static final String CODE = "Code";
    public static final String TITLE = "Title";
    public static final String PARENT = "Parent code";
    public static final String TYPE = "Type";
    public static final String DESCRIPTION = "Description";

    /** The columns of the Standards sheet, in the template's order. */
    public static final List<String> COLUMNS = List.of(CODE, TITLE, PARENT, TYPE, DESCRIPTION);

    /** The Field names of the Framework sheet. */
    public static final List<String> FRAMEWORK_FIELDS = List.of("Title", "Code", "Version", "Publisher", "Published",
            "Status", "Description");

    /** The row types and what they may sit under. */
    public static final List<String> HELP = List.of(
            "One row per item. Code and Title are required; a row's Parent code is the Code of the row it belongs to.",
            "Type (leave blank for a standard): section | standard | element | performance criterion | knowledge item.",
            "A section may sit under a section; a standard under a section or nothing; an element under a standard;",
            "a performance criterion or knowledge item under a standard or an element.",
            "Codes must be unique. Rows may come in any order. Blank rows are ignored.",
            "Any further column you add is kept on each row as a note named after the column's header.",
            "Text starting with =, +, - or @ is read as text, never as a formula.",
            "Status on the Framework sheet: draft | for comment | published | superseded | withdrawn.",
            "Import with: workbench import framework FILE.xlsx -o FRAMEWORK.standards");

    private FrameworkTemplate() {
    }

    /** Writes the empty .xlsx template: the Standards sheet with its header, the Framework sheet, and help. */
    public static void writeXlsx(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetCells cells = new SheetCells(workbook);
            Sheet standards = workbook.createSheet(STANDARDS_SHEET);
            Row header = standards.createRow(0);
            int[] widths = { 14, 60, 14, 22, 60 };
            for (int i = 0; i < COLUMNS.size(); i++) {
                cells.text(header, i, COLUMNS.get(i), Style.HEADER);
                standards.setColumnWidth(i, widths[i] * 256);
            }
            standards.createFreezePane(0, 1);

            Sheet framework = workbook.createSheet(FRAMEWORK_SHEET);
            framework.setColumnWidth(0, 16 * 256);
            framework.setColumnWidth(1, 70 * 256);
            Row fieldHeader = framework.createRow(0);
            cells.text(fieldHeader, 0, "Field", Style.HEADER);
            cells.text(fieldHeader, 1, "Value", Style.HEADER);
            for (int i = 0; i < FRAMEWORK_FIELDS.size(); i++) {
                cells.text(framework.createRow(i + 1), 0, FRAMEWORK_FIELDS.get(i), Style.BOLD);
            }

            Sheet help = workbook.createSheet(HELP_SHEET);
            help.setColumnWidth(0, 120 * 256);
            for (int i = 0; i < HELP.size(); i++) {
                cells.text(help.createRow(i), 0, HELP.get(i), Style.PLAIN);
            }
            workbook.write(out);
        }
    }

    /** Writes the empty CSV template: the header line only (UTF-8). */
    public static void writeCsv(OutputStream out) throws IOException {
        out.write((String.join(",", COLUMNS) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
