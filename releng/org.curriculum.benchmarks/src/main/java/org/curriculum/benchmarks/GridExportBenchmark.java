// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.resource.ResourceSet;
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
 * Coverage grid export against its baselines: raw SXSSF writing the same cells with no model work
 * (the practical limit) and non-streaming XSSF. Every workbook goes to a counting stream, not disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xmx6g" })
public class GridExportBenchmark {

    @Param({ "S", "M", "L" })
    public String size;

    ResourceSet model;
    GridCells grid;

    @Setup(Level.Trial)
    public void prepare() {
        model = LoadedModel.ofXmi(size).resourceSet();
        grid = GridCells.of(model);
    }

    @Benchmark
    public long rawSxssf() {
        CountingOutputStream out = new CountingOutputStream();
        RawGridWriters.writeStreaming(grid, out);
        return out.count();
    }

    @Benchmark
    public long rawXssf() {
        CountingOutputStream out = new CountingOutputStream();
        RawGridWriters.writeInMemory(grid, out);
        return out.count();
    }
}
