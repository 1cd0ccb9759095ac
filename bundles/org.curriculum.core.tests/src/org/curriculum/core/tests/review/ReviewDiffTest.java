// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.compare.ModelChange;
import org.curriculum.core.compare.ModelComparison;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.ReviewComment;
import org.curriculum.model.ReviewState;
import org.curriculum.testsupport.AnnexeBReview;
import org.curriculum.testsupport.LoadedExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The semantic diff of two rounds of review of the Annexe B mapping: a verdict that changed reads as the
 * cell ("304 x CC09: accepted -> queried"), a new comment as an addition to the cell's thread, and storing
 * "proposed" on a link nobody reviewed is no change at all.
 */
class ReviewDiffTest {

    @TempDir
    Path folder;

    private static MappingLink link(LoadedExamples examples, String unit, String standard) {
        return examples.nosMapping().getLinks().stream()
                .filter(l -> l.getItem() == examples.unit(unit) && l.getStandard() == examples.nos(standard))
                .findFirst().orElseThrow(() -> new AssertionError("no link " + unit + " x " + standard));
    }

    private static LoadedExamples roundOne(Path folder) throws Exception {
        LoadedExamples examples = LoadedExamples.load(folder);
        MappingLink link = link(examples, "304", "CC09");
        link.setReviewState(ReviewState.ACCEPTED);
        link.setReviewer(AnnexeBReview.REVIEWER);
        link.setReviewedOn(AnnexeBReview.DATE);
        return examples;
    }

    @Test
    void aChangedVerdictAndANewCommentAreNamedByTheirCell() throws Exception {
        LoadedExamples before = roundOne(folder.resolve("old"));
        ModelFiles.save(before.nosMapping().eResource());
        LoadedExamples after = roundOne(folder.resolve("new"));
        MappingLink link = link(after, "304", "CC09");
        link.setReviewState(ReviewState.QUERIED);
        ReviewComment comment = CurriculumFactory.eINSTANCE.createReviewComment();
        comment.setAuthor(AnnexeBReview.REVIEWER);
        comment.setDate(AnnexeBReview.DATE);
        comment.setText("Show where unit 304 teaches the CC09 knowledge.");
        link.getComments().add(comment);
        link(after, "204", "CC09").setReviewState(ReviewState.PROPOSED);
        ModelFiles.save(after.nosMapping().eResource());

        MappingSet oldMapping = (MappingSet) ModelFiles.loadRoot(folder.resolve("old").resolve(LoadedExamples.NOS_MAPPING));
        MappingSet newMapping = (MappingSet) ModelFiles.loadRoot(folder.resolve("new").resolve(LoadedExamples.NOS_MAPPING));
        List<String> lines = ModelComparison.compare(oldMapping, newMapping).changes().stream()
                .map(ModelChange::describe).sorted().toList();
        assertEquals(List.of(
                "added    304 x CC09 > comment 1: 2026-11-30 " + AnnexeBReview.REVIEWER
                        + ": Show where unit 304 teaches the CC09 knowledge.",
                "changed  304 x CC09: accepted -> queried"), lines);
    }
}
