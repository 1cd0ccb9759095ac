// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.rules.CombinationCheck;
import org.curriculum.core.rules.CombinationChecker;
import org.curriculum.core.rules.RuleViolation;
import org.curriculum.core.rules.RuleViolation.Kind;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checking proposed selections against the BTEC rules of combination (seed 004: mandatory 301-303; total 16
 * credits; at least 10 credits at level 3 or above; 304/204, 305/205, 306/206 and 309/207 barred), with the
 * figures worked out from the unit table in EXPECTED-004.md.
 */
class CombinationCheckerTest {

    @TempDir
    static Path folder;

    private static BtecExample btec;

    @BeforeAll
    static void loadExample() throws Exception {
        btec = BtecExample.load(folder);
    }

    private CombinationCheck check(String... units) {
        return CombinationChecker.check(btec.qualification, btec.units(units));
    }

    private static List<Kind> kinds(CombinationCheck check) {
        return check.violations().stream().map(RuleViolation::kind).toList();
    }

    @Test
    void theMandatoryUnitsAloneGiveNineCreditsAndSixtyFourHoursAndFallShortOnBothCreditRules() {
        CombinationCheck check = check("301", "302", "303");
        // 301 + 302 + 303 = 2 + 3 + 4 credits, 14 + 18 + 32 GLH, all at level 3.
        assertEquals(9, check.totalCredits());
        assertEquals(64, check.guidedLearningHours());
        assertFalse(check.isValid());
        assertEquals(List.of(Kind.TOTAL_CREDIT_TOO_LOW, Kind.LEVEL_CREDIT_TOO_LOW), kinds(check));
        assertEquals("Total credit is 9; the qualification needs at least 16 credits (7 more).",
                check.violations().get(0).message());
        assertEquals("Credit at level 3 or above is 9; at least 10 credits must be at level 3 or above (1 more).",
                check.violations().get(1).message());
    }

    @Test
    void unit304WithUnit204IsNamedAsABarredPair() {
        // 9 + 4 + 3 = 16 credits, 13 of them at level 3: only the barred pair is wrong.
        CombinationCheck check = check("301", "302", "303", "304", "204");
        assertEquals(16, check.totalCredits());
        assertEquals(List.of(Kind.BARRED_COMBINATION), kinds(check));
        RuleViolation barred = check.violations().get(0);
        assertEquals(btec.units("304", "204"), barred.components());
        assertEquals("Unit 304 \"Principles and Processes of Systems and Technology in a Contact Centre\""
                + " and unit 204 \"Principles of Using Systems and Technology in a Contact Centre\""
                + " cannot be taken together (The following units cannot be used in combination: 304 and 204).",
                barred.message());
    }

    @Test
    void threeSmallLevelTwoUnitsLeaveTheSelectionOneCreditShortOnBothRules() {
        // 9 + 2 + 2 + 2 = 15 credits; the level 2 units add nothing at level 3, which stays at 9.
        CombinationCheck check = check("301", "302", "303", "205", "206", "208");
        assertEquals(15, check.totalCredits());
        assertEquals(List.of(Kind.TOTAL_CREDIT_TOO_LOW, Kind.LEVEL_CREDIT_TOO_LOW), kinds(check));
        assertEquals("Total credit is 15; the qualification needs at least 16 credits (1 more).",
                check.violations().get(0).message());
    }

    @Test
    void enoughCreditButTooLittleAtLevelThreeBreaksOnlyTheLevelRule() {
        // 9 + 3 + 3 + 2 = 17 credits, but only the mandatory 9 are at level 3.
        CombinationCheck check = check("301", "302", "303", "204", "207", "208");
        assertEquals(17, check.totalCredits());
        assertEquals(List.of(Kind.LEVEL_CREDIT_TOO_LOW), kinds(check));
        assertEquals("Credit at level 3 or above is 9; at least 10 credits must be at level 3 or above (1 more).",
                check.violations().get(0).message());
    }

    @Test
    void aMissingMandatoryUnitIsNamedEvenWhenTheCreditIsEnough() {
        // 2 + 3 + 4 + 4 + 4 = 17 credits, all at level 3, but 303 is not there.
        CombinationCheck check = check("301", "302", "304", "305", "306");
        assertEquals(List.of(Kind.MISSING_MANDATORY), kinds(check));
        assertEquals("Mandatory unit 303 \"Principles of Personal Responsibilities and How to Develop and Evaluate own Per…\" is missing.",
                check.violations().get(0).message());
    }

    @Test
    void aUnitFromOutsideTheRulesIsRefusedBecauseOnlyListedUnitsCount() {
        Unit stranger = CurriculumFactory.eINSTANCE.createUnit();
        stranger.setNumber("999");
        stranger.setTitle("Somebody else's unit");
        stranger.setLevel(3);
        stranger.setCredits(10);
        CombinationCheck check = CombinationChecker.check(btec.qualification,
                List.of(btec.unit("301"), btec.unit("302"), btec.unit("303"), stranger));
        assertEquals(List.of(Kind.NOT_LISTED), kinds(check));
        assertEquals(List.of(stranger), check.violations().get(0).components());
        assertTrue(check.violations().get(0).message().startsWith("Unit 999 \"Somebody else's unit\" is not listed"),
                check.summary());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        CombinationCheck check = check("301", "305", "205");
        // 2 + 4 + 2 = 8 credits, 6 at level 3; 302 and 303 missing; 305 with 205 barred.
        assertEquals(List.of(Kind.MISSING_MANDATORY, Kind.MISSING_MANDATORY, Kind.BARRED_COMBINATION,
                Kind.TOTAL_CREDIT_TOO_LOW, Kind.LEVEL_CREDIT_TOO_LOW), kinds(check));
        assertEquals(5, check.summary().lines().count());
    }

    @Test
    void theShortestPublishedRouteIsValid() {
        CombinationCheck check = check("301", "302", "303", "306", "307");
        assertTrue(check.isValid(), check.summary());
        assertEquals("The selection meets every rule of combination (16 credits, 106 GLH).", check.summary());
    }

    @Test
    void withoutRulesOnlyTheQualificationsCreditValueIsChecked() {
        SyntheticQualification synthetic = new SyntheticQualification(0);
        synthetic.qualification.setRules(null);
        synthetic.qualification.setCreditValue(5);
        Unit small = synthetic.unit(2, 3, 20);
        Unit large = synthetic.unit(2, 4, 30);
        CombinationCheck check = CombinationChecker.check(synthetic.qualification, List.of(small));
        assertEquals(List.of(Kind.TOTAL_CREDIT_TOO_LOW), kinds(check));
        assertEquals("Total credit is 3; the qualification needs at least 5 credits (2 more).",
                check.violations().get(0).message());
        assertTrue(CombinationChecker.check(synthetic.qualification, List.of(small, large)).isValid(),
                "with no rules there is no list of allowed units to break");
    }

    @Test
    void groupMinimumsAndMaximumsAreCheckedWhenTheRulesSetThem() {
        SyntheticQualification synthetic = new SyntheticQualification(6);
        ComponentGroup groupA = synthetic.group("Group A", false);
        ComponentGroup groupB = synthetic.group("Group B", false);
        groupA.getComponents().addAll(List.of(synthetic.unit(3, 2, 10), synthetic.unit(3, 2, 10), synthetic.unit(3, 2, 10)));
        groupB.getComponents().addAll(List.of(synthetic.unit(2, 3, 10), synthetic.unit(2, 3, 10)));
        groupA.setMinimumComponents(2);
        groupA.setMinimumCredits(4);
        groupB.setMaximumCredits(3);

        CombinationCheck check = CombinationChecker.check(synthetic.qualification,
                List.of(synthetic.units.get(0), synthetic.units.get(3), synthetic.units.get(4)));
        assertEquals(List.of(Kind.GROUP_CREDIT_TOO_LOW, Kind.GROUP_TOO_FEW_COMPONENTS, Kind.GROUP_CREDIT_TOO_HIGH),
                kinds(check));
        assertEquals("Group \"Group A\" gives 2 credits; at least 4 credits must come from it.",
                check.violations().get(0).message());
        assertEquals("Group \"Group A\" has 1 component selected; at least 2 must be taken from it.",
                check.violations().get(1).message());
        assertEquals("Group \"Group B\" gives 6 credits; at most 3 credits may come from it.",
                check.violations().get(2).message());

        assertTrue(CombinationChecker.check(synthetic.qualification,
                List.of(synthetic.units.get(0), synthetic.units.get(1), synthetic.units.get(3))).isValid());
    }
}
