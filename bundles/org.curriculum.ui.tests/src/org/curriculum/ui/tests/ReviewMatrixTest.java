// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import static org.curriculum.ui.tests.WorkbenchFixture.display;
import static org.curriculum.ui.tests.WorkbenchFixture.page;
import static org.curriculum.ui.tests.WorkbenchFixture.screenshot;
import static org.curriculum.ui.tests.WorkbenchFixture.settle;
import static org.curriculum.ui.tests.WorkbenchFixture.ui;
import static org.curriculum.ui.tests.WorkbenchFixture.uiRun;
import static org.curriculum.ui.tests.WorkbenchFixture.waitInUi;
import static org.curriculum.ui.tests.WorkbenchFixture.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.CoverageOptions;
import org.curriculum.core.coverage.GoverningQualification;
import org.curriculum.core.matrix.MatrixLayout;
import org.curriculum.core.matrix.ReviewFigures;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.review.CoverageFigures;
import org.curriculum.core.review.ReviewReport;
import org.curriculum.model.MappingSet;
import org.curriculum.model.ReviewState;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.ui.CurriculumUi;
import org.curriculum.ui.internal.ReviewPreferences;
import org.curriculum.ui.internal.matrix.MatrixCellLabels;
import org.curriculum.ui.internal.matrix.MatrixFilterBar;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A council reviews the Annexe B grid in the matrix with the keyboard: 70 partial ticks by "Pearson (Annexe
 * B)"; unit 302 has 4 ticks, CC09 is ticked for 304, 204 and 205, CC01 for 301 and CC38 for 308, 309 and 206.
 * The reviewer queries unit 302's row and CC09's column and 301/CC01 (8 links), rejects 308/CC38 and 309/CC38
 * (2), then accepts the other 60 one after the other with "next unreviewed" (N) and accept (A).
 */
class ReviewMatrixTest {

    private static final String ANNEXE_B = "btec-l3-contact-centre-nos.mapping";
    private static final String REVIEWER = "Quality Council Reviewer";
    private static final String QUERY_302 = "Where do the assessment criteria of unit 302 meet these standards?";
    private static final String QUERY_CC09 = "Which systems does the learner use? Evidence needed.";
    private static final String QUERY_CC01 = "Overstated: personal effectiveness is only touched on.";
    private static final String REJECT_CC38 = "Incident handling is not taught in this unit.";
    private static final String FOLLOW_UP = "Pearson to remove this tick in the next issue.";

    @TempDir
    Path folder;
    private MatrixDriver driver;
    private String previousReviewer;

    @BeforeEach
    void reviewer() {
        previousReviewer = ReviewPreferences.store().getString(ReviewPreferences.REVIEWER_NAME);
        ReviewPreferences.store().setValue(ReviewPreferences.REVIEWER_NAME, REVIEWER);
    }

    @AfterEach
    void close() {
        ReviewPreferences.store().setValue(ReviewPreferences.REVIEWER_NAME, previousReviewer);
        if (driver != null) {
            driver.close();
        }
    }

    // ------------------------------------------------------------------ what the view shows

    private String rowStartingWith(String number) {
        return ui(() -> driver.view.rowHeaders().stream().filter(header -> header.startsWith(number + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + number + " in " + driver.view.rowHeaders())));
    }

    /** The labels a cell carries, as the styles and painters read them. */
    private List<String> labels(String rowHeader, String columnHeader) {
        int[] at = driver.position(rowHeader, columnHeader);
        return ui(() -> {
            LabelStack labels = driver.table.getConfigLabelsByPosition(at[0], at[1]);
            return labels.getLabels();
        });
    }

    /** The dashboard's and the view's label texts. */
    private String viewTexts() {
        return ui(() -> MatrixDriver.texts(driver.table.getParent()));
    }

    private String dashboardLine(String start) {
        String texts = viewTexts();
        return Arrays.stream(texts.split("\n")).filter(line -> line.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + start + "...' in\n" + texts));
    }

    /** Every body cell with a link of its own, as (row header, column header). */
    private List<String[]> linkedCells() {
        return ui(() -> {
            MatrixLayout layout = driver.view.layout();
            List<String[]> cells = new ArrayList<>();
            for (int row = 0; row < layout.getRowCount(); row++) {
                for (int column = 0; column < layout.getColumnCount(); column++) {
                    if (layout.getDirectLink(column, row) != null) {
                        cells.add(new String[] { layout.getRowHeader(row), layout.getColumnHeader(column) });
                    }
                }
            }
            return cells;
        });
    }

    private long cellsLabelled(String label) {
        return linkedCells().stream().filter(cell -> labels(cell[0], cell[1]).contains(label)).count();
    }

    // ------------------------------------------------------------------ what the reviewer does

    private void selectRow(String rowHeader) {
        List<String> columns = ui(driver.view::columnHeaders);
        driver.select(rowHeader, columns.get(0), rowHeader, columns.get(columns.size() - 2));
    }

    private void selectColumn(String columnHeader) {
        List<String> rows = ui(driver.view::rowHeaders);
        driver.select(rows.get(0), columnHeader, rows.get(rows.size() - 2), columnHeader);
    }

    private static Event key(char character) {
        Event event = new Event();
        event.character = character;
        event.keyCode = character;
        return event;
    }

    /** Presses a key in the matrix. */
    private void press(char character) {
        uiRun(() -> {
            driver.table.setFocus();
            driver.table.notifyListeners(SWT.KeyDown, key(character));
        });
        settle();
    }

    /** Presses a key that opens a dialog asking for a comment, then types the comment and presses OK. */
    private void pressAndComment(char character, String dialogTitle, String comment) {
        // asynchronously, because the dialog runs its own event loop until it is closed
        display().asyncExec(() -> {
            driver.table.setFocus();
            driver.table.notifyListeners(SWT.KeyDown, key(character));
        });
        waitInUi(() -> MatrixDriver.dialog(dialogTitle) != null, "the dialog '" + dialogTitle + "'");
        uiRun(() -> {
            Shell dialog = MatrixDriver.dialog(dialogTitle);
            all(dialog, Text.class).get(0).setText(comment);
            all(dialog, Button.class).stream().filter(button -> IDialogConstants.OK_LABEL.equals(button.getText()))
                    .findFirst().orElseThrow().notifyListeners(SWT.Selection, new Event());
        });
        waitInUi(() -> MatrixDriver.dialog(dialogTitle) == null, "the dialog '" + dialogTitle + "' to close");
        settle();
    }

    private static <T extends Control> List<T> all(Control control, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(control)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                found.addAll(all(child, type));
            }
        }
        return found;
    }

    private void redo() {
        uiRun(() -> {
            page().activate(driver.editor);
            try {
                window().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.redo", null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        settle();
    }

    /** The text of the selected cell's review thread (the read-only multi-line field beside the rationale). */
    private String thread() {
        return ui(() -> all(driver.table.getParent(), Text.class).stream()
                .filter(text -> (text.getStyle() & SWT.MULTI) != 0).findFirst().orElseThrow().getText());
    }

    @Test
    void aCouncilReviewsAnnexeBWithTheKeyboard() throws Exception {
        WorkbenchFixture.examplesCopy(folder);
        driver = MatrixDriver.open(folder, ANNEXE_B);
        MappingSet mapping = ui(() -> (MappingSet) driver.editor.getResource().getContents().get(0));
        assertEquals(70, linkedCells().size());

        // The dashboard before anyone reviewed: all 41 standards ticked partially, nothing reviewed.
        waitInUi(() -> !viewTexts().contains(", on every pathway: computing..."), "the pathway guarantee");
        int guaranteed = ui(() -> CoverageFigures.guaranteed(mapping));
        assertEquals("Coverage: 41 standards: 0 covered fully, 41 partially, 0 uncovered, " + guaranteed
                + " on every pathway", dashboardLine("Coverage: "));
        assertTrue(guaranteed < 41, "CC08 is covered only by optional units");
        assertEquals("Review: 0% reviewed (0 of 70 links and gaps): 0 accepted, 0 queried, 0 rejected, 70 proposed; no gaps",
                dashboardLine("Review: "));

        // Q on unit 302's row queries its 4 links in one command, with one comment each.
        String unit302 = rowStartingWith("302");
        selectRow(unit302);
        pressAndComment('q', "Query 4 links", QUERY_302);
        assertEquals(4, cellsLabelled(MatrixCellLabels.QUERIED));
        assertEquals("Review: 6% reviewed (4 of 70 links and gaps): 0 accepted, 4 queried, 0 rejected, 66 proposed; no gaps",
                dashboardLine("Review: "));
        // One undo restores all four, one redo queries them again.
        driver.undo();
        assertEquals(0, cellsLabelled(MatrixCellLabels.QUERIED));
        assertEquals("Review: 0% reviewed (0 of 70 links and gaps): 0 accepted, 0 queried, 0 rejected, 70 proposed; no gaps",
                dashboardLine("Review: "));
        redo();
        assertEquals(4, cellsLabelled(MatrixCellLabels.QUERIED));

        selectColumn("CC09");
        pressAndComment('q', "Query 3 links", QUERY_CC09);
        String unit301 = rowStartingWith("301");
        driver.select(unit301, "CC01", unit301, "CC01");
        pressAndComment('q', "Query 1 link", QUERY_CC01);
        // The review's comment thread beside the rationale: who, when, what.
        String thread = thread();
        assertTrue(thread.matches("\\d{4}-\\d{2}-\\d{2} " + REVIEWER + ": " + Pattern.quote(QUERY_CC01)), thread);
        // The corner mark does not hide the coverage mark.
        assertEquals(MatrixLayout.PARTIAL_SYMBOL, driver.cell(unit301, "CC01"));
        assertTrue(labels(unit301, "CC01").containsAll(List.of(MatrixCellLabels.PARTIAL, MatrixCellLabels.QUERIED)));

        String unit308 = rowStartingWith("308");
        String unit309 = rowStartingWith("309");
        driver.select(unit308, "CC38", unit309, "CC38");
        pressAndComment('r', "Reject 2 links", REJECT_CC38);
        assertEquals(8, cellsLabelled(MatrixCellLabels.QUERIED));
        assertEquals(2, cellsLabelled(MatrixCellLabels.REJECTED));

        // The filter per state keeps the rows and columns of the queried links.
        driver.choose(ui(driver.view::reviewFilter), MatrixFilterBar.REVIEW_PREFIX + "queried");
        List<String> queriedRows = ui(driver.view::rowHeaders);
        assertEquals(6, queriedRows.size(), queriedRows.toString()); // 302, 301, 304, 204, 205 and the totals
        assertTrue(queriedRows.contains(unit302) && queriedRows.contains(unit301), queriedRows.toString());
        assertFalse(queriedRows.contains(unit308), queriedRows.toString());
        driver.choose(ui(driver.view::reviewFilter), MatrixFilterBar.ALL_REVIEW_STATES);
        assertEquals(70, linkedCells().size());

        // N goes to the next cell not reviewed yet, A accepts it: 60 times.
        for (int i = 0; i < 60; i++) {
            press('n');
            press('a');
        }
        assertEquals(60, cellsLabelled(MatrixCellLabels.ACCEPTED));
        assertEquals(8, cellsLabelled(MatrixCellLabels.QUERIED));
        assertEquals(2, cellsLabelled(MatrixCellLabels.REJECTED));
        assertEquals("Review: 100% reviewed (70 of 70 links and gaps): 60 accepted, 8 queried, 2 rejected, 0 proposed; no gaps",
                dashboardLine("Review: "));
        driver.undo();
        assertEquals("Review: 99% reviewed (69 of 70 links and gaps): 59 accepted, 8 queried, 2 rejected, 1 proposed; no gaps",
                dashboardLine("Review: "));
        redo();
        assertEquals("Review: 100% reviewed (70 of 70 links and gaps): 60 accepted, 8 queried, 2 rejected, 0 proposed; no gaps",
                dashboardLine("Review: "));

        // Space on an accepted cell makes it full: the link goes back to proposed, in one undo with the level,
        // and the dashboard follows both.
        driver.select(unit301, "CC02", unit301, "CC02");
        press(' ');
        assertEquals(MatrixLayout.FULL_SYMBOL, driver.cell(unit301, "CC02"));
        assertFalse(labels(unit301, "CC02").contains(MatrixCellLabels.ACCEPTED));
        assertTrue(dashboardLine("Coverage: ").startsWith("Coverage: 41 standards: 1 covered fully, 40 partially, 0 uncovered"),
                dashboardLine("Coverage: "));
        assertEquals("Review: 99% reviewed (69 of 70 links and gaps): 59 accepted, 8 queried, 2 rejected, 1 proposed; no gaps",
                dashboardLine("Review: "));
        driver.undo();
        assertEquals(MatrixLayout.PARTIAL_SYMBOL, driver.cell(unit301, "CC02"));
        assertTrue(labels(unit301, "CC02").contains(MatrixCellLabels.ACCEPTED));
        assertTrue(dashboardLine("Coverage: ").startsWith("Coverage: 41 standards: 0 covered fully, 41 partially, 0 uncovered"),
                dashboardLine("Coverage: "));
        assertEquals("Review: 100% reviewed (70 of 70 links and gaps): 60 accepted, 8 queried, 2 rejected, 0 proposed; no gaps",
                dashboardLine("Review: "));

        // A further comment on a rejected cell, typed beside the rationale: the thread shows both, who and when.
        driver.select(unit308, "CC38", unit308, "CC38");
        uiRun(() -> {
            Text comment = all(driver.table.getParent(), Text.class).stream()
                    .filter(text -> "Add a comment to the thread".equals(text.getMessage())).findFirst().orElseThrow();
            comment.setText(FOLLOW_UP);
            all(driver.table.getParent(), Button.class).stream().filter(button -> "Add comment".equals(button.getText()))
                    .findFirst().orElseThrow().notifyListeners(SWT.Selection, new Event());
        });
        settle();
        String rejectedThread = thread();
        assertEquals(2, rejectedThread.split("\n").length, rejectedThread);
        assertTrue(rejectedThread.matches("\\d{4}-\\d{2}-\\d{2} " + REVIEWER + ": " + Pattern.quote(REJECT_CC38) + "\n"
                + "\\d{4}-\\d{2}-\\d{2} " + REVIEWER + ": " + Pattern.quote(FOLLOW_UP)), rejectedThread);

        // The picture for the documentation: the matrix maximised, a queried cell selected.
        uiRun(() -> page().setPartState(page().findViewReference(CurriculumUi.MATRIX_VIEW_ID), IWorkbenchPage.STATE_MAXIMIZED));
        settle();
        driver.select(unit301, "CC01", unit301, "CC01");
        try {
            screenshot("matrix-review", () -> window().getShell());
        } finally {
            uiRun(() -> page().setPartState(page().findViewReference(CurriculumUi.MATRIX_VIEW_ID), IWorkbenchPage.STATE_RESTORED));
            settle();
        }

        uiRun(() -> driver.editor.doSave(new NullProgressMonitor()));
        settle();
        assertFalse(ui(driver.editor::isDirty));

        // The 10 cells the review report must list, "item x standard" -> state and comments.
        Map<String, String> expected = new TreeMap<>();
        for (String[] cell : linkedCells()) {
            if (cell[0].equals(unit302)) {
                expected.put("302 x " + cell[1], "queried: " + QUERY_302);
            }
        }
        for (String number : List.of("304", "204", "205")) {
            expected.put(number + " x CC09", "queried: " + QUERY_CC09);
        }
        expected.put("301 x CC01", "queried: " + QUERY_CC01);
        expected.put("308 x CC38", "rejected: " + REJECT_CC38 + " | " + FOLLOW_UP);
        expected.put("309 x CC38", "rejected: " + REJECT_CC38);
        assertEquals(10, expected.size(), expected.toString());
        assertSavedReview(folder.resolve(ANNEXE_B), expected);
    }

    /**
     * The dashboard follows the model without counting every link again on each refresh: after a cell cycled
     * to full and then cleared, a verdict, a filter on and off, undo and redo, both of its lines say what a
     * count over a freshly computed matrix and every link says.
     */
    @Test
    void theDashboardAgreesWithAFreshCountAfterEditsFiltersUndoAndRedo() throws Exception {
        WorkbenchFixture.examplesCopy(folder);
        driver = MatrixDriver.open(folder, ANNEXE_B);
        MappingSet mapping = ui(() -> (MappingSet) driver.editor.getResource().getContents().get(0));
        assertDashboardIsAFreshCount(mapping, "41 standards: 0 covered fully, 41 partially, 0 uncovered", 0, 70);

        String unit301 = rowStartingWith("301");
        driver.select(unit301, "CC02", unit301, "CC02");
        press('a');
        assertDashboardIsAFreshCount(mapping, "41 standards: 0 covered fully, 41 partially, 0 uncovered", 1, 69);
        press(' ');
        assertEquals(MatrixLayout.FULL_SYMBOL, driver.cell(unit301, "CC02"));
        // the new level sends the accepted link back to proposed
        assertDashboardIsAFreshCount(mapping, "41 standards: 1 covered fully, 40 partially, 0 uncovered", 0, 70);
        press(' ');
        assertEquals("", driver.cell(unit301, "CC02"));
        assertDashboardIsAFreshCount(mapping, null, 0, 69);

        // A filter changes neither coverage nor review.
        String review = dashboardLine("Review: ");
        driver.toggle(ui(driver.view::gapsOnly));
        assertDashboardIsAFreshCount(mapping, null, 0, 69);
        driver.toggle(ui(driver.view::gapsOnly));
        assertEquals(review, dashboardLine("Review: "));

        driver.undo();
        assertDashboardIsAFreshCount(mapping, "41 standards: 1 covered fully, 40 partially, 0 uncovered", 0, 70);
        driver.undo();
        assertDashboardIsAFreshCount(mapping, "41 standards: 0 covered fully, 41 partially, 0 uncovered", 1, 69);
        driver.undo();
        assertDashboardIsAFreshCount(mapping, "41 standards: 0 covered fully, 41 partially, 0 uncovered", 0, 70);
        redo();
        redo();
        assertDashboardIsAFreshCount(mapping, "41 standards: 1 covered fully, 40 partially, 0 uncovered", 0, 70);
    }

    /**
     * Both dashboard lines against a fresh count: the coverage line starts with the figures of a newly computed
     * matrix (and, when given, with the expected text), the review line is the figures of every link and gap
     * counted afresh (with this many accepted and proposed links).
     */
    private void assertDashboardIsAFreshCount(MappingSet mapping, String coverage, int accepted, int proposed) {
        String[] fresh = ui(() -> {
            CoverageMatrix matrix = CoverageMatrix.compute(mapping,
                    CoverageOptions.defaults().withQualification(GoverningQualification.of(mapping)));
            CoverageFigures figures = CoverageFigures.of(matrix, -1);
            ReviewFigures review = ReviewFigures.of(mapping, matrix);
            assertEquals(List.of(accepted, proposed), List.of(review.accepted(), review.proposed()), review.describe());
            return new String[] { "Coverage: " + figures.standards() + " standards: " + figures.full() + " covered fully, "
                    + figures.partial() + " partially, " + figures.uncovered() + " uncovered", "Review: " + review.describe() };
        });
        if (coverage != null) {
            assertEquals("Coverage: " + coverage, fresh[0]);
        }
        assertTrue(dashboardLine("Coverage: ").startsWith(fresh[0]), dashboardLine("Coverage: ") + " | fresh: " + fresh[0]);
        assertEquals(fresh[1], dashboardLine("Review: "));
    }

    /** Annexe C level 2 leaves FS2-03, FS2-07 and FS2-09 without a tick: J justifies one, one undo takes it back. */
    @Test
    void aGapIsJustifiedWithJAndUndone() throws Exception {
        WorkbenchFixture.examplesCopy(folder);
        driver = MatrixDriver.open(folder, "btec-l3-functional-skills-level2.mapping");
        assertTrue(dashboardLine("Review: ").endsWith("; 0 of 3 gaps justified"), dashboardLine("Review: "));
        String firstRow = ui(driver.view::rowHeaders).get(0);

        // A covered standard has no gap: J says so and changes nothing.
        String covered = ui(() -> driver.view.columnHeaders().stream().filter(code -> !code.equals("FS2-03")
                && !code.equals("FS2-07") && !code.equals("FS2-09")).findFirst().orElseThrow());
        driver.select(firstRow, covered, firstRow, covered);
        display().asyncExec(() -> driver.table.notifyListeners(SWT.KeyDown, key('j')));
        waitInUi(() -> MatrixDriver.dialog("Justify gap") != null, "the message about a covered standard");
        assertTrue(ui(() -> MatrixDriver.texts(MatrixDriver.dialog("Justify gap"))).contains(covered + " is covered"));
        uiRun(() -> MatrixDriver.dialog("Justify gap").close());
        settle();
        assertFalse(ui(driver.editor::isDirty));

        driver.select(firstRow, "FS2-03", firstRow, "FS2-03");
        pressAndComment('j', "Justify gap", "Writing at level 2 is assessed in the English qualification taken alongside.");
        assertTrue(dashboardLine("Review: ").endsWith("; 1 of 3 gaps justified"), dashboardLine("Review: "));
        String state = ui(() -> MatrixDriver.texts(driver.table.getParent()));
        assertTrue(state.contains("Review: accepted gap: Writing at level 2 is assessed in the English qualification taken"
                + " alongside. by " + REVIEWER + " on "), state);
        driver.undo();
        assertTrue(dashboardLine("Review: ").endsWith("; 0 of 3 gaps justified"), dashboardLine("Review: "));
    }

    /**
     * Reads the saved file afresh and runs the headless review report on it (what {@code workbench review}
     * prints): 60 accepted, 8 queried, 2 rejected, every decision taken, and the 10 cells with their comments.
     */
    private static void assertSavedReview(Path file, Map<String, String> expected) throws Exception {
        ReviewReport report = ReviewReport.of((MappingSet) ModelFiles.loadRoot(file));
        assertEquals(60, report.links(ReviewState.ACCEPTED));
        assertEquals(8, report.links(ReviewState.QUERIED));
        assertEquals(2, report.links(ReviewState.REJECTED));
        assertEquals(0, report.links(ReviewState.PROPOSED));
        assertEquals(100, report.reviewedPercent());
        assertTrue(report.unjustifiedGaps().isEmpty());
        Map<String, String> listed = new TreeMap<>();
        for (ReviewReport.Entry entry : Stream.concat(report.queried().stream(), report.rejected().stream()).toList()) {
            assertEquals(REVIEWER, entry.reviewer());
            assertTrue(entry.comments().stream().allMatch(comment -> REVIEWER.equals(comment.author())));
            listed.put(entry.cell(), ElementLabels.reviewState(entry.state()) + ": "
                    + entry.comments().stream().map(ReviewReport.Comment::text).collect(Collectors.joining(" | ")));
        }
        assertEquals(expected, listed);
    }

}
