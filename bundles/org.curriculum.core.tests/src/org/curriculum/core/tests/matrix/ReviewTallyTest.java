// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.CoverageOptions;
import org.curriculum.core.coverage.GoverningQualification;
import org.curriculum.core.matrix.ReviewFigures;
import org.curriculum.core.matrix.ReviewTally;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.ReviewState;
import org.curriculum.model.edit.command.MappingCell;
import org.curriculum.model.edit.command.MappingEditCommands;
import org.curriculum.model.edit.command.ReviewCommands;
import org.curriculum.model.provider.LabelledItemProviderAdapterFactory;
import org.curriculum.testsupport.LoadedExamples;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review tally the matrix dashboard reads: after every kind of change to Annexe B's 70 links (a verdict, a
 * verdict taken back, links added and removed one at a time and many at once, a link replaced, the approved
 * publication flag, commands undone and redone) its figures equal a fresh count over every link.
 */
class ReviewTallyTest {

    @TempDir
    Path folder;
    private LoadedExamples examples;
    private MappingSet mapping;
    private CoverageMatrix matrix;
    private ReviewTally tally;

    @BeforeEach
    void load() throws Exception {
        examples = LoadedExamples.load(folder);
        mapping = examples.nosMapping();
        matrix = CoverageMatrix.compute(mapping,
                CoverageOptions.defaults().withQualification(GoverningQualification.of(mapping))).track();
        tally = ReviewTally.follow(mapping);
    }

    @AfterEach
    void dispose() {
        tally.dispose();
        matrix.dispose();
    }

    /** The tally's figures, checked against a count over every link of the mapping as it is now. */
    private ReviewFigures figures() {
        ReviewFigures counted = ReviewFigures.of(mapping, matrix);
        assertEquals(counted, tally.figures(matrix), "the tally against a fresh count");
        return counted;
    }

    /** The links per state (proposed, accepted, queried, rejected) by the tally, which agrees with a fresh count. */
    private void assertLinks(int proposed, int accepted, int queried, int rejected) {
        ReviewFigures figures = figures();
        assertEquals(List.of(proposed, accepted, queried, rejected),
                List.of(figures.proposed(), figures.accepted(), figures.queried(), figures.rejected()), figures.toString());
    }

    private MappingLink link(int index) {
        return mapping.getLinks().get(index);
    }

    @Test
    void followsVerdictsGivenAndTakenBack() {
        assertEquals(new ReviewFigures(70, 0, 0, 0, 0, 0, 0), figures());
        link(0).setReviewState(ReviewState.QUERIED);
        link(1).setReviewState(ReviewState.QUERIED);
        link(2).setReviewState(ReviewState.REJECTED);
        assertLinks(67, 0, 2, 1);
        // From one stored state to another, and to the default value stored explicitly.
        link(0).setReviewState(ReviewState.ACCEPTED);
        link(1).setReviewState(ReviewState.PROPOSED);
        assertLinks(68, 1, 0, 1);
        // Unset: a stored state taken back, and one that was never stored.
        link(1).unsetReviewState();
        link(2).unsetReviewState();
        link(3).unsetReviewState();
        assertLinks(69, 1, 0, 0);
    }

    @Test
    void anApprovedPublicationTurnsTheUnreviewedLinksAccepted() {
        link(0).setReviewState(ReviewState.QUERIED);
        link(1).setReviewState(ReviewState.PROPOSED);
        mapping.setApprovedPublication(true);
        assertLinks(1, 68, 1, 0);
        link(2).setReviewState(ReviewState.REJECTED);
        link(0).unsetReviewState();
        assertLinks(1, 68, 0, 1);
        mapping.setApprovedPublication(false);
        assertLinks(69, 0, 0, 1);
    }

    @Test
    void followsLinksAddedRemovedAndReplaced() {
        link(0).setReviewState(ReviewState.ACCEPTED);
        link(1).setReviewState(ReviewState.QUERIED);
        MappingLink removed = mapping.getLinks().remove(0);
        assertLinks(68, 0, 1, 0);
        // A removed link is no longer counted, whatever happens to it.
        removed.setReviewState(ReviewState.REJECTED);
        assertLinks(68, 0, 1, 0);
        mapping.getLinks().add(removed);
        assertLinks(68, 0, 1, 1);

        List<MappingLink> several = new ArrayList<>(mapping.getLinks().subList(10, 20));
        several.get(0).setReviewState(ReviewState.ACCEPTED);
        mapping.getLinks().removeAll(several);
        assertLinks(58, 0, 1, 1);
        mapping.getLinks().addAll(several);
        assertLinks(67, 1, 1, 1);

        MappingLink replacement = CurriculumFactory.eINSTANCE.createMappingLink();
        replacement.setItem(link(5).getItem());
        replacement.setStandard(link(5).getStandard());
        replacement.setCoverage(CoverageLevel.FULL);
        replacement.setReviewState(ReviewState.QUERIED);
        MappingLink replaced = mapping.getLinks().set(5, replacement);
        assertLinks(66, 1, 2, 1);
        replaced.setReviewState(ReviewState.ACCEPTED);
        replacement.setReviewState(ReviewState.REJECTED);
        assertLinks(66, 1, 1, 2);

        mapping.getLinks().clear();
        assertEquals(new ReviewFigures(0, 0, 0, 0, 41, 0, 0), figures());
    }

    @Test
    void followsCommandsUndoneAndRedone() {
        CommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(new LabelledItemProviderAdapterFactory()), stack, examples.resourceSet);
        List<MappingCell> cells = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            cells.add(new MappingCell(link(i).getItem(), link(i).getStandard(), link(i)));
        }
        stack.execute(ReviewCommands.review(domain, cells, ReviewState.QUERIED, "Quality Council Reviewer", new Date(),
                "Where is this taught?"));
        assertLinks(66, 0, 4, 0);

        // A new level for a reviewed link sends it back to proposed, in the same command.
        MappingLink queried = link(0);
        CoverageLevel next = queried.getCoverage() == CoverageLevel.FULL ? CoverageLevel.PARTIAL : CoverageLevel.FULL;
        stack.execute(MappingEditCommands.setLevel(domain, mapping, cells.get(0), next));
        assertLinks(67, 0, 3, 0);
        // Removing a queried link, then adding a link where none was.
        stack.execute(MappingEditCommands.setLevel(domain, mapping, cells.get(1), null));
        assertLinks(67, 0, 2, 0);
        MappingCell empty = emptyCell();
        stack.execute(MappingEditCommands.setLevel(domain, mapping, empty, CoverageLevel.PARTIAL));
        assertLinks(68, 0, 2, 0);
        stack.undo();
        assertLinks(67, 0, 2, 0);
        stack.undo();
        assertLinks(67, 0, 3, 0);
        stack.undo();
        assertLinks(66, 0, 4, 0);
        stack.undo();
        assertLinks(70, 0, 0, 0);
        stack.redo();
        stack.redo();
        stack.redo();
        assertLinks(67, 0, 2, 0);
    }

    /** An item and a standard of Annexe B with no link between them (the first such pair in link order). */
    private MappingCell emptyCell() {
        for (MappingLink link : mapping.getLinks()) {
            for (MappingLink other : mapping.getLinks()) {
                if (MappingEditCommands.findLink(mapping, link.getItem(), other.getStandard()) == null) {
                    return new MappingCell(link.getItem(), other.getStandard(), null);
                }
            }
        }
        throw new AssertionError("every item of Annexe B ticks every standard");
    }

    @Test
    void disposingLeavesNoAdapterBehind() {
        int before = adapters();
        ReviewTally second = ReviewTally.follow(mapping);
        assertEquals(before + mapping.getLinks().size() + 1, adapters());
        second.dispose();
        assertEquals(before, adapters());
    }

    private int adapters() {
        int count = mapping.eAdapters().size();
        for (MappingLink link : mapping.getLinks()) {
            count += link.eAdapters().size();
        }
        return count;
    }
}
