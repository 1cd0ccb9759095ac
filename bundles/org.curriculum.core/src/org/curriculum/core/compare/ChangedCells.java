// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.CurriculumPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The cells of a mapping's grid that differ between two versions of the mapping: a link added or removed, or its
 * coverage level, rationale or another of its values changed. A cell is the pair (item, standard) the links refer
 * to, named by the ids of the two elements, so that the matrix can find it whatever it shows; links are matched
 * by cell rather than by their own ids, so a mapping rebuilt from a spreadsheet compares too.
 */
public final class ChangedCells {

    /** A cell of the grid: the ids of the item (unit, outcome, criterion, module) and of the standard. */
    public record Cell(String itemId, String standardId) {

        /** The cell of an item and a standard as a view holds them (loaded elements or proxies). */
        public static Cell of(EObject item, EObject standard) {
            return new Cell(id(item), id(standard));
        }
    }

    /**
     * How one cell differs.
     *
     * @param cell     the cell
     * @param kind     {@code ADDED} (a link where there was none), {@code REMOVED}, or {@code CHANGED}
     * @param path     the cell as a report names it, e.g. {@code 304 x CC09}
     * @param features the features of the link that changed ({@code coverage}, {@code rationale}, ...); empty when
     *                 the link was added or removed
     * @param oldValue the coverage level before, or null when there was no link
     * @param newValue the coverage level after, or null when there is no link
     */
    public record CellChange(Cell cell, ModelChange.Kind kind, String path, List<String> features, String oldValue,
            String newValue) {
    }

    private ChangedCells() {
    }

    /** The cells that differ from {@code older} to {@code newer}, in the newer version's link order, then removals. */
    public static List<CellChange> between(MappingSet older, MappingSet newer) {
        Map<Cell, MappingLink> before = byCell(older);
        Map<Cell, MappingLink> after = byCell(newer);
        List<CellChange> changes = new ArrayList<>();
        for (Map.Entry<Cell, MappingLink> entry : after.entrySet()) {
            MappingLink now = entry.getValue();
            MappingLink was = before.get(entry.getKey());
            if (was == null) {
                changes.add(new CellChange(entry.getKey(), ModelChange.Kind.ADDED, ElementIndex.cell(now), List.of(),
                        null, coverage(now)));
                continue;
            }
            List<String> features = new ArrayList<>();
            for (EStructuralFeature feature : ElementIndex.comparedFeatures(now)) {
                if (feature == CurriculumPackage.Literals.MAPPING_LINK__ITEM
                        || feature == CurriculumPackage.Literals.MAPPING_LINK__STANDARD) {
                    continue; // the cell itself
                }
                if (!Objects.equals(ElementIndex.shown(was, feature), ElementIndex.shown(now, feature))) {
                    features.add(feature.getName());
                }
            }
            if (!features.isEmpty()) {
                changes.add(new CellChange(entry.getKey(), ModelChange.Kind.CHANGED, ElementIndex.cell(now),
                        List.copyOf(features), coverage(was), coverage(now)));
            }
        }
        for (Map.Entry<Cell, MappingLink> entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                MappingLink was = entry.getValue();
                changes.add(new CellChange(entry.getKey(), ModelChange.Kind.REMOVED, ElementIndex.cell(was), List.of(),
                        coverage(was), null));
            }
        }
        return List.copyOf(changes);
    }

    /** Just the cells of a list of changes. */
    public static Set<Cell> cells(List<CellChange> changes) {
        Set<Cell> cells = new LinkedHashSet<>();
        for (CellChange change : changes) {
            cells.add(change.cell());
        }
        return cells;
    }

    private static Map<Cell, MappingLink> byCell(MappingSet mapping) {
        Map<Cell, MappingLink> links = new LinkedHashMap<>();
        for (MappingLink link : mapping.getLinks()) {
            // a second link in one cell (which validation reports) is compared as the first one
            links.putIfAbsent(Cell.of((EObject) link.eGet(CurriculumPackage.Literals.MAPPING_LINK__ITEM, false),
                    (EObject) link.eGet(CurriculumPackage.Literals.MAPPING_LINK__STANDARD, false)), link);
        }
        return links;
    }

    private static String coverage(MappingLink link) {
        return link.getCoverage() == null ? null : link.getCoverage().getLiteral();
    }

    /** The id an element is referred to by: its fragment, read from the proxy without loading the other file. */
    private static String id(EObject element) {
        if (element == null) {
            return "";
        }
        URI uri = element.eIsProxy() ? ((InternalEObject) element).eProxyURI() : EcoreUtil.getURI(element);
        return uri == null || uri.fragment() == null ? "" : uri.fragment();
    }
}
