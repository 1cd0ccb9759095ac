// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.curriculum.excel.specification.SpecificationDocumentWriter;
import org.curriculum.model.Curriculum;

/**
 * The Word specification of a synthetic qualification (L: 2,000 units, 8,000 outcomes, 24,000 criteria)
 * against raw XWPF writing the same paragraphs and tables with no model work ({@link DocumentShape}).
 * The two alternate in one JVM, so a busy machine disturbs both alike; each call's wall-clock time is
 * recorded and p50/p95 are printed with the number of calls, then peak heap of each in a JVM of its own
 * ({@link HeapProbe}). Usage: {@code SpecificationBenchmark [S|M|L] [calls]} (default L 10). Target: ours
 * at most 1.5 times the baseline.
 */
public final class SpecificationBenchmark {

    private SpecificationBenchmark() {
    }

    /** The curriculum of a size's mapping set: the qualification with its units. */
    static Curriculum curriculum(String size) {
        return (Curriculum) LoadedModel.of(size).mapping().getSource();
    }

    /** Our writer, to a counting stream; returns the bytes written. */
    static long ours(Curriculum curriculum) {
        CountingOutputStream out = new CountingOutputStream();
        try {
            new SpecificationDocumentWriter(curriculum).write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.count();
    }

    /** The baseline, to a counting stream; returns the bytes written. */
    static long raw(DocumentShape shape) {
        CountingOutputStream out = new CountingOutputStream();
        shape.write(out);
        return out.count();
    }

    public static void main(String[] args) throws Exception {
        String size = args.length > 0 ? args[0] : "L";
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Curriculum curriculum = curriculum(size);
        DocumentShape shape = DocumentShape.of(curriculum);
        System.out.println("[specification] " + size + ": " + curriculum.getComponents().size() + " units; document of "
                + shape.describe() + "; ours " + ours(curriculum) / 1024 + " KB, raw " + raw(shape) / 1024 + " KB");
        List<Double> oursMs = new ArrayList<>();
        List<Double> rawMs = new ArrayList<>();
        // besides the clock, the CPU time of this thread plus the collectors' time: on a machine shared with other
        // builds, the clock also counts the time spent waiting for a core, which swings from call to call
        List<Double> oursCpuMs = new ArrayList<>();
        List<Double> rawCpuMs = new ArrayList<>();
        int warmups = 2;
        for (int call = 0; call < warmups + calls; call++) {
            long c0 = cpuAndGcNanos();
            long t0 = System.nanoTime();
            ours(curriculum);
            long t1 = System.nanoTime();
            long c1 = cpuAndGcNanos();
            raw(shape);
            long t2 = System.nanoTime();
            long c2 = cpuAndGcNanos();
            if (call >= warmups) {
                oursMs.add((t1 - t0) / 1e6);
                rawMs.add((t2 - t1) / 1e6);
                oursCpuMs.add((c1 - c0) / 1e6);
                rawCpuMs.add((c2 - c1) / 1e6);
            }
        }
        double[] o = percentiles(oursMs);
        double[] r = percentiles(rawMs);
        System.out.printf(Locale.ROOT, "| operation | size | calls | p50 ms | p95 ms | ratio p50 to baseline | ratio p95 |%n");
        System.out.printf(Locale.ROOT, "|---|---|---:|---:|---:|---:|---:|%n");
        System.out.printf(Locale.ROOT, "| specification (ours) | %s | %d | %.0f | %.0f | %.2f | %.2f |%n", size, calls, o[0], o[1],
                o[0] / r[0], o[1] / r[1]);
        System.out.printf(Locale.ROOT, "| raw XWPF, same content (baseline) | %s | %d | %.0f | %.0f | 1.00 | 1.00 |%n", size, calls,
                r[0], r[1]);
        double[] oc = percentiles(oursCpuMs);
        double[] rc = percentiles(rawCpuMs);
        System.out.printf(Locale.ROOT, "| specification (ours), CPU + GC ms | %s | %d | %.0f | %.0f | %.2f | %.2f |%n", size, calls,
                oc[0], oc[1], oc[0] / rc[0], oc[1] / rc[1]);
        System.out.printf(Locale.ROOT, "| raw XWPF (baseline), CPU + GC ms | %s | %d | %.0f | %.0f | 1.00 | 1.00 |%n", size, calls,
                rc[0], rc[1]);
        if (!"false".equals(System.getProperty("benchmark.heap"))) {
            double[] heapOurs = RunBenchmarks.probe("specificationOurs", size);
            double[] heapRaw = RunBenchmarks.probe("specificationRawXwpf", size);
            System.out.printf(Locale.ROOT, "| peak heap MB (peak minus before) | %s | ours %.0f | baseline %.0f | ratio %.2f |%n", size,
                    heapOurs[2], heapRaw[2], heapOurs[2] / heapRaw[2]);
        }
    }

    /** CPU time of the calling thread plus the time the garbage collectors report, in nanoseconds. */
    private static long cpuAndGcNanos() {
        long gcMillis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, collector.getCollectionTime());
        }
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() + gcMillis * 1_000_000;
    }

    /** p50 and p95 (nearest rank) of the recorded times. */
    static double[] percentiles(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new double[] { sorted.get((int) Math.ceil(0.50 * sorted.size()) - 1),
                sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1) };
    }
}
