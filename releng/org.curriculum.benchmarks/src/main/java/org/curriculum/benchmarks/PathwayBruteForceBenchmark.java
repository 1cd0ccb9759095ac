// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.curriculum.core.rules.CombinationChecker;
import org.curriculum.core.rules.PathwayAnalysis;
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
 * The naive baseline for pathway counting, where it is feasible: every subset of the optional units
 * checked with the rules' own checker (the BTEC example: 11 optional units, 2,048 subsets). Its own
 * parameter name keeps the runner's size parameter from asking for M or L, where it would need 2^40 checks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g" })
public class PathwayBruteForceBenchmark {

    @Param({ "S" })
    public String feasibleSize;

    Qualification qualification;
    List<CurriculumComponent> mandatory;
    List<CurriculumComponent> optional;

    @Setup(Level.Trial)
    public void prepare() {
        qualification = LoadedModel.of(feasibleSize).qualification();
        PathwayAnalysis analysis = PathwayAnalysis.of(qualification);
        mandatory = analysis.mandatoryComponents();
        optional = analysis.optionalComponents();
        BigInteger brute = BigInteger.valueOf(countByEnumeration());
        if (!brute.equals(analysis.countValidPathways())) {
            throw new IllegalStateException("enumeration counts " + brute + " valid pathways, the analysis "
                    + analysis.countValidPathways());
        }
    }

    @Benchmark
    public long countValidPathwaysByEnumeration() {
        return countByEnumeration();
    }

    private long countByEnumeration() {
        long valid = 0;
        List<CurriculumComponent> selection = new ArrayList<>(mandatory.size() + optional.size());
        for (long subset = 0; subset < 1L << optional.size(); subset++) {
            selection.clear();
            selection.addAll(mandatory);
            for (int i = 0; i < optional.size(); i++) {
                if ((subset & 1L << i) != 0) {
                    selection.add(optional.get(i));
                }
            }
            if (CombinationChecker.check(qualification, selection).isValid()) {
                valid++;
            }
        }
        return valid;
    }
}
