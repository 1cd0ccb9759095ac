// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.cli.WorkbenchCommandLine;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.NamedElement;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardsFramework;
import org.curriculum.testsupport.WordFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzz run of every importer through the command line, skipped in the normal build: mutated copies of
 * real files (the Annexe B grid as exported, transposed and as published; the NOS framework in the .xlsx
 * template and as CSV; the example .curriculum, .standards and .mapping files) go through {@code import
 * framework}, {@code import grid}, {@code validate} and {@code coverage}. Each case must end in one of two
 * ways: exit 0 with its output (a written file that loads back, or the report), or exit 1 with an
 * {@code error:} line naming a file and no output file. A thrown exception, a stack trace, a usage error,
 * an exit 0 without output, or a case over 20 s fail the run. Run it with {@code releng/fuzz.sh} (the
 * figures of a run: {@code docs/hardening.md}).
 */
@EnabledIfSystemProperty(named = "curriculum.fuzz.cases", matches = "\\d+")
class CommandLineFuzzTest {

    private static final long TIMEOUT_SECONDS = 20;

    @TempDir
    Path folder;

    /** A seed file and the command that reads it ({@code IN} and {@code OUT} stand for the case's files). */
    private record Seed(String name, byte[] bytes, List<String> command, String output) {
    }

    private record Outcome(String kind, String detail) {
    }

    @Test
    void mutatedInputsOfEveryImporterEndInOutputOrInAClearError() throws Exception {
        int cases = Integer.parseInt(System.getProperty("curriculum.fuzz.cases"));
        long seed = Long.getLong("curriculum.fuzz.seed", new Random().nextLong());
        System.out.println("CommandLineFuzzTest: seed " + seed + ", " + cases + " cases");
        Random random = new Random(seed);
        Path examples = folder.resolve("examples");
        assertEquals(0, command(List.of("examples", examples.toString())).status);
        List<Seed> seeds = seeds(examples);
        Path failures = Path.of("target", "fuzz-failures");

        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, String> sampleMessages = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(FuzzThreads::daemon);
        long start = System.nanoTime();
        long slowest = 0;
        try {
            for (int i = 0; i < cases; i++) {
                Seed base = seeds.get(random.nextInt(seeds.size()));
                byte[] mutated = base.name().endsWith(".xlsx") || base.name().endsWith(".docx") ? FuzzMutations.mutateWorkbook(base.bytes(), random)
                        : FuzzMutations.mutateText(base.bytes(), random);
                // model files go beside the examples, so that a mapping's references still find their files
                Path input = examples.resolve("case-" + i + "-" + base.name());
                Files.write(input, mutated);
                Path output = base.output() == null ? null : folder.resolve("case-" + i + base.output());
                Future<Outcome> result = worker.submit(() -> runCase(base, input, output));
                Outcome outcome;
                long caseStart = System.nanoTime();
                try {
                    outcome = result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    result.cancel(true);
                    outcome = new Outcome("hang", "over " + TIMEOUT_SECONDS + " s");
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor(FuzzThreads::daemon);
                } catch (ExecutionException e) {
                    outcome = new Outcome("crash", "exception escaped the command line: " + e.getCause());
                }
                slowest = Math.max(slowest, System.nanoTime() - caseStart);
                outcomes.merge(base.name() + ": " + outcome.kind(), 1, Integer::sum);
                if (outcome.kind().equals("clear error")) {
                    String message = outcome.detail().replace(input.toString(), "IN");
                    String key = message.replaceAll("\\d+", "N");
                    sampleMessages.putIfAbsent(key.length() > 70 ? key.substring(0, 70) : key, message);
                } else if (!outcome.kind().equals("output")) {
                    Files.createDirectories(failures);
                    Files.write(failures.resolve("seed-" + seed + "-case-" + i + "-" + base.name()), mutated);
                    problems.add("case " + i + " (" + base.name() + "): " + outcome.kind() + ": " + outcome.detail());
                }
                if ((i + 1) % 1000 == 0) {
                    // interim figures, so that a run stopped early still tells how far it got and what it found
                    System.out.println("CommandLineFuzzTest: " + (i + 1) + " cases, " + problems.size() + " problem(s), "
                            + (System.nanoTime() - start) / 1_000_000_000L + " s");
                }
                Files.deleteIfExists(input);
                if (output != null) {
                    Files.deleteIfExists(output);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.println("CommandLineFuzzTest: seed " + seed + ", " + cases + " cases in " + seconds + " s, slowest case "
                + slowest / 1_000_000 + " ms");
        outcomes.forEach((key, count) -> System.out.println("  " + key + ": " + count));
        System.out.println("  kinds of clear error (first of each, up to 40):");
        sampleMessages.values().stream().limit(40).forEach(message -> System.out.println("    " + message));
        problems.stream().limit(50).forEach(problem -> System.out.println("  PROBLEM " + problem));
        assertEquals(List.of(), problems, "seed " + seed);
    }

    /** Creates daemon worker threads, so that a hung case cannot keep the test runtime alive. */
    private static final class FuzzThreads {
        static Thread daemon(Runnable runnable) {
            Thread thread = new Thread(runnable, "fuzz-case");
            thread.setDaemon(true);
            return thread;
        }
    }

    private record Run(int status, String out, String err) {
    }

    private static Run command(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new WorkbenchCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args.toArray(String[]::new));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** One case, judged as a user would judge what the command did. */
    private static Outcome runCase(Seed base, Path input, Path output) throws Exception {
        List<String> args = base.command().stream()
                .map(a -> a.equals("IN") ? input.toString() : a.equals("OUT") ? output.toString() : a).toList();
        Run run = command(args);
        String[] lines = run.err().split("\n");
        String last = lines[lines.length - 1];
        if (run.err().contains("\tat ") || run.err().contains("Exception:") && !last.startsWith("error: ")) {
            return new Outcome("crash", "stack trace or raw exception: " + run.err());
        }
        if (run.status() == WorkbenchCommandLine.OK || run.status() == WorkbenchCommandLine.FAILED
                && args.get(0).equals("validate") && last.contains(" file(s) validated: ")) {
            if (output != null) {
                if (!Files.exists(output)) {
                    return new Outcome("exit 0 without output", run.err());
                }
                ModelFiles.loadRoot(output); // a written file must load back
                return run.out().isBlank() ? new Outcome("exit 0 without output", "nothing on stdout")
                        : new Outcome("output", "");
            }
            boolean reported = args.get(0).equals("validate") ? last.contains(" file(s) validated: ") : !run.out().isBlank();
            return reported ? new Outcome("output", "") : new Outcome("exit 0 without output", run.err());
        }
        if (run.status() != WorkbenchCommandLine.FAILED) {
            return new Outcome("crash", "exit status " + run.status() + ": " + run.err());
        }
        if (output != null && Files.exists(output)) {
            return new Outcome("partial write", last);
        }
        if (!last.startsWith("error: ") || !last.contains(input.getFileName().toString())
                && !last.contains(".curriculum") && !last.contains(".standards")) {
            return new Outcome("crash", "the error names no file: " + run.err());
        }
        return new Outcome("clear error", last.substring("error: ".length()));
    }

    private List<Seed> seeds(Path examples) throws Exception {
        String curriculum = examples.resolve("btec-l3-contact-centre-operations.curriculum").toString();
        String nos = examples.resolve("contact-centre-nos.standards").toString();
        String mapping = examples.resolve("btec-l3-contact-centre-nos.mapping").toString();
        List<String> importGrid = List.of("import", "grid", "IN", "-o", "OUT", "--against", curriculum, nos);
        List<String> importFramework = List.of("import", "framework", "IN", "-o", "OUT");
        List<Seed> seeds = new ArrayList<>();

        Path grid = folder.resolve("grid.xlsx");
        assertEquals(0, command(List.of("export", mapping, "-o", grid.toString())).status);
        seeds.add(new Seed("annexe-b-export.xlsx", Files.readAllBytes(grid), importGrid, ".mapping"));
        Path transposed = folder.resolve("transposed.xlsx");
        assertEquals(0, command(List.of("export", mapping, "-o", transposed.toString(), "--transpose")).status);
        seeds.add(new Seed("annexe-b-transposed.xlsx", Files.readAllBytes(transposed), importGrid, ".mapping"));
        MappingSet annexeB = (MappingSet) ModelFiles.loadAll(List.of(Path.of(mapping))).getResources().get(0)
                .getContents().get(0);
        seeds.add(new Seed("annexe-b-published.xlsx", publishedGrid(annexeB), importGrid, ".mapping"));

        StandardsFramework framework = (StandardsFramework) ModelFiles.loadRoot(Path.of(nos));
        StringBuilder csv = new StringBuilder("Code,Title,Parent code,Type,Description\r\nCC,Contact centre,,section,\r\n");
        for (Standard standard : framework.getStandards()) {
            csv.append(standard.getCode()).append(",\"").append(standard.getTitle().replace("\"", "\"\"")).append("\",CC,,\r\n");
        }
        seeds.add(new Seed("nos.csv", csv.toString().getBytes(StandardCharsets.UTF_8), importFramework, ".standards"));
        Path template = folder.resolve("template.xlsx");
        assertEquals(0, command(List.of("import", "template", template.toString())).status);
        seeds.add(new Seed("nos-template.xlsx", typedTemplate(template, framework), importFramework, ".standards"));

        for (String example : List.of("btec-l3-contact-centre-operations.curriculum", "contact-centre-manager.curriculum",
                "contact-centre-nos.standards", "functional-skills-level1.standards")) {
            String extension = example.substring(example.lastIndexOf('.'));
            seeds.add(new Seed("model" + extension, Files.readAllBytes(examples.resolve(example)),
                    List.of("validate", "IN"), null));
        }
        seeds.add(new Seed("annexe-b.mapping", Files.readAllBytes(Path.of(mapping)), List.of("coverage", "IN"), null));

        // Word specifications in two layouts: labelled paragraphs with an outcomes table and a rules table, and a
        // unit bank of label/value tables with merged (vMerge, gridSpan) and split cells and Word bullets
        Curriculum btec = (Curriculum) ModelFiles.loadRoot(Path.of(curriculum));
        List<String> importDocument = List.of("import", "document", "IN", "-o", "OUT");
        seeds.add(new Seed("seed-004-layout.docx", Files.readAllBytes(WordFixtures.seed004Layout(btec,
                folder.resolve("seed-004-layout.docx"))), importDocument, ".curriculum"));
        seeds.add(new Seed("unit-bank.docx", Files.readAllBytes(WordFixtures.unitBankLayout(btec,
                folder.resolve("unit-bank.docx"))), importDocument, ".curriculum"));
        // seed 003's unit of competency: a functional area line and a label/value table whose competency cell
        // holds typed requirement numbers over Word bullet lists
        Curriculum competency = (Curriculum) ModelFiles.loadRoot(examples.resolve("manage-call-centre-operations.curriculum"));
        seeds.add(new Seed("seed-003-layout.docx", Files.readAllBytes(WordFixtures.seed003Layout(competency,
                folder.resolve("seed-003-layout.docx"))), importDocument, ".curriculum"));
        // the curriculum workbook (export --kind curriculum, read back by import curriculum)
        Path workbook = folder.resolve("curriculum-workbook.xlsx");
        assertEquals(0, command(List.of("export", curriculum, "-o", workbook.toString(), "--kind", "curriculum")).status);
        seeds.add(new Seed("curriculum-workbook.xlsx", Files.readAllBytes(workbook),
                List.of("import", "curriculum", "IN", "-o", "OUT"), ".curriculum"));
        // CASE 1.1 packages: a framework, and the Annexe B links as a crosswalk between the two frameworks
        Path casePackage = folder.resolve("nos-case.json");
        assertEquals(0, command(List.of("export", nos, "-o", casePackage.toString(), "--kind", "case")).status);
        seeds.add(new Seed("case-framework.json", Files.readAllBytes(casePackage), List.of("import", "case", "IN", "-o", "OUT"),
                ".standards"));
        Path caseLinks = folder.resolve("annexe-b-case.json");
        assertEquals(0, command(List.of("export", mapping, "-o", caseLinks.toString(), "--kind", "case")).status);
        seeds.add(new Seed("case-crosswalk.json", Files.readAllBytes(caseLinks),
                List.of("import", "case", "IN", "-o", "OUT", "--against", curriculum, nos), ".mapping"));
        // -Dcurriculum.fuzz.only=docx fuzzes the seeds whose name holds that text (one importer) and no other
        String only = System.getProperty("curriculum.fuzz.only", "");
        seeds.removeIf(seed -> !seed.name().contains(only));
        return seeds;
    }

    /** The NOS typed into the template's Standards sheet under one section. */
    private static byte[] typedTemplate(Path template, StandardsFramework framework) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(template))) {
            XSSFSheet sheet = workbook.getSheet("Standards");
            int r = 1;
            Row section = sheet.createRow(r++);
            section.createCell(0).setCellValue("CC");
            section.createCell(1).setCellValue("Contact centre");
            section.createCell(3).setCellValue("section");
            for (Standard standard : framework.getStandards()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(standard.getCode());
                row.createCell(1).setCellValue(standard.getTitle());
                row.createCell(2).setCellValue("CC");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Annexe B as published: standard titles in column A, a header row of unit numbers, a tick per link. */
    private static byte[] publishedGrid(MappingSet mapping) throws Exception {
        List<String> units = new ArrayList<>();
        Map<String, List<String>> ticks = new LinkedHashMap<>();
        for (MappingLink link : mapping.getLinks()) {
            String unit = link.getItem() instanceof CurriculumComponent component ? component.getNumber()
                    : ((NamedElement) link.getItem()).getCode();
            if (!units.contains(unit)) {
                units.add(unit);
            }
            ticks.computeIfAbsent(((NamedElement) link.getStandard()).getTitle(), t -> new ArrayList<>()).add(unit);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Annexe B");
            Row header = sheet.createRow(0);
            for (int c = 0; c < units.size(); c++) {
                header.createCell(c + 1).setCellValue(units.get(c));
            }
            int r = 1;
            for (Map.Entry<String, List<String>> standard : ticks.entrySet()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(standard.getKey());
                for (String unit : standard.getValue()) {
                    row.createCell(units.indexOf(unit) + 1).setCellValue("3");
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
