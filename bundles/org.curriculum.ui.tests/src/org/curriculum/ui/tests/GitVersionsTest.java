// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import static org.curriculum.ui.tests.WorkbenchFixture.page;
import static org.curriculum.ui.tests.WorkbenchFixture.screenshot;
import static org.curriculum.ui.tests.WorkbenchFixture.settle;
import static org.curriculum.ui.tests.WorkbenchFixture.ui;
import static org.curriculum.ui.tests.WorkbenchFixture.uiRun;
import static org.curriculum.ui.tests.WorkbenchFixture.waitInUi;
import static org.curriculum.ui.tests.WorkbenchFixture.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.curriculum.core.compare.ConflictResolution.Side;
import org.curriculum.core.compare.GitRevisions;
import org.curriculum.core.compare.MergeResult;
import org.curriculum.core.compare.ModelMerge;
import org.curriculum.core.compare.RecordedConflict;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.validation.ValidationProblem;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.testsupport.GitCommand;
import org.curriculum.testsupport.LoadedExamples;
import org.curriculum.ui.CurriculumUi;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.curriculum.ui.internal.editor.ProblemsView;
import org.curriculum.ui.internal.matrix.CoverageMatrixView;
import org.curriculum.ui.internal.versions.HistoryView;
import org.curriculum.ui.internal.versions.MergeConflictsView;
import org.curriculum.ui.internal.versions.ModelCompareView;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Versions in Git in the workbench, with a real repository made by the {@code git} command: "Issue 1" is the
 * examples as shipped (Alice), "Issue 2" (Bob) retitles unit 304 and edits three cells of the NOS mapping. The
 * History view lists both, the compare view shows the retitling in its tree and details, the matrix outlines
 * exactly the three edited cells since Issue 1, and a file merged with a conflict opens with its conflicts list,
 * where taking their value is undone in one step.
 */
class GitVersionsTest {

    private static final String NEW_TITLE = "Principles and Processes of Contact Centre Systems";

    @TempDir
    Path folder;

    @AfterEach
    void closeEditors() {
        WorkbenchFixture.closeEditorsUnder(folder);
    }

    private static MappingLink link(LoadedExamples examples, String unit, String standard) {
        return examples.nosMapping().getLinks().stream()
                .filter(l -> l.getItem() == examples.unit(unit) && l.getStandard() == examples.nos(standard))
                .findFirst().orElseThrow(() -> new AssertionError("no link " + unit + " x " + standard));
    }

    /** The repository with its two commits; returns its folder. */
    private Path repositoryWithTwoIssues() throws Exception {
        Path repository = folder.resolve("repo");
        LoadedExamples examples = LoadedExamples.load(repository);
        GitCommand.ok(folder, "Alice", "init", "-q", repository.toString());
        GitCommand.ok(repository, "Alice", "add", "-A");
        GitCommand.ok(repository, "Alice", "commit", "-q", "-m", "Issue 1");
        examples.unit("304").setTitle(NEW_TITLE);
        link(examples, "304", "CC08").setCoverage(CoverageLevel.FULL);
        EcoreUtil.remove(link(examples, "302", "CC04"));
        examples.nosMapping().getLinks().add(LoadedExamples.link(examples.unit("303"), examples.nos("CC10"),
                CoverageLevel.PARTIAL));
        ModelFiles.save(examples.btec().eResource());
        ModelFiles.save(examples.nosMapping().eResource());
        GitCommand.ok(repository, "Bob", "commit", "-q", "-am", "Issue 2: unit 304 retitled, three NOS cells");
        return repository;
    }

    private static <T extends IViewPart> T view(String id, Class<T> type) {
        return ui(() -> {
            try {
                return type.cast(page().showView(id));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<String> treeTexts(Tree tree) {
        List<String> texts = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            collect(item, "", texts);
        }
        return texts;
    }

    private static void collect(TreeItem item, String indent, List<String> texts) {
        texts.add(indent + item.getText());
        for (TreeItem child : item.getItems()) {
            collect(child, indent + "  ", texts);
        }
    }

    @Test
    void historyListsTheCommitsAndCompareShowsTheRetitlingInTheTreeAndDetails() throws Exception {
        Path repository = repositoryWithTwoIssues();
        CurriculumEditor editor = WorkbenchFixture.openEditor(repository.resolve(LoadedExamples.BTEC));
        HistoryView history = view(CurriculumUi.HISTORY_VIEW_ID, HistoryView.class);
        uiRun(() -> page().activate(editor));
        assertTrue(ui(() -> {
            try {
                return history.waitUntilShown(30_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));

        List<String> rows = ui(() -> {
            List<String> texts = new ArrayList<>();
            for (var item : history.getTable().getItems()) {
                texts.add(item.getText(1) + " | " + item.getText(3));
            }
            return texts;
        });
        assertEquals(List.of("Bob | Issue 2: unit 304 retitled, three NOS cells", "Alice | Issue 1"), rows);
        assertTrue(ui(history::getContentDescription).startsWith(LoadedExamples.BTEC + ": 2 versions in "),
                ui(history::getContentDescription));

        // one version selected: compared with the working file
        ModelCompareView compare = ui(() -> {
            history.select(1);
            return history.compareSelected();
        });
        assertNotNull(compare);
        ui(() -> waitShown(compare));
        assertTrue(ui(compare::getHeading).contains("\"Issue 1\" (Alice) \u2192 the working file: "), ui(compare::getHeading));
        assertTrue(ui(compare::getHeading).endsWith(
                "1 change (0 added, 0 removed, 1 changed, 0 moved)"), ui(compare::getHeading));
        Tree tree = ui(() -> (Tree) compare.getTree().getControl());
        assertEquals(List.of("Elements (1 change)", "  Unit 304", "    ~ title changed"), ui(() -> treeTexts(tree)));

        uiRun(() -> compare.getTree().setSelection(
                new StructuredSelection(tree.getItem(0).getItem(0).getItem(0).getData()), true));
        settle();
        StyledText[] details = ui(compare::getDetails);
        assertEquals("Principles and Processes of Systems and Technology in a Contact Centre", ui(details[0]::getText));
        assertEquals(NEW_TITLE, ui(details[1]::getText));
        // emphasised: from the first difference to the end (the two titles end differently)
        StyleRange[] oldRanges = ui(details[0]::getStyleRanges);
        StyleRange[] newRanges = ui(details[1]::getStyleRanges);
        assertEquals(1, oldRanges.length);
        assertEquals(1, newRanges.length);
        assertEquals(SWT.BOLD, oldRanges[0].fontStyle);
        assertEquals("Systems and Technology in a Contact Centre", ui(() -> details[0].getText(oldRanges[0].start,
                oldRanges[0].start + oldRanges[0].length - 1)).trim());
        assertEquals("Contact Centre Systems", ui(() -> details[1].getText(newRanges[0].start,
                newRanges[0].start + newRanges[0].length - 1)).trim());
        screenshot("history-and-compare", () -> window().getShell());

        // two versions selected: the older against the newer
        ui(() -> {
            history.select(0, 1);
            return history.compareSelected();
        });
        ui(() -> waitShown(compare));
        String heading = ui(compare::getHeading);
        assertTrue(heading.contains("\"Issue 1\" (Alice) \u2192 ") && heading.contains("\"Issue 2: unit 304"), heading);
        assertEquals(List.of("Elements (1 change)", "  Unit 304", "    ~ title changed"), ui(() -> treeTexts(tree)));
    }

    private static boolean waitShown(ModelCompareView compare) {
        try {
            return compare.waitUntilShown(30_000);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFileInNoRepositorySaysSoInTheHistoryView() throws Exception {
        WorkbenchFixture.examplesCopy(folder.resolve("plain"));
        HistoryView history = view(CurriculumUi.HISTORY_VIEW_ID, HistoryView.class);
        uiRun(() -> history.showFile(folder.resolve("plain").resolve(LoadedExamples.BTEC)));
        ui(() -> {
            try {
                return history.waitUntilShown(30_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        String description = ui(history::getContentDescription);
        assertTrue(description.contains("not in a Git repository"), description);
        assertEquals(0, (int) ui(() -> history.getTable().getItemCount()));
    }

    @Test
    void changedSinceOutlinesExactlyTheEditedCells() throws Exception {
        Path repository = repositoryWithTwoIssues();
        Path mappingFile = repository.resolve(LoadedExamples.NOS_MAPPING);
        CurriculumEditor editor = WorkbenchFixture.openEditor(mappingFile);
        CoverageMatrixView matrix = view(CurriculumUi.MATRIX_VIEW_ID, CoverageMatrixView.class);
        uiRun(() -> page().activate(editor));
        settle();
        GitRevisions.History history = GitRevisions.history(mappingFile);
        GitRevisions.Version issue1 = history.versions().get(1);
        assertEquals("Issue 1", issue1.message());

        uiRun(() -> matrix.showChangedSince(history, issue1));
        settle();

        MatrixViewProbe probe = ui(() -> new MatrixViewProbe(matrix));
        CoverageMatrixTest.resetFilters(probe);
        settle();
        List<String> outlined = ui(() -> {
            List<String> cells = new ArrayList<>();
            for (int[] cell : matrix.changedSinceCells()) {
                cells.add(ElementLabels.identifier(probe.layout().getItem(cell[0], cell[1])) + " x "
                        + ElementLabels.identifier(probe.layout().getStandard(cell[0], cell[1])));
            }
            return cells.stream().sorted().toList();
        });
        assertEquals(List.of("302 x CC04", "303 x CC10", "304 x CC08"), outlined);
        List<String> tips = ui(() -> {
            List<String> texts = new ArrayList<>();
            for (int[] cell : matrix.changedSinceCells()) {
                String tip = matrix.changedSinceToolTip(cell[0], cell[1]);
                texts.add(ElementLabels.identifier(probe.layout().getItem(cell[0], cell[1])) + ": "
                        + tip.substring(tip.indexOf("): ") + 3));
            }
            return texts.stream().sorted().toList();
        });
        assertEquals(List.of("302: link removed (was partial)", "303: link added (partial)",
                "304: coverage changed (partial \u2192 full)"), tips);
        String title = ui(matrix::getTitleText);
        assertTrue(title.contains("Changed since " + issue1.shortId() + " \"Issue 1\" (Alice"), title);
        assertTrue(title.endsWith(": 3 cells, outlined"), title);
        uiRun(() -> page().setPartState(page().getReference(matrix), IWorkbenchPage.STATE_MAXIMIZED));
        screenshot("matrix-changed-since", () -> window().getShell());
        uiRun(() -> page().setPartState(page().getReference(matrix), IWorkbenchPage.STATE_RESTORED));

        uiRun(matrix::clearChangedSince);
        assertEquals(0, (int) ui(() -> matrix.changedSinceCells().size()));
        assertFalse(ui(matrix::getTitleText).contains("Changed since"));
    }

    @Test
    void aMergedFileOpensWithItsConflictsAndTakingTheirsIsUndoneInOneStep() throws Exception {
        LoadedExamples base = LoadedExamples.load(folder.resolve("base"));
        LoadedExamples ours = LoadedExamples.load(folder.resolve("ours"));
        LoadedExamples theirs = LoadedExamples.load(folder.resolve("theirs"));
        ours.unit("303").setTitle("Own Performance at Work (ours)");
        theirs.unit("303").setTitle("Own Performance at Work (theirs)");
        ModelFiles.save(ours.btec().eResource());
        ModelFiles.save(theirs.btec().eResource());
        Path mergedFile = folder.resolve("ours").resolve(LoadedExamples.BTEC);
        EObject ourRoot = ModelFiles.loadRoot(mergedFile);
        MergeResult result = ModelMerge.merge(base.btec(), ourRoot, ModelFiles.loadRoot(
                folder.resolve("theirs").resolve(LoadedExamples.BTEC)));
        ModelMerge.recordConflicts(ourRoot, result.conflicts());
        ModelFiles.save(ourRoot.eResource());

        CurriculumEditor editor = WorkbenchFixture.openEditor(mergedFile);
        waitInUi(() -> page().findView(CurriculumUi.MERGE_CONFLICTS_VIEW_ID) != null,
                "the Merge Conflicts view to open with the merged file");
        MergeConflictsView conflicts = (MergeConflictsView) ui(() -> page().findView(CurriculumUi.MERGE_CONFLICTS_VIEW_ID));
        settle();
        assertEquals(List.of("Unit 303 | title | Own Performance at Work (ours) | Own Performance at Work (theirs)"),
                ui(() -> rows(conflicts)));
        List<ValidationProblem> problems = ui(() -> ProblemsView.validate(editor));
        assertTrue(problems.stream().anyMatch(p -> p.severity() == ValidationProblem.Severity.WARNING
                && p.message().startsWith("Unresolved merge conflict: Unit 303: title")), problems.toString());

        uiRun(() -> conflicts.select(0));
        assertTrue(ui(() -> conflicts.canResolve(Side.THEIRS)));
        uiRun(() -> conflicts.resolveSelected(Side.THEIRS));
        settle();
        Curriculum model = (Curriculum) ui(() -> editor.getResource().getContents().get(0));
        assertEquals("Own Performance at Work (theirs)", ui(() -> LoadedExamples.component(model, "303").getTitle()));
        assertEquals(List.of(), ui(() -> rows(conflicts)));
        assertEquals(List.of(), ui(() -> RecordedConflict.of(model)));
        assertTrue(ui(editor::isDirty));

        uiRun(() -> editor.getEditingDomain().getCommandStack().undo());
        settle();
        assertEquals("Own Performance at Work (ours)", ui(() -> LoadedExamples.component(model, "303").getTitle()));
        assertEquals(1, (int) ui(() -> rows(conflicts).size()));
        assertFalse(ui(editor::isDirty));
    }

    private static List<String> rows(MergeConflictsView view) {
        List<String> rows = new ArrayList<>();
        for (var item : view.getTable().getItems()) {
            rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | " + item.getText(3));
        }
        return rows;
    }
}
