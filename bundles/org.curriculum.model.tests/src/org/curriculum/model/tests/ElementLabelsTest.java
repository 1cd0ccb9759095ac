// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.curriculum.model.CoverageLevel;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.MappingLink;
import org.curriculum.model.Standard;
import org.curriculum.model.Unit;
import org.curriculum.model.labels.ElementLabels;
import org.junit.jupiter.api.Test;

/**
 * The one label service, as the editor's tree (through the item providers), the messages and the
 * exports show an element: unit 301 and standard CC08 of the BTEC Annexe B grid.
 */
class ElementLabelsTest {

    private static final CurriculumFactory FACTORY = CurriculumFactory.eINSTANCE;

    @Test
    void aTreeShowsTheNumberOrCodeThenTheTitleOnOneLine() {
        Unit unit = unit301();
        Standard standard = FACTORY.createStandard();
        standard.setCode("CC08");
        standard.setTitle("Use specific features of contact centre systems and technology");

        assertEquals("301 Principles of Personal and Organisational Effectiveness in a Contact Centre",
                ElementLabels.numberedTitle(unit, "generated"));
        assertEquals("CC08 Use specific features of contact centre systems and technology",
                ElementLabels.numberedTitle(standard, "generated"));
        assertEquals("generated", ElementLabels.numberedTitle(FACTORY.createUnit(), "generated"));

        MappingLink link = FACTORY.createMappingLink();
        link.setItem(unit);
        link.setStandard(standard);
        link.setCoverage(CoverageLevel.PARTIAL);
        assertEquals("301 Principles of Personal and Organisational Effectiveness in a Contact Centre  \u2192  CC08 "
                + "Use specific features of contact centre systems and technology (" + CoverageLevel.PARTIAL.getLiteral()
                + ")", ElementLabels.numberedTitle(link, "generated"));
    }

    @Test
    void aMessageNamesTheKindNumberAndTitle() {
        Unit unit = unit301();

        assertEquals("Unit 301 \"Principles of Personal and Organisational Effectiveness in a Contact Centre\"",
                ElementLabels.describe(unit));
        assertEquals("unit 301 \"Principles of Personal and Organisational Effectiveness in a Contact Centre\"",
                ElementLabels.describeInSentence(unit));
        assertEquals("301", ElementLabels.identifierOrEmpty(unit));
        assertEquals("", ElementLabels.identifierOrEmpty(FACTORY.createUnit()));
        assertEquals("", ElementLabels.titleOrEmpty(FACTORY.createUnit()));
    }

    private static Unit unit301() {
        Unit unit = FACTORY.createUnit();
        unit.setNumber("301");
        // the seed's line break inside the title must not reach a one-line label
        unit.setTitle("Principles of Personal and Organisational Effectiveness\n in a Contact Centre");
        return unit;
    }
}
