// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.nio.file.Path;
import java.util.List;
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
 * Load and save of the same model as our XMI (through ModelFiles) and as EMF's binary resource,
 * the library's own fast path. Save is measured twice: to disk as each does it (ours is atomic,
 * with an fsync), and to memory, which isolates the format's cost.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xmx6g" })
public class ModelIoBenchmark {

    /** The files of one model size. */
    @State(Scope.Benchmark)
    public static class Files {
        @Param({ "S", "M", "L" })
        public String size;
        List<Path> xmi;
        List<Path> binary;

        @Setup(Level.Trial)
        public void prepare() {
            Path folder = ModelSets.prepare(size);
            xmi = ModelSets.xmiFiles(folder);
            binary = ModelSets.binaryFiles(folder);
        }
    }

    /** The model loaded from our XMI files, ready to be saved. */
    @State(Scope.Benchmark)
    public static class LoadedXmi {
        ResourceSet model;

        @Setup(Level.Trial)
        public void load(Files files) {
            model = ModelIo.loadXmi(files.xmi);
        }
    }

    /** The same model loaded from its binary twins, ready to be saved. */
    @State(Scope.Benchmark)
    public static class LoadedBinary {
        ResourceSet model;

        @Setup(Level.Trial)
        public void load(Files files) {
            model = ModelIo.loadBinary(files.binary);
        }
    }

    @Benchmark
    public ResourceSet loadXmi(Files files) {
        return ModelIo.loadXmi(files.xmi);
    }

    @Benchmark
    public ResourceSet loadXmiTuned(Files files) {
        return ModelIo.loadXmiTuned(files.xmi);
    }

    @Benchmark
    public ResourceSet loadBinary(Files files) {
        return ModelIo.loadBinary(files.binary);
    }

    @Benchmark
    public void saveXmi(LoadedXmi loaded) {
        ModelIo.saveXmi(loaded.model);
    }

    @Benchmark
    public void saveBinary(LoadedBinary loaded) {
        ModelIo.saveBinary(loaded.model);
    }

    @Benchmark
    public long serializeXmi(LoadedXmi loaded) {
        return ModelIo.serialize(loaded.model);
    }

    @Benchmark
    public long serializeBinary(LoadedBinary loaded) {
        return ModelIo.serialize(loaded.model);
    }
}
