// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;

import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.Unit;
import org.curriculum.model.resource.CurriculumResourceFactorySpec;
import org.curriculum.model.resource.CurriculumResourceSpec;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resource every model file goes through: UUIDs, UTF-8, safe parsing and atomic saves. */
class CurriculumResourceSpecTest {

    @TempDir
    Path folder;

    private static Curriculum btecWithUnit301() {
        Curriculum curriculum = CurriculumFactory.eINSTANCE.createCurriculum();
        curriculum.setCode("600/1636/X");
        curriculum.setTitle("Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF)");
        Unit unit = CurriculumFactory.eINSTANCE.createUnit();
        unit.setNumber("301");
        unit.setReferenceCode("F/503/0358");
        unit.setTitle("Principles of Personal and Organisational Effectiveness in a Contact Centre");
        unit.setCredits(2);
        curriculum.getComponents().add(unit);
        return curriculum;
    }

    private static ResourceSet resourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        CurriculumResourceFactorySpec.register(resourceSet.getResourceFactoryRegistry());
        return resourceSet;
    }

    @Test
    void everyElementGetsAUuidThatSurvivesSaveAndReload() throws IOException {
        Path file = folder.resolve("btec.curriculum");
        Resource resource = resourceSet().createResource(URI.createFileURI(file.toString()));
        assertTrue(resource instanceof CurriculumResourceSpec, "the registered factory makes the safe resource");
        Curriculum curriculum = btecWithUnit301();
        resource.getContents().add(curriculum);
        String unitId = ((XMLResource) resource).getID(curriculum.getComponents().get(0));
        assertNotNull(unitId);
        assertEquals(23, unitId.length(), "EMF UUIDs are 23 characters: " + unitId);
        resource.save(Map.of());

        Resource reloaded = resourceSet().getResource(URI.createFileURI(file.toString()), true);
        Curriculum copy = (Curriculum) reloaded.getContents().get(0);
        assertEquals(unitId, ((XMLResource) reloaded).getID(copy.getComponents().get(0)));
        assertEquals("F/503/0358", ((Unit) copy.getComponents().get(0)).getReferenceCode());
    }

    @Test
    void aLoadedModelIsNotKeptAliveOnceNothingRefersToIt() throws Exception {
        Path file = folder.resolve("btec.curriculum");
        Resource saved = resourceSet().createResource(URI.createFileURI(file.toString()));
        saved.getContents().add(btecWithUnit301());
        saved.save(Map.of());

        // Loaded through the shared parser pool, then dropped, as an editor does when it is closed.
        WeakReference<Resource> loaded = loadAndDrop(file);
        for (int attempt = 0; attempt < 20 && loaded.get() != null; attempt++) {
            System.gc();
            Thread.sleep(50);
        }
        assertNull(loaded.get(), "the parser that read the file, back in the pool, still holds the model it read");
    }

    private static WeakReference<Resource> loadAndDrop(Path file) {
        Resource resource = resourceSet().getResource(URI.createFileURI(file.toString()), true);
        assertEquals("301", ((Unit) ((Curriculum) resource.getContents().get(0)).getComponents().get(0)).getNumber());
        return new WeakReference<>(resource);
    }

    @Test
    void savesUtf8() throws IOException {
        Path file = folder.resolve("profile.curriculum");
        Resource resource = resourceSet().createResource(URI.createFileURI(file.toString()));
        Curriculum curriculum = btecWithUnit301();
        curriculum.setTitle("Attend to customer and supplier relation’s management – café");
        resource.getContents().add(curriculum);
        resource.save(Map.of());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), text);
        assertTrue(text.contains("relation’s management – café"), text);
    }

    @Test
    void aSavedFileKeepsThePermissionsOfTheFileItReplaces() throws IOException {
        Path file = folder.resolve("btec.curriculum");
        Resource resource = resourceSet().createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(btecWithUnit301());
        resource.save(Map.of());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "a new file is readable by others, like any file the user writes");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        ((Curriculum) resource.getContents().get(0)).setTitle("changed");
        resource.save(Map.of());
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void anInterruptedSaveLeavesThePreviousFileIntact() throws IOException {
        Path file = folder.resolve("btec.curriculum");
        Resource first = resourceSet().createResource(URI.createFileURI(file.toString()));
        first.getContents().add(btecWithUnit301());
        first.save(Map.of());
        byte[] before = Files.readAllBytes(file);

        // a resource whose serialisation writes part of the file and then dies, as a crash would
        CurriculumResourceSpec failing = new CurriculumResourceSpec(URI.createFileURI(file.toString())) {
            @Override
            public void doSave(OutputStream out, Map<?, ?> options) throws IOException {
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<curriculum:Curriculum".getBytes(StandardCharsets.UTF_8));
                out.flush();
                throw new IOException("disk full (simulated)");
            }
        };
        Curriculum changed = btecWithUnit301();
        changed.setTitle("changed title that must not reach the disk");
        failing.getContents().add(changed);
        IOException error = assertThrows(IOException.class, () -> failing.save(Map.of()));
        assertEquals("disk full (simulated)", error.getMessage());

        assertArrayEquals(before, Files.readAllBytes(file), "the previous file must be unchanged");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedAndTheEntityIsNeverRead() throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "SECRET-CONTENT");
        Path file = folder.resolve("evil.curriculum");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE curriculum:Curriculum [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<curriculum:Curriculum xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:curriculum=\"http://curriculum.org/workbench/curriculum/1.0\" title=\"&leak;\"/>\n");
        Resource resource = resourceSet().createResource(URI.createFileURI(file.toString()));
        IOException error = assertThrows(IOException.class, () -> resource.load(null));
        assertTrue(String.valueOf(error.getMessage()).contains("DOCTYPE"), error.getMessage());
        assertTrue(resource.getContents().isEmpty() || !String.valueOf(((Curriculum) resource.getContents().get(0)).getTitle())
                .contains("SECRET"), "the entity's target was never read");
        assertFalse(String.valueOf(error.getMessage()).contains("SECRET-CONTENT"));
    }
}
