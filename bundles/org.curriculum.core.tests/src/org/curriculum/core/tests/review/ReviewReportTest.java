// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.review.CoverageFigures;
import org.curriculum.core.review.ReviewReport;
import org.curriculum.core.review.ReviewThreads;
import org.curriculum.core.validation.ModelValidation;
import org.curriculum.core.validation.ValidationProblem;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.GapReview;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.ReviewState;
import org.curriculum.model.Standard;
import org.curriculum.testsupport.AnnexeBReview;
import org.curriculum.testsupport.LoadedExamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review report of the Annexe B grid (70 partial ticks, every one of the 41 NOS covered) after the
 * shared scripted review: 60 accepted, 8 queried, 2 rejected, no gap; and of a grid with gaps, where
 * only an accepted gap review with a justification makes a gap acceptable.
 */
class ReviewReportTest {

    @TempDir
    Path folder;
    private LoadedExamples examples;
    private MappingSet mapping;

    @BeforeEach
    void load() throws Exception {
        examples = LoadedExamples.load(folder);
        mapping = examples.nosMapping();
    }

    @Test
    void anUnreviewedGridIsAllProposedAndNothingIsReviewed() {
        ReviewReport report = ReviewReport.of(mapping);
        assertEquals(70, report.links(ReviewState.PROPOSED));
        assertEquals(0, report.reviewed());
        assertEquals(70, report.decisions());
        assertEquals(0, report.reviewedPercent());
        assertTrue(report.queried().isEmpty() && report.rejected().isEmpty());
    }

    @Test
    void theScriptedReviewGivesItsCountsAndListsTheTenCellsWithTheirComments() {
        List<AnnexeBReview.Verdict> plan = AnnexeBReview.applyTo(mapping);
        ReviewReport report = ReviewReport.of(mapping);
        assertEquals(60, report.links(ReviewState.ACCEPTED));
        assertEquals(8, report.links(ReviewState.QUERIED));
        assertEquals(2, report.links(ReviewState.REJECTED));
        assertEquals(0, report.links(ReviewState.PROPOSED));
        assertEquals(0, report.gaps(), "Annexe B covers every NOS");
        assertEquals(List.of(), report.unjustifiedGaps());
        assertEquals(100, report.reviewedPercent());
        assertEquals(8, report.queried().size());
        assertEquals(2, report.rejected().size());
        ReviewReport.Entry first = report.queried().get(0);
        MappingLink link = plan.get(60).link();
        assertEquals(org.curriculum.model.labels.ElementLabels.identifier(link.getItem()) + " x "
                + org.curriculum.model.labels.ElementLabels.identifier(link.getStandard()), first.cell());
        assertTrue(first.cell().matches("\\d{3} x CC\\d\\d"), first.cell());
        assertEquals(AnnexeBReview.REVIEWER, first.reviewer());
        assertEquals(plan.get(60).comment(), first.comments().get(0).text());
        assertEquals(plan.get(69).comment(), report.rejected().get(1).comments().get(0).text());
        assertEquals("2026-11-30 " + AnnexeBReview.REVIEWER + ": " + plan.get(69).comment(),
                ReviewThreads.text(report.rejected().get(1).element()));
        CoverageFigures figures = report.figures();
        assertEquals(new CoverageFigures(41, 0, 41, 0, figures.guaranteed()), figures);
    }

    @Test
    void anApprovedPublicationReadsAccepted() {
        mapping.setApprovedPublication(true);
        ReviewReport report = ReviewReport.of(mapping);
        assertEquals(70, report.links(ReviewState.ACCEPTED));
        assertEquals(100, report.reviewedPercent());
    }

    @Test
    void aGapCountsAsJustifiedOnlyWhenAcceptedWithAJustification() {
        // take every tick off CC09 (304, 204 and 205 cover it in Annexe B): it becomes a gap
        Standard cc09 = examples.nos("CC09");
        mapping.getLinks().removeIf(link -> link.getStandard() == cc09);
        ReviewReport report = ReviewReport.of(mapping);
        assertEquals(1, report.gaps());
        assertEquals("CC09", report.unjustifiedGaps().get(0).code());
        assertNull(report.unjustifiedGaps().get(0).review());

        GapReview gap = CurriculumFactory.eINSTANCE.createGapReview();
        gap.setStandard(cc09);
        gap.setReviewState(ReviewState.ACCEPTED);
        mapping.getGapReviews().add(gap);
        assertEquals(1, ReviewReport.of(mapping).unjustifiedGaps().size(), "accepted without a reason is not justified");
        List<ValidationProblem> problems = ModelValidation.validate(mapping);
        assertTrue(problems.stream().anyMatch(problem -> problem.severity() == ValidationProblem.Severity.WARNING
                && problem.message().contains("was accepted without a justification")), problems.toString());

        gap.setJustification("CC09 is met in the workplace during the apprenticeship.");
        report = ReviewReport.of(mapping);
        assertEquals(List.of(), report.unjustifiedGaps());
        assertEquals(1, report.reviewed(), "the gap's decision is taken");
        assertEquals(67 + 1, report.decisions());
    }

    @Test
    void aRejectedLinkIsAValidationWarningNamingItsCell() {
        MappingLink link = mapping.getLinks().get(0);
        link.setReviewState(ReviewState.REJECTED);
        link.setReviewer("A. Moderator");
        List<ValidationProblem> problems = ModelValidation.validate(mapping);
        assertEquals(1, problems.stream().filter(problem -> problem.severity() == ValidationProblem.Severity.WARNING
                && problem.message().startsWith("Cell " + org.curriculum.model.labels.ElementLabels.cell(link)
                        + " was rejected by A. Moderator but still counts as partial coverage")).count(),
                problems.toString());
    }
}
