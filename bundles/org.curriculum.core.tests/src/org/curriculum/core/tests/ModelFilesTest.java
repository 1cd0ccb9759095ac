// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.PracticalSkillsModule;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.testsupport.LoadedExamples;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading and saving model files, and what the user is told when a file is bad. */
class ModelFilesTest {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String ROOT_OPEN = "<curriculum:Curriculum xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xmlns:curriculum=\"http://curriculum.org/workbench/curriculum/1.0\" xmi:id=\"_root\" code=\"143905\">\n";

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aTruncatedFileNamesTheFileLineAndColumnAndIsNotTouched() throws IOException {
        Path file = write("truncated.curriculum", HEADER + ROOT_OPEN
                + "  <components xsi:type=\"curriculum:PracticalSkillsModule\" xmi:id=\"_pm1\" number=\"1\" title=\"Provide budg");
        byte[] before = Files.readAllBytes(file);
        ResourceSet resourceSet = ModelFiles.newResourceSet();
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFiles.load(resourceSet, file));
        assertEquals(3, error.getLine(), error.getMessage());
        assertTrue(error.getColumn() > 0, error.getMessage());
        assertTrue(error.getMessage().startsWith(file.toString() + ":3:"), error.getMessage());
        assertTrue(error.getMessage().contains("not well-formed XML"), error.getMessage());
        assertTrue(resourceSet.getResources().isEmpty(), "a failed load leaves nothing behind to be saved over the file");
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void anUnknownAttributeIsReportedWithItsPlace() throws IOException {
        Path file = write("unknown.curriculum", HEADER + ROOT_OPEN
                + "  <components xsi:type=\"curriculum:KnowledgeModule\" xmi:id=\"_km1\" number=\"1\" colour=\"red\"/>\n"
                + "</curriculum:Curriculum>\n");
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFiles.loadRoot(file));
        assertEquals(3, error.getLine());
        assertTrue(error.getMessage().contains("unknown attribute or element 'colour'"), error.getMessage());
    }

    @Test
    void aDoctypeIsRefusedWithAClearMessage() throws IOException {
        Path file = write("doctype.curriculum", HEADER + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>\n"
                + ROOT_OPEN + "</curriculum:Curriculum>\n");
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFiles.loadRoot(file));
        assertEquals(2, error.getLine());
        assertTrue(error.getMessage().contains("declares a DOCTYPE"), error.getMessage());
    }

    @Test
    void parsersKeptBetweenLoadsStillRefuseADoctypeAndStillReportExactPositions() throws Exception {
        Path secret = write("secret.txt", "SECRET-CONTENT");
        Path doctype = write("doctype.curriculum", HEADER + "<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n"
                + ROOT_OPEN.replace("code=\"143905\"", "code=\"&e;\"") + "</curriculum:Curriculum>\n");
        // 87 = 2 spaces + 12 for "<components " + 38 for the xsi:type + 14 for the xmi:id + 11 for number
        // + 9 for title="a , then the '<'.
        Path lessThan = write("less-than.curriculum", HEADER + ROOT_OPEN
                + "  <components xsi:type=\"curriculum:KnowledgeModule\" xmi:id=\"_km1\" number=\"1\" title=\"a < b\"/>\n"
                + "</curriculum:Curriculum>\n");
        Path unknownType = write("unknown-type.curriculum", HEADER + ROOT_OPEN
                + "  <components xsi:type=\"curriculum:Nonsense\" xmi:id=\"_km1\" number=\"1\"/>\n"
                + "</curriculum:Curriculum>\n");
        Curriculum curriculum = CurriculumFactory.eINSTANCE.createCurriculum();
        curriculum.setCode("143905");
        Path good = folder.resolve("good.curriculum");
        ModelFiles.saveAs(curriculum, good);

        // Every load after the first reuses a parser a previous load (good or bad) gave back.
        for (int round = 1; round <= 3; round++) {
            assertEquals("143905", ((Curriculum) ModelFiles.loadRoot(good)).getCode(), "round " + round);

            ModelLoadException refused = assertThrows(ModelLoadException.class, () -> ModelFiles.loadRoot(doctype));
            assertEquals(doctype + ":2:10: the file declares a DOCTYPE, which model files never contain; it was refused"
                    + " and nothing it refers to was read. Remove the DOCTYPE and any entity declarations.",
                    refused.getMessage(), "round " + round);
            assertFalse(refused.getMessage().contains("SECRET-CONTENT"));

            ModelLoadException damaged = assertThrows(ModelLoadException.class, () -> ModelFiles.loadRoot(lessThan));
            assertTrue(damaged.getMessage().startsWith(lessThan + ":3:87: not well-formed XML"), damaged.getMessage());

            // 72: just after the element's start tag, where EMF reports a bad type.
            ModelLoadException badType = assertThrows(ModelLoadException.class, () -> ModelFiles.loadRoot(unknownType));
            assertEquals(unknownType + ":3:72: unknown element type 'Nonsense'. The file has not been changed.",
                    badType.getMessage(), "round " + round);
        }
    }

    @Test
    void aResourceSetFromLoadAllFindsARenamedFileOnlyUnderItsNewName() throws Exception {
        LoadedExamples examples = LoadedExamples.load(folder);
        Resource btec = examples.btec().eResource();
        URI before = btec.getURI();
        URI after = ModelFiles.uri(folder.resolve("renamed.curriculum"));
        btec.setURI(after);
        assertNull(examples.resourceSet.getResource(before, false), "Save As must not leave the old name behind");
        assertSame(btec, examples.resourceSet.getResource(after, false));
    }

    @Test
    void emptyMissingAndForeignFilesAreRefused() throws IOException {
        Path empty = write("empty.curriculum", "");
        assertTrue(assertThrows(ModelLoadException.class, () -> ModelFiles.loadRoot(empty)).getMessage()
                .endsWith("the file is empty; it is not a model file"));
        Path missing = folder.resolve("missing.curriculum");
        assertTrue(assertThrows(ModelLoadException.class, () -> ModelFiles.loadRoot(missing)).getMessage()
                .endsWith("no such file"));
        Path foreign = write("foreign.curriculum", HEADER + "<x:Thing xmlns:x=\"http://example.invalid/other\"/>\n");
        assertTrue(assertThrows(ModelLoadException.class, () -> ModelFiles.loadRoot(foreign)).getMessage()
                .contains("unknown namespace 'http://example.invalid/other'"));
    }

    @Test
    void aFolderAndAFileInAnotherEncodingAreNamedForWhatTheyAre() throws IOException {
        ModelLoadException folderError = assertThrows(ModelLoadException.class, () -> ModelFiles.loadRoot(folder));
        assertEquals(folder + ": is a folder, not a model file: give a .curriculum, .standards or .mapping file",
                folderError.getMessage());

        // "Contact Centre Manager" typed with a Latin-1 e-acute in line 3, column 67: one byte 0xE9, not UTF-8
        Path latin1 = folder.resolve("latin1.curriculum");
        String text = HEADER + ROOT_OPEN + "  <components xsi:type=\"curriculum:PracticalSkillsModule\" xmi:id=\"_pm1\" title=\"Caf\u00e9 budgets\"/>\n"
                + "</curriculum:Curriculum>\n";
        Files.write(latin1, text.getBytes(StandardCharsets.ISO_8859_1));
        byte[] before = Files.readAllBytes(latin1);
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFiles.loadRoot(latin1));
        assertEquals(3, error.getLine(), error.getMessage());
        assertEquals(text.split("\n")[2].indexOf('\u00e9') + 1, error.getColumn(), error.getMessage());
        assertTrue(error.getMessage().startsWith(latin1 + ":3:" + error.getColumn()
                + ": is not UTF-8 text: byte 0xE9 cannot start or continue a character here. Model files are UTF-8"),
                error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(latin1));
    }

    @Test
    void saveAsThenLoadGivesTheSameModel() throws Exception {
        Curriculum curriculum = CurriculumFactory.eINSTANCE.createCurriculum();
        curriculum.setCode("143905");
        PracticalSkillsModule module = CurriculumFactory.eINSTANCE.createPracticalSkillsModule();
        module.setNumber("1");
        module.setTitle("Provide budgeting services");
        curriculum.getComponents().add(module);
        Path file = folder.resolve("new.curriculum");
        ModelFiles.saveAs(curriculum, file);
        Curriculum copy = (Curriculum) ModelFiles.loadRoot(file);
        assertEquals("Practical skills module 1 \"Provide budgeting services\"",
                ElementLabels.describe(copy.getComponents().get(0)));
    }
}
