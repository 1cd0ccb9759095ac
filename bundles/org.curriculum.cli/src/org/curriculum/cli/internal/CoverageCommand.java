// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.curriculum.core.coverage.CoverageGrid;
import org.curriculum.core.coverage.CoverageGrid.Cell;
import org.curriculum.core.coverage.GoverningQualification;
import org.curriculum.core.rules.CoverageGuarantee;
import org.curriculum.core.rules.Pathway;
import org.curriculum.excel.FormulaGuard;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingSet;
import org.curriculum.model.labels.ElementLabels;

/** Renders the coverage analysis of a mapping set as text, CSV or JSON for {@code workbench coverage}. */
public final class CoverageCommand {

    private CoverageCommand() {
    }

    /** The analysis in the given format ("text", "csv" or "json"). */
    public static String render(MappingSet mapping, String format) {
        CoverageGrid grid = CoverageGrid.of(mapping);
        Map<MappableItem, CoverageGuarantee> guaranteed = Guarantees.of(mapping);
        return switch (format) {
        case "json" -> json(mapping, grid, guaranteed);
        case "csv" -> csv(grid, guaranteed);
        default -> text(mapping, grid, guaranteed);
        };
    }

    private static List<String> coveredBy(CoverageGrid grid, MappableItem standard) {
        List<String> items = new ArrayList<>();
        for (MappableItem column : grid.items()) {
            Cell cell = grid.cell(standard, column);
            if (cell != null) {
                items.add(ElementLabels.identifierOrEmpty(column) + " (" + cell.level().getLiteral() + (cell.derived() ? ", derived" : "") + ")");
            }
        }
        return items;
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "0%" : Math.round(100.0 * part / whole) + "%";
    }

    private static String text(MappingSet mapping, CoverageGrid grid, Map<MappableItem, CoverageGuarantee> guaranteed) {
        StringBuilder out = new StringBuilder();
        out.append(mapping.getTitle() == null ? "Coverage" : mapping.getTitle()).append('\n');
        out.append("items: ").append(ElementLabels.describe(mapping.getSource())).append('\n');
        out.append("standards: ").append(ElementLabels.describe(mapping.getTarget())).append("\n\n");
        int width = 4;
        for (MappableItem standard : grid.standards()) {
            width = Math.max(width, ElementLabels.identifierOrEmpty(standard).length());
        }
        List<String> uncovered = new ArrayList<>();
        List<String> partialOnly = new ArrayList<>();
        List<String> notGuaranteed = new ArrayList<>();
        for (CoverageGrid.Group group : grid.standardGroups()) {
            if (group.title() != null) {
                int[] covered = grid.covered(group.members());
                out.append("== ").append(group.title()).append(": ").append(covered[0]).append(" of ")
                        .append(group.members().size()).append(" covered (").append(percent(covered[0], group.members().size()))
                        .append(")\n");
            }
            for (MappableItem standard : group.members()) {
                List<String> items = coveredBy(grid, standard);
                String line = String.format("%-" + width + "s  %s", ElementLabels.identifierOrEmpty(standard), ElementLabels.titleOrEmpty(standard));
                out.append(line).append("\n").append(" ".repeat(width + 2));
                out.append(items.isEmpty() ? "NOT COVERED" : "covered by " + String.join(", ", items));
                CoverageGuarantee sure = guaranteed.get(standard);
                if (sure != null && !items.isEmpty()) {
                    out.append(sure.guaranteed() ? "; on every pathway" : "; NOT on every pathway");
                    if (!sure.guaranteed()) {
                        notGuaranteed.add(ElementLabels.identifierOrEmpty(standard));
                        out.append('\n').append(" ".repeat(width + 2)).append("missed by e.g. ")
                                .append(sure.witness().map(Pathway::describe).orElse("?"));
                    }
                }
                out.append('\n');
                if (items.isEmpty()) {
                    uncovered.add(ElementLabels.identifierOrEmpty(standard));
                } else if (grid.best(standard) == CoverageLevel.PARTIAL) {
                    partialOnly.add(ElementLabels.identifierOrEmpty(standard));
                }
            }
        }
        int[] covered = grid.covered(grid.standards());
        int total = grid.standards().size();
        out.append('\n');
        out.append("standards covered: ").append(covered[0]).append(" of ").append(total).append(" (")
                .append(percent(covered[0], total)).append("); fully: ").append(covered[1]).append(" (")
                .append(percent(covered[1], total)).append(")\n");
        out.append("not covered: ").append(uncovered.isEmpty() ? "none" : String.join(" ", uncovered)).append('\n');
        out.append("covered only partially: ").append(partialOnly.isEmpty() ? "none" : String.join(" ", partialOnly))
                .append('\n');
        if (guaranteed.isEmpty()) {
            out.append("pathways: not asked: ").append(ElementLabels.describe(mapping.getSource()))
                    .append(" has no qualification with rules of combination (pathway questions apply only where the source has them)\n");
        } else {
            out.append("covered, but a learner can achieve ").append(ElementLabels.describe(GoverningQualification.of(mapping)))
                    .append(" without: ")
                    .append(notGuaranteed.isEmpty() ? "none" : String.join(" ", notGuaranteed)).append('\n');
        }
        List<String> unused = new ArrayList<>();
        for (MappableItem item : grid.items()) {
            if (grid.itemTotal(item) == 0) {
                unused.add(ElementLabels.identifierOrEmpty(item));
            }
        }
        out.append("items mapping to nothing: ").append(unused.isEmpty() ? "none" : String.join(" ", unused)).append('\n');
        if (!grid.unplaced().isEmpty()) {
            out.append("links outside the two frameworks (not counted): ").append(grid.unplaced().size()).append('\n');
        }
        return out.toString();
    }

    private static String csv(CoverageGrid grid, Map<MappableItem, CoverageGuarantee> guaranteed) {
        StringBuilder out = new StringBuilder("standard_code,standard_title,items_covering,best_coverage,covered_by,guaranteed\r\n");
        for (MappableItem standard : grid.standards()) {
            CoverageLevel best = grid.best(standard);
            CoverageGuarantee sure = guaranteed.get(standard);
            out.append(csvCell(ElementLabels.identifierOrEmpty(standard))).append(',').append(csvCell(ElementLabels.titleOrEmpty(standard))).append(',')
                    .append(grid.standardTotal(standard)).append(',').append(best == null ? "none" : best.getLiteral()).append(',')
                    .append(csvCell(String.join("; ", coveredBy(grid, standard)))).append(',')
                    .append(sure == null ? "" : Boolean.toString(sure.guaranteed())).append("\r\n");
        }
        return out.toString();
    }

    /**
     * Quotes a CSV cell; text a spreadsheet program would run as a formula gets a leading apostrophe
     * (the usual CSV-injection defence), so opening the file never evaluates it.
     */
    static String csvCell(String text) {
        String value = FormulaGuard.looksLikeFormula(text) ? "'" + text : text;
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static String json(MappingSet mapping, CoverageGrid grid, Map<MappableItem, CoverageGuarantee> guaranteed) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("mapping", mapping.getTitle());
        List<Object> standards = new ArrayList<>();
        for (MappableItem standard : grid.standards()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", ElementLabels.identifierOrEmpty(standard));
            entry.put("title", ElementLabels.titleOrEmpty(standard));
            List<Object> coveredBy = new ArrayList<>();
            for (MappableItem column : grid.items()) {
                Cell cell = grid.cell(standard, column);
                if (cell != null) {
                    Map<String, Object> by = new LinkedHashMap<>();
                    by.put("item", ElementLabels.identifierOrEmpty(column));
                    by.put("coverage", cell.level().getLiteral());
                    by.put("derived", cell.derived());
                    coveredBy.add(by);
                }
            }
            entry.put("coveredBy", coveredBy);
            CoverageGuarantee sure = guaranteed.get(standard);
            entry.put("guaranteed", sure == null ? null : sure.guaranteed());
            if (sure != null && !sure.guaranteed()) {
                entry.put("witness", sure.witness().map(Pathway::numbers).orElse(null));
            }
            standards.add(entry);
        }
        root.put("standards", standards);
        List<Object> items = new ArrayList<>();
        for (MappableItem column : grid.items()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", ElementLabels.identifierOrEmpty(column));
            entry.put("title", ElementLabels.titleOrEmpty(column));
            entry.put("standardsCovered", grid.itemTotal(column));
            items.add(entry);
        }
        root.put("items", items);
        int[] covered = grid.covered(grid.standards());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("standards", grid.standards().size());
        summary.put("covered", covered[0]);
        summary.put("coveredFully", covered[1]);
        summary.put("coveredPercent", grid.standards().isEmpty() ? 0 : Math.round(1000.0 * covered[0] / grid.standards().size()) / 10.0);
        root.put("summary", summary);
        return Json.write(root);
    }
}
