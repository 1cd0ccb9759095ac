// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.excel.CoverageReportWriter;
import org.curriculum.excel.CurriculumWorkbookWriter;
import org.curriculum.excel.FrameworkTemplate;
import org.curriculum.excel.MappingWorkbookWriter;
import org.curriculum.excel.ReviewReportWriter;
import org.curriculum.testsupport.AnnexeBReview;
import org.curriculum.model.Curriculum;
import org.curriculum.model.MappingSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes one workbook of every kind from the examples into {@code target/exported-workbooks/}, where
 * {@code releng/check-xlsx-with-libreoffice.sh} opens them with LibreOffice; checks each reopens in POI
 * with the expected sheets.
 */
class ExportedWorkbooksTest {

    @TempDir
    Path folder;

    private interface Export {
        void write(OutputStream out) throws Exception;
    }

    @Test
    void everyKindOfWorkbookIsWrittenForTheSpreadsheetCheck() throws Exception {
        MappingSet nos = ExcelFixtures.loadAnnexeB(folder);
        MappingSet fs2 = (MappingSet) ModelFiles.loadAll(List.of(folder.resolve("btec-l3-functional-skills-level2.mapping")))
                .getResources().get(0).getContents().get(0);
        Curriculum btec = (Curriculum) nos.getSource();
        Curriculum manager = (Curriculum) ModelFiles.loadRoot(folder.resolve("contact-centre-manager.curriculum"));
        Path target = Path.of("target", "exported-workbooks");
        Files.createDirectories(target);
        List<String> written = new ArrayList<>();
        written.add(export(target, "annexe-b-grid.xlsx", out -> MappingWorkbookWriter.writeGrid(nos, out, GridOrientation.STANDARDS_IN_ROWS),
                "Coverage grid", "Links", "Legend"));
        written.add(export(target, "annexe-b-grid-transposed.xlsx", out -> MappingWorkbookWriter.writeGrid(nos, out, GridOrientation.ITEMS_IN_ROWS),
                "Coverage grid", "Links", "Legend"));
        written.add(export(target, "annexe-c-level2-grid.xlsx", out -> MappingWorkbookWriter.writeGrid(fs2, out, GridOrientation.STANDARDS_IN_ROWS),
                "Coverage grid", "Links", "Legend"));
        written.add(export(target, "annexe-b-links.xlsx", out -> MappingWorkbookWriter.writeLinks(nos, out), "Links", "Legend"));
        written.add(export(target, "annexe-b-coverage.xlsx", out -> CoverageReportWriter.write(nos, out), "Summary", "Gaps",
                "Partial only", "Optional only", "Unused items", "Pathways"));
        written.add(export(target, "btec-curriculum.xlsx", out -> CurriculumWorkbookWriter.write(btec, out), "Curriculum",
                "Units", "Qualifications"));
        written.add(export(target, "contact-centre-manager-curriculum.xlsx",
                out -> CurriculumWorkbookWriter.write(manager, out), "Curriculum", "Tasks", "Knowledge modules",
                "Practical skills modules", "Work experience modules", "Qualifications"));
        written.add(export(target, "framework-template.xlsx", FrameworkTemplate::writeXlsx, "Standards", "Framework",
                "How to fill in"));
        // a reviewed grid (cell notes, review columns) and the review workbook with its two charts
        MappingSet reviewed = ExcelFixtures.loadAnnexeB(folder.resolve("reviewed"));
        AnnexeBReview.applyTo(reviewed);
        written.add(export(target, "annexe-b-grid-reviewed.xlsx",
                out -> MappingWorkbookWriter.writeGrid(reviewed, out, GridOrientation.STANDARDS_IN_ROWS),
                "Coverage grid", "Links", "Legend"));
        written.add(export(target, "annexe-b-review.xlsx", out -> ReviewReportWriter.write(reviewed, out), "Figures",
                "Queried and rejected", "Unjustified gaps"));
        assertEquals(10, written.size());
    }

    private static String export(Path folder, String name, Export export, String... sheets) throws Exception {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            export.write(out);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of(sheets), names, name);
            assertTrue(workbook.getSheetAt(0).getRow(0) != null, name + " has a first row");
        }
        return name;
    }
}
