// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.edit.command;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.curriculum.model.CoverageLevel;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Reviewable;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The edits of a mapping grid as EMF commands for an editing domain's command stack, so that undo and
 * redo and the dirty state are right wherever they run: give a cell a coverage level (a link added,
 * changed or removed), fill several cells in one undoable step, and set a link's rationale. A level of
 * null means no coverage, which is the absence of a link.
 */
public final class MappingEditCommands {

    /** Label of a fill of several cells with a level. */
    public static final String FILL_LABEL = "Fill cells";
    /** Label of a fill of several cells with no coverage. */
    public static final String CLEAR_LABEL = "Clear cells";

    private MappingEditCommands() {
    }

    /** The level a click moves a cell to, from the cell's own link: none, then partial, then full, then none (null). */
    public static CoverageLevel nextLevel(MappingLink link) {
        if (link == null) {
            return CoverageLevel.PARTIAL;
        }
        return link.getCoverage() != CoverageLevel.FULL ? CoverageLevel.FULL : null;
    }

    /**
     * The command that gives a cell a level: adds a link when there is none, changes the link's level, or
     * removes the link for null. Null when the cell already has that level (nothing to undo).
     */
    public static Command setLevel(EditingDomain domain, MappingSet mapping, MappingCell cell, CoverageLevel level) {
        MappingLink link = cell.link();
        if (level == null) {
            return link == null ? null
                    : RemoveCommand.create(domain, mapping, CurriculumPackage.Literals.MAPPING_SET__LINKS, link);
        }
        if (link == null) {
            MappingLink created = CurriculumFactory.eINSTANCE.createMappingLink();
            created.setItem(cell.item());
            created.setStandard(cell.standard());
            created.setCoverage(level);
            return AddCommand.create(domain, mapping, CurriculumPackage.Literals.MAPPING_SET__LINKS, created);
        }
        return link.getCoverage() == level ? null
                : SetCommand.create(domain, link, CurriculumPackage.Literals.MAPPING_LINK__COVERAGE, level);
    }

    /**
     * One command that gives every cell the same level (one undo brings them all back); a cell named twice
     * counts once. Null when no cell changes.
     */
    public static Command fill(EditingDomain domain, MappingSet mapping, Collection<MappingCell> cells,
            CoverageLevel level) {
        CompoundCommand fill = new CompoundCommand(level == null ? CLEAR_LABEL : FILL_LABEL);
        // Identity of the item, then of the standard: a selection may name a cell more than once.
        Map<MappableItem, Set<MappableItem>> seen = new IdentityHashMap<>();
        for (MappingCell cell : cells) {
            if (seen.computeIfAbsent(cell.item(), item -> Collections.newSetFromMap(new IdentityHashMap<>()))
                    .add(cell.standard())) {
                Command command = setLevel(domain, mapping, cell, level);
                if (command != null) {
                    fill.append(command);
                }
            }
        }
        return fill.isEmpty() ? null : fill;
    }

    /**
     * The command that sets a link's rationale; blank text unsets it, and the text is stripped. Null when
     * the rationale would not change.
     */
    public static Command setRationale(EditingDomain domain, MappingLink link, String text) {
        String value = text == null || text.isBlank() ? null : text.strip();
        if (value == null ? link.getRationale() == null : value.equals(link.getRationale())) {
            return null;
        }
        return SetCommand.create(domain, link, CurriculumPackage.Literals.MAPPING_LINK__RATIONALE,
                value == null ? SetCommand.UNSET_VALUE : value);
    }

    /**
     * Whether a command only adds links to, or removes them from, this mapping set, or sets fields of its
     * links or gap reviews, or adds gap reviews or review comments: then a coverage matrix that follows the links is still right, and nothing needs computing again.
     */
    public static boolean changesLinksOnly(Command command, MappingSet mapping) {
        if (command instanceof CompoundCommand compound) {
            return !compound.getCommandList().isEmpty()
                    && compound.getCommandList().stream().allMatch(part -> changesLinksOnly(part, mapping));
        }
        if (command instanceof CommandWrapper wrapper) {
            return wrapper.getCommand() != null && changesLinksOnly(wrapper.getCommand(), mapping);
        }
        // Exact classes: a subclass (e.g. a drag and drop's move) may do more than its name says.
        if (command != null && command.getClass() == AddCommand.class) {
            AddCommand add = (AddCommand) command;
            // a gap review, or a comment on a link's or gap's thread, changes no coverage either
            return add.getOwner() == mapping && (add.getFeature() == CurriculumPackage.Literals.MAPPING_SET__LINKS
                    || add.getFeature() == CurriculumPackage.Literals.MAPPING_SET__GAP_REVIEWS)
                    || add.getOwner() instanceof Reviewable reviewable && reviewable.eContainer() == mapping
                            && add.getFeature() == CurriculumPackage.Literals.REVIEWABLE__COMMENTS;
        }
        if (command != null && command.getClass() == RemoveCommand.class) {
            RemoveCommand remove = (RemoveCommand) command;
            return remove.getOwner() == mapping && remove.getFeature() == CurriculumPackage.Literals.MAPPING_SET__LINKS;
        }
        if (command != null && command.getClass() == SetCommand.class) {
            return ((SetCommand) command).getOwner() instanceof Reviewable owner && owner.eContainer() == mapping;
        }
        return false;
    }

    /** The link from exactly this item to exactly this standard, or null: a scan of the mapping's links. */
    public static MappingLink findLink(MappingSet mapping, MappableItem item, MappableItem standard) {
        for (MappingLink link : mapping.getLinks()) {
            if (link.getItem() == item && link.getStandard() == standard) {
                return link;
            }
        }
        return null;
    }
}
