// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.internal;

/** Where things are on the coverage grid sheet; shared by the writer and the importer. */
public final class GridLayout {

    private GridLayout() {
    }

    public static final String GRID_SHEET = "Coverage grid";
    public static final String LINKS_SHEET = "Links";
    public static final String LEGEND_SHEET = "Legend";

    /** Marker in the hidden first column of the hidden ID row; tells the importer the sheet is ours. */
    public static final String MARKER_PREFIX = "workbench-grid:1:";
    public static final String STANDARDS_IN_ROWS = MARKER_PREFIX + "standards-in-rows";
    public static final String ITEMS_IN_ROWS = MARKER_PREFIX + "items-in-rows";

    public static final String PARTIAL_MARK = "✓";
    public static final String FULL_MARK = "●";
    public static final String DERIVED_PARTIAL_MARK = "(✓)";
    public static final String DERIVED_FULL_MARK = "(●)";

    /** Hidden-column values of rows that are not data rows. */
    public static final String GROUP_ROW = "#group";
    public static final String TOTAL_ROW = "#total";
    public static final String HEADER_ROW_TAG = "#header";

    public static final int TITLE_ROW = 0;
    public static final int KEY_FIRST_ROW = 3;
    public static final int COLUMN_GROUP_ROW = 9;
    public static final int HEADER_ROW = 10;
    public static final int ID_ROW = 11;
    public static final int FIRST_DATA_ROW = 12;

    public static final int ID_COLUMN = 0;
    public static final int CODE_COLUMN = 1;
    public static final int TITLE_COLUMN = 2;
    public static final int FIRST_ITEM_COLUMN = 3;

    /** Links sheet columns. */
    public static final String[] LINK_HEADERS = { "Item code", "Item title", "Standard code", "Standard title",
            "Coverage", "Rationale", "Author", "Date", "Link ID", "Item ID", "Standard ID", "Review state", "Reviewer",
            "Reviewed on", "Comments", "New comment" };
    public static final int LINK_COVERAGE = 4;
    public static final int LINK_RATIONALE = 5;
    public static final int LINK_AUTHOR = 6;
    public static final int LINK_DATE = 7;
    public static final int LINK_ID = 8;
    public static final int LINK_ITEM_ID = 9;
    public static final int LINK_STANDARD_ID = 10;
    /** Review columns: a reviewer without the workbench answers here (state, name, date, a new comment). */
    public static final int LINK_REVIEW_STATE = 11;
    public static final int LINK_REVIEWER = 12;
    public static final int LINK_REVIEWED_ON = 13;
    /** The comment thread so far, one "date author: text" line per comment; read-only for the import. */
    public static final int LINK_COMMENTS = 14;
    /** Left blank by the export: a comment typed here is added to the link's thread by the review import. */
    public static final int LINK_NEW_COMMENT = 15;

    /** Legend "About this mapping" fields. */
    public static final String ABOUT_HEADING = "About this mapping";
    public static final String FIELD_CODE = "Code";
    public static final String FIELD_TITLE = "Title";
    public static final String FIELD_DESCRIPTION = "Description";
    public static final String FIELD_KEY = "Published key";
    public static final String FIELD_SOURCE = "Source";
    public static final String FIELD_SOURCE_ID = "Source ID";
    public static final String FIELD_TARGET = "Target";
    public static final String FIELD_TARGET_ID = "Target ID";
    public static final String FIELD_MAPPING_ID = "Mapping set ID";
    public static final String FIELD_LINKS = "Links";
}
