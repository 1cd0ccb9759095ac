// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.curriculum.excel.ImportedModel;
import org.curriculum.excel.document.DocumentImportException;
import org.curriculum.excel.document.DocumentImporter;
import org.curriculum.excel.document.DocumentImporter.Budget;
import org.curriculum.model.Curriculum;
import org.curriculum.testsupport.LoadedExamples;
import org.curriculum.testsupport.WordFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the document importer must refuse with a message a user can act on (not a zip, macro-enabled,
 * encrypted, no unit in it, over the budget) or read with a report (hundreds of pages around the units), and
 * a body carrying an external entity, which is never resolved.
 */
class DocumentBadInputTest {

    @TempDir
    Path folder;

    private Path btecDocument() throws Exception {
        return WordFixtures.seed004Layout(LoadedExamples.curriculum(LoadedExamples.BTEC), folder.resolve("btec.docx"));
    }

    @Test
    void aTextFileNamedDocxIsRefused() throws Exception {
        Path file = WordFixtures.notAZip(folder.resolve("notes.docx"));
        DocumentImportException e = assertThrows(DocumentImportException.class, () -> DocumentImporter.importDocument(file));
        assertEquals(file + ": not a Word document: the file does not start like a .docx (which is a zip archive); "
                + "save it as a Word document (.docx) and import that", e.getMessage());
    }

    @Test
    void aMacroEnabledDocumentIsRefusedWithoutOpeningItsMacros() throws Exception {
        Path file = WordFixtures.macroEnabled(btecDocument(), folder.resolve("btec.docm"));
        DocumentImportException e = assertThrows(DocumentImportException.class, () -> DocumentImporter.importDocument(file));
        assertTrue(e.getMessage().startsWith(file + ": this is a macro-enabled document (.docm, it holds a VBA project)"),
                e.getMessage());
    }

    @Test
    void anEncryptedDocumentIsRefused() throws Exception {
        Path file = WordFixtures.encrypted(btecDocument(), folder.resolve("locked.docx"));
        DocumentImportException e = assertThrows(DocumentImportException.class, () -> DocumentImporter.importDocument(file));
        assertTrue(e.getMessage().startsWith(file + ": this is a password-protected (encrypted) document or an old "
                + "Word 97-2003 .doc file; remove the password"), e.getMessage());
    }

    @Test
    void aDocumentWithNoUnitIsRefusedNamingWhatItFound() throws Exception {
        Path file = WordFixtures.noUnit(folder.resolve("minutes.docx"));
        DocumentImportException e = assertThrows(DocumentImportException.class, () -> DocumentImporter.importDocument(file));
        assertTrue(e.getMessage().startsWith(file + ": no unit, module or qualification was recognised in 3 paragraph(s) "
                + "and table(s)"), e.getMessage());
        assertTrue(e.getMessage().contains("paragraph 2: not recognised as part of a unit, module or qualification "
                + "(\"The committee met and agreed to review the contact centre standards next year.\")"), e.getMessage());
    }

    @Test
    void fiveHundredPagesOfProseAreRefusedAsNoSpecificationOrOverTheParagraphBudget() throws Exception {
        Path file = WordFixtures.proseOnly(500, folder.resolve("annual-report.docx"));
        DocumentImportException none = assertThrows(DocumentImportException.class, () -> DocumentImporter.importDocument(file));
        assertTrue(none.getMessage().contains("no unit, module or qualification was recognised in 20501 paragraph(s)"),
                none.getMessage());
        DocumentImportException over = assertThrows(DocumentImportException.class,
                () -> DocumentImporter.importDocument(file, new Budget(DocumentImporter.MAX_FILE_BYTES,
                        DocumentImporter.MAX_BODY_BYTES, 1000)));
        assertEquals(file + ", paragraph 1001: more than 1000 paragraphs (counting those in tables); a document is read "
                + "up to that many. Split it into several documents and import them one by one", over.getMessage());
    }

    @Test
    void aLargeBodyIsRefusedBeforePoiReadsIt() throws Exception {
        Path file = WordFixtures.largeUnitBank(LoadedExamples.curriculum(LoadedExamples.BTEC), 200, folder.resolve("bank.docx"));
        DocumentImportException e = assertThrows(DocumentImportException.class,
                () -> DocumentImporter.importDocument(file, new Budget(DocumentImporter.MAX_FILE_BYTES, 256 * 1024,
                        DocumentImporter.MAX_PARAGRAPHS)));
        assertTrue(e.getMessage().contains("KB uncompressed, over the 256 KB read at most; split the document"), e.getMessage());
        // within the default budget the same document imports: all 200 units
        ImportedModel<Curriculum> imported = DocumentImporter.importDocument(file);
        assertEquals(200, WordFixtures.units(imported.root()).size());
    }

    @Test
    void unitsAmongHundredsOfPagesOfProseImportWithTheProseReported() throws Exception {
        Path prose = WordFixtures.proseOnly(500, folder.resolve("prose.docx"));
        Path units = btecDocument();
        Path both = folder.resolve("long.docx");
        // the units document with the prose document's body appended before its end
        String body = documentXml(units);
        String extra = documentXml(prose);
        String paragraphs = extra.substring(extra.indexOf("<w:body>") + 8, extra.lastIndexOf("</w:body>"));
        replaceDocumentXml(units, both, body.replace("</w:body>", paragraphs + "</w:body>"));
        ImportedModel<Curriculum> imported = DocumentImporter.importDocument(both);
        assertEquals(14, WordFixtures.units(imported.root()).size());
        assertTrue(imported.findings().size() > 20000, "every prose paragraph is in the report");
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        Path units = btecDocument();
        Path file = folder.resolve("entity.docx");
        Path secret = Files.writeString(folder.resolve("secret.txt"), "SECRET-CONTENT");
        String body = documentXml(units);
        String withEntity = body.replaceFirst("<\\?xml[^>]*\\?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>")
                .replaceFirst("<w:t>Contents</w:t>", "<w:t>&secret;</w:t>");
        replaceDocumentXml(units, file, withEntity);
        try {
            ImportedModel<Curriculum> imported = DocumentImporter.importDocument(file);
            assertFalse(imported.findings().toString().contains("SECRET-CONTENT"));
            assertFalse(String.valueOf(imported.root().getTitle()).contains("SECRET-CONTENT"));
        } catch (DocumentImportException e) {
            assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
            assertFalse(e.getMessage().contains("SECRET-CONTENT"));
        }
    }

    private static String documentXml(Path docx) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(docx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalStateException("no word/document.xml in " + docx);
    }

    private static void replaceDocumentXml(Path docx, Path target, String xml) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(docx));
                OutputStream file = Files.newOutputStream(target);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}
