// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.curriculum.core.coverage.Coverage;
import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.CoverageOptions;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
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
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LayerUtil;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowCellInViewportCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/**
 * The mapping matrix of the active mapping editor: items down, standards across, a symbol and colour
 * per cell, totals in the last row and column, all read from the headless {@link CoverageMatrix}. A click or the space bar cycles a cell none -> partial
 * -> full -> none as a command on the editor's command stack, so undo works as everywhere else.
 */
public class CoverageMatrixView extends ViewPart {

    static final String PARTIAL = "PARTIAL";
    static final String FULL = "FULL";
    static final String TOTAL = "TOTAL";
    static final String GAP = "GAP";
    /** Symbols a cell shows: half circle for partial, full circle for full coverage. */
    public static final String PARTIAL_SYMBOL = "\u25D0";
    public static final String FULL_SYMBOL = "\u25CF";
    /** Header of the row of column totals. */
    public static final String COLUMN_TOTALS = "Items covering the standard";
    /** Header of the column of row totals. */
    public static final String ROW_TOTALS = "Total";

    private CurriculumEditor editor;
    private MappingSet mapping;
    private CoverageMatrix matrix;
    /** The matrix rows and columns shown, after the filters: indices into the coverage matrix. */
    private List<Integer> rows = List.of();
    private List<Integer> columns = List.of();
    private Function<Object, String> labels = String::valueOf;

    private Label title;
    private Text search;
    private Button gapsOnly;
    private Button mandatoryOnly;
    private NatTable natTable;
    private SelectionLayer selectionLayer;
    private ViewportLayer viewport;
    private DataLayer bodyData;
    private final CommandStackListener stackListener = event -> natTableRefreshLater();

    private final IPartListener2 editorTracker = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            IWorkbenchPart part = reference.getPart(false);
            if (part instanceof CurriculumEditor activated && activated.getResource() != null
                    && !activated.getResource().getContents().isEmpty()
                    && activated.getResource().getContents().get(0) instanceof MappingSet) {
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

    @Override
    public void createPartControl(Composite parent) {
        CollectionsFactories.initialise();
        parent.setLayout(new GridLayout(5, false));
        title = new Label(parent, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
        search.setMessage("Filter items");
        search.setLayoutData(new GridData(220, SWT.DEFAULT));
        search.addListener(SWT.Modify, e -> rebuild());
        gapsOnly = new Button(parent, SWT.CHECK);
        gapsOnly.setText("Uncovered standards only");
        gapsOnly.addListener(SWT.Selection, e -> rebuild());
        mandatoryOnly = new Button(parent, SWT.CHECK);
        mandatoryOnly.setText("Mandatory units only");
        mandatoryOnly.addListener(SWT.Selection, e -> rebuild());
        Label legend = new Label(parent, SWT.NONE);
        legend.setText(PARTIAL_SYMBOL + " partial   " + FULL_SYMBOL + " full   (click or space to change)");

        IDataProvider body = new IDataProvider() {
            @Override
            public Object getDataValue(int column, int row) {
                return cellText(column, row);
            }

            @Override
            public void setDataValue(int column, int row, Object value) {
                throw new UnsupportedOperationException("cells change through commands only");
            }

            @Override
            public int getColumnCount() {
                return columns.size() + 1;
            }

            @Override
            public int getRowCount() {
                return rows.size() + 1;
            }
        };
        IDataProvider columnHeader = new IDataProvider() {
            @Override
            public Object getDataValue(int column, int row) {
                return column < columns.size() ? code(matrix.getColumnItem(columns.get(column))) : ROW_TOTALS;
            }

            @Override
            public void setDataValue(int column, int row, Object value) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int getColumnCount() {
                return columns.size() + 1;
            }

            @Override
            public int getRowCount() {
                return 1;
            }
        };
        IDataProvider rowHeader = new IDataProvider() {
            @Override
            public Object getDataValue(int column, int row) {
                return row < rows.size() ? rowLabel(rows.get(row)) : COLUMN_TOTALS;
            }

            @Override
            public void setDataValue(int column, int row, Object value) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int getColumnCount() {
                return 1;
            }

            @Override
            public int getRowCount() {
                return rows.size() + 1;
            }
        };

        // The layer pipeline: data -> selection -> viewport is the body; headers follow the viewport,
        // so they stay put (frozen) while the body scrolls.
        bodyData = new DataLayer(body, 52, 22);
        bodyData.setConfigLabelAccumulator((labelStack, column, row) -> {
            if (column == columns.size() || row == rows.size()) {
                labelStack.add(TOTAL);
                if (row == rows.size() && column < columns.size() && matrix.getColumnTotal(columns.get(column)) == 0) {
                    labelStack.add(GAP);
                }
                return;
            }
            Coverage level = matrix == null ? Coverage.NONE : matrix.getCoverage(rows.get(row), columns.get(column));
            if (level == Coverage.FULL) {
                labelStack.add(FULL);
            } else if (level == Coverage.PARTIAL) {
                labelStack.add(PARTIAL);
            }
        });
        selectionLayer = new SelectionLayer(bodyData);
        viewport = new ViewportLayer(selectionLayer);
        ColumnHeaderLayer columnHeaderLayer = new ColumnHeaderLayer(new DataLayer(columnHeader, 52, 24), viewport,
                selectionLayer);
        RowHeaderLayer rowHeaderLayer = new RowHeaderLayer(new DataLayer(rowHeader, 420, 22), viewport, selectionLayer);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(columnHeader, rowHeader)),
                rowHeaderLayer, columnHeaderLayer);
        GridLayer gridLayer = new GridLayer(viewport, columnHeaderLayer, rowHeaderLayer, corner);

        natTable = new NatTable(parent, gridLayer, false);
        natTable.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
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

        getSite().getPage().addPartListener(editorTracker);
        if (getSite().getPage().getActiveEditor() instanceof CurriculumEditor active && active.getResource() != null
                && active.getResource().getContents().get(0) instanceof MappingSet) {
            show(active);
        } else {
            show(null);
        }
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
    }

    /** Re-reads the mapping and applies the filters. */
    public void rebuild() {
        if (natTable == null || natTable.isDisposed()) {
            return;
        }
        if (mapping == null) {
            matrix = null;
            rows = List.of();
            columns = List.of();
            title.setText("Open a mapping file (.mapping) to see its coverage matrix.");
        } else {
            CoverageOptions options = CoverageOptions.defaults();
            if (mapping.getSource() instanceof Curriculum curriculum && !curriculum.getQualifications().isEmpty()) {
                // The first qualification's rules say which units are mandatory and which optional.
                options = options.withQualification(curriculum.getQualifications().get(0));
            }
            CoverageMatrix computed = CoverageMatrix.compute(mapping, options);
            matrix = computed;
            mandatoryOnly.setEnabled(computed.hasQualification());
            String filter = search.getText().trim().toLowerCase(Locale.ROOT);
            rows = IntStream.range(0, computed.getRowCount())
                    .filter(row -> filter.isEmpty() || rowLabel(row).toLowerCase(Locale.ROOT).contains(filter))
                    .filter(row -> !mandatoryOnly.getSelection() || !computed.isOptional(row)).boxed().toList();
            columns = IntStream.range(0, computed.getColumnCount())
                    .filter(column -> !gapsOnly.getSelection() || computed.getColumnTotal(column) == 0).boxed().toList();
            title.setText(labels.apply(mapping) + ": " + computed.getRowCount() + " items x "
                    + computed.getColumnCount() + " standards, " + mapping.getLinks().size() + " links, "
                    + computed.getUncoveredColumns().length + " standards uncovered");
        }
        title.getParent().layout();
        natTable.refresh();
    }

    private void natTableRefreshLater() {
        if (natTable != null && !natTable.isDisposed()) {
            natTable.getDisplay().asyncExec(this::rebuild);
        }
    }

    private String cellText(int column, int row) {
        if (matrix == null) {
            return "";
        }
        if (row == rows.size() && column == columns.size()) {
            return String.valueOf(mapping.getLinks().size());
        }
        if (column == columns.size()) {
            return String.valueOf(matrix.getRowTotal(rows.get(row)));
        }
        if (row == rows.size()) {
            return String.valueOf(matrix.getColumnTotal(columns.get(column)));
        }
        Coverage level = matrix.getCoverage(rows.get(row), columns.get(column));
        return level == Coverage.NONE ? "" : level == Coverage.FULL ? FULL_SYMBOL : PARTIAL_SYMBOL;
    }

    private String rowLabel(int row) {
        String label = labels.apply(matrix.getRowItem(row));
        return matrix.hasQualification() && matrix.isOptional(row) ? label + " (optional)" : label;
    }

    private static String code(MappableItem standard) {
        return standard.getCode() != null && !standard.getCode().isBlank() ? standard.getCode() : standard.getTitle();
    }

    /** Moves a cell (body indexes) to the next coverage level through the editor's command stack. */
    public void cycle(int column, int row) {
        if (matrix == null || row < 0 || column < 0 || row >= rows.size() || column >= columns.size()) {
            return;
        }
        MappableItem item = matrix.getRowItem(rows.get(row));
        MappableItem standard = matrix.getColumnItem(columns.get(column));
        // Only a link between the row's own item and the column's own standard is cycled; a cell
        // covered by rolled-up links gets a direct link of its own.
        MappingLink link = matrix.getLinks(rows.get(row), columns.get(column)).stream()
                .filter(candidate -> candidate.getItem() == item && candidate.getStandard() == standard).findFirst()
                .orElse(null);
        EditingDomain domain = editor.getEditingDomain();
        Command command;
        if (link == null) {
            MappingLink created = CurriculumFactory.eINSTANCE.createMappingLink();
            created.setItem(item);
            created.setStandard(standard);
            created.setCoverage(CoverageLevel.PARTIAL);
            command = AddCommand.create(domain, mapping, CurriculumPackage.Literals.MAPPING_SET__LINKS, created);
        } else if (link.getCoverage() != CoverageLevel.FULL) {
            command = SetCommand.create(domain, link, CurriculumPackage.Literals.MAPPING_LINK__COVERAGE, CoverageLevel.FULL);
        } else {
            command = RemoveCommand.create(domain, mapping, CurriculumPackage.Literals.MAPPING_SET__LINKS, link);
        }
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
            rebuild();
        }
    }

    /** The row headers (item labels, then the totals row), as the table shows them. */
    public List<String> getRowHeaders() {
        List<String> headers = new java.util.ArrayList<>();
        rows.forEach(row -> headers.add(rowLabel(row)));
        headers.add(COLUMN_TOTALS);
        return headers;
    }

    /** The column headers (standard codes, then the totals column), as the table shows them. */
    public List<String> getColumnHeaders() {
        List<String> headers = new java.util.ArrayList<>();
        columns.forEach(column -> headers.add(code(matrix.getColumnItem(column))));
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

    /** The item filter box. */
    public Text getSearchField() {
        return search;
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
        super.dispose();
    }

    /** Colours for coverage levels and totals, registered against the cell labels. */
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
