// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.core.coverage.CoverageGrid;
import org.curriculum.core.review.CoverageFigures;
import org.curriculum.core.review.ReviewReport;
import org.curriculum.core.review.ReviewThreads;
import org.curriculum.excel.internal.SheetBuilder;
import org.curriculum.excel.internal.SheetCells;
import org.curriculum.model.MappingSet;
import org.curriculum.model.ReviewState;
import org.curriculum.model.labels.ElementLabels;

/**
 * Writes the review workbook of a mapping set: a Figures sheet with coverage at a glance (standards
 * covered fully, only partially, not at all, and guaranteed on every pathway) and the review's progress
 * (links per state, share reviewed), each drawn as a column chart because a committee looks at a picture first;
 * then every queried and rejected cell with its comments, and the unjustified gaps. The figures come
 * from {@link ReviewReport} and {@link CoverageFigures}; the workbook is small, so it is written in memory.
 */
public final class ReviewReportWriter {

    /** The sheets, in order. */
    public static final String FIGURES_SHEET = "Figures";
    public static final String CELLS_SHEET = "Queried and rejected";
    public static final String GAPS_SHEET = "Unjustified gaps";

    private ReviewReportWriter() {
    }

    /** Writes the workbook of the mapping's review report. */
    public static void write(MappingSet mapping, OutputStream out) throws IOException {
        write(ReviewReport.of(CoverageGrid.of(mapping)), out);
    }

    /** Writes the workbook of a report already computed. */
    public static void write(ReviewReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetCells cells = new SheetCells(workbook);
            figures(workbook, cells, report);
            SheetBuilder reviewed = new SheetBuilder(workbook, cells, CELLS_SHEET,
                    new String[] { "Cell", "State", "Reviewer", "Reviewed on", "Comments" }, new int[] { 20, 10, 24, 12, 90 });
            for (ReviewReport.Entry entry : report.queried()) {
                row(reviewed, entry);
            }
            for (ReviewReport.Entry entry : report.rejected()) {
                row(reviewed, entry);
            }
            reviewed.finish();
            SheetBuilder gaps = new SheetBuilder(workbook, cells, GAPS_SHEET,
                    new String[] { "Code", "Standard", "Gap review", "Justification", "Comments" },
                    new int[] { 12, 60, 12, 50, 60 });
            for (ReviewReport.Gap gap : report.unjustifiedGaps()) {
                gaps.row(gap.code(), ElementLabels.title(gap.standard()),
                        gap.review() == null ? "none" : ElementLabels.reviewState(gap.review()),
                        gap.review() == null ? null : gap.review().getJustification(),
                        gap.review() == null ? null : ReviewThreads.text(gap.review()));
            }
            gaps.finish();
            workbook.write(out);
        }
    }

    private static void row(SheetBuilder sheet, ReviewReport.Entry entry) {
        sheet.row(entry.cell(), ElementLabels.reviewState(entry.state()), entry.reviewer(), ReviewThreads.day(entry.date()),
                ReviewThreads.text(entry.element()));
    }

    /**
     * The figures as a two-column table (rows 2 to 5 standards, 8 to 11 links per state) and two charts that
     * read those cells, so a reader who changes a figure sees the chart follow.
     */
    private static void figures(XSSFWorkbook workbook, SheetCells cells, ReviewReport report) {
        CoverageFigures figures = report.figures();
        SheetBuilder table = new SheetBuilder(workbook, cells, FIGURES_SHEET, new String[] { "Measure", "Value" },
                new int[] { 46, 14 });
        // chart data first, in contiguous rows
        int firstStandardRow = table.rows();
        table.row("Standards covered fully", figures.full());
        table.row("Standards covered only partially", figures.partial());
        table.row("Standards not covered", figures.uncovered());
        if (figures.guaranteed() >= 0) {
            table.row("Standards covered on every pathway", figures.guaranteed());
        }
        int lastStandardRow = table.rows() - 1;
        table.row(null, null);
        int firstStateRow = table.rows();
        for (ReviewState state : ReviewState.values()) {
            table.row("Links " + ElementLabels.reviewState(state), report.links(state));
        }
        int lastStateRow = table.rows() - 1;
        table.row(null, null);
        table.row("Standards", figures.standards());
        if (figures.guaranteed() < 0) {
            table.row("Standards covered on every pathway", "no qualification with rules of combination");
        }
        table.row("Links", report.links());
        table.row("Uncovered standards (gaps)", report.gaps());
        table.row("Unjustified gaps", report.unjustifiedGaps().size());
        table.row("Review decisions taken (links and gaps)", report.reviewed() + " of " + report.decisions());
        table.row("Share of the grid reviewed", report.reviewedPercent() + "%");

        XSSFSheet sheet = workbook.getSheet(FIGURES_SHEET);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        barChart(drawing, sheet, 0, 16, "Coverage of " + standardsName(report),
                firstStandardRow, lastStandardRow, "Standards", PresetColor.SEA_GREEN);
        barChart(drawing, sheet, 17, 33, "Review progress: " + report.reviewedPercent() + "% of the grid reviewed",
                firstStateRow, lastStateRow, "Links", PresetColor.STEEL_BLUE);
    }

    private static String standardsName(ReviewReport report) {
        String title = ElementLabels.title(report.mapping().getTarget());
        return title != null && !title.isBlank() ? title : ElementLabels.describe(report.mapping().getTarget());
    }

    /**
     * A column chart of one block of the figures. Bars in one explicit colour: a chart with only automatic
     * colours draws its bars invisibly in LibreOffice, which reads no theme from a workbook POI wrote.
     */
    private static void barChart(XSSFDrawing drawing, XSSFSheet sheet, int fromRow, int toRow, String title,
            int firstRow, int lastRow, String seriesTitle, PresetColor color) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 3, fromRow, 11, toRow));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        XDDFChartData.Series series = series(bars, sheet, firstRow, lastRow, seriesTitle);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        chart.plot(bars);
    }

    private static XDDFChartData.Series series(XDDFChartData data, XSSFSheet sheet, int firstRow, int lastRow,
            String title) {
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, 0, 0));
        XDDFNumericalDataSource<Double> counts = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, 1, 1));
        XDDFChartData.Series series = data.addSeries(names, counts);
        series.setTitle(title, null);
        return series;
    }
}
