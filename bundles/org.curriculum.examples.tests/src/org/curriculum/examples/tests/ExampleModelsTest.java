// SPDX-License-Identifier: EPL-2.0
package org.curriculum.examples.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.curriculum.examples.ExampleModels;
import org.curriculum.examples.ExampleModels.Example;
import org.curriculum.model.Curriculum;
import org.curriculum.model.MappingSet;
import org.curriculum.model.StandardsFramework;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.testsupport.LoadedExamples;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shipped example loads with nothing dangling, passes EMF's structural checks, and survives
 * a save and reload unchanged, down to its IDs and, for the shipped files, its bytes.
 */
class ExampleModelsTest {

    /** What a user runs to bring the shipped files back to the form the workbench saves them in. */
    private static final String RESAVE_HINT = "re-save them as releng/seed-extraction/README.md explains (ResaveExampleSourcesTest)";

    @TempDir
    Path folder;

    @Test
    void everyExampleLoadsAsTheKindOfModelItsFileNameSays() {
        ResourceSet resourceSet = LoadedExamples.shared();
        for (Example example : ExampleModels.ALL) {
            Resource resource = LoadedExamples.resource(resourceSet, example.fileName());
            assertEquals(1, resource.getContents().size(), example.fileName());
            EObject root = resource.getContents().get(0);
            String name = example.fileName();
            Class<?> expected = name.endsWith(".curriculum") ? Curriculum.class
                    : name.endsWith(".standards") ? StandardsFramework.class : MappingSet.class;
            assertInstanceOf(expected, root, name);
            assertTrue(resource.getErrors().isEmpty(), name + ": " + resource.getErrors());
            assertTrue(resource.getWarnings().isEmpty(), name + ": " + resource.getWarnings());
        }
        // a reference to a file that is not an example would have pulled in one more resource
        assertEquals(ExampleModels.ALL.size(), resourceSet.getResources().size(), resourceSet.getResources().toString());
    }

    @Test
    void noReferenceIsLeftDangling() {
        Map<EObject, Collection<Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer
                .find(LoadedExamples.shared());
        List<String> problems = new ArrayList<>();
        unresolved.forEach((proxy, settings) -> settings.forEach(setting -> problems.add(
                ElementLabels.describe(setting.getEObject()) + "." + setting.getEStructuralFeature().getName()
                        + " -> " + EcoreUtil.getURI(proxy))));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyElementPassesEmfsStructuralChecks() {
        // EObjectValidator alone: multiplicities, data values, proxies and ID uniqueness, whatever
        // custom constraints the model's own validator adds
        EObjectValidator structural = new EObjectValidator();
        List<String> problems = new ArrayList<>();
        for (Resource resource : LoadedExamples.shared().getResources()) {
            for (TreeIterator<EObject> it = EcoreUtil.getAllContents(resource, false); it.hasNext();) {
                EObject element = it.next();
                BasicDiagnostic diagnostics = new BasicDiagnostic();
                structural.validate(element.eClass(), element, diagnostics, new HashMap<>());
                for (Diagnostic child : diagnostics.getChildren()) {
                    if (child.getSeverity() >= Diagnostic.WARNING) {
                        problems.add(resource.getURI().lastSegment() + ": " + ElementLabels.describe(element) + ": "
                                + child.getMessage());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyElementHasItsOwnId() {
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        int elements = 0;
        for (Resource resource : LoadedExamples.shared().getResources()) {
            XMLResource xml = (XMLResource) resource;
            for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
                EObject element = it.next();
                elements++;
                String id = xml.getID(element);
                if (id == null || id.isBlank()) {
                    problems.add(resource.getURI().lastSegment() + ": " + ElementLabels.describe(element) + " has no id");
                } else if (!seen.add(id)) {
                    problems.add(resource.getURI().lastSegment() + ": " + ElementLabels.describe(element)
                            + " repeats the id " + id);
                }
            }
        }
        assertEquals(List.of(), problems);
        // the object counts per file, as worked out in releng/seed-extraction/EXPECTED-*.md
        assertEquals(341 + 281 + 43 + 71 + 17 + 18 + 5 + 12 + 31 + 9, elements);
    }

    @Test
    void savingAndReloadingGivesAnEqualModelWithTheSameIds() throws Exception {
        ResourceSet original = LoadedExamples.copyAndLoad(folder.resolve("shipped"));
        Path savedFolder = folder.resolve("saved");
        LoadedExamples.saveAllInto(original, savedFolder);

        ResourceSet reloaded = LoadedExamples.loadFrom(savedFolder);
        assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(reloaded).isEmpty(), "references survive the save");
        for (Example example : ExampleModels.ALL) {
            XMLResource before = (XMLResource) LoadedExamples.resource(original, example.fileName());
            XMLResource after = (XMLResource) LoadedExamples.resource(reloaded, example.fileName());
            assertTrue(EcoreUtil.equals(before.getContents(), after.getContents()),
                    example.fileName() + " reloads to an equal model");
            TreeIterator<EObject> b = before.getAllContents();
            TreeIterator<EObject> a = after.getAllContents();
            while (b.hasNext() && a.hasNext()) {
                EObject element = b.next();
                assertEquals(before.getID(element), after.getID(a.next()),
                        example.fileName() + ": " + ElementLabels.describe(element) + " keeps its id");
            }
            assertEquals(b.hasNext(), a.hasNext(), example.fileName() + " has as many elements after the save");
        }
    }

    @Test
    void savingTheSameModelTwiceWritesTheSameBytes() throws Exception {
        ResourceSet resourceSet = LoadedExamples.copyAndLoad(folder.resolve("shipped"));
        Map<String, Path> first = LoadedExamples.saveAllInto(resourceSet, folder.resolve("first"));
        Map<String, Path> second = LoadedExamples.saveAllInto(resourceSet, folder.resolve("second"));
        for (Example example : ExampleModels.ALL) {
            assertArrayEquals(Files.readAllBytes(first.get(example.fileName())),
                    Files.readAllBytes(second.get(example.fileName())), example.fileName());
        }
    }

    @Test
    @DisabledIfSystemProperty(named = ResaveExampleSourcesTest.FOLDER_PROPERTY, matches = ".+",
            disabledReason = "the examples are being re-saved; the bundle under test still holds the previous files")
    void theShippedFilesAreExactlyWhatTheWorkbenchWouldSave() throws Exception {
        Path shipped = folder.resolve("shipped");
        ResourceSet resourceSet = LoadedExamples.copyAndLoad(shipped);
        Map<String, Path> saved = LoadedExamples.saveAllInto(resourceSet, folder.resolve("saved"));
        List<String> differing = new ArrayList<>();
        for (Example example : ExampleModels.ALL) {
            Path resaved = saved.get(example.fileName());
            assertNotNull(resaved, example.fileName());
            if (Files.mismatch(shipped.resolve(example.fileName()), resaved) != -1L) {
                differing.add(example.fileName() + " differs from its re-save from byte "
                        + Files.mismatch(shipped.resolve(example.fileName()), resaved));
            }
        }
        // otherwise the first save of an opened example would rewrite the whole file in Git
        assertEquals(List.of(), differing, RESAVE_HINT);
    }
}
