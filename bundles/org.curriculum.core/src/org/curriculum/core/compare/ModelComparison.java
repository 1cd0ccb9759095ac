// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.curriculum.model.labels.ElementLabels;
import org.curriculum.core.review.ReviewThreads;
import org.curriculum.model.MappingLink;
import org.curriculum.model.ReviewComment;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Compares two versions of one model file element by element: what was added, removed, moved to another
 * parent, and which features of the remaining elements changed. Elements are matched by id; when the ids of
 * the two versions do not correspond (a file rebuilt from a spreadsheet gets new ids), by code and number,
 * with a warning. Reordering children within one parent is not reported.
 */
public final class ModelComparison {

    /** Below this share of the old elements found by id in the new version, ids count as regenerated. */
    private static final double MIN_ID_OVERLAP = 0.5;

    private ModelComparison() {
    }

    /**
     * The differences from {@code oldRoot} to {@code newRoot}, the root elements of two versions of a file.
     *
     * @throws IncomparableModelsException when the two roots are different kinds of model
     */
    public static ModelDifference compare(EObject oldRoot, EObject newRoot) throws IncomparableModelsException {
        checkSameKind(oldRoot, newRoot);
        List<String> warnings = new ArrayList<>();
        ElementIndex oldIndex = new ElementIndex(oldRoot, ElementIndex.Mode.ID);
        ElementIndex newIndex = new ElementIndex(newRoot, ElementIndex.Mode.ID);
        int found = 0;
        for (EObject element : oldIndex.elements()) {
            if (newIndex.get(oldIndex.key(element)) != null) {
                found++;
            }
        }
        boolean byCode = found < MIN_ID_OVERLAP * oldIndex.size();
        if (byCode) {
            warnings.add("the ids of the two versions do not correspond (only " + found + " of " + oldIndex.size()
                    + " elements kept theirs; were they regenerated, e.g. by an import?): elements were matched by "
                    + "their codes and numbers instead, so a renumbered element shows as removed and added");
            oldIndex = new ElementIndex(oldRoot, ElementIndex.Mode.CODE);
            newIndex = new ElementIndex(newRoot, ElementIndex.Mode.CODE);
        }
        List<ModelChange> changes = new ArrayList<>();
        for (EObject after : newIndex.elements()) {
            EObject before = oldIndex.get(newIndex.key(after));
            if (before == null) {
                // a whole new subtree is one change: its first element
                if (after.eContainer() == null || oldIndex.get(newIndex.key(after.eContainer())) != null) {
                    changes.add(added(after));
                }
                continue;
            }
            compareFeatures(oldIndex, before, newIndex, after, changes);
            if (after.eContainer() != null) {
                String oldParent = oldIndex.key(before.eContainer());
                String newParent = newIndex.key(after.eContainer());
                if (!oldParent.equals(newParent) || before.eContainingFeature() != after.eContainingFeature()) {
                    changes.add(new ModelChange(ModelChange.Kind.MOVED, ElementIndex.category(after),
                            ElementIndex.path(after), after.eContainingFeature().getName(),
                            ElementIndex.path(before.eContainer()), ElementIndex.path(after.eContainer())));
                }
            }
        }
        for (EObject before : oldIndex.elements()) {
            if (newIndex.get(oldIndex.key(before)) == null
                    && newIndex.get(oldIndex.key(before.eContainer())) != null) {
                changes.add(removed(before));
            }
        }
        // a stable sort keeps tree order within each category
        changes.sort(Comparator.comparing(ModelChange::category));
        return new ModelDifference(ElementLabels.describe(newRoot), byCode, List.copyOf(changes), List.copyOf(warnings));
    }

    /** Refuses two roots of different kinds with a sentence naming both. */
    static void checkSameKind(EObject a, EObject b) throws IncomparableModelsException {
        if (a.eClass() != b.eClass()) {
            throw new IncomparableModelsException("the files hold different kinds of model (" + ElementLabels.kind(a)
                    + " and " + ElementLabels.kind(b) + "): give two versions of the same file");
        }
    }

    private static void compareFeatures(ElementIndex oldIndex, EObject before, ElementIndex newIndex, EObject after,
            List<ModelChange> changes) {
        for (EStructuralFeature feature : ElementIndex.comparedFeatures(after)) {
            if (!ElementIndex.same(oldIndex.comparable(before, feature), newIndex.comparable(after, feature))) {
                changes.add(new ModelChange(ModelChange.Kind.CHANGED, ElementIndex.category(after),
                        ElementIndex.path(after), feature.getName(), ElementIndex.shown(before, feature),
                        ElementIndex.shown(after, feature)));
            }
        }
    }

    private static ModelChange added(EObject element) {
        return new ModelChange(ModelChange.Kind.ADDED, ElementIndex.category(element), ElementIndex.path(element),
                element.eContainingFeature() == null ? null : element.eContainingFeature().getName(), null,
                summary(element));
    }

    private static ModelChange removed(EObject element) {
        return new ModelChange(ModelChange.Kind.REMOVED, ElementIndex.category(element), ElementIndex.path(element),
                element.eContainingFeature().getName(), summary(element), null);
    }

    /** How an added or removed element is described: a link by its coverage, anything else by its label. */
    private static String summary(EObject element) {
        if (element instanceof MappingLink link) {
            return link.getCoverage() == null ? null : link.getCoverage().getLiteral();
        }
        if (element instanceof ReviewComment comment) {
            return ReviewThreads.line(comment.getAuthor(), comment.getDate(), comment.getText());
        }
        return ElementLabels.describe(element);
    }
}
