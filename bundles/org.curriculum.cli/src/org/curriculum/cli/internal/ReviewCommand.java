// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.curriculum.core.resources.AtomicFile;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelSaveException;
import org.curriculum.core.review.CoverageFigures;
import org.curriculum.core.review.ReviewReport;
import org.curriculum.core.review.ReviewThreads;
import org.curriculum.excel.ReviewImporter;
import org.curriculum.excel.ReviewReportWriter;
import org.curriculum.excel.SpreadsheetImportException;
import org.curriculum.model.MappingSet;
import org.curriculum.model.ReviewState;
import org.curriculum.model.labels.ElementLabels;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * {@code workbench review}: the review report of a mapping as text, JSON or a workbook; and
 * {@code workbench import review}: a second round of review read back from an exported Links sheet.
 */
public final class ReviewCommand {

    private ReviewCommand() {
    }

    /** Writes the report: text or JSON on standard output, or the workbook to {@code output}. */
    public static int report(MappingSet mapping, String format, Path input, Path output, boolean force, PrintStream out,
            PrintStream err) throws UsageException, ModelSaveException, java.io.IOException {
        ReviewReport report = ReviewReport.of(mapping);
        if (format.equals("xlsx")) {
            if (output == null) {
                throw new UsageException("review", "--format xlsx writes a workbook: give it with -o OUT.xlsx");
            }
            err.println("Writing " + output + "...");
            AtomicFile.write(output, stream -> ReviewReportWriter.write(report, stream));
            out.println("wrote " + output + " (review report: " + report.reviewed() + " of " + report.decisions()
                    + " decisions taken)");
            return 0;
        }
        String text = format.equals("json") ? json(report) : text(report);
        if (output != null) {
            AtomicFile.write(output, stream -> stream.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            out.println("wrote " + output);
        } else {
            out.print(text);
        }
        return 0;
    }

    static String text(ReviewReport report) {
        StringBuilder out = new StringBuilder();
        MappingSet mapping = report.mapping();
        out.append("Review of ").append(mapping.getTitle() == null ? ElementLabels.describe(mapping) : mapping.getTitle())
                .append('\n');
        out.append("links: ").append(report.links());
        for (ReviewState state : List.of(ReviewState.ACCEPTED, ReviewState.QUERIED, ReviewState.REJECTED,
                ReviewState.PROPOSED)) {
            out.append(", ").append(report.links(state)).append(' ').append(ElementLabels.reviewState(state));
        }
        out.append('\n');
        int justified = report.gaps() - report.unjustifiedGaps().size();
        out.append("gaps: ").append(report.gaps()).append(" uncovered standard(s), ").append(justified)
                .append(" justified\n");
        out.append("reviewed: ").append(report.reviewed()).append(" of ").append(report.decisions())
                .append(" decisions (links and gaps), ").append(report.reviewedPercent()).append("%\n");
        CoverageFigures figures = report.figures();
        out.append("coverage: ").append(figures.standards()).append(" standards, ").append(figures.full())
                .append(" covered fully, ").append(figures.partial()).append(" only partially, ")
                .append(figures.uncovered()).append(" not covered")
                .append(figures.guaranteed() < 0 ? "" : ", " + figures.guaranteed() + " on every pathway").append('\n');
        section(out, "Queried", report.queried());
        section(out, "Rejected", report.rejected());
        out.append("\nUnjustified gaps (").append(report.unjustifiedGaps().size()).append("):");
        if (report.unjustifiedGaps().isEmpty()) {
            out.append(" none\n");
        } else {
            out.append('\n');
            for (ReviewReport.Gap gap : report.unjustifiedGaps()) {
                out.append("  ").append(ElementLabels.codeAndTitle(gap.standard()));
                if (gap.review() != null) {
                    out.append(" (").append(ElementLabels.reviewState(gap.review()))
                            .append(gap.review().getJustification() == null ? ", no justification" : "").append(')');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<ReviewReport.Entry> entries) {
        out.append('\n').append(title).append(" (").append(entries.size()).append("):");
        if (entries.isEmpty()) {
            out.append(" none\n");
            return;
        }
        out.append('\n');
        for (ReviewReport.Entry entry : entries) {
            out.append("  ").append(entry.cell()).append("  ").append(ElementLabels.reviewState(entry.state()));
            if (entry.reviewer() != null) {
                out.append(" by ").append(entry.reviewer());
            }
            if (entry.date() != null) {
                out.append(" on ").append(ReviewThreads.day(entry.date()));
            }
            out.append('\n');
            for (ReviewReport.Comment comment : entry.comments()) {
                out.append("    ").append(ReviewThreads.line(comment.author(), comment.date(), comment.text())
                        .replace("\n", "\n    ")).append('\n');
            }
        }
    }

    static String json(ReviewReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("mapping", report.mapping().getTitle());
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("total", report.links());
        for (ReviewState state : ReviewState.values()) {
            links.put(state.getLiteral(), report.links(state));
        }
        root.put("links", links);
        root.put("gaps", report.gaps());
        root.put("decisions", report.decisions());
        root.put("reviewed", report.reviewed());
        root.put("reviewedPercent", report.reviewedPercent());
        CoverageFigures figures = report.figures();
        Map<String, Object> coverage = new LinkedHashMap<>();
        coverage.put("standards", figures.standards());
        coverage.put("full", figures.full());
        coverage.put("partial", figures.partial());
        coverage.put("uncovered", figures.uncovered());
        coverage.put("guaranteed", figures.guaranteed() < 0 ? null : figures.guaranteed());
        root.put("coverage", coverage);
        List<Object> cells = new ArrayList<>();
        for (List<ReviewReport.Entry> entries : List.of(report.queried(), report.rejected())) {
            for (ReviewReport.Entry entry : entries) {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("cell", entry.cell());
                cell.put("state", entry.state().getLiteral());
                cell.put("reviewer", entry.reviewer());
                cell.put("reviewedOn", entry.date() == null ? null : ReviewThreads.day(entry.date()));
                List<Object> comments = new ArrayList<>();
                for (ReviewReport.Comment comment : entry.comments()) {
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put("author", comment.author());
                    c.put("date", comment.date() == null ? null : ReviewThreads.day(comment.date()));
                    c.put("text", comment.text());
                    comments.add(c);
                }
                cell.put("comments", comments);
                cells.add(cell);
            }
        }
        root.put("cells", cells);
        List<Object> gaps = new ArrayList<>();
        for (ReviewReport.Gap gap : report.unjustifiedGaps()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("code", gap.code());
            g.put("title", ElementLabels.title(gap.standard()));
            g.put("state", gap.review() == null ? null : ElementLabels.reviewState(gap.review()));
            g.put("justification", gap.review() == null ? null : gap.review().getJustification());
            gaps.add(g);
        }
        root.put("unjustifiedGaps", gaps);
        return Json.write(root);
    }

    /**
     * Reads the answers of an exported Links sheet into the mapping and saves it as {@code output}: the same
     * file content with the review changed, every element keeping its ID.
     */
    public static int importAnswers(Path workbook, MappingSet mapping, Path output, String reviewer, PrintStream out,
            PrintStream err) throws SpreadsheetImportException, ModelSaveException {
        err.println("Reading " + workbook + "...");
        // a day, as the dates a reviewer types are: midnight UTC
        Date today = Date.from(LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant());
        List<ReviewImporter.Answer> answers = ReviewImporter.read(workbook, mapping, reviewer, today);
        ReviewImporter.apply(answers);
        long verdicts = answers.stream().filter(answer -> answer.state() != null).count();
        long comments = answers.stream().filter(answer -> answer.newComment() != null).count();
        Resource resource = mapping.eResource();
        resource.setURI(ModelFiles.uri(output));
        ModelFiles.save(resource);
        out.println("imported " + verdicts + " verdict(s) and " + comments + " comment(s) from " + workbook + " into "
                + output);
        return 0;
    }
}
