// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.curriculum.model.ComponentKind;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.ListingEntry;
import org.curriculum.model.labels.ElementLabels;
import org.eclipse.emf.ecore.EObject;

/**
 * Compares a table as a document prints it (a contents list, a summary table, a qualification's rules
 * table) with the components it names. Each entry is matched to the component of its kind that has
 * its number; when the title belongs to another component of that kind instead, the entry is reported
 * as misnumbered (so a contents list that skips one module reports the skip once and the shifted
 * numbers, not a title clash on every following row).
 */
final class PrintedTable {

    private final EObject table;
    private final String tableName;
    private final String scopeName;
    private final List<ListingEntry> entries;
    private final List<CurriculumComponent> components;

    /**
     * @param table the listing or group, where a component missing from the table is reported
     * @param tableName e.g. {@code the listing "Table of Content"}
     * @param scopeName where the components live, e.g. {@code the curriculum}
     * @param entries the printed rows
     * @param components the components the table should name
     */
    PrintedTable(EObject table, String tableName, String scopeName, List<ListingEntry> entries,
            List<CurriculumComponent> components) {
        this.table = table;
        this.tableName = tableName;
        this.scopeName = scopeName;
        this.entries = entries;
        this.components = components;
    }

    /** Reports every disagreement as a warning: a document contradicting itself is still usable. */
    void compare(Findings findings) {
        Set<ComponentKind> kinds = new LinkedHashSet<>();
        entries.forEach(entry -> kinds.add(entry.getKind()));
        Set<CurriculumComponent> matched = new LinkedHashSet<>();
        for (ListingEntry entry : entries) {
            String kind = ElementLabels.kindInSentence(entry.getKind());
            CurriculumComponent byNumber = null;
            CurriculumComponent byTitle = null;
            for (CurriculumComponent component : components) {
                if (ElementLabels.componentKind(component) != entry.getKind()) {
                    continue;
                }
                if (byNumber == null && sameNumber(entry.getNumber(), component.getNumber())) {
                    byNumber = component;
                }
                if (byTitle == null && PrintedTitles.same(entry.getTitle(), component.getTitle())) {
                    byTitle = component;
                }
            }
            if (byNumber != null && byNumber == byTitle) {
                matched.add(byNumber);
            } else if (byTitle != null) {
                matched.add(byTitle);
                findings.warning(capitalized(tableName) + " prints " + ElementLabels.describeInSentence(byTitle)
                        + " as " + kindCode(entry) + " " + number(entry) + ": correct the number in " + tableName
                        + " (the " + kind + " is numbered " + byTitle.getNumber() + ").", entry, byTitle, table);
            } else if (byNumber != null) {
                matched.add(byNumber);
                findings.warning(capitalized(tableName) + " titles " + kind + " " + number(entry) + " \""
                        + entry.getTitle() + "\", but the " + kind + " is titled \"" + byNumber.getTitle()
                        + "\": make the two titles agree.", entry, byNumber, table);
            } else {
                findings.warning(capitalized(tableName) + " lists " + kind + " " + number(entry) + " \""
                        + entry.getTitle()
                        + "\", but " + scopeName + " has no such " + kind + ": add the " + kind
                        + " or remove the entry.", entry, table);
            }
        }
        for (CurriculumComponent component : components) {
            ComponentKind kind = ElementLabels.componentKind(component);
            if (!kinds.contains(kind) || matched.contains(component)) {
                continue;
            }
            long listed = matched.stream().filter(c -> ElementLabels.componentKind(c) == kind).count();
            long all = components.stream().filter(c -> ElementLabels.componentKind(c) == kind).count();
            findings.warning(ElementLabels.describe(component) + " is missing from " + tableName + ", which lists "
                    + listed + " of the " + all + " " + plural(kind) + " of " + scopeName
                    + ": add an entry for it.", table, component);
        }
    }

    /** Components of the given list, in order, without repeats. */
    static List<CurriculumComponent> distinct(List<CurriculumComponent> components) {
        return new ArrayList<>(new LinkedHashSet<>(components));
    }

    private static boolean sameNumber(String printed, String actual) {
        return printed != null && actual != null && Objects.equals(Findings.fold(printed), Findings.fold(actual));
    }

    private static String number(ListingEntry entry) {
        return entry.getNumber() == null ? "(no number)" : entry.getNumber().trim();
    }

    private static String kindCode(ListingEntry entry) {
        return entry.getKind() == ComponentKind.UNIT ? "unit" : entry.getKind().getLiteral();
    }

    private static String plural(ComponentKind kind) {
        return kind == ComponentKind.UNIT_OF_COMPETENCY ? "units of competency"
                : ElementLabels.kindInSentence(kind) + "s";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
