// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.coverage;

import org.curriculum.model.Curriculum;
import org.curriculum.model.Framework;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Qualification;

/**
 * The one rule for which qualification governs a mapping: the first qualification of the source
 * curriculum that has rules of combination.
 *
 * <p>Why that one: only rules of combination say which units are mandatory and which optional, in
 * which group order the grid's items are printed, and which pathways a learner can take. A
 * qualification without rules (a part qualification or a listing copied from a summary table) can say
 * none of this, so taking it would mark every unit optional and leave the pathway questions
 * unanswered; taking the first one with rules keeps the document's order when several have them. The
 * matrix view, every export and the command line ask this class, so they never disagree.
 */
public final class GoverningQualification {

    private GoverningQualification() {
    }

    /** The qualification governing a mapping set's source, or {@code null} when it has none with rules. */
    public static Qualification of(MappingSet mapping) {
        return mapping == null ? null : of(mapping.getSource());
    }

    /** The first qualification with rules of combination of a curriculum, or {@code null} for anything else. */
    public static Qualification of(Framework framework) {
        if (framework instanceof Curriculum curriculum) {
            for (Qualification qualification : curriculum.getQualifications()) {
                if (qualification.getRules() != null) {
                    return qualification;
                }
            }
        }
        return null;
    }
}
