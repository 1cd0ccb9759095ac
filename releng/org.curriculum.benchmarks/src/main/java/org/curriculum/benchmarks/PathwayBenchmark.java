// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.curriculum.core.rules.CombinationCheck;
import org.curriculum.core.rules.CombinationChecker;
import org.curriculum.core.rules.PathwayAnalysis;
import org.curriculum.core.rules.PathwayCount;
import org.curriculum.core.rules.RouteMeasure;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.Qualification;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pathways through a qualification's rules of combination: counting valid and minimal pathways and
 * (pathway-guaranteed coverage of every standard: {@link GuaranteedCoverageBenchmark}). The baseline is the naive method, checking every
 * subset of the optional units with the same checker: measured per check here, and run in full where
 * it is feasible ({@link PathwayBruteForceBenchmark}, the BTEC example's 11 optional units).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xmx6g" })
public class PathwayBenchmark {

    @Param({ "S", "M", "L" })
    public String size;

    Qualification qualification;
    List<CurriculumComponent> someSelection;

    @Setup(Level.Trial)
    public void prepare() {
        LoadedModel model = LoadedModel.of(size);
        qualification = model.qualification();
        PathwayAnalysis analysis = PathwayAnalysis.of(qualification);
        someSelection = analysis.shortestRoute(RouteMeasure.GUIDED_LEARNING_HOURS).orElseThrow().components();
        System.out.println("\n[pathways] " + size + ": " + analysis.optionalComponents().size() + " optional units, "
                + analysis.countValidPathways() + " valid pathways, " + analysis.countMinimalPathways() + " minimal");
    }

    @Benchmark
    public BigInteger countValidPathways() {
        return PathwayAnalysis.of(qualification).countValidPathways();
    }

    @Benchmark
    public PathwayCount countMinimalPathways() {
        return PathwayAnalysis.of(qualification).countMinimalPathways();
    }

    /** One selection checked: the unit cost of the naive method, which checks 2^(optional units) of them. */
    @Benchmark
    public CombinationCheck checkOneSelection() {
        return CombinationChecker.check(qualification, someSelection);
    }
}
