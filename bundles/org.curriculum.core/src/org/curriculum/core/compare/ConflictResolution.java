// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.compare;

import java.util.Collection;
import java.util.List;

import org.curriculum.model.NamedElement;
import org.curriculum.model.Property;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Resolving a recorded merge conflict by choosing a side, as one undoable command for an editing domain's command
 * stack: it gives the element the chosen value and removes the conflict's record; undo restores both.
 */
public final class ConflictResolution {

    /** Which side of the merge a resolution keeps. */
    public enum Side {
        /** Our value, the one the merge kept in the file. */
        OURS("Keep ours"),
        /** Their value, recorded beside it. */
        THEIRS("Take theirs");

        private final String label;

        Side(String label) {
            this.label = label;
        }

        /** The words a button or menu shows. */
        public String label() {
            return label;
        }
    }

    private ConflictResolution() {
    }

    /**
     * Why a side cannot be taken for a conflict, or null when it can. Ours can always be kept: the file holds it.
     * Theirs can be taken for a value of the element (a title, a coverage level, a number); a conflict about a
     * reference, a list, or an element removed or moved on one side is resolved by editing the element, then
     * keeping ours.
     */
    public static String whyNot(RecordedConflict conflict, Side side) {
        if (conflict.record().eContainer() == null) {
            return "the conflict is no longer recorded in the file";
        }
        if (side == Side.OURS) {
            return null;
        }
        if (conflict.element() == null) {
            return "the element " + conflict.path() + " is no longer in the file";
        }
        EAttribute attribute = conflict.attribute();
        if (attribute == null) {
            return "'" + conflict.feature() + "' is not a single value the workbench can set: edit "
                    + conflict.path() + " by hand, then keep ours";
        }
        if (conflict.theirs() != null) {
            try {
                EcoreUtil.createFromString(attribute.getEAttributeType(), conflict.theirs());
            } catch (RuntimeException e) {
                return "their value \"" + conflict.theirs() + "\" is not a valid " + attribute.getName();
            }
        }
        return null;
    }

    /** The command that resolves the conflict by the side; it cannot execute when {@link #whyNot} gives a reason. */
    public static Command resolve(RecordedConflict conflict, Side side) {
        return new ResolveCommand(conflict, side);
    }

    private static final class ResolveCommand extends AbstractCommand {

        private final RecordedConflict conflict;
        private final Side side;
        private NamedElement owner;
        private int index;
        private EObject element;
        private EAttribute attribute;
        private boolean wasSet;
        private Object oldValue;

        ResolveCommand(RecordedConflict conflict, Side side) {
            super(side.label() + " for " + conflict.path() + " " + conflict.feature(),
                    side.label() + " (" + conflict.describe() + ")");
            this.conflict = conflict;
            this.side = side;
        }

        @Override
        protected boolean prepare() {
            return whyNot(conflict, side) == null && conflict.record().eContainer() instanceof NamedElement;
        }

        @Override
        public void execute() {
            Property record = conflict.record();
            owner = (NamedElement) record.eContainer();
            index = owner.getProperties().indexOf(record);
            element = conflict.element();
            attribute = conflict.attribute();
            if (element != null && attribute != null) {
                wasSet = element.eIsSet(attribute);
                oldValue = element.eGet(attribute);
            }
            redo();
        }

        @Override
        public void redo() {
            if (element != null && attribute != null) {
                String value = side == Side.OURS ? conflict.ours() : conflict.theirs();
                if (value == null) {
                    element.eUnset(attribute);
                } else {
                    element.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), value));
                }
            }
            owner.getProperties().remove(conflict.record());
        }

        @Override
        public void undo() {
            EList<Property> properties = owner.getProperties();
            properties.add(Math.min(index, properties.size()), conflict.record());
            if (element != null && attribute != null) {
                if (wasSet) {
                    element.eSet(attribute, oldValue);
                } else {
                    element.eUnset(attribute);
                }
            }
        }

        @Override
        public Collection<?> getAffectedObjects() {
            // the editor selects what a command changed: the element, or the root whose record went
            return element == null ? List.of(owner) : List.of(element);
        }
    }
}
