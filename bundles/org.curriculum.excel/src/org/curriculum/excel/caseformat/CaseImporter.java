// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.caseformat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.curriculum.model.labels.ElementLabels;
import org.curriculum.excel.ImportedModel;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.Framework;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.ReviewState;
import org.curriculum.model.MappingSet;
import org.curriculum.model.NamedElement;
import org.curriculum.model.Property;
import org.curriculum.model.PublicationStatus;
import org.curriculum.model.StandardSection;
import org.curriculum.model.StandardsFramework;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Imports a CASE 1.1 package as a standards framework or a curriculum, or (against the two frameworks it links)
 * as a mapping set. Packages written by the workbench come back exactly (their extension carries the rest);
 * packages from other tools are taken as they are: missing optional fields, items without codes, items whose
 * parent is in another document, several documents, unknown association types and fields. Whatever has no
 * place in our model is kept aside on the imported element (properties named {@code case:...}, written back on
 * the next CASE export) and listed in {@link ImportedModel#warnings()}.
 */
public final class CaseImporter {

    /** Larger files are refused before parsing: 2 GiB is far above a national framework's package. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024 * 1024;

    private static final Set<String> DOCUMENT_FIELDS = Set.of("identifier", "uri", "creator", "title",
            "lastChangeDateTime", "caseVersion", "frameworkType", "publisher", "description", "version",
            "adoptionStatus", "extensions", "CFPackageURI");
    private static final Set<String> ITEM_FIELDS = Set.of("identifier", "uri", "fullStatement", "humanCodingScheme",
            "CFItemType", "lastChangeDateTime", "CFDocumentURI", "extensions");

    private final String file;
    private final List<String> notes = new ArrayList<>();
    private final Map<EObject, String> ids = new IdentityHashMap<>();
    private final Map<String, EObject> byId = new HashMap<>();
    private final List<ModelReflection.PendingReference> pending = new ArrayList<>();

    private CaseImporter(Path file) {
        this.file = String.valueOf(file);
    }

    /**
     * Imports a package as a framework of the given kind ({@code Curriculum} or {@code StandardsFramework}).
     *
     * @throws CaseImportException when the file is not a CASE package, holds another kind of model, or is too
     *                             large; nothing is imported then
     */
    public static ImportedModel<Framework> importFramework(Path file, EClass kind) throws CaseImportException {
        if (!CurriculumPackage.Literals.FRAMEWORK.isSuperTypeOf(kind) || kind.isAbstract()) {
            throw new IllegalArgumentException("not a framework kind: " + kind.getName());
        }
        CaseImporter importer = new CaseImporter(file);
        CasePackageReader.Content content = importer.read(file);
        Framework framework = importer.buildFramework(content, kind);
        return new ImportedModel<>(framework, null, importer.ids, importer.notes);
    }

    /**
     * Imports a package of links as a mapping set between two frameworks loaded in {@code against} (the
     * frameworks its associations point into, found by the CASE identifiers of their elements).
     *
     * @throws CaseImportException when the file cannot be read, or its links point into no loaded framework
     */
    public static ImportedModel<MappingSet> importMapping(Path file, ResourceSet against) throws CaseImportException {
        CaseImporter importer = new CaseImporter(file);
        CasePackageReader.Content content = importer.read(file);
        MappingSet mapping = importer.buildMapping(content, against);
        return new ImportedModel<>(mapping, against, importer.ids, importer.notes);
    }

    private CasePackageReader.Content read(Path path) throws CaseImportException {
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                throw new CaseImportException(file + ": " + size + " bytes is more than the " + MAX_FILE_BYTES
                        + " a CASE package may have here; split the package");
            }
            try (InputStream in = Files.newInputStream(path)) {
                CasePackageReader.Content content = CasePackageReader.read(in);
                if (content.documents.isEmpty()) {
                    throw new CaseImportException(file + ": no CFDocument was found: a CASE package needs one "
                            + "(a \"CFDocument\" object, or a document's fields at the top of the file)");
                }
                return content;
            }
        } catch (JsonProcessingException e) {
            // A limit (nesting depth, string length) is reported without a location by the parser.
            String where = e.getLocation() == null ? ""
                    : " line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ":";
            throw new CaseImportException(file + ":" + where + " " + e.getOriginalMessage()
                    + "; the file is not a valid CASE JSON package", e);
        } catch (IOException e) {
            throw new CaseImportException(file + ": " + e.getMessage() + "; the file is not a CASE JSON package", e);
        }
    }

    /** The kind our own extension names for the document (null for another tool's package), checked. */
    private String ownKind(Map<String, Object> own) throws CaseImportException {
        String ownKind = own == null ? null : CasePackageReader.text(own.get("kind"));
        if (ownKind != null && !List.of("Curriculum", "StandardsFramework", "MappingSet").contains(ownKind)) {
            throw new CaseImportException(file + ": the document's extension names an unknown kind \"" + ownKind
                    + "\" (expected Curriculum, StandardsFramework or MappingSet)");
        }
        return ownKind;
    }

    // ---- frameworks ----

    private Framework buildFramework(CasePackageReader.Content content, EClass kind) throws CaseImportException {
        CasePackageReader.Document document = content.documents.get(0);
        Map<String, Object> own = CasePackageReader.own(document.fields());
        String ownKind = ownKind(own);
        if (ownKind != null && !ownKind.equals(kind.getName())) {
            throw new CaseImportException(file + ": the package holds a " + CaseVocabulary.itemType(
                    (EClass) CurriculumPackage.eINSTANCE.getEClassifier(ownKind)).toLowerCase()
                    + (ownKind.equals("MappingSet")
                            ? ": import it with -o OUT.mapping --against SOURCE TARGET"
                            : ": import it into a ." + (ownKind.equals("Curriculum") ? "curriculum" : "standards") + " file"));
        }
        Framework root = (Framework) EcoreUtil.create(kind);
        register(root, own, document.identifier());
        if (own != null) {
            ModelReflection.applyAttributes(root, own.get("attributes"), "the document", notes);
            ModelReflection.collectReferences(root, own.get("refs"), pending);
            ModelReflection.applyContents(root, own.get("contents"), byId, ids, pending, "the document", notes);
        } else {
            readForeignDocument(root, document);
        }
        for (Map.Entry<String, String> kept : content.keptPackageFields.entrySet()) {
            keep(root, CaseVocabulary.KEPT_PACKAGE + kept.getKey(), kept.getValue());
            notes.add("package field \"" + kept.getKey() + "\" kept aside on the framework (written back on export)");
        }
        Map<String, CasePackageReader.Item> items = new LinkedHashMap<>();
        for (CasePackageReader.Item item : content.items) {
            String identifier = item.identifier();
            if (identifier == null || identifier.isBlank()) {
                throw new CaseImportException(file + ": CFItem \"" + CasePackageReader.text(item.fields().get("fullStatement"))
                        + "\" has no identifier: every CASE item needs one");
            }
            if (items.putIfAbsent(identifier, item) != null) {
                notes.add("item " + identifier + " is listed twice; the second is left out");
            }
        }
        Set<String> documents = new HashSet<>();
        for (CasePackageReader.Document other : content.documents) {
            documents.add(other.identifier());
        }
        // Hierarchy: each item's first isChildOf; anything else is kept aside on the framework.
        Map<String, String> parentOf = new HashMap<>();
        Map<String, Integer> sequenceOf = new HashMap<>();
        Map<String, Integer> keptTypes = new TreeMap<>();
        for (CasePackageReader.Association association : content.associations) {
            String origin = association.origin();
            if (CaseVocabulary.IS_CHILD_OF.equals(association.type()) && origin != null && items.containsKey(origin)
                    && !parentOf.containsKey(origin)) {
                parentOf.put(origin, association.destination());
                if (association.fields().get("sequenceNumber") instanceof Number number) {
                    sequenceOf.put(origin, number.intValue());
                }
            } else {
                keep(root, CaseVocabulary.KEPT_ASSOCIATION, CasePackageReader.toJson(association.fields()));
                keptTypes.merge(String.valueOf(association.type()), 1, Integer::sum);
            }
        }
        keptTypes.forEach((type, count) -> notes.add(count + " association(s) of type \"" + type
                + "\" kept aside on the framework (no place in a framework's tree; written back on export)"));
        Map<String, List<String>> children = new LinkedHashMap<>();
        List<String> topLevel = new ArrayList<>();
        Map<String, StandardSection> sectionOfDocument = new HashMap<>();
        int otherDocumentParents = 0;
        for (String identifier : items.keySet()) {
            String parent = parentOf.get(identifier);
            if (parent != null && items.containsKey(parent)) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(identifier);
            } else {
                topLevel.add(identifier);
                if (parent != null && !documents.contains(parent)) {
                    otherDocumentParents++;
                }
            }
        }
        if (otherDocumentParents > 0) {
            notes.add(otherDocumentParents + " item(s) have their parent in another document (not in this package); "
                    + "they are placed at the top level");
        }
        Comparator<String> bySequence = Comparator.comparingInt(id -> sequenceOf.getOrDefault(id, Integer.MAX_VALUE));
        children.values().forEach(list -> list.sort(bySequence));
        topLevel.sort(bySequence);
        Counts counts = new Counts();
        Set<String> placed = new HashSet<>();
        String firstDocument = document.identifier();
        for (String identifier : topLevel) {
            CasePackageReader.Item item = items.get(identifier);
            EObject parent = root;
            String itemDocument = parentOf.getOrDefault(identifier, item.documentIdentifier());
            if (root instanceof StandardsFramework standards && itemDocument != null && !itemDocument.equals(firstDocument)
                    && documents.contains(itemDocument)) {
                parent = sectionOfDocument.computeIfAbsent(itemDocument, id -> sectionFor(standards, content, id));
            }
            create(item, parent, items, children, placed, counts);
        }
        int unplaced = items.size() - placed.size();
        if (unplaced > 0) {
            // Only a loop of isChildOf leaves items unreached from the top.
            for (String identifier : items.keySet()) {
                if (!placed.contains(identifier)) {
                    children.remove(parentOf.get(identifier));
                    create(items.get(identifier), root, items, children, placed, counts);
                }
            }
            notes.add(unplaced + " item(s) were their own ancestors (a loop of isChildOf); they are placed at the top level");
        }
        if (content.documents.size() > 1) {
            notes.add("the package holds " + content.documents.size() + " documents; "
                    + (root instanceof StandardsFramework ? "the items of each after the first are in a section named after it"
                            : "all their items are imported into this one curriculum"));
        }
        counts.report(notes);
        ModelReflection.resolve(pending, byId, notes);
        return root;
    }

    private StandardSection sectionFor(StandardsFramework framework, CasePackageReader.Content content, String identifier) {
        StandardSection section = CurriculumFactory.eINSTANCE.createStandardSection();
        for (CasePackageReader.Document document : content.documents) {
            if (identifier.equals(document.identifier())) {
                section.setTitle(CasePackageReader.text(document.fields().get("title")));
            }
        }
        framework.getSections().add(section);
        register(section, null, identifier);
        return section;
    }

    private void readForeignDocument(Framework root, CasePackageReader.Document document) {
        Map<String, Object> fields = document.fields();
        root.setTitle(CasePackageReader.text(fields.get("title")));
        root.setDescription(CasePackageReader.text(fields.get("description")));
        String publisher = CasePackageReader.text(fields.get("publisher"));
        root.setPublisher(publisher != null ? publisher : CasePackageReader.text(fields.get("creator")));
        root.setVersion(CasePackageReader.text(fields.get("version")));
        String status = CasePackageReader.text(fields.get("adoptionStatus"));
        if (status != null) {
            PublicationStatus known = PublicationStatus.get(status.toLowerCase());
            if (known != null) {
                root.setStatus(known);
            } else {
                keep(root, CaseVocabulary.KEPT_FIELD + "adoptionStatus", CasePackageReader.toJson(status));
            }
        }
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            if (!DOCUMENT_FIELDS.contains(field.getKey())) {
                keep(root, CaseVocabulary.KEPT_FIELD + field.getKey(), CasePackageReader.toJson(field.getValue()));
            }
        }
    }

    /** Creates an item under its parent, then its children, depth first. */
    private void create(CasePackageReader.Item item, EObject parent, Map<String, CasePackageReader.Item> items,
            Map<String, List<String>> children, Set<String> placed, Counts counts) {
        String identifier = item.identifier();
        if (!placed.add(identifier)) {
            return;
        }
        Map<String, Object> fields = item.fields();
        Map<String, Object> own = CasePackageReader.own(fields);
        List<String> myChildren = children.getOrDefault(identifier, List.of());
        String type = CasePackageReader.text(fields.get("CFItemType"));
        EClass eClass = null;
        EReference feature = null;
        if (own != null && CurriculumPackage.eINSTANCE.getEClassifier(String.valueOf(own.get("kind"))) instanceof EClass ownClass
                && parent.eClass().getEStructuralFeature(String.valueOf(own.get("feature"))) instanceof EReference ownFeature
                && ownFeature.isContainment() && ownFeature.getEReferenceType().isSuperTypeOf(ownClass)
                && (ownFeature.isMany() || !parent.eIsSet(ownFeature))) {
            eClass = ownClass;
            feature = ownFeature;
        } else {
            // An item that groups others and has no code of its own reads as a section; one with a code as a standard.
            boolean grouping = !myChildren.isEmpty() && CasePackageReader.text(fields.get("humanCodingScheme")) == null;
            eClass = classFor(type, parent, grouping);
            feature = eClass == null ? null : featureFor(parent, eClass);
            if (feature == null) {
                // Nothing fits under this parent (e.g. a criterion under a criterion): the nearest ancestor that
                // takes the item gets it.
                EObject ancestor = parent.eContainer();
                while (ancestor != null && feature == null) {
                    eClass = classFor(type, ancestor, grouping);
                    feature = eClass == null ? null : featureFor(ancestor, eClass);
                    if (feature == null) {
                        ancestor = ancestor.eContainer();
                    }
                }
                counts.movedUp++;
                parent = ancestor;
            }
            String typeName = type == null ? "(no type)" : type;
            counts.types.computeIfAbsent(typeName, k -> new TreeMap<>()).merge(CaseVocabulary.itemType(eClass), 1, Integer::sum);
        }
        NamedElement element = (NamedElement) EcoreUtil.create(eClass);
        if (feature.isMany()) {
            @SuppressWarnings("unchecked")
            List<EObject> siblings = (List<EObject>) parent.eGet(feature);
            siblings.add(element);
        } else {
            parent.eSet(feature, element);
        }
        register(element, own, identifier);
        String code = CasePackageReader.text(fields.get("humanCodingScheme"));
        if (code != null && !code.isEmpty()) {
            element.setCode(code);
        } else if (own == null) {
            counts.withoutCode++;
        }
        String statement = CasePackageReader.text(fields.get("fullStatement"));
        if (statement != null && !statement.isEmpty()) {
            element.setTitle(statement);
        }
        String where = "item " + (code != null ? code + " " : "") + identifier;
        if (own != null) {
            ModelReflection.applyAttributes(element, own.get("attributes"), where, notes);
            ModelReflection.collectReferences(element, own.get("refs"), pending);
            ModelReflection.applyContents(element, own.get("contents"), byId, ids, pending, where, notes);
        } else if (type != null && !CaseVocabulary.typeKey(type).equals(CaseVocabulary.typeKey(CaseVocabulary.itemType(eClass)))) {
            keep(element, CaseVocabulary.KEPT_FIELD + "CFItemType", CasePackageReader.toJson(type));
        }
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            if (!ITEM_FIELDS.contains(field.getKey())) {
                keep(element, CaseVocabulary.KEPT_FIELD + field.getKey(), CasePackageReader.toJson(field.getValue()));
                counts.keptFields.merge(field.getKey(), 1, Integer::sum);
            }
        }
        if (own == null && fields.get("extensions") != null) {
            counts.foreignExtensions++;
        }
        for (String child : myChildren) {
            create(items.get(child), element, items, children, placed, counts);
        }
    }

    /** The model class for another tool's item: its type by name when that fits, else what the parent holds. */
    private static EClass classFor(String type, EObject parent, boolean grouping) {
        String key = CaseVocabulary.typeKey(type);
        for (EClassifier classifier : CurriculumPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract()
                    && CurriculumPackage.Literals.NAMED_ELEMENT.isSuperTypeOf(eClass)
                    && (CaseVocabulary.typeKey(eClass.getName()).equals(key)
                            || CaseVocabulary.typeKey(eClass.getName()).equals("standard" + key))
                    && featureFor(parent, eClass) != null) {
                return eClass;
            }
        }
        CurriculumPackage p = CurriculumPackage.eINSTANCE;
        EClass parentClass = parent.eClass();
        if (parentClass == p.getStandardsFramework() || parentClass == p.getStandardSection()) {
            return grouping ? p.getStandardSection() : p.getStandard();
        }
        if (parentClass == p.getStandard()) {
            return p.getStandardElement();
        }
        if (parentClass == p.getStandardElement()) {
            return p.getPerformanceCriterion();
        }
        if (parentClass == p.getCurriculum()) {
            return p.getUnit();
        }
        if (parentClass == p.getUnit()) {
            return p.getLearningOutcome();
        }
        if (parentClass == p.getLearningOutcome()) {
            return p.getAssessmentCriterion();
        }
        for (EReference reference : parentClass.getEAllContainments()) {
            EClass type2 = reference.getEReferenceType();
            if (reference.isMany() && !type2.isAbstract() && CurriculumPackage.Literals.NAMED_ELEMENT.isSuperTypeOf(type2)) {
                return type2;
            }
        }
        return null;
    }

    private static EReference featureFor(EObject parent, EClass eClass) {
        for (EReference reference : parent.eClass().getEAllContainments()) {
            if (reference.isMany() && reference.getEReferenceType().isSuperTypeOf(eClass)) {
                return reference;
            }
        }
        return null;
    }

    /** What the user is told about other tools' items. */
    private static final class Counts {
        final Map<String, Map<String, Integer>> types = new TreeMap<>();
        final Map<String, Integer> keptFields = new TreeMap<>();
        int withoutCode;
        int movedUp;
        int foreignExtensions;

        void report(List<String> notes) {
            types.forEach((type, into) -> into.forEach((kind, count) -> notes.add(count + " item(s) of type \"" + type
                    + "\" imported as " + kind)));
            if (withoutCode > 0) {
                notes.add(withoutCode + " item(s) have no code (humanCodingScheme)");
            }
            if (movedUp > 0) {
                notes.add(movedUp + " item(s) could not sit under their parent in this kind of file and were placed under the nearest element that takes them");
            }
            keptFields.forEach((field, count) -> notes.add("field \"" + field + "\" of " + count
                    + " item(s) kept aside on the items (written back on export)"));
            if (foreignExtensions > 0) {
                notes.add("the extensions of another tool on " + foreignExtensions + " item(s) were kept aside with the other fields");
            }
        }
    }

    // ---- mappings ----

    private MappingSet buildMapping(CasePackageReader.Content content, ResourceSet against) throws CaseImportException {
        CasePackageReader.Document document = content.documents.get(0);
        Map<String, Object> own = CasePackageReader.own(document.fields());
        String ownKind = ownKind(own);
        if (ownKind != null && !ownKind.equals("MappingSet")) {
            throw new CaseImportException(file + ": the package holds a framework, not links: import it into a ."
                    + (ownKind.equals("Curriculum") ? "curriculum" : "standards") + " file");
        }
        Map<String, Framework> frameworks = new HashMap<>();
        Map<String, EObject> elements = new HashMap<>();
        for (Resource resource : against.getResources()) {
            for (EObject root : resource.getContents()) {
                if (root instanceof Framework framework) {
                    frameworks.put(CaseIdentifiers.identifier(framework), framework);
                    for (TreeIterator<EObject> all = framework.eAllContents(); all.hasNext();) {
                        EObject element = all.next();
                        if (element instanceof NamedElement) {
                            elements.put(CaseIdentifiers.identifier(element), element);
                        }
                    }
                }
            }
        }
        Framework source = own == null ? null : frameworks.get(nestedIdentifier(own.get("source")));
        Framework target = own == null ? null : frameworks.get(nestedIdentifier(own.get("target")));
        if (source == null || target == null) {
            // Another tool's crosswalk: the frameworks its first resolvable association joins.
            for (CasePackageReader.Association association : content.associations) {
                EObject origin = elements.get(association.origin());
                EObject destination = elements.get(association.destination());
                if (origin != null && destination != null && !CaseVocabulary.IS_CHILD_OF.equals(association.type())) {
                    source = source != null ? source : frameworkOf(origin);
                    target = target != null ? target : frameworkOf(destination);
                    break;
                }
            }
        }
        if (source == null || target == null) {
            String wanted = own == null ? "the frameworks its links point into"
                    : "\"" + titleOf(own.get("source")) + "\" and \"" + titleOf(own.get("target")) + "\"";
            throw new CaseImportException(file + ": the links' frameworks are not among the files given: give " + wanted
                    + " with --against (their CASE identifiers must match the package's)");
        }
        MappingSet mapping = CurriculumFactory.eINSTANCE.createMappingSet();
        register(mapping, own, document.identifier());
        if (own != null) {
            ModelReflection.applyAttributes(mapping, own.get("attributes"), "the document", notes);
            ModelReflection.applyContents(mapping, own.get("contents"), byId, ids, pending, "the document", notes);
        } else {
            mapping.setTitle(CasePackageReader.text(document.fields().get("title")));
            mapping.setDescription(CasePackageReader.text(document.fields().get("description")));
        }
        mapping.setSource(source);
        mapping.setTarget(target);
        Map<String, Integer> keptTypes = new TreeMap<>();
        int unresolved = 0;
        for (CasePackageReader.Association association : content.associations) {
            EObject origin = elements.get(association.origin());
            EObject destination = elements.get(association.destination());
            String type = association.type();
            Map<String, Object> linkOwn = CasePackageReader.own(association.fields());
            boolean known = linkOwn != null || CaseVocabulary.FULL.equals(type) || CaseVocabulary.PARTIAL.equals(type)
                    || "isPartOf".equals(type) || "isPeerOf".equals(type);
            if (!known || !(origin instanceof MappableItem item) || !(destination instanceof MappableItem standard)
                    || frameworkOf(origin) != source || frameworkOf(destination) != target) {
                keep(mapping, CaseVocabulary.KEPT_ASSOCIATION, CasePackageReader.toJson(association.fields()));
                if (known) {
                    unresolved++;
                } else {
                    keptTypes.merge(String.valueOf(type), 1, Integer::sum);
                }
                continue;
            }
            MappingLink link = CurriculumFactory.eINSTANCE.createMappingLink();
            link.setItem(item);
            link.setStandard(standard);
            mapping.getLinks().add(link);
            register(link, linkOwn, CasePackageReader.text(association.fields().get("identifier")));
            if (linkOwn != null && linkOwn.get("attributes") instanceof Map<?, ?> attributes) {
                CoverageLevel coverage = CoverageLevel.get(String.valueOf(attributes.get("coverage")));
                link.setCoverage(coverage != null ? coverage : CaseVocabulary.coverageOf(type));
                link.setRationale(CasePackageReader.text(attributes.get("rationale")));
                link.setAuthor(CasePackageReader.text(attributes.get("author")));
                link.setDate(date(CasePackageReader.text(attributes.get("date"))));
                applyReview(link, attributes);
                ModelReflection.applyContents(link, linkOwn.get("contents"), byId, ids, pending, "a link", notes);
            } else {
                link.setCoverage(CaseVocabulary.coverageOf(type));
                link.setRationale(CasePackageReader.text(association.fields().get("notes")));
                link.setDate(date(CasePackageReader.text(association.fields().get("lastChangeDateTime"))));
            }
        }
        keptTypes.forEach((type, count) -> notes.add(count + " association(s) of type \"" + type
                + "\" are not coverage links; kept aside on the mapping set (written back on export)"));
        if (unresolved > 0) {
            notes.add(unresolved + " association(s) join elements that are not in " + ElementLabels.describe(source)
                    + " -> " + ElementLabels.describe(target) + "; kept aside on the mapping set");
        }
        ModelReflection.resolve(pending, byId, notes);
        return mapping;
    }

    private static Framework frameworkOf(EObject element) {
        EObject root = EcoreUtil.getRootContainer(element);
        return root instanceof Framework framework ? framework : null;
    }

    private static String nestedIdentifier(Object reference) {
        return reference instanceof Map<?, ?> map ? CasePackageReader.text(map.get("identifier")) : null;
    }

    private static String titleOf(Object reference) {
        return reference instanceof Map<?, ?> map ? String.valueOf(map.get("title")) + " (" + map.get("href") + ")" : "?";
    }

    /** A link's review from our extension: the state (when one was stored), reviewer and date. */
    private void applyReview(MappingLink link, Map<?, ?> attributes) {
        String state = CasePackageReader.text(attributes.get("reviewState"));
        if (state != null) {
            ReviewState read = ReviewState.get(state);
            if (read == null) {
                notes.add("a link: review state \"" + state + "\" is not one of proposed, accepted, queried, rejected;"
                        + " left out");
            } else {
                link.setReviewState(read);
            }
        }
        link.setReviewer(CasePackageReader.text(attributes.get("reviewer")));
        link.setReviewedOn(date(CasePackageReader.text(attributes.get("reviewedOn"))));
    }

    private Date date(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Date.from(Instant.parse(text));
        } catch (DateTimeParseException e) {
            try {
                return Date.from(java.time.OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException again) {
                notes.add("date \"" + text + "\" is not an ISO date-time; left out");
                return null;
            }
        }
    }

    // ---- ids and kept data ----

    private void register(EObject element, Map<String, Object> own, String identifier) {
        String id = own != null && own.get("id") instanceof String ownId ? ownId
                : identifier != null && identifier.matches("[A-Za-z0-9._-]+") ? CaseIdentifiers.modelIdOf(identifier) : null;
        if (id != null && !byId.containsKey(id)) {
            ids.put(element, id);
            byId.put(id, element);
        }
    }

    private static void keep(EObject element, String key, String json) {
        Property property = CurriculumFactory.eINSTANCE.createProperty();
        property.setKey(key);
        property.setValue(json);
        ((NamedElement) element).getProperties().add(property);
    }
}
