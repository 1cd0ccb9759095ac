// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.curriculum.core.coverage.GoverningQualification;
import org.curriculum.core.rules.CoverageGuarantee;
import org.curriculum.core.rules.PathwayAnalysis;
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

    static Map<MappableItem, CoverageGuarantee> of(MappingSet mapping) {
        Map<MappableItem, CoverageGuarantee> result = new LinkedHashMap<>();
        Qualification qualification = GoverningQualification.of(mapping);
        if (qualification == null) {
            return result;
        }
        for (CoverageGuarantee guarantee : PathwayAnalysis.of(qualification).guaranteedCoverage(mapping)) {
            result.put(guarantee.standard(), guarantee);
        }
        return result;
    }
}
