// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.curriculum.cli.internal.EclipseArguments;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.model.MappingSet;
import org.curriculum.model.StandardsFramework;
import org.junit.jupiter.api.Test;

/** The workbench subcommands as a user runs them: output, messages and exit status. */
class WorkbenchCommandLineTest extends CommandLineHarness {

    private String example(String name) {
        return examples.resolve(name).toString();
    }

    @Test
    void helpListsTheCommandsAndEachCommandExplainsItself() {
        assertEquals(0, run("--help"));
        for (String command : List.of("examples", "validate", "coverage", "review", "pathways", "export", "import", "new")) {
            assertTrue(out().contains("\n  " + command + " "), out());
        }
        out.reset();
        assertEquals(0, run("export", "--help"));
        assertTrue(out().startsWith("usage: workbench export FILE -o OUT.xlsx [--kind grid|links|curriculum|coverage|review] [--transpose]"),
                out());
        assertEquals(2, run());
        assertEquals(2, run("frobnicate"));
        assertTrue(err().contains("workbench: unknown command 'frobnicate'"), err());
        err.reset();
        assertEquals(2, run("export", example("btec-l3-contact-centre-nos.mapping")));
        assertTrue(err().startsWith("workbench export: missing --output OUT.xlsx\nusage: workbench export"), err());
        err.reset();
        assertEquals(2, run("coverage", example("btec-l3-contact-centre-nos.mapping"), "--format", "xml"));
        assertTrue(err().startsWith("workbench coverage: unknown format 'xml'; use text, csv or json"), err());
    }

    @Test
    void examplesAreCopiedAndListed() {
        Path other = folder.resolve("other");
        assertEquals(0, run("examples", other.toString()));
        String[] lines = out().split("\n");
        assertEquals(10, lines.length, out());
        assertTrue(lines[1].startsWith(other.resolve("btec-l3-contact-centre-operations.curriculum").toString()), lines[1]);
        assertTrue(lines[1].contains("QN 600/1636/X: 14 units"), lines[1]);
        assertTrue(Files.isRegularFile(other.resolve("contact-centre-nos.standards")));
    }

    @Test
    void validateReportsOneLinePerProblemAndExitsOneOnErrors() throws Exception {
        assertEquals(0, run("validate", example("btec-l3-contact-centre-operations.curriculum"),
                example("contact-centre-nos.standards"), example("btec-l3-contact-centre-nos.mapping")), out() + err());
        assertTrue(err().contains("3 file(s) validated: 0 error(s)"), err());

        // a link that lost its standard: the mapping is broken
        Path mapping = examples.resolve("btec-l3-contact-centre-nos.mapping");
        String text = Files.readString(mapping);
        int start = text.indexOf("    <standard ");
        int end = text.indexOf('\n', start) + 1;
        Path broken = examples.resolve("broken.mapping");
        Files.writeString(broken, text.substring(0, start) + text.substring(end));
        out.reset();
        err.reset();
        assertEquals(1, run("validate", broken.toString()));
        String[] lines = out().split("\n");
        assertEquals(1, lines.length, out());
        assertTrue(lines[0].startsWith(broken + ": ERROR: Mapping link"), lines[0]);
        assertTrue(lines[0].toLowerCase().contains("standard"), lines[0]);
    }

    @Test
    void coverageInTextCsvAndJson() {
        String mapping = example("btec-l3-contact-centre-nos.mapping");
        assertEquals(0, run("coverage", mapping));
        assertTrue(out().startsWith("Annexe B: National Occupational Standards mapping\n"), out());
        assertTrue(out().contains("CC38  Handle incidents under direction in a contact centre\n"
                + "      covered by 308 (partial), 309 (partial), 206 (partial)"), out());
        assertTrue(out().contains("standards covered: 41 of 41 (100%); fully: 0 (0%)"), out());
        assertTrue(out().contains("items mapping to nothing: 303 207 208"), out());

        out.reset();
        assertEquals(0, run("coverage", mapping, "--format", "csv"));
        String[] lines = out().split("\r\n");
        assertEquals(42, lines.length);
        assertEquals("standard_code,standard_title,items_covering,best_coverage,covered_by,guaranteed", lines[0]);
        assertEquals("CC09,Use systems and technology during customer contact in a contact centre,3,partial,"
                + "304 (partial); 204 (partial); 205 (partial),", lines[9].replaceAll(",(true|false)$", ","));

        out.reset();
        assertEquals(0, run("coverage", mapping, "--format=json"));
        String json = out();
        assertTrue(json.contains("\"standards\": ["), json);
        assertTrue(json.contains("\"code\": \"CC01\",\n      \"title\": \"Improve your personal effectiveness at work in a contact centre\",\n"
                + "      \"coveredBy\": [\n        {\n          \"item\": \"301\",\n          \"coverage\": \"partial\""), json);
        assertEquals(41, json.split("\"guaranteed\"", -1).length - 1);
        assertTrue(json.contains("\"code\": \"306\",\n      \"title\": \"Principles of Sales Activities and Customer Support in a Contact Centre\",\n"
                + "      \"standardsCovered\": 14"), json);
    }

    @Test
    void coverageSaysWhichStandardsEveryPathwayMeets() {
        assertEquals(0, run("coverage", example("btec-l3-contact-centre-nos.mapping"), "--format", "json"));
        String json = out();
        // CC01 is covered by mandatory unit 301: every learner meets it
        assertTrue(json.contains("\"item\": \"301\",\n          \"coverage\": \"partial\",\n          \"derived\": false\n"
                + "        }\n      ],\n      \"guaranteed\": true\n"), json);
        // CC08 only by optional units 304 and 205: the 306 + 307 route misses it
        int cc08 = json.indexOf("\"code\": \"CC08\"");
        String entry = json.substring(cc08, json.indexOf("\"code\": \"CC09\""));
        assertTrue(entry.contains("\"guaranteed\": false"), entry);
        assertTrue(entry.contains("\"witness\": [\n        \"301\",\n        \"302\",\n        \"303\","), entry);
    }

    @Test
    void pathwaysCountsRoutesAndChecksASelection() {
        String btec = example("btec-l3-contact-centre-operations.curriculum");
        assertEquals(0, run("pathways", btec));
        String text = out();
        assertTrue(text.startsWith("Qualification 600/1636/X \"Pearson BTEC Level 3 Certificate in Contact Centre Operations"), text);
        assertTrue(text.contains("  valid pathways:   "), text);
        // the published GLH of the qualification (106) is its shortest route: 301-303 + 306 + 307 (or an equal one)
        assertTrue(text.matches("(?s).*shortest route \\(least GLH\\):    301, 302, 303, [0-9, ]+ \\(16 credits, 106 GLH\\).*"), text);

        out.reset();
        assertEquals(1, run("pathways", btec, "--check", "301", "302", "303", "304", "204"));
        assertTrue(out().contains("selection 301, 302, 303, 304, 204: NOT VALID"), out());
        assertTrue(out().contains("304") && out().contains("204"), out());
        out.reset();
        assertEquals(0, run("pathways", btec, "--check", "301", "302", "303", "306", "307"));
        assertTrue(out().contains("selection 301, 302, 303, 306, 307: VALID\n"), out());
        assertEquals(2, run("pathways", btec, "--check", "999"));
        assertTrue(err().contains("--check: 999 is not the number or code of a unit or module"), err());
    }

    @Test
    void exportWritesEachKindOfWorkbook() throws Exception {
        String mapping = example("btec-l3-contact-centre-nos.mapping");
        for (String kind : List.of("grid", "links", "coverage")) {
            Path xlsx = folder.resolve(kind + ".xlsx");
            assertEquals(0, run("export", mapping, "-o", xlsx.toString(), "--kind", kind), err());
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
                String first = workbook.getSheetName(0);
                assertEquals(switch (kind) {
                case "grid" -> "Coverage grid";
                case "links" -> "Links";
                default -> "Summary";
                }, first);
                if (kind.equals("coverage")) {
                    assertEquals(1, workbook.getSheet("Gaps").getLastRowNum() + 1, "no gaps in Annexe B: header only");
                    assertEquals(4, workbook.getSheet("Unused items").getLastRowNum() + 1, "303, 207, 208");
                    Sheet pathways = workbook.getSheet("Pathways");
                    assertEquals(42, pathways.getLastRowNum() + 1);
                    assertEquals("CC01", pathways.getRow(1).getCell(0).getStringCellValue());
                    assertEquals("yes", pathways.getRow(1).getCell(3).getStringCellValue(), "mandatory 301 covers CC01");
                    assertEquals("CC08", pathways.getRow(8).getCell(0).getStringCellValue());
                    assertEquals("no", pathways.getRow(8).getCell(3).getStringCellValue());
                    assertTrue(pathways.getRow(8).getCell(4).getStringCellValue().startsWith("301, 302, 303, "));
                }
            }
        }
        Path transposed = folder.resolve("transposed.xlsx");
        assertEquals(0, run("export", mapping, "-o", transposed.toString(), "--transpose"));
        assertTrue(out().contains("(grid, transposed)"), out());

        Path curriculum = folder.resolve("btec.xlsx");
        assertEquals(0, run("export", example("btec-l3-contact-centre-operations.curriculum"), "-o", curriculum.toString()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(curriculum))) {
            Sheet units = workbook.getSheet("Units");
            assertEquals(185, units.getLastRowNum() + 1, "a header and one row per assessment criterion (184)");
            assertEquals("Y/503/0365", units.getRow(1).getCell(1).getStringCellValue());
            assertEquals(2.0, units.getRow(1).getCell(3).getNumericCellValue(), "unit 204 is level 2, a number");
            assertTrue(workbook.getSheet("Qualifications") != null);
        }
        Path manager = folder.resolve("manager.xlsx");
        assertEquals(0, run("export", example("contact-centre-manager.curriculum"), "-o", manager.toString()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(manager))) {
            assertTrue(workbook.getSheet("Knowledge modules") != null);
            assertTrue(workbook.getSheet("Practical skills modules") != null);
            assertTrue(workbook.getSheet("Work experience modules") != null);
            assertTrue(workbook.getSheet("Tasks") != null);
        }

        assertEquals(2, run("export", example("btec-l3-contact-centre-operations.curriculum"), "-o",
                folder.resolve("x.xlsx").toString(), "--kind", "grid"));
        assertEquals(2, run("export", mapping, "-o", folder.resolve("x.csv").toString()));
        assertFalse(Files.exists(folder.resolve("x.xlsx")));
    }

    @Test
    void exportsTheSpecificationDocumentWithAnnexesAndAppendicesAndListsWarnings() throws Exception {
        Path docx = folder.resolve("btec.docx");
        assertEquals(0, run("export", example("btec-l3-contact-centre-operations.curriculum"), "-o", docx.toString(),
                "--kind", "specification", "--with", example("btec-l3-contact-centre-nos.mapping")), err());
        assertEquals("wrote " + docx + " (specification)\n", out());
        // the seed gives no guidance text for its 14 units: each is listed, naming the unit
        assertTrue(err().contains("warning: Unit 301 \"Principles of Personal and Organisational Effectiveness in a "
                + "Contact Centre\" has no guidance: the document shows [not given]"), err());
        assertEquals(14, err().lines().filter(line -> line.startsWith("warning: ")).count(), err());
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
            List<String> chapters = document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals("Unit 301: Principles of Personal and Organisational Effectiveness in a Contact Centre",
                    chapters.get(7));
            assertEquals("Annexe B: National Occupational Standards mapping", chapters.get(chapters.size() - 1));
        }

        Path uoc = folder.resolve("uoc.docx");
        out.reset();
        err.reset();
        assertEquals(0, run("export", example("manage-call-centre-operations.curriculum"), "-o", uoc.toString(), "--kind",
                "specification", "--with", example("systems-and-technology-topic-synopsis.curriculum")), err());
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(uoc))) {
            assertTrue(document.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("Appendix 1: Topic Synopsis")));
        }

        err.reset();
        assertEquals(2, run("export", example("btec-l3-contact-centre-operations.curriculum"), "-o",
                folder.resolve("x.xlsx").toString(), "--kind", "specification"));
        assertTrue(err().startsWith("workbench export: the output file must end in .docx"), err());
        err.reset();
        assertEquals(2, run("export", example("btec-l3-contact-centre-nos.mapping"), "-o", folder.resolve("x.docx").toString(),
                "--kind", "specification"));
        assertTrue(err().contains("--kind specification exports a curriculum file"), err());
        err.reset();
        assertEquals(2, run("export", example("btec-l3-contact-centre-operations.curriculum"), "-o",
                folder.resolve("x.docx").toString(), "--kind", "specification", "--with",
                example("contact-centre-nos.standards")));
        assertTrue(err().contains("--with takes mapping files (annexes) and curriculum files (appendices)"), err());
        assertFalse(Files.exists(folder.resolve("x.docx")), "nothing written on a wrong command line");
    }

    @Test
    void importFrameworkGridAndTemplate() throws Exception {
        Path template = folder.resolve("template.csv");
        assertEquals(0, run("import", "template", template.toString()));
        Path csv = folder.resolve("nos-extract.csv");
        Files.writeString(csv, Files.readString(template) + "CC01,Improve your personal effectiveness at work in a contact centre,,,\r\n"
                + "CC02,Seek opportunities to develop your own personal effectiveness at work in a contact centre,,,\r\n");
        Path standards = folder.resolve("nos-extract.standards");
        assertEquals(0, run("import", "framework", csv.toString(), "-o", standards.toString()), err());
        assertTrue(out().contains("imported 2 standard(s)"), out());
        StandardsFramework framework = (StandardsFramework) ModelFiles.loadRoot(standards);
        assertEquals("CC02", framework.getStandards().get(1).getCode());

        Path grid = folder.resolve("grid.xlsx");
        assertEquals(0, run("export", example("btec-l3-contact-centre-nos.mapping"), "-o", grid.toString()));
        Path imported = folder.resolve("imported.mapping");
        out.reset();
        assertEquals(0, run("import", "grid", grid.toString(), "-o", imported.toString(), "--against",
                example("btec-l3-contact-centre-operations.curriculum"), example("contact-centre-nos.standards")), err());
        assertTrue(out().contains("imported 70 link(s)"), out());
        MappingSet mapping = (MappingSet) ModelFiles.loadAll(List.of(imported)).getResources().get(0).getContents().get(0);
        assertEquals(70, mapping.getLinks().size());
        assertFalse(mapping.getLinks().get(0).getStandard().eIsProxy(), "references resolve relative to the new file");

        assertEquals(2, run("import", "grid", grid.toString(), "-o", imported.toString()));
        assertTrue(err().contains("give them with --against CURRICULUM_FILE FRAMEWORK_FILE"), err());
    }

    @Test
    void aFailedImportWritesNothingAndNamesTheFile() throws Exception {
        Path grid = folder.resolve("grid.xlsx");
        assertEquals(0, run("export", example("btec-l3-contact-centre-nos.mapping"), "-o", grid.toString()));
        byte[] bytes = Files.readAllBytes(grid);
        Path truncated = folder.resolve("truncated.xlsx");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 3));
        Path output = folder.resolve("never.mapping");
        err.reset();
        assertEquals(1, run("import", "grid", truncated.toString(), "-o", output.toString(), "--against",
                example("btec-l3-contact-centre-operations.curriculum"), example("contact-centre-nos.standards")));
        assertTrue(err().contains("error: " + truncated + ": "), err());
        assertFalse(Files.exists(output));
        try (var listing = Files.list(folder)) {
            assertTrue(listing.noneMatch(p -> p.getFileName().toString().startsWith(".never")), "no temporary file left");
        }
    }

    @Test
    void theLaunchersOwnArgumentsAreNotTakenForSubcommands() {
        assertEquals(List.of("export", "a.mapping", "-o", "a.xlsx"), EclipseArguments.strip(new String[] { "-nosplash",
                "-application", "org.curriculum.cli.application", "export", "a.mapping", "-o", "a.xlsx" }));
        assertEquals(List.of("--help"), EclipseArguments.strip(new String[] { "-consoleLog", "--help", "-vmargs", "-Xmx1g" }));
    }

    static String read(InputStream in) throws Exception {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
