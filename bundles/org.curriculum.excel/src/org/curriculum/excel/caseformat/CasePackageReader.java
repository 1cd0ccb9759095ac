// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.caseformat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Reads CASE packages as other tools write them, streamed: the 1.1 package object, one wrapped in
 * {@code "CFPackage"}, a bare CFDocument (its fields at the top, items beside them), or an array of packages.
 * Each document, item and association is read as a small map and turned into a record at once, so memory
 * follows the model being built, not a JSON tree of the whole file.
 */
final class CasePackageReader {

    /** Deeper nesting than any CASE object needs is refused rather than followed (stack safety). */
    static final int MAX_DEPTH = 64;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(16 * 1024 * 1024).maxNumberLength(64).build())
            .build();

    /** A CFDocument: its fields as read (extension included). */
    record Document(Map<String, Object> fields) {
        String identifier() {
            return text(fields.get("identifier"));
        }
    }

    /** A CFItem and the document it was listed with (null when the package did not say). */
    record Item(Map<String, Object> fields, String documentIdentifier) {
        String identifier() {
            return text(fields.get("identifier"));
        }
    }

    /** A CFAssociation. */
    record Association(Map<String, Object> fields) {
        String type() {
            return text(fields.get("associationType"));
        }

        String origin() {
            return nodeIdentifier(fields.get("originNodeURI"));
        }

        String destination() {
            return nodeIdentifier(fields.get("destinationNodeURI"));
        }
    }

    /** Everything read from one file. */
    static final class Content {
        final List<Document> documents = new ArrayList<>();
        final List<Item> items = new ArrayList<>();
        final List<Association> associations = new ArrayList<>();
        /** Package-level fields we have no use for (CFDefinitions, CFRubrics...), as JSON text. */
        final Map<String, String> keptPackageFields = new LinkedHashMap<>();
    }

    private CasePackageReader() {
    }

    static Content read(InputStream in) throws IOException {
        Content content = new Content();
        try (JsonParser parser = JSON.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    readPackage(parser, content);
                }
            } else if (first == JsonToken.START_OBJECT) {
                readPackage(parser, content);
            } else {
                throw new IOException("the file does not start with a JSON object or array");
            }
        }
        return content;
    }

    /** Reads one package object; the parser is on its START_OBJECT. */
    private static void readPackage(JsonParser parser, Content content) throws IOException {
        Map<String, Object> bareDocument = new LinkedHashMap<>();
        Document document = null;
        List<Map<String, Object>> items = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "CFPackage" -> {
                    if (value != JsonToken.START_OBJECT) {
                        throw new IOException("\"CFPackage\" is not an object");
                    }
                    readPackage(parser, content);
                }
                case "CFDocument" -> document = new Document(asMap(readValue(parser), "CFDocument"));
                case "CFItems" -> {
                    expectArray(parser, field);
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        items.add(asMap(readValue(parser), "an entry of CFItems"));
                    }
                }
                case "CFAssociations" -> {
                    expectArray(parser, field);
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        content.associations.add(new Association(asMap(readValue(parser), "an entry of CFAssociations")));
                    }
                }
                case "CFDefinitions", "CFRubrics", "extensions" -> content.keptPackageFields.put(field, toJson(readValue(parser)));
                default -> bareDocument.put(field, readValue(parser));
            }
        }
        if (document == null && bareDocument.containsKey("identifier")) {
            // A bare CFDocument: the object itself is the document.
            document = new Document(bareDocument);
        } else {
            for (Map.Entry<String, Object> unknown : bareDocument.entrySet()) {
                content.keptPackageFields.put(unknown.getKey(), toJson(unknown.getValue()));
            }
        }
        String documentIdentifier = document == null ? null : document.identifier();
        if (document != null) {
            content.documents.add(document);
        }
        for (Map<String, Object> item : items) {
            // An item may name its document (CASE 1.0 style); otherwise it belongs to the package's.
            String named = nodeIdentifier(item.get("CFDocumentURI"));
            content.items.add(new Item(item, named != null ? named : documentIdentifier));
        }
    }

    private static void expectArray(JsonParser parser, String field) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new IOException("\"" + field + "\" is not an array (line " + parser.currentLocation().getLineNr() + ")");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String what) throws IOException {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IOException(what + " is not an object");
    }

    /** The value at the parser's current token as maps, lists, strings, numbers, booleans or null. */
    static Object readValue(JsonParser parser) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    map.put(name, readValue(parser));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(parser));
                }
                return list;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getNumberValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected " + parser.currentToken() + " at line "
                    + parser.currentLocation().getLineNr());
        }
    }

    /** A value read by {@link #readValue} written back as JSON text (to keep what we cannot model). */
    static String toJson(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(text)) {
            writeValue(generator, value);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string failed", e);
        }
        return text.toString();
    }

    private static void writeValue(JsonGenerator generator, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object element : list) {
                writeValue(generator, element);
            }
            generator.writeEndArray();
        } else if (value instanceof String string) {
            generator.writeString(string);
        } else if (value instanceof Number number) {
            generator.writeNumber(number.toString());
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else {
            generator.writeNull();
        }
    }

    static String text(Object value) {
        return value instanceof String string ? string : value == null ? null : String.valueOf(value);
    }

    /** The identifier of a LinkGenURI object (or, if a tool left it out, the last path segment of its uri). */
    static String nodeIdentifier(Object node) {
        if (!(node instanceof Map<?, ?> map)) {
            return null;
        }
        String identifier = text(map.get("identifier"));
        if (identifier != null && !identifier.isEmpty()) {
            return identifier;
        }
        String uri = text(map.get("uri"));
        if (uri == null) {
            return null;
        }
        int cut = Math.max(uri.lastIndexOf('/'), uri.lastIndexOf(':'));
        return uri.substring(cut + 1);
    }

    /** Our extension object inside a CASE object's "extensions", or null. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> own(Map<String, Object> fields) {
        if (fields.get("extensions") instanceof Map<?, ?> extensions
                && extensions.get(CaseVocabulary.EXTENSION) instanceof Map<?, ?> own) {
            return (Map<String, Object>) own;
        }
        return null;
    }
}
