// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.curriculum.core.compare.MergeResult;
import org.curriculum.core.compare.ModelComparison;
import org.curriculum.core.compare.ModelDifference;
import org.curriculum.core.compare.ModelMerge;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.eclipse.emf.ecore.EObject;

/**
 * Semantic diff and three-way merge of two versions of a generated mapping file (issue 15), against the baseline of
 * loading the same files in the same run, and against {@code git diff --no-index --stat} on them. Ours changes the
 * coverage of every 20th link (5%), theirs of every 20th link from the 10th on (another 5%), so the merge has no
 * conflicts. The rounds alternate the operations so that a busy machine disturbs all alike; times are wall-clock,
 * reported as p50 and p95 with the number of calls; heap is what stays reachable after a full collection while the
 * result is held. Usage: {@code CompareMergeTimes <M|L> <rounds>}.
 */
public final class CompareMergeTimes {

    private CompareMergeTimes() {
    }

    public static void main(String[] args) throws Exception {
        String size = args[0];
        int rounds = Integer.parseInt(args[1]);
        Path folder = ModelSets.prepare(size);
        Path base = ModelSets.xmiFiles(folder).stream().filter(p -> p.toString().endsWith(".mapping")).findFirst()
                .orElseThrow();
        Path ours = folder.resolve("compare-ours.mapping");
        Path theirs = folder.resolve("compare-theirs.mapping");
        int links = writeVersion(base, ours, 0);
        writeVersion(base, theirs, 10);
        System.out.printf(Locale.ROOT, "%s mapping: %d links, %.1f MB per file; ours and theirs each change 5%%%n",
                size, links, Files.size(base) / 1e6);

        List<Double> loadTwo = new ArrayList<>();
        List<Double> loadThree = new ArrayList<>();
        List<Double> diff = new ArrayList<>();
        List<Double> merge = new ArrayList<>();
        List<Double> gitStat = new ArrayList<>();
        int changes = 0;
        int applied = 0;
        int warmup = 1;
        for (int round = 0; round < warmup + rounds; round++) {
            long t0 = System.nanoTime();
            EObject a = ModelFiles.loadRoot(base);
            EObject b = ModelFiles.loadRoot(ours);
            long t1 = System.nanoTime();
            a = null;
            b = null;
            long t2 = System.nanoTime();
            ModelDifference difference = ModelComparison.compare(ModelFiles.loadRoot(base), ModelFiles.loadRoot(ours));
            long t3 = System.nanoTime();
            changes = difference.changes().size();
            difference = null;
            long t4 = System.nanoTime();
            EObject x = ModelFiles.loadRoot(base);
            EObject y = ModelFiles.loadRoot(ours);
            EObject z = ModelFiles.loadRoot(theirs);
            long t5 = System.nanoTime();
            MergeResult result = ModelMerge.merge(x, y, z);
            long t6 = System.nanoTime();
            applied = result.theirsApplied();
            x = y = z = null;
            long t7 = System.nanoTime();
            git(folder, base, ours);
            long t8 = System.nanoTime();
            if (round >= warmup) {
                loadTwo.add((t1 - t0) / 1e6);
                diff.add((t3 - t2) / 1e6);
                loadThree.add((t5 - t4) / 1e6);
                merge.add((t6 - t4) / 1e6);
                gitStat.add((t8 - t7) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "diff found %d changes; merge applied %d of theirs%n", changes, applied);
        System.out.println("| operation | calls | p50 ms | p95 ms | ratio to baseline (p50) |");
        System.out.println("|---|---|---|---|---|");
        row("load the two files (baseline)", loadTwo, loadTwo);
        row("diff: load the two files + compare", diff, loadTwo);
        row("load the three files (baseline)", loadThree, loadThree);
        row("merge: load the three files + merge", merge, loadThree);
        row("merge, against loading two files", merge, loadTwo);
        row("git diff --no-index --stat (same two files)", gitStat, loadTwo);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long empty = used(memory);
        EObject a = ModelFiles.loadRoot(base);
        EObject b = ModelFiles.loadRoot(ours);
        long loaded = used(memory);
        ModelDifference difference = ModelComparison.compare(a, b);
        long compared = used(memory);
        System.out.printf(Locale.ROOT, "heap held: two loaded files %.0f MB; with the comparison %.0f MB (%d changes)%n",
                (loaded - empty) / 1e6, (compared - empty) / 1e6, difference.changes().size());
    }

    private static long used(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Saves a copy of the mapping with the coverage of every 20th link from {@code offset} on flipped. */
    private static int writeVersion(Path base, Path version, int offset) throws Exception {
        MappingSet mapping = (MappingSet) ModelFiles.loadRoot(base);
        List<MappingLink> all = mapping.getLinks();
        for (int i = offset; i < all.size(); i += 20) {
            MappingLink link = all.get(i);
            link.setCoverage(link.getCoverage() == CoverageLevel.FULL ? CoverageLevel.PARTIAL : CoverageLevel.FULL);
        }
        int count = all.size();
        // the same resource under the new name keeps every xmi:id (a new resource would assign new ones)
        mapping.eResource().setURI(ModelFiles.uri(version));
        ModelFiles.save(mapping.eResource());
        return count;
    }

    private static void git(Path folder, Path a, Path b) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("git", "diff", "--no-index", "--stat", a.toString(), b.toString())
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
    }

    private static void row(String name, List<Double> values, List<Double> baseline) {
        System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.2f |%n", name, values.size(), percentile(values, 50),
                percentile(values, 95), percentile(values, 50) / percentile(baseline, 50));
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
