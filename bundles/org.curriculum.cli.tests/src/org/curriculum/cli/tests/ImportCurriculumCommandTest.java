// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.model.Curriculum;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Standard;
import org.curriculum.model.Unit;
import org.curriculum.testsupport.LoadedExamples;
import org.junit.jupiter.api.Test;

/**
 * {@code workbench import curriculum} and {@code import template --kind curriculum}: the report and the
 * summary a user reads, the overwrite policy, nothing written on failure, and the imported curriculum used
 * by the other commands as any curriculum (pathways, a new mapping against the NOS and its coverage, exports).
 */
class ImportCurriculumCommandTest extends CommandLineHarness {

    private static final String BTEC = "btec-l3-contact-centre-operations.curriculum";

    private Path exported(String example) {
        Path workbook = folder.resolve(example + ".xlsx");
        assertEquals(0, run("export", examples.resolve(example).toString(), "--kind", "curriculum", "-o",
                workbook.toString()), err());
        reset();
        return workbook;
    }

    @Test
    void importsAnExportedCurriculumPrintingTheReportAndASummary() throws Exception {
        Path workbook = exported(BTEC);
        Path imported = folder.resolve("imported.curriculum");
        Path report = folder.resolve("report.txt");
        assertEquals(0, run("import", "curriculum", workbook.toString(), "-o", imported.toString(), "--report",
                report.toString()), err());
        Curriculum btec = LoadedExamples.curriculum(LoadedExamples.BTEC);
        long units = btec.getComponents().stream().filter(Unit.class::isInstance).count();
        long outcomes = btec.getComponents().stream().filter(Unit.class::isInstance)
                .mapToLong(u -> ((Unit) u).getLearningOutcomes().size()).sum();
        String summary = "imported " + units + " units, " + outcomes + " learning outcomes, ";
        assertTrue(out().contains(summary), out());
        assertTrue(out().contains("from " + workbook + " into " + imported + "; report written to " + report), out());
        assertTrue(out().contains("Nothing to report: everything in the file was read."), out());
        String written = Files.readString(report);
        assertTrue(written.startsWith("Import report for " + workbook + "\nRead: " + units + " units"), written);
        assertTrue(out().startsWith(written), "the report printed is the report written");
        assertTrue(Files.readString(imported).contains(btec.getTitle()));
    }

    @Test
    void findingsArePrintedAndWrittenToTheReport() throws Exception {
        Path workbook = exported(BTEC);
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet units = book.getSheet("Units");
            Row row = units.createRow(units.getLastRowNum() + 1);
            row.createCell(0).setCellValue("399");
            row.createCell(8).setCellValue("1.1");
            row.createCell(9).setCellValue("Explain the purpose of a contact centre");
            book.createSheet("Notes").createRow(0).createCell(0).setCellValue("to check with the centre");
            try (var out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }
        Path imported = folder.resolve("imported.curriculum");
        Path report = folder.resolve("report.txt");
        assertEquals(0, run("import", "curriculum", workbook.toString(), "-o", imported.toString(), "--report",
                report.toString()), err());
        String text = Files.readString(report);
        assertTrue(text.contains("2 findings (where: why (\"excerpt\")):"), text);
        assertTrue(text.contains("sheet \"Notes\": not a sheet of a curriculum workbook; nothing in it was read"), text);
        assertTrue(text.contains("sheet \"Units\", row "), text);
        assertTrue(text.contains(": no unit with Unit 399 is given above (with its title); the row was not read "
                + "(\"399 | 1.1 | Explain the purpose of a contact centre\")"), text);
        assertTrue(out().contains("(2 findings above)"), out());
    }

    @Test
    void nothingIsWrittenWhenTheWorkbookCannotBeRead() throws Exception {
        Path notAWorkbook = folder.resolve("units.xlsx");
        Files.writeString(notAWorkbook, "Unit 301 Principles of contact centre operations");
        Path imported = folder.resolve("imported.curriculum");
        Path report = folder.resolve("report.txt");
        assertEquals(1, run("import", "curriculum", notAWorkbook.toString(), "-o", imported.toString(), "--report",
                report.toString()));
        assertTrue(err().contains("error: " + notAWorkbook + ": not an .xlsx workbook"), err());
        assertFalse(Files.exists(imported));
        assertFalse(Files.exists(report));
    }

    @Test
    void theOutputIsNeverReplacedWithoutForceNorEverTheInput() throws Exception {
        Path workbook = exported(BTEC);
        Path imported = folder.resolve("imported.curriculum");
        assertEquals(0, run("import", "curriculum", workbook.toString(), "-o", imported.toString()), err());
        Files.writeString(imported, "edited by hand");
        reset();
        assertEquals(1, run("import", "curriculum", workbook.toString(), "-o", imported.toString()));
        assertTrue(err().contains("error: " + imported + ": already exists; nothing was written (give --force to replace it)"),
                err());
        assertEquals("edited by hand", Files.readString(imported));
        reset();
        assertEquals(0, run("import", "curriculum", workbook.toString(), "-o", imported.toString(), "--force"), err());
        assertFalse(Files.readString(imported).contains("edited by hand"));

        reset();
        assertEquals(2, run("import", "curriculum", workbook.toString(), "-o", imported.toString(), "--report",
                imported.toString(), "--force"));
        assertTrue(err().contains("the output file must end in .txt"), err());
        reset();
        Path report = folder.resolve("report.txt");
        assertEquals(2, run("import", "curriculum", report.toString(), "-o", folder.resolve("x.curriculum").toString(),
                "--report", report.toString()));
        assertTrue(err().contains("is also an input of the command"), err());
        reset();
        assertEquals(2, run("import", "curriculum", workbook.toString(), "-o", folder.resolve("x.standards").toString()));
        assertTrue(err().contains("the output file must end in .curriculum (a curriculum is written)"), err());
    }

    @Test
    void aWordDocumentIsSentToImportDocument() {
        Path word = folder.resolve("specification.docx");
        assertEquals(2, run("import", "curriculum", word.toString(), "-o", folder.resolve("x.curriculum").toString()));
        assertTrue(err().contains(word + " is a Word document: import it with 'workbench import document " + word
                + " -o OUT.curriculum'"), err());
    }

    @Test
    void theCurriculumTemplateIsWrittenAndTheFrameworkTemplateStaysTheDefault() throws Exception {
        Path template = folder.resolve("T.xlsx");
        assertEquals(0, run("import", "template", "--kind", "curriculum", "-o", template.toString()), err());
        assertTrue(out().startsWith("wrote the curriculum template " + template), out());
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals(List.of("Curriculum", "Knowledge modules", "Practical skills modules", "Work experience modules",
                    "Units", "Units of competency", "Tasks", "Qualifications", "How to fill in"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3),
                            book.getSheetName(4), book.getSheetName(5), book.getSheetName(6), book.getSheetName(7),
                            book.getSheetName(8)));
            assertEquals("Unit", book.getSheet("Units").getRow(0).getCell(0).getStringCellValue());
        }
        reset();
        // the empty template holds nothing to import: refused, nothing written
        Path empty = folder.resolve("empty.curriculum");
        assertEquals(1, run("import", "curriculum", template.toString(), "-o", empty.toString()));
        assertTrue(err().contains("error: " + template + ": holds no unit, module, occupational task or qualification; "
                + "nothing was imported."), err());
        assertFalse(Files.exists(empty));

        reset();
        Path framework = folder.resolve("F.xlsx");
        assertEquals(0, run("import", "template", framework.toString()), err());
        assertTrue(out().startsWith("wrote the framework template " + framework), out());
        try (InputStream in = Files.newInputStream(framework); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertNotNull(book.getSheet("Standards"));
        }
        reset();
        assertEquals(2, run("import", "template", "--kind", "grid", "-o", framework.toString()));
        assertTrue(err().contains("unknown kind of template 'grid'; use framework or curriculum"), err());
    }

    /** Annexe B (units against NOS standards) laid out as published: titles in column A, unit numbers above, ticks. */
    private Path annexeBAsPublished() throws Exception {
        MappingSet annexeB = LoadedExamples.mapping("btec-l3-contact-centre-nos.mapping");
        List<String> units = new ArrayList<>();
        Map<String, Set<String>> ticks = new LinkedHashMap<>();
        for (MappingLink link : annexeB.getLinks()) {
            if (link.getItem() instanceof Unit unit && link.getStandard() instanceof Standard standard) {
                if (!units.contains(unit.getNumber())) {
                    units.add(unit.getNumber());
                }
                ticks.computeIfAbsent(standard.getTitle(), t -> new HashSet<>()).add(unit.getNumber());
            }
        }
        assertTrue(ticks.size() > 10, "Annexe B has unit-to-standard ticks");
        Path file = folder.resolve("annexe-b-published.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); var out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Annexe B");
            Row header = sheet.createRow(0);
            for (int c = 0; c < units.size(); c++) {
                header.createCell(c + 1).setCellValue(units.get(c));
            }
            int r = 1;
            for (Map.Entry<String, Set<String>> standard : ticks.entrySet()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(standard.getKey());
                for (int c = 0; c < units.size(); c++) {
                    if (standard.getValue().contains(units.get(c))) {
                        row.createCell(c + 1).setCellValue("x");
                    }
                }
            }
            book.write(out);
        }
        return file;
    }

    @Test
    void importedUnitsWorkWithPathwaysCoverageAndExports() throws Exception {
        Path workbook = exported(BTEC);
        Path imported = folder.resolve("imported-btec.curriculum");
        assertEquals(0, run("import", "curriculum", workbook.toString(), "-o", imported.toString()), err());

        reset();
        assertEquals(0, run("pathways", examples.resolve(BTEC).toString()), err());
        String original = out().replace(examples.resolve(BTEC).toString(), "FILE");
        reset();
        assertEquals(0, run("pathways", imported.toString()), err());
        String again = out().replace(imported.toString(), "FILE");
        assertTrue(original.length() > 200, original);
        assertEquals(original, again, "the imported rules of combination give the same pathways");

        // a new mapping of the imported curriculum onto the NOS (then saved) opens as any mapping
        String nos = examples.resolve("contact-centre-nos.standards").toString();
        reset();
        Path empty = folder.resolve("imported-nos-new.mapping");
        assertEquals(0, run("new", "mapping", "-o", empty.toString(), "--source", imported.toString(), "--target", nos),
                err());
        reset();
        assertEquals(0, run("coverage", empty.toString(), "--format", "csv"), err());
        assertTrue(out().contains("CC01,Improve your personal effectiveness at work in a contact centre,0,none,,false"),
                out());

        // Annexe B's ticks as a council publishes them, imported against the original and against the imported
        // curriculum: the imported units are found by number and covered exactly as the original ones
        Path published = annexeBAsPublished();
        Path originalMapping = folder.resolve("original.mapping");
        Path mapping = folder.resolve("imported-nos.mapping");
        reset();
        assertEquals(0, run("import", "grid", published.toString(), "-o", originalMapping.toString(), "--against",
                examples.resolve(BTEC).toString(), nos), err());
        assertEquals(0, run("import", "grid", published.toString(), "-o", mapping.toString(), "--against",
                imported.toString(), nos), err());
        reset();
        assertEquals(0, run("coverage", originalMapping.toString(), "--format", "csv"), err());
        String originalCoverage = out();
        reset();
        assertEquals(0, run("coverage", mapping.toString(), "--format", "csv"), err());
        assertEquals(originalCoverage, out());
        assertTrue(out().contains(",partial,301"), out());

        reset();
        Path grid = folder.resolve("imported-grid.xlsx");
        assertEquals(0, run("export", mapping.toString(), "-o", grid.toString()), err());
        reset();
        assertEquals(0, run("export", mapping.toString(), "--kind", "coverage", "-o",
                folder.resolve("imported-coverage.xlsx").toString()), err());
        reset();
        Path again2 = folder.resolve("again.xlsx");
        assertEquals(0, run("export", imported.toString(), "--kind", "curriculum", "-o", again2.toString()), err());
        assertTrue(Files.size(grid) > 0 && Files.size(again2) > 0);
    }
}
