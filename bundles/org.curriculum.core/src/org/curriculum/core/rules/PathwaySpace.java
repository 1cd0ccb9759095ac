// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.curriculum.core.rules.CombinationRules.BarredPair;
import org.curriculum.core.rules.CombinationRules.Constraint;
import org.curriculum.model.CurriculumComponent;

/**
 * The choices a learner has once the mandatory components are fixed, in the form the pathway algorithms work on:
 * the optional components still allowed ("candidates"), what each adds to every constraint, and the groups of
 * candidates linked by barred combinations ("clusters").
 *
 * <p>Why clusters: a barred combination couples two choices, so the components cannot be decided one at a time
 * by a plain dynamic programme. Components that share no barred combination are independent, so the programme
 * decides one cluster at a time, trying each of its allowed sub-selections (for a barred pair: neither, one, the
 * other). The state carried between clusters is the vector of constraint sums, each capped at the value beyond
 * which it no longer matters; its size, not the number of subsets, bounds the work.
 */
final class PathwaySpace {

    private static final int MAX_STATES = 4_000_000;
    private static final long MAX_PARENT_CELLS = 30_000_000L;
    /** State updates the exact minimal count may spend before it falls back to a bounded search. */
    private static final long MINIMAL_COUNT_BUDGET = 400_000_000L;
    /** Where the bounded search stops counting minimal pathways. */
    static final int MINIMAL_COUNT_LIMIT = 1_000_000;
    /** Where the bounded search stops looking, whatever it has found. */
    static final long MINIMAL_SEARCH_STEPS = 50_000_000L;
    /** The largest "can the minimums still be met" table the search builds (in bits). */
    private static final long COMPLETABLE_TABLE_BITS = 400_000_000L;
    private static final int MAX_CLUSTER_OPTIONS = 1 << 16;

    final CombinationRules rules;
    /** Optional components that may still be chosen, in listing order. */
    final List<CurriculumComponent> candidates;
    /** False when no pathway can exist at all (a mandatory component avoided, or mandatory ones barred together). */
    final boolean mandatoryPossible;

    private final int constraintCount;
    private final int[] bound;
    private final boolean[] upper;
    private final int[][] contribution;
    private final int[] baseline;
    private final boolean[][] conflict;
    /** Per cluster, its allowed sub-selections, each as ascending candidate indices; the empty one first. */
    private final List<int[][]> clusters;

    PathwaySpace(CombinationRules rules, Collection<? extends CurriculumComponent> avoided) {
        this.rules = rules;
        Set<CurriculumComponent> avoidedSet = new HashSet<>(avoided);
        List<Constraint> constraints = rules.constraints;
        constraintCount = constraints.size();
        bound = new int[constraintCount];
        upper = new boolean[constraintCount];
        baseline = new int[constraintCount];
        boolean possible = true;
        for (int d = 0; d < constraintCount; d++) {
            upper[d] = constraints.get(d).upperBound();
            bound[d] = constraints.get(d).bound();
            if (bound[d] < 0) {
                // A negative minimum is always met; a negative maximum never is.
                possible &= !upper[d];
                bound[d] = 0;
            }
        }
        for (CurriculumComponent component : rules.mandatory) {
            possible &= !avoidedSet.contains(component);
            for (int d = 0; d < constraintCount; d++) {
                baseline[d] += constraints.get(d).contribution().applyAsInt(component);
            }
        }
        for (int d = 0; d < constraintCount; d++) {
            possible &= !(upper[d] && baseline[d] > bound[d]);
        }
        Set<CurriculumComponent> barredByMandatory = new HashSet<>();
        for (BarredPair pair : rules.barredPairs) {
            boolean firstMandatory = rules.mandatory.contains(pair.first());
            boolean secondMandatory = rules.mandatory.contains(pair.second());
            possible &= !(firstMandatory && secondMandatory);
            if (firstMandatory) {
                barredByMandatory.add(pair.second());
            }
            if (secondMandatory) {
                barredByMandatory.add(pair.first());
            }
        }
        mandatoryPossible = possible;

        List<CurriculumComponent> allowed = new ArrayList<>();
        for (CurriculumComponent component : rules.listed) {
            if (!rules.mandatory.contains(component) && !avoidedSet.contains(component)
                    && !barredByMandatory.contains(component)) {
                allowed.add(component);
            }
        }
        candidates = List.copyOf(allowed);
        int n = candidates.size();
        contribution = new int[n][constraintCount];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < constraintCount; d++) {
                contribution[i][d] = Math.max(0, constraints.get(d).contribution().applyAsInt(candidates.get(i)));
            }
        }
        conflict = new boolean[n][n];
        for (BarredPair pair : rules.barredPairs) {
            int a = candidates.indexOf(pair.first());
            int b = candidates.indexOf(pair.second());
            if (a >= 0 && b >= 0) {
                conflict[a][b] = true;
                conflict[b][a] = true;
            }
        }
        clusters = buildClusters();
    }

    private List<int[][]> buildClusters() {
        int n = candidates.size();
        boolean[] placed = new boolean[n];
        List<int[][]> result = new ArrayList<>();
        for (int start = 0; start < n; start++) {
            if (placed[start]) {
                continue;
            }
            TreeSet<Integer> members = new TreeSet<>();
            List<Integer> queue = new ArrayList<>(List.of(start));
            placed[start] = true;
            while (!queue.isEmpty()) {
                int current = queue.remove(queue.size() - 1);
                members.add(current);
                for (int other = 0; other < n; other++) {
                    if (conflict[current][other] && !placed[other]) {
                        placed[other] = true;
                        queue.add(other);
                    }
                }
            }
            int[] ordered = members.stream().mapToInt(Integer::intValue).toArray();
            List<int[]> options = new ArrayList<>();
            collectIndependentSets(ordered, 0, new ArrayList<>(), options);
            result.add(options.toArray(int[][]::new));
        }
        return result;
    }

    private void collectIndependentSets(int[] members, int position, List<Integer> chosen, List<int[]> options) {
        if (position == members.length) {
            if (options.size() >= MAX_CLUSTER_OPTIONS) {
                throw new IllegalStateException("Too many components are linked by barred combinations ("
                        + members.length + " in one chain) to analyse the pathways.");
            }
            options.add(chosen.stream().mapToInt(Integer::intValue).toArray());
            return;
        }
        collectIndependentSets(members, position + 1, chosen, options);
        int candidate = members[position];
        for (int other : chosen) {
            if (conflict[candidate][other]) {
                return;
            }
        }
        chosen.add(candidate);
        collectIndependentSets(members, position + 1, chosen, options);
        chosen.remove(chosen.size() - 1);
    }

    // ------------------------------------------------------------------ counting

    /** The number of valid selections of candidates (every one, not only minimal ones). */
    BigInteger countValid() {
        int[] caps = bound.clone();
        boolean[] everyCandidate = new boolean[candidates.size()];
        Arrays.fill(everyCandidate, true);
        Grid grid = new Grid(caps, upper);
        return count(grid, everyCandidate, state -> meetsEveryMinimum(grid, state));
    }

    /**
     * The number of minimal valid selections. A valid selection is minimal when each chosen candidate is needed:
     * removing it takes some minimum below its bound, i.e. its contribution there exceeds the selection's slack
     * (sum minus bound). Whether a candidate is needed thus depends only on the slack vector, so the selections
     * are counted per slack box: for each constraint, the slack lies between two consecutive distinct
     * contributions of the candidates, which fixes which candidates are needed; a counting programme restricted to
     * those candidates then counts the valid selections whose slack lies in the box. The boxes partition the
     * selections, so the sum is exact.
     */
    PathwayCount countMinimal() {
        if (!mandatoryPossible) {
            return new PathwayCount(BigInteger.ZERO, true);
        }
        int[] minimumConstraints = IntStream.range(0, constraintCount).filter(d -> !upper[d]).toArray();
        int[][] thresholds = new int[minimumConstraints.length][];
        int[] caps = bound.clone();
        for (int k = 0; k < minimumConstraints.length; k++) {
            int d = minimumConstraints[k];
            TreeSet<Integer> distinct = new TreeSet<>();
            for (int[] row : contribution) {
                if (row[d] > 0) {
                    distinct.add(row[d]);
                }
            }
            thresholds[k] = distinct.stream().mapToInt(Integer::intValue).toArray();
            caps[d] = bound[d] + (distinct.isEmpty() ? 0 : distinct.last());
        }
        // In double: with many constraints the product can exceed a long, and only its size matters here.
        double boxes = 1;
        for (int[] t : thresholds) {
            boxes *= t.length + 1;
        }
        long optionsPerState = 0;
        for (int[][] options : clusters) {
            optionsPerState += options.length;
        }
        Grid grid;
        try {
            grid = new Grid(caps, upper);
        } catch (IllegalStateException tooManyStates) {
            return countMinimalBySearch();
        }
        if (boxes * grid.size * Math.max(1, optionsPerState) > MINIMAL_COUNT_BUDGET) {
            // Many constraints with many distinct credit values multiply the boxes; search instead, bounded.
            return countMinimalBySearch();
        }
        int[] box = new int[minimumConstraints.length];
        BigInteger total = BigInteger.ZERO;
        while (true) {
            boolean[] needed = new boolean[candidates.size()];
            for (int i = 0; i < candidates.size(); i++) {
                for (int k = 0; k < minimumConstraints.length && !needed[i]; k++) {
                    // With t = the distinct positive contributions ascending, box 0 holds slacks [0, t[0] - 1],
                    // box j slacks [t[j-1], t[j] - 1] and the last box [t[last], ...): a contribution exceeds
                    // every slack of box j exactly when it is at least t[j].
                    int[] t = thresholds[k];
                    needed[i] = box[k] < t.length && contribution[i][minimumConstraints[k]] >= t[box[k]];
                }
            }
            int[] boxCopy = box.clone();
            total = total.add(count(grid, needed, state -> {
                for (int k = 0; k < minimumConstraints.length; k++) {
                    int d = minimumConstraints[k];
                    int slack = grid.digit(state, d) - bound[d];
                    int[] t = thresholds[k];
                    int low = boxCopy[k] == 0 ? 0 : t[boxCopy[k] - 1];
                    int high = boxCopy[k] < t.length ? t[boxCopy[k]] - 1 : Integer.MAX_VALUE;
                    if (slack < low || slack > high) {
                        return false;
                    }
                }
                return true;
            }));
            int k = 0;
            while (k < box.length && ++box[k] > thresholds[k].length) {
                box[k] = 0;
                k++;
            }
            if (k == box.length) {
                return new PathwayCount(total, true);
            }
        }
    }

    private BigInteger count(Grid grid, boolean[] allowed, IntPredicate accept) {
        if (!mandatoryPossible) {
            return BigInteger.ZERO;
        }
        int start = grid.encode(baseline);
        if (start < 0) {
            return BigInteger.ZERO;
        }
        List<int[][]> deltas = new ArrayList<>();
        int allowedCount = 0;
        for (int[][] options : clusters) {
            List<int[]> kept = new ArrayList<>();
            for (int[] option : options) {
                boolean ok = true;
                for (int member : option) {
                    ok &= allowed[member];
                }
                if (ok) {
                    kept.add(delta(option));
                }
            }
            if (kept.size() > 1) {
                deltas.add(kept.toArray(int[][]::new));
            }
        }
        for (boolean a : allowed) {
            allowedCount += a ? 1 : 0;
        }
        // Fewer than 63 free choices cannot overflow a long; only larger spaces pay for BigInteger.
        if (allowedCount < 63) {
            long[] layer = new long[grid.size];
            layer[start] = 1;
            for (int[][] options : deltas) {
                long[] next = new long[grid.size];
                for (int state = 0; state < grid.size; state++) {
                    if (layer[state] != 0) {
                        for (int[] delta : options) {
                            int target = grid.add(state, delta);
                            if (target >= 0) {
                                next[target] += layer[state];
                            }
                        }
                    }
                }
                layer = next;
            }
            long sum = 0;
            for (int state = 0; state < grid.size; state++) {
                if (layer[state] != 0 && accept.test(state)) {
                    sum += layer[state];
                }
            }
            return BigInteger.valueOf(sum);
        }
        BigInteger[] layer = new BigInteger[grid.size];
        layer[start] = BigInteger.ONE;
        for (int[][] options : deltas) {
            BigInteger[] next = new BigInteger[grid.size];
            for (int state = 0; state < grid.size; state++) {
                if (layer[state] != null) {
                    for (int[] delta : options) {
                        int target = grid.add(state, delta);
                        if (target >= 0) {
                            next[target] = next[target] == null ? layer[state] : next[target].add(layer[state]);
                        }
                    }
                }
            }
            layer = next;
        }
        BigInteger sum = BigInteger.ZERO;
        for (int state = 0; state < grid.size; state++) {
            if (layer[state] != null && accept.test(state)) {
                sum = sum.add(layer[state]);
            }
        }
        return sum;
    }

    // ------------------------------------------------------------------ shortest route

    /**
     * The valid selection of candidates that is cheapest by the measure, as ascending candidate indices, or empty
     * when there is none. Ties are broken by the other measure, then by fewer components, then in favour of the
     * components listed first (the selection whose ascending index list is lexicographically smallest). All four
     * keys are sums over the chosen components (the last one with weight 2^(n-1-i) for candidate i), so the
     * programme over clusters finds the exact optimum for the combined order.
     */
    Optional<int[]> cheapest(RouteMeasure measure) {
        return cheapest(measure, new RouteScratch());
    }

    /**
     * As {@link #cheapest(RouteMeasure)}, working in the given arrays. Guaranteed coverage runs this programme once
     * per distinct set of covering components (about 500 times for one question at national scale); fresh layers
     * per cluster made each run allocate about 1 MB, half a gigabyte per question, and the collections that
     * followed, not the programme, decided how long a question took (docs/benchmarks.md).
     */
    Optional<int[]> cheapest(RouteMeasure measure, RouteScratch scratch) {
        if (!mandatoryPossible) {
            return Optional.empty();
        }
        Grid grid = new Grid(bound.clone(), upper);
        int start = grid.encode(baseline);
        if (start < 0) {
            return Optional.empty();
        }
        if ((long) grid.size * clusters.size() > MAX_PARENT_CELLS) {
            throw new IllegalStateException("The rules of combination have too many credit combinations ("
                    + grid.size + " x " + clusters.size() + ") to search for the shortest route.");
        }
        RouteCosts costs = new RouteCosts(measure);
        // Costs live in primitive arrays (no object per state), two layers swapped from cluster to cluster and
        // reused from run to run; only the parent table keeps one row per cluster, for the walk back.
        scratch.prepare(grid.size, costs.words, clusters.size());
        long[] primary = scratch.primary;
        long[] secondary = scratch.secondary;
        int[] count = scratch.count;
        long[] mask = scratch.mask;
        boolean[] reached = scratch.reached;
        long[] nextPrimary = scratch.nextPrimary;
        long[] nextSecondary = scratch.nextSecondary;
        int[] nextCount = scratch.nextCount;
        long[] nextMask = scratch.nextMask;
        boolean[] nextReached = scratch.nextReached;
        int[] parent = scratch.parent;
        Arrays.fill(reached, 0, grid.size, false);
        reached[start] = true;
        primary[start] = 0;
        secondary[start] = 0;
        count[start] = 0;
        Arrays.fill(mask, start * costs.words, (start + 1) * costs.words, 0L);
        long[] buffer = new long[costs.words];
        for (int c = 0; c < clusters.size(); c++) {
            int[][] options = clusters.get(c);
            int[][] deltas = new int[options.length][];
            for (int o = 0; o < options.length; o++) {
                deltas[o] = delta(options[o]);
            }
            long[][] optionCost = costs.of(options);
            Arrays.fill(nextReached, 0, grid.size, false);
            int parentRow = c * grid.size;
            for (int state = 0; state < grid.size; state++) {
                if (!reached[state]) {
                    continue;
                }
                for (int o = 0; o < options.length; o++) {
                    int target = grid.add(state, deltas[o]);
                    if (target < 0) {
                        continue;
                    }
                    long p = primary[state] + optionCost[o][0];
                    long q = secondary[state] + optionCost[o][1];
                    int k = count[state] + (int) optionCost[o][2];
                    for (int w = 0; w < costs.words; w++) {
                        buffer[w] = mask[state * costs.words + w] | optionCost[o][3 + w];
                    }
                    if (!nextReached[target] || costs.compare(p, q, k, buffer, 0, nextPrimary[target],
                            nextSecondary[target], nextCount[target], nextMask, target * costs.words) < 0) {
                        nextReached[target] = true;
                        nextPrimary[target] = p;
                        nextSecondary[target] = q;
                        nextCount[target] = k;
                        System.arraycopy(buffer, 0, nextMask, target * costs.words, costs.words);
                        parent[parentRow + target] = state;
                    }
                }
            }
            long[] swapLong = primary;
            primary = nextPrimary;
            nextPrimary = swapLong;
            swapLong = secondary;
            secondary = nextSecondary;
            nextSecondary = swapLong;
            int[] swapInt = count;
            count = nextCount;
            nextCount = swapInt;
            swapLong = mask;
            mask = nextMask;
            nextMask = swapLong;
            boolean[] swapReached = reached;
            reached = nextReached;
            nextReached = swapReached;
        }
        int best = -1;
        for (int state = 0; state < grid.size; state++) {
            if (reached[state] && meetsEveryMinimum(grid, state) && (best < 0 || costs.compare(primary[state],
                    secondary[state], count[state], mask, state * costs.words, primary[best], secondary[best],
                    count[best], mask, best * costs.words) < 0)) {
                best = state;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        TreeSet<Integer> chosen = new TreeSet<>();
        int state = best;
        for (int c = clusters.size() - 1; c >= 0; c--) {
            int from = parent[c * grid.size + state];
            // The option taken is the cheapest one leading from the parent to this state: costs add up and the
            // preference bits of different clusters never overlap, so comparing the options alone decides.
            int[][] options = clusters.get(c);
            long[][] optionCost = costs.of(options);
            int taken = -1;
            for (int o = 0; o < options.length; o++) {
                if (grid.add(from, delta(options[o])) == state && (taken < 0 || costs.compare(optionCost[o][0],
                        optionCost[o][1], (int) optionCost[o][2], optionCost[o], 3, optionCost[taken][0],
                        optionCost[taken][1], (int) optionCost[taken][2], optionCost[taken], 3) < 0)) {
                    taken = o;
                }
            }
            for (int member : options[taken]) {
                chosen.add(member);
            }
            state = from;
        }
        return Optional.of(chosen.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * The work arrays of the shortest-route programme, grown as needed and reused by every run given them; a
     * run leaves nothing in them that the next one reads before writing.
     */
    static final class RouteScratch {
        long[] primary = new long[0];
        long[] secondary = new long[0];
        int[] count = new int[0];
        long[] mask = new long[0];
        boolean[] reached = new boolean[0];
        long[] nextPrimary = new long[0];
        long[] nextSecondary = new long[0];
        int[] nextCount = new int[0];
        long[] nextMask = new long[0];
        boolean[] nextReached = new boolean[0];
        int[] parent = new int[0];

        void prepare(int states, int words, int clusterCount) {
            if (primary.length < states || mask.length < states * words) {
                primary = new long[states];
                secondary = new long[states];
                count = new int[states];
                mask = new long[states * words];
                reached = new boolean[states];
                nextPrimary = new long[states];
                nextSecondary = new long[states];
                nextCount = new int[states];
                nextMask = new long[states * words];
                nextReached = new boolean[states];
            }
            if (parent.length < states * clusterCount) {
                parent = new int[states * clusterCount];
            }
        }
    }

    /**
     * The lexicographic route cost, as primitives: measure, other measure, number of components, then a bit mask
     * with bit n-1-i for candidate i, where a larger mask wins so that components listed first are preferred.
     */
    private final class RouteCosts {
        final RouteMeasure measure;
        final int words;

        RouteCosts(RouteMeasure measure) {
            this.measure = measure;
            this.words = Math.max(1, (candidates.size() + 63) / 64);
        }

        /** Per option: {primary, secondary, count, mask words...}. */
        long[][] of(int[][] options) {
            int n = candidates.size();
            long[][] result = new long[options.length][3 + words];
            for (int o = 0; o < options.length; o++) {
                long hours = 0;
                long credits = 0;
                for (int member : options[o]) {
                    hours += CombinationRules.guidedLearningHours(candidates.get(member));
                    credits += CombinationRules.credits(candidates.get(member));
                    int bit = n - 1 - member;
                    result[o][3 + bit / 64] |= 1L << (bit % 64);
                }
                result[o][0] = measure == RouteMeasure.GUIDED_LEARNING_HOURS ? hours : credits;
                result[o][1] = measure == RouteMeasure.GUIDED_LEARNING_HOURS ? credits : hours;
                result[o][2] = options[o].length;
            }
            return result;
        }

        int compare(long primaryA, long secondaryA, int countA, long[] masksA, int offsetA, long primaryB,
                long secondaryB, int countB, long[] masksB, int offsetB) {
            int result = Long.compare(primaryA, primaryB);
            if (result == 0) {
                result = Long.compare(secondaryA, secondaryB);
            }
            if (result == 0) {
                result = Integer.compare(countA, countB);
            }
            for (int w = words - 1; result == 0 && w >= 0; w--) {
                result = Long.compareUnsigned(masksB[offsetB + w], masksA[offsetA + w]);
            }
            return result;
        }
    }

    // ------------------------------------------------------------------ listing minimal selections

    /**
     * Up to {@code limit} minimal valid selections, as ascending candidate indices, in lexicographic order of
     * those indices. A depth-first search that includes before it excludes, pruned three ways: a minimum that
     * the remaining candidates cannot reach; a chosen candidate that has already become removable (sums only
     * grow, so it stays removable); and every minimum already met (anything added would be removable).
     */
    List<int[]> minimalSelections(int limit) {
        List<int[]> found = new ArrayList<>();
        if (mandatoryPossible && limit > 0) {
            new MinimalSearch(limit, Long.MAX_VALUE, found::add).search(0);
        }
        return found;
    }

    /**
     * Counts minimal selections by the pruned search, stopping at {@link #MINIMAL_COUNT_LIMIT} selections or
     * {@link #MINIMAL_SEARCH_STEPS} search steps. Every minimal selection is found once, so a search that runs to
     * its end is exact; one that stops gives a lower bound.
     */
    private PathwayCount countMinimalBySearch() {
        MinimalSearch search = new MinimalSearch(MINIMAL_COUNT_LIMIT, MINIMAL_SEARCH_STEPS, selection -> {
        });
        search.search(0);
        return new PathwayCount(BigInteger.valueOf(search.found), !search.stoppedEarly);
    }

    /**
     * A depth-first search over the candidates in listing order, including before excluding, that reports each
     * minimal valid selection once. Pruned four ways: a minimum the remaining candidates cannot reach even
     * ignoring barred pairs (checked exactly on the capped sums with a table built backwards over the candidates,
     * when the table is small enough, else on plain sums); a chosen candidate that has become removable (sums only
     * grow, so it stays removable); every minimum already met (anything added would be removable); and the
     * caller's limits.
     */
    private final class MinimalSearch {
        final int limit;
        final long stepBudget;
        final Consumer<int[]> sink;
        final long[][] remaining;
        final long[] sums = new long[constraintCount];
        final List<Integer> chosen = new ArrayList<>();
        Grid grid;
        BitSet[] completable;
        long found;
        long steps;
        boolean stoppedEarly;

        MinimalSearch(int limit, long stepBudget, Consumer<int[]> sink) {
            this.limit = limit;
            this.stepBudget = stepBudget;
            this.sink = sink;
            int n = candidates.size();
            remaining = new long[n + 1][constraintCount];
            for (int i = n - 1; i >= 0; i--) {
                for (int d = 0; d < constraintCount; d++) {
                    remaining[i][d] = remaining[i + 1][d] + contribution[i][d];
                }
            }
            for (int d = 0; d < constraintCount; d++) {
                sums[d] = baseline[d];
            }
            try {
                grid = new Grid(bound.clone(), upper);
            } catch (IllegalStateException tooManyStates) {
                return;
            }
            if ((long) grid.size * (n + 1) > COMPLETABLE_TABLE_BITS) {
                return;
            }
            completable = new BitSet[n + 1];
            completable[n] = new BitSet(grid.size);
            for (int state = 0; state < grid.size; state++) {
                if (meetsEveryMinimum(grid, state)) {
                    completable[n].set(state);
                }
            }
            for (int i = n - 1; i >= 0; i--) {
                completable[i] = (BitSet) completable[i + 1].clone();
                for (int state = 0; state < grid.size; state++) {
                    if (!completable[i].get(state)) {
                        int target = grid.add(state, contribution[i]);
                        if (target >= 0 && completable[i + 1].get(target)) {
                            completable[i].set(state);
                        }
                    }
                }
            }
        }

        void search(int next) {
            if (found >= limit || ++steps > stepBudget) {
                stoppedEarly = true;
                return;
            }
            if (meetsEveryMinimum(sums)) {
                found++;
                sink.accept(chosen.stream().mapToInt(Integer::intValue).toArray());
                return;
            }
            if (next == candidates.size()) {
                return;
            }
            if (completable != null) {
                int state = grid.encodeCapped(sums);
                if (state < 0 || !completable[next].get(state)) {
                    return;
                }
            } else {
                for (int d = 0; d < constraintCount; d++) {
                    if (!upper[d] && sums[d] + remaining[next][d] < bound[d]) {
                        return;
                    }
                }
            }
            if (canAdd(next, chosen, sums)) {
                chosen.add(next);
                for (int d = 0; d < constraintCount; d++) {
                    sums[d] += contribution[next][d];
                }
                if (everyChosenStillNeeded(chosen, sums)) {
                    search(next + 1);
                }
                for (int d = 0; d < constraintCount; d++) {
                    sums[d] -= contribution[next][d];
                }
                chosen.remove(chosen.size() - 1);
            }
            search(next + 1);
        }
    }

    private boolean canAdd(int candidate, List<Integer> chosen, long[] sums) {
        for (int other : chosen) {
            if (conflict[candidate][other]) {
                return false;
            }
        }
        for (int d = 0; d < constraintCount; d++) {
            if (upper[d] && sums[d] + contribution[candidate][d] > bound[d]) {
                return false;
            }
        }
        return true;
    }

    private boolean everyChosenStillNeeded(List<Integer> chosen, long[] sums) {
        for (int member : chosen) {
            boolean needed = false;
            for (int d = 0; d < constraintCount && !needed; d++) {
                needed = !upper[d] && sums[d] - contribution[member][d] < bound[d];
            }
            if (!needed) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ shared

    /** The components a selection of candidate indices stands for, mandatory ones first, as a pathway. */
    Pathway pathway(int[] selection) {
        Set<CurriculumComponent> optional = new HashSet<>();
        for (int index : selection) {
            optional.add(candidates.get(index));
        }
        List<CurriculumComponent> all = new ArrayList<>();
        List<CurriculumComponent> chosenOptional = new ArrayList<>();
        int credits = 0;
        int hours = 0;
        for (CurriculumComponent component : rules.listed) {
            boolean mandatory = rules.mandatory.contains(component);
            if (mandatory || optional.contains(component)) {
                all.add(component);
                if (!mandatory) {
                    chosenOptional.add(component);
                }
                credits += CombinationRules.credits(component);
                hours += CombinationRules.guidedLearningHours(component);
            }
        }
        return new Pathway(all, chosenOptional, credits, hours);
    }

    private int[] delta(int[] option) {
        int[] sum = new int[constraintCount];
        for (int member : option) {
            for (int d = 0; d < constraintCount; d++) {
                sum[d] += contribution[member][d];
            }
        }
        return sum;
    }

    private boolean meetsEveryMinimum(Grid grid, int state) {
        for (int d = 0; d < constraintCount; d++) {
            if (!upper[d] && grid.digit(state, d) < bound[d]) {
                return false;
            }
        }
        return true;
    }

    private boolean meetsEveryMinimum(long[] sums) {
        for (int d = 0; d < constraintCount; d++) {
            if (!upper[d] && sums[d] < bound[d]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Constraint-sum vectors packed into one int: a minimum's sum is capped (beyond its cap the exact value no
     * longer matters), a maximum's sum is kept exactly and a state beyond it is dropped.
     */
    private static final class Grid {
        final int[] cap;
        final boolean[] upper;
        final int[] radix;
        final int size;

        Grid(int[] cap, boolean[] upper) {
            this.cap = cap;
            this.upper = upper;
            radix = new int[cap.length];
            long product = 1;
            for (int d = 0; d < cap.length; d++) {
                radix[d] = (int) product;
                product *= cap[d] + 1L;
                if (product > MAX_STATES) {
                    throw new IllegalStateException("The rules of combination have too many credit combinations "
                            + "(more than " + MAX_STATES + ") to analyse the pathways.");
                }
            }
            size = (int) product;
        }

        int digit(int state, int d) {
            return state / radix[d] % (cap[d] + 1);
        }

        int add(int state, int[] delta) {
            int result = 0;
            for (int d = 0; d < cap.length; d++) {
                int value = digit(state, d) + delta[d];
                if (value > cap[d]) {
                    if (upper[d]) {
                        return -1;
                    }
                    value = cap[d];
                }
                result += value * radix[d];
            }
            return result;
        }

        /** The state of exact sums, capped; -1 when a maximum is exceeded. */
        int encodeCapped(long[] sums) {
            int result = 0;
            for (int d = 0; d < cap.length; d++) {
                long value = sums[d];
                if (value > cap[d]) {
                    if (upper[d]) {
                        return -1;
                    }
                    value = cap[d];
                }
                result += (int) value * radix[d];
            }
            return result;
        }

        int encode(int[] values) {
            int result = 0;
            for (int d = 0; d < cap.length; d++) {
                int value = values[d];
                if (value > cap[d]) {
                    if (upper[d]) {
                        return -1;
                    }
                    value = cap[d];
                }
                result += value * radix[d];
            }
            return result;
        }
    }
}
