// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * XMI load against binary load of the same model, alternated in one JVM and timed by the CPU time of the
 * loading thread plus the collector's pause time: a figure that other programs on a busy machine disturb far
 * less than the wall-clock time JMH reports (on the shared 2-core machine JMH's loadBinary at M ranged from
 * 190 ms to 3 s within one run). Usage: {@code InterleavedLoadTimes <S|M|L> <rounds>}; prints medians and ratios.
 */
public final class InterleavedLoadTimes {

    private InterleavedLoadTimes() {
    }

    public static void main(String[] args) {
        String size = args[0];
        int rounds = Integer.parseInt(args[1]);
        Path folder = ModelSets.prepare(size);
        List<Path> xmi = ModelSets.xmiFiles(folder);
        List<Path> binary = ModelSets.binaryFiles(folder);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> xmiCpu = new ArrayList<>();
        List<Double> binaryCpu = new ArrayList<>();
        List<Double> xmiCpuAndGc = new ArrayList<>();
        List<Double> binaryCpuAndGc = new ArrayList<>();
        int warmup = Math.max(2, rounds / 3);
        for (int round = 0; round < warmup + rounds; round++) {
            long gc0 = gcMillis();
            long cpu0 = threads.getCurrentThreadCpuTime();
            Object model = ModelIo.loadXmi(xmi);
            long cpu1 = threads.getCurrentThreadCpuTime();
            long gc1 = gcMillis();
            model = ModelIo.loadBinary(binary);
            long cpu2 = threads.getCurrentThreadCpuTime();
            long gc2 = gcMillis();
            model = null;
            if (round >= warmup) {
                xmiCpu.add((cpu1 - cpu0) / 1e6);
                binaryCpu.add((cpu2 - cpu1) / 1e6);
                xmiCpuAndGc.add((cpu1 - cpu0) / 1e6 + (gc1 - gc0));
                binaryCpuAndGc.add((cpu2 - cpu1) / 1e6 + (gc2 - gc1));
            }
        }
        System.out.printf(Locale.ROOT,
                "%s rounds %d | thread CPU ms: loadXmi %.1f loadBinary %.1f ratio %.2f | CPU+GC ms: loadXmi %.1f loadBinary %.1f ratio %.2f%n",
                size, rounds, median(xmiCpu), median(binaryCpu), median(xmiCpu) / median(binaryCpu),
                median(xmiCpuAndGc), median(binaryCpuAndGc), median(xmiCpuAndGc) / median(binaryCpuAndGc));
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
