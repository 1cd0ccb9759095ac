// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.Framework;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Standard;
import org.eclipse.emf.ecore.EObject;

/**
 * A coverage grid read straight from a mapping set's links: rows are the source curriculum's
 * components (plus any other linked item), columns the target framework's standards (plus any other
 * linked item). A snapshot: build a new one after the mapping changes.
 */
public final class MappingSetCoverageGrid implements CoverageGrid {

    private final List<MappableItem> items;
    private final List<MappableItem> standards;
    private final Map<MappableItem, Map<MappableItem, MappingLink>> links = new HashMap<>();

    public MappingSetCoverageGrid(MappingSet mapping) {
        Set<MappableItem> rows = new LinkedHashSet<>();
        Set<MappableItem> columns = new LinkedHashSet<>();
        if (mapping.getSource() instanceof Curriculum curriculum) {
            rows.addAll(curriculum.getComponents());
        }
        Framework target = mapping.getTarget();
        if (target != null) {
            for (var contents = target.eAllContents(); contents.hasNext();) {
                EObject next = contents.next();
                if (next instanceof Standard standard) {
                    columns.add(standard);
                }
            }
        }
        for (MappingLink link : mapping.getLinks()) {
            if (link.getItem() == null || link.getStandard() == null) {
                continue;
            }
            rows.add(link.getItem());
            columns.add(link.getStandard());
            links.computeIfAbsent(link.getItem(), key -> new HashMap<>()).put(link.getStandard(), link);
        }
        items = List.copyOf(new ArrayList<>(rows));
        standards = List.copyOf(new ArrayList<>(columns));
    }

    @Override
    public List<MappableItem> items() {
        return items;
    }

    @Override
    public List<MappableItem> standards() {
        return standards;
    }

    @Override
    public CoverageLevel coverage(MappableItem item, MappableItem standard) {
        MappingLink link = link(item, standard);
        return link == null ? null : link.getCoverage() == null ? CoverageLevel.PARTIAL : link.getCoverage();
    }

    /** The link behind a cell, or null. */
    public MappingLink link(MappableItem item, MappableItem standard) {
        Map<MappableItem, MappingLink> row = links.get(item);
        return row == null ? null : row.get(standard);
    }
}
