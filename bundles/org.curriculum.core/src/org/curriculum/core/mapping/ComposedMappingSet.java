// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.mapping;

import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.curriculum.model.CoverageLevel;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Property;
import org.curriculum.model.labels.ElementLabels;

/**
 * A composed crosswalk as a mapping set of its own: from a chain of mapping sets sharing frameworks (A: X -> S
 * and B: Y -> S, or A: X -> S and B: S -> Y, and longer chains), a mapping X -> Y with one link per related
 * pair of items, so it opens in the matrix and exports like any other mapping.
 *
 * <p>Every link is derived, never asserted: it is marked as {@link DerivedLinks} reads it (author
 * {@value DerivedLinks#DERIVED_AUTHOR}), its coverage is partial (two items meeting the same standard overlap;
 * neither is shown to cover the other), and its rationale gives the path that justifies it: each shared item
 * with the level at which each side covers it. A reviewer confirms a link by editing its author and rationale,
 * or rejects it by deleting it.
 */
public final class ComposedMappingSet {

    /** The author of every derived link, so that derived links can be told from reviewed ones. */
    public static final String DERIVED_AUTHOR = DerivedLinks.DERIVED_AUTHOR;

    /** Key of the property on the mapping set that records what it was composed from. */
    public static final String COMPOSED_FROM = "composedFrom";

    private ComposedMappingSet() {
    }

    /**
     * The mapping set of a composition of two mapping sets onto the same framework, not yet in a file: source
     * A's source framework, target B's source framework.
     *
     * @param firstName  how to name A in the record (e.g. its file name)
     * @param secondName how to name B
     */
    public static MappingSet create(ComposedMapping composed, String firstName, String secondName, Date date) {
        return create(CrosswalkChain.composeMatrices(List.of(composed.getFirst(), composed.getSecond())),
                List.of(firstName, secondName), date);
    }

    /**
     * The mapping set of a composed chain, not yet in a file: source the chain's first outer framework, target
     * its last.
     *
     * @param names how to name each mapping set of the chain in the record (e.g. their file names)
     */
    public static MappingSet create(CrosswalkChain chain, List<String> names, Date date) {
        MappingSet mapping = CurriculumFactory.eINSTANCE.createMappingSet();
        mapping.setSource(chain.getLeft());
        mapping.setTarget(chain.getRight());
        String through = chain.getThrough().stream().map(ElementLabels::titleOrEmpty).collect(Collectors.joining(" and "));
        mapping.setTitle(ElementLabels.titleOrEmpty(chain.getLeft()) + " related to "
                + ElementLabels.titleOrEmpty(chain.getRight()) + " through " + through);
        mapping.setDescription("Derived links: " + String.join(" composed with ", names) + " through the items of "
                + through + " both sides cover. Each link's rationale names the shared items and the coverage on each"
                + " side; confirm or delete each one.");
        Property from = CurriculumFactory.eINSTANCE.createProperty();
        from.setKey(COMPOSED_FROM);
        from.setValue(String.join(" + ", names));
        mapping.getProperties().add(from);
        for (CrosswalkChain.Relation relation : chain.getRelations()) {
            MappingLink link = CurriculumFactory.eINSTANCE.createMappingLink();
            link.setItem(relation.left());
            link.setStandard(relation.right());
            link.setCoverage(CoverageLevel.PARTIAL);
            link.setAuthor(DerivedLinks.DERIVED_AUTHOR);
            link.setDate(date);
            link.setRationale(DerivedLinks.rationale(relation.path()));
            mapping.getLinks().add(link);
        }
        return mapping;
    }
}
