// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
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
import org.curriculum.core.resources.AtomicFile;
import org.curriculum.excel.ExportKind;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.group.performance.ColumnGroupHeaderLayer;
import org.eclipse.nebula.widgets.nattable.group.performance.RowGroupHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LayerUtil;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.tooltip.NatTableContentTooltip;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowCellInViewportCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * The mapping matrix of the active mapping editor: items down, standards across (or transposed), a
 * symbol and colour per cell, totals in the last row and column, column groups by framework section
 * with their coverage, all read from the headless {@link CoverageMatrix}. Every change (a click or the
 * space bar cycling none -> partial -> full -> none, a fill of several cells, a typed rationale) is a
 * command on the editor's command stack, so undo works as everywhere else.
 */
public class CoverageMatrixView extends ViewPart {

    static final String PARTIAL = "PARTIAL";
    static final String FULL = "FULL";
    static final String TOTAL = "TOTAL";
    /** Label of a standard no item covers: its header and total are highlighted. */
    public static final String GAP = "GAP";
    /** Symbols a cell shows: half circle for partial, full circle for full coverage. */
    public static final String PARTIAL_SYMBOL = "\u25D0";
    public static final String FULL_SYMBOL = "\u25CF";
    /** Header of the row of column totals. */
    public static final String COLUMN_TOTALS = "Items covering the standard";
    /** Header of the row of totals when the matrix is transposed (items across). */
    public static final String TRANSPOSED_COLUMN_TOTALS = "Standards covered by the item";
    /** Header of the column of row totals. */
    public static final String ROW_TOTALS = "Total";
    /** First entry of the level filter. */
    public static final String ALL_LEVELS = "All levels";
    /** Row group names, from the qualification's rules of combination. */
    public static final String MANDATORY_GROUP = "Mandatory";
    public static final String OPTIONAL_GROUP = "Optional";

    private CurriculumEditor editor;
    private MappingSet mapping;
    private CoverageMatrix matrix;
    /** The matrix rows (items) and columns (standards) shown, after the filters: indices into the coverage matrix. */
    private List<Integer> rows = List.of();
    private List<Integer> columns = List.of();
    /** Standards down and items across instead of the other way round. */
    private boolean transposed;
    private RowDetail rowDetail = RowDetail.COMPONENTS;
    private Function<Object, String> labels = String::valueOf;

    private Label title;
    private Text search;
    private Button gapsOnly;
    private Button mandatoryOnly;
    private Button transpose;
    private Combo level;
    private Combo detail;
    private Text rationale;
    private Button applyRationale;
    private NatTable natTable;
    private SelectionLayer selectionLayer;
    private ViewportLayer viewport;
    private DataLayer bodyData;
    private ColumnGroupHeaderLayer columnGroups;
    private RowGroupHeaderLayer rowGroups;
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
        createFilters(new Composite(parent, SWT.NONE));
        createRationaleField(new Composite(parent, SWT.NONE));
        createTable(parent);
        createToolbar(getViewSite().getActionBars().getToolBarManager());
        getSite().setSelectionProvider(selectionProvider);

        getSite().getPage().addPartListener(editorTracker);
        if (getSite().getPage().getActiveEditor() instanceof CurriculumEditor active && isMappingEditor(active)) {
            show(active);
        } else {
            show(null);
        }
    }

    private void createFilters(Composite bar) {
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        layout.marginHeight = 0;
        bar.setLayout(layout);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search = new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
        search.setMessage("Filter items");
        search.setLayoutData(new RowData(200, SWT.DEFAULT));
        search.addListener(SWT.Modify, e -> refilter());
        level = new Combo(bar, SWT.READ_ONLY);
        level.setItems(ALL_LEVELS);
        level.select(0);
        level.addListener(SWT.Selection, e -> refilter());
        detail = new Combo(bar, SWT.READ_ONLY);
        detail.setItems("Units only", "Units and outcomes", "Units, outcomes and criteria");
        detail.select(0);
        detail.addListener(SWT.Selection, e -> {
            rowDetail = RowDetail.values()[detail.getSelectionIndex()];
            rebuild();
        });
        gapsOnly = new Button(bar, SWT.CHECK);
        gapsOnly.setText("Uncovered standards only");
        gapsOnly.addListener(SWT.Selection, e -> refilter());
        mandatoryOnly = new Button(bar, SWT.CHECK);
        mandatoryOnly.setText("Mandatory units only");
        mandatoryOnly.addListener(SWT.Selection, e -> refilter());
        transpose = new Button(bar, SWT.CHECK);
        transpose.setText("Standards as rows");
        transpose.addListener(SWT.Selection, e -> {
            transposed = transpose.getSelection();
            refilter();
        });
        Label legend = new Label(bar, SWT.NONE);
        legend.setText(PARTIAL_SYMBOL + " partial   " + FULL_SYMBOL + " full   (click or space to change)");
    }

    private void createRationaleField(Composite bar) {
        bar.setLayout(new GridLayout(3, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(bar, SWT.NONE).setText("Rationale:");
        rationale = new Text(bar, SWT.BORDER | SWT.SINGLE);
        rationale.setMessage("Select a covered cell to give the rationale of its link");
        rationale.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // Enter applies, like the Apply button.
        rationale.addListener(SWT.DefaultSelection, e -> applyRationale(rationale.getText()));
        applyRationale = new Button(bar, SWT.PUSH);
        applyRationale.setText("Apply");
        applyRationale.addListener(SWT.Selection, e -> applyRationale(rationale.getText()));
    }

    private void createTable(Composite parent) {
        IDataProvider body = new MatrixDataProvider(this::cellText, () -> gridColumnCount() + 1, () -> gridRowCount() + 1);
        IDataProvider columnHeader = new MatrixDataProvider((column, row) -> column < gridColumnCount()
                ? columnHeaderText(column)
                : ROW_TOTALS, () -> gridColumnCount() + 1, () -> 1);
        IDataProvider rowHeader = new MatrixDataProvider((column, row) -> row < gridRowCount()
                ? rowHeaderText(row)
                : transposed ? TRANSPOSED_COLUMN_TOTALS : COLUMN_TOTALS, () -> 1, () -> gridRowCount() + 1);

        // The layer pipeline: data -> selection -> viewport is the body; headers follow the viewport,
        // so they stay put (frozen) while the body scrolls; group headers sit on top of the headers.
        bodyData = new DataLayer(body, 52, 22);
        bodyData.setConfigLabelAccumulator((labelStack, column, row) -> {
            if (matrix == null) {
                return;
            }
            if (column == gridColumnCount() || row == gridRowCount()) {
                labelStack.add(TOTAL);
                boolean standardTotal = transposed ? column == gridColumnCount() && row < gridRowCount()
                        : row == gridRowCount() && column < gridColumnCount();
                if (standardTotal && matrix.getColumnTotal(transposed ? columns.get(row) : columns.get(column)) == 0) {
                    labelStack.add(GAP);
                }
                return;
            }
            Coverage coverage = matrix.getCoverage(matrixRow(column, row), matrixColumn(column, row));
            if (coverage == Coverage.FULL) {
                labelStack.add(FULL);
            } else if (coverage == Coverage.PARTIAL) {
                labelStack.add(PARTIAL);
            }
        });
        selectionLayer = new SelectionLayer(bodyData);
        selectionLayer.addLayerListener(event -> {
            if (event instanceof ISelectionEvent) {
                cellSelectionChanged();
            }
        });
        viewport = new ViewportLayer(selectionLayer);
        DataLayer columnHeaderData = new DataLayer(columnHeader, 52, 24);
        columnHeaderData.setConfigLabelAccumulator((labelStack, column, row) -> {
            if (matrix != null && !transposed && column < columns.size() && matrix.getColumnTotal(columns.get(column)) == 0) {
                labelStack.add(GAP);
            }
        });
        DataLayer rowHeaderData = new DataLayer(rowHeader, 420, 22);
        rowHeaderData.setConfigLabelAccumulator((labelStack, column, row) -> {
            if (matrix != null && transposed && row < columns.size() && matrix.getColumnTotal(columns.get(row)) == 0) {
                labelStack.add(GAP);
            }
        });
        ColumnHeaderLayer columnHeaderLayer = new ColumnHeaderLayer(columnHeaderData, viewport, selectionLayer);
        columnGroups = new ColumnGroupHeaderLayer(columnHeaderLayer, selectionLayer);
        RowHeaderLayer rowHeaderLayer = new RowHeaderLayer(rowHeaderData, viewport, selectionLayer);
        rowGroups = new RowGroupHeaderLayer(rowHeaderLayer, selectionLayer);
        rowGroups.setColumnWidth(110);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(columnHeader, rowHeader)),
                rowGroups, columnGroups);
        GridLayer gridLayer = new GridLayer(viewport, columnGroups, rowGroups, corner);

        natTable = new NatTable(parent, gridLayer, false);
        natTable.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
        natTable.addConfiguration(new CoverageStyles());
        natTable.addConfiguration(new AbstractUiBindingConfiguration() {
            @Override
            public void configureUiBindings(UiBindingRegistry registry) {
                // "First" so that these win over the grid's default edit bindings for a body click.
                registry.registerFirstSingleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE), (table, event) -> {
                    int column = LayerUtil.convertColumnPosition(table, table.getColumnPositionByX(event.x), bodyData);
                    int row = LayerUtil.convertRowPosition(table, table.getRowPositionByY(event.y), bodyData);
                    cycle(column, row);
                });
                registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, ' '), (table, event) -> {
                    PositionCoordinate anchor = selectionLayer.getSelectionAnchor();
                    if (anchor.getColumnPosition() >= 0 && anchor.getRowPosition() >= 0) {
                        cycle(selectionLayer.getColumnIndexByPosition(anchor.getColumnPosition()),
                                selectionLayer.getRowIndexByPosition(anchor.getRowPosition()));
                    }
                });
            }
        });
        natTable.configure();
        new CellToolTip(natTable);
    }

    private void createToolbar(IToolBarManager toolbar) {
        toolbar.add(new Action("Partial") {
            {
                setToolTipText("Set the selected cells to partial coverage (one undo)");
            }

            @Override
            public void run() {
                fillSelection(Coverage.PARTIAL);
            }
        });
        toolbar.add(new Action("Full") {
            {
                setToolTipText("Set the selected cells to full coverage (one undo)");
            }

            @Override
            public void run() {
                fillSelection(Coverage.FULL);
            }
        });
        toolbar.add(new Action("Clear") {
            {
                setToolTipText("Remove the links of the selected cells (one undo)");
            }

            @Override
            public void run() {
                fillSelection(Coverage.NONE);
            }
        });
        toolbar.add(new Separator());
        toolbar.add(new Action("Export to Excel...") {
            {
                setToolTipText("Write this coverage grid to an Excel workbook, as the command line export does");
            }

            @Override
            public void run() {
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
        });
    }

    /** Shows the matrix of a mapping editor (or an empty matrix). */
    public void show(CurriculumEditor mappingEditor) {
        if (editor != null) {
            editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
        }
        editor = mappingEditor;
        mapping = editor == null ? null : (MappingSet) editor.getResource().getContents().get(0);
        if (editor != null) {
            editor.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
            labels = element -> editor.getLabels() != null ? editor.getLabels().text(element) : String.valueOf(element);
        }
        rebuild();
        fillLevels();
    }

    /** Offers the levels of the source's components in the level filter. */
    private void fillLevels() {
        String selected = level.getText();
        Set<Integer> levels = new TreeSet<>();
        if (matrix != null) {
            for (int row : matrix.getComponentRows()) {
                Integer value = levelOf(row);
                if (value != null) {
                    levels.add(value);
                }
            }
        }
        List<String> items = new ArrayList<>();
        items.add(ALL_LEVELS);
        levels.forEach(value -> items.add("Level " + value));
        level.setItems(items.toArray(new String[0]));
        level.select(Math.max(0, items.indexOf(selected)));
        level.setEnabled(items.size() > 1);
        level.getParent().layout();
    }

    /** The level of the component a row belongs to, or null. */
    private Integer levelOf(int row) {
        int top = row;
        while (matrix.getRowParent(top) >= 0) {
            top = matrix.getRowParent(top);
        }
        return matrix.getRowItem(top) instanceof CurriculumComponent component ? component.getLevel() : null;
    }

    /** Re-reads the mapping (a new coverage matrix) and applies the filters. */
    public void rebuild() {
        if (natTable == null || natTable.isDisposed()) {
            return;
        }
        if (matrix != null) {
            matrix.dispose();
        }
        if (mapping == null) {
            matrix = null;
        } else {
            // The governing qualification's rules say which units are mandatory and which optional.
            CoverageOptions options = CoverageOptions.defaults().withRowDetail(rowDetail)
                    .withQualification(GoverningQualification.of(mapping));
            // Tracked, so that a link edited through the command stack updates its cells in place
            // instead of costing a new matrix (seconds at national scale).
            matrix = CoverageMatrix.compute(mapping, options).track();
        }
        refilter();
    }

    /**
     * Applies the filters to the current matrix and repaints: what a filter change or a link edit
     * needs, without computing the matrix again.
     */
    private void refilter() {
        if (natTable == null || natTable.isDisposed()) {
            return;
        }
        if (matrix == null) {
            rows = List.of();
            columns = List.of();
            title.setText("Open a mapping file (.mapping) to see its coverage matrix.");
        } else {
            CoverageMatrix computed = matrix;
            mandatoryOnly.setEnabled(computed.hasQualification());
            String filter = search.getText().trim().toLowerCase(Locale.ROOT);
            Integer wantedLevel = level.getSelectionIndex() <= 0 ? null
                    : Integer.valueOf(level.getText().substring("Level ".length()));
            rows = IntStream.range(0, computed.getRowCount())
                    .filter(row -> filter.isEmpty() || itemLabel(row).toLowerCase(Locale.ROOT).contains(filter))
                    .filter(row -> !mandatoryOnly.getSelection() || !computed.isOptional(row))
                    .filter(row -> wantedLevel == null || wantedLevel.equals(levelOf(row))).boxed()
                    // Mandatory units first, as councils lay out a qualification; the sort is stable, so
                    // each group keeps the document's order and every unit keeps its outcomes under it.
                    .sorted(Comparator.comparing(computed::isOptional)).toList();
            columns = IntStream.range(0, computed.getColumnCount())
                    .filter(column -> !gapsOnly.getSelection() || computed.getColumnTotal(column) == 0).boxed().toList();
            CoverageSummary summary = computed.getSummary();
            title.setText(labels.apply(mapping) + ": " + computed.getComponentRows().length + " items x "
                    + computed.getColumnCount() + " standards, " + mapping.getLinks().size() + " links, "
                    + summary.uncoveredCount() + " standards uncovered ("
                    + String.format(Locale.ROOT, "%.0f", summary.coveredPercent()) + "% covered)");
        }
        regroup();
        title.getParent().layout();
        natTable.refresh();
        cellSelectionChanged();
    }

    /** Groups the standards by framework section and the items by mandatory/optional, on whichever axis each is. */
    private void regroup() {
        columnGroups.clearAllGroups();
        rowGroups.clearAllGroups();
        if (matrix == null) {
            return;
        }
        List<String> sectionNames = new ArrayList<>();
        // One name per section, shared by its columns (tens of thousands of standards, hundreds of sections).
        String[] sectionName = new String[matrix.getColumnGroups().size()];
        for (int column : columns) {
            ColumnGroup group = matrix.getColumnGroup(column);
            if (sectionName[group.index()] == null) {
                sectionName[group.index()] = group.title() + ": " + String.format(Locale.ROOT, "%.0f",
                        matrix.getGroupSummary(group.index()).coveredPercent()) + "% covered";
            }
            sectionNames.add(sectionName[group.index()]);
        }
        List<String> itemGroupNames = new ArrayList<>();
        if (matrix.hasQualification()) {
            for (int row : rows) {
                itemGroupNames.add(matrix.isOptional(row) ? OPTIONAL_GROUP : MANDATORY_GROUP);
            }
        }
        addRuns(transposed ? itemGroupNames : sectionNames, columnGroups::addGroup);
        addRuns(transposed ? sectionNames : itemGroupNames, rowGroups::addGroup);
    }

    private interface GroupAdder {
        void add(String name, int start, int span);
    }

    /** Adds one group per run of equal adjacent names. */
    private static void addRuns(List<String> names, GroupAdder adder) {
        int start = 0;
        for (int i = 1; i <= names.size(); i++) {
            if (i == names.size() || !names.get(i).equals(names.get(start))) {
                adder.add(names.get(start), start, i - start);
                start = i;
            }
        }
    }

    private void refreshAfterCommandLater() {
        if (!refreshPending && natTable != null && !natTable.isDisposed()) {
            refreshPending = true;
            natTable.getDisplay().asyncExec(this::refreshAfterCommand);
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
        if (natTable == null || natTable.isDisposed()) {
            return;
        }
        Command last = editor == null ? null : editor.getEditingDomain().getCommandStack().getMostRecentCommand();
        if (matrix != null && last != null && changesLinksOnly(last)) {
            refilter();
        } else {
            rebuild();
        }
    }

    /** Whether a command only adds links to, or removes them from, the mapping set, or sets fields of links. */
    private boolean changesLinksOnly(Command command) {
        if (command instanceof CompoundCommand compound) {
            return !compound.getCommandList().isEmpty()
                    && compound.getCommandList().stream().allMatch(this::changesLinksOnly);
        }
        if (command instanceof CommandWrapper wrapper) {
            return wrapper.getCommand() != null && changesLinksOnly(wrapper.getCommand());
        }
        if (command.getClass() == AddCommand.class) {
            AddCommand add = (AddCommand) command;
            return add.getOwner() == mapping && add.getFeature() == CurriculumPackage.Literals.MAPPING_SET__LINKS;
        }
        if (command.getClass() == RemoveCommand.class) {
            RemoveCommand remove = (RemoveCommand) command;
            return remove.getOwner() == mapping && remove.getFeature() == CurriculumPackage.Literals.MAPPING_SET__LINKS;
        }
        if (command.getClass() == SetCommand.class) {
            return ((SetCommand) command).getOwner() instanceof MappingLink link && link.eContainer() == mapping;
        }
        return false;
    }

    // ------------------------------------------------------------------ axes

    private int gridRowCount() {
        return transposed ? columns.size() : rows.size();
    }

    private int gridColumnCount() {
        return transposed ? rows.size() : columns.size();
    }

    /** The coverage matrix row (item) of a body cell. */
    private int matrixRow(int gridColumn, int gridRow) {
        return rows.get(transposed ? gridColumn : gridRow);
    }

    /** The coverage matrix column (standard) of a body cell. */
    private int matrixColumn(int gridColumn, int gridRow) {
        return columns.get(transposed ? gridRow : gridColumn);
    }

    private boolean isMatrixCell(int gridColumn, int gridRow) {
        return matrix != null && gridColumn >= 0 && gridRow >= 0 && gridColumn < gridColumnCount()
                && gridRow < gridRowCount();
    }

    private String cellText(int column, int row) {
        if (matrix == null) {
            return "";
        }
        if (row == gridRowCount() && column == gridColumnCount()) {
            return String.valueOf(mapping.getLinks().size());
        }
        if (column == gridColumnCount()) {
            return String.valueOf(transposed ? matrix.getColumnTotal(columns.get(row)) : matrix.getRowTotal(rows.get(row)));
        }
        if (row == gridRowCount()) {
            return String.valueOf(transposed ? matrix.getRowTotal(rows.get(column)) : matrix.getColumnTotal(columns.get(column)));
        }
        return symbol(matrix.getCoverage(matrixRow(column, row), matrixColumn(column, row)));
    }

    private static String symbol(Coverage coverage) {
        return coverage == Coverage.NONE ? "" : coverage == Coverage.FULL ? FULL_SYMBOL : PARTIAL_SYMBOL;
    }

    private String rowHeaderText(int gridRow) {
        return transposed ? standardLabel(columns.get(gridRow)) : itemLabel(rows.get(gridRow));
    }

    private String columnHeaderText(int gridColumn) {
        return transposed ? itemCode(rows.get(gridColumn)) : code(matrix.getColumnItem(columns.get(gridColumn)));
    }

    /** An item row's label, indented by its depth, marked when optional. */
    private String itemLabel(int row) {
        String label = "    ".repeat(matrix.getRowDepth(row)) + labels.apply(matrix.getRowItem(row));
        return matrix.hasQualification() && matrix.isOptional(row) && matrix.getRowDepth(row) == 0 ? label + " (optional)"
                : label;
    }

    /** The short header of an item column: a unit's number, else its code. */
    private String itemCode(int row) {
        MappableItem item = matrix.getRowItem(row);
        if (item instanceof CurriculumComponent component && component.getNumber() != null
                && !component.getNumber().isBlank()) {
            return component.getNumber();
        }
        return code(item);
    }

    private String standardLabel(int column) {
        MappableItem standard = matrix.getColumnItem(column);
        String code = code(standard);
        return standard.getTitle() == null || standard.getTitle().equals(code) ? code : code + " " + standard.getTitle();
    }

    private static String code(MappableItem item) {
        return item.getCode() != null && !item.getCode().isBlank() ? item.getCode() : item.getTitle();
    }

    // ------------------------------------------------------------------ editing

    /** The link joining a row's own item and a column's own standard, or null. */
    private MappingLink directLink(int row, int column) {
        MappableItem item = matrix.getRowItem(row);
        MappableItem standard = matrix.getColumnItem(column);
        return matrix.getLinks(row, column).stream()
                .filter(candidate -> candidate.getItem() == item && candidate.getStandard() == standard).findFirst()
                .orElse(null);
    }

    /** Moves a cell (body indexes) to the next coverage level through the editor's command stack. */
    public void cycle(int column, int row) {
        if (!isMatrixCell(column, row)) {
            return;
        }
        // Only a link between the row's own item and the column's own standard is cycled; a cell
        // covered by rolled-up links gets a direct link of its own.
        MappingLink link = directLink(matrixRow(column, row), matrixColumn(column, row));
        Coverage next = link == null ? Coverage.PARTIAL
                : link.getCoverage() != CoverageLevel.FULL ? Coverage.FULL : Coverage.NONE;
        Command command = setLevel(matrixRow(column, row), matrixColumn(column, row), next);
        execute(command);
    }

    /** The command that gives a cell's direct link a level (none removes it), or null if nothing changes. */
    private Command setLevel(int row, int column, Coverage wanted) {
        EditingDomain domain = editor.getEditingDomain();
        MappingLink link = directLink(row, column);
        if (wanted == Coverage.NONE) {
            return link == null ? null
                    : RemoveCommand.create(domain, mapping, CurriculumPackage.Literals.MAPPING_SET__LINKS, link);
        }
        CoverageLevel level = wanted == Coverage.FULL ? CoverageLevel.FULL : CoverageLevel.PARTIAL;
        if (link == null) {
            MappingLink created = CurriculumFactory.eINSTANCE.createMappingLink();
            created.setItem(matrix.getRowItem(row));
            created.setStandard(matrix.getColumnItem(column));
            created.setCoverage(level);
            return AddCommand.create(domain, mapping, CurriculumPackage.Literals.MAPPING_SET__LINKS, created);
        }
        return link.getCoverage() == level ? null
                : SetCommand.create(domain, link, CurriculumPackage.Literals.MAPPING_LINK__COVERAGE, level);
    }

    private void execute(Command command) {
        if (command != null && command.canExecute()) {
            editor.getEditingDomain().getCommandStack().execute(command);
            // Shown now rather than when the stack listener's refresh runs (which then has nothing to do).
            refreshAfterCommand();
        }
    }

    /** Gives every selected body cell the same coverage, as one command (one undo). */
    public void fillSelection(Coverage wanted) {
        if (matrix == null) {
            return;
        }
        CompoundCommand fill = new CompoundCommand(wanted == Coverage.NONE ? "Clear cells" : "Fill cells");
        Set<Long> seen = new LinkedHashSet<>();
        for (PositionCoordinate position : selectionLayer.getSelectedCellPositions()) {
            int column = selectionLayer.getColumnIndexByPosition(position.getColumnPosition());
            int row = selectionLayer.getRowIndexByPosition(position.getRowPosition());
            if (isMatrixCell(column, row) && seen.add(((long) column << 32) | row)) {
                Command command = setLevel(matrixRow(column, row), matrixColumn(column, row), wanted);
                if (command != null) {
                    fill.append(command);
                }
            }
        }
        if (!fill.isEmpty()) {
            execute(fill);
        }
    }

    /** Sets the rationale of the selected cell's own link, as a command (undoable). */
    public void applyRationale(String text) {
        MappingLink link = selectedDirectLink();
        if (link == null) {
            return;
        }
        String value = text == null || text.isBlank() ? null : text.strip();
        if (value == null ? link.getRationale() == null : value.equals(link.getRationale())) {
            return;
        }
        execute(SetCommand.create(editor.getEditingDomain(), link, CurriculumPackage.Literals.MAPPING_LINK__RATIONALE,
                value == null ? SetCommand.UNSET_VALUE : value));
    }

    /** The body cell (column, row) of the selection anchor, or null. */
    private int[] selectedCell() {
        PositionCoordinate anchor = selectionLayer.getSelectionAnchor();
        if (anchor.getColumnPosition() < 0 || anchor.getRowPosition() < 0) {
            return null;
        }
        int column = selectionLayer.getColumnIndexByPosition(anchor.getColumnPosition());
        int row = selectionLayer.getRowIndexByPosition(anchor.getRowPosition());
        return isMatrixCell(column, row) ? new int[] { column, row } : null;
    }

    private MappingLink selectedDirectLink() {
        int[] cell = selectedCell();
        return cell == null ? null : directLink(matrixRow(cell[0], cell[1]), matrixColumn(cell[0], cell[1]));
    }

    /** Follows the selected cell: the rationale field, the view's selection, the editor's tree. */
    private void cellSelectionChanged() {
        if (rationale == null || rationale.isDisposed()) {
            return;
        }
        int[] cell = selectedCell();
        MappingLink link = cell == null ? null : directLink(matrixRow(cell[0], cell[1]), matrixColumn(cell[0], cell[1]));
        rationale.setEnabled(link != null);
        applyRationale.setEnabled(link != null);
        String shown = link == null || link.getRationale() == null ? "" : link.getRationale();
        if (!rationale.getText().equals(shown)) {
            rationale.setText(shown);
        }
        EObject selected = null;
        if (cell != null) {
            List<MappingLink> behind = matrix.getLinks(matrixRow(cell[0], cell[1]), matrixColumn(cell[0], cell[1]));
            selected = link != null ? link : behind.size() == 1 ? behind.get(0) : matrix.getRowItem(matrixRow(cell[0], cell[1]));
        }
        selectionProvider.set(selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected));
        if (selected instanceof MappingLink shownLink && editor != null && editor.getTreeViewer() != null
                && shownLink.eResource() == editor.getResource()
                && CurriculumEditor.revealable(editor.getTreeViewer(), shownLink)) {
            editor.getTreeViewer().setSelection(new StructuredSelection(shownLink), true);
        }
    }

    // ------------------------------------------------------------------ tooltip

    /**
     * What the tooltip of a body cell says: the item and standard, the coverage, whether it is derived,
     * and each link behind it with its level, rationale, author and date. Null for totals and outside.
     */
    public String tooltipText(int column, int row) {
        if (!isMatrixCell(column, row)) {
            return null;
        }
        int matrixRow = matrixRow(column, row);
        int matrixColumn = matrixColumn(column, row);
        StringBuilder text = new StringBuilder();
        text.append(labels.apply(matrix.getRowItem(matrixRow))).append('\n')
                .append(standardLabel(matrixColumn)).append('\n');
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
                    .append(code(link.getStandard())).append(": ")
                    .append(link.getCoverage() == null ? "partial" : link.getCoverage().getLiteral());
            text.append("\n   Rationale: ").append(link.getRationale() == null ? "(none given)" : link.getRationale());
            text.append("\n   Author: ").append(link.getAuthor() == null ? "(unknown)" : link.getAuthor());
            text.append("\n   Date: ").append(link.getDate() == null ? "(none)" : dates.format(link.getDate()));
        }
        return text.toString();
    }

    /** Shows {@link #tooltipText(int, int)} over body cells. */
    private final class CellToolTip extends NatTableContentTooltip {
        CellToolTip(NatTable table) {
            super(table, GridRegion.BODY);
        }

        @Override
        protected String getText(Event event) {
            int column = natTable.getColumnPositionByX(event.x);
            int row = natTable.getRowPositionByY(event.y);
            if (column < 0 || row < 0) {
                return null;
            }
            return tooltipText(LayerUtil.convertColumnPosition(natTable, column, bodyData),
                    LayerUtil.convertRowPosition(natTable, row, bodyData));
        }
    }

    // ------------------------------------------------------------------ export

    /**
     * Writes the grid to an Excel workbook with the headless export the command line uses, behind the
     * workbench's modal progress dialog: the export reads the model from a background thread, so no edit
     * may change it half-way (a national-scale grid takes seconds). A failure is shown in a dialog naming
     * the file; the workbook is written beside the target and moved into place, never left half written.
     */
    public void exportToExcel(Path file) {
        MappingSet exported = mapping;
        // The view puts items in rows unless transposed; the workbook follows what the user sees.
        GridOrientation orientation = transposed ? GridOrientation.STANDARDS_IN_ROWS : GridOrientation.ITEMS_IN_ROWS;
        IRunnableWithProgress writing = monitor -> {
            monitor.beginTask("Exporting the coverage grid to " + file.getFileName(), IProgressMonitor.UNKNOWN);
            try {
                AtomicFile.writeIntoExistingFolder(file, out -> ExportKind.GRID.write(exported, orientation, out));
            } catch (IOException | RuntimeException e) {
                throw new InvocationTargetException(e);
            } finally {
                monitor.done();
            }
        };
        try {
            PlatformUI.getWorkbench().getProgressService().run(true, false, writing);
        } catch (InvocationTargetException e) {
            Exception cause = e.getCause() instanceof Exception problem ? problem : e;
            String message = "The coverage grid could not be written to " + file + ":\n" + reason(cause, file)
                    + "\n\nCheck that the folder exists and is writable, and that the file is not open in Excel.";
            // Opened once this call has returned, so that whoever asked for the export is not held by the dialog.
            natTable.getDisplay().asyncExec(() -> {
                if (!natTable.isDisposed()) {
                    MessageDialog.openError(natTable.getShell(), "Export to Excel failed", message);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A failure in words: file system exceptions carry only a path as their message. */
    private static String reason(Exception e, Path file) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the folder " + file.toAbsolutePath().getParent() + " does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "you may not write to " + file.toAbsolutePath().getParent();
        }
        if (e instanceof java.nio.file.FileSystemException problem && problem.getReason() != null) {
            return problem.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : "an unexpected " + e.getClass().getSimpleName();
    }

    // ------------------------------------------------------------------ for tests and screenshots

    /** The row headers (item labels, then the totals row), as the table shows them. */
    public List<String> getRowHeaders() {
        List<String> headers = new ArrayList<>();
        for (int row = 0; row < gridRowCount(); row++) {
            headers.add(rowHeaderText(row));
        }
        headers.add(transposed ? TRANSPOSED_COLUMN_TOTALS : COLUMN_TOTALS);
        return headers;
    }

    /** The column headers (standard codes, then the totals column), as the table shows them. */
    public List<String> getColumnHeaders() {
        List<String> headers = new ArrayList<>();
        for (int column = 0; column < gridColumnCount(); column++) {
            headers.add(columnHeaderText(column));
        }
        headers.add(ROW_TOTALS);
        return headers;
    }

    /**
     * Scrolls a body cell (column and row as in the header lists) into view and returns its table
     * position (column, row), or null if it cannot be shown.
     */
    public int[] reveal(int column, int row) {
        viewport.doCommand(new ShowCellInViewportCommand(column, row));
        int tableColumn = -1;
        int tableRow = -1;
        for (int c = 0; c < natTable.getColumnCount(); c++) {
            if (LayerUtil.convertColumnPosition(natTable, c, bodyData) == column && natTable.getRowCount() > 0
                    && c >= natTable.getColumnCount() - viewport.getColumnCount()) {
                tableColumn = c;
            }
        }
        for (int r = 0; r < natTable.getRowCount(); r++) {
            if (LayerUtil.convertRowPosition(natTable, r, bodyData) == row
                    && r >= natTable.getRowCount() - viewport.getRowCount()) {
                tableRow = r;
            }
        }
        return tableColumn < 0 || tableRow < 0 ? null : new int[] { tableColumn, tableRow };
    }

    /** Selects body cells (column and row as in the header lists), as a drag or shift-click would. */
    public void selectCells(int fromColumn, int fromRow, int toColumn, int toRow) {
        selectionLayer.clear();
        selectionLayer.selectCell(fromColumn, fromRow, false, false);
        selectionLayer.selectRegion(Math.min(fromColumn, toColumn), Math.min(fromRow, toRow),
                Math.abs(toColumn - fromColumn) + 1, Math.abs(toRow - fromRow) + 1);
        cellSelectionChanged();
    }

    /** The table (for tests and screenshots). */
    public NatTable getNatTable() {
        return natTable;
    }

    /** The text line above the table. */
    public String getSummary() {
        return title.getText();
    }

    /** The "mandatory units only" filter. */
    public Button getMandatoryOnlyButton() {
        return mandatoryOnly;
    }

    /** The "uncovered standards only" filter. */
    public Button getGapsOnlyButton() {
        return gapsOnly;
    }

    /** The "standards as rows" switch. */
    public Button getTransposeButton() {
        return transpose;
    }

    /** The level filter. */
    public Combo getLevelFilter() {
        return level;
    }

    /** The row detail choice: units only, with outcomes, down to criteria. */
    public Combo getRowDetailChoice() {
        return detail;
    }

    /** The item filter box. */
    public Text getSearchField() {
        return search;
    }

    /** The rationale field of the selected cell. */
    public Text getRationaleField() {
        return rationale;
    }

    /** The "Apply" button of the rationale field. */
    public Button getApplyRationaleButton() {
        return applyRationale;
    }

    /**
     * The Properties view shows the selected cell's link (or item) with the mapping editor's property
     * sheet page, so that its fields are edited through the same command stack.
     */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class && editor != null) {
            return editor.getAdapter(adapter);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        natTable.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editorTracker);
        if (editor != null) {
            editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
        }
        if (matrix != null) {
            matrix.dispose();
        }
        super.dispose();
    }

    /** A data provider over the view's plain matrix state; cells change through commands only. */
    private record MatrixDataProvider(CellReader reader, java.util.function.IntSupplier columnCount,
            java.util.function.IntSupplier rowCount) implements IDataProvider {

        @Override
        public Object getDataValue(int column, int row) {
            return reader.read(column, row);
        }

        @Override
        public void setDataValue(int column, int row, Object value) {
            throw new UnsupportedOperationException("cells change through commands only");
        }

        @Override
        public int getColumnCount() {
            return columnCount.getAsInt();
        }

        @Override
        public int getRowCount() {
            return rowCount.getAsInt();
        }
    }

    private interface CellReader {
        Object read(int column, int row);
    }

    /** The view's selection: the link (or item) of the selected cell, for the Properties view and others. */
    private static final class MatrixSelectionProvider implements ISelectionProvider {
        private final List<ISelectionChangedListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
        private ISelection selection = StructuredSelection.EMPTY;

        void set(ISelection newSelection) {
            if (newSelection.equals(selection)) {
                return;
            }
            selection = newSelection;
            SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
            listeners.forEach(listener -> listener.selectionChanged(event));
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public ISelection getSelection() {
            return selection;
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        @Override
        public void setSelection(ISelection newSelection) {
            set(newSelection);
        }
    }

    /** Colours for coverage levels, totals and uncovered standards, registered against the cell labels. */
    private static final class CoverageStyles extends AbstractRegistryConfiguration {
        @Override
        public void configureRegistry(IConfigRegistry registry) {
            register(registry, PARTIAL, new Color(255, 224, 130));
            register(registry, FULL, new Color(129, 199, 132));
            register(registry, TOTAL, new Color(236, 239, 241));
            register(registry, GAP, new Color(239, 154, 154));
            Style rowHeader = new Style();
            rowHeader.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, rowHeader, DisplayMode.NORMAL,
                    GridRegion.ROW_HEADER);
        }

        private static void register(IConfigRegistry registry, String label, Color background) {
            Style style = new Style();
            style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, background);
            style.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.CENTER);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
        }
    }
}
