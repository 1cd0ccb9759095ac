// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs every benchmark and heap probe of issue 6 and prints the results as tables, each figure beside
 * its baseline from the same run; also writes them as Markdown to {@code target/benchmark-results.md}.
 * Arguments (optional): a regular expression selecting benchmarks, e.g. {@code ModelIo};
 * {@code -Dbenchmark.heap=false} skips the heap probes.
 */
public final class RunBenchmarks {

    /** Measured operation and the baseline it is compared with, by benchmark method name. */
    static final Map<String, String> BASELINES = new LinkedHashMap<>();

    static {
        BASELINES.put("ModelIoBenchmark.loadXmi", "ModelIoBenchmark.loadBinary");
        BASELINES.put("ModelIoBenchmark.loadXmiTuned", "ModelIoBenchmark.loadBinary");
        BASELINES.put("ModelIoBenchmark.saveXmi", "ModelIoBenchmark.saveBinary");
        BASELINES.put("ModelIoBenchmark.serializeXmi", "ModelIoBenchmark.serializeBinary");
        BASELINES.put("GridExportBenchmark.rawXssf", "GridExportBenchmark.rawSxssf");
        BASELINES.put("ExcelBenchmark.exportOurs", "ExcelBenchmark.exportRawSxssfSameCells");
        BASELINES.put("ExcelBenchmark.exportRawXssfSameCells", "ExcelBenchmark.exportRawSxssfSameCells");
        BASELINES.put("ExcelBenchmark.importOurs", "ExcelBenchmark.importRawStreaming");
        BASELINES.put("ExcelBenchmark.importRawXssf", "ExcelBenchmark.importRawStreaming");
        BASELINES.put("GuaranteedCoverageBenchmark.guaranteedCoverage",
                "GuaranteedCoverageBenchmark.guaranteedCoverageViaCoveringMap");
        BASELINES.put("CoverageBenchmark.fullCompute", "CoverageBenchmark.bareLinkPass");
        BASELINES.put("CoverageBenchmark.snapshotCompute", "CoverageBenchmark.bareLinkPass");
        BASELINES.put("CoverageBenchmark.singleEdit", "CoverageBenchmark.fullCompute");
        BASELINES.put("CoverageBenchmark.singleRemoveAndAdd", "CoverageBenchmark.fullCompute");
        BASELINES.put("MatrixDataBenchmark.buildExpandedRows", "CoverageBenchmark.fullCompute");
        BASELINES.put("MatrixDataBenchmark.fetchViewport", "MatrixDataBenchmark.fetchViewportFromArrays");
        BASELINES.put("MatrixDataBenchmark.fetchViewportThroughLayout", "MatrixDataBenchmark.fetchViewportUnitRows");
        BASELINES.put("MatrixDataBenchmark.refilterLayout", "MatrixDataBenchmark.refilterFromArrays");
    }

    /** Heap probes: operation, baseline, and the sizes to run them at (S is too small to say anything). */
    static final String[][] HEAP_PLAN = { { "exportOurs", "exportRawSxssfSameCells", "M", "L" },
            { "importOurs", "importRawStreaming", "M", "L" },
            { "loadXmi", "loadBinary", "L" }, { "coverageMatrix", "coverageBareLinkPass", "L" },
            { "coverageSnapshot", "coverageBareLinkPass", "L" },
            { "caseExportOurs", "caseExportJacksonTreeSameJson", "L" },
            { "caseImportOurs", "caseImportJacksonTreeSameJson", "L" } };

    /** Benchmarks whose own iteration settings (single calls) are kept rather than the runs' common ones. */
    private static final String SINGLE_CALLS = GuaranteedCoverageBenchmark.class.getSimpleName();

    private RunBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String include = args.length > 0 ? args[0] : ".*Benchmark.*";
        long started = System.nanoTime();
        List<RunResult> results = new ArrayList<>();
        // S and M: one warm-up and three measured iterations of at least a second each
        results.addAll(run(new OptionsBuilder().include(include).exclude(SINGLE_CALLS).param("size", "S", "M")
                .warmupIterations(1).measurementIterations(3)));
        // L: one call takes seconds, so fewer iterations. Left out at L: in-memory serialization (disk save is
        // measured), the enumeration (2^40 checks) and the in-memory XSSF copy of our whole workbook (millions of
        // cells); our import streams since the grid-import change, so it is measured at L too
        results.addAll(run(new OptionsBuilder().include(include).exclude(SINGLE_CALLS).exclude("serialize").exclude("BruteForce")
                .exclude("exportRawXssfSameCells").exclude("importRawXssf").param("size", "L")
                .warmupIterations(1).measurementIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementTime(TimeValue.seconds(1))));
        // Guaranteed coverage as its class declares it: single calls, 5 warm-up and 20 measured per size, so
        // that the table gives p50 / p95 / max of what a user waits rather than the mean of three iterations
        if (Pattern.compile(include).matcher(GuaranteedCoverageBenchmark.class.getName() + ".guaranteedCoverage").find()) {
            results.addAll(run(new OptionsBuilder().include(SINGLE_CALLS)));
        }
        StringBuilder markdown = new StringBuilder();
        markdown.append(machine()).append('\n');
        markdown.append(timeTable(results)).append('\n');
        markdown.append(naivePathwayTable(results)).append('\n');
        if (Boolean.parseBoolean(System.getProperty("benchmark.heap", "true"))) {
            markdown.append(heapTable()).append('\n');
        }
        markdown.append(String.format(Locale.ROOT, "Total wall time: %.1f min%n",
                (System.nanoTime() - started) / 60e9));
        System.out.println();
        System.out.println(markdown);
        Path out = Path.of("target/benchmark-results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, markdown.toString());
        System.out.println("Written to " + out.toAbsolutePath());
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws Exception {
        try {
            return new Runner(options.shouldFailOnError(false).build()).run();
        } catch (NoBenchmarksException e) {
            return List.of(); // e.g. only single-call benchmarks were asked for
        }
    }

    static String machine() {
        Runtime runtime = Runtime.getRuntime();
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(Locale.ROOT, "Machine: %d processors, %.1f GB memory, %s %s (%s), %s %s%n",
                runtime.availableProcessors(), memory / 1e9, System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vendor"), System.getProperty("os.name"),
                System.getProperty("os.version"));
    }

    static String timeTable(List<RunResult> results) {
        Map<String, RunResult> byKey = new LinkedHashMap<>();
        for (RunResult result : results) {
            byKey.put(key(result), result);
        }
        StringBuilder table = new StringBuilder();
        table.append("| Benchmark | Size | Median ms | p95 ms | Min–max ms | n | Baseline | Baseline median ms | Ratio |\n");
        table.append("|---|---|---:|---:|---:|---:|---|---:|---:|\n");
        for (RunResult result : results) {
            String name = shortName(result);
            String size = size(result);
            Statistics stats = result.getPrimaryResult().getStatistics();
            String baseline = BASELINES.get(name);
            RunResult base = baseline == null ? null : byKey.get(baseline + "/" + size);
            String baselineMedian = "";
            String ratio = "";
            if (base != null) {
                double b = base.getPrimaryResult().getStatistics().getPercentile(50);
                baselineMedian = format(b);
                ratio = String.format(Locale.ROOT, "%.2fx", stats.getPercentile(50) / b);
            }
            table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s–%s | %d | %s | %s | %s |%n", name, size,
                    format(stats.getPercentile(50)), format(stats.getPercentile(95)), format(stats.getMin()), format(stats.getMax()), stats.getN(),
                    baseline == null ? "" : baseline.substring(baseline.indexOf('.') + 1), baselineMedian, ratio));
        }
        return table.toString();
    }

    /**
     * The naive way to count pathways or test a guarantee checks every subset of the optional units: its
     * time is estimated as (one check) x 2^(optional units), beside the measured analysis.
     */
    static String naivePathwayTable(List<RunResult> results) {
        Map<String, RunResult> byKey = new LinkedHashMap<>();
        for (RunResult result : results) {
            byKey.put(key(result), result);
        }
        StringBuilder table = new StringBuilder();
        table.append("| Size | Optional units | One check ms | Naive enumeration (estimate) | countValidPathways ms | guaranteedCoverage ms |\n");
        table.append("|---|---:|---:|---:|---:|---:|\n");
        boolean any = false;
        for (String size : new String[] { "S", "M", "L" }) {
            RunResult check = byKey.get("PathwayBenchmark.checkOneSelection/" + size);
            if (check == null) {
                continue;
            }
            any = true;
            int optional = "S".equals(size) ? 11 : SyntheticModels.OPTIONAL_LEVEL3_UNITS + SyntheticModels.OPTIONAL_LEVEL2_UNITS;
            double one = check.getPrimaryResult().getStatistics().getPercentile(50);
            double naive = one * Math.pow(2, optional);
            RunResult count = byKey.get("PathwayBenchmark.countValidPathways/" + size);
            RunResult guarantee = byKey.get("GuaranteedCoverageBenchmark.guaranteedCoverage/" + size);
            table.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", size, optional, format(one),
                    naive < 3_600_000 ? format(naive) + " ms" : String.format(Locale.ROOT, "%.1f days", naive / 86_400_000),
                    count == null ? "" : format(count.getPrimaryResult().getStatistics().getPercentile(50)),
                    guarantee == null ? "" : format(guarantee.getPrimaryResult().getStatistics().getPercentile(50))));
        }
        return any ? table.toString() : "";
    }

    static String heapTable() throws Exception {
        StringBuilder table = new StringBuilder();
        table.append("| Operation | Size | Heap before MB | Peak heap MB | Peak − before MB | Baseline | Baseline peak MB | Baseline peak − before MB |\n");
        table.append("|---|---|---:|---:|---:|---|---:|---:|\n");
        for (String[] plan : HEAP_PLAN) {
            for (int i = 2; i < plan.length; i++) {
                String size = plan[i];
                double[] ours = probe(plan[0], size);
                double[] base = probe(plan[1], size);
                table.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f | %.0f | %s | %.0f | %.0f |%n", plan[0], size,
                        ours[0], ours[1], ours[2], plan[1], base[1], base[2]));
            }
        }
        return table.toString();
    }

    /** Runs one heap probe in a JVM of its own; returns MB before, at the peak, and peak minus before. */
    static double[] probe(String name, String size) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:+UseSerialGC", "-XX:SoftRefLRUPolicyMSPerMB=0", "-Xmn32m", "-Xmx6g",
                "-Dbenchmark.data=" + System.getProperty("benchmark.data", "target/benchmark-data"), "-cp",
                System.getProperty("java.class.path"), HeapProbe.class.getName(), name, size);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        double[] figures = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null;) {
                if (line.startsWith("HEAP ")) {
                    String[] parts = line.split(" ");
                    figures = new double[] { Double.parseDouble(parts[3]), Double.parseDouble(parts[4]),
                            Double.parseDouble(parts[5]) };
                }
                System.out.println("  [heap] " + line);
            }
        }
        if (process.waitFor() != 0 || figures == null) {
            throw new IllegalStateException("heap probe " + name + " " + size + " failed");
        }
        return figures;
    }

    private static String key(RunResult result) {
        return shortName(result) + "/" + size(result);
    }

    private static String size(RunResult result) {
        String size = result.getParams().getParam("size");
        return size != null ? size : result.getParams().getParam("feasibleSize");
    }

    private static String shortName(RunResult result) {
        String benchmark = result.getParams().getBenchmark();
        String[] parts = benchmark.split("\\.");
        return parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    private static String format(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%.0f", millis)
                : millis >= 1 ? String.format(Locale.ROOT, "%.1f", millis) : String.format(Locale.ROOT, "%.2g", millis);
    }
}
