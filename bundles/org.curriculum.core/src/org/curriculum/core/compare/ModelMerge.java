// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.NamedElement;
import org.curriculum.model.Property;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Three-way merge of one model file by element id, as a Git merge driver needs it: their changes since the
 * common base are brought into ours. Changes to different elements, or to different features of one element,
 * combine; a feature both sides changed to different values is a conflict, left at our value and recorded in
 * the file ({@link #CONFLICT_PROPERTY}); so is an element one side removed and the other changed.
 *
 * <p>References to other files are merged by the id they refer to and never resolved, so the three versions
 * can be git's temporary files anywhere in the same folder.
 */
public final class ModelMerge {

    /**
     * The key of the properties on the merged file's root that record its conflicts, one property per conflict.
     * The value is four lines: the element's id, its path and the feature ({@code PATH :: FEATURE}), then
     * {@code ours: VALUE} and {@code theirs: VALUE} (newlines in values written as {@code \n}). The file keeps
     * our value; a user resolves a conflict by keeping or typing the value and deleting the property.
     */
    public static final String CONFLICT_PROPERTY = "merge-conflict";

    private final ElementIndex base;
    private final ElementIndex ours;
    private final ElementIndex theirs;
    private final Map<String, EObject> oursAdded = new LinkedHashMap<>();
    private final List<MergeConflict> conflicts = new ArrayList<>();
    private int applied;

    private ModelMerge(EObject base, EObject ours, EObject theirs) {
        this.base = new ElementIndex(base, ElementIndex.Mode.ID);
        this.ours = new ElementIndex(ours, ElementIndex.Mode.ID);
        this.theirs = new ElementIndex(theirs, ElementIndex.Mode.ID);
    }

    /**
     * Brings the changes from {@code base} to {@code theirs} into {@code ours}, which is changed in place (save
     * its resource to keep the result). The three roots must be versions of one file: the same kind of model
     * with the same root id.
     *
     * @throws IncomparableModelsException when they are not
     */
    public static MergeResult merge(EObject base, EObject ours, EObject theirs) throws IncomparableModelsException {
        ModelComparison.checkSameKind(base, ours);
        ModelComparison.checkSameKind(base, theirs);
        String id = ElementIndex.id(base);
        if (!id.equals(ElementIndex.id(ours)) || !id.equals(ElementIndex.id(theirs))) {
            throw new IncomparableModelsException("the three files are not versions of one model (their root ids "
                    + "differ; was one of them regenerated?): a merge matches elements by id");
        }
        ModelMerge merge = new ModelMerge(base, ours, theirs);
        Set<String> oursTouched = merge.touchedByOurs();
        merge.addTheirs();
        merge.changeAndMove();
        merge.removeTheirs(oursTouched);
        return new MergeResult(merge.applied, List.copyOf(merge.conflicts));
    }

    /**
     * Merges two versions of a file that both sides added (git's add/add, which gives the driver an empty base):
     * what only one side holds is kept, and every value the two sides set differently is a conflict, as if the base
     * had been an empty model. {@code ours} is changed in place.
     *
     * @throws IncomparableModelsException when the two are not versions of one model (different kinds, or root ids
     *                                     that differ because each side created the file on its own)
     */
    public static MergeResult mergeAdded(EObject ours, EObject theirs) throws IncomparableModelsException {
        ModelComparison.checkSameKind(ours, theirs);
        String id = ElementIndex.id(ours);
        if (!id.equals(ElementIndex.id(theirs))) {
            throw new IncomparableModelsException("both sides added this file, each on its own (their root ids "
                    + "differ), so there is nothing to match their elements by: keep one version, or copy the other's "
                    + "elements into it in the workbench");
        }
        Resource resource = ModelFiles.newResourceSet().createResource(ours.eResource().getURI());
        EObject empty = EcoreUtil.create(ours.eClass());
        resource.getContents().add(empty);
        ((XMLResource) resource).setID(empty, id);
        return merge(empty, ours, theirs);
    }

    /** Records the conflicts on the merged root as {@link #CONFLICT_PROPERTY} properties (see there). */
    public static void recordConflicts(EObject mergedRoot, List<MergeConflict> conflicts) {
        if (!(mergedRoot instanceof NamedElement named)) {
            return;
        }
        for (MergeConflict conflict : conflicts) {
            Property property = CurriculumFactory.eINSTANCE.createProperty();
            property.setKey(CONFLICT_PROPERTY);
            property.setValue(conflict.elementId() + "\n" + conflict.path() + " :: " + conflict.feature() + "\nours: "
                    + escaped(conflict.ours()) + "\ntheirs: " + escaped(conflict.theirs()));
            named.getProperties().add(property);
        }
    }

    /** The conflicts recorded in a file, as {@link #recordConflicts} wrote them. */
    public static List<String> recordedConflicts(EObject root) {
        List<String> recorded = new ArrayList<>();
        if (root instanceof NamedElement named) {
            for (Property property : named.getProperties()) {
                if (CONFLICT_PROPERTY.equals(property.getKey())) {
                    recorded.add(property.getValue());
                }
            }
        }
        return recorded;
    }

    private static String escaped(String value) {
        return value == null ? "(none)" : value.replace("\\", "\\\\").replace("\n", "\\n");
    }

    // ------------------------------------------------------------------ what ours changed

    /** The base elements whose subtree ours changed: removing one of them would lose our work. */
    private Set<String> touchedByOurs() {
        Set<String> touched = new HashSet<>();
        for (EObject mine : ours.elements()) {
            EObject before = base.get(ours.key(mine));
            if (before == null) {
                markWithAncestors(base.get(ours.key(mine.eContainer())), touched);
                continue;
            }
            for (EStructuralFeature feature : ElementIndex.comparedFeatures(mine)) {
                if (!ElementIndex.same(base.comparable(before, feature), ours.comparable(mine, feature))) {
                    markWithAncestors(before, touched);
                    break;
                }
            }
        }
        for (EObject before : base.elements()) {
            if (ours.get(base.key(before)) == null) {
                markWithAncestors(before.eContainer(), touched);
            }
        }
        return touched;
    }

    private void markWithAncestors(EObject baseElement, Set<String> touched) {
        for (EObject e = baseElement; e != null && touched.add(base.key(e)); e = e.eContainer()) {
            // every ancestor holds the change too
        }
    }

    // ------------------------------------------------------------------ their additions

    private void addTheirs() {
        Map<EObject, EObject> copies = new LinkedHashMap<>();
        for (EObject added : theirs.elements()) {
            String key = theirs.key(added);
            if (base.get(key) != null || ours.get(key) != null || added.eContainer() == null) {
                continue;
            }
            EObject parent = ours.get(theirs.key(added.eContainer()));
            if (parent == null) {
                conflicts.add(new MergeConflict(key, ElementIndex.path(added), "added inside an element ours removed",
                        null, summary(added)));
                continue;
            }
            EcoreUtil.Copier copier = new EcoreUtil.Copier(false, false);
            EObject copy = copier.copy(added);
            place(parent, added, copy);
            for (Map.Entry<EObject, EObject> pair : copier.entrySet()) {
                String id = theirs.key(pair.getKey());
                ((XMLResource) parent.eResource()).setID(pair.getValue(), id);
                ours.register(pair.getValue(), id);
                oursAdded.put(id, pair.getValue());
                copies.put(pair.getValue(), pair.getKey());
            }
            applied++;
        }
        // references last: an added element may refer to another added after it
        for (Map.Entry<EObject, EObject> pair : copies.entrySet()) {
            for (EStructuralFeature feature : ElementIndex.comparedFeatures(pair.getValue())) {
                if (!(feature instanceof EAttribute)) {
                    copyValue(pair.getValue(), pair.getKey(), feature);
                }
            }
        }
    }

    /** Puts a copy (or our own element) into our parent where theirs has it: after the sibling it follows there. */
    @SuppressWarnings("unchecked")
    private void place(EObject parent, EObject theirElement, EObject element) {
        EStructuralFeature feature = theirElement.eContainingFeature();
        if (!feature.isMany()) {
            parent.eSet(feature, element);
            return;
        }
        List<EObject> theirSiblings = (List<EObject>) theirElement.eContainer().eGet(feature);
        EList<EObject> list = (EList<EObject>) parent.eGet(feature);
        int index = 0;
        for (int i = theirSiblings.indexOf(theirElement) - 1; i >= 0; i--) {
            EObject before = ours.get(theirs.key(theirSiblings.get(i)));
            if (before != null && before != element && before.eContainer() == parent) {
                index = list.indexOf(before) + 1;
                break;
            }
        }
        if (element.eContainer() == parent && element.eContainingFeature() == feature) {
            int from = list.indexOf(element);
            list.move(from < index ? index - 1 : index, from);
        } else {
            list.add(index, element);
        }
    }

    // ------------------------------------------------------------------ their changes to existing elements

    private void changeAndMove() {
        for (EObject changed : theirs.elements()) {
            String key = theirs.key(changed);
            EObject before = base.get(key);
            EObject mine = ours.get(key);
            if (mine != null && oursAdded.containsKey(key)) {
                continue;
            }
            if (before == null) {
                if (mine != null) {
                    bothAdded(key, mine, changed);
                }
                continue;
            }
            for (EStructuralFeature feature : ElementIndex.comparedFeatures(changed)) {
                Object was = base.comparable(before, feature);
                Object now = theirs.comparable(changed, feature);
                if (ElementIndex.same(was, now)) {
                    continue;
                }
                if (mine == null) {
                    conflicts.add(new MergeConflict(key, ElementIndex.path(changed), feature.getName()
                            + " (ours removed the element)", null, ElementIndex.shown(changed, feature)));
                    continue;
                }
                Object current = ours.comparable(mine, feature);
                if (ElementIndex.same(current, now)) {
                    continue;
                }
                if (ElementIndex.same(current, was)) {
                    copyValue(changed, mine, feature);
                    applied++;
                } else {
                    conflicts.add(new MergeConflict(key, ElementIndex.path(mine), feature.getName(),
                            ElementIndex.shown(mine, feature), ElementIndex.shown(changed, feature)));
                }
            }
            if (mine != null && changed.eContainer() != null) {
                move(before, mine, changed);
            }
        }
    }

    /** An element both sides added with one id (an add/add of the file): values they set differently conflict. */
    private void bothAdded(String key, EObject mine, EObject changed) {
        for (EStructuralFeature feature : ElementIndex.comparedFeatures(changed)) {
            if (!ElementIndex.same(ours.comparable(mine, feature), theirs.comparable(changed, feature))) {
                conflicts.add(new MergeConflict(key, ElementIndex.path(mine), feature.getName(),
                        ElementIndex.shown(mine, feature), ElementIndex.shown(changed, feature)));
            }
        }
    }

    private void move(EObject before, EObject mine, EObject changed) {
        String wasParent = base.key(before.eContainer());
        String theirParent = theirs.key(changed.eContainer());
        if (wasParent.equals(theirParent) && before.eContainingFeature() == changed.eContainingFeature()) {
            return;
        }
        String ourParent = ours.key(mine.eContainer());
        if (ourParent.equals(theirParent) && mine.eContainingFeature() == changed.eContainingFeature()) {
            return;
        }
        EObject target = ours.get(theirParent);
        if (!ourParent.equals(wasParent) || mine.eContainingFeature() != before.eContainingFeature() || target == null) {
            conflicts.add(new MergeConflict(theirs.key(changed), ElementIndex.path(mine), "moved both ways",
                    ElementIndex.path(mine.eContainer()), ElementIndex.path(changed.eContainer())));
            return;
        }
        place(target, changed, mine);
        applied++;
    }

    /** Sets our element's feature to their value; references point at our elements, or at the same other file. */
    @SuppressWarnings("unchecked")
    private void copyValue(EObject from, EObject to, EStructuralFeature feature) {
        if (!from.eIsSet(feature)) {
            to.eUnset(feature);
            return;
        }
        Object value = from.eGet(feature, false);
        if (feature instanceof EAttribute) {
            if (feature.isMany()) {
                ((List<Object>) to.eGet(feature)).clear();
                ((List<Object>) to.eGet(feature)).addAll((List<?>) value);
            } else {
                to.eSet(feature, value);
            }
            return;
        }
        if (feature.isMany()) {
            List<EObject> targets = new ArrayList<>();
            for (Object target : (List<?>) value) {
                EObject mine = ourTarget(from, feature, (EObject) target);
                if (mine != null) {
                    targets.add(mine);
                }
            }
            List<EObject> list = (List<EObject>) to.eGet(feature, false);
            list.clear();
            list.addAll(targets);
        } else {
            to.eSet(feature, ourTarget(from, feature, (EObject) value));
        }
    }

    private EObject ourTarget(EObject from, EStructuralFeature feature, EObject target) {
        String key = theirs.referenceKey(target);
        EObject mine = ours.get(key);
        if (mine != null) {
            return mine;
        }
        Resource theirResource = theirs.root.eResource();
        if (target.eIsProxy() || target.eResource() != theirResource) {
            URI uri = target.eIsProxy() ? ((InternalEObject) target).eProxyURI() : EcoreUtil.getURI(target);
            URI ourUri = ours.root.eResource().getURI();
            // their file's relative reference, read again from where our file is
            URI rebased = uri.deresolve(theirResource.getURI()).resolve(ourUri);
            EObject proxy = EcoreUtil.create(target.eClass());
            ((InternalEObject) proxy).eSetProxyURI(rebased);
            return proxy;
        }
        conflicts.add(new MergeConflict(theirs.key(from), ElementIndex.path(from), feature.getName()
                + " (theirs refers to an element ours removed)", null, ElementIndex.referenceLabel(target)));
        return null;
    }

    // ------------------------------------------------------------------ their removals

    @SuppressWarnings("unchecked")
    private void removeTheirs(Set<String> oursTouched) {
        boolean removedAny = false;
        for (EObject before : base.elements()) {
            String key = base.key(before);
            if (theirs.get(key) != null) {
                continue;
            }
            EObject mine = ours.get(key);
            if (mine == null || mine.eResource() == null) {
                continue; // ours removed it too, or it went with a removed parent
            }
            if (oursTouched.contains(key)) {
                conflicts.add(new MergeConflict(key, ElementIndex.path(mine), "removed by theirs, changed by ours",
                        summary(mine), null));
                continue;
            }
            EcoreUtil.remove(mine);
            removedAny = true;
            applied++;
        }
        if (!removedAny) {
            return;
        }
        // one pass drops references to what was removed (the unit a group listed), instead of a search per removal
        for (EObject element : ours.elements()) {
            if (element.eResource() == null) {
                continue;
            }
            for (EStructuralFeature feature : ElementIndex.comparedFeatures(element)) {
                if (feature instanceof EAttribute) {
                    continue;
                }
                if (feature.isMany()) {
                    ((List<EObject>) element.eGet(feature, false)).removeIf(t -> !t.eIsProxy() && t.eResource() == null);
                } else if (element.eGet(feature, false) instanceof EObject t && !t.eIsProxy() && t.eResource() == null) {
                    element.eUnset(feature);
                }
            }
        }
    }

    private static String summary(EObject element) {
        return element instanceof org.curriculum.model.MappingLink ? ElementIndex.path(element)
                : ElementLabels.describe(element);
    }
}
