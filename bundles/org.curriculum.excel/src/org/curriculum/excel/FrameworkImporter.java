// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.curriculum.excel.internal.CsvTable.Record;
import org.curriculum.excel.internal.SafeWorkbookReader;
import org.curriculum.excel.internal.StreamingWorkbookReader;
import org.curriculum.excel.internal.Table;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.KnowledgeItem;
import org.curriculum.model.NamedElement;
import org.curriculum.model.PerformanceCriterion;
import org.curriculum.model.Property;
import org.curriculum.model.PublicationStatus;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardElement;
import org.curriculum.model.StandardSection;
import org.curriculum.model.StandardsFramework;

/**
 * Reads a standards framework typed in the template ({@link FrameworkTemplate}) from an .xlsx or
 * .csv file into a new, unsaved {@link StandardsFramework}. Either the whole file is read or an
 * exception names the first problem's file, sheet, row and column; nothing is written.
 */
public final class FrameworkImporter {

    private enum Kind {
        SECTION, STANDARD, ELEMENT, CRITERION, KNOWLEDGE
    }

    private record Line(int line, String code, String title, String parent, Kind kind, String description,
            Map<String, String> notes) {
    }

    private FrameworkImporter() {
    }

    /**
     * The most filled cells a framework is read with (header included). A national framework of 20,000
     * standards in the template's five columns and a few note columns is well below; a sheet far beyond
     * it is not a framework, and reading it whole would take minutes and gigabytes before failing.
     */
    public static final long MAX_CELLS = 1_000_000;

    /** Imports a framework from a file ending in .xlsx or .csv. */
    public static StandardsFramework importFramework(Path file) throws SpreadsheetImportException {
        return importFramework(file, MAX_CELLS);
    }

    /**
     * Imports a framework reading at most {@code maxCells} filled cells: a file with more is refused at the
     * row where the budget runs out, after reading only that far.
     */
    public static StandardsFramework importFramework(Path file, long maxCells) throws SpreadsheetImportException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
            Table table = Table.ofCsv(file);
            long filled = 0;
            for (Record record : table.records()) {
                filled = spend(table.file(), table.sheet(), record, filled, maxCells);
            }
            StandardsFramework framework = build(table);
            framework.setTitle(baseName(file));
            return framework;
        }
        if (!name.endsWith(".xlsx") && !name.endsWith(".xlsm")) {
            throw new SpreadsheetImportException(file,
                    "unknown kind of file: a framework is imported from an .xlsx workbook or a .csv file", null);
        }
        // the file limit of the in-memory reader still applies; the rows stream, so memory grows with the
        // cells read (bounded by the budget), never with the workbook's XML
        SafeWorkbookReader.checkFile(file, SafeWorkbookReader.MAX_FILE_BYTES);
        try (StreamingWorkbookReader workbook = StreamingWorkbookReader.open(file)) {
            if (workbook.sheetNames().isEmpty()) {
                throw new SpreadsheetImportException(file, "the workbook has no sheet", null);
            }
            String standards = workbook.hasSheet(FrameworkTemplate.STANDARDS_SHEET) ? FrameworkTemplate.STANDARDS_SHEET
                    : workbook.sheetNames().get(0);
            String sheet = workbook.sheetName(standards);
            List<Record> records = new ArrayList<>();
            long[] filled = { 0 };
            workbook.read(standards, row -> {
                Table.checkRowCount(file, sheet, row.record().line());
                filled[0] = spend(file, sheet, row.record(), filled[0], maxCells);
                records.add(row.record());
            });
            StandardsFramework framework = build(new Table(file, sheet, records));
            framework.setTitle(baseName(file));
            if (workbook.hasSheet(FrameworkTemplate.FRAMEWORK_SHEET)) {
                readFrameworkSheet(workbook.table(FrameworkTemplate.FRAMEWORK_SHEET), framework);
            }
            return framework;
        } catch (RuntimeException e) {
            throw SafeWorkbookReader.translate(file, e);
        }
    }

    /** Counts a record's filled cells against the budget; refuses the file at the row that exceeds it. */
    private static long spend(Path file, String sheet, Record record, long filled, long maxCells)
            throws SpreadsheetImportException {
        long total = filled;
        for (String cell : record.cells()) {
            if (!cell.isBlank()) {
                total++;
            }
        }
        if (total > maxCells) {
            throw new SpreadsheetImportException(file, sheet, record.line(), -1, "more than " + maxCells
                    + " filled cells by this row; a standards framework is read up to that many. Remove the columns "
                    + "that are not part of the template (Code, Title, Parent code, Type, Description, a few notes) "
                    + "or split the framework into several files", null);
        }
        return total;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void readFrameworkSheet(Table table, StandardsFramework framework) throws SpreadsheetImportException {
        for (Record record : table.records()) {
            String field = record.cell(0).toLowerCase(Locale.ROOT);
            String value = record.cell(1);
            if (value.isEmpty() || field.equals("field")) {
                continue;
            }
            switch (field) {
            case "title" -> framework.setTitle(value);
            case "code" -> framework.setCode(value);
            case "version" -> framework.setVersion(value);
            case "publisher" -> framework.setPublisher(value);
            case "published" -> framework.setPublished(value);
            case "description" -> framework.setDescription(value);
            case "status" -> {
                PublicationStatus status = PublicationStatus.get(value.toLowerCase(Locale.ROOT));
                if (status == null) {
                    status = PublicationStatus.getByName(value);
                }
                if (status == null) {
                    throw table.error(record.line(), 1, "unknown status \"" + value
                            + "\"; use draft, for comment, published, superseded or withdrawn");
                }
                framework.setStatus(status);
            }
            case "" -> {
            }
            default -> throw table.error(record.line(), 0, "unknown field \"" + record.cell(0) + "\"; the fields are "
                    + String.join(", ", FrameworkTemplate.FRAMEWORK_FIELDS));
            }
        }
    }

    private static StandardsFramework build(Table table) throws SpreadsheetImportException {
        List<Record> records = table.records();
        int headerIndex = 0;
        while (headerIndex < records.size() && records.get(headerIndex).isBlank()) {
            headerIndex++;
        }
        if (headerIndex == records.size()) {
            throw table.error(0, -1, "has no rows: type the header row (" + String.join(", ", FrameworkTemplate.COLUMNS)
                    + ") and one row per standard, or start from the template (workbench import template FILE)");
        }
        Record header = records.get(headerIndex);
        Map<String, Integer> columns = new HashMap<>();
        Map<Integer, String> extra = new LinkedHashMap<>();
        for (int c = 0; c < header.cells().size(); c++) {
            String name = header.cell(c);
            if (name.isEmpty()) {
                continue;
            }
            String known = FrameworkTemplate.COLUMNS.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst()
                    .orElse(null);
            if (known != null) {
                if (columns.containsKey(known)) {
                    throw table.error(header.line(), c, "the column \"" + known + "\" appears twice in the header row");
                }
                columns.put(known, c);
            } else {
                extra.put(c, name);
            }
        }
        for (String required : List.of(FrameworkTemplate.CODE, FrameworkTemplate.TITLE)) {
            if (!columns.containsKey(required)) {
                throw table.error(header.line(), -1, "the header row has no \"" + required
                        + "\" column; the first non-blank row must name the columns ("
                        + String.join(", ", FrameworkTemplate.COLUMNS) + "), found: "
                        + String.join(", ", header.cells().stream().filter(s -> !s.isBlank()).toList())
                        + ". Start from the template: workbench import template FILE");
            }
        }
        List<Line> lines = new ArrayList<>();
        Map<String, Line> byCode = new HashMap<>();
        for (int i = headerIndex + 1; i < records.size(); i++) {
            Record record = records.get(i);
            if (record.isBlank()) {
                continue;
            }
            String code = cell(record, columns, FrameworkTemplate.CODE);
            String title = cell(record, columns, FrameworkTemplate.TITLE);
            String parent = cell(record, columns, FrameworkTemplate.PARENT);
            String typeText = cell(record, columns, FrameworkTemplate.TYPE);
            String description = cell(record, columns, FrameworkTemplate.DESCRIPTION);
            int codeColumn = columns.get(FrameworkTemplate.CODE);
            if (code.isEmpty()) {
                throw table.error(record.line(), codeColumn, "the code is empty; every row needs a unique code");
            }
            if (title.isEmpty()) {
                throw table.error(record.line(), columns.get(FrameworkTemplate.TITLE), "the title of " + code + " is empty");
            }
            Kind kind = kind(typeText);
            if (kind == null) {
                throw table.error(record.line(), columns.get(FrameworkTemplate.TYPE), "unknown type \"" + typeText
                        + "\"; use section, standard, element, performance criterion or knowledge item (blank = standard)");
            }
            Line previous = byCode.get(code);
            if (previous != null) {
                throw table.error(record.line(), codeColumn, "the code " + code + " is already used on row "
                        + previous.line() + "; codes must be unique");
            }
            Map<String, String> notes = new LinkedHashMap<>();
            for (Map.Entry<Integer, String> column : extra.entrySet()) {
                String value = record.cell(column.getKey());
                if (!value.isEmpty()) {
                    notes.put(column.getValue(), value);
                }
            }
            Line line = new Line(record.line(), code, title, parent, kind, description, notes);
            lines.add(line);
            byCode.put(code, line);
        }
        if (lines.isEmpty()) {
            throw table.error(header.line(), -1, "the header row is followed by no standard; nothing to import");
        }

        // check every parent before creating anything, so the first problem is reported by row
        int parentColumn = columns.getOrDefault(FrameworkTemplate.PARENT, -1);
        for (Line line : lines) {
            if (line.parent().isEmpty()) {
                if (line.kind() != Kind.SECTION && line.kind() != Kind.STANDARD) {
                    throw table.error(line.line(), parentColumn, "a " + words(line.kind())
                            + " needs a parent code (the standard or element it belongs to)");
                }
                continue;
            }
            Line parent = byCode.get(line.parent());
            if (parent == null) {
                throw table.error(line.line(), parentColumn, "the parent code " + line.parent()
                        + " is not the code of any row");
            }
            if (!allowed(line.kind(), parent.kind())) {
                throw table.error(line.line(), parentColumn, "a " + words(line.kind()) + " cannot sit under a "
                        + words(parent.kind()) + " (" + parent.code() + ", row " + parent.line() + ")");
            }
            Set<String> seen = new HashSet<>();
            for (Line up = line; up != null && !up.parent().isEmpty(); up = byCode.get(up.parent())) {
                if (!seen.add(up.code())) {
                    throw table.error(line.line(), parentColumn, "the parent codes form a loop through " + line.code());
                }
            }
        }

        StandardsFramework framework = CurriculumFactory.eINSTANCE.createStandardsFramework();
        Map<String, NamedElement> created = new HashMap<>();
        for (Line line : lines) {
            created.put(line.code(), create(line));
        }
        for (Line line : lines) {
            NamedElement element = created.get(line.code());
            NamedElement parent = line.parent().isEmpty() ? null : created.get(line.parent());
            attach(framework, element, parent);
        }
        return framework;
    }

    private static String cell(Record record, Map<String, Integer> columns, String name) {
        Integer column = columns.get(name);
        return column == null ? "" : record.cell(column);
    }

    private static Kind kind(String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        return switch (t) {
        case "", "standard", "nos", "unit" -> Kind.STANDARD;
        case "section", "group", "heading" -> Kind.SECTION;
        case "element" -> Kind.ELEMENT;
        case "performance criterion", "performance criteria", "pc", "criterion" -> Kind.CRITERION;
        case "knowledge item", "knowledge", "ki", "knowledge and understanding" -> Kind.KNOWLEDGE;
        default -> null;
        };
    }

    private static String words(Kind kind) {
        return switch (kind) {
        case SECTION -> "section";
        case STANDARD -> "standard";
        case ELEMENT -> "element";
        case CRITERION -> "performance criterion";
        case KNOWLEDGE -> "knowledge item";
        };
    }

    private static boolean allowed(Kind child, Kind parent) {
        return switch (child) {
        case SECTION, STANDARD -> parent == Kind.SECTION;
        case ELEMENT -> parent == Kind.STANDARD;
        case CRITERION, KNOWLEDGE -> parent == Kind.STANDARD || parent == Kind.ELEMENT;
        };
    }

    private static NamedElement create(Line line) {
        CurriculumFactory factory = CurriculumFactory.eINSTANCE;
        NamedElement element = switch (line.kind()) {
        case SECTION -> factory.createStandardSection();
        case STANDARD -> factory.createStandard();
        case ELEMENT -> factory.createStandardElement();
        case CRITERION -> factory.createPerformanceCriterion();
        case KNOWLEDGE -> factory.createKnowledgeItem();
        };
        element.setCode(line.code());
        element.setTitle(line.title());
        if (!line.description().isEmpty()) {
            element.setDescription(line.description());
        }
        for (Map.Entry<String, String> note : line.notes().entrySet()) {
            Property property = factory.createProperty();
            property.setKey(note.getKey());
            property.setValue(note.getValue());
            element.getProperties().add(property);
        }
        return element;
    }

    private static void attach(StandardsFramework framework, NamedElement element, NamedElement parent) {
        if (element instanceof StandardSection section) {
            if (parent instanceof StandardSection up) {
                up.getSections().add(section);
            } else {
                framework.getSections().add(section);
            }
        } else if (element instanceof Standard standard) {
            if (parent instanceof StandardSection up) {
                up.getStandards().add(standard);
            } else {
                framework.getStandards().add(standard);
            }
        } else if (element instanceof StandardElement standardElement) {
            ((Standard) parent).getElements().add(standardElement);
        } else if (element instanceof PerformanceCriterion criterion) {
            if (parent instanceof Standard standard) {
                standard.getPerformanceCriteria().add(criterion);
            } else {
                ((StandardElement) parent).getPerformanceCriteria().add(criterion);
            }
        } else if (element instanceof KnowledgeItem item) {
            if (parent instanceof Standard standard) {
                standard.getKnowledgeItems().add(item);
            } else {
                ((StandardElement) parent).getKnowledgeItems().add(item);
            }
        }
    }
}
