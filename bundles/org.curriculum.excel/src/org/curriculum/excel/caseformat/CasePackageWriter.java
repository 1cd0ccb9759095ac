// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.caseformat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.Framework;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.NamedElement;
import org.curriculum.model.Property;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a standards framework, a curriculum or a mapping set as a CASE 1.1 package (JSON, streamed, so an
 * export of hundreds of thousands of links never holds a JSON tree).
 *
 * <p>A framework becomes one CFDocument, one CFItem per named element (units, outcomes, criteria, standards,
 * sections...; CFItemType from the element kind, humanCodingScheme its code, fullStatement its title) and an
 * {@code isChildOf} association per item. A mapping set becomes a CFDocument whose associations are its links
 * (see {@link CaseVocabulary} for the types). Everything CASE has no field for (credits, levels, coverage,
 * rationale, author, date, rules of combination, cross-references) is carried in each object's
 * {@code extensions."org.curriculum"}, so that our own import gives back the same model.
 */
public final class CasePackageWriter {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Instant lastChange;
    private final Map<EObject, String> identifiers = new IdentityHashMap<>();
    private JsonGenerator json;
    private String lastChangeText;
    private int items;
    private int associations;

    /** What was written, for the user's message. */
    public record Summary(int items, int associations) {
    }

    private CasePackageWriter(Instant lastChange) {
        this.lastChange = lastChange.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Writes the package of a framework or mapping set (which must be in a file: identifiers come from model
     * ids). {@code lastChange} is the time written where an object records none.
     */
    public static Summary write(EObject root, OutputStream out, Instant lastChange) throws IOException {
        if (!(root instanceof Framework) && !(root instanceof MappingSet)) {
            throw new IllegalArgumentException("CASE export takes a curriculum, a standards framework or a mapping set, not "
                    + root.eClass().getName());
        }
        CasePackageWriter writer = new CasePackageWriter(lastChange);
        try (JsonGenerator generator = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            generator.useDefaultPrettyPrinter();
            writer.json = generator;
            writer.lastChangeText = writer.lastChange.toString();
            if (root instanceof MappingSet mapping) {
                writer.writeMapping(mapping);
            } else {
                writer.writeFramework((Framework) root);
            }
        }
        return new Summary(writer.items, writer.associations);
    }

    private void writeFramework(Framework framework) throws IOException {
        json.writeStartObject();
        writeDocument(framework, null);
        // Items in document order (parents before children), so a reader can build the tree in one pass.
        List<NamedElement> elements = new ArrayList<>();
        collectItems(framework, elements);
        json.writeArrayFieldStart("CFItems");
        for (NamedElement element : elements) {
            writeItem(element);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("CFAssociations");
        for (NamedElement element : elements) {
            writeChildOf(element, framework);
        }
        writeKeptAssociations(framework);
        for (NamedElement element : elements) {
            writeKeptAssociations(element);
        }
        json.writeEndArray();
        writeKeptPackageFields(framework);
        json.writeEndObject();
    }

    private void writeMapping(MappingSet mapping) throws IOException {
        json.writeStartObject();
        writeDocument(mapping, mapping);
        json.writeArrayFieldStart("CFItems");
        json.writeEndArray();
        json.writeArrayFieldStart("CFAssociations");
        for (MappingLink link : mapping.getLinks()) {
            if (link.getItem() == null || link.getStandard() == null) {
                continue;
            }
            json.writeStartObject();
            String identifier = identifier(link);
            json.writeStringField("identifier", identifier);
            json.writeStringField("associationType", CaseVocabulary.associationType(link.getCoverage()));
            json.writeStringField("uri", CaseVocabulary.uri(identifier));
            writeNodeUri("originNodeURI", link.getItem());
            writeNodeUri("destinationNodeURI", link.getStandard());
            Date date = link.getDate();
            json.writeStringField("lastChangeDateTime", date == null ? lastChangeText
                    : date.toInstant().truncatedTo(ChronoUnit.SECONDS).toString());
            if (link.getRationale() != null && !link.getRationale().isEmpty()) {
                json.writeStringField("notes", link.getRationale());
            }
            json.writeObjectFieldStart("extensions");
            json.writeObjectFieldStart(CaseVocabulary.EXTENSION);
            writeModelIdIfNeeded(link, identifier);
            // Written even at their defaults, so another tool sees the coverage of every link.
            json.writeObjectFieldStart("attributes");
            json.writeStringField("coverage", link.getCoverage().getLiteral());
            writeNullable("rationale", link.getRationale());
            writeNullable("author", link.getAuthor());
            writeNullable("date", date == null ? null : date.toInstant().toString());
            // the review only when there is one, so a grid nobody reviewed exports as before
            if (link.isSetReviewState()) {
                json.writeStringField("reviewState", link.getReviewState().getLiteral());
            }
            if (link.getReviewer() != null) {
                json.writeStringField("reviewer", link.getReviewer());
            }
            if (link.getReviewedOn() != null) {
                json.writeStringField("reviewedOn", link.getReviewedOn().toInstant().toString());
            }
            json.writeEndObject();
            ModelReflection.writeContents(json, link);
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            associations++;
        }
        writeKeptAssociations(mapping);
        json.writeEndArray();
        writeKeptPackageFields(mapping);
        json.writeEndObject();
    }

    private void writeDocument(NamedElement root, MappingSet mapping) throws IOException {
        String identifier = identifier(root);
        json.writeObjectFieldStart("CFDocument");
        json.writeStringField("identifier", identifier);
        json.writeStringField("uri", CaseVocabulary.uri(identifier));
        String publisher = root instanceof Framework framework ? framework.getPublisher() : null;
        json.writeStringField("creator", publisher != null && !publisher.isEmpty() ? publisher : "Curriculum Workbench");
        json.writeStringField("title", root.getTitle() != null ? root.getTitle() : "");
        json.writeStringField("lastChangeDateTime", lastChangeText);
        json.writeStringField("caseVersion", "1.1");
        json.writeStringField("frameworkType", CaseVocabulary.itemType(root.eClass()));
        if (publisher != null && !publisher.isEmpty()) {
            json.writeStringField("publisher", publisher);
        }
        if (root.getDescription() != null) {
            json.writeStringField("description", root.getDescription());
        }
        if (root instanceof Framework framework) {
            if (framework.getVersion() != null) {
                json.writeStringField("version", framework.getVersion());
            }
            if (framework.eIsSet(CurriculumPackage.Literals.FRAMEWORK__STATUS)) {
                json.writeStringField("adoptionStatus", framework.getStatus().getLiteral());
            }
        }
        writeKeptFields(root);
        json.writeObjectFieldStart("extensions");
        json.writeObjectFieldStart(CaseVocabulary.EXTENSION);
        json.writeStringField("kind", root.eClass().getName());
        writeModelIdIfNeeded(root, identifier);
        ModelReflection.writeAttributes(json, root, false);
        ModelReflection.writeReferences(json, root);
        ModelReflection.writeContents(json, root);
        if (mapping != null) {
            writeFrameworkReference("source", mapping, mapping.getSource());
            writeFrameworkReference("target", mapping, mapping.getTarget());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeFrameworkReference(String field, MappingSet mapping, Framework framework) throws IOException {
        if (framework == null) {
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeStringField("identifier", identifier(framework));
        json.writeStringField("title", framework.getTitle() != null ? framework.getTitle() : "");
        URI uri = EcoreUtil.getURI(framework).trimFragment();
        URI base = mapping.eResource().getURI();
        json.writeStringField("href", base != null && uri.isHierarchical() && !uri.isRelative()
                ? uri.deresolve(base).toString() : uri.toString());
        json.writeEndObject();
    }

    private void collectItems(EObject parent, List<NamedElement> into) {
        for (EObject child : parent.eContents()) {
            if (child instanceof NamedElement named) {
                into.add(named);
                collectItems(named, into);
            }
        }
    }

    private void writeItem(NamedElement element) throws IOException {
        String identifier = identifier(element);
        json.writeStartObject();
        json.writeStringField("identifier", identifier);
        json.writeStringField("fullStatement", element.getTitle() != null ? element.getTitle() : "");
        String keptType = kept(element, CaseVocabulary.KEPT_FIELD + "CFItemType");
        if (keptType != null) {
            // the type another tool gave the item, rather than the kind we read it as
            json.writeFieldName("CFItemType");
            json.writeRawValue(keptType);
        } else {
            json.writeStringField("CFItemType", CaseVocabulary.itemType(element.eClass()));
        }
        json.writeStringField("uri", CaseVocabulary.uri(identifier));
        if (element.getCode() != null && !element.getCode().isEmpty()) {
            json.writeStringField("humanCodingScheme", element.getCode());
        }
        json.writeStringField("lastChangeDateTime", lastChangeText);
        writeKeptFields(element);
        json.writeObjectFieldStart("extensions");
        json.writeObjectFieldStart(CaseVocabulary.EXTENSION);
        json.writeStringField("kind", element.eClass().getName());
        json.writeStringField("feature", element.eContainmentFeature().getName());
        writeModelIdIfNeeded(element, identifier);
        ModelReflection.writeAttributes(json, element, true);
        ModelReflection.writeReferences(json, element);
        ModelReflection.writeContents(json, element);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        items++;
    }

    private void writeChildOf(NamedElement element, Framework framework) throws IOException {
        EObject parent = element.eContainer();
        String child = identifier(element);
        json.writeStartObject();
        // Name-based on the child's identifier: the same item's hierarchy link keeps its identifier too.
        String identifier = UUID.nameUUIDFromBytes(("isChildOf:" + child).getBytes(StandardCharsets.UTF_8)).toString();
        json.writeStringField("identifier", identifier);
        json.writeStringField("associationType", CaseVocabulary.IS_CHILD_OF);
        Object siblings = parent.eGet(element.eContainmentFeature());
        json.writeNumberField("sequenceNumber", siblings instanceof List<?> list ? list.indexOf(element) + 1 : 1);
        json.writeStringField("uri", CaseVocabulary.uri(identifier));
        writeNodeUri("originNodeURI", element);
        writeNodeUri("destinationNodeURI", parent == framework ? framework : (NamedElement) parent);
        json.writeStringField("lastChangeDateTime", lastChangeText);
        json.writeEndObject();
        associations++;
    }

    private void writeNodeUri(String field, EObject node) throws IOException {
        String identifier = identifier(node);
        json.writeObjectFieldStart(field);
        NamedElement named = (NamedElement) node;
        String label = named.getCode() != null && !named.getCode().isEmpty() ? named.getCode() : named.getTitle();
        json.writeStringField("title", label != null ? label : "");
        json.writeStringField("identifier", identifier);
        json.writeStringField("uri", CaseVocabulary.uri(identifier));
        json.writeEndObject();
    }

    /** Fields an imported package had that we have no attribute for, written back as they came. */
    private void writeKeptFields(NamedElement element) throws IOException {
        for (Property property : element.getProperties()) {
            String key = property.getKey();
            if (key != null && key.startsWith(CaseVocabulary.KEPT_FIELD) && property.getValue() != null
                    && !key.equals(CaseVocabulary.KEPT_FIELD + "CFItemType")) {
                json.writeFieldName(key.substring(CaseVocabulary.KEPT_FIELD.length()));
                json.writeRawValue(property.getValue());
            }
        }
    }

    private static String kept(NamedElement element, String key) {
        for (Property property : element.getProperties()) {
            if (key.equals(property.getKey())) {
                return property.getValue();
            }
        }
        return null;
    }

    /** Package-level fields of an imported package (CFDefinitions, CFRubrics...), written back as they came. */
    private void writeKeptPackageFields(NamedElement root) throws IOException {
        for (Property property : root.getProperties()) {
            String key = property.getKey();
            if (key != null && key.startsWith(CaseVocabulary.KEPT_PACKAGE) && property.getValue() != null) {
                json.writeFieldName(key.substring(CaseVocabulary.KEPT_PACKAGE.length()));
                json.writeRawValue(property.getValue());
            }
        }
    }

    private void writeKeptAssociations(NamedElement element) throws IOException {
        for (Property property : element.getProperties()) {
            if (CaseVocabulary.KEPT_ASSOCIATION.equals(property.getKey()) && property.getValue() != null) {
                json.writeRawValue(property.getValue());
                associations++;
            }
        }
    }

    private void writeModelIdIfNeeded(EObject element, String identifier) throws IOException {
        String id = CaseIdentifiers.modelId(element);
        if (!CaseIdentifiers.modelIdOf(identifier).equals(id)) {
            json.writeStringField("id", id);
        }
    }

    private void writeNullable(String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private String identifier(EObject element) {
        return identifiers.computeIfAbsent(element, CaseIdentifiers::identifier);
    }

    static boolean isCarriedAsItem(EObject child) {
        return child instanceof NamedElement;
    }

    static boolean isSkippedReference(EReference reference) {
        return reference == CurriculumPackage.Literals.MAPPING_SET__SOURCE
                || reference == CurriculumPackage.Literals.MAPPING_SET__TARGET
                || reference == CurriculumPackage.Literals.MAPPING_SET__LINKS;
    }
}
