// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.Framework;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Qualification;
import org.curriculum.model.Standard;
import org.eclipse.emf.ecore.EObject;

/**
 * The pathways through a qualification: how many there are, the minimal ones, the shortest route, and which
 * standards every learner is certain to meet.
 *
 * <p><b>Definitions.</b> A <em>valid pathway</em> is a set of components listed in the qualification's rules of
 * combination that {@link CombinationChecker} accepts: it contains every mandatory component, reaches the total
 * credit and each level minimum, takes no two components of a barred combination, and keeps within every group
 * minimum and maximum the rules set. Supersets count too: taking more optional units than needed is still a valid
 * pathway, so the number of valid pathways grows quickly with the number of optional units. A <em>minimal</em>
 * pathway is a valid one from which no optional component can be removed without breaking a rule (removing a
 * component can only lower sums, so it is enough to try removing one component at a time). Components that are
 * not listed in any group are never part of a pathway. Components without credits or GLH count as 0.
 *
 * <p><b>Cost.</b> Nothing here enumerates subsets. Counting and the shortest route are dynamic programmes over
 * the optional components, grouped into clusters linked by barred combinations, whose state is the vector of
 * credit sums capped at the bounds; their work grows with (number of clusters) x (product of the bounds), not
 * with 2^n, and is exponential only in the size of the largest cluster of mutually barred components. The
 * number of minimal pathways is counted exactly by the same programme run once per "slack box" (see
 * {@link #countMinimalPathways()} for the one case where it is only bounded); the <em>listing</em> of minimal
 * pathways is bounded by a caller's limit. Very large rule sets are refused with an {@link IllegalStateException}
 * rather than run for ever: more than 4 million capped credit states (the product of the bounds + 1 over all
 * minimums and maximums), or, for the shortest route and the witnesses, more than 30 million states x clusters.
 * A qualification with a total and one level minimum stays far below that: with 80 optional units and 26 barred
 * pairs (measured on a 2-core machine) the counts take under a second, a shortest route or a witness some tens of
 * milliseconds.
 *
 * <p>An analysis caches what it computes and is not thread-safe.
 */
public final class PathwayAnalysis {

    private final CombinationRules rules;
    private final PathwaySpace space;
    private BigInteger validCount;
    private PathwayCount minimalCount;
    private final Map<Set<CurriculumComponent>, Optional<Pathway>> witnessCache = new HashMap<>();
    private final Map<RouteMeasure, Optional<Pathway>> shortestRoutes = new EnumMap<>(RouteMeasure.class);
    /** Shared by every shortest-route run of this analysis, one per distinct covering set in guaranteed coverage. */
    private final PathwaySpace.RouteScratch routeScratch = new PathwaySpace.RouteScratch();

    private PathwayAnalysis(Qualification qualification) {
        rules = CombinationRules.of(qualification);
        space = new PathwaySpace(rules, Set.of());
    }

    /** Reads the qualification's rules of combination; later edits to the model are not seen by this analysis. */
    public static PathwayAnalysis of(Qualification qualification) {
        return new PathwayAnalysis(qualification);
    }

    /** The qualification analysed. */
    public Qualification qualification() {
        return rules.qualification;
    }

    /** The components of the mandatory groups, in the order the rules list them. */
    public List<CurriculumComponent> mandatoryComponents() {
        return List.copyOf(rules.mandatory);
    }

    /** The listed components that are not mandatory, in the order the rules list them. */
    public List<CurriculumComponent> optionalComponents() {
        return rules.listed.stream().filter(component -> !rules.mandatory.contains(component)).toList();
    }

    /** Checks one proposed selection against the same rules; see {@link CombinationChecker}. */
    public CombinationCheck check(Collection<? extends CurriculumComponent> selection) {
        return CombinationChecker.check(rules, selection);
    }

    /** Whether at least one valid pathway exists. */
    public boolean isAchievable() {
        return shortestRoute(RouteMeasure.CREDITS).isPresent();
    }

    /** The exact number of valid pathways, supersets included (see the class comment). */
    public BigInteger countValidPathways() {
        if (validCount == null) {
            validCount = space.countValid();
        }
        return validCount;
    }

    /**
     * The number of minimal pathways, normally exact. Counted without listing them: a chosen component is needed
     * exactly when its contribution to some minimum exceeds the pathway's slack there (sum minus bound), so for
     * each box of slack values between consecutive distinct contributions the needed components are fixed, and a
     * counting programme over those components counts the valid pathways whose slack falls in the box. The
     * number of boxes is the product, over the minimums, of (distinct contributions + 1); when boxes x states x
     * choices would exceed 400 million steps (many constraints with many distinct credit values) the pathways
     * are counted by the pruned search instead, which stops at 1,000,000: the count is then exact if it stopped
     * below that, and otherwise a lower bound marked not exact.
     */
    public PathwayCount countMinimalPathways() {
        if (minimalCount == null) {
            minimalCount = space.countMinimal();
        }
        return minimalCount;
    }

    /**
     * The minimal pathways, at most {@code limit} of them, ordered so that pathways taking the optional components
     * listed first come first. When the result has {@code limit} entries there may be more; compare with
     * {@link #countMinimalPathways()}.
     */
    public List<Pathway> minimalPathways(int limit) {
        return space.minimalSelections(limit).stream().map(space::pathway).toList();
    }

    /**
     * The shortest route through the qualification by the measure, or empty when no valid pathway exists. Ties
     * are broken by the other measure, then by fewer components, then in favour of the components the rules list
     * first, so the answer is always the same for the same rules.
     */
    public Optional<Pathway> shortestRoute(RouteMeasure measure) {
        return shortestRoutes.computeIfAbsent(measure, key -> space.cheapest(key, routeScratch).map(space::pathway));
    }

    /**
     * The shortest valid pathway that takes none of the given components, or empty when every valid pathway takes
     * at least one of them (in particular when one of them is mandatory).
     */
    public Optional<Pathway> shortestRouteAvoiding(RouteMeasure measure,
            Collection<? extends CurriculumComponent> avoided) {
        PathwaySpace reduced = new PathwaySpace(rules, avoided);
        return reduced.cheapest(measure, routeScratch).map(reduced::pathway);
    }

    /**
     * For each standard, whether every valid pathway covers it. A standard is guaranteed exactly when no valid
     * pathway avoids all the components covering it; that is one feasibility question on the qualification with
     * those components removed, answered by the shortest-route programme, whose answer (the pathway with least
     * GLH that avoids them) is the witness.
     *
     * @param coveringComponents for each standard, the components covering it (links already rolled up to their
     *                           components, e.g. from the coverage model); components outside this qualification
     *                           are ignored, and a standard with no covering component is missed by every pathway
     * @return one answer per standard, in the map's iteration order
     */
    public List<CoverageGuarantee> guaranteedCoverage(
            Map<? extends MappableItem, ? extends Collection<? extends CurriculumComponent>> coveringComponents) {
        List<CoverageGuarantee> answers = new ArrayList<>();
        for (Map.Entry<? extends MappableItem, ? extends Collection<? extends CurriculumComponent>> entry : coveringComponents
                .entrySet()) {
            Set<CurriculumComponent> covering = new LinkedHashSet<>(entry.getValue());
            covering.retainAll(rules.listed);
            Optional<Pathway> witness = witnessCache.computeIfAbsent(covering, this::shortestRouteMissing);
            answers.add(new CoverageGuarantee(entry.getKey(), covering, witness.isEmpty(), witness));
        }
        return answers;
    }

    private Optional<Pathway> shortestRouteMissing(Set<CurriculumComponent> covering) {
        // When the overall shortest route already misses the standard it is also the shortest route among those
        // that miss it (same order, smaller set of routes), so the programme on the reduced set is not needed.
        Optional<Pathway> overall = shortestRoute(RouteMeasure.GUIDED_LEARNING_HOURS);
        if (overall.isEmpty() || Collections.disjoint(overall.get().components(), covering)) {
            return overall;
        }
        return shortestRouteAvoiding(RouteMeasure.GUIDED_LEARNING_HOURS, covering);
    }

    /**
     * Guaranteed coverage from a mapping set's links, every link counting whatever its coverage level; see
     * {@link #coveringComponents(MappingSet)} for how links become the standard-to-components map.
     */
    public List<CoverageGuarantee> guaranteedCoverage(MappingSet mapping) {
        // The same answers as guaranteedCoverage(coveringComponents(mapping)), computed leaner: only the
        // components the rules list can matter, so each standard keeps a bit set over those (not a set of every
        // covering unit, 400,000 set insertions at national scale), and the answers share one covering set and
        // one witness per distinct bit set.
        // bit i stands for rules.listed.get(i) (the rules list each component once)
        List<CurriculumComponent> listed = rules.listed;
        int words = Math.max(1, (listed.size() + 63) / 64);
        Map<EObject, Integer> itemToListed = new IdentityHashMap<>();
        for (int position = 0; position < listed.size(); position++) {
            CurriculumComponent component = listed.get(position);
            itemToListed.put(component, position);
            for (Iterator<EObject> contents = component.eAllContents(); contents.hasNext();) {
                EObject item = contents.next();
                // an item nested in a listed component inside another listed component rolls up to the nearest
                if (containingComponent(item) == component) {
                    itemToListed.put(item, position);
                }
            }
        }
        Map<MappableItem, long[]> covering = new LinkedHashMap<>();
        Framework target = mapping.getTarget();
        if (target != null) {
            for (Iterator<EObject> contents = target.eAllContents(); contents.hasNext();) {
                if (contents.next() instanceof Standard standard) {
                    covering.put(standard, new long[words]);
                }
            }
        }
        for (MappingLink link : mapping.getLinks()) {
            MappableItem standard = link.getStandard();
            EObject item = link.getItem();
            if (standard == null || item == null) {
                continue;
            }
            Integer position = itemToListed.get(item);
            long[] bits = covering.get(standard);
            if (bits == null) {
                // a target item outside the framework's standards: listed only when its item lies in a component
                if (position == null && containingComponent(item) == null) {
                    continue;
                }
                bits = new long[words];
                covering.put(standard, bits);
            }
            if (position != null) {
                bits[position / 64] |= 1L << (position % 64);
            }
        }
        Map<BitSet, Set<CurriculumComponent>> sets = new HashMap<>();
        List<CoverageGuarantee> answers = new ArrayList<>(covering.size());
        for (Map.Entry<MappableItem, long[]> entry : covering.entrySet()) {
            Set<CurriculumComponent> coveredBy = sets.computeIfAbsent(BitSet.valueOf(entry.getValue()),
                    bits -> Set.copyOf(bits.stream().mapToObj(listed::get).toList()));
            Optional<Pathway> witness = witnessCache.computeIfAbsent(coveredBy, this::shortestRouteMissing);
            answers.add(new CoverageGuarantee(entry.getKey(), coveredBy, witness.isEmpty(), witness));
        }
        return answers;
    }

    /**
     * For each standard of a mapping set, the curriculum components covering it: every standard of the target
     * framework (in document order, with an empty set when nothing links to it), then any other linked target
     * item; each link's item is rolled up to the component that contains it (an assessment criterion counts for
     * its unit), and links whose item lies in no component are left out.
     */
    public static Map<MappableItem, Set<CurriculumComponent>> coveringComponents(MappingSet mapping) {
        Map<MappableItem, Set<CurriculumComponent>> covering = new LinkedHashMap<>();
        Framework target = mapping.getTarget();
        if (target != null) {
            for (Iterator<EObject> contents = target.eAllContents(); contents.hasNext();) {
                if (contents.next() instanceof Standard standard) {
                    covering.put(standard, new LinkedHashSet<>());
                }
            }
        }
        for (MappingLink link : mapping.getLinks()) {
            CurriculumComponent component = containingComponent(link.getItem());
            if (link.getStandard() != null && component != null) {
                covering.computeIfAbsent(link.getStandard(), key -> new LinkedHashSet<>()).add(component);
            }
        }
        return covering;
    }

    private static CurriculumComponent containingComponent(EObject item) {
        for (EObject current = item; current != null; current = current.eContainer()) {
            if (current instanceof CurriculumComponent component) {
                return component;
            }
        }
        return null;
    }
}
