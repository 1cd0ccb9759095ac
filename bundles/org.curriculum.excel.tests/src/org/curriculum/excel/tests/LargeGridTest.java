// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.excel.GridImporter;
import org.curriculum.excel.MappingWorkbookWriter;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardSection;
import org.curriculum.model.StandardsFramework;
import org.curriculum.model.Unit;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A grid far larger than any seed (4,000 standards x 250 units) streams out and reads back. */
class LargeGridTest {

    @TempDir
    Path folder;

    @Test
    void aLargeGridStreamsToDiskAndImportsBack() throws Exception {
        CurriculumFactory factory = CurriculumFactory.eINSTANCE;
        ResourceSet resourceSet = ModelFiles.newResourceSet();
        StandardsFramework framework = factory.createStandardsFramework();
        framework.setTitle("Synthetic framework");
        for (int s = 0; s < 40; s++) {
            StandardSection section = factory.createStandardSection();
            section.setTitle("Section " + s);
            framework.getSections().add(section);
            for (int i = 0; i < 100; i++) {
                Standard standard = factory.createStandard();
                standard.setCode("S" + s + "." + i);
                standard.setTitle("Standard " + i + " of section " + s);
                section.getStandards().add(standard);
            }
        }
        Curriculum curriculum = factory.createCurriculum();
        for (int u = 0; u < 250; u++) {
            Unit unit = factory.createUnit();
            unit.setNumber(Integer.toString(1000 + u));
            unit.setTitle("Unit " + u);
            curriculum.getComponents().add(unit);
        }
        MappingSet mapping = factory.createMappingSet();
        mapping.setSource(curriculum);
        mapping.setTarget(framework);
        for (int u = 0; u < 250; u++) {
            for (int k = 0; k < 40; k++) {
                MappingLink link = factory.createMappingLink();
                link.setItem(curriculum.getComponents().get(u));
                StandardSection section = framework.getSections().get(k);
                link.setStandard(section.getStandards().get((u * 7 + k) % 100));
                mapping.getLinks().add(link);
            }
        }
        add(resourceSet, "large.standards", framework);
        add(resourceSet, "large.curriculum", curriculum);
        add(resourceSet, "large.mapping", mapping);

        Path xlsx = folder.resolve("large.xlsx");
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                MappingWorkbookWriter.writeGrid(mapping, out, GridOrientation.STANDARDS_IN_ROWS);
            }
        });
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            XSSFSheet grid = workbook.getSheet("Coverage grid");
            // 12 header rows, 40 section rows, 4,000 standards, 3 total rows
            assertEquals(12 + 40 + 4000 + 3, grid.getLastRowNum() + 1);
            assertEquals(10_000, workbook.getSheet("Links").getLastRowNum());
        }
        MappingSet imported = GridImporter.importGrid(xlsx, resourceSet).root();
        assertEquals(10_000, imported.getLinks().size());
    }

    private static void add(ResourceSet resourceSet, String name, org.eclipse.emf.ecore.EObject root) {
        Resource resource = resourceSet.createResource(org.eclipse.emf.common.util.URI.createFileURI("/nowhere/" + name));
        resource.getContents().add(root);
    }
}
