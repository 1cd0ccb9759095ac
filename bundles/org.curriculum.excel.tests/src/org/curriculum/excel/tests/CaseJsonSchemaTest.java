// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.curriculum.core.mapping.ComposedMappingSet;
import org.curriculum.core.mapping.CrosswalkChain;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.examples.ExampleModels;
import org.curriculum.excel.ImportedModel;
import org.curriculum.excel.caseformat.CaseImporter;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.Framework;
import org.curriculum.model.MappingSet;
import org.curriculum.testsupport.LoadedExamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Every CASE package the workbench exports validates, with a JSON Schema validator (networknt, draft 2020-12),
 * against our own schema {@code data/case/case-1.1-package-checks.schema.json} written from the rules of the
 * CASE 1.1 package schema; and the validator rejects a package that breaks those rules.
 */
class CaseJsonSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = CaseJsonSchemaTest.class.getClassLoader()
                .getResourceAsStream("data/case/case-1.1-package-checks.schema.json")) {
            if (in == null) {
                throw new IOException("data/case/case-1.1-package-checks.schema.json is missing from the test bundle");
            }
            // formats (uri, date-time, date) are only annotations in 2020-12 unless asserted
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        }
    }

    private static Set<String> problems(JsonNode json) {
        Set<String> problems = new TreeSet<>();
        for (ValidationMessage message : schema.validate(json)) {
            problems.add(message.getInstanceLocation() + " " + message.getType());
        }
        return problems;
    }

    @Test
    void everyExampleExportedAsCaseValidatesAgainstTheSchema() throws Exception {
        List<Path> files = ExampleModels.copyTo(folder);
        for (Path file : files) {
            Path json = CaseRoundTripTest.export(ModelFiles.loadRoot(file), folder.resolve(file.getFileName() + ".json"));
            JsonNode root = JSON.readTree(json.toFile());
            assertEquals(Set.of(), problems(root), file.toString());
        }
        assertEquals(10, files.size(), files.toString());
    }

    @Test
    void aComposedMappingAndAnotherToolsPackageExportedAgainValidateToo() throws Exception {
        LoadedExamples examples = LoadedExamples.load(folder);
        MappingSet fs1 = examples.root(LoadedExamples.FUNCTIONAL_SKILLS_LEVEL_1_MAPPING, MappingSet.class);
        MappingSet composed = ComposedMappingSet.create(CrosswalkChain.compose(List.of(examples.nosMapping(), fs1)),
                List.of("annexe-b.mapping", "annexe-c.mapping"), new Date(1_750_000_000_000L));
        examples.resourceSet.createResource(org.eclipse.emf.common.util.URI.createFileURI(
                folder.resolve("composed.mapping").toString())).getContents().add(composed);
        JsonNode derived = JSON.readTree(CaseRoundTripTest.export(composed, folder.resolve("composed.json")).toFile());
        assertEquals(Set.of(), problems(derived));
        assertEquals(27, derived.path("CFAssociations").size(), "the 27 NOS x FS1 pairs related through a BTEC unit");

        Path bare = folder.resolve("bare.json");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("data/case/other-tool-bare-document.json")) {
            java.nio.file.Files.copy(in, bare);
        }
        ImportedModel<Framework> imported = CaseImporter.importFramework(bare, CurriculumPackage.Literals.STANDARDS_FRAMEWORK);
        Path saved = folder.resolve("bare.standards");
        imported.saveAs(saved);
        JsonNode again = JSON.readTree(CaseRoundTripTest.export(ModelFiles.loadRoot(saved), folder.resolve("again.json")).toFile());
        assertEquals(Set.of(), problems(again));
    }

    @Test
    void theValidatorRejectsAMissingRequiredFieldABadUuidAndAnUnknownAssociationType() throws Exception {
        Path file = ExampleModels.copyTo(folder).stream().filter(p -> p.getFileName().toString().equals(LoadedExamples.NOS))
                .findFirst().orElseThrow();
        ObjectNode root = (ObjectNode) JSON.readTree(
                CaseRoundTripTest.export(ModelFiles.loadRoot(file), folder.resolve("nos.json")).toFile());
        assertEquals(Set.of(), problems(root));

        ((ObjectNode) root.path("CFDocument")).remove("creator");
        ((ObjectNode) root.path("CFItems").get(0)).put("identifier", "5F771892-9853-5971-95c8-cecbc847dfba");
        ((ObjectNode) root.path("CFItems").get(1)).put("lastChangeDateTime", "yesterday");
        ((ObjectNode) root.path("CFAssociations").get(0)).put("associationType", "covers");
        ((ObjectNode) root.path("CFAssociations").get(1)).put("CFDocumentURI", "urn:x");

        // each break reported where it is (JSON pointer) with the schema keyword it breaks; the association type
        // fails both branches of its anyOf (the 1.1 list and the ext: pattern)
        assertEquals(Set.of("/CFDocument required", "/CFItems/0/identifier pattern", "/CFItems/1/lastChangeDateTime format",
                "/CFAssociations/0/associationType enum", "/CFAssociations/0/associationType pattern",
                "/CFAssociations/1 additionalProperties"), problems(root));
    }
}
