// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.versions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.curriculum.core.compare.ModelChange;
import org.curriculum.core.compare.ModelDifference;

/**
 * The changes of a comparison as the compare view's tree shows them: one branch per category (elements, rules of
 * combination, mapping cells), below it the element paths split at {@code >} (Unit 304, then LO 2, then AC 2.3),
 * and under each element its changes, each marked by what happened.
 */
public final class ChangeTree {

    /** One node: a category, an element on a path, or a change (a leaf). */
    public static final class Node {
        private final String label;
        private final ModelChange change;
        private final List<Node> children = new ArrayList<>();
        private final Map<String, Node> byLabel = new LinkedHashMap<>();

        Node(String label, ModelChange change) {
            this.label = label;
            this.change = change;
        }

        /** What the tree shows. */
        public String label() {
            return label;
        }

        /** The change of a leaf; null for a category or an element. */
        public ModelChange change() {
            return change;
        }

        /** The nodes below, in the order the comparison found them. */
        public List<Node> children() {
            return children;
        }

        Node child(String childLabel) {
            return byLabel.computeIfAbsent(childLabel, l -> {
                Node node = new Node(l, null);
                children.add(node);
                return node;
            });
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private ChangeTree() {
    }

    /** The tree's top nodes, one per category that has changes. */
    public static List<Node> of(ModelDifference difference) {
        Node root = new Node("", null);
        Map<ModelChange.Category, Integer> counts = new LinkedHashMap<>();
        for (ModelChange change : difference.changes()) {
            counts.merge(change.category(), 1, Integer::sum);
        }
        for (ModelChange change : difference.changes()) {
            int count = counts.get(change.category());
            Node node = root.child(change.category().title() + " (" + count + " change" + (count == 1 ? "" : "s") + ")");
            String[] segments = change.category() == ModelChange.Category.MAPPING ? new String[] { change.path() }
                    : change.path().split(" > ");
            for (String segment : segments) {
                node = node.child(segment);
            }
            node.children.add(new Node(leafLabel(change), change));
        }
        return root.children;
    }

    /** The mark of what happened: + added, - removed, ~ changed, > moved (the icons of a text-only tree). */
    public static String mark(ModelChange.Kind kind) {
        return switch (kind) {
        case ADDED -> "+";
        case REMOVED -> "\u2212";
        case CHANGED -> "~";
        case MOVED -> "\u2192";
        };
    }

    private static String leafLabel(ModelChange change) {
        String what = switch (change.kind()) {
        case ADDED -> "added" + (change.newValue() == null ? "" : ": " + oneLine(change.newValue()));
        case REMOVED -> "removed" + (change.oldValue() == null ? "" : ": " + oneLine(change.oldValue()));
        case MOVED -> "moved from " + change.oldValue() + " to " + change.newValue();
        case CHANGED -> change.feature() + " changed";
        };
        return mark(change.kind()) + " " + what;
    }

    private static String oneLine(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 80 ? line.substring(0, 79) + "\u2026" : line;
    }
}
