// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel;

import static org.curriculum.excel.internal.GridLayout.LINKS_SHEET;
import static org.curriculum.excel.internal.GridLayout.LINK_HEADERS;
import static org.curriculum.excel.internal.GridLayout.LINK_ID;
import static org.curriculum.excel.internal.GridLayout.LINK_NEW_COMMENT;
import static org.curriculum.excel.internal.GridLayout.LINK_REVIEWED_ON;
import static org.curriculum.excel.internal.GridLayout.LINK_REVIEWER;
import static org.curriculum.excel.internal.GridLayout.LINK_REVIEW_STATE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.curriculum.core.review.ReviewThreads;
import org.curriculum.excel.internal.CsvTable.Record;
import org.curriculum.excel.internal.ModelIds;
import org.curriculum.excel.internal.SafeWorkbookReader;
import org.curriculum.excel.internal.StreamingWorkbookReader;
import org.curriculum.excel.internal.Table;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.ReviewState;

/**
 * Reads a second round of review back from the Links sheet of a grid or links workbook the workbench
 * exported: a reviewer without the workbench writes a state (accepted, queried, rejected, proposed), their
 * name, the date and a new comment in the review columns of each link's row. A reviewer or date cell left
 * blank, or still holding what the export wrote, becomes the import's default reviewer and date. Rows are matched to the
 * mapping's links by the hidden link ID, so sorting or filtering the sheet is harmless. Nothing is changed
 * until the whole sheet has been read: the first problem ends the import with its file, row and column.
 */
public final class ReviewImporter {

    /**
     * One link's answer from the sheet.
     *
     * @param link       the link the row names
     * @param state      the state typed, or null when the cell is blank (the link's state is kept)
     * @param reviewer   the reviewer typed, or the default reviewer when the cell is blank or as exported
     * @param date       the date typed, or the import's date when the cell is blank or as exported
     * @param newComment the comment typed in "New comment", or null
     */
    public record Answer(MappingLink link, ReviewState state, String reviewer, Date date, String newComment) {

        /** Whether the answer changes the link: a new verdict, or a new comment. */
        public boolean changes() {
            return state != null || newComment != null;
        }
    }

    private ReviewImporter() {
    }

    /**
     * The answers of the Links sheet that change a link of {@code mapping}. {@code defaultReviewer} and
     * {@code today} fill a row whose reviewer or date cell was left blank.
     */
    public static List<Answer> read(Path file, MappingSet mapping, String defaultReviewer, Date today)
            throws SpreadsheetImportException {
        Map<String, MappingLink> byId = new HashMap<>();
        for (MappingLink link : mapping.getLinks()) {
            byId.put(ModelIds.id(link), link);
        }
        List<Answer> answers = new ArrayList<>();
        try (StreamingWorkbookReader workbook = StreamingWorkbookReader.open(file)) {
            if (!workbook.hasSheet(LINKS_SHEET)) {
                throw new SpreadsheetImportException(file, "the workbook has no " + LINKS_SHEET
                        + " sheet: answer the review in the Links sheet of a grid or links export of the workbench", null);
            }
            Table links = new Table(file, workbook.sheetName(LINKS_SHEET), List.of());
            TimeZone utc = TimeZone.getTimeZone("UTC");
            workbook.read(LINKS_SHEET, row -> {
                Record record = row.record();
                if (record.line() == 1) {
                    if (!record.cell(LINK_ID).equals(LINK_HEADERS[LINK_ID])
                            || !record.cell(LINK_REVIEW_STATE).equals(LINK_HEADERS[LINK_REVIEW_STATE])) {
                        throw links.error(1, LINK_REVIEW_STATE, "the Links sheet has no review columns ("
                                + LINK_HEADERS[LINK_REVIEW_STATE] + " in column " + (LINK_REVIEW_STATE + 1)
                                + "): export the grid again with this version of the workbench");
                    }
                    return;
                }
                if (record.isBlank()) {
                    return;
                }
                String id = record.cell(LINK_ID);
                MappingLink link = byId.get(id);
                if (link == null) {
                    throw links.error(record.line(), LINK_ID, id.isEmpty()
                            ? "the row has no link ID: rows added by hand cannot be reviewed; add the link in the workbench"
                            : "no link of " + mapping.getTitle() + " has the ID " + id
                                    + ": the workbook was exported from another mapping file");
                }
                ReviewState state = state(links, record);
                // a reviewer or date cell still holding what the export wrote was not filled in by this round
                String reviewer = blankToNull(record.cell(LINK_REVIEWER));
                if (reviewer != null && reviewer.equals(link.getReviewer())) {
                    reviewer = null;
                }
                Date date = GridImporter.date(links, row, LINK_REVIEWED_ON, workbook.isDate1904(), utc);
                if (date != null && date.equals(link.getReviewedOn())) {
                    date = null;
                }
                String comment = blankToNull(record.cell(LINK_NEW_COMMENT));
                // the export writes every link's state: a row left as it was is no verdict
                boolean verdict = state != null && (state != link.effectiveReviewState() || reviewer != null || date != null);
                Answer answer = new Answer(link, verdict ? state : null, reviewer != null ? reviewer : defaultReviewer,
                        date != null ? date : today, comment);
                if (answer.changes()) {
                    answers.add(answer);
                }
            });
        } catch (RuntimeException e) {
            throw SafeWorkbookReader.translate(file, e);
        }
        return answers;
    }

    /** Applies the answers to their links directly (the command line; the workbench wraps them in commands). */
    public static void apply(List<Answer> answers) {
        for (Answer answer : answers) {
            MappingLink link = answer.link();
            if (answer.state() != null) {
                link.setReviewState(answer.state());
                link.setReviewer(answer.reviewer());
                link.setReviewedOn(answer.date());
            }
            if (answer.newComment() != null) {
                link.getComments().add(ReviewThreads.comment(answer.reviewer(), answer.date(), answer.newComment()));
            }
        }
    }

    /** The Review state cell of a Links row, or null when blank; an unknown state is refused at its cell. */
    static ReviewState state(Table table, Record record) throws SpreadsheetImportException {
        String text = record.cell(LINK_REVIEW_STATE).strip();
        if (text.isEmpty()) {
            return null;
        }
        ReviewState state = ReviewState.get(text.toLowerCase(Locale.ROOT));
        if (state == null) {
            throw table.error(record.line(), LINK_REVIEW_STATE,
                    "unknown review state \"" + text + "\"; use accepted, queried, rejected or proposed");
        }
        return state;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
