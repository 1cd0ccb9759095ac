// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.curriculum.core.coverage.Coverage;
import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.CoverageOptions;
import org.curriculum.model.Framework;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingSet;
import org.curriculum.model.labels.ElementLabels;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A chain of mapping sets composed link by link through the frameworks each shares with the next, in whichever
 * direction each maps: X -> S with Y -> S, X -> S with S -> Y, S -> X with S -> Y, and longer chains
 * (A, B, C) by composing the result of (A, B) with C. The result relates the chain's first outer framework
 * to its last, one derived relation per pair of items with the path that justifies it.
 *
 * <p>Every mapping set is read from its {@link CoverageMatrix} at component level (roll-up applies: a
 * criterion's link relates its unit), as {@link ComposedMapping} does for the two-targets case.
 */
public final class CrosswalkChain {

    /**
     * One related pair of the chain's outer frameworks: the item of the first, the item of the last, the
     * level (the matrix cell's for a mapping set of the chain, partial for a derived pair) and, for a derived
     * pair, the path of shared items that justifies it ("CC35 (308: partial, 105569L5: full); ..."), else null.
     * The orders are the items' places in their frameworks, for sorting.
     */
    public record Relation(MappableItem left, MappableItem right, Coverage coverage, String path, int leftOrder,
            int rightOrder) {

        private Relation flipped() {
            return new Relation(right, left, coverage, path, rightOrder, leftOrder);
        }
    }

    private final Framework left;
    private final Framework right;
    private final List<Framework> through;
    private final List<Relation> relations;

    private CrosswalkChain(Framework left, Framework right, List<Framework> through, List<Relation> relations) {
        this.left = left;
        this.right = right;
        this.through = List.copyOf(through);
        this.relations = List.copyOf(relations);
    }

    /**
     * Composes the mapping sets in order; each must share a framework with the result so far.
     *
     * @throws IllegalArgumentException naming the two mapping sets when one shares no framework with the one
     *                                  before, or when the chain would relate a framework to itself
     */
    public static CrosswalkChain compose(List<MappingSet> mappings) {
        if (mappings.size() < 2) {
            throw new IllegalArgumentException("a composition needs at least two mapping sets");
        }
        // Read once and never edited: snapshots hold the same cells without per-link bookkeeping.
        return composeMatrices(mappings.stream().map(m -> CoverageMatrix.snapshot(m, CoverageOptions.defaults())).toList());
    }

    /** As {@link #compose(List)}, from coverage matrices already computed (e.g. those a view keeps up to date). */
    public static CrosswalkChain composeMatrices(List<CoverageMatrix> matrices) {
        CrosswalkChain chain = of(matrices.get(0));
        MappingSet previous = matrices.get(0).getMappingSet();
        for (CoverageMatrix next : matrices.subList(1, matrices.size())) {
            chain = chain.then(of(next), previous, next.getMappingSet());
            previous = next.getMappingSet();
        }
        return chain;
    }

    /** One mapping set as a chain of one step: its matrix's covered cells, source on the left. */
    private static CrosswalkChain of(CoverageMatrix matrix) {
        MappingSet mapping = Objects.requireNonNull(matrix.getMappingSet(), "mapping set");
        List<Relation> cells = new ArrayList<>();
        for (int row : matrix.getComponentRows()) {
            for (int column : matrix.getColumnsCoveredBy(row)) {
                cells.add(new Relation(matrix.getRowItem(row), matrix.getColumnItem(column),
                        matrix.getCoverage(row, column), null, row, column));
            }
        }
        return new CrosswalkChain(mapping.getSource(), mapping.getTarget(), List.of(), cells);
    }

    /** The framework of the first mapping set's items the result relates (X). */
    public Framework getLeft() {
        return left;
    }

    /** The framework of the last mapping set's items the result relates (Y). */
    public Framework getRight() {
        return right;
    }

    /** The shared frameworks the chain passes through, in order (S, ...). */
    public List<Framework> getThrough() {
        return through;
    }

    /** The derived relations, ordered by the left framework's items, then the right's. */
    public List<Relation> getRelations() {
        return relations;
    }

    /**
     * This chain followed by another through the framework they share: this one is turned so that the shared
     * framework is on its right, the other so that it is on its left.
     */
    private CrosswalkChain then(CrosswalkChain next, MappingSet before, MappingSet after) {
        CrosswalkChain first = this;
        CrosswalkChain second = next;
        // The usual chain (X -> S, S -> Y) first, then the two-targets case of ComposedMapping (X -> S, Y -> S),
        // then the two-sources cases.
        if (same(first.right, second.left)) {
            // already X -> S, S -> Y
        } else if (same(first.right, second.right)) {
            second = second.flipped();
        } else if (same(first.left, second.left)) {
            first = first.flipped();
        } else if (same(first.left, second.right)) {
            first = first.flipped();
            second = second.flipped();
        } else {
            throw new IllegalArgumentException("Cannot compose " + ElementLabels.describe(before) + " with "
                    + ElementLabels.describe(after) + ": they share no framework (" + ends(first) + "; " + ends(second)
                    + "); choose mapping sets that map to or from the same framework");
        }
        if (same(first.left, second.right)) {
            throw new IllegalArgumentException("Cannot compose " + ElementLabels.describe(before) + " with "
                    + ElementLabels.describe(after) + ": the result would relate " + describeWithFile(first.left)
                    + " to itself");
        }
        // The second step's relations by shared item (identity, or URI when the framework was loaded twice).
        Map<Object, List<Relation>> byShared = new LinkedHashMap<>();
        for (Relation relation : second.relations) {
            byShared.computeIfAbsent(key(relation.left()), k -> new ArrayList<>()).add(relation);
        }
        // Per pair of outer items, the shared steps in the first step's order (its right items ascending).
        Map<List<MappableItem>, List<String>> steps = new LinkedHashMap<>();
        Map<List<MappableItem>, int[]> order = new LinkedHashMap<>();
        List<Relation> sorted = new ArrayList<>(first.relations);
        sorted.sort(Comparator.comparingInt(Relation::leftOrder).thenComparingInt(Relation::rightOrder));
        for (Relation from : sorted) {
            for (Relation to : byShared.getOrDefault(key(from.right()), List.of())) {
                List<MappableItem> pair = List.of(from.left(), to.right());
                steps.computeIfAbsent(pair, k -> new ArrayList<>()).add(step(from, to));
                order.putIfAbsent(pair, new int[] {from.leftOrder(), to.rightOrder()});
            }
        }
        List<Relation> result = new ArrayList<>(steps.size());
        for (Map.Entry<List<MappableItem>, List<String>> entry : steps.entrySet()) {
            int[] at = order.get(entry.getKey());
            result.add(new Relation(entry.getKey().get(0), entry.getKey().get(1), Coverage.PARTIAL,
                    String.join("; ", entry.getValue()), at[0], at[1]));
        }
        result.sort(Comparator.comparingInt(Relation::leftOrder).thenComparingInt(Relation::rightOrder));
        List<Framework> via = new ArrayList<>(first.through);
        via.add(first.right);
        via.addAll(second.through);
        return new CrosswalkChain(first.left, second.right, via, result);
    }

    /**
     * "CC35 (308: partial, 105569L5: full)": the shared item and each side's level; a side that was itself
     * derived adds its own path in brackets, so a longer chain shows every hop.
     */
    private static String step(Relation from, Relation to) {
        StringBuilder step = new StringBuilder(ElementLabels.identifier(from.right())).append(" (")
                .append(ElementLabels.identifier(from.left())).append(": ").append(level(from.coverage())).append(", ")
                .append(ElementLabels.identifier(to.right())).append(": ").append(level(to.coverage())).append(')');
        appendHop(step, from.left(), from.right(), from.path());
        appendHop(step, to.right(), to.left(), to.path());
        return step.toString();
    }

    private static void appendHop(StringBuilder step, MappableItem one, MappableItem other, String path) {
        if (path != null) {
            step.append(" [").append(ElementLabels.identifier(one)).append(" ~ ").append(ElementLabels.identifier(other))
                    .append(" through ").append(path).append(']');
        }
    }

    private static String level(Coverage coverage) {
        return coverage.name().toLowerCase(Locale.ROOT);
    }

    private CrosswalkChain flipped() {
        List<Framework> reversed = new ArrayList<>(through);
        java.util.Collections.reverse(reversed);
        return new CrosswalkChain(right, left, reversed, relations.stream().map(Relation::flipped).toList());
    }

    private static boolean same(Framework one, Framework other) {
        return one == other || one != null && other != null && EcoreUtil.getURI(one).equals(EcoreUtil.getURI(other));
    }

    /** An item's identity for matching: itself, or its URI when it lives in a resource (loaded twice). */
    private static Object key(EObject item) {
        return item.eResource() == null ? item : EcoreUtil.getURI(item);
    }

    private static String ends(CrosswalkChain chain) {
        return describeWithFile(chain.left) + " to " + describeWithFile(chain.right);
    }

    /** A framework's label and file name, since two versions of one framework often share a title. */
    static String describeWithFile(Framework framework) {
        URI uri = EcoreUtil.getURI(framework).trimFragment();
        String file = uri.lastSegment();
        return ElementLabels.describe(framework) + (file == null || file.isEmpty() ? "" : " (" + URI.decode(file) + ")");
    }
}
