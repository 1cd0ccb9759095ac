// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.curriculum.core.coverage.Coverage;
import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.CoverageOptions;
import org.curriculum.core.coverage.CoverageSummary;
import org.curriculum.model.Framework;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingSet;
import org.curriculum.model.labels.ElementLabels;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Two mapping sets composed through the framework they both map against: from A -> S and B -> S, the
 * A <-> B relation with the shared standards of S as evidence, and the coverage of S that B would add to A.
 *
 * <p>Read from the two mapping sets' {@link CoverageMatrix coverage matrices} at component level, so
 * roll-up applies: a criterion's link relates its unit. The result is a snapshot; compose again after
 * edits.
 */
public final class ComposedMapping {

    private final CoverageMatrix first;
    private final CoverageMatrix second;
    private final int[] secondColumnOf;
    private final List<ItemRelation> relations;
    private final List<GapFill> gapFills;
    private final CoverageSummary combinedSummary;

    private ComposedMapping(CoverageMatrix first, CoverageMatrix second) {
        this.first = first;
        this.second = second;
        this.secondColumnOf = matchColumns(first, second);
        this.relations = Collections.unmodifiableList(computeRelations());
        this.gapFills = Collections.unmodifiableList(computeGapFills());
        this.combinedSummary = computeCombinedSummary();
    }

    /**
     * Composes two mapping sets that map against the same framework.
     *
     * @throws IllegalArgumentException when their targets are different frameworks, or a source or target
     *                                  is missing; the message names them
     */
    public static ComposedMapping compose(MappingSet first, MappingSet second) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        // Read once and never edited: snapshots hold the same cells without per-link bookkeeping.
        return new ComposedMapping(CoverageMatrix.snapshot(first, CoverageOptions.defaults()),
                CoverageMatrix.snapshot(second, CoverageOptions.defaults()));
    }

    /**
     * Composes two coverage matrices already computed (e.g. the ones a view keeps up to date). Their
     * component rows are the items related.
     *
     * @throws IllegalArgumentException when their targets are different frameworks
     */
    public static ComposedMapping compose(CoverageMatrix first, CoverageMatrix second) {
        return new ComposedMapping(Objects.requireNonNull(first, "first"), Objects.requireNonNull(second, "second"));
    }

    /** The first mapping set's matrix (A -> S). */
    public CoverageMatrix getFirst() {
        return first;
    }

    /** The second mapping set's matrix (B -> S). */
    public CoverageMatrix getSecond() {
        return second;
    }

    /** The framework both mapping sets map against (S), as the first mapping set references it. */
    public Framework getSharedFramework() {
        return first.getMappingSet().getTarget();
    }

    /**
     * Every pair of an item of A and an item of B that cover at least one standard in common, with those
     * standards; ordered by A's rows, then B's rows.
     */
    public List<ItemRelation> getRelations() {
        return relations;
    }

    /** The relations of one item of A, ordered by B's rows. */
    public List<ItemRelation> getRelationsOf(MappableItem firstItem) {
        return relations.stream().filter(relation -> relation.first() == firstItem).toList();
    }

    /**
     * The standards B covers better than A, in the shared framework's order: those A leaves uncovered that
     * B covers at all, and those A covers partially that B covers fully.
     */
    public List<GapFill> getGapFills() {
        return gapFills;
    }

    /** The standards A leaves uncovered that B covers: the gaps B would fill. */
    public List<MappableItem> getGapsFilled() {
        return gapFills.stream().filter(GapFill::fillsGap).map(GapFill::standard).toList();
    }

    /** How much of S the two together cover: a standard counts at the better of its two levels. */
    public CoverageSummary getCombinedSummary() {
        return combinedSummary;
    }

    private List<ItemRelation> computeRelations() {
        // Per pair of component rows, the shared columns in ascending order; a TreeMap keyed by
        // (first row, second row) gives the documented order without a sort.
        Map<Long, List<MappableItem>> evidence = new TreeMap<>();
        for (int column = 0; column < first.getColumnCount(); column++) {
            int otherColumn = secondColumnOf[column];
            if (otherColumn < 0 || first.getColumnTotal(column) == 0 || second.getColumnTotal(otherColumn) == 0) {
                continue;
            }
            int[] secondRows = second.getRowsCovering(otherColumn);
            for (int firstRow : first.getRowsCovering(column)) {
                for (int secondRow : secondRows) {
                    long key = ((long) firstRow << 32) | secondRow;
                    evidence.computeIfAbsent(key, k -> new ArrayList<>()).add(first.getColumnItem(column));
                }
            }
        }
        List<ItemRelation> result = new ArrayList<>(evidence.size());
        for (Map.Entry<Long, List<MappableItem>> entry : evidence.entrySet()) {
            int firstRow = (int) (entry.getKey() >>> 32);
            int secondRow = (int) (long) entry.getKey();
            result.add(new ItemRelation(first.getRowItem(firstRow), second.getRowItem(secondRow),
                    List.copyOf(entry.getValue())));
        }
        return result;
    }

    private List<GapFill> computeGapFills() {
        List<GapFill> result = new ArrayList<>();
        for (int column = 0; column < first.getColumnCount(); column++) {
            int otherColumn = secondColumnOf[column];
            if (otherColumn < 0) {
                continue;
            }
            Coverage byFirst = first.getColumnCoverage(column);
            Coverage bySecond = second.getColumnCoverage(otherColumn);
            if (bySecond.compareTo(byFirst) <= 0) {
                continue;
            }
            List<MappableItem> items = new ArrayList<>();
            for (int row : second.getRowsCovering(otherColumn)) {
                if (second.getCoverage(row, otherColumn) == bySecond) {
                    items.add(second.getRowItem(row));
                }
            }
            result.add(new GapFill(first.getColumnItem(column), byFirst, bySecond, List.copyOf(items)));
        }
        return result;
    }

    private CoverageSummary computeCombinedSummary() {
        int covered = 0;
        int full = 0;
        for (int column = 0; column < first.getColumnCount(); column++) {
            Coverage best = first.getColumnCoverage(column);
            if (secondColumnOf[column] >= 0) {
                best = Coverage.best(best, second.getColumnCoverage(secondColumnOf[column]));
            }
            covered += best != Coverage.NONE ? 1 : 0;
            full += best == Coverage.FULL ? 1 : 0;
        }
        return new CoverageSummary(first.getColumnCount(), covered, full);
    }

    /**
     * For each column of the first matrix, the column of the same standard in the second. The same
     * framework may be one object (one resource set) or the same file loaded twice; standards then match
     * by their URI.
     */
    private static int[] matchColumns(CoverageMatrix first, CoverageMatrix second) {
        Framework firstTarget = first.getMappingSet().getTarget();
        Framework secondTarget = second.getMappingSet().getTarget();
        int[] match = new int[first.getColumnCount()];
        if (firstTarget == secondTarget) {
            for (int column = 0; column < match.length; column++) {
                match[column] = second.getColumnOf(first.getColumnItem(column));
            }
            return match;
        }
        if (!EcoreUtil.getURI(firstTarget).equals(EcoreUtil.getURI(secondTarget))) {
            throw new IllegalArgumentException("Cannot compose " + ElementLabels.describe(first.getMappingSet())
                    + " with " + ElementLabels.describe(second.getMappingSet()) + ": they map against different frameworks, "
                    + describeWithFile(firstTarget) + " and " + describeWithFile(secondTarget)
                    + "; choose two mapping sets with the same target framework");
        }
        Map<URI, Integer> secondColumns = new HashMap<>();
        for (int column = 0; column < second.getColumnCount(); column++) {
            secondColumns.put(EcoreUtil.getURI(second.getColumnItem(column)), column);
        }
        for (int column = 0; column < match.length; column++) {
            match[column] = secondColumns.getOrDefault(EcoreUtil.getURI(first.getColumnItem(column)), -1);
        }
        return match;
    }

    /** A framework's label and file name, since two versions of one framework often share a title. */
    private static String describeWithFile(Framework framework) {
        URI uri = EcoreUtil.getURI(framework).trimFragment();
        String file = uri.lastSegment();
        return ElementLabels.describe(framework) + (file == null || file.isEmpty() ? "" : " (" + URI.decode(file) + ")");
    }
}
