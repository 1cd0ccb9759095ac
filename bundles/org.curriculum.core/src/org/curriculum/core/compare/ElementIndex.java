// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.BarredCombination;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.LevelCreditRule;
import org.curriculum.model.ListingEntry;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.MappingLink;
import org.curriculum.model.ReviewComment;
import org.curriculum.model.Reviewable;
import org.curriculum.model.RulesOfCombination;
import org.curriculum.model.labels.ElementLabels;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Every element of one model by its match key: its xmi:id, or (when the ids of two versions do not
 * correspond) a key built from the codes and numbers on its path. Also how an element, a feature value and a
 * reference are shown to a user. References to other files are never resolved here, so that a file can be
 * compared or merged wherever git put its temporary copies; their key is the referenced id.
 */
final class ElementIndex {

    /** How elements of two versions are matched. */
    enum Mode {
        ID, CODE
    }

    final EObject root;
    final Mode mode;
    private final Map<String, EObject> byKey = new LinkedHashMap<>();
    private final Map<EObject, String> keys = new HashMap<>();

    ElementIndex(EObject root, Mode mode) {
        this.root = root;
        this.mode = mode;
        add(root, mode == Mode.ID ? id(root) : "");
        for (var it = root.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            add(element, mode == Mode.ID ? id(element) : codeKey(element));
        }
    }

    private void add(EObject element, String key) {
        String unique = key;
        for (int n = 2; byKey.containsKey(unique); n++) {
            unique = key + "#" + n;
        }
        byKey.put(unique, element);
        keys.put(element, unique);
    }

    /** The xmi:id of an element of a loaded file. */
    static String id(EObject element) {
        Resource resource = element.eResource();
        if (resource instanceof XMLResource xml) {
            String id = xml.getID(element);
            if (id != null) {
                return id;
            }
        }
        return resource == null ? String.valueOf(System.identityHashCode(element)) : resource.getURIFragment(element);
    }

    private String codeKey(EObject element) {
        String parent = keys.getOrDefault(element.eContainer(), "");
        String local;
        if (element instanceof MappingLink link) {
            local = referenceKey(link, link.eClass().getEStructuralFeature("item")) + " x "
                    + referenceKey(link, link.eClass().getEStructuralFeature("standard"));
        } else {
            String identifier = ElementLabels.identifier(element);
            String title = ElementLabels.title(element);
            local = identifier != null ? identifier : title != null ? title : "";
        }
        return parent + "/" + element.eContainingFeature().getName() + "/" + element.eClass().getName() + ":" + local;
    }

    private String referenceKey(EObject owner, EStructuralFeature feature) {
        Object target = owner.eGet(feature, false);
        return target instanceof EObject eObject ? referenceKey(eObject) : "";
    }

    /** Adds an element copied into this model under the key it had in the model it came from. */
    void register(EObject element, String key) {
        byKey.put(key, element);
        keys.put(element, key);
    }

    /** The element with this key, or null. */
    EObject get(String key) {
        return byKey.get(key);
    }

    /** The key of an element of this model, or null if it is not one. */
    String key(EObject element) {
        return keys.get(element);
    }

    /** Every element in tree order, root first. */
    Iterable<EObject> elements() {
        return byKey.values();
    }

    int size() {
        return byKey.size();
    }

    /** The key a reference to the target is compared by: the target's key here, else the id it refers to. */
    String referenceKey(EObject target) {
        String key = keys.get(target);
        if (key != null) {
            return key;
        }
        URI uri = target.eIsProxy() ? ((InternalEObject) target).eProxyURI() : EcoreUtil.getURI(target);
        return uri == null || uri.fragment() == null ? "" : uri.fragment();
    }

    // ------------------------------------------------------------------ features and values

    /** The features compared and merged: stored attributes and cross references (children are elements). */
    static List<EStructuralFeature> comparedFeatures(EObject element) {
        List<EStructuralFeature> features = new ArrayList<>();
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient() || feature.isVolatile()) {
                continue;
            }
            if (feature instanceof EReference reference && (reference.isContainment() || reference.isContainer())) {
                continue;
            }
            features.add(feature);
        }
        return features;
    }

    /** A value that compares equal between versions: attribute values as they are, references by key. */
    Object comparable(EObject element, EStructuralFeature feature) {
        if (isReviewState(feature)) {
            return ((Reviewable) element).effectiveReviewState();
        }
        Object value = element.eGet(feature, false);
        if (feature instanceof EAttribute) {
            return feature.isMany() ? new ArrayList<>((List<?>) value) : value;
        }
        if (feature.isMany()) {
            List<String> targets = new ArrayList<>();
            for (Object target : (List<?>) value) {
                targets.add(referenceKey((EObject) target));
            }
            return targets;
        }
        return value == null ? null : referenceKey((EObject) value);
    }

    /**
     * A link's or gap's review state is compared as it reads (stored, or implied by an approved publication), so
     * that storing "proposed" where nothing was stored is no change and a verdict reads "accepted -> queried".
     */
    private static boolean isReviewState(EStructuralFeature feature) {
        return feature == CurriculumPackage.Literals.REVIEWABLE__REVIEW_STATE;
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }

    /** The value as a user reads it; null when the feature holds nothing. */
    static String shown(EObject element, EStructuralFeature feature) {
        if (isReviewState(feature)) {
            return ElementLabels.reviewState((Reviewable) element);
        }
        Object value = element.eGet(feature, false);
        if (feature instanceof EAttribute attribute) {
            EDataType type = attribute.getEAttributeType();
            if (feature.isMany()) {
                List<?> values = (List<?>) value;
                if (values.isEmpty()) {
                    return null;
                }
                List<String> texts = new ArrayList<>();
                for (Object item : values) {
                    texts.add(EcoreUtil.convertToString(type, item));
                }
                return String.join("; ", texts);
            }
            return value == null ? null : EcoreUtil.convertToString(type, value);
        }
        if (feature.isMany()) {
            List<?> values = (List<?>) value;
            if (values.isEmpty()) {
                return null;
            }
            List<String> texts = new ArrayList<>();
            for (Object item : values) {
                texts.add(referenceLabel((EObject) item));
            }
            return String.join(", ", texts);
        }
        return value == null ? null : referenceLabel((EObject) value);
    }

    /** A referenced element by its number or code; a target that is not loaded by the id it is referred to by. */
    static String referenceLabel(EObject target) {
        if (target.eIsProxy()) {
            URI uri = ((InternalEObject) target).eProxyURI();
            return uri == null ? "?" : uri.lastSegment() + "#" + uri.fragment();
        }
        String identifier = ElementLabels.identifier(target);
        return identifier != null ? identifier : ElementLabels.describe(target);
    }

    // ------------------------------------------------------------------ paths

    /**
     * The element's path as a user reads it, from below the root down: {@code Unit 304 > LO 2 > AC 2.3},
     * {@code Qualification 600/1636/X > Rules of combination > Group "Mandatory units"}; a mapping link is its
     * cell, {@code 304 x CC09}; the root is its own label.
     */
    static String path(EObject element) {
        if (element instanceof MappingLink link) {
            return cell(link);
        }
        if (element instanceof ReviewComment && element.eContainer() instanceof Reviewable thread) {
            // "304 x CC09 > comment 2": a comment belongs to the cell (or gap) it was written on
            return path(thread) + " > comment " + (thread.getComments().indexOf(element) + 1);
        }
        if (element.eContainer() == null) {
            return segment(element);
        }
        List<String> segments = new ArrayList<>();
        for (EObject e = element; e != null && e.eContainer() != null; e = e.eContainer()) {
            segments.add(0, segment(e));
        }
        return String.join(" > ", segments);
    }

    /** A mapping link as the grid cell it fills, e.g. {@code 304 x CC09} or {@code 304 AC 2.3 x CC09}. */
    static String cell(MappingLink link) {
        return itemName(link, (EObject) link.eGet(link.eClass().getEStructuralFeature("item"), false)) + " x "
                + itemName(link, (EObject) link.eGet(link.eClass().getEStructuralFeature("standard"), false));
    }

    private static String itemName(EObject owner, EObject reference) {
        if (reference == null) {
            return "(nothing)";
        }
        // a label only: the link itself keeps its reference unresolved, and a file that cannot be read leaves the id
        EObject target = reference.eIsProxy() ? EcoreUtil.resolve(reference, owner) : reference;
        if (target.eIsProxy()) {
            return referenceLabel(target);
        }
        if (target instanceof LearningOutcome || target instanceof AssessmentCriterion) {
            // "2.3" alone is ambiguous across units: name the component it belongs to
            for (EObject e = target.eContainer(); e != null; e = e.eContainer()) {
                if (e instanceof CurriculumComponent) {
                    return referenceLabel(e) + " " + segment(target);
                }
            }
        }
        return referenceLabel(target);
    }

    private static String segment(EObject element) {
        if (element instanceof RulesOfCombination) {
            return "Rules of combination";
        }
        if (element instanceof BarredCombination || element instanceof MappingLink) {
            return ElementLabels.describe(element);
        }
        if (element instanceof LevelCreditRule rule) {
            return "Level " + rule.getLevel() + " minimum credit";
        }
        if (element instanceof ComponentGroup group) {
            return "Group \"" + group.getTitle() + "\"";
        }
        if (element instanceof ListingEntry entry) {
            return "Entry " + (entry.getKind() == null ? "" : entry.getKind().getLiteral() + " ") + entry.getNumber();
        }
        String kind = ElementLabels.shortKind(element);
        String identifier = ElementLabels.identifier(element);
        if (identifier != null && !identifier.isBlank()) {
            return kind + " " + identifier;
        }
        String title = ElementLabels.title(element);
        if (title != null && !title.isBlank()) {
            return kind + " \"" + (title.length() > 60 ? title.substring(0, 59) + "\u2026" : title) + "\"";
        }
        EObject parent = element.eContainer();
        if (parent != null && element.eContainingFeature().isMany()) {
            return kind + " " + (((List<?>) parent.eGet(element.eContainingFeature())).indexOf(element) + 1);
        }
        return kind;
    }

    /** Which part of the model the element belongs to. */
    static ModelChange.Category category(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof RulesOfCombination) {
                return ModelChange.Category.RULES;
            }
            if (e instanceof MappingLink) {
                return ModelChange.Category.MAPPING;
            }
        }
        return ModelChange.Category.ELEMENTS;
    }
}
