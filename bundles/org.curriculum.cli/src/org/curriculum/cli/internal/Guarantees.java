// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.curriculum.core.rules.CoverageGuarantee;
import org.curriculum.core.rules.PathwayAnalysis;
import org.curriculum.model.Curriculum;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Qualification;

/**
 * Pathway-guaranteed coverage per standard, from the rules service: does every valid pathway through
 * the mapping's qualification cover the standard? Empty when the mapping's source has no qualification
 * with rules of combination (then the JSON field "guaranteed" is null rather than a guess).
 */
final class Guarantees {

    private Guarantees() {
    }

    /** The qualification whose pathways are asked about: the source curriculum's first one with rules. */
    static Qualification qualification(MappingSet mapping) {
        if (mapping.getSource() instanceof Curriculum curriculum) {
            return curriculum.getQualifications().stream().filter(q -> q.getRules() != null).findFirst().orElse(null);
        }
        return null;
    }

    static Map<MappableItem, CoverageGuarantee> of(MappingSet mapping) {
        Map<MappableItem, CoverageGuarantee> result = new LinkedHashMap<>();
        Qualification qualification = qualification(mapping);
        if (qualification == null) {
            return result;
        }
        for (CoverageGuarantee guarantee : PathwayAnalysis.of(qualification).guaranteedCoverage(mapping)) {
            result.put(guarantee.standard(), guarantee);
        }
        return result;
    }
}
