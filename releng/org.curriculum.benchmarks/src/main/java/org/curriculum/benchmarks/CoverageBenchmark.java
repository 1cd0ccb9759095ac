// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.CoverageOptions;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.eclipse.emf.ecore.EObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The core coverage model: computing the whole matrix of a mapping set (one that can follow edits, and
 * a snapshot that cannot), against a bare pass over the links that does only the unavoidable work (roll
 * each link up to its unit, keep the best level per cell); and one link edited in a tracked matrix,
 * against recomputing the whole matrix.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xmx6g" })
public class CoverageBenchmark {

    @Param({ "S", "M", "L" })
    public String size;

    MappingSet mapping;
    CoverageOptions options;
    CoverageMatrix tracked;
    List<MappingLink> editable;
    int next;

    @Setup(Level.Trial)
    public void prepare() {
        LoadedModel model = LoadedModel.of(size);
        mapping = model.mapping();
        options = CoverageOptions.defaults().withQualification(model.qualification());
        tracked = CoverageMatrix.compute(mapping, options).track();
        Random random = new Random(SyntheticModels.SEED);
        editable = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            editable.add(mapping.getLinks().get(random.nextInt(mapping.getLinks().size())));
        }
    }

    @TearDown(Level.Trial)
    public void dispose() {
        tracked.dispose();
    }

    @Benchmark
    public CoverageMatrix fullCompute() {
        return CoverageMatrix.compute(mapping, options);
    }

    /** The same matrix as a snapshot that cannot follow edits (what the Excel export reads). */
    @Benchmark
    public CoverageMatrix snapshotCompute() {
        return CoverageMatrix.snapshot(mapping, options);
    }

    /** The unavoidable work of a coverage computation, in plain maps: the lower bound for {@link #fullCompute}. */
    @Benchmark
    public Object bareLinkPass() {
        Map<EObject, Map<EObject, CoverageLevel>> cells = new HashMap<>();
        for (MappingLink link : mapping.getLinks()) {
            EObject row = link.getItem();
            while (row != null && !(row instanceof CurriculumComponent)) {
                row = row.eContainer();
            }
            cells.computeIfAbsent(row, r -> new HashMap<>()).merge(link.getStandard(), link.getCoverage(),
                    (a, b) -> a == CoverageLevel.FULL || b == CoverageLevel.FULL ? CoverageLevel.FULL : CoverageLevel.PARTIAL);
        }
        return cells;
    }

    /** One link's coverage toggled (partial/full) in a tracked matrix, which updates itself. */
    @Benchmark
    public int singleEdit() {
        MappingLink link = editable.get(next++ % editable.size());
        link.setCoverage(link.getCoverage() == CoverageLevel.FULL ? CoverageLevel.PARTIAL : CoverageLevel.FULL);
        return tracked.getColumnTotal(tracked.getColumnOf(link.getStandard()));
    }

    /** One link removed and put back in a tracked matrix (two updates). */
    @Benchmark
    public int singleRemoveAndAdd() {
        int index = Math.floorMod(next++ * 7919, mapping.getLinks().size());
        MappingLink link = mapping.getLinks().remove(index);
        mapping.getLinks().add(index, link);
        return tracked.getLinkCount();
    }
}
