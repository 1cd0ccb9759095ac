// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.compare;

/**
 * One difference between two versions of a model: an element added, removed, moved, or one of its features
 * changed, named by its path in the version that holds it.
 *
 * @param kind     what happened
 * @param category where it happened: in the model's elements, in rules of combination, in a mapping's cells
 * @param path     the element's path, e.g. {@code Unit 304 > LO 2 > AC 2.3}, or a cell {@code 304 x CC09}
 * @param feature  the changed feature ({@code title}, {@code coverage}, ...) or the containing feature of an
 *                 added, removed or moved element
 * @param oldValue the value before (an element's label when added/removed/moved); null when there was none
 * @param newValue the value after; null when there is none
 */
public record ModelChange(Kind kind, Category category, String path, String feature, String oldValue,
        String newValue) {

    /** What happened to the element. */
    public enum Kind {
        ADDED, REMOVED, CHANGED, MOVED;

        /** The word a report uses, e.g. "changed". */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Which part of the model a change belongs to; reports list them in this order. */
    public enum Category {
        ELEMENTS("Elements"), RULES("Rules of combination"), MAPPING("Mapping cells");

        private final String title;

        Category(String title) {
            this.title = title;
        }

        /** The heading a report gives the category. */
        public String title() {
            return title;
        }
    }

    /**
     * The line a text report prints, e.g. {@code changed  Unit 304 > LO 2 > AC 2.3: title "a" -> "b"} or
     * {@code changed  304 x CC09: partial -> full}.
     */
    public String describe() {
        return switch (kind) {
        case ADDED -> "added    " + path + (newValue == null ? "" : ": " + newValue);
        case REMOVED -> "removed  " + path + (oldValue == null ? "" : ": " + oldValue);
        case MOVED -> "moved    " + path + ": from " + oldValue + " to " + newValue;
        case CHANGED -> "changed  " + path + ": " + (isBare() ? "" : feature + " ")
                + shown(oldValue) + " -> " + shown(newValue);
        };
    }

    /** A cell's coverage and review state need no feature name: "304 x CC09: accepted -> queried". */
    private boolean isBare() {
        return feature.equals("coverage") || feature.equals("reviewState");
    }

    private String shown(String value) {
        if (value == null) {
            return "(none)";
        }
        if (isBare() || value.matches("-?\\d+|true|false")) {
            return value; // numbers, flags, coverage levels and review states read better bare
        }
        String text = value.replace("\n", "\\n");
        return "\"" + (text.length() > 100 ? text.substring(0, 99) + "\u2026" : text) + "\"";
    }
}
