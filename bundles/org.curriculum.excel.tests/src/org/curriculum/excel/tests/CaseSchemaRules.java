// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The structural rules of the CASE 1.1 package JSON binding (1EdTech, "getCFPackage" response payload schema,
 * draft 2020-12), written out as checks: required fields, allowed fields (the schema closes every object except
 * {@code extensions}), UUID identifiers, association types, URIs and date-times. The facts come from the
 * schema's definitions CFPckgDocumentDType, CFPckgItemDType, CFPckgAssociationDType and LinkGenURIDType; see
 * the excel bundle's README for where the schema was read.
 */
final class CaseSchemaRules {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern EXTENSION_TYPE = Pattern.compile("ext:[a-zA-Z0-9.\\-_]+");
    private static final Set<String> ASSOCIATION_TYPES = Set.of("isChildOf", "isPeerOf", "isPartOf", "exactMatchOf",
            "precedes", "isRelatedTo", "replacedBy", "exemplar", "hasSkillLevel", "isTranslationOf");

    private static final Set<String> PACKAGE = Set.of("CFDocument", "CFItems", "CFAssociations", "CFDefinitions",
            "CFRubrics", "extensions");
    private static final Set<String> DOCUMENT = Set.of("identifier", "uri", "frameworkType", "caseVersion", "creator",
            "title", "lastChangeDateTime", "officialSourceURL", "publisher", "description", "subject", "subjectURI",
            "language", "version", "adoptionStatus", "statusStartDate", "statusEndDate", "licenseURI", "notes",
            "extensions");
    private static final Set<String> DOCUMENT_REQUIRED = Set.of("identifier", "uri", "creator", "title", "lastChangeDateTime");
    private static final Set<String> ITEM = Set.of("identifier", "fullStatement", "alternativeLabel", "CFItemType", "uri",
            "humanCodingScheme", "listEnumeration", "abbreviatedStatement", "conceptKeywords", "conceptKeywordsURI",
            "notes", "subject", "subjectURI", "language", "educationLevel", "CFItemTypeURI", "licenseURI",
            "statusStartDate", "statusEndDate", "lastChangeDateTime", "extensions");
    private static final Set<String> ITEM_REQUIRED = Set.of("identifier", "fullStatement", "uri", "lastChangeDateTime");
    private static final Set<String> ASSOCIATION = Set.of("identifier", "associationType", "sequenceNumber", "uri",
            "originNodeURI", "destinationNodeURI", "CFAssociationGroupingURI", "lastChangeDateTime", "notes", "extensions");
    private static final Set<String> ASSOCIATION_REQUIRED = Set.of("identifier", "associationType", "uri", "originNodeURI",
            "destinationNodeURI", "lastChangeDateTime");
    private static final Set<String> NODE = Set.of("title", "identifier", "uri", "targetType");
    private static final Set<String> NODE_REQUIRED = Set.of("title", "identifier", "uri");

    private CaseSchemaRules() {
    }

    /** Every rule the package breaks, one line each naming where; empty when it conforms. */
    static List<String> check(JsonNode root) {
        List<String> problems = new ArrayList<>();
        fields(root, "package", PACKAGE, Set.of("CFDocument"), problems);
        JsonNode document = root.path("CFDocument");
        fields(document, "CFDocument", DOCUMENT, DOCUMENT_REQUIRED, problems);
        common(document, "CFDocument", problems);
        if (document.has("caseVersion") && !"1.1".equals(document.get("caseVersion").asText())) {
            problems.add("CFDocument: caseVersion must be 1.1");
        }
        int index = 0;
        for (JsonNode item : root.path("CFItems")) {
            String where = "CFItems[" + index++ + "]";
            fields(item, where, ITEM, ITEM_REQUIRED, problems);
            common(item, where, problems);
            text(item, "fullStatement", where, problems);
        }
        index = 0;
        for (JsonNode association : root.path("CFAssociations")) {
            String where = "CFAssociations[" + index++ + "]";
            fields(association, where, ASSOCIATION, ASSOCIATION_REQUIRED, problems);
            common(association, where, problems);
            String type = association.path("associationType").asText();
            if (!ASSOCIATION_TYPES.contains(type) && !EXTENSION_TYPE.matcher(type).matches()) {
                problems.add(where + ": associationType \"" + type + "\" is neither a CASE 1.1 type nor ext:...");
            }
            if (association.has("sequenceNumber") && !association.get("sequenceNumber").isInt()) {
                problems.add(where + ": sequenceNumber must be an integer");
            }
            for (String node : List.of("originNodeURI", "destinationNodeURI")) {
                JsonNode link = association.path(node);
                fields(link, where + "." + node, NODE, NODE_REQUIRED, problems);
                uri(link, where + "." + node, problems);
            }
        }
        return problems;
    }

    private static void fields(JsonNode node, String where, Set<String> allowed, Set<String> required, List<String> problems) {
        if (!node.isObject()) {
            problems.add(where + ": must be an object");
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(where + ": field \"" + name + "\" is not allowed (the schema closes this object)");
            }
        }
        for (String name : required) {
            if (!node.has(name)) {
                problems.add(where + ": required field \"" + name + "\" is missing");
            }
        }
        if (node.has("extensions") && !node.get("extensions").isObject()) {
            problems.add(where + ": extensions must be an object");
        }
    }

    private static void common(JsonNode node, String where, List<String> problems) {
        if (node.has("identifier") && !UUID.matcher(node.get("identifier").asText()).matches()) {
            problems.add(where + ": identifier \"" + node.get("identifier").asText() + "\" is not a lower-case UUID");
        }
        uri(node, where, problems);
        for (String field : List.of("lastChangeDateTime")) {
            if (node.has(field)) {
                try {
                    OffsetDateTime.parse(node.get(field).asText());
                } catch (DateTimeParseException e) {
                    problems.add(where + ": " + field + " \"" + node.get(field).asText() + "\" is not a date-time");
                }
            }
        }
        for (String field : List.of("statusStartDate", "statusEndDate")) {
            if (node.has(field)) {
                try {
                    LocalDate.parse(node.get(field).asText());
                } catch (DateTimeParseException e) {
                    problems.add(where + ": " + field + " is not a date");
                }
            }
        }
        for (String field : List.of("title", "creator", "humanCodingScheme", "CFItemType", "notes", "description")) {
            if (node.has(field)) {
                text(node, field, where, problems);
            }
        }
    }

    private static void text(JsonNode node, String field, String where, List<String> problems) {
        if (node.has(field) && !node.get(field).isTextual()) {
            problems.add(where + ": " + field + " must be a string");
        }
    }

    private static void uri(JsonNode node, String where, List<String> problems) {
        if (node.has("uri")) {
            try {
                java.net.URI uri = new java.net.URI(node.get("uri").asText());
                if (!uri.isAbsolute()) {
                    problems.add(where + ": uri \"" + uri + "\" is not absolute");
                }
            } catch (java.net.URISyntaxException e) {
                problems.add(where + ": uri \"" + node.get("uri").asText() + "\" is not a URI");
            }
        }
    }
}
