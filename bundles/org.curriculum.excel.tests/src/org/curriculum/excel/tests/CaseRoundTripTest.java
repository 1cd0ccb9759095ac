// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.curriculum.core.resources.AtomicFile;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.examples.ExampleModels;
import org.curriculum.excel.ImportedModel;
import org.curriculum.excel.caseformat.CaseIdentifiers;
import org.curriculum.excel.caseformat.CaseImporter;
import org.curriculum.excel.caseformat.CasePackageWriter;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Framework;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.NamedElement;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example exports to CASE 1.1 and imports back equal: items, codes, statements, hierarchy, links. */
class CaseRoundTripTest {

    static final Instant EXPORTED = Instant.parse("2026-12-04T12:00:00Z");

    @TempDir
    Path folder;

    @Test
    void everyExampleFrameworkComesBackEqualFromItsCasePackage() throws Exception {
        List<Path> files = ExampleModels.copyTo(folder);
        int frameworks = 0;
        for (Path file : files) {
            if (file.toString().endsWith(".mapping")) {
                continue;
            }
            Framework original = (Framework) ModelFiles.loadRoot(file);
            Path json = export(original, folder.resolve(file.getFileName() + ".json"));
            ImportedModel<Framework> imported = CaseImporter.importFramework(json, original.eClass());
            assertTrue(imported.warnings().isEmpty(), file + ": " + imported.warnings());
            Path back = folder.resolve("back").resolve(file.getFileName());
            Files.createDirectories(back.getParent());
            imported.saveAs(back);
            Framework reloaded = (Framework) ModelFiles.loadRoot(back);

            List<String> before = outline(original);
            assertTrue(before.size() >= 2, file + " has items");
            assertEquals(before, outline(reloaded), file.toString());
            // Everything else too (credits, levels, rules of combination, cross-references): structurally equal.
            assertTrue(EcoreUtil.equals(original, reloaded), file + " differs after the round trip");
            frameworks++;
        }
        assertEquals(7, frameworks);
    }

    @Test
    void everyExampleMappingComesBackWithEveryLinkAndItsCoverageRationaleAuthorAndDate() throws Exception {
        List<Path> files = ExampleModels.copyTo(folder);
        int mappings = 0;
        for (Path file : files) {
            if (!file.toString().endsWith(".mapping")) {
                continue;
            }
            ResourceSet resourceSet = ModelFiles.loadAll(List.of(file));
            MappingSet original = (MappingSet) resourceSet.getResources().get(0).getContents().get(0);
            // The examples' links are all partial and undated: give one every attribute CASE has no field for.
            MappingLink first = original.getLinks().get(0);
            first.setCoverage(CoverageLevel.FULL);
            first.setRationale("Covered by LO2, criteria 2.1-2.3");
            first.setAuthor("Quality council reviewer");
            first.setDate(new Date(1_700_000_000_123L));
            Path json = export(original, folder.resolve(file.getFileName() + ".json"));
            String text = Files.readString(json);
            assertTrue(text.contains("\"associationType\" : \"exactMatchOf\""), "a full link is an exact match");
            assertTrue(text.contains("\"associationType\" : \"isRelatedTo\""), "a partial link is related");

            ImportedModel<MappingSet> imported = CaseImporter.importMapping(json, resourceSet);
            assertTrue(imported.warnings().isEmpty(), file + ": " + imported.warnings());
            Path back = folder.resolve("back-" + file.getFileName());
            imported.saveAs(back);
            MappingSet reloaded = (MappingSet) ModelFiles.loadAll(List.of(back)).getResources().get(0).getContents().get(0);
            assertEquals(links(original), links(reloaded), file.toString());
            assertEquals(original.getLinks().size(), reloaded.getLinks().size());
            assertEquals(original.getTitle(), reloaded.getTitle());
            assertEquals(CaseIdentifiers.modelId(original), CaseIdentifiers.modelId(reloaded));
            assertEquals(original.getSource().getTitle(), reloaded.getSource().getTitle());
            assertEquals(original.getTarget().getTitle(), reloaded.getTarget().getTitle());
            MappingLink firstBack = reloaded.getLinks().get(0);
            assertEquals(CoverageLevel.FULL, firstBack.getCoverage());
            assertEquals("Covered by LO2, criteria 2.1-2.3", firstBack.getRationale());
            assertEquals("Quality council reviewer", firstBack.getAuthor());
            assertEquals(1_700_000_000_123L, firstBack.getDate().getTime());
            mappings++;
        }
        assertEquals(3, mappings);
    }

    @Test
    void theSameElementKeepsTheSameCaseIdentifierAcrossExports() throws Exception {
        ExampleModels.copyTo(folder);
        Framework nos = (Framework) ModelFiles.loadRoot(folder.resolve(ExampleModels.NOS));
        String once = Files.readString(export(nos, folder.resolve("once.json")));
        Framework again = (Framework) ModelFiles.loadRoot(folder.resolve(ExampleModels.NOS));
        String twice = Files.readString(export(again, folder.resolve("twice.json")));
        assertEquals(once, twice);
        // CC01's xmi:id is _5f771892-9853-5971-95c8-cecbc847dfba in the example file: its CASE identifier is that UUID.
        assertTrue(once.contains("\"identifier\" : \"5f771892-9853-5971-95c8-cecbc847dfba\""), "CC01's identifier");
        assertEquals("5f771892-9853-5971-95c8-cecbc847dfba", CaseIdentifiers.identifierOf("_5f771892-9853-5971-95c8-cecbc847dfba"));
        // An id that is not a UUID gets a name-based one, the same every time.
        assertEquals(CaseIdentifiers.identifierOf("/0/@standards.3"), CaseIdentifiers.identifierOf("/0/@standards.3"));
        assertTrue(CaseIdentifiers.isCaseUuid(CaseIdentifiers.identifierOf("/0/@standards.3")));
    }

    static Path export(EObject root, Path json) throws Exception {
        AtomicFile.write(json, (OutputStream out) -> CasePackageWriter.write(root, out, EXPORTED));
        return json;
    }

    /** What a reader of the tree sees: each named element's kind, code, title and parent's code, in order, with its id. */
    static List<String> outline(EObject root) {
        List<String> lines = new ArrayList<>();
        for (TreeIterator<EObject> all = root.eAllContents(); all.hasNext();) {
            if (all.next() instanceof NamedElement element) {
                String parent = element.eContainer() instanceof NamedElement named ? named.getCode() + " " + named.getTitle() : "";
                lines.add(element.eClass().getName() + " | " + element.getCode() + " | " + element.getTitle() + " | under "
                        + parent + " | " + CaseIdentifiers.modelId(element));
            }
        }
        return lines;
    }

    static List<String> links(MappingSet mapping) {
        List<String> lines = new ArrayList<>();
        for (MappingLink link : mapping.getLinks()) {
            lines.add(CaseIdentifiers.modelId(link) + " " + link.getItem().getCode() + " -> " + link.getStandard().getCode()
                    + " " + link.getCoverage() + " " + link.getRationale() + " " + link.getAuthor() + " "
                    + (link.getDate() == null ? null : link.getDate().getTime()));
        }
        return lines;
    }
}
