// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.matrix;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.curriculum.core.coverage.ColumnGroup;
import org.curriculum.core.coverage.Coverage;
import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.CoverageOptions;
import org.curriculum.core.coverage.CoverageSummary;
import org.curriculum.core.coverage.GoverningQualification;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.core.coverage.RowDetail;
import org.curriculum.core.mapping.DerivedLinks;
import org.curriculum.core.review.ReviewThreads;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.ReviewComment;
import org.curriculum.model.ReviewState;

/**
 * The mapping matrix as a user sees it, without a display: the rows and columns the filters leave
 * (text, level, mandatory units only, uncovered standards only), mandatory units first, items down or
 * standards down, the group headers (framework sections with their share covered; mandatory and
 * optional units), header texts, cell symbols and totals, the summary line and the cell tooltip. It
 * reads a tracked {@link CoverageMatrix}, so a link edited through a command stack shows after
 * {@link #refilter()} without a new matrix.
 *
 * <p>
 * Positions are those of the grid a user sees: body columns {@code 0..getColumnCount()-1} then the
 * column of totals at {@code getColumnCount()}; body rows likewise, then the row of totals.
 */
public final class MatrixLayout {

    /** Symbol of a partially covered cell (a half circle). */
    public static final String PARTIAL_SYMBOL = "\u25D0";
    /** Symbol of a fully covered cell (a full circle). */
    public static final String FULL_SYMBOL = "\u25CF";
    /** Header of the row of totals when items are in rows. */
    public static final String COLUMN_TOTALS = "Items covering the standard";
    /** Header of the row of totals when standards are in rows. */
    public static final String TRANSPOSED_COLUMN_TOTALS = "Standards covered by the item";
    /** Header of the column of totals. */
    public static final String ROW_TOTALS = "Total";
    /** Group name of the units a qualification's rules make mandatory. */
    public static final String MANDATORY_GROUP = "Mandatory";
    /** Group name of the units a qualification's rules make optional. */
    public static final String OPTIONAL_GROUP = "Optional";
    /**
     * Said on the summary line of a mapping whose source has no qualification with rules of combination (a
     * framework-to-framework mapping, say), where mandatory units and pathways mean nothing.
     */
    public static final String NO_PATHWAYS = "no rules of combination in the source: mandatory units and pathway questions"
            + " do not apply";

    /** The summary line when no mapping is shown. */
    public static final String NO_MAPPING = "Open a mapping file (.mapping) to see its coverage matrix.";

    private final Function<Object, String> labels;
    private MappingSet mapping;
    private CoverageMatrix matrix;

    private GridOrientation orientation = GridOrientation.ITEMS_IN_ROWS;
    private RowDetail rowDetail = RowDetail.COMPONENTS;
    private String textFilter = "";
    private Integer level;
    private boolean mandatoryOnly;
    private boolean uncoveredOnly;
    /** Keeps only the rows and columns with a link in this review state; null keeps all. */
    private ReviewState reviewFilter;

    /** The item rows and standard columns shown, after the filters: indices into the coverage matrix. */
    private int[] rows = new int[0];
    private int[] columns = new int[0];
    private List<HeaderGroup> standardGroups = List.of();
    private List<HeaderGroup> itemGroups = List.of();
    /**
     * Each matrix row's label in lower case, as the text filter reads it; made on the first filtered
     * refilter and kept until the matrix is computed again (which every change other than to links causes).
     */
    private String[] filterLabels;
    /**
     * Each framework section's group header and the covered count it was written for: a refilter after a
     * link edit writes again only the headers whose share changed (thousands of sections at national scale).
     */
    private String[] sectionNames;
    private int[] sectionNamesCovered;

    /**
     * A layout that names items and standards with these labels (the item providers' in the workbench).
     *
     * @param labels the label of a mapping set, an item or a standard
     */
    public MatrixLayout(Function<Object, String> labels) {
        this.labels = labels;
    }

    // ------------------------------------------------------------------ state

    /** Shows a mapping set (or nothing, for null): a new coverage matrix, the filters applied. */
    public void show(MappingSet mappingSet) {
        mapping = mappingSet;
        recompute();
    }

    /** Computes the coverage matrix again (after a change other than to links) and applies the filters. */
    public void recompute() {
        if (matrix != null) {
            matrix.dispose();
        }
        filterLabels = null;
        sectionNames = null;
        if (mapping == null) {
            matrix = null;
        } else {
            // The governing qualification's rules say which units are mandatory and which optional.
            CoverageOptions options = CoverageOptions.defaults().withRowDetail(rowDetail)
                    .withQualification(GoverningQualification.of(mapping));
            // Tracked, so that a link edited through a command stack updates its cells in place
            // instead of costing a new matrix (seconds at national scale).
            matrix = CoverageMatrix.compute(mapping, options).track();
        }
        refilter();
    }

    /** Applies the filters, order and orientation to the current matrix again, without computing it. */
    public void refilter() {
        if (matrix == null) {
            rows = new int[0];
            columns = new int[0];
        } else {
            CoverageMatrix computed = matrix;
            String filter = textFilter.trim().toLowerCase(Locale.ROOT);
            String[] labelled = filter.isEmpty() ? null : filterLabels();
            boolean[] reviewedRows = null;
            boolean[] reviewedColumns = null;
            if (reviewFilter != null) {
                reviewedRows = new boolean[computed.getRowCount()];
                reviewedColumns = new boolean[computed.getColumnCount()];
                markLinksInState(computed, reviewFilter, reviewedRows, reviewedColumns);
            }
            boolean[] keptRows = reviewedRows;
            boolean[] keptColumns = reviewedColumns;
            rows = IntStream.range(0, computed.getRowCount())
                    .filter(row -> keptRows == null || keptRows[row])
                    .filter(row -> labelled == null || labelled[row].contains(filter))
                    .filter(row -> !mandatoryOnly || !computed.isOptional(row))
                    .filter(row -> level == null || level.equals(levelOf(row))).boxed()
                    // Mandatory units first, as councils lay out a qualification; the sort is stable, so
                    // each group keeps the document's order and every unit keeps its outcomes under it.
                    .sorted(Comparator.comparing(computed::isOptional)).mapToInt(Integer::intValue).toArray();
            columns = IntStream.range(0, computed.getColumnCount())
                    .filter(column -> keptColumns == null || keptColumns[column])
                    .filter(column -> !uncoveredOnly || computed.getColumnTotal(column) == 0).toArray();
        }
        regroup();
    }

    /** Marks the matrix rows and columns of the links in a review state (links whose cell the matrix has). */
    private void markLinksInState(CoverageMatrix computed, ReviewState state, boolean[] markedRows, boolean[] marked) {
        for (MappingLink link : mapping.getLinks()) {
            if (link.effectiveReviewState() == state) {
                int row = computed.getRowOf(link.getItem());
                int column = computed.getColumnOf(link.getStandard());
                if (row >= 0 && column >= 0) {
                    markedRows[row] = true;
                    marked[column] = true;
                }
            }
        }
    }

    private String[] filterLabels() {
        if (filterLabels == null) {
            filterLabels = new String[matrix.getRowCount()];
            for (int row = 0; row < filterLabels.length; row++) {
                filterLabels[row] = itemLabel(row).toLowerCase(Locale.ROOT);
            }
        }
        return filterLabels;
    }

    /** Frees the tracked matrix (it listens to the model). */
    public void dispose() {
        if (matrix != null) {
            matrix.dispose();
            matrix = null;
        }
        filterLabels = null;
    }

    /** The mapping set shown, or null. */
    public MappingSet getMapping() {
        return mapping;
    }

    /** The coverage matrix behind the layout, or null when no mapping is shown. */
    public CoverageMatrix getMatrix() {
        return matrix;
    }

    /** Whether a mapping is shown. */
    public boolean isShowing() {
        return matrix != null;
    }

    // ------------------------------------------------------------------ filters, order, orientation

    /** Keeps the item rows whose label contains this text (any case); blank keeps all. */
    public void setTextFilter(String text) {
        textFilter = text == null ? "" : text;
        refilter();
    }

    /** Keeps the rows of components of this level; null keeps all. */
    public void setLevel(Integer wanted) {
        level = wanted;
        refilter();
    }

    /** Keeps only the rows of mandatory units (when a qualification says which are mandatory). */
    public void setMandatoryOnly(boolean only) {
        mandatoryOnly = only;
        refilter();
    }

    /** Keeps only the standards nothing covers. */
    public void setUncoveredOnly(boolean only) {
        uncoveredOnly = only;
        refilter();
    }

    /** Keeps only the rows and columns holding a link in this review state; null keeps all. */
    public void setReviewFilter(ReviewState state) {
        reviewFilter = state;
        refilter();
    }

    public ReviewState getReviewFilter() {
        return reviewFilter;
    }

    /** Puts items or standards in rows. */
    public void setOrientation(GridOrientation wanted) {
        orientation = wanted;
        refilter();
    }

    /** Shows rows down to units, outcomes or criteria: a new matrix. */
    public void setRowDetail(RowDetail detail) {
        rowDetail = detail;
        recompute();
    }

    public GridOrientation getOrientation() {
        return orientation;
    }

    public RowDetail getRowDetail() {
        return rowDetail;
    }

    private boolean standardsInRows() {
        return orientation == GridOrientation.STANDARDS_IN_ROWS;
    }

    /** Whether a qualification says which rows are mandatory (else the mandatory filter means nothing). */
    public boolean hasQualification() {
        return matrix != null && matrix.hasQualification();
    }

    /** The levels of the source's components, lowest first: the choices of the level filter. */
    public List<Integer> getLevels() {
        Set<Integer> levels = new TreeSet<>();
        if (matrix != null) {
            for (int row : matrix.getComponentRows()) {
                Integer value = levelOf(row);
                if (value != null) {
                    levels.add(value);
                }
            }
        }
        return List.copyOf(levels);
    }

    /** The level of the component a row belongs to, or null. */
    private Integer levelOf(int row) {
        int top = row;
        while (matrix.getRowParent(top) >= 0) {
            top = matrix.getRowParent(top);
        }
        return matrix.getRowItem(top) instanceof CurriculumComponent component ? component.getLevel() : null;
    }

    // ------------------------------------------------------------------ axes

    /** Body rows, without the row of totals. */
    public int getRowCount() {
        return standardsInRows() ? columns.length : rows.length;
    }

    /** Body columns, without the column of totals. */
    public int getColumnCount() {
        return standardsInRows() ? rows.length : columns.length;
    }

    /** Whether a position is a body cell (an item and a standard, not a total). */
    public boolean isBodyCell(int column, int row) {
        return matrix != null && column >= 0 && row >= 0 && column < getColumnCount() && row < getRowCount();
    }

    /** The coverage matrix row (item) of a body cell. */
    public int matrixRow(int column, int row) {
        return rows[standardsInRows() ? column : row];
    }

    /** The coverage matrix column (standard) of a body cell. */
    public int matrixColumn(int column, int row) {
        return columns[standardsInRows() ? row : column];
    }

    /** The item of a body cell. */
    public MappableItem getItem(int column, int row) {
        return matrix.getRowItem(matrixRow(column, row));
    }

    /** The standard of a body cell. */
    public MappableItem getStandard(int column, int row) {
        return matrix.getColumnItem(matrixColumn(column, row));
    }

    /** The coverage of a body cell, own or rolled up. */
    public Coverage getCoverage(int column, int row) {
        return matrix.getCoverage(matrixRow(column, row), matrixColumn(column, row));
    }

    /** The links behind a body cell: its own link and those rolled up into it. */
    public List<MappingLink> getLinks(int column, int row) {
        return matrix.getLinks(matrixRow(column, row), matrixColumn(column, row));
    }

    /** The link joining a body cell's own item and own standard (the one a click changes), or null. */
    public MappingLink getDirectLink(int column, int row) {
        if (!isBodyCell(column, row)) {
            return null;
        }
        MappableItem item = getItem(column, row);
        MappableItem standard = getStandard(column, row);
        return getLinks(column, row).stream()
                .filter(candidate -> candidate.getItem() == item && candidate.getStandard() == standard).findFirst()
                .orElse(null);
    }

    /** The review state of a body cell's own link (the one a review applies to), or null when it has none. */
    public ReviewState getReviewState(int column, int row) {
        MappingLink link = getDirectLink(column, row);
        return link == null ? null : link.effectiveReviewState();
    }

    /**
     * The next body cell after this one (along the row, then down; wrapping round to the first cell) whose own
     * link is still proposed, or null when no shown cell is. Reads the links, not every cell, so that it stays
     * quick on a national grid; a null or outside position starts from the first cell.
     */
    public int[] nextUnreviewed(int column, int row) {
        if (matrix == null) {
            return null;
        }
        int[] layoutRowOf = positions(matrix.getRowCount(), rows);
        int[] layoutColumnOf = positions(matrix.getColumnCount(), columns);
        long width = getColumnCount();
        long current = isBodyCell(column, row) ? row * width + column : -1;
        long best = Long.MAX_VALUE;
        long first = Long.MAX_VALUE;
        for (MappingLink link : mapping.getLinks()) {
            if (link.effectiveReviewState() != ReviewState.PROPOSED) {
                continue;
            }
            int matrixRow = matrix.getRowOf(link.getItem());
            int matrixColumn = matrix.getColumnOf(link.getStandard());
            if (matrixRow < 0 || matrixColumn < 0 || layoutRowOf[matrixRow] < 0 || layoutColumnOf[matrixColumn] < 0) {
                continue;
            }
            int cellColumn = standardsInRows() ? layoutRowOf[matrixRow] : layoutColumnOf[matrixColumn];
            int cellRow = standardsInRows() ? layoutColumnOf[matrixColumn] : layoutRowOf[matrixRow];
            long position = cellRow * width + cellColumn;
            first = Math.min(first, position);
            if (position > current) {
                best = Math.min(best, position);
            }
        }
        long found = best != Long.MAX_VALUE ? best : first;
        return found == Long.MAX_VALUE ? null : new int[] { (int) (found % width), (int) (found / width) };
    }

    /** For each matrix index, its place among the shown ones, or -1 when filtered out. */
    private static int[] positions(int size, int[] shown) {
        int[] places = new int[size];
        Arrays.fill(places, -1);
        for (int place = 0; place < shown.length; place++) {
            places[shown[place]] = place;
        }
        return places;
    }

    // ------------------------------------------------------------------ texts

    /** The header of a row: an item's label or a standard's code and title; the totals' header last. */
    public String getRowHeader(int row) {
        if (row == getRowCount()) {
            return standardsInRows() ? TRANSPOSED_COLUMN_TOTALS : COLUMN_TOTALS;
        }
        return standardsInRows() ? ElementLabels.codeAndTitle(matrix.getColumnItem(columns[row])) : itemLabel(rows[row]);
    }

    /** The header of a column: a standard's code or an item's number; the totals' header last. */
    public String getColumnHeader(int column) {
        if (column == getColumnCount()) {
            return ROW_TOTALS;
        }
        return standardsInRows() ? ElementLabels.numberOrCode(matrix.getRowItem(rows[column])) : ElementLabels.codeOrTitle(matrix.getColumnItem(columns[column]));
    }

    /** Every row header, the totals' last, as the grid shows them. */
    public List<String> getRowHeaders() {
        return IntStream.rangeClosed(0, getRowCount()).mapToObj(this::getRowHeader).toList();
    }

    /** Every column header, the totals' last, as the grid shows them. */
    public List<String> getColumnHeaders() {
        return IntStream.rangeClosed(0, getColumnCount()).mapToObj(this::getColumnHeader).toList();
    }

    /** What a cell shows: a coverage symbol (or nothing) in the body, a count in the totals. */
    public String getCellText(int column, int row) {
        if (matrix == null) {
            return "";
        }
        if (row == getRowCount() && column == getColumnCount()) {
            return String.valueOf(mapping.getLinks().size());
        }
        if (column == getColumnCount()) {
            return String.valueOf(standardsInRows() ? matrix.getColumnTotal(columns[row]) : matrix.getRowTotal(rows[row]));
        }
        if (row == getRowCount()) {
            return String.valueOf(standardsInRows() ? matrix.getRowTotal(rows[column]) : matrix.getColumnTotal(columns[column]));
        }
        return symbol(getCoverage(column, row));
    }

    /** The symbol of a coverage level: empty for none. */
    public static String symbol(Coverage coverage) {
        return coverage == Coverage.NONE ? "" : coverage == Coverage.FULL ? FULL_SYMBOL : PARTIAL_SYMBOL;
    }

    /** What a cell stands for, for its style. */
    public CellMark getCellMark(int column, int row) {
        if (matrix == null) {
            return CellMark.NONE;
        }
        if (column == getColumnCount() || row == getRowCount()) {
            boolean standardTotal = standardsInRows() ? column == getColumnCount() && row < getRowCount()
                    : row == getRowCount() && column < getColumnCount();
            if (standardTotal && matrix.getColumnTotal(columns[standardsInRows() ? row : column]) == 0) {
                return CellMark.UNCOVERED_TOTAL;
            }
            return CellMark.TOTAL;
        }
        return switch (getCoverage(column, row)) {
            case FULL -> CellMark.FULL;
            case PARTIAL -> CellMark.PARTIAL;
            default -> CellMark.NONE;
        };
    }

    /** Whether a column header names a standard nothing covers. */
    public boolean isUncoveredColumn(int column) {
        return matrix != null && !standardsInRows() && column < columns.length
                && matrix.getColumnTotal(columns[column]) == 0;
    }

    /** Whether a row header names a standard nothing covers. */
    public boolean isUncoveredRow(int row) {
        return matrix != null && standardsInRows() && row < columns.length && matrix.getColumnTotal(columns[row]) == 0;
    }

    /** The line above the grid: the mapping, its size, its links and how much is covered. */
    public String getSummary() {
        if (matrix == null) {
            return NO_MAPPING;
        }
        CoverageSummary summary = matrix.getSummary();
        return labels.apply(mapping) + ": " + matrix.getComponentRows().length + " items x " + matrix.getColumnCount()
                + " standards, " + mapping.getLinks().size() + " links, " + summary.uncoveredCount()
                + " standards uncovered (" + String.format(Locale.ROOT, "%.0f", summary.coveredPercent()) + "% covered)"
                + (matrix.hasQualification() ? "" : "; " + NO_PATHWAYS);
    }

    /**
     * What the tooltip of a body cell says: the item and standard, the coverage, whether it is derived,
     * and each link behind it with its level, rationale, author and date. Null for totals and outside.
     */
    public String getToolTip(int column, int row) {
        if (!isBodyCell(column, row)) {
            return null;
        }
        int matrixRow = matrixRow(column, row);
        int matrixColumn = matrixColumn(column, row);
        StringBuilder text = new StringBuilder();
        text.append(labels.apply(matrix.getRowItem(matrixRow))).append('\n').append(ElementLabels.codeAndTitle(matrix.getColumnItem(matrixColumn)))
                .append('\n');
        Coverage coverage = matrix.getCoverage(matrixRow, matrixColumn);
        text.append("Coverage: ").append(coverage.name().toLowerCase(Locale.ROOT));
        if (coverage == Coverage.NONE) {
            return text.append("\nClick or press space to add a partial link.").toString();
        }
        text.append('\n').append(matrix.isDerived(matrixRow, matrixColumn)
                ? "Derived: yes, from links of items inside this one or to parts of the standard"
                : "Derived: no, a link between this item and this standard");
        SimpleDateFormat dates = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
        for (MappingLink link : matrix.getLinks(matrixRow, matrixColumn)) {
            text.append("\n\u2022 ").append(ElementLabels.describe(link.getItem())).append(" -> ")
                    .append(ElementLabels.codeOrTitle(link.getStandard())).append(": ")
                    .append(link.getCoverage() == null ? "partial" : link.getCoverage().getLiteral());
            text.append("\n   Rationale: ").append(link.getRationale() == null ? "(none given)" : link.getRationale());
            text.append("\n   Author: ").append(link.getAuthor() == null ? "(unknown)" : link.getAuthor());
            text.append("\n   Date: ").append(link.getDate() == null ? "(none)" : dates.format(link.getDate()));
            if (DerivedLinks.isDerived(link)) {
                // a composed link is a suggestion: say so, and how a reviewer settles it
                text.append("\n   Composed: ").append(DerivedLinks.describe(link))
                        .append("; confirm it by putting your name as its author, or delete it");
            }
            text.append("\n   Review: ").append(ElementLabels.reviewState(link));
            if (link.getReviewer() != null) {
                text.append(" by ").append(link.getReviewer());
            }
            if (link.getReviewedOn() != null) {
                text.append(" on ").append(ReviewThreads.day(link.getReviewedOn()));
            }
            for (ReviewComment comment : link.getComments()) {
                text.append("\n   Comment: ").append(ReviewThreads.line(comment.getAuthor(), comment.getDate(), comment.getText()));
            }
        }
        return text.toString();
    }

    /** An item row's label, indented by its depth, marked when optional. */
    private String itemLabel(int row) {
        String label = "    ".repeat(matrix.getRowDepth(row)) + labels.apply(matrix.getRowItem(row));
        return matrix.hasQualification() && matrix.isOptional(row) && matrix.getRowDepth(row) == 0 ? label + " (optional)"
                : label;
    }

    // ------------------------------------------------------------------ groups

    /** The group headers above the columns: sections, or mandatory/optional when standards are in rows. */
    public List<HeaderGroup> getColumnGroups() {
        return standardsInRows() ? itemGroups : standardGroups;
    }

    /** The group headers beside the rows: mandatory/optional, or sections when standards are in rows. */
    public List<HeaderGroup> getRowGroups() {
        return standardsInRows() ? standardGroups : itemGroups;
    }

    /** Groups the standards by framework section and the items by mandatory/optional. */
    private void regroup() {
        if (matrix == null) {
            standardGroups = List.of();
            itemGroups = List.of();
            return;
        }
        if (sectionNames == null) {
            sectionNames = new String[matrix.getColumnGroups().size()];
            sectionNamesCovered = new int[sectionNames.length];
        }
        // One name per section, shared by its columns (tens of thousands of standards, hundreds of sections);
        // each section's name is checked once per refilter.
        boolean[] checked = new boolean[sectionNames.length];
        List<String> columnSections = new ArrayList<>(columns.length);
        for (int column : columns) {
            ColumnGroup group = matrix.getColumnGroup(column);
            int index = group.index();
            if (!checked[index]) {
                checked[index] = true;
                CoverageSummary summary = matrix.getGroupSummary(index);
                if (sectionNames[index] == null || sectionNamesCovered[index] != summary.coveredCount()) {
                    sectionNames[index] = group.title() + ": "
                            + String.format(Locale.ROOT, "%.0f", summary.coveredPercent()) + "% covered";
                    sectionNamesCovered[index] = summary.coveredCount();
                }
            }
            columnSections.add(sectionNames[index]);
        }
        List<String> itemGroupNames = new ArrayList<>(rows.length);
        if (matrix.hasQualification()) {
            for (int row : rows) {
                itemGroupNames.add(matrix.isOptional(row) ? OPTIONAL_GROUP : MANDATORY_GROUP);
            }
        }
        standardGroups = runs(columnSections);
        itemGroups = runs(itemGroupNames);
    }

    /** One group per run of equal adjacent names. */
    private static List<HeaderGroup> runs(List<String> names) {
        List<HeaderGroup> groups = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= names.size(); i++) {
            if (i == names.size() || !names.get(i).equals(names.get(start))) {
                groups.add(new HeaderGroup(names.get(start), start, i - start));
                start = i;
            }
        }
        return List.copyOf(groups);
    }
}
