// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.curriculum.core.rules.CombinationCheck;
import org.curriculum.core.rules.Pathway;
import org.curriculum.core.rules.PathwayAnalysis;
import org.curriculum.core.rules.PathwayCount;
import org.curriculum.core.rules.RouteMeasure;
import org.curriculum.core.rules.RuleViolation.Kind;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.Qualification;
import org.curriculum.testsupport.LoadedExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The occupational certificate of seed 000 (Contact Centre Manager): every module is mandatory and no credit
 * rule is given, so there is exactly one pathway, and the checker names each module left out.
 */
class OccupationalCertificatePathwayTest {

    @TempDir
    Path folder;

    @Test
    void anAllMandatoryQualificationHasExactlyOnePathwayAndNamesAMissingModule() throws Exception {
        Curriculum curriculum = LoadedExamples.load(folder).root(LoadedExamples.CONTACT_CENTRE_MANAGER, Curriculum.class);
        Qualification full = curriculum.getQualifications().get(0);
        PathwayAnalysis analysis = PathwayAnalysis.of(full);

        // The rules list 10 knowledge, 20 practical skills and 6 work experience modules, all mandatory.
        assertEquals(36, analysis.mandatoryComponents().size());
        assertEquals(List.of(), analysis.optionalComponents());
        assertEquals(BigInteger.ONE, analysis.countValidPathways());
        assertEquals(new PathwayCount(BigInteger.ONE, true), analysis.countMinimalPathways());
        Pathway only = analysis.shortestRoute(RouteMeasure.GUIDED_LEARNING_HOURS).orElseThrow();
        assertEquals(analysis.mandatoryComponents(), only.components());

        List<CurriculumComponent> withoutLast = new ArrayList<>(analysis.mandatoryComponents());
        CurriculumComponent left = withoutLast.remove(29);
        assertEquals("20", left.getNumber());
        CombinationCheck check = analysis.check(withoutLast);
        assertEquals(1, check.violations().size());
        assertEquals(Kind.MISSING_MANDATORY, check.violations().get(0).kind());
        assertEquals("Mandatory practical skills module 20 \"Manage process and technology improvement projects\" is missing.",
                check.violations().get(0).message());
        assertTrue(analysis.check(analysis.mandatoryComponents()).isValid());
    }
}
