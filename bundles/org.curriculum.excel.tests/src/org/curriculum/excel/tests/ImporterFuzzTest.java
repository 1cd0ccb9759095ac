// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.excel.FrameworkImporter;
import org.curriculum.excel.FrameworkTemplate;
import org.curriculum.excel.GridImporter;
import org.curriculum.excel.ImportedModel;
import org.curriculum.excel.MappingWorkbookWriter;
import org.curriculum.excel.SpreadsheetImportException;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardsFramework;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzz run of the importers, skipped in the normal build. Every case is a mutated copy of a
 * real file (the exported Annexe B grid, the published grid typed into a workbook, the NOS framework
 * as .xlsx and .csv); it must either import (and then save to a file that loads back) or end with a
 * {@link SpreadsheetImportException} naming the file, leaving no output file. Anything else is a
 * crash, and a case running over 20 s a hang; both fail the run. Run it with:
 *
 * <pre>
 * ./mvnw verify -pl bundles/org.curriculum.excel.tests -am -Dtest=ImporterFuzzTest \
 *     -Dtest.vmargs="-Xmx2g -Djava.awt.headless=true -Dcurriculum.fuzz.cases=10000 -Dcurriculum.fuzz.seed=42"
 * </pre>
 *
 * (without {@code curriculum.fuzz.seed} a seed is drawn and printed). Failing inputs are kept in
 * {@code target/fuzz-failures/}.
 */
@EnabledIfSystemProperty(named = "curriculum.fuzz.cases", matches = "\\d+")
class ImporterFuzzTest {

    private static final long TIMEOUT_SECONDS = 20;

    @TempDir
    Path folder;

    private record Seed(String name, byte[] bytes, boolean grid) {
    }

    @Test
    void mutatedWorkbooksAndCsvFilesImportOrFailCleanly() throws Exception {
        int cases = Integer.parseInt(System.getProperty("curriculum.fuzz.cases"));
        long seed = Long.getLong("curriculum.fuzz.seed", new Random().nextLong());
        System.out.println("ImporterFuzzTest: seed " + seed + ", " + cases + " cases");
        Random random = new Random(seed);

        MappingSet mapping = ExcelFixtures.loadAnnexeB(folder.resolve("examples"));
        ResourceSet against = mapping.eResource().getResourceSet();
        List<Seed> seeds = seeds(mapping);
        Path failures = Path.of("target", "fuzz-failures");

        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, String> sampleMessages = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "fuzz-case");
            thread.setDaemon(true);
            return thread;
        });
        long start = System.nanoTime();
        try {
            for (int i = 0; i < cases; i++) {
                Seed base = seeds.get(random.nextInt(seeds.size()));
                boolean csv = base.name().endsWith(".csv");
                byte[] mutated = csv ? mutateText(base.bytes(), random) : mutateWorkbook(base.bytes(), random);
                Path input = folder.resolve("case-" + i + "-" + base.name());
                Files.write(input, mutated);
                Path output = folder.resolve("case-" + i + (base.grid() ? ".mapping" : ".standards"));
                Future<String> result = worker.submit(() -> runCase(base, input, output, against));
                String outcome;
                try {
                    outcome = result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    result.cancel(true);
                    outcome = "HANG";
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor();
                } catch (java.util.concurrent.ExecutionException e) {
                    outcome = "CRASH " + e.getCause();
                }
                String kind = outcome.startsWith("CRASH") ? "crash" : outcome.startsWith("HANG") ? "hang"
                        : outcome.startsWith("imported") ? "imported" : outcome.startsWith("PARTIAL") ? "partial write" : "clear error";
                outcomes.merge(base.name() + ": " + kind, 1, Integer::sum);
                if (kind.equals("clear error")) {
                    String key = outcome.replaceAll("\\d+", "N");
                    key = key.length() > 70 ? key.substring(0, 70) : key;
                    sampleMessages.putIfAbsent(key, outcome);
                }
                if (!kind.equals("imported") && !kind.equals("clear error")) {
                    Files.createDirectories(failures);
                    Files.write(failures.resolve("seed-" + seed + "-case-" + i + "-" + base.name()), mutated);
                    problems.add("case " + i + " (" + base.name() + "): " + outcome);
                }
                Files.deleteIfExists(input);
                Files.deleteIfExists(output);
            }
        } finally {
            worker.shutdownNow();
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.println("ImporterFuzzTest: seed " + seed + ", " + cases + " cases in " + seconds + " s");
        outcomes.forEach((key, count) -> System.out.println("  " + key + ": " + count));
        System.out.println("  kinds of clear error (first of each):");
        sampleMessages.values().stream().limit(40).forEach(message -> System.out.println("    " + message));
        problems.stream().limit(50).forEach(problem -> System.out.println("  PROBLEM " + problem));
        assertEquals(List.of(), problems, "seed " + seed);
    }

    /** One case: import; on success save and reload; on failure the output must not exist. */
    private static String runCase(Seed base, Path input, Path output, ResourceSet against) throws Exception {
        try {
            ImportedModel<? extends EObject> imported;
            if (base.grid()) {
                imported = GridImporter.importGrid(input, against);
            } else {
                StandardsFramework framework = FrameworkImporter.importFramework(input);
                imported = new ImportedModel<>(framework, null, Map.of(), List.of());
            }
            imported.saveAs(output);
            EObject reloaded = ModelFiles.loadRoot(output);
            if (imported.root() instanceof MappingSet) {
                // the case's mapping lives in the shared resource set: remove it so cases stay independent
                imported.root().eResource().getResourceSet().getResources().remove(imported.root().eResource());
            }
            return "imported " + reloaded.eClass().getName();
        } catch (SpreadsheetImportException e) {
            if (Files.exists(output)) {
                return "PARTIAL write after: " + e.getMessage();
            }
            if (!e.getMessage().startsWith(input.toString())) {
                return "CRASH message does not name the file: " + e.getMessage();
            }
            return e.getMessage().substring(input.toString().length());
        }
    }

    private List<Seed> seeds(MappingSet mapping) throws Exception {
        List<Seed> seeds = new ArrayList<>();
        seeds.add(new Seed("annexe-b-export.xlsx", ExcelFixtures.bytes(out -> MappingWorkbookWriter.writeGrid(mapping, out, GridOrientation.STANDARDS_IN_ROWS)), true));
        seeds.add(new Seed("annexe-b-transposed.xlsx", ExcelFixtures.bytes(out -> MappingWorkbookWriter.writeGrid(mapping, out, GridOrientation.ITEMS_IN_ROWS)), true));
        seeds.add(new Seed("annexe-b-published.xlsx", publishedGrid(), true));
        StandardsFramework nos = (StandardsFramework) mapping.getTarget();
        StringBuilder csv = new StringBuilder("Code,Title,Parent code,Type,Description\r\n");
        for (Standard standard : nos.getStandards()) {
            csv.append(standard.getCode()).append(",\"").append(standard.getTitle().replace("\"", "\"\"")).append("\",,,\r\n");
        }
        seeds.add(new Seed("nos.csv", csv.toString().getBytes(StandardCharsets.UTF_8), false));
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        FrameworkTemplate.writeXlsx(template);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("Standards");
            int r = 1;
            Row section = sheet.createRow(r++);
            section.createCell(0).setCellValue("CC");
            section.createCell(1).setCellValue("Contact centre");
            section.createCell(3).setCellValue("section");
            for (Standard standard : nos.getStandards()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(standard.getCode());
                row.createCell(1).setCellValue(standard.getTitle());
                row.createCell(2).setCellValue("CC");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            seeds.add(new Seed("nos-template.xlsx", out.toByteArray(), false));
        }
        return seeds;
    }

    private static byte[] publishedGrid() throws IOException {
        String text;
        try (var in = ImporterFuzzTest.class.getClassLoader().getResourceAsStream("data/annexe-b-published.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Annexe B");
            int r = 0;
            for (String line : text.split("\n")) {
                if (line.startsWith("#")) {
                    continue;
                }
                Row row = sheet.createRow(r++);
                String[] cells = line.split("\t", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    // ------------------------------------------------------------------ mutations

    /** Half the time raw bytes of the zip, half the time the XML of one part, re-zipped. */
    private static byte[] mutateWorkbook(byte[] original, Random random) throws IOException {
        if (random.nextInt(4) == 0) {
            return mutateBytes(original, random);
        }
        Map<String, byte[]> parts = new LinkedHashMap<>(PARTS.computeIfAbsent(original, ImporterFuzzTest::unzip));
        List<String> names = new ArrayList<>(parts.keySet());
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            String name = pickPart(names, random);
            if (random.nextInt(20) == 0) {
                parts.remove(name);
                names.remove(name);
                if (names.isEmpty()) {
                    break;
                }
                continue;
            }
            parts.put(name, name.endsWith(".xml") && random.nextInt(5) < 2 ? mutateXmlValue(parts.get(name), random)
                    : mutateText(parts.get(name), random));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static final Map<byte[], Map<String, byte[]>> PARTS = new java.util.IdentityHashMap<>();

    /** The parts of a seed workbook, read through the zip's central directory (SXSSF writes data descriptors). */
    private static Map<String, byte[]> unzip(byte[] workbook) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try {
            Path file = Files.createTempFile("fuzz-seed", ".zip");
            try {
                Files.write(file, workbook);
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                    for (var entries = zip.entries(); entries.hasMoreElements();) {
                        ZipEntry entry = entries.nextElement();
                        try (var in = zip.getInputStream(entry)) {
                            parts.put(entry.getName(), in.readAllBytes());
                        }
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return parts;
    }

    private static String pickPart(List<String> names, Random random) {
        // the sheets and shared strings hold the content the importers read: mutate them most often
        List<String> content = names.stream().filter(n -> n.contains("worksheets/") || n.contains("sharedStrings")).toList();
        if (!content.isEmpty() && random.nextInt(3) > 0) {
            return content.get(random.nextInt(content.size()));
        }
        return names.get(random.nextInt(names.size()));
    }

    private static final String[] TOKENS = { "\"", "\"\"", ",", ";", "\t", "\r\n", "\n", "\r", "<", ">", "/>", "</c>",
            "<row r=\"1048576\">", "<c r=\"XFD1\" t=\"s\"><v>99999</v></c>", "<v>-1</v>", "<v>1e308</v>", "t=\"s\"",
            "t=\"inlineStr\"", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "&amp;", "\u0000",
            "\uFEFF", "=SUM(A1:A9)", "+1", "-1", "@cmd", "workbench-grid:1:standards-in-rows", "#group", "✓", "●",
            "(✓)", "full", "CC01", "301", "999", "section", "element", "Parent code", "Code", "Title", "_x", "",
            "\u00e9", "\ud83d\ude00", "'", "\\" };

    /**
     * Keeps the XML well-formed and replaces the content of one text or value element ({@code <t>},
     * {@code <v>}) or one attribute value, so the case reaches the importers' own reading of cells.
     */
    private static byte[] mutateXmlValue(byte[] original, Random random) {
        String xml = new String(original, StandardCharsets.UTF_8);
        java.util.regex.Matcher values = java.util.regex.Pattern.compile("<(t|v)( [^>]*)?>([^<]*)</\\1>|=\"([^\"]*)\"").matcher(xml);
        List<int[]> spans = new ArrayList<>();
        while (values.find()) {
            int group = values.group(3) != null ? 3 : 4;
            spans.add(new int[] { values.start(group), values.end(group) });
        }
        if (spans.isEmpty()) {
            return original;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String token = TOKENS[random.nextInt(TOKENS.length)].replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
        String replacement = switch (random.nextInt(4)) {
        case 0 -> "";
        case 1 -> token;
        case 2 -> xml.substring(span[0], span[1]) + token;
        default -> Integer.toString(random.nextInt(2_000_000) - 1000);
        };
        return (xml.substring(0, span[0]) + replacement + xml.substring(span[1])).getBytes(StandardCharsets.UTF_8);
    }

    /** Text mutations: delete, duplicate, insert a token, replace a digit run, flip a byte. */
    private static byte[] mutateText(byte[] original, Random random) {
        String text = new String(original, StandardCharsets.UTF_8);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !text.isEmpty(); e++) {
            int at = random.nextInt(text.length());
            int length = Math.min(text.length() - at, 1 + random.nextInt(random.nextBoolean() ? 8 : 200));
            switch (random.nextInt(6)) {
            case 0 -> text = text.substring(0, at) + text.substring(at + length);
            case 1 -> text = text.substring(0, at) + text.substring(at, at + length) + text.substring(at);
            case 2 -> text = text.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + text.substring(at);
            case 3 -> text = text.replaceFirst("\\d+", Integer.toString(random.nextInt(2_000_000) - 1000));
            case 4 -> text = text.substring(0, at) + (char) random.nextInt(0x80) + text.substring(Math.min(text.length(), at + 1));
            default -> text = text.substring(0, at);
            }
        }
        if (random.nextInt(10) == 0) {
            return mutateBytes(text.getBytes(StandardCharsets.UTF_8), random);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Byte mutations: flip bits, overwrite runs, truncate, splice. */
    private static byte[] mutateBytes(byte[] original, Random random) {
        byte[] bytes = original.clone();
        if (bytes.length == 0) {
            return new byte[] { (byte) random.nextInt() };
        }
        switch (random.nextInt(4)) {
        case 0 -> {
            for (int i = 0; i < 1 + random.nextInt(16); i++) {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            }
        }
        case 1 -> {
            int at = random.nextInt(bytes.length);
            for (int i = at; i < Math.min(bytes.length, at + 1 + random.nextInt(64)); i++) {
                bytes[i] = (byte) random.nextInt();
            }
        }
        case 2 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
        default -> {
            int from = random.nextInt(bytes.length);
            int to = random.nextInt(bytes.length);
            int length = Math.min(bytes.length - Math.max(from, to), random.nextInt(512));
            System.arraycopy(original, from, bytes, to, Math.max(0, length));
        }
        }
        return bytes;
    }

}
