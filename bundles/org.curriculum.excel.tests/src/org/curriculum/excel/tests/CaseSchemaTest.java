// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.examples.ExampleModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every example's CASE export keeps the CASE 1.1 package schema's rules; the rules catch a broken package. */
class CaseSchemaTest {

    @TempDir
    Path folder;

    @Test
    void everyExportedExamplePackageFollowsTheCase11Schema() throws Exception {
        List<Path> files = ExampleModels.copyTo(folder);
        ObjectMapper mapper = new ObjectMapper();
        for (Path file : files) {
            Path json = CaseRoundTripTest.export(ModelFiles.loadRoot(file), folder.resolve(file.getFileName() + ".json"));
            JsonNode root = mapper.readTree(json.toFile());
            assertEquals(List.of(), CaseSchemaRules.check(root), file.toString());
            assertTrue(root.path("CFAssociations").size() > 0, file + " has associations");
        }
    }

    @Test
    void theRulesCatchWhatTheSchemaForbids() throws Exception {
        JsonNode broken = new ObjectMapper().readTree("""
                {"CFDocument": {"identifier": "NOT-A-UUID", "uri": "relative/path", "title": "T", "lastChangeDateTime": "yesterday",
                  "CFDocumentURI": {}},
                 "CFItems": [{"identifier": "5f771892-9853-5971-95c8-cecbc847dfba", "uri": "urn:uuid:5f771892-9853-5971-95c8-cecbc847dfba",
                  "lastChangeDateTime": "2026-12-04T12:00:00Z"}],
                 "CFAssociations": [{"identifier": "5f771892-9853-5971-95c8-cecbc847dfbb", "associationType": "covers",
                  "uri": "urn:x", "originNodeURI": {"identifier": "a"}, "destinationNodeURI": {"title": "", "identifier": "b", "uri": "urn:b"},
                  "lastChangeDateTime": "2026-12-04T12:00:00Z"}]}
                """);
        List<String> problems = CaseSchemaRules.check(broken);
        assertTrue(problems.contains("CFDocument: field \"CFDocumentURI\" is not allowed (the schema closes this object)"), problems.toString());
        assertTrue(problems.contains("CFDocument: required field \"creator\" is missing"), problems.toString());
        assertTrue(problems.contains("CFDocument: identifier \"NOT-A-UUID\" is not a lower-case UUID"), problems.toString());
        assertTrue(problems.contains("CFDocument: uri \"relative/path\" is not absolute"), problems.toString());
        assertTrue(problems.contains("CFDocument: lastChangeDateTime \"yesterday\" is not a date-time"), problems.toString());
        assertTrue(problems.contains("CFItems[0]: required field \"fullStatement\" is missing"), problems.toString());
        assertTrue(problems.contains("CFAssociations[0]: associationType \"covers\" is neither a CASE 1.1 type nor ext:..."), problems.toString());
        assertTrue(problems.contains("CFAssociations[0].originNodeURI: required field \"title\" is missing"), problems.toString());
        assertEquals(9, problems.size(), problems.toString());
    }
}
