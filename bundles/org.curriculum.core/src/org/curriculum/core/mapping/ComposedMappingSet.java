// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.mapping;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.curriculum.core.coverage.Coverage;
import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.Framework;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Property;

/**
 * A composed crosswalk as a mapping set of its own: from A: X -> S and B: Y -> S, a mapping X -> Y with one
 * link per related pair of items, so it opens in the matrix and exports like any other mapping.
 *
 * <p>Every link is derived, never asserted: its author is {@value #DERIVED_AUTHOR}, its coverage partial (two
 * items meeting the same standard overlap; neither is shown to cover the other), and its rationale gives the
 * path that justifies it: each shared standard with the level at which each side covers it. A reviewer
 * confirms a link by editing its author and rationale, or rejects it by deleting it.
 */
public final class ComposedMappingSet {

    /** The author of every derived link, so that derived links can be told from reviewed ones. */
    public static final String DERIVED_AUTHOR = "derived by composition (unreviewed)";

    /** Key of the property on the mapping set that records what it was composed from. */
    public static final String COMPOSED_FROM = "composedFrom";

    private ComposedMappingSet() {
    }

    /**
     * The mapping set of a composition, not yet in a file: source A's source framework, target B's source
     * framework.
     *
     * @param firstName  how to name A in the record (e.g. its file name)
     * @param secondName how to name B
     */
    public static MappingSet create(ComposedMapping composed, String firstName, String secondName, Date date) {
        CoverageMatrix first = composed.getFirst();
        CoverageMatrix second = composed.getSecond();
        Framework shared = composed.getSharedFramework();
        MappingSet mapping = CurriculumFactory.eINSTANCE.createMappingSet();
        Framework source = first.getMappingSet().getSource();
        Framework target = second.getMappingSet().getSource();
        mapping.setSource(source);
        mapping.setTarget(target);
        mapping.setTitle(ElementLabels.titleOrEmpty(source) + " related to " + ElementLabels.titleOrEmpty(target) + " through "
                + ElementLabels.titleOrEmpty(shared));
        mapping.setDescription("Derived links: " + firstName + " composed with " + secondName + " through the standards of "
                + ElementLabels.titleOrEmpty(shared) + " both cover. Each link's rationale names the shared standards and the coverage on each"
                + " side; confirm or delete each one.");
        Property from = CurriculumFactory.eINSTANCE.createProperty();
        from.setKey(COMPOSED_FROM);
        from.setValue(firstName + " + " + secondName);
        mapping.getProperties().add(from);
        for (ItemRelation relation : composed.getRelations()) {
            MappingLink link = CurriculumFactory.eINSTANCE.createMappingLink();
            link.setItem(relation.first());
            link.setStandard(relation.second());
            link.setCoverage(CoverageLevel.PARTIAL);
            link.setAuthor(DERIVED_AUTHOR);
            link.setDate(date);
            link.setRationale(path(relation, first, second));
            mapping.getLinks().add(link);
        }
        return mapping;
    }

    /** "Through CC35 (308: partial, 105569L5: partial); CC36 (308: partial, 105569L5: full)". */
    static String path(ItemRelation relation, CoverageMatrix first, CoverageMatrix second) {
        int firstRow = first.getRowOf(relation.first());
        int secondRow = second.getRowOf(relation.second());
        List<String> steps = new ArrayList<>();
        for (MappableItem standard : relation.sharedStandards()) {
            Coverage byFirst = first.getCoverage(firstRow, first.getColumnOf(standard));
            int secondColumn = second.getColumnOf(standard);
            if (secondColumn < 0) {
                // the same framework loaded twice: the second matrix holds its own copy of the standard
                secondColumn = columnByUri(second, standard);
            }
            Coverage bySecond = secondColumn < 0 ? Coverage.NONE : second.getCoverage(secondRow, secondColumn);
            steps.add(ElementLabels.identifier(standard) + " (" + ElementLabels.identifier(relation.first()) + ": "
                    + level(byFirst) + ", " + ElementLabels.identifier(relation.second()) + ": " + level(bySecond) + ")");
        }
        return "Derived through " + String.join("; ", steps);
    }

    private static int columnByUri(CoverageMatrix matrix, MappableItem standard) {
        var uri = org.eclipse.emf.ecore.util.EcoreUtil.getURI(standard);
        for (int column = 0; column < matrix.getColumnCount(); column++) {
            if (org.eclipse.emf.ecore.util.EcoreUtil.getURI(matrix.getColumnItem(column)).equals(uri)) {
                return column;
            }
        }
        return -1;
    }

    private static String level(Coverage coverage) {
        return coverage.name().toLowerCase(java.util.Locale.ROOT);
    }
}
