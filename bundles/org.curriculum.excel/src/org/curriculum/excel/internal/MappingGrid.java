// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.curriculum.model.ComponentGroup;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.Framework;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Qualification;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardSection;
import org.curriculum.model.StandardsFramework;
import org.eclipse.emf.ecore.EObject;

/**
 * TEMPORARY ADAPTER: the item x standard grid of one mapping set, computed here because the core
 * coverage model (org.curriculum.core.coverage, issue 3) was not yet available when the Excel export
 * was written. It must be replaced by the core coverage model once that is merged, so that the
 * matrix view, the report and the export read one model.
 * <p>
 * Rows are the standards of the mapping's target framework, grouped by section; columns are the
 * top-level items of the source (a curriculum's components, ordered by its first qualification's
 * rules-of-combination groups, which is the order councils publish grids in). A link to a
 * sub-item (a learning outcome, an element) is rolled up to its row or column as derived coverage.
 */
public final class MappingGrid {

    /** A group of rows or columns, e.g. a section of standards or "Mandatory units". */
    public record Group(String title, List<MappableItem> members) {
    }

    /** What one cell shows: the best coverage and whether it only comes through a sub-item. */
    public record Cell(CoverageLevel level, boolean derived) {
    }

    private final MappingSet mapping;
    private final List<Group> rowGroups;
    private final List<Group> columnGroups;
    private final List<MappableItem> rows = new ArrayList<>();
    private final List<MappableItem> columns = new ArrayList<>();
    private final Map<MappableItem, Map<MappableItem, Cell>> cells = new HashMap<>();
    private final List<MappingLink> unplaced = new ArrayList<>();

    private MappingGrid(MappingSet mapping) {
        this.mapping = mapping;
        this.rowGroups = groupsOf(mapping.getTarget(), false);
        this.columnGroups = groupsOf(mapping.getSource(), true);
        rowGroups.forEach(group -> rows.addAll(group.members()));
        columnGroups.forEach(group -> columns.addAll(group.members()));
        Set<MappableItem> rowSet = new LinkedHashSet<>(rows);
        Set<MappableItem> columnSet = new LinkedHashSet<>(columns);
        for (MappingLink link : mapping.getLinks()) {
            MappableItem column = placed(link.getItem(), columnSet);
            MappableItem row = placed(link.getStandard(), rowSet);
            if (column == null || row == null) {
                unplaced.add(link);
                continue;
            }
            boolean derived = column != link.getItem() || row != link.getStandard();
            CoverageLevel level = link.getCoverage() == null ? CoverageLevel.PARTIAL : link.getCoverage();
            Map<MappableItem, Cell> byColumn = cells.computeIfAbsent(row, r -> new HashMap<>());
            Cell before = byColumn.get(column);
            byColumn.put(column, merge(before, new Cell(level, derived)));
        }
    }

    /** Builds the grid of a mapping set whose source and target are resolved. */
    public static MappingGrid of(MappingSet mapping) {
        return new MappingGrid(mapping);
    }

    private static Cell merge(Cell before, Cell next) {
        if (before == null) {
            return next;
        }
        if (before.derived() != next.derived()) {
            // a direct link is what a user typed; it decides the mark
            return before.derived() ? next : before;
        }
        return before.level().getValue() >= next.level().getValue() ? before : next;
    }

    private static MappableItem placed(MappableItem item, Set<MappableItem> placed) {
        for (EObject o = item; o != null; o = o.eContainer()) {
            if (o instanceof MappableItem candidate && placed.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static List<Group> groupsOf(Framework framework, boolean columns) {
        List<Group> groups = new ArrayList<>();
        if (framework instanceof Curriculum curriculum) {
            Set<MappableItem> seen = new LinkedHashSet<>();
            Qualification withRules = curriculum.getQualifications().stream().filter(q -> q.getRules() != null)
                    .findFirst().orElse(null);
            if (withRules != null) {
                for (ComponentGroup group : withRules.getRules().getGroups()) {
                    List<MappableItem> members = new ArrayList<>();
                    for (CurriculumComponent component : group.getComponents()) {
                        if (curriculum.getComponents().contains(component) && seen.add(component)) {
                            members.add(component);
                        }
                    }
                    if (!members.isEmpty()) {
                        groups.add(new Group(group.getTitle(), members));
                    }
                }
            }
            List<MappableItem> rest = new ArrayList<>();
            for (CurriculumComponent component : curriculum.getComponents()) {
                if (!seen.contains(component)) {
                    rest.add(component);
                }
            }
            if (!rest.isEmpty()) {
                groups.add(new Group(groups.isEmpty() ? null : "Other components", rest));
            }
        } else if (framework instanceof StandardsFramework standards) {
            if (!standards.getStandards().isEmpty()) {
                groups.add(new Group(null, new ArrayList<>(standards.getStandards())));
            }
            for (StandardSection section : standards.getSections()) {
                addSection(groups, section, null);
            }
        }
        return groups;
    }

    private static void addSection(List<Group> groups, StandardSection section, String parentPath) {
        String title = section.getTitle() != null ? section.getTitle() : section.getCode();
        String path = parentPath == null ? title : parentPath + " / " + title;
        List<MappableItem> members = new ArrayList<>(section.getStandards());
        groups.add(new Group(path, members));
        for (StandardSection child : section.getSections()) {
            addSection(groups, child, path);
        }
    }

    /** The mapping set the grid shows. */
    public MappingSet mapping() {
        return mapping;
    }

    /** Row groups (sections of standards) in document order, empty groups included. */
    public List<Group> rowGroups() {
        return Collections.unmodifiableList(rowGroups);
    }

    /** Column groups (rules-of-combination groups, then any remaining components). */
    public List<Group> columnGroups() {
        return Collections.unmodifiableList(columnGroups);
    }

    /** Every row (standard) in order. */
    public List<MappableItem> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** Every column (item) in order. */
    public List<MappableItem> columns() {
        return Collections.unmodifiableList(columns);
    }

    /** The cell of a standard and an item, or null when the item does not cover the standard. */
    public Cell cell(MappableItem row, MappableItem column) {
        Map<MappableItem, Cell> byColumn = cells.get(row);
        return byColumn == null ? null : byColumn.get(column);
    }

    /** How many items cover a standard. */
    public int rowTotal(MappableItem row) {
        Map<MappableItem, Cell> byColumn = cells.get(row);
        return byColumn == null ? 0 : byColumn.size();
    }

    /** How many standards an item covers. */
    public int columnTotal(MappableItem column) {
        int total = 0;
        for (Map<MappableItem, Cell> byColumn : cells.values()) {
            if (byColumn.containsKey(column)) {
                total++;
            }
        }
        return total;
    }

    /** The best coverage any item gives a standard, or null when none covers it. */
    public CoverageLevel best(MappableItem row) {
        Map<MappableItem, Cell> byColumn = cells.get(row);
        if (byColumn == null) {
            return null;
        }
        CoverageLevel best = null;
        for (Cell cell : byColumn.values()) {
            if (best == null || cell.level().getValue() > best.getValue()) {
                best = cell.level();
            }
        }
        return best;
    }

    /** How many of the given standards are covered at all, and how many fully. */
    public int[] covered(List<MappableItem> members) {
        int any = 0;
        int full = 0;
        for (MappableItem row : members) {
            CoverageLevel best = best(row);
            if (best != null) {
                any++;
                if (best == CoverageLevel.FULL) {
                    full++;
                }
            }
        }
        return new int[] { any, full };
    }

    /** Links whose item or standard is not an item of the mapping's source or target framework. */
    public List<MappingLink> unplaced() {
        return Collections.unmodifiableList(unplaced);
    }

    /** Items per standard, in column order; used for reports and the command line. */
    public Map<MappableItem, List<MappableItem>> coveringItems() {
        Map<MappableItem, List<MappableItem>> result = new LinkedHashMap<>();
        for (MappableItem row : rows) {
            List<MappableItem> items = new ArrayList<>();
            for (MappableItem column : columns) {
                if (cell(row, column) != null) {
                    items.add(column);
                }
            }
            result.put(row, items);
        }
        return result;
    }

    /** True when the row is a standard (not, e.g., a component of a curriculum used as target). */
    public static boolean isStandard(MappableItem item) {
        return item instanceof Standard;
    }
}
