// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.caseformat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.Property;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes and reads, by the metamodel, what a CASE object carries in our extension: attributes, references to
 * other elements of the same file (by model id), and contained objects that are not CASE items (rules of
 * combination, properties, listings...). Reflective so that a new attribute in the model travels without a
 * change here.
 */
final class ModelReflection {

    private ModelReflection() {
    }

    /** A reference read from the package, set once every object of the file exists. */
    record PendingReference(EObject owner, EReference reference, List<String> targetIds) {
    }

    static void writeAttributes(JsonGenerator json, EObject object, boolean item) throws IOException {
        json.writeObjectFieldStart("attributes");
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (!isCarried(attribute) || !object.eIsSet(attribute)) {
                continue;
            }
            // An item's code and title travel as humanCodingScheme and fullStatement.
            if (item && (attribute == CurriculumPackage.Literals.NAMED_ELEMENT__CODE
                    || attribute == CurriculumPackage.Literals.NAMED_ELEMENT__TITLE)) {
                continue;
            }
            if (attribute.isMany()) {
                json.writeArrayFieldStart(attribute.getName());
                for (Object value : (List<?>) object.eGet(attribute)) {
                    json.writeString(EcoreUtil.convertToString(attribute.getEAttributeType(), value));
                }
                json.writeEndArray();
            } else {
                Object value = object.eGet(attribute);
                if (value == null) {
                    json.writeNullField(attribute.getName());
                } else {
                    json.writeStringField(attribute.getName(), EcoreUtil.convertToString(attribute.getEAttributeType(), value));
                }
            }
        }
        json.writeEndObject();
    }

    static void writeReferences(JsonGenerator json, EObject object) throws IOException {
        boolean open = false;
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || !isCarried(reference)
                    || CasePackageWriter.isSkippedReference(reference) || !object.eIsSet(reference)) {
                continue;
            }
            List<EObject> targets = new ArrayList<>();
            if (reference.isMany()) {
                for (Object target : (List<?>) object.eGet(reference)) {
                    targets.add((EObject) target);
                }
            } else {
                targets.add((EObject) object.eGet(reference));
            }
            if (!open) {
                json.writeObjectFieldStart("refs");
                open = true;
            }
            json.writeArrayFieldStart(reference.getName());
            for (EObject target : targets) {
                // Same-file targets by model id; a target in another file by its URI (restored as a proxy).
                json.writeString(target.eResource() == object.eResource() ? CaseIdentifiers.modelId(target)
                        : EcoreUtil.getURI(target).toString());
            }
            json.writeEndArray();
        }
        if (open) {
            json.writeEndObject();
        }
    }

    /** Contained objects that are not CASE items, nested; nothing is written when there are none. */
    static void writeContents(JsonGenerator json, EObject object) throws IOException {
        List<EObject> embedded = new ArrayList<>();
        for (EObject child : object.eContents()) {
            if (!CasePackageWriter.isCarriedAsItem(child) && !isKept(child)
                    && !CasePackageWriter.isSkippedReference(child.eContainmentFeature())) {
                embedded.add(child);
            }
        }
        if (embedded.isEmpty()) {
            return;
        }
        writeEmbedded(json, embedded);
    }

    /** Below an embedded object everything is embedded, named elements included. */
    private static void writeAllContents(JsonGenerator json, EObject object) throws IOException {
        if (object.eContents().isEmpty()) {
            return;
        }
        writeEmbedded(json, object.eContents());
    }

    private static void writeEmbedded(JsonGenerator json, List<EObject> children) throws IOException {
        json.writeArrayFieldStart("contents");
        for (EObject child : children) {
            json.writeStartObject();
            json.writeStringField("feature", child.eContainmentFeature().getName());
            json.writeStringField("kind", child.eClass().getName());
            json.writeStringField("id", CaseIdentifiers.modelId(child));
            writeAttributes(json, child, false);
            writeReferences(json, child);
            writeAllContents(json, child);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static boolean isKept(EObject child) {
        return child instanceof Property property && property.getKey() != null
                && property.getKey().startsWith(CaseVocabulary.KEPT);
    }

    private static boolean isCarried(EStructuralFeature feature) {
        return !feature.isDerived() && !feature.isTransient() && feature.isChangeable() && !feature.isVolatile();
    }

    // ---- reading ----

    /** Sets the attributes read from an extension's "attributes" object; a value that does not convert is reported. */
    @SuppressWarnings("unchecked")
    static void applyAttributes(EObject object, Object attributes, String where, List<String> notes) {
        if (!(attributes instanceof Map<?, ?> map)) {
            return;
        }
        for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
            EStructuralFeature feature = object.eClass().getEStructuralFeature(entry.getKey());
            if (!(feature instanceof EAttribute attribute) || !isCarried(attribute)) {
                notes.add(where + ": attribute \"" + entry.getKey() + "\" is not one of a "
                        + object.eClass().getName() + "'s; left out");
                continue;
            }
            try {
                if (attribute.isMany()) {
                    List<Object> values = (List<Object>) object.eGet(attribute);
                    if (entry.getValue() instanceof List<?> list) {
                        for (Object value : list) {
                            values.add(EcoreUtil.createFromString(attribute.getEAttributeType(), String.valueOf(value)));
                        }
                    }
                } else if (entry.getValue() == null) {
                    object.eSet(attribute, null);
                } else {
                    object.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), String.valueOf(entry.getValue())));
                }
            } catch (RuntimeException e) {
                notes.add(where + ": attribute \"" + entry.getKey() + "\" has a value that is not a "
                        + attribute.getEAttributeType().getName() + " (" + entry.getValue() + "); left out");
            }
        }
    }

    @SuppressWarnings("unchecked")
    static void collectReferences(EObject object, Object refs, List<PendingReference> pending) {
        if (!(refs instanceof Map<?, ?> map)) {
            return;
        }
        for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
            if (object.eClass().getEStructuralFeature(entry.getKey()) instanceof EReference reference
                    && entry.getValue() instanceof List<?> list) {
                List<String> ids = new ArrayList<>();
                for (Object id : list) {
                    ids.add(String.valueOf(id));
                }
                pending.add(new PendingReference(object, reference, ids));
            }
        }
    }

    /** Creates the embedded objects under an object, registering their ids. */
    @SuppressWarnings("unchecked")
    static void applyContents(EObject object, Object contents, Map<String, EObject> byId, Map<EObject, String> ids,
            List<PendingReference> pending, String where, List<String> notes) {
        if (!(contents instanceof List<?> list)) {
            return;
        }
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> raw)) {
                continue;
            }
            Map<String, Object> child = (Map<String, Object>) raw;
            EStructuralFeature feature = object.eClass().getEStructuralFeature(String.valueOf(child.get("feature")));
            EClassifier kind = CurriculumPackage.eINSTANCE.getEClassifier(String.valueOf(child.get("kind")));
            if (!(feature instanceof EReference reference) || !reference.isContainment() || !(kind instanceof EClass eClass)
                    || eClass.isAbstract() || !reference.getEReferenceType().isSuperTypeOf(eClass)) {
                notes.add(where + ": a contained " + child.get("kind") + " (" + child.get("feature")
                        + ") does not fit a " + object.eClass().getName() + "; left out");
                continue;
            }
            EObject created = EcoreUtil.create(eClass);
            if (reference.isMany()) {
                ((List<EObject>) object.eGet(reference)).add(created);
            } else {
                object.eSet(reference, created);
            }
            if (child.get("id") instanceof String id) {
                byId.put(id, created);
                ids.put(created, id);
            }
            applyAttributes(created, child.get("attributes"), where, notes);
            collectReferences(created, child.get("refs"), pending);
            applyContents(created, child.get("contents"), byId, ids, pending, where, notes);
        }
    }

    /**
     * The class of a proxy for a target in another file: the reference's type, or, when that is abstract (a gap
     * review's standard is a MappableItem), its first concrete subclass; the proxy resolves to the real element.
     */
    private static org.eclipse.emf.ecore.EClass proxyClass(org.eclipse.emf.ecore.EClass type) {
        if (!type.isAbstract() && !type.isInterface()) {
            return type;
        }
        for (org.eclipse.emf.ecore.EClassifier classifier : type.getEPackage().getEClassifiers()) {
            if (classifier instanceof org.eclipse.emf.ecore.EClass concrete && !concrete.isAbstract()
                    && !concrete.isInterface() && type.isSuperTypeOf(concrete)) {
                return concrete;
            }
        }
        return type;
    }

    /** Sets the references once every object exists; a target that is not found is reported. */
    @SuppressWarnings("unchecked")
    static void resolve(List<PendingReference> pending, Map<String, EObject> byId, List<String> notes) {
        for (PendingReference reference : pending) {
            List<EObject> targets = new ArrayList<>();
            for (String id : reference.targetIds()) {
                EObject target = byId.get(id);
                if (target == null && id.contains("#")) {
                    target = EcoreUtil.create(proxyClass(reference.reference().getEReferenceType()));
                    ((org.eclipse.emf.ecore.InternalEObject) target).eSetProxyURI(org.eclipse.emf.common.util.URI.createURI(id));
                }
                if (target == null || !reference.reference().getEReferenceType().isInstance(target)) {
                    notes.add("reference \"" + reference.reference().getName() + "\" of a "
                            + reference.owner().eClass().getName() + " names " + id + ", which the package does not hold; left out");
                    continue;
                }
                targets.add(target);
            }
            if (reference.reference().isMany()) {
                ((List<EObject>) reference.owner().eGet(reference.reference())).addAll(targets);
            } else if (!targets.isEmpty()) {
                reference.owner().eSet(reference.reference(), targets.get(0));
            }
        }
    }
}
