// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.mapping;

import org.curriculum.model.MappingLink;

/**
 * The one reading of which links are derived by composition and through what: a derived link carries the
 * documented author {@value #DERIVED_AUTHOR} and a rationale {@value #PATH_PREFIX}"PATH", so the mark lives
 * in the model without a metamodel change, survives every export and import that keeps authors, and is
 * dropped the moment a reviewer confirms the link by putting their own name as its author.
 */
public final class DerivedLinks {

    /** The author of every derived link until a reviewer confirms it. */
    public static final String DERIVED_AUTHOR = "derived by composition (unreviewed)";

    /** How a derived link's rationale starts; the path of shared items follows. */
    public static final String PATH_PREFIX = "Derived through ";

    private DerivedLinks() {
    }

    /** Whether the link was derived by composition and not yet confirmed by a reviewer. */
    public static boolean isDerived(MappingLink link) {
        return link != null && DERIVED_AUTHOR.equals(link.getAuthor());
    }

    /** The rationale a derived link gets for its path ("CC35 (308: partial, 105569L5: full); ..."). */
    public static String rationale(String path) {
        return PATH_PREFIX + path;
    }

    /**
     * What a reviewer reads about a derived link, e.g. "derived via CC28 (307: partial, 105569L5: partial),
     * unreviewed"; an empty string for any other link.
     */
    public static String describe(MappingLink link) {
        if (!isDerived(link)) {
            return "";
        }
        String rationale = link.getRationale() == null ? "" : link.getRationale();
        String path = rationale.startsWith(PATH_PREFIX) ? rationale.substring(PATH_PREFIX.length()) : "";
        return path.isEmpty() ? "derived by composition, unreviewed" : "derived via " + path + ", unreviewed";
    }
}
