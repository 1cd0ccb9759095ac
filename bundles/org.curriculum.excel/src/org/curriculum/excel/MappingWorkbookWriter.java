// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel;

import static org.curriculum.excel.internal.GridLayout.*;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.curriculum.core.coverage.CoverageGrid;
import org.curriculum.core.coverage.CoverageGrid.Cell;
import org.curriculum.core.coverage.CoverageGrid.Group;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.core.review.ReviewThreads;
import org.curriculum.excel.internal.ModelIds;
import org.curriculum.excel.internal.SheetCells;
import org.curriculum.excel.internal.SheetCells.Style;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Framework;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.labels.ElementLabels;

/**
 * Writes a mapping set as a workbook laid out the way councils publish coverage grids (title block,
 * key, one row per standard grouped by section, one column per unit, marks filled by coverage level,
 * totals and coverage percentages, uncovered standards highlighted), plus a long-format Links sheet
 * and a Legend sheet. The Links sheet carries each link's review (state, reviewer, date, comment thread
 * and a blank "New comment" column a reviewer can answer in, read back by {@link ReviewImporter}); a
 * reviewed grid cell carries the same as a cell note. Hidden ID cells make the workbook re-importable exactly. Rows are streamed
 * (SXSSF), so memory stays bounded however large the grid.
 */
public final class MappingWorkbookWriter {

    /** Rows kept in memory per sheet while streaming. */
    private static final int WINDOW = 200;

    /** Excel's last column index is 16383; the totals need two columns after the items. */
    private static final int MAX_ITEM_COLUMNS = 16384 - FIRST_ITEM_COLUMN - 2;

    private MappingWorkbookWriter() {
    }

    /** The coverage grid, Links and Legend sheets, the grid's rows as the orientation says. */
    public static void writeGrid(MappingSet mapping, OutputStream out, GridOrientation orientation) throws IOException {
        write(mapping, out, orientation);
    }

    /** The Links and Legend sheets only. */
    public static void writeLinks(MappingSet mapping, OutputStream out) throws IOException {
        write(mapping, out, null);
    }

    /** Writes the grid sheet when an orientation is given, then the Links and Legend sheets. */
    private static void write(MappingSet mapping, OutputStream out, GridOrientation gridOrientation)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            SheetCells cells = new SheetCells(workbook);
            if (gridOrientation != null) {
                writeGridSheet(workbook, cells, CoverageGrid.of(mapping), gridOrientation);
            }
            writeLinksSheet(workbook, cells, mapping);
            writeLegendSheet(workbook, cells, mapping);
            workbook.write(out);
        } finally {
            // deletes the temporary files SXSSF streamed the rows to
            workbook.dispose();
            workbook.close();
        }
    }

    private static String mark(Cell cell) {
        if (cell == null) {
            return null;
        }
        boolean full = cell.level() == CoverageLevel.FULL;
        if (cell.derived()) {
            return full ? DERIVED_FULL_MARK : DERIVED_PARTIAL_MARK;
        }
        return full ? FULL_MARK : PARTIAL_MARK;
    }

    private static Style markStyle(Cell cell) {
        if (cell == null) {
            return Style.PLAIN;
        }
        if (cell.derived()) {
            return Style.DERIVED;
        }
        return cell.level() == CoverageLevel.FULL ? Style.FULL : Style.PARTIAL;
    }

    private static void writeGridSheet(SXSSFWorkbook workbook, SheetCells cells, CoverageGrid grid,
            GridOrientation orientation) {
        boolean itemsInRows = orientation == GridOrientation.ITEMS_IN_ROWS;
        MappingSet mapping = grid.mapping();
        List<Group> rowGroups = itemsInRows ? grid.itemGroups() : grid.standardGroups();
        List<Group> columnGroups = itemsInRows ? grid.standardGroups() : grid.itemGroups();
        BiFunction<MappableItem, MappableItem, Cell> lookup = itemsInRows ? (r, c) -> grid.cell(c, r) : grid::cell;
        List<MappableItem> columns = new ArrayList<>();
        columnGroups.forEach(g -> columns.addAll(g.members()));
        if (columns.size() > MAX_ITEM_COLUMNS) {
            throw new IllegalArgumentException("the grid would need " + columns.size() + " columns; a worksheet has at most "
                    + MAX_ITEM_COLUMNS + " for them" + (itemsInRows ? ": export it without transposing" : ""));
        }
        int totalColumn = FIRST_ITEM_COLUMN + columns.size();
        int levelColumn = totalColumn + 1;
        String rowNoun = itemsInRows ? "Item" : "Standard";

        SXSSFSheet sheet = workbook.createSheet(GRID_SHEET);
        sheet.setColumnWidth(ID_COLUMN, 12 * 256);
        sheet.setColumnHidden(ID_COLUMN, true);
        sheet.setColumnWidth(CODE_COLUMN, 12 * 256);
        sheet.setColumnWidth(TITLE_COLUMN, 60 * 256);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(FIRST_ITEM_COLUMN + c, 6 * 256);
            // blank grid cells are not written; whatever a reviewer types into one gets the style they had
            sheet.setDefaultColumnStyle(FIRST_ITEM_COLUMN + c, cells.style(Style.PLAIN));
        }
        sheet.setColumnWidth(totalColumn, 10 * 256);
        sheet.setColumnWidth(levelColumn, 12 * 256);

        // title block
        Row row = sheet.createRow(TITLE_ROW);
        cells.text(row, CODE_COLUMN, mapping.getTitle() != null ? mapping.getTitle() : "Coverage grid", Style.TITLE);
        row = sheet.createRow(TITLE_ROW + 1);
        cells.text(row, CODE_COLUMN, mapping.getDescription(), Style.SUBTITLE);
        row.setHeightInPoints(mapping.getDescription() == null ? 15 : 45);
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW + 1, TITLE_ROW + 1, CODE_COLUMN, TITLE_COLUMN));
        row = sheet.createRow(TITLE_ROW + 2);
        cells.text(row, CODE_COLUMN, "Items: " + ElementLabels.describe(mapping.getSource()) + "; standards: "
                + ElementLabels.describe(mapping.getTarget()), Style.PLAIN);

        // key
        row = sheet.createRow(KEY_FIRST_ROW);
        cells.text(row, CODE_COLUMN, "Key", Style.BOLD);
        cells.text(row, TITLE_COLUMN, mapping.getKey(), Style.WRAP);
        keyRow(sheet, cells, KEY_FIRST_ROW + 1, PARTIAL_MARK, Style.PARTIAL, "partial coverage");
        keyRow(sheet, cells, KEY_FIRST_ROW + 2, FULL_MARK, Style.FULL, "full coverage");
        keyRow(sheet, cells, KEY_FIRST_ROW + 3, DERIVED_PARTIAL_MARK, Style.DERIVED,
                "covered through a part (outcome, criterion, element); " + DERIVED_FULL_MARK + " when fully");
        keyRow(sheet, cells, KEY_FIRST_ROW + 4, null, Style.UNCOVERED,
                "standard covered by no item; a blank cell means no coverage");

        // column groups and headers
        Row groupRow = sheet.createRow(COLUMN_GROUP_ROW);
        cells.text(groupRow, ID_COLUMN, HEADER_ROW_TAG, Style.HIDDEN_ID);
        int c = FIRST_ITEM_COLUMN;
        for (Group group : columnGroups) {
            String text = group.title();
            if (itemsInRows && text != null) {
                int[] covered = grid.covered(group.members());
                text = text + " (" + covered[0] + " of " + group.members().size() + " covered)";
            }
            cells.text(groupRow, c, text, Style.HEADER);
            for (int i = 1; i < group.members().size(); i++) {
                cells.text(groupRow, c + i, null, Style.HEADER);
            }
            if (group.members().size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(COLUMN_GROUP_ROW, COLUMN_GROUP_ROW, c,
                        c + group.members().size() - 1));
            }
            c += group.members().size();
        }
        groupRow.setHeightInPoints(30);

        Row header = sheet.createRow(HEADER_ROW);
        cells.text(header, ID_COLUMN, HEADER_ROW_TAG, Style.HIDDEN_ID);
        cells.text(header, CODE_COLUMN, "Code", Style.HEADER);
        cells.text(header, TITLE_COLUMN, itemsInRows ? "Unit / module" : "Standard", Style.HEADER);
        for (int i = 0; i < columns.size(); i++) {
            MappableItem item = columns.get(i);
            String code = ElementLabels.identifier(item);
            String name = ElementLabels.title(item);
            String text = code == null ? name : name == null ? code : code + "\n" + name;
            cells.text(header, FIRST_ITEM_COLUMN + i, text, Style.HEADER_ROTATED);
        }
        cells.text(header, totalColumn, itemsInRows ? "Standards covered" : "Items covering", Style.HEADER);
        cells.text(header, levelColumn, itemsInRows ? null : "Best coverage", Style.HEADER);
        header.setHeightInPoints(170);

        Row ids = sheet.createRow(ID_ROW);
        ids.setZeroHeight(true);
        cells.text(ids, ID_COLUMN, itemsInRows ? ITEMS_IN_ROWS : STANDARDS_IN_ROWS, Style.HIDDEN_ID);
        for (int i = 0; i < columns.size(); i++) {
            cells.text(ids, FIRST_ITEM_COLUMN + i, ModelIds.id(columns.get(i)), Style.HIDDEN_ID);
        }

        // one row per standard (or item), grouped
        int r = FIRST_DATA_ROW;
        int[] columnTotals = new int[columns.size()];
        ReviewNotes notes = new ReviewNotes(sheet, mapping);
        CoverageGrid.Marks marks = grid.marks(columns, orientation);
        for (Group group : rowGroups) {
            // the marks of one group (a section of standards) at a time: all a grid's marks would grow with the grid
            int[][] marked = marks.of(group.members());
            int rowIndex = 0;
            if (group.title() != null) {
                row = sheet.createRow(r++);
                cells.text(row, ID_COLUMN, GROUP_ROW, Style.HIDDEN_ID);
                cells.text(row, CODE_COLUMN, null, Style.GROUP);
                cells.text(row, TITLE_COLUMN, group.title(), Style.GROUP);
                if (!itemsInRows) {
                    int[] covered = grid.covered(group.members());
                    cells.text(row, totalColumn, covered[0] + " of " + group.members().size(), Style.TOTAL);
                    cells.number(row, levelColumn, ratio(covered[0], group.members().size()), Style.PERCENT);
                }
            }
            for (MappableItem item : group.members()) {
                row = sheet.createRow(r++);
                // only marked cells are written: a blank grid cell is no cell at all, which is what
                // keeps the export proportional to the marks rather than to standards x items
                int[] markedHere = marked[rowIndex++];
                int total = markedHere.length;
                for (int i : markedHere) {
                    Cell cell = lookup.apply(item, columns.get(i));
                    columnTotals[i]++;
                    org.apache.poi.ss.usermodel.Cell written = cells.text(row, FIRST_ITEM_COLUMN + i, mark(cell), markStyle(cell));
                    notes.attach(written, itemsInRows ? item : columns.get(i), itemsInRows ? columns.get(i) : item);
                }
                boolean uncoveredStandard = !itemsInRows && total == 0;
                cells.text(row, ID_COLUMN, ModelIds.id(item), Style.HIDDEN_ID);
                cells.text(row, CODE_COLUMN, ElementLabels.identifier(item), uncoveredStandard ? Style.UNCOVERED : Style.PLAIN);
                cells.text(row, TITLE_COLUMN, ElementLabels.title(item), uncoveredStandard ? Style.UNCOVERED_TEXT : Style.WRAP);
                cells.number(row, totalColumn, total, uncoveredStandard ? Style.UNCOVERED : Style.TOTAL);
                if (!itemsInRows) {
                    CoverageLevel best = grid.best(item);
                    cells.text(row, levelColumn, best == null ? "none" : best.getLiteral(),
                            uncoveredStandard ? Style.UNCOVERED : Style.TOTAL);
                }
            }
        }
        int lastDataRow = r - 1;

        // totals
        row = sheet.createRow(r++);
        cells.text(row, ID_COLUMN, TOTAL_ROW, Style.HIDDEN_ID);
        cells.text(row, TITLE_COLUMN, itemsInRows ? "Items covering the standard" : "Standards covered by the item",
                Style.BOLD);
        for (int i = 0; i < columns.size(); i++) {
            boolean uncoveredStandard = itemsInRows && columnTotals[i] == 0;
            cells.number(row, FIRST_ITEM_COLUMN + i, columnTotals[i], uncoveredStandard ? Style.UNCOVERED : Style.TOTAL);
        }
        if (itemsInRows) {
            row = sheet.createRow(r++);
            cells.text(row, ID_COLUMN, TOTAL_ROW, Style.HIDDEN_ID);
            cells.text(row, TITLE_COLUMN, "Best coverage", Style.BOLD);
            for (int i = 0; i < columns.size(); i++) {
                CoverageLevel best = grid.best(columns.get(i));
                cells.text(row, FIRST_ITEM_COLUMN + i, best == null ? "none" : best.getLiteral(),
                        best == null ? Style.UNCOVERED : Style.TOTAL);
            }
        }
        List<MappableItem> standards = grid.standards();
        int[] covered = grid.covered(standards);
        int labelColumn = itemsInRows ? FIRST_ITEM_COLUMN : totalColumn;
        row = sheet.createRow(r++);
        cells.text(row, ID_COLUMN, TOTAL_ROW, Style.HIDDEN_ID);
        cells.text(row, TITLE_COLUMN, "Framework coverage: standards covered at any level", Style.BOLD);
        cells.text(row, labelColumn, covered[0] + " of " + standards.size(), Style.TOTAL);
        cells.number(row, labelColumn + 1, ratio(covered[0], standards.size()), Style.PERCENT);
        row = sheet.createRow(r++);
        cells.text(row, ID_COLUMN, TOTAL_ROW, Style.HIDDEN_ID);
        cells.text(row, TITLE_COLUMN, "Framework coverage: standards covered fully", Style.BOLD);
        cells.text(row, labelColumn, covered[1] + " of " + standards.size(), Style.TOTAL);
        cells.number(row, labelColumn + 1, ratio(covered[1], standards.size()), Style.PERCENT);
        if (!grid.unplaced().isEmpty()) {
            row = sheet.createRow(r++);
            cells.text(row, ID_COLUMN, TOTAL_ROW, Style.HIDDEN_ID);
            cells.text(row, TITLE_COLUMN, grid.unplaced().size()
                    + " link(s) point outside the two frameworks and are not shown here; see the Links sheet",
                    Style.UNCOVERED_TEXT);
        }

        // navigation and printing
        sheet.createFreezePane(FIRST_ITEM_COLUMN, ID_ROW + 1);
        if (lastDataRow >= FIRST_DATA_ROW) {
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastDataRow, CODE_COLUMN, itemsInRows ? totalColumn : levelColumn));
        }
        sheet.setRepeatingRows(new CellRangeAddress(COLUMN_GROUP_ROW, ID_ROW, -1, -1));
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, CODE_COLUMN, TITLE_COLUMN));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.getHeader().setCenter(mapping.getTitle() == null ? "" : mapping.getTitle().replace("&", "&&"));
        sheet.getFooter().setRight("Page &P of &N");
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static void keyRow(SXSSFSheet sheet, SheetCells cells, int index, String mark, Style style, String meaning) {
        Row row = sheet.createRow(index);
        cells.text(row, CODE_COLUMN, mark, style);
        cells.text(row, TITLE_COLUMN, meaning, Style.PLAIN);
    }

    private static void writeLinksSheet(SXSSFWorkbook workbook, SheetCells cells, MappingSet mapping) {
        SXSSFSheet sheet = workbook.createSheet(LINKS_SHEET);
        int[] widths = { 12, 50, 12, 50, 10, 40, 20, 12, 40, 40, 40, 12, 20, 12, 60, 40 };
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        Row header = sheet.createRow(0);
        for (int i = 0; i < LINK_HEADERS.length; i++) {
            cells.text(header, i, LINK_HEADERS[i], Style.HEADER);
        }
        int r = 1;
        // links usually come item by item: the last item's and standard's labels are reused while they
        // repeat, without keeping a label for every item and standard of a national framework
        Labels item = new Labels();
        Labels standard = new Labels();
        for (MappingLink link : mapping.getLinks()) {
            item.of(link.getItem());
            standard.of(link.getStandard());
            Row row = sheet.createRow(r++);
            cells.text(row, 0, item.code, Style.PLAIN);
            cells.text(row, 1, item.title, Style.WRAP);
            cells.text(row, 2, standard.code, Style.PLAIN);
            cells.text(row, 3, standard.title, Style.WRAP);
            cells.text(row, LINK_COVERAGE, link.getCoverage() == null ? null : link.getCoverage().getLiteral(), Style.PLAIN);
            cells.text(row, LINK_RATIONALE, link.getRationale(), Style.WRAP);
            cells.text(row, LINK_AUTHOR, link.getAuthor(), Style.PLAIN);
            cells.date(row, LINK_DATE, link.getDate());
            cells.text(row, LINK_ID, ModelIds.id(link), Style.HIDDEN_ID);
            cells.text(row, LINK_ITEM_ID, item.id, Style.HIDDEN_ID);
            cells.text(row, LINK_STANDARD_ID, standard.id, Style.HIDDEN_ID);
            cells.text(row, LINK_REVIEW_STATE, ElementLabels.reviewState(link), Style.PLAIN);
            // most links of a national grid were never reviewed: their reviewer, date and comments are
            // left out rather than written as 1.6 million blank cells at L; the columns' own styles
            // (set below) format whatever a reviewer types there
            String reviewer = link.getReviewer();
            if (reviewer != null) {
                cells.text(row, LINK_REVIEWER, reviewer, Style.PLAIN);
            }
            if (link.getReviewedOn() != null) {
                cells.date(row, LINK_REVIEWED_ON, link.getReviewedOn());
            }
            String comments = ReviewThreads.text(link);
            if (comments != null) {
                cells.text(row, LINK_COMMENTS, comments, Style.WRAP);
            }
        }
        sheet.setDefaultColumnStyle(LINK_REVIEWER, cells.style(Style.PLAIN));
        sheet.setDefaultColumnStyle(LINK_REVIEWED_ON, cells.style(Style.DATE));
        sheet.setDefaultColumnStyle(LINK_COMMENTS, cells.style(Style.WRAP));
        sheet.setDefaultColumnStyle(LINK_NEW_COMMENT, cells.style(Style.WRAP));
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, LINK_HEADERS.length - 1));
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /**
     * The review of a grid cell as a cell note (state, reviewer, date and comment thread), for the links
     * someone reviewed or commented on. A grid nobody reviewed gets no drawing at all, so its export is
     * the same as before review existed.
     */
    private static final class ReviewNotes {
        private final Map<List<MappableItem>, MappingLink> reviewed = new HashMap<>();
        private final SXSSFSheet sheet;
        private Drawing<?> drawing;

        ReviewNotes(SXSSFSheet sheet, MappingSet mapping) {
            this.sheet = sheet;
            for (MappingLink link : mapping.getLinks()) {
                if (ReviewThreads.hasReviewOrComments(link)) {
                    reviewed.put(List.of(link.getItem(), link.getStandard()), link);
                }
            }
        }

        void attach(org.apache.poi.ss.usermodel.Cell cell, MappableItem item, MappableItem standard) {
            MappingLink link = reviewed.isEmpty() ? null : reviewed.get(List.of(item, standard));
            if (link == null) {
                return;
            }
            if (drawing == null) {
                drawing = sheet.createDrawingPatriarch();
            }
            CreationHelper factory = sheet.getWorkbook().getCreationHelper();
            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(cell.getColumnIndex() + 1);
            anchor.setCol2(cell.getColumnIndex() + 6);
            anchor.setRow1(cell.getRowIndex());
            anchor.setRow2(cell.getRowIndex() + 6);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(factory.createRichTextString(ReviewThreads.note(link)));
            if (link.getReviewer() != null) {
                comment.setAuthor(link.getReviewer());
            }
            // a drawing places a new note at its anchor's top-left cell; SXSSF does not move it to the cell
            comment.setAddress(cell.getRowIndex(), cell.getColumnIndex());
            cell.setCellComment(comment);
        }
    }

    /** Code, title and ID of the last item (or standard) a link named; all null for a missing one. */
    private static final class Labels {
        private MappableItem element;
        private boolean known;
        private String code;
        private String title;
        private String id;

        void of(MappableItem next) {
            if (known && next == element) {
                return;
            }
            element = next;
            known = true;
            code = next == null ? null : ElementLabels.identifier(next);
            title = next == null ? null : ElementLabels.title(next);
            id = next == null ? null : ModelIds.id(next);
        }
    }

    private static void writeLegendSheet(SXSSFWorkbook workbook, SheetCells cells, MappingSet mapping) {
        SXSSFSheet sheet = workbook.createSheet(LEGEND_SHEET);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        int r = 0;
        Row row = sheet.createRow(r++);
        cells.text(row, 0, "Legend", Style.TITLE);
        r++;
        row = sheet.createRow(r++);
        cells.text(row, 0, "Mark", Style.HEADER);
        cells.text(row, 1, "Meaning", Style.HEADER);
        r = legendRow(sheet, cells, r, PARTIAL_MARK, Style.PARTIAL, "partial coverage: the item covers part of the standard");
        r = legendRow(sheet, cells, r, FULL_MARK, Style.FULL, "full coverage: the item covers the whole standard");
        r = legendRow(sheet, cells, r, DERIVED_PARTIAL_MARK, Style.DERIVED,
                "partial coverage through a part of the item or standard (an outcome, criterion or element), rolled up");
        r = legendRow(sheet, cells, r, DERIVED_FULL_MARK, Style.DERIVED,
                "full coverage through a part of the item or standard, rolled up");
        r = legendRow(sheet, cells, r, null, Style.PLAIN, "blank: no coverage");
        r = legendRow(sheet, cells, r, null, Style.UNCOVERED, "highlighted standard: covered by no item at all (a gap)");
        r++;
        row = sheet.createRow(r++);
        cells.text(row, 0, ABOUT_HEADING, Style.HEADER);
        cells.text(row, 1, null, Style.HEADER);
        Framework source = mapping.getSource();
        Framework target = mapping.getTarget();
        r = field(sheet, cells, r, FIELD_CODE, mapping.getCode());
        r = field(sheet, cells, r, FIELD_TITLE, mapping.getTitle());
        r = field(sheet, cells, r, FIELD_DESCRIPTION, mapping.getDescription());
        r = field(sheet, cells, r, FIELD_KEY, mapping.getKey());
        r = field(sheet, cells, r, FIELD_SOURCE, source == null ? null : ElementLabels.describe(source));
        r = field(sheet, cells, r, FIELD_TARGET, target == null ? null : ElementLabels.describe(target));
        r = field(sheet, cells, r, FIELD_MAPPING_ID, ModelIds.id(mapping));
        r = field(sheet, cells, r, FIELD_SOURCE_ID, ModelIds.id(source));
        r = field(sheet, cells, r, FIELD_TARGET_ID, ModelIds.id(target));
        row = sheet.createRow(r++);
        cells.text(row, 0, FIELD_LINKS, Style.BOLD);
        cells.number(row, 1, mapping.getLinks().size(), Style.INTEGER);
    }

    private static int legendRow(SXSSFSheet sheet, SheetCells cells, int r, String mark, Style style, String meaning) {
        Row row = sheet.createRow(r);
        cells.text(row, 0, mark, style);
        cells.text(row, 1, meaning, Style.WRAP);
        return r + 1;
    }

    private static int field(SXSSFSheet sheet, SheetCells cells, int r, String name, String value) {
        Row row = sheet.createRow(r);
        cells.text(row, 0, name, Style.BOLD);
        cells.text(row, 1, value, Style.WRAP);
        return r + 1;
    }
}
