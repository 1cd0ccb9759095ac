// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel;

import static org.curriculum.excel.internal.GridLayout.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.curriculum.core.review.ReviewThreads;
import org.curriculum.excel.internal.CsvTable.Record;
import org.curriculum.excel.internal.ModelIds;
import org.curriculum.excel.internal.SafeWorkbookReader;
import org.curriculum.excel.internal.StreamingWorkbookReader;
import org.curriculum.excel.internal.StreamingWorkbookReader.StreamedRow;
import org.curriculum.excel.internal.Table;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.Framework;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.ReviewState;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardSection;
import org.curriculum.model.StandardsFramework;
import org.curriculum.model.labels.ElementLabels;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Reads a coverage grid from an .xlsx workbook into a new, unsaved mapping set whose links point at
 * the curricula and frameworks already loaded in a resource set (the files given with
 * {@code --against}). Two layouts are read:
 * <ul>
 * <li>a workbook exported by the workbench ({@link MappingWorkbookWriter}): hidden IDs identify every
 * row and column, the Links sheet restores each link's rationale, author, date and ID, and the grid
 * decides which direct links exist (so ticks added or removed in a spreadsheet program are taken);
 * the round trip is exact;</li>
 * <li>a plain grid of the kind councils publish: standard titles (or codes) in the first column, a
 * header row of unit numbers, a mark in each covered cell. A mark is partial coverage unless the key
 * above the grid or the mark itself says full ("full", "F", "●", "✓✓").</li>
 * </ul>
 * Nothing is half-imported: the first problem ends the import with its file, sheet, row and column.
 * The workbook is read as a stream of rows (a national-scale export has millions of cells), so memory
 * follows the imported links rather than the file; IDs are looked up in the loaded files' ID maps.
 */
public final class GridImporter {

    private static final Pattern KEY_LINE = Pattern.compile("^(\\S{1,12})\\s+(?:indicates|means|=|:|shows)\\s+(.*)$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern XML_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{Nd}_.\\-]*");

    private GridImporter() {
    }

    /** Imports the grid; {@code against} holds the loaded source curriculum and target framework. */
    public static ImportedModel<MappingSet> importGrid(Path file, ResourceSet against) throws SpreadsheetImportException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            throw new SpreadsheetImportException(file,
                    "a coverage grid is imported from an .xlsx workbook; open the CSV file in a spreadsheet program and "
                            + "save it as .xlsx",
                    null);
        }
        // One streamed pass over the grid sheet decides the layout: rows are kept only until the hidden
        // marker row shows the sheet is ours; after it every row is turned into marks as it passes.
        try (StreamingWorkbookReader workbook = StreamingWorkbookReader.open(file)) {
            List<String> sheets = workbook.sheetNames();
            if (sheets.isEmpty()) {
                throw new SpreadsheetImportException(file, "the workbook has no sheet", null);
            }
            String gridSheet = workbook.hasSheet(GRID_SHEET) ? workbook.sheetName(GRID_SHEET) : sheets.get(0);
            OwnGrid own = new OwnGrid(file, gridSheet, against);
            workbook.read(gridSheet, own::row);
            if (!own.isOurs()) {
                return importPlain(file, own.plainTable(), against);
            }
            return own.finish(workbook);
        } catch (RuntimeException e) {
            throw SafeWorkbookReader.translate(file, e);
        }
    }

    // ------------------------------------------------------------------ our own export

    private record Pair(MappableItem item, MappableItem standard) {
    }

    /**
     * Our own export, read as it streams: the grid sheet's rows up to the marker are kept (in case the
     * sheet turns out to be a plain grid), then each row is resolved and its marks noted; the Legend
     * and Links sheets follow, one row at a time, so memory holds the new links, not the workbook.
     */
    private static final class OwnGrid {

        /**
         * Rows kept before a marker is seen in a workbook too large for the in-memory reading of plain
         * grids: our marker is in row 12, so a marker this far down means the file is not ours.
         */
        private static final int ROWS_BEFORE_MARKER_IN_LARGE_FILES = 1000;

        private final Path file;
        private final Table where;
        private final ResourceSet against;
        private final boolean large;

        private List<Record> before = new ArrayList<>();
        private Record marker;
        private boolean standardsInRows;
        private final List<MappableItem> columns = new ArrayList<>();
        private final Set<MappableItem> items = new HashSet<>();
        private final Set<MappableItem> standards = new HashSet<>();
        private final Map<Pair, CoverageLevel> gridLinks = new LinkedHashMap<>();

        OwnGrid(Path file, String sheet, ResourceSet against) {
            this.file = file;
            this.where = new Table(file, sheet, List.of());
            this.against = against;
            this.large = sizeOf(file) > SafeWorkbookReader.MAX_FILE_BYTES;
        }

        boolean isOurs() {
            return marker != null;
        }

        /** The rows of a sheet that has no marker, for the plain-grid import. */
        Table plainTable() throws SpreadsheetImportException {
            if (large) {
                throw tooLargeForPlain();
            }
            return new Table(file, where.sheet(), before);
        }

        void row(StreamedRow row) throws SpreadsheetImportException {
            Record record = row.record();
            if (marker == null) {
                if (record.cell(ID_COLUMN).startsWith(MARKER_PREFIX)) {
                    before = null;
                    startWith(record);
                    return;
                }
                Table.checkRowCount(file, where.sheet(), record.line());
                if (large && before.size() >= ROWS_BEFORE_MARKER_IN_LARGE_FILES) {
                    throw tooLargeForPlain();
                }
                before.add(record);
                return;
            }
            String id = record.cell(ID_COLUMN);
            if (id.isEmpty() || id.startsWith("#")) {
                return;
            }
            MappableItem rowElement = resolve(where, against, record.line(), ID_COLUMN, id);
            (standardsInRows ? standards : items).add(rowElement);
            for (int i = 0; i < columns.size(); i++) {
                int c = FIRST_ITEM_COLUMN + i;
                String mark = record.cell(c);
                if (mark.isEmpty() || mark.startsWith("(")) {
                    // "(✓)": coverage through a sub-item, which the Links sheet carries
                    continue;
                }
                CoverageLevel level = markLevel(mark, Map.of());
                MappableItem item = standardsInRows ? columns.get(i) : rowElement;
                MappableItem standard = standardsInRows ? rowElement : columns.get(i);
                gridLinks.put(new Pair(item, standard), level);
            }
        }

        private void startWith(Record record) throws SpreadsheetImportException {
            marker = record;
            if (marker.cell(ID_COLUMN).equals(STANDARDS_IN_ROWS)) {
                standardsInRows = true;
            } else if (marker.cell(ID_COLUMN).equals(ITEMS_IN_ROWS)) {
                standardsInRows = false;
            } else {
                throw where.error(marker.line(), ID_COLUMN, "the hidden grid marker \"" + marker.cell(ID_COLUMN)
                        + "\" is not one this version of the workbench writes");
            }
            for (int c = FIRST_ITEM_COLUMN; !marker.cell(c).isEmpty(); c++) {
                columns.add(resolve(where, against, marker.line(), c, marker.cell(c)));
            }
            if (columns.isEmpty()) {
                throw where.error(marker.line(), FIRST_ITEM_COLUMN, "the hidden ID row names no column");
            }
        }

        private SpreadsheetImportException tooLargeForPlain() {
            return new SpreadsheetImportException(file, "the file is " + sizeOf(file) / (1024 * 1024)
                    + " MB; files over " + SafeWorkbookReader.MAX_FILE_BYTES / (1024 * 1024)
                    + " MB are refused unless they are grids exported by the workbench", null);
        }

        /** Reads the Legend and Links sheets and builds the mapping set. */
        ImportedModel<MappingSet> finish(StreamingWorkbookReader workbook) throws SpreadsheetImportException {
            (standardsInRows ? items : standards).addAll(columns);

            MappingSet mapping = CurriculumFactory.eINSTANCE.createMappingSet();
            Map<EObject, String> ids = new HashMap<>();
            if (workbook.hasSheet(LEGEND_SHEET)) {
                readLegend(workbook.table(LEGEND_SHEET), against, mapping, ids);
            }

            if (workbook.hasSheet(LINKS_SHEET)) {
                Table links = new Table(file, workbook.sheetName(LINKS_SHEET), List.of());
                TimeZone utc = TimeZone.getTimeZone("UTC");
                workbook.read(LINKS_SHEET, row -> {
                    Record record = row.record();
                    if (record.line() == 1) {
                        if (!record.cell(LINK_ITEM_ID).equals(LINK_HEADERS[LINK_ITEM_ID])
                                || !record.cell(LINK_STANDARD_ID).equals(LINK_HEADERS[LINK_STANDARD_ID])) {
                            throw links.error(1, LINK_ITEM_ID, "the Links sheet's header row is not the workbench's ("
                                    + String.join(", ", LINK_HEADERS) + ")");
                        }
                        return;
                    }
                    if (record.isBlank()) {
                        return;
                    }
                    MappableItem item = resolve(links, against, record.line(), LINK_ITEM_ID, record.cell(LINK_ITEM_ID));
                    MappableItem standard = resolve(links, against, record.line(), LINK_STANDARD_ID,
                            record.cell(LINK_STANDARD_ID));
                    Pair pair = new Pair(item, standard);
                    CoverageLevel level = coverage(links, record);
                    boolean direct = items.contains(item) && standards.contains(standard);
                    if (direct) {
                        // taken out once placed, so what is left at the end are ticks without a Links row
                        CoverageLevel inGrid = gridLinks.remove(pair);
                        if (inGrid == null) {
                            return; // the tick was removed from the grid, or an earlier row placed this link
                        }
                        if (inGrid != (level == null ? CoverageLevel.PARTIAL : level)) {
                            level = inGrid;
                        }
                    }
                    MappingLink link = CurriculumFactory.eINSTANCE.createMappingLink();
                    link.setItem(item);
                    link.setStandard(standard);
                    link.setCoverage(level);
                    link.setRationale(blankToNull(record.cell(LINK_RATIONALE)));
                    link.setAuthor(blankToNull(record.cell(LINK_AUTHOR)));
                    link.setDate(date(links, row, LINK_DATE, workbook.isDate1904(), utc));
                    readReview(links, row, link, workbook.isDate1904(), utc);
                    mapping.getLinks().add(link);
                    String linkId = record.cell(LINK_ID);
                    if (!linkId.isEmpty()) {
                        ids.put(link, checkedId(links, record.line(), LINK_ID, "link", linkId));
                    }
                });
            }
            for (Map.Entry<Pair, CoverageLevel> entry : gridLinks.entrySet()) {
                MappingLink link = CurriculumFactory.eINSTANCE.createMappingLink();
                link.setItem(entry.getKey().item());
                link.setStandard(entry.getKey().standard());
                link.setCoverage(entry.getValue());
                mapping.getLinks().add(link);
            }
            if (mapping.getSource() == null && !columns.isEmpty()) {
                mapping.setSource(frameworkOf(standardsInRows ? columns.get(0) : first(items)));
            }
            if (mapping.getTarget() == null) {
                mapping.setTarget(frameworkOf(standardsInRows ? first(standards) : columns.get(0)));
            }
            return new ImportedModel<>(mapping, against, ids, new ArrayList<>());
        }
    }

    /**
     * The review columns of a Links row back onto its link: the state (proposed, what the export writes for a link
     * nobody reviewed, stays unset), the reviewer, the date and the comment thread.
     */
    private static void readReview(Table links, StreamedRow row, MappingLink link, boolean date1904, TimeZone utc)
            throws SpreadsheetImportException {
        Record record = row.record();
        ReviewState state = ReviewImporter.state(links, record);
        if (state != null && state != ReviewState.PROPOSED) {
            link.setReviewState(state);
        }
        link.setReviewer(blankToNull(record.cell(LINK_REVIEWER)));
        link.setReviewedOn(date(links, row, LINK_REVIEWED_ON, date1904, utc));
        for (ReviewThreads.Comment line : ReviewThreads.parse(record.cell(LINK_COMMENTS))) {
            link.getComments().add(ReviewThreads.comment(line.author(), line.date(), line.text()));
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // it was read a moment ago; a file that vanished fails on the next read with a message
        }
    }

    private static MappableItem first(Set<MappableItem> set) {
        return set.isEmpty() ? null : set.iterator().next();
    }

    private static Framework frameworkOf(EObject element) {
        if (element == null) {
            return null;
        }
        EObject root = EcoreUtil.getRootContainer(element);
        return root instanceof Framework framework ? framework : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static CoverageLevel coverage(Table table, Record record) throws SpreadsheetImportException {
        String text = record.cell(LINK_COVERAGE);
        if (text.isEmpty()) {
            return null;
        }
        CoverageLevel level = CoverageLevel.get(text.toLowerCase(Locale.ROOT));
        if (level == null) {
            throw table.error(record.line(), LINK_COVERAGE, "unknown coverage \"" + text + "\"; use partial or full");
        }
        return level;
    }

    /**
     * A date in a Links sheet column (the link's date, or its review date): a date cell (an Excel serial number)
     * or text such as 2024-03-31; null for a blank cell.
     */
    static Date date(Table table, StreamedRow row, int column, boolean date1904, TimeZone utc)
            throws SpreadsheetImportException {
        if (row.isNumeric(column)) {
            return DateUtil.getJavaDate(row.number(column), date1904, utc);
        }
        Record record = row.record();
        String text = record.cell(column).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Date.from(java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        } catch (java.time.format.DateTimeParseException e) {
            throw table.error(record.line(), column, "\"" + text + "\" is not a date; type it as a date or as 2024-03-31");
        }
    }

    private static void readLegend(Table table, ResourceSet against, MappingSet mapping, Map<EObject, String> ids)
            throws SpreadsheetImportException {
        boolean about = false;
        for (Record record : table.records()) {
            String field = record.cell(0);
            if (field.equals(ABOUT_HEADING)) {
                about = true;
                continue;
            }
            if (!about) {
                continue;
            }
            String value = blankToNull(record.cell(1));
            switch (field) {
            case FIELD_CODE -> mapping.setCode(value);
            case FIELD_TITLE -> mapping.setTitle(value);
            case FIELD_DESCRIPTION -> mapping.setDescription(value);
            case FIELD_KEY -> mapping.setKey(value);
            case FIELD_MAPPING_ID -> {
                if (value != null) {
                    ids.put(mapping, checkedId(table, record.line(), 1, "mapping set", value));
                }
            }
            case FIELD_SOURCE_ID, FIELD_TARGET_ID -> {
                if (value != null) {
                    EObject found = ModelIds.find(against, value);
                    if (!(found instanceof Framework framework)) {
                        throw table.error(record.line(), 1, "the " + field.toLowerCase(Locale.ROOT).replace(" id", "")
                                + " framework (ID " + value + ") is not in the files given with --against: "
                                + loadedFiles(against));
                    }
                    if (field.equals(FIELD_SOURCE_ID)) {
                        mapping.setSource(framework);
                    } else {
                        mapping.setTarget(framework);
                    }
                }
            }
            default -> {
            }
            }
        }
    }

    /**
     * An ID as it will be written into the model file: an xmi:id must be an XML name, and EMF writes
     * it as it is, so a quote typed into the cell would make a file that cannot be opened again.
     */
    private static String checkedId(Table table, int line, int column, String what, String id)
            throws SpreadsheetImportException {
        if (!XML_NAME.matcher(id).matches()) {
            throw table.error(line, column, "the " + what + " ID \"" + abbreviate(id) + "\" is not an ID the workbench "
                    + "writes (letters, digits, \"_\", \"-\" and \".\", starting with a letter or \"_\"); restore the "
                    + "exported value, or clear the cell to give the " + what + " a new ID");
        }
        return id;
    }

    private static MappableItem resolve(Table table, ResourceSet against, int line, int column, String id)
            throws SpreadsheetImportException {
        EObject found = ModelIds.find(against, id);
        if (found == null) {
            throw table.error(line, column, "the hidden ID " + id + " names no element of the files given with --against ("
                    + loadedFiles(against) + "); give the curriculum and framework files the grid was exported from");
        }
        if (!(found instanceof MappableItem item)) {
            throw table.error(line, column, "the hidden ID " + id + " names " + ElementLabels.describe(found)
                    + ", which cannot be mapped");
        }
        return item;
    }

    private static String loadedFiles(ResourceSet against) {
        List<String> names = new ArrayList<>();
        for (Resource resource : against.getResources()) {
            names.add(resource.getURI().lastSegment());
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    // ------------------------------------------------------------------ a plain published grid

    private static ImportedModel<MappingSet> importPlain(Path file, Table table, ResourceSet against)
            throws SpreadsheetImportException {
        List<Curriculum> curricula = new ArrayList<>();
        List<StandardsFramework> frameworks = new ArrayList<>();
        for (Resource resource : against.getResources()) {
            for (EObject root : resource.getContents()) {
                if (root instanceof Curriculum curriculum) {
                    curricula.add(curriculum);
                } else if (root instanceof StandardsFramework framework) {
                    frameworks.add(framework);
                }
            }
        }
        if (frameworks.isEmpty() || curricula.isEmpty() && frameworks.size() < 2) {
            throw new SpreadsheetImportException(file, "a plain grid is matched against the framework whose units or "
                    + "standards head the columns (a curriculum, or a framework of units typed in the template) and the "
                    + "standards framework whose standards head the rows: give both with --against "
                    + "(loaded: " + loadedFiles(against) + ")", null);
        }
        // Column headings: the units or modules of a curriculum by number or code, and the standards of any
        // framework by code, so that two frameworks can be mapped (e.g. a framework of units against the NOS).
        Map<String, List<MappableItem>> components = new HashMap<>();
        for (Curriculum curriculum : curricula) {
            for (CurriculumComponent component : curriculum.getComponents()) {
                for (String key : new String[] { component.getNumber(), component.getCode() }) {
                    if (key != null && !key.isBlank()) {
                        components.computeIfAbsent(normalise(key), k -> new ArrayList<>()).add(component);
                    }
                }
            }
        }
        if (frameworks.size() > 1) {
            for (StandardsFramework framework : frameworks) {
                for (TreeIterator<EObject> it = framework.eAllContents(); it.hasNext();) {
                    if (it.next() instanceof Standard standard && standard.getCode() != null && !standard.getCode().isBlank()) {
                        components.computeIfAbsent(normalise(standard.getCode()), k -> new ArrayList<>()).add(standard);
                        it.prune();
                    }
                }
            }
        }
        Map<String, Standard> standards = new HashMap<>();
        Set<String> headings = new HashSet<>();
        for (StandardsFramework framework : frameworks) {
            for (TreeIterator<EObject> it = framework.eAllContents(); it.hasNext();) {
                EObject next = it.next();
                if (next instanceof Standard standard) {
                    if (standard.getTitle() != null) {
                        standards.putIfAbsent(normalise(standard.getTitle()), standard);
                    }
                    if (standard.getCode() != null) {
                        standards.putIfAbsent(normalise(standard.getCode()), standard);
                    }
                    it.prune();
                } else if (next instanceof StandardSection section && section.getTitle() != null) {
                    headings.add(normalise(section.getTitle()));
                }
            }
        }

        Map<String, CoverageLevel> vocabulary = new LinkedHashMap<>();
        List<String> keyLines = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<Integer, MappableItem> header = null;
        Map<Pair, CoverageLevel> links = new LinkedHashMap<>();
        Map<Pair, Integer> linkRows = new HashMap<>();
        String title = null;
        for (Record record : table.records()) {
            if (record.isBlank()) {
                continue;
            }
            Map<Integer, MappableItem> rowHeader = headerOf(table, record, components);
            if (rowHeader != null) {
                header = rowHeader;
                continue;
            }
            String first = record.cell(0);
            if (header == null) {
                Matcher key = KEY_LINE.matcher(first);
                if (key.matches()) {
                    String meaning = key.group(2).toLowerCase(Locale.ROOT);
                    if (!meaning.startsWith("no ") && !meaning.contains("no coverage")) {
                        vocabulary.put(key.group(1), meaning.contains("full") ? CoverageLevel.FULL : CoverageLevel.PARTIAL);
                    }
                    keyLines.add(first);
                } else if (title == null && !first.isEmpty()) {
                    title = first;
                }
                continue;
            }
            Standard standard = standards.get(normalise(first));
            boolean marked = false;
            for (Integer column : header.keySet()) {
                if (!record.cell(column).isEmpty()) {
                    marked = true;
                }
            }
            if (standard == null) {
                if (first.isEmpty() && !marked) {
                    continue;
                }
                if (marked) {
                    throw table.error(record.line(), 0, first.isEmpty()
                            ? "this row has marks but no standard title in its first column"
                            : "\"" + abbreviate(first) + "\" is not the title or code of a standard in "
                                    + frameworkNames(frameworks) + "; correct the title or import the framework first");
                }
                if (!headings.contains(normalise(first))) {
                    warnings.add(table.error(record.line(), 0, "\"" + abbreviate(first)
                            + "\" is not a standard; the row has no marks and was read as a heading").getMessage());
                }
                continue;
            }
            for (Map.Entry<Integer, MappableItem> column : header.entrySet()) {
                String mark = record.cell(column.getKey());
                if (mark.isEmpty()) {
                    continue;
                }
                Pair pair = new Pair(column.getValue(), standard);
                CoverageLevel level = markLevel(mark, vocabulary);
                Integer earlier = linkRows.putIfAbsent(pair, record.line());
                if (earlier != null) {
                    warnings.add(table.error(record.line(), column.getKey(), "repeats the mark of row " + earlier
                            + " for the same standard and unit; the better coverage is kept").getMessage());
                    if (links.get(pair) == CoverageLevel.FULL) {
                        continue;
                    }
                }
                links.put(pair, level);
            }
        }
        if (header == null) {
            throw table.error(0, -1, "no header row of units was found: a grid needs a row naming the units or modules "
                    + "(e.g. " + sampleNumbers(curricula) + ") above the rows of standards");
        }

        MappingSet mapping = CurriculumFactory.eINSTANCE.createMappingSet();
        String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        mapping.setCode(base);
        mapping.setTitle(title != null ? title : "Grid imported from " + file.getFileName());
        if (!keyLines.isEmpty()) {
            mapping.setKey(String.join("; ", keyLines));
        }
        Map<Framework, Integer> sourceVotes = new HashMap<>();
        Map<Framework, Integer> targetVotes = new HashMap<>();
        for (Map.Entry<Pair, CoverageLevel> entry : links.entrySet()) {
            MappingLink link = CurriculumFactory.eINSTANCE.createMappingLink();
            link.setItem(entry.getKey().item());
            link.setStandard(entry.getKey().standard());
            link.setCoverage(entry.getValue());
            mapping.getLinks().add(link);
            sourceVotes.merge(frameworkOf(link.getItem()), 1, Integer::sum);
            targetVotes.merge(frameworkOf(link.getStandard()), 1, Integer::sum);
        }
        mapping.setSource(best(sourceVotes, curricula.isEmpty() ? frameworks.get(0) : curricula.get(0)));
        mapping.setTarget(best(targetVotes, frameworks.get(0)));
        return new ImportedModel<>(mapping, against, new HashMap<>(), warnings);
    }

    private static Framework best(Map<Framework, Integer> votes, Framework fallback) {
        return votes.entrySet().stream().filter(e -> e.getKey() != null).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(fallback);
    }

    /** The unit columns of a header row, or null if the row is not a header row. */
    private static Map<Integer, MappableItem> headerOf(Table table, Record record,
            Map<String, List<MappableItem>> components) throws SpreadsheetImportException {
        Map<Integer, MappableItem> columns = new LinkedHashMap<>();
        List<Integer> unknownNumbers = new ArrayList<>();
        for (int c = 1; c < record.cells().size(); c++) {
            String text = record.cell(c);
            if (text.isEmpty()) {
                continue;
            }
            String number = text.split("\\s+")[0];
            List<MappableItem> matches = components.get(normalise(number));
            if (matches == null) {
                matches = components.get(normalise(text));
            }
            if (matches != null) {
                columns.put(c, matches.get(0));
            } else if (number.matches("\\d{1,6}[A-Za-z]?")) {
                unknownNumbers.add(c);
            }
        }
        long nonEmpty = record.cells().stream().skip(1).filter(s -> !s.isBlank()).count();
        if (columns.isEmpty() || columns.size() * 2 < nonEmpty) {
            return null;
        }
        if (!unknownNumbers.isEmpty()) {
            int c = unknownNumbers.get(0);
            throw table.error(record.line(), c, "\"" + record.cell(c) + "\" in the header row is not the number of a unit"
                    + " or module of the curriculum given with --against");
        }
        return columns;
    }

    /** Coverage for a mark: the key's meaning if it defines the mark, full for marks that say so, else partial. */
    static CoverageLevel markLevel(String mark, Map<String, CoverageLevel> vocabulary) {
        CoverageLevel level = vocabulary.get(mark);
        if (level != null) {
            return level;
        }
        String m = mark.toLowerCase(Locale.ROOT).trim();
        if (m.equals("full") || m.equals("f") || m.equals(FULL_MARK) || m.equals("✓✓") || m.equals("✔✔")
                || m.equals("full coverage") || m.equals("2")) {
            return CoverageLevel.FULL;
        }
        return CoverageLevel.PARTIAL;
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\u2010-\u2015\u2212]", "-").replaceAll("\\s+", " ")
                .replaceAll("[\\s:.;]+$", "").trim();
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }

    private static String frameworkNames(List<StandardsFramework> frameworks) {
        List<String> names = new ArrayList<>();
        for (StandardsFramework framework : frameworks) {
            names.add(ElementLabels.describe(framework));
        }
        return String.join(", ", names);
    }

    private static String sampleNumbers(List<Curriculum> curricula) {
        List<String> numbers = new ArrayList<>();
        for (Curriculum curriculum : curricula) {
            for (CurriculumComponent component : curriculum.getComponents()) {
                if (numbers.size() < 3) {
                    numbers.add(Objects.toString(ElementLabels.identifier(component), "?"));
                }
            }
        }
        return String.join(", ", numbers);
    }
}
