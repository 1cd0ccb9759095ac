// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.curriculum.core.compare.GitRevisions;
import org.curriculum.core.coverage.Coverage;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.core.matrix.MatrixLayout;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.edit.command.MappingCell;
import org.curriculum.model.edit.command.MappingEditCommands;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.curriculum.ui.internal.wizards.ComposeMappingWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.StructuredSelection;
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
 * as everywhere else. The view itself only wires these together and follows the active editor.
 */
public class CoverageMatrixView extends ViewPart {

    private CurriculumEditor editor;
    private final MatrixLayout layout = new MatrixLayout(
            element -> editor != null && editor.getLabels() != null ? editor.getLabels().text(element)
                    : String.valueOf(element));

    private Label title;
    private MatrixFilterBar filters;
    private RationaleField rationale;
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
        filters = new MatrixFilterBar(new Composite(parent, SWT.NONE), layout, this::refresh);
        rationale = new RationaleField(new Composite(parent, SWT.NONE), this::applyRationale);
        grid = new MatrixGrid(parent, layout, this::cycle, this::cellSelectionChanged);
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
        layout.show(editor == null ? null : (MappingSet) editor.getResource().getContents().get(0));
        filters.offerLevels();
        refresh();
    }

    /** Shows what the layout holds now: the summary line, the filters that apply, the grid, the selected cell. */
    private void refresh() {
        if (grid == null || grid.isDisposed()) {
            return;
        }
        title.setText(layout.getSummary() + changedSince.summary());
        filters.update();
        grid.refresh();
        title.getParent().layout();
        cellSelectionChanged();
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
        if (layout.isShowing() && last != null && MappingEditCommands.changesLinksOnly(last, layout.getMapping())) {
            layout.refilter();
        } else {
            layout.recompute();
        }
        refresh();
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

    private void execute(Command command) {
        if (command != null && command.canExecute()) {
            editor.getEditingDomain().getCommandStack().execute(command);
            // Shown now rather than when the stack listener's refresh runs (which then has nothing to do).
            refreshAfterCommand();
        }
    }

    /** Follows the selected cell: the rationale field, the view's selection, the editor's tree. */
    private void cellSelectionChanged() {
        if (rationale == null || rationale.isDisposed()) {
            return;
        }
        int[] cell = grid.anchorCell();
        MappingLink link = cell == null ? null : layout.getDirectLink(cell[0], cell[1]);
        rationale.show(link);
        EObject selected = null;
        if (cell != null) {
            List<MappingLink> behind = layout.getLinks(cell[0], cell[1]);
            selected = link != null ? link : behind.size() == 1 ? behind.get(0) : layout.getItem(cell[0], cell[1]);
        }
        selectionProvider.set(selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected));
        if (selected instanceof MappingLink shownLink && editor != null && editor.getTreeViewer() != null
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
        super.dispose();
    }
}
