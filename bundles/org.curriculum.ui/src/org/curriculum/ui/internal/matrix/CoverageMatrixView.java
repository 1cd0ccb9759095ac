// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.curriculum.core.compare.GitRevisions;
import org.curriculum.core.coverage.Coverage;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.core.matrix.MatrixLayout;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.GapReview;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.ReviewState;
import org.curriculum.model.Reviewable;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.model.edit.command.MappingCell;
import org.curriculum.model.edit.command.MappingEditCommands;
import org.curriculum.model.edit.command.ReviewCommands;
import org.curriculum.ui.internal.ReviewPreferences;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.curriculum.ui.internal.wizards.ComposeMappingWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * The mapping matrix of the active mapping editor. The headless {@link MatrixLayout} decides what is
 * shown (filters, order, orientation, groups, texts); {@link MatrixGrid} draws it with NatTable; every
 * change (a click or the space bar cycling none -> partial -> full -> none, a fill of several cells, a
 * typed rationale) is one of {@link MappingEditCommands} on the editor's command stack, so undo works
 * as everywhere else. In review, A / Q / R give the selected cells' links a verdict, N selects the next
 * unreviewed cell and J justifies a gap, each one of {@code ReviewCommands}; the {@link MatrixDashboard}
 * above shows the coverage and review figures. The view itself only wires these together and follows the
 * active editor.
 */
public class CoverageMatrixView extends ViewPart {

    /** The toolbar action that accepts the selected cells. */
    public static final String ACCEPT = "Accept";
    /** The toolbar action that queries them; also the start of its comment dialog's title. */
    public static final String QUERY = "Query";
    /** The toolbar action that rejects them; also the start of its comment dialog's title. */
    public static final String REJECT = "Reject";
    /** The toolbar action that selects the next cell not reviewed yet. */
    public static final String NEXT_UNREVIEWED = "Next unreviewed";
    /** The toolbar action that justifies a gap; also the title of its dialog. */
    public static final String JUSTIFY_GAP = "Justify gap";

    private CurriculumEditor editor;
    private final MatrixLayout layout = new MatrixLayout(
            element -> editor != null && editor.getLabels() != null ? editor.getLabels().text(element)
                    : String.valueOf(element));

    private Label title;
    private MatrixDashboard dashboard;
    /** Whether the model changed since the dashboard last looked (a filter change alone does not count). */
    private boolean modelChanged = true;
    private MatrixFilterBar filters;
    private RationaleField rationale;
    private ReviewThreadField reviewThread;
    private MatrixGrid grid;
    private ChangedSinceHighlight changedSince;
    private final MatrixSelectionProvider selectionProvider = new MatrixSelectionProvider();
    /** A command stack change not yet shown: the matrix is refreshed once, however many commands ran. */
    private boolean refreshPending;
    private final CommandStackListener stackListener = event -> refreshAfterCommandLater();

    private final IPartListener2 editorTracker = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            IWorkbenchPart part = reference.getPart(false);
            if (part instanceof CurriculumEditor activated && activated != editor && isMappingEditor(activated)) {
                show(activated);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == editor) {
                show(null);
            }
        }
    };

    private static boolean isMappingEditor(CurriculumEditor candidate) {
        return candidate.getResource() != null && !candidate.getResource().getContents().isEmpty()
                && candidate.getResource().getContents().get(0) instanceof MappingSet;
    }

    @Override
    public void createPartControl(Composite parent) {
        CollectionsFactories.initialise();
        parent.setLayout(new GridLayout(1, false));
        title = new Label(parent, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        dashboard = new MatrixDashboard(new Composite(parent, SWT.NONE));
        filters = new MatrixFilterBar(new Composite(parent, SWT.NONE), layout, this::refresh);
        // The review's comment thread beside the rationale: both are about the selected cell's link.
        Composite editRow = new Composite(parent, SWT.NONE);
        GridLayout editColumns = new GridLayout(2, true);
        editColumns.marginHeight = 0;
        editColumns.marginWidth = 0;
        editRow.setLayout(editColumns);
        editRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        rationale = new RationaleField(new Composite(editRow, SWT.NONE), this::applyRationale);
        reviewThread = new ReviewThreadField(new Composite(editRow, SWT.NONE), this::addComment);
        grid = new MatrixGrid(parent, layout, this::cycle, this::reviewKey, this::cellSelectionChanged);
        changedSince = new ChangedSinceHighlight(layout);
        grid.addBodyLabels(changedSince.labels());
        grid.addToolTipLines(changedSince::toolTip);
        ChangedSinceHighlight.register(grid.table().getConfigRegistry(),
                parent.getDisplay().getSystemColor(SWT.COLOR_DARK_MAGENTA));
        createToolbar(getViewSite().getActionBars().getToolBarManager());
        getSite().setSelectionProvider(selectionProvider);

        getSite().getPage().addPartListener(editorTracker);
        if (getSite().getPage().getActiveEditor() instanceof CurriculumEditor active && isMappingEditor(active)) {
            show(active);
        } else {
            show(null);
        }
    }

    private void createToolbar(IToolBarManager toolbar) {
        toolbar.add(action("Partial", "Set the selected cells to partial coverage (one undo)",
                () -> fillSelection(Coverage.PARTIAL)));
        toolbar.add(action("Full", "Set the selected cells to full coverage (one undo)", () -> fillSelection(Coverage.FULL)));
        toolbar.add(action("Clear", "Remove the links of the selected cells (one undo)", () -> fillSelection(Coverage.NONE)));
        toolbar.add(new Separator());
        toolbar.add(action("Changed since...", "Outline the cells that differ from a version of this mapping in Git",
                this::chooseChangedSince));
        toolbar.add(action("Clear changes", "Remove the \"Changed since\" outlines", this::clearChangedSince));
        toolbar.add(action(ACCEPT, "Accept the links of the selected cells (key A; one undo)",
                () -> reviewSelection(ReviewState.ACCEPTED)));
        toolbar.add(action(QUERY + "...", "Query the links of the selected cells, with a comment (key Q; one undo)",
                () -> reviewSelection(ReviewState.QUERIED)));
        toolbar.add(action(REJECT + "...", "Reject the links of the selected cells, with a comment (key R; one undo)",
                () -> reviewSelection(ReviewState.REJECTED)));
        toolbar.add(action(NEXT_UNREVIEWED, "Select the next cell whose link is not reviewed yet (key N)",
                this::selectNextUnreviewed));
        toolbar.add(action(JUSTIFY_GAP + "...", "Justify the gap of the selected uncovered standard: an accepted gap (key J)",
                this::justifyGap));
        toolbar.add(new Separator());
        toolbar.add(action("Export to Excel...", "Write this coverage grid to an Excel workbook, as the command line export does",
                this::chooseFileAndExport));
        toolbar.add(action("Compose through...", "Compose this mapping with another that shares a framework: derived links"
                + " with their paths, for review, opened in the matrix", this::composeThrough));
    }

    /** Opens the Compose wizard on this mapping's file; the composed mapping opens in the editor and this matrix. */
    private void composeThrough() {
        if (editor == null || editor.getResource() == null || !editor.getResource().getURI().isFile()) {
            return;
        }
        ComposeMappingWizard wizard = new ComposeMappingWizard(Path.of(editor.getResource().getURI().toFileString()));
        wizard.init(getSite().getWorkbenchWindow().getWorkbench(), StructuredSelection.EMPTY);
        new WizardDialog(getSite().getShell(), wizard).open();
    }

    private static Action action(String text, String toolTip, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(toolTip);
        return action;
    }

    private void chooseFileAndExport() {
        MappingSet mapping = layout.getMapping();
        if (mapping == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Export the coverage grid to Excel");
        dialog.setFilterExtensions(new String[] { "*.xlsx" });
        dialog.setFileName((mapping.getCode() != null ? mapping.getCode() : "coverage") + ".xlsx");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportToExcel(Path.of(chosen));
        }
    }

    /** Shows the matrix of a mapping editor (or an empty matrix). */
    public void show(CurriculumEditor mappingEditor) {
        if (editor != null) {
            editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
        }
        editor = mappingEditor;
        if (editor != null) {
            editor.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
        }
        if (grid == null || grid.isDisposed()) {
            return;
        }
        changedSince.clear(); // the marks belong to the mapping they were found in
        grid.clearSelection();
        layout.show(editor == null ? null : (MappingSet) editor.getResource().getContents().get(0));
        modelChanged = true;
        filters.offerLevels();
        refresh();
    }

    /** Shows what the layout holds now: the summary line, the filters that apply, the grid, the selected cell. */
    private void refresh() {
        if (grid == null || grid.isDisposed()) {
            return;
        }
        title.setText(layout.getSummary() + changedSince.summary());
        dashboard.show(layout.getMatrix(), layout.getMapping(), modelChanged);
        modelChanged = false;
        filters.update();
        grid.refresh();
        title.getParent().layout();
        // The grid keeps its selection across a refresh: show its cell again, without taking the editor's
        // tree selection (the edit may have come from there).
        showSelectedCell(false);
    }

    private void refreshAfterCommandLater() {
        if (!refreshPending && grid != null && !grid.isDisposed()) {
            refreshPending = true;
            grid.table().getDisplay().asyncExec(this::refreshAfterCommand);
        }
    }

    /**
     * Shows the state after a command (executed, undone or redone): the tracked matrix has already
     * applied a command that only adds, removes or changes links, so the filters are applied again;
     * anything else (a unit or standard added, the source changed, ...) needs a new matrix.
     */
    private void refreshAfterCommand() {
        if (!refreshPending) {
            return;
        }
        refreshPending = false;
        if (grid == null || grid.isDisposed()) {
            return;
        }
        Command last = editor == null ? null : editor.getEditingDomain().getCommandStack().getMostRecentCommand();
        boolean reviewOnly = layout.isShowing() && last != null && changesReviewOnly(last);
        if (reviewOnly || layout.isShowing() && last != null && MappingEditCommands.changesLinksOnly(last, layout.getMapping())) {
            layout.refilter();
        } else {
            layout.recompute();
        }
        // A review changes no coverage: the pathway guarantee need not be computed again.
        modelChanged = !reviewOnly;
        refresh();
    }

    /**
     * Whether a command only records reviews (verdicts, reviewers, dates, comments, gap reviews and their
     * justifications): exact command classes, as {@link MappingEditCommands#changesLinksOnly} reads them.
     */
    private static boolean changesReviewOnly(Command command) {
        if (command instanceof CompoundCommand compound) {
            return !compound.getCommandList().isEmpty()
                    && compound.getCommandList().stream().allMatch(CoverageMatrixView::changesReviewOnly);
        }
        if (command instanceof CommandWrapper wrapper) {
            return wrapper.getCommand() != null && changesReviewOnly(wrapper.getCommand());
        }
        if (command != null && command.getClass() == SetCommand.class) {
            EStructuralFeature feature = ((SetCommand) command).getFeature();
            return feature != null && (feature.getEContainingClass() == CurriculumPackage.Literals.REVIEWABLE
                    || feature == CurriculumPackage.Literals.GAP_REVIEW__JUSTIFICATION);
        }
        if (command != null && command.getClass() == AddCommand.class) {
            EStructuralFeature feature = ((AddCommand) command).getFeature();
            return feature == CurriculumPackage.Literals.REVIEWABLE__COMMENTS
                    || feature == CurriculumPackage.Literals.MAPPING_SET__GAP_REVIEWS;
        }
        return false;
    }

    // ------------------------------------------------------------------ editing

    private MappingCell mappingCell(int column, int row) {
        return new MappingCell(layout.getItem(column, row), layout.getStandard(column, row),
                layout.getDirectLink(column, row));
    }

    /** Moves a body cell (layout column and row) to the next coverage level through the editor's command stack. */
    public void cycle(int column, int row) {
        if (!layout.isBodyCell(column, row)) {
            return;
        }
        // Only a link between the row's own item and the column's own standard is cycled; a cell
        // covered by rolled-up links gets a direct link of its own.
        MappingCell cell = mappingCell(column, row);
        execute(MappingEditCommands.setLevel(editor.getEditingDomain(), layout.getMapping(), cell,
                MappingEditCommands.nextLevel(cell.link())));
    }

    /** Gives every selected body cell the same coverage, as one command (one undo). */
    public void fillSelection(Coverage wanted) {
        if (!layout.isShowing()) {
            return;
        }
        List<MappingCell> cells = new ArrayList<>();
        for (int[] cell : grid.selectedCells()) {
            cells.add(mappingCell(cell[0], cell[1]));
        }
        CoverageLevel level = wanted == Coverage.FULL ? CoverageLevel.FULL
                : wanted == Coverage.PARTIAL ? CoverageLevel.PARTIAL : null;
        execute(MappingEditCommands.fill(editor.getEditingDomain(), layout.getMapping(), cells, level));
    }

    /** Sets the rationale of the selected cell's own link, as a command (undoable). */
    public void applyRationale(String text) {
        int[] cell = grid.anchorCell();
        MappingLink link = cell == null ? null : layout.getDirectLink(cell[0], cell[1]);
        if (link != null) {
            execute(MappingEditCommands.setRationale(editor.getEditingDomain(), link, text));
        }
    }

    // ------------------------------------------------------------------ review

    private void reviewKey(MatrixEditBindings.ReviewKey key) {
        switch (key) {
        case ACCEPT -> reviewSelection(ReviewState.ACCEPTED);
        case QUERY -> reviewSelection(ReviewState.QUERIED);
        case REJECT -> reviewSelection(ReviewState.REJECTED);
        case NEXT_UNREVIEWED -> selectNextUnreviewed();
        case JUSTIFY_GAP -> justifyGap();
        }
    }

    /**
     * Gives the links of every selected cell the same verdict, with the reviewer's name from the preferences
     * and today's date, as one command (one undo). A query or a rejection asks for the comment that goes
     * into each cell's thread; cancelling it changes nothing. Cells without a link of their own are left out.
     */
    public void reviewSelection(ReviewState state) {
        if (!layout.isShowing()) {
            return;
        }
        List<MappingCell> cells = new ArrayList<>();
        for (int[] cell : grid.selectedCells()) {
            if (layout.getDirectLink(cell[0], cell[1]) != null) {
                cells.add(mappingCell(cell[0], cell[1]));
            }
        }
        if (cells.isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), "Nothing to review",
                    "Select cells that have a link of their own (a coverage mark) and try again.");
            return;
        }
        String comment = null;
        if (state == ReviewState.QUERIED || state == ReviewState.REJECTED) {
            String verb = state == ReviewState.QUERIED ? QUERY : REJECT;
            InputDialog ask = new InputDialog(getSite().getShell(), verb + " " + cells.size() + (cells.size() == 1 ? " link" : " links"),
                    "Why? The comment goes into the review thread of each cell, with your name and the date.", "",
                    text -> text.isBlank() ? "A " + verb.toLowerCase(Locale.ROOT) + " needs a comment." : null);
            if (ask.open() != Window.OK) {
                return;
            }
            comment = ask.getValue();
        }
        execute(ReviewCommands.review(editor.getEditingDomain(), cells, state, ReviewPreferences.reviewerName(),
                new Date(), comment));
    }

    /** Selects the next cell (along the row, then down, wrapping round) whose link is not reviewed yet. */
    public void selectNextUnreviewed() {
        int[] anchor = grid.anchorCell();
        int[] next = layout.nextUnreviewed(anchor == null ? -1 : anchor[0], anchor == null ? -1 : anchor[1]);
        if (next == null) {
            MessageDialog.openInformation(getSite().getShell(), "Every link is reviewed",
                    "No cell shown has a link that is still proposed.");
            return;
        }
        grid.selectCell(next[0], next[1]);
        grid.table().setFocus();
    }

    /**
     * Asks for the justification of the selected uncovered standard's gap and records it as an accepted gap,
     * as one command. A covered standard has no gap, and is told so.
     */
    public void justifyGap() {
        int[] cell = grid.anchorCell();
        if (cell == null) {
            return;
        }
        MappableItem standard = layout.getStandard(cell[0], cell[1]);
        String name = ElementLabels.codeOrTitle(standard);
        if (layout.getMatrix().getColumnTotal(layout.matrixColumn(cell[0], cell[1])) > 0) {
            MessageDialog.openInformation(getSite().getShell(), JUSTIFY_GAP,
                    name + " is covered, so it has no gap to justify. Select a cell of a standard nothing covers.");
            return;
        }
        GapReview existing = ReviewCommands.findGapReview(layout.getMapping(), standard);
        InputDialog ask = new InputDialog(getSite().getShell(), JUSTIFY_GAP,
                "Why may " + name + " stay uncovered? The gap is recorded as accepted, with your name and the date.",
                existing == null || existing.getJustification() == null ? "" : existing.getJustification(),
                text -> text.isBlank() ? "A justified gap needs its justification." : null);
        if (ask.open() == Window.OK) {
            execute(ReviewCommands.justifyGap(editor.getEditingDomain(), layout.getMapping(), standard, ask.getValue(),
                    ReviewState.ACCEPTED, ReviewPreferences.reviewerName(), new Date()));
        }
    }

    /** Adds a comment to the review thread of the selected cell's link (or gap), as a command. */
    public void addComment(String text) {
        Reviewable reviewable = selectedReviewable();
        if (reviewable != null && text != null && !text.isBlank()) {
            execute(ReviewCommands.addComment(editor.getEditingDomain(), reviewable, ReviewPreferences.reviewerName(),
                    new Date(), text));
            reviewThread.clearComment();
        }
    }

    /** What the selected cell's review is about: its own link, or the gap review of an uncovered standard. */
    private Reviewable selectedReviewable() {
        int[] cell = grid.anchorCell();
        if (cell == null) {
            return null;
        }
        MappingLink link = layout.getDirectLink(cell[0], cell[1]);
        if (link != null) {
            return link;
        }
        if (layout.getMatrix().getColumnTotal(layout.matrixColumn(cell[0], cell[1])) == 0) {
            return ReviewCommands.findGapReview(layout.getMapping(), layout.getStandard(cell[0], cell[1]));
        }
        return null;
    }

    private void execute(Command command) {
        if (command != null && command.canExecute()) {
            editor.getEditingDomain().getCommandStack().execute(command);
            // Shown now rather than when the stack listener's refresh runs (which then has nothing to do).
            refreshAfterCommand();
        }
    }

    /** Follows the selected cell: the rationale field, the view's selection, the editor's tree. */
    private void cellSelectionChanged() {
        showSelectedCell(true);
    }

    /**
     * Shows the selected cell in the rationale and review fields and as the view's selection; when the user
     * moved it, also in the editor's tree.
     */
    private void showSelectedCell(boolean revealInEditor) {
        if (rationale == null || rationale.isDisposed()) {
            return;
        }
        int[] cell = grid.anchorCell();
        MappingLink link = cell == null ? null : layout.getDirectLink(cell[0], cell[1]);
        rationale.show(link);
        reviewThread.show(selectedReviewable());
        EObject selected = null;
        if (cell != null) {
            List<MappingLink> behind = layout.getLinks(cell[0], cell[1]);
            selected = link != null ? link : behind.size() == 1 ? behind.get(0) : layout.getItem(cell[0], cell[1]);
        }
        selectionProvider.set(selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected));
        if (revealInEditor && selected instanceof MappingLink shownLink && editor != null && editor.getTreeViewer() != null
                && shownLink.eResource() == editor.getResource()
                && CurriculumEditor.revealable(editor.getTreeViewer(), shownLink)) {
            editor.getTreeViewer().setSelection(new StructuredSelection(shownLink), true);
        }
    }

    // ------------------------------------------------------------------ changed since a version

    private void chooseChangedSince() {
        if (editor == null || !layout.isShowing()) {
            return;
        }
        showChangedSince(ChangedSinceAction.choose(getSite().getShell(), editor.file(), layout.getMapping()));
    }

    /** Outlines the cells that differ from a version of the shown mapping's file; see {@link ChangedSinceAction}. */
    public void showChangedSince(GitRevisions.History history, GitRevisions.Version version) {
        if (editor != null && layout.isShowing()) {
            showChangedSince(ChangedSinceAction.compare(getSite().getShell(), history, version, layout.getMapping()));
        }
    }

    private void showChangedSince(ChangedSinceAction.Found found) {
        if (found != null) {
            changedSince.show(found.changes(), found.since());
            refresh();
        }
    }

    /** Removes the "Changed since" outlines. */
    public void clearChangedSince() {
        changedSince.clear();
        refresh();
    }

    /** The body cells (layout column, row) drawn with the "Changed since" outline, read from the grid's labels. */
    public List<int[]> changedSinceCells() {
        List<int[]> outlined = new ArrayList<>();
        for (int row = 0; row < layout.getRowCount(); row++) {
            for (int column = 0; column < layout.getColumnCount(); column++) {
                if (grid.labelsOf(column, row).contains(ChangedSinceHighlight.CHANGED)) {
                    outlined.add(new int[] { column, row });
                }
            }
        }
        return outlined;
    }

    /** What the tooltip adds about a body cell (layout column, row) while cells are outlined; null otherwise. */
    public String changedSinceToolTip(int column, int row) {
        return changedSince.toolTip(column, row);
    }

    /** The matrix's title line: the summary, and while cells are outlined, what they were compared with. */
    public String getTitleText() {
        return title.getText();
    }

    /**
     * Writes the grid to an Excel workbook as the command line's grid export does, in the orientation
     * the user sees; see {@link MatrixWorkbookExport}.
     */
    public void exportToExcel(Path file) {
        MatrixWorkbookExport.export(grid.table(), layout.getMapping(), layout.getOrientation(), file);
    }

    /**
     * The Properties view shows the selected cell's link (or item) with the mapping editor's property
     * sheet page, so that its fields are edited through the same command stack. The headless layout is
     * the view's model for anyone who reads what the matrix shows.
     */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class && editor != null) {
            return editor.getAdapter(adapter);
        }
        if (adapter == MatrixLayout.class) {
            return adapter.cast(layout);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        grid.table().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editorTracker);
        if (editor != null) {
            editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
        }
        layout.dispose();
        if (dashboard != null) {
            dashboard.dispose();
        }
        super.dispose();
    }
}
