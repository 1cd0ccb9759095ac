// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.examples.ExampleModels;
import org.curriculum.excel.ImportedModel;
import org.curriculum.excel.caseformat.CaseImportException;
import org.curriculum.excel.caseformat.CaseImporter;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.Framework;
import org.curriculum.model.PublicationStatus;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardSection;
import org.curriculum.model.StandardsFramework;
import org.curriculum.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages written by other tools, by hand, in their style: a bare CFDocument without our extension, an unknown
 * association type, an item without a code or type, an item whose parent is in another document, several
 * documents in one file; and files that are not CASE at all.
 */
class CaseOtherToolsTest {

    @TempDir
    Path folder;

    @Test
    void aBareDocumentFromAnotherToolImportsWithAReportOfWhatWasKeptAside() throws Exception {
        Path json = resource("other-tool-bare-document.json");
        ImportedModel<Framework> imported = CaseImporter.importFramework(json, CurriculumPackage.Literals.STANDARDS_FRAMEWORK);
        StandardsFramework framework = (StandardsFramework) imported.root();
        assertEquals("Contact Centre Occupational Standards (draft for consultation)", framework.getTitle());
        assertEquals("Skills Council", framework.getPublisher());
        assertEquals(PublicationStatus.DRAFT, framework.getStatus());

        // "Customer contact" groups two competencies and has no code: a section, its children in sequence order.
        assertEquals(1, framework.getSections().size());
        StandardSection section = framework.getSections().get(0);
        assertEquals("Customer contact", section.getTitle());
        assertEquals(List.of("CCS-02", "CCS-01"), section.getStandards().stream().map(Standard::getCode).toList());
        Standard inbound = section.getStandards().get(1);
        assertEquals("Handle inbound customer calls in a contact centre", inbound.getTitle());
        assertEquals(1, inbound.getElements().size());
        assertEquals(null, inbound.getElements().get(0).getCode());
        assertEquals("Listen actively and confirm the caller's need", inbound.getElements().get(0).getTitle());
        // GEN-07's parent is an item of another document: it stays, at the top level.
        assertEquals(List.of("GEN-07"), framework.getStandards().stream().map(Standard::getCode).toList());

        List<String> report = imported.warnings();
        assertTrue(report.contains("1 association(s) of type \"ext:hasPrerequisite\" kept aside on the framework "
                + "(no place in a framework's tree; written back on export)"), report.toString());
        assertTrue(report.contains("1 item(s) have their parent in another document (not in this package); they are placed at the top level"), report.toString());
        assertTrue(report.contains("2 item(s) have no code (humanCodingScheme)"), report.toString());
        assertTrue(report.contains("field \"conceptKeywords\" of 1 item(s) kept aside on the items (written back on export)"), report.toString());
        assertTrue(report.contains("1 item(s) of type \"Domain\" imported as Standard Section"), report.toString());
        assertTrue(report.contains("3 item(s) of type \"Competency\" imported as Standard"), report.toString());

        // What was kept aside goes out again with the next export, under the other tool's identifiers.
        Path saved = folder.resolve("imported.standards");
        imported.saveAs(saved);
        Framework reloaded = (Framework) ModelFiles.loadRoot(saved);
        String exported = Files.readString(CaseRoundTripTest.export(reloaded, folder.resolve("again.json")));
        assertTrue(exported.contains("\"associationType\":\"ext:hasPrerequisite\""), exported);
        assertTrue(exported.contains("\"conceptKeywords\" : [\"inbound\",\"telephony\"]"), exported);
        assertTrue(exported.contains("\"CFItemType\" : \"Domain\""), exported);
        assertTrue(exported.contains("\"identifier\" : \"a1b2c3d4-0002-4000-8000-000000000002\""), exported);
        assertTrue(exported.contains("\"identifier\" : \"3f1c2a40-5b7e-4c1d-9a2f-0e6b7c8d9e10\""), exported);
        assertTrue(exported.contains("\"language\" : \"en\""), exported);
    }

    @Test
    void severalDocumentsInOnePackageImportOneSectionPerFurtherDocument() throws Exception {
        ImportedModel<Framework> imported = CaseImporter.importFramework(resource("two-documents.json"),
                CurriculumPackage.Literals.STANDARDS_FRAMEWORK);
        StandardsFramework framework = (StandardsFramework) imported.root();
        assertEquals("Customer service standards", framework.getTitle());
        assertEquals(List.of("CS-1"), framework.getStandards().stream().map(Standard::getCode).toList());
        assertEquals(1, framework.getSections().size());
        assertEquals("Team leadership standards", framework.getSections().get(0).getTitle());
        assertEquals(List.of("TL-1", "TL-2"), framework.getSections().get(0).getStandards().stream().map(Standard::getCode).toList());
        assertTrue(imported.warnings().contains("the package holds 2 documents; the items of each after the first are in a section named after it"),
                imported.warnings().toString());
    }

    @Test
    void anotherToolsPackageImportsAsACurriculumOfUnitsOutcomesAndCriteria() throws Exception {
        ImportedModel<Framework> imported = CaseImporter.importFramework(resource("other-tool-bare-document.json"),
                CurriculumPackage.Literals.CURRICULUM);
        Curriculum curriculum = (Curriculum) imported.root();
        List<String> units = curriculum.getComponents().stream().map(c -> c.getTitle()).toList();
        assertEquals(List.of("Customer contact", "Apply the organisation's data protection procedures"), units);
        Unit customerContact = (Unit) curriculum.getComponents().get(0);
        assertEquals(List.of("CCS-02", "CCS-01"), customerContact.getLearningOutcomes().stream().map(o -> o.getCode()).toList());
        assertEquals(1, customerContact.getLearningOutcomes().get(1).getAssessmentCriteria().size());
    }

    @Test
    void whatIsNotACasePackageIsRefusedNamingTheFileAndWhy() throws Exception {
        Path notJson = Files.writeString(folder.resolve("notes.json"), "{ \"CFDocument\": { \"identifier\": \"x\", ");
        CaseImportException broken = assertThrows(CaseImportException.class,
                () -> CaseImporter.importFramework(notJson, CurriculumPackage.Literals.STANDARDS_FRAMEWORK));
        assertTrue(broken.getMessage().startsWith(notJson + ": line 1, column "), broken.getMessage());
        assertTrue(broken.getMessage().endsWith("the file is not a valid CASE JSON package"), broken.getMessage());

        Path deep = Files.writeString(folder.resolve("deep.json"), "{\"CFDocument\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        CaseImportException tooDeep = assertThrows(CaseImportException.class,
                () -> CaseImporter.importFramework(deep, CurriculumPackage.Literals.STANDARDS_FRAMEWORK));
        assertTrue(tooDeep.getMessage().contains("nesting depth"), tooDeep.getMessage());

        Path empty = Files.writeString(folder.resolve("empty.json"), "{\"CFItems\": []}");
        CaseImportException noDocument = assertThrows(CaseImportException.class,
                () -> CaseImporter.importFramework(empty, CurriculumPackage.Literals.STANDARDS_FRAMEWORK));
        assertEquals(empty + ": no CFDocument was found: a CASE package needs one (a \"CFDocument\" object, or a document's fields at the top of the file)",
                noDocument.getMessage());

        ExampleModels.copyTo(folder);
        Path mappingJson = CaseRoundTripTest.export(ModelFiles.loadRoot(folder.resolve(ExampleModels.NOS_MAPPING)),
                folder.resolve("annexe-b.json"));
        CaseImportException wrongKind = assertThrows(CaseImportException.class,
                () -> CaseImporter.importFramework(mappingJson, CurriculumPackage.Literals.STANDARDS_FRAMEWORK));
        assertEquals(mappingJson + ": the package holds a mapping set: import it with -o OUT.mapping --against SOURCE TARGET",
                wrongKind.getMessage());

        // found by the fuzz run (seed 44): a mangled kind in our own extension was a NullPointerException
        Path nosJson = CaseRoundTripTest.export(ModelFiles.loadRoot(folder.resolve("contact-centre-nos.standards")),
                folder.resolve("nos.json"));
        Path mangled = Files.writeString(folder.resolve("mangled.json"),
                Files.readString(nosJson).replace("\"kind\" : \"StandardsFramework\"", "\"kind\" : \"Standar;dsFramework\""));
        CaseImportException unknownKind = assertThrows(CaseImportException.class,
                () -> CaseImporter.importFramework(mangled, CurriculumPackage.Literals.STANDARDS_FRAMEWORK));
        assertEquals(mangled + ": the document's extension names an unknown kind \"Standar;dsFramework\" (expected Curriculum,"
                + " StandardsFramework or MappingSet)", unknownKind.getMessage());
    }

    private Path resource(String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("data/case/" + name)) {
            if (in == null) {
                throw new IOException("data/case/" + name + " is missing from the test bundle");
            }
            Path file = folder.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }
}
