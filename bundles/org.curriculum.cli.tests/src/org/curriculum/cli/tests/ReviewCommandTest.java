// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.examples.ExampleModels;
import org.curriculum.model.MappingSet;
import org.curriculum.testsupport.AnnexeBReview;
import org.junit.jupiter.api.Test;

/**
 * {@code workbench review} on the Annexe B mapping after the shared scripted review (60 accepted, 8
 * queried, 2 rejected) in text, JSON and xlsx, and {@code workbench import review} of a second round
 * answered in the exported Links sheet.
 */
class ReviewCommandTest extends CommandLineHarness {

    private List<AnnexeBReview.Verdict> plan;

    private Path reviewed() throws Exception {
        Path file = examples.resolve(ExampleModels.NOS_MAPPING);
        MappingSet mapping = (MappingSet) ModelFiles.loadAll(List.of(file)).getResources().get(0).getContents().get(0);
        plan = AnnexeBReview.applyTo(mapping);
        ModelFiles.save(mapping.eResource());
        return file;
    }

    private static String cell(AnnexeBReview.Verdict verdict) {
        return org.curriculum.model.labels.ElementLabels.cell(verdict.link());
    }

    @Test
    void theTextReportGivesTheCountsAndTheTenCellsWithTheirComments() throws Exception {
        Path file = reviewed();
        assertEquals(0, run("review", file.toString()), err());
        String report = out();
        assertTrue(report.contains("links: 70, 60 accepted, 8 queried, 2 rejected, 0 proposed\n"), report);
        assertTrue(report.contains("gaps: 0 uncovered standard(s), 0 justified\n"), report);
        assertTrue(report.contains("reviewed: 70 of 70 decisions (links and gaps), 100%\n"), report);
        assertTrue(report.contains("\nQueried (8):\n"), report);
        assertTrue(report.contains("\nRejected (2):\n"), report);
        assertTrue(report.contains("\nUnjustified gaps (0): none\n"), report);
        for (AnnexeBReview.Verdict verdict : plan.subList(60, 70)) {
            assertTrue(report.contains("  " + cell(verdict) + "  " + verdict.state().getLiteral() + " by "
                    + AnnexeBReview.REVIEWER + " on 2026-11-30\n    2026-11-30 " + AnnexeBReview.REVIEWER + ": "
                    + verdict.comment() + "\n"), cell(verdict) + " in\n" + report);
        }
    }

    @Test
    void jsonAndTheWorkbook() throws Exception {
        Path file = reviewed();
        assertEquals(0, run("review", file.toString(), "--format", "json"), err());
        String json = out();
        assertTrue(json.contains("\"accepted\":60") || json.contains("\"accepted\": 60"), json);
        assertTrue(json.contains(cell(plan.get(61))), json);
        reset();
        assertEquals(2, run("review", file.toString(), "--format", "xlsx"));
        assertTrue(err().contains("--format xlsx writes a workbook: give it with -o OUT.xlsx"), err());
        reset();
        Path workbook = folder.resolve("review.xlsx");
        assertEquals(0, run("review", file.toString(), "--format", "xlsx", "-o", workbook.toString()), err());
        try (XSSFWorkbook read = new XSSFWorkbook(Files.newInputStream(workbook))) {
            assertEquals(11, read.getSheet("Queried and rejected").getPhysicalNumberOfRows());
            assertEquals(2, read.getSheet("Figures").getDrawingPatriarch().getCharts().size());
        }
        reset();
        assertEquals(1, run("review", file.toString(), "--format", "xlsx", "-o", workbook.toString()));
        assertTrue(err().contains("already exists; nothing was written (give --force to replace it)"), err());
    }

    @Test
    void aSecondRoundAnsweredInTheLinksSheetIsImportedIntoANewMappingFile() throws Exception {
        Path file = reviewed();
        Path grid = folder.resolve("round-1.xlsx");
        assertEquals(0, run("export", file.toString(), "-o", grid.toString()), err());
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(grid))) {
            for (Row row : workbook.getSheet("Links")) {
                if ("queried".equals(format.formatCellValue(row.getCell(11)))) {
                    type(row, 11, "accepted");
                    type(row, 15, "Evidence found in the unit's assessment guidance.");
                }
            }
            try (OutputStream out = Files.newOutputStream(folder.resolve("round-2.xlsx"))) {
                workbook.write(out);
            }
        }
        reset();
        Path output = examples.resolve("round-2.mapping");
        assertEquals(0, run("import", "review", folder.resolve("round-2.xlsx").toString(), "--into", file.toString(),
                "-o", output.toString(), "--reviewer", "B. Chair"), err());
        assertTrue(out().startsWith("imported 8 verdict(s) and 8 comment(s) from "), out());
        reset();
        assertEquals(0, run("review", output.toString()), err());
        assertTrue(out().contains("links: 70, 68 accepted, 0 queried, 2 rejected, 0 proposed\n"), out());
        reset();
        assertEquals(0, run("review", file.toString()), err());
        assertTrue(out().contains("8 queried"), "the input mapping is unchanged");
        reset();
        assertEquals(2, run("import", "review", folder.resolve("round-2.xlsx").toString(), "--into", file.toString(),
                "-o", file.toString()));
        assertTrue(err().contains("is also an input of the command"), err());
    }

    private static void type(Row row, int column, String value) {
        Cell old = row.getCell(column);
        if (old != null) {
            row.removeCell(old);
        }
        row.createCell(column).setCellValue(value);
    }
}
