// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.curriculum.model.CoverageLevel;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.GapReview;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.ReviewState;
import org.curriculum.model.Standard;
import org.curriculum.model.edit.command.MappingCell;
import org.curriculum.model.edit.command.MappingEditCommands;
import org.curriculum.model.edit.command.ReviewCommands;
import org.curriculum.model.provider.LabelledItemProviderAdapterFactory;
import org.curriculum.testsupport.AnnexeBReview;
import org.curriculum.testsupport.LoadedExamples;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A council's review of the Annexe B grid through the review commands on a headless editing domain with
 * the workbench's item providers: verdicts on many cells in one undo, comments, gaps, the rule that an
 * edit of a reviewed link's level or rationale (from the matrix or the property sheet) sends it back to
 * proposed in the same undo, and that files with nothing reviewed save byte for byte as before.
 */
class ReviewCommandsTest {

    @TempDir
    Path folder;
    @TempDir
    Path saved;
    private LoadedExamples examples;
    private MappingSet mapping;
    private AdapterFactoryEditingDomain domain;
    private CommandStack stack;
    private ComposedAdapterFactory adapterFactory;

    @BeforeEach
    void load() throws Exception {
        examples = LoadedExamples.load(folder);
        mapping = examples.nosMapping();
        stack = new BasicCommandStack();
        adapterFactory = new ComposedAdapterFactory(new LabelledItemProviderAdapterFactory());
        domain = new AdapterFactoryEditingDomain(adapterFactory, stack, examples.resourceSet);
        // what the editor does, so that a property descriptor finds the domain from the element
        examples.resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
    }

    private MappingLink link(String unit, String standard) {
        MappingLink link = MappingEditCommands.findLink(mapping, examples.unit(unit), examples.nos(standard));
        assertNotNull(link, unit + " x " + standard + " is ticked in Annexe B");
        return link;
    }

    private void execute(Command command) {
        assertNotNull(command, "something to do");
        assertTrue(command.canExecute(), command.getLabel() + " can execute");
        stack.execute(command);
    }

    private void accept(MappingLink link) {
        execute(ReviewCommands.review(domain, List.of(new MappingCell(link.getItem(), link.getStandard(), link)),
                ReviewState.ACCEPTED, AnnexeBReview.REVIEWER, AnnexeBReview.DATE, null));
    }

    private void assertExamplesSaveAsBefore() throws Exception {
        Map<String, Path> written = LoadedExamples.saveAllInto(examples.resourceSet, saved);
        assertEquals(10, written.size(), "every example file is saved");
        for (Map.Entry<String, Path> file : written.entrySet()) {
            assertArrayEquals(Files.readAllBytes(folder.resolve(file.getKey())), Files.readAllBytes(file.getValue()),
                    file.getKey() + " saves byte for byte as the file it was loaded from");
        }
    }

    @Test
    void everyExampleLoadsAsProposedAndSavesByteIdentical() throws Exception {
        assertTrue(mapping.getLinks().stream().allMatch(link -> link.effectiveReviewState() == ReviewState.PROPOSED
                && !link.isSetReviewState() && link.getComments().isEmpty()));
        assertTrue(mapping.getGapReviews().isEmpty());
        assertFalse(mapping.isApprovedPublication());
        assertExamplesSaveAsBefore();
    }

    @Test
    void theScriptedReviewIsOneUndoPerVerdictAndUndoingItAllSavesTheOldBytes() throws Exception {
        List<AnnexeBReview.Verdict> plan = AnnexeBReview.plan(mapping);
        for (ReviewState state : List.of(ReviewState.ACCEPTED, ReviewState.QUERIED, ReviewState.REJECTED)) {
            List<MappingCell> cells = new ArrayList<>();
            String comment = null;
            for (AnnexeBReview.Verdict verdict : plan) {
                if (verdict.state() == state) {
                    cells.add(new MappingCell(verdict.link().getItem(), verdict.link().getStandard(), verdict.link()));
                    comment = "Needs evidence from the unit's assessment.";
                }
            }
            execute(ReviewCommands.review(domain, cells, state, AnnexeBReview.REVIEWER, AnnexeBReview.DATE,
                    state == ReviewState.ACCEPTED ? null : comment));
        }
        assertEquals(60, count(ReviewState.ACCEPTED));
        assertEquals(8, count(ReviewState.QUERIED));
        assertEquals(2, count(ReviewState.REJECTED));
        MappingLink queried = plan.get(60).link();
        assertEquals(1, queried.getComments().size());
        assertEquals("Needs evidence from the unit's assessment.", queried.getComments().get(0).getText());
        assertEquals(AnnexeBReview.REVIEWER, queried.getComments().get(0).getAuthor());
        assertEquals(AnnexeBReview.REVIEWER, queried.getReviewer());
        assertEquals(AnnexeBReview.DATE, queried.getReviewedOn());
        assertEquals("Reject cells", stack.getUndoCommand().getLabel());
        assertTrue(MappingEditCommands.changesLinksOnly(stack.getUndoCommand(), mapping),
                "a verdict changes no coverage: a matrix following the links needs no recomputing");

        stack.undo();
        assertEquals(0, count(ReviewState.REJECTED), "one undo takes back both rejections");
        assertEquals(8, count(ReviewState.QUERIED));
        stack.undo();
        stack.undo();
        assertEquals(70, count(ReviewState.PROPOSED));
        assertTrue(mapping.getLinks().stream().noneMatch(MappingLink::isSetReviewState), "undo unsets, not sets proposed");
        assertTrue(queried.getComments().isEmpty());
        assertExamplesSaveAsBefore();
    }

    private long count(ReviewState state) {
        return mapping.getLinks().stream().filter(link -> link.effectiveReviewState() == state).count();
    }

    @Test
    void changingAnAcceptedLinksLevelInTheMatrixSendsItBackToProposedAndOneUndoRestoresBoth() {
        MappingLink link = link("304", "CC09");
        accept(link);
        assertEquals(ReviewState.ACCEPTED, link.effectiveReviewState());
        execute(MappingEditCommands.setLevel(domain, mapping, MappingCell.of(mapping, link.getItem(), link.getStandard()),
                CoverageLevel.FULL));
        assertEquals(CoverageLevel.FULL, link.getCoverage());
        assertEquals(ReviewState.PROPOSED, link.effectiveReviewState());
        stack.undo();
        assertEquals(CoverageLevel.PARTIAL, link.getCoverage());
        assertEquals(ReviewState.ACCEPTED, link.effectiveReviewState(), "the same undo gives the verdict back");
        stack.redo();
        assertEquals(ReviewState.PROPOSED, link.effectiveReviewState());
    }

    @Test
    void changingAnAcceptedLinksRationaleSendsItBackButAProposedLinkStaysAsItIs() {
        MappingLink accepted = link("304", "CC09");
        accept(accepted);
        execute(MappingEditCommands.setRationale(domain, accepted, "Unit 304 LO 2 covers the knowledge of CC09."));
        assertEquals(ReviewState.PROPOSED, accepted.effectiveReviewState());
        stack.undo();
        assertNull(accepted.getRationale());
        assertEquals(ReviewState.ACCEPTED, accepted.effectiveReviewState());

        MappingLink proposed = link("204", "CC09");
        execute(MappingEditCommands.setRationale(domain, proposed, "Unit 204 covers CC09 in part."));
        assertFalse(proposed.isSetReviewState(), "nothing to send back: the link was never reviewed");
    }

    @Test
    void editingAnAcceptedLinkInThePropertySheetSendsItBackToProposedToo() {
        MappingLink link = link("304", "CC09");
        accept(link);
        IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(link, IItemPropertySource.class);
        IItemPropertyDescriptor coverage = source.getPropertyDescriptor(link,
                CurriculumPackage.Literals.MAPPING_LINK__COVERAGE);
        assertNotNull(coverage, "the property sheet shows the link's coverage");
        coverage.setPropertyValue(link, CoverageLevel.FULL);
        assertEquals(CoverageLevel.FULL, link.getCoverage());
        assertEquals(ReviewState.PROPOSED, link.effectiveReviewState());
        stack.undo();
        assertEquals(CoverageLevel.PARTIAL, link.getCoverage());
        assertEquals(ReviewState.ACCEPTED, link.effectiveReviewState());
    }

    @Test
    void anApprovedPublicationReadsItsUnreviewedLinksAsAcceptedAndAnEditStoresProposed() {
        mapping.setApprovedPublication(true);
        MappingLink link = link("304", "CC09");
        assertEquals(ReviewState.ACCEPTED, link.effectiveReviewState());
        assertFalse(link.isSetReviewState());
        execute(MappingEditCommands.setLevel(domain, mapping, MappingCell.of(mapping, link.getItem(), link.getStandard()),
                CoverageLevel.FULL));
        assertTrue(link.isSetReviewState(), "proposed must be stored, else the link would read accepted again");
        assertEquals(ReviewState.PROPOSED, link.effectiveReviewState());
        stack.undo();
        assertFalse(link.isSetReviewState());
        assertEquals(ReviewState.ACCEPTED, link.effectiveReviewState());
    }

    @Test
    void aCommentJoinsTheThreadAndAGapGetsAJustification() {
        MappingLink link = link("304", "CC09");
        Date date = AnnexeBReview.DATE;
        execute(ReviewCommands.addComment(domain, link, "Second reviewer", date, "  Agreed after the author's reply. "));
        assertEquals("Agreed after the author's reply.", link.getComments().get(0).getText());
        assertNull(ReviewCommands.addComment(domain, link, "Second reviewer", date, "  "), "a blank comment is no command");

        Standard standard = examples.nos("CC01");
        execute(ReviewCommands.justifyGap(domain, mapping, standard, "Covered by the employer's induction.",
                ReviewState.ACCEPTED, AnnexeBReview.REVIEWER, date));
        GapReview gap = ReviewCommands.findGapReview(mapping, standard);
        assertEquals("Covered by the employer's induction.", gap.getJustification());
        assertEquals(ReviewState.ACCEPTED, gap.effectiveReviewState());
        execute(ReviewCommands.justifyGap(domain, mapping, standard, "Covered by induction.", ReviewState.QUERIED,
                "Chair", date));
        assertEquals(1, mapping.getGapReviews().size(), "the second verdict changes the same gap review");
        assertEquals(ReviewState.QUERIED, gap.getReviewState());
        assertEquals("Chair", gap.getReviewer());
        stack.undo();
        assertEquals(ReviewState.ACCEPTED, gap.getReviewState());
        stack.undo();
        assertTrue(mapping.getGapReviews().isEmpty());
    }
}
