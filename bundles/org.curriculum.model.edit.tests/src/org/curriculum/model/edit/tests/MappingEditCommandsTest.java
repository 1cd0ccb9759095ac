// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardsFramework;
import org.curriculum.model.edit.command.MappingCell;
import org.curriculum.model.edit.command.MappingEditCommands;
import org.curriculum.testsupport.LoadedExamples;
import org.curriculum.model.provider.LabelledItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mapping grid's edits on the Annexe B mapping (BTEC units against the Contact Centre NOS, 70
 * partial ticks; CC09 ticked for 304, 204 and 205; 302 has 4 ticks, 303 none), run on a headless
 * editing domain with the workbench's item providers: what a cell holds after execute, undo and redo.
 */
class MappingEditCommandsTest {

    @TempDir
    Path folder;
    private LoadedExamples examples;
    private MappingSet mapping;
    private Curriculum btec;
    private StandardsFramework nos;
    private EditingDomain domain;
    private CommandStack stack;

    @BeforeEach
    void load() throws Exception {
        examples = LoadedExamples.load(folder);
        mapping = examples.nosMapping();
        btec = examples.btec();
        nos = examples.nos();
        stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(new LabelledItemProviderAdapterFactory(), stack,
                examples.resourceSet);
    }

    private CurriculumComponent unit(String number) {
        return examples.unit(number);
    }

    private Standard standard(String code) {
        return examples.nos(code);
    }

    private MappingCell cell(String unit, String standard) {
        return MappingCell.of(mapping, unit(unit), standard(standard));
    }

    /** The level of the link from a unit to a standard, or null when there is none (a blank cell). */
    private CoverageLevel level(String unit, String standard) {
        MappingLink link = cell(unit, standard).link();
        return link == null ? null : link.getCoverage();
    }

    private long ticksOf(String unit) {
        MappableItem item = unit(unit);
        return mapping.getLinks().stream().filter(link -> link.getItem() == item).count();
    }

    private void execute(Command command) {
        assertNotNull(command, "something to do");
        assertTrue(command.canExecute(), command.getLabel() + " can execute");
        stack.execute(command);
    }

    @Test
    void clickingCyclesACellFromNoneToPartialToFullToNoneAndUndoWalksBack() {
        assertNull(level("301", "CC09"), "301 does not cover CC09 in Annexe B");
        for (CoverageLevel expected : new CoverageLevel[] { CoverageLevel.PARTIAL, CoverageLevel.FULL, null }) {
            MappingCell cell = cell("301", "CC09");
            execute(MappingEditCommands.setLevel(domain, mapping, cell,
                    MappingEditCommands.nextLevel(cell.link())));
            assertEquals(expected, level("301", "CC09"));
        }
        assertEquals(70, mapping.getLinks().size());
        stack.undo();
        assertEquals(CoverageLevel.FULL, level("301", "CC09"));
        stack.undo();
        assertEquals(CoverageLevel.PARTIAL, level("301", "CC09"));
        assertEquals(71, mapping.getLinks().size());
        stack.undo();
        assertNull(level("301", "CC09"));
        assertEquals(70, mapping.getLinks().size());
        assertFalse(stack.canUndo());
        stack.redo();
        assertEquals(CoverageLevel.PARTIAL, level("301", "CC09"), "redo adds the link again");
    }

    @Test
    void aNewLinkJoinsTheCellsItemAndStandardWithTheLevel() {
        execute(MappingEditCommands.setLevel(domain, mapping, cell("303", "CC01"), CoverageLevel.FULL));
        MappingLink link = cell("303", "CC01").link();
        assertSame(unit("303"), link.getItem());
        assertSame(standard("CC01"), link.getStandard());
        assertEquals(CoverageLevel.FULL, link.getCoverage());
        assertSame(mapping, link.eContainer());
    }

    @Test
    void settingTheLevelACellAlreadyHasIsNoCommand() {
        assertEquals(CoverageLevel.PARTIAL, level("304", "CC09"));
        assertNull(MappingEditCommands.setLevel(domain, mapping, cell("304", "CC09"), CoverageLevel.PARTIAL));
        assertNull(MappingEditCommands.setLevel(domain, mapping, cell("301", "CC09"), null), "a blank cell has nothing to clear");
    }

    @Test
    void fillingABlockOfCellsIsOneUndoAndRedo() {
        List<MappingCell> block = new ArrayList<>();
        for (String unit : List.of("302", "303")) {
            for (String standard : List.of("CC01", "CC02", "CC03")) {
                block.add(cell(unit, standard));
            }
        }
        block.add(cell("302", "CC01")); // a cell named twice counts once
        Command fill = MappingEditCommands.fill(domain, mapping, block, CoverageLevel.FULL);
        assertEquals(MappingEditCommands.FILL_LABEL, fill.getLabel());
        execute(fill);
        for (String unit : List.of("302", "303")) {
            for (String standard : List.of("CC01", "CC02", "CC03")) {
                assertEquals(CoverageLevel.FULL, level(unit, standard), unit + " / " + standard);
            }
        }
        assertEquals(3, ticksOf("303"), "303 had no tick and now covers CC01..CC03");

        List<MappingCell> again = block.stream().map(c -> MappingCell.of(mapping, c.item(), c.standard())).toList();
        Command clear = MappingEditCommands.fill(domain, mapping, again, null);
        assertEquals(MappingEditCommands.CLEAR_LABEL, clear.getLabel());
        execute(clear);
        for (String unit : List.of("302", "303")) {
            for (String standard : List.of("CC01", "CC02", "CC03")) {
                assertNull(level(unit, standard), unit + " / " + standard);
            }
        }
        assertEquals(0, ticksOf("303"));

        stack.undo();
        assertEquals(CoverageLevel.FULL, level("302", "CC02"), "one undo brings the whole block back");
        assertEquals(CoverageLevel.FULL, level("303", "CC03"));
        stack.undo();
        assertEquals(4, ticksOf("302"), "302's own 4 ticks, as published");
        assertEquals(0, ticksOf("303"));
        assertEquals(70, mapping.getLinks().size());
        stack.redo();
        assertEquals(3, ticksOf("303"), "one redo fills the block again");
    }

    @Test
    void fillingCellsThatAlreadyHaveTheLevelIsNoCommand() {
        assertNull(MappingEditCommands.fill(domain, mapping, List.of(cell("304", "CC09"), cell("204", "CC09")),
                CoverageLevel.PARTIAL));
    }

    @Test
    void aRationaleIsSetStrippedUnsetWhenBlankAndUndone() {
        MappingLink link = cell("304", "CC09").link();
        assertNull(link.getRationale());
        execute(MappingEditCommands.setRationale(domain, link, "  Unit 304 teaches the systems used during customer contact "));
        assertEquals("Unit 304 teaches the systems used during customer contact", link.getRationale());
        assertNull(MappingEditCommands.setRationale(domain, link, "Unit 304 teaches the systems used during customer contact"),
                "the same text changes nothing");
        execute(MappingEditCommands.setRationale(domain, link, "   "));
        assertNull(link.getRationale(), "blank text unsets the rationale");
        assertFalse(link.eIsSet(CurriculumPackage.Literals.MAPPING_LINK__RATIONALE));
        stack.undo();
        assertEquals("Unit 304 teaches the systems used during customer contact", link.getRationale());
        stack.undo();
        assertNull(link.getRationale());
    }

    @Test
    void theGridsOwnEditsChangeLinksOnlyAndOtherEditsDoNot() {
        Command fill = MappingEditCommands.fill(domain, mapping, List.of(cell("303", "CC01"), cell("304", "CC09")), null);
        assertTrue(MappingEditCommands.changesLinksOnly(fill, mapping), "adding and removing links");
        Command rationale = MappingEditCommands.setRationale(domain, cell("304", "CC09").link(), "why");
        assertTrue(MappingEditCommands.changesLinksOnly(rationale, mapping));
        Command retitle = SetCommand.create(domain, unit("301"), CurriculumPackage.Literals.NAMED_ELEMENT__TITLE, "New");
        assertFalse(MappingEditCommands.changesLinksOnly(retitle, mapping), "a unit's title is not a link");
        MappingSet other = org.curriculum.model.CurriculumFactory.eINSTANCE.createMappingSet();
        assertFalse(MappingEditCommands.changesLinksOnly(fill, other), "links of another mapping set");
    }

    @Test
    void aMappingSetHasChildrenWhileItHoldsALinkOrAGapReviewAndNotAfter() {
        org.eclipse.emf.edit.provider.ITreeItemContentProvider tree = (org.eclipse.emf.edit.provider.ITreeItemContentProvider)
                ((AdapterFactoryEditingDomain) domain).getAdapterFactory().adapt(mapping,
                        org.eclipse.emf.edit.provider.ITreeItemContentProvider.class);
        assertTrue(tree.hasChildren(mapping), "Annexe B's 70 links");
        assertEquals(70, tree.getChildren(mapping).size());
        List<MappingLink> links = new ArrayList<>(mapping.getLinks());
        mapping.getLinks().clear();
        assertFalse(tree.hasChildren(mapping), "no link, no gap review");
        mapping.getGapReviews().add(org.curriculum.model.CurriculumFactory.eINSTANCE.createGapReview());
        assertTrue(tree.hasChildren(mapping), "a gap review alone");
        mapping.getGapReviews().clear();
        mapping.getLinks().add(links.get(0));
        assertTrue(tree.hasChildren(mapping), "one link again");
    }
}
