// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.curriculum.core.rules.CoverageGuarantee;
import org.curriculum.core.rules.PathwayAnalysis;
import org.curriculum.model.MappingSet;
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
 * Pathway-guaranteed coverage of every standard, one call per measurement: "can a learner achieve this
 * qualification without meeting standard X?" for all 20,000 standards at L, as the coverage command asks it.
 * Single calls, not averages over a second, so that the table can give p50 / p95 / max of what a user waits.
 * The baseline is the general form of the same question, {@code guaranteedCoverage(coveringComponents(mapping))},
 * which rolls every link up to a set of its covering units first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 20)
@Fork(value = 1, jvmArgsAppend = { "-Xmx6g" })
public class GuaranteedCoverageBenchmark {

    @Param({ "S", "M", "L" })
    public String size;

    Qualification qualification;
    MappingSet mapping;

    @Setup(Level.Trial)
    public void prepare() {
        LoadedModel model = LoadedModel.of(size);
        qualification = model.qualification();
        mapping = model.mapping();
    }

    @Benchmark
    public List<CoverageGuarantee> guaranteedCoverage() {
        return PathwayAnalysis.of(qualification).guaranteedCoverage(mapping);
    }

    @Benchmark
    public List<CoverageGuarantee> guaranteedCoverageViaCoveringMap() {
        return PathwayAnalysis.of(qualification).guaranteedCoverage(PathwayAnalysis.coveringComponents(mapping));
    }
}
