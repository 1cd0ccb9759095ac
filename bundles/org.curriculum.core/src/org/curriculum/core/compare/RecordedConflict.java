// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.compare;

import java.util.ArrayList;
import java.util.List;

import org.curriculum.model.NamedElement;
import org.curriculum.model.Property;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * A merge conflict as a merged file records it ({@link ModelMerge#CONFLICT_PROPERTY} properties of its root), read
 * back for the workbench to list and resolve.
 *
 * @param record    the property holding it (removing it marks the conflict resolved)
 * @param elementId the id of the element in conflict
 * @param path      the element's path, e.g. {@code Unit 304 > LO 2} or a cell {@code 304 x CC09}
 * @param feature   the feature changed both ways ({@code title}), or what happened ({@code moved both ways})
 * @param ours      our value, kept in the file; null when none
 * @param theirs    their value; null when none
 */
public record RecordedConflict(Property record, String elementId, String path, String feature, String ours,
        String theirs) {

    private static final String NONE = "(none)";

    /** The conflicts recorded on a merged file's root, in the order they were recorded; malformed ones left out. */
    public static List<RecordedConflict> of(EObject root) {
        List<RecordedConflict> conflicts = new ArrayList<>();
        if (root instanceof NamedElement named) {
            for (Property property : named.getProperties()) {
                RecordedConflict conflict = parse(property);
                if (conflict != null) {
                    conflicts.add(conflict);
                }
            }
        }
        return conflicts;
    }

    /** Reads one property as {@link ModelMerge#recordConflicts} wrote it; null when it is not a conflict record. */
    public static RecordedConflict parse(Property property) {
        if (!ModelMerge.CONFLICT_PROPERTY.equals(property.getKey()) || property.getValue() == null) {
            return null;
        }
        String[] lines = property.getValue().split("\n", -1);
        if (lines.length != 4 || !lines[2].startsWith("ours: ") || !lines[3].startsWith("theirs: ")) {
            return null;
        }
        int separator = lines[1].lastIndexOf(" :: ");
        String path = separator < 0 ? lines[1] : lines[1].substring(0, separator);
        String feature = separator < 0 ? "" : lines[1].substring(separator + 4);
        return new RecordedConflict(property, lines[0], path, feature, value(lines[2].substring(6)),
                value(lines[3].substring(8)));
    }

    /** The element in conflict, found by its id in the merged file; null when it is no longer there. */
    public EObject element() {
        Resource resource = record.eResource();
        return resource == null ? null : resource.getEObject(elementId);
    }

    /**
     * The single-valued attribute in conflict, whose value a side can be taken for; null when the conflict is about
     * a reference, a list, or the element's place or existence (those are resolved by editing, then keeping ours).
     */
    public EAttribute attribute() {
        EObject element = element();
        if (element == null) {
            return null;
        }
        EStructuralFeature found = element.eClass().getEStructuralFeature(feature);
        return found instanceof EAttribute attribute && !attribute.isMany() && attribute.isChangeable() ? attribute
                : null;
    }

    /** E.g. {@code Unit 304: title: ours "A", theirs "B"}, as the merge printed it. */
    public String describe() {
        return new MergeConflict(elementId, path, feature, ours, theirs).describe();
    }

    /** Undoes {@code ModelMerge.escaped}: {@code \n} is a newline, {@code \\} a backslash, "(none)" no value. */
    private static String value(String escaped) {
        if (NONE.equals(escaped)) {
            return null;
        }
        StringBuilder text = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(++i);
                text.append(next == 'n' ? '\n' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
