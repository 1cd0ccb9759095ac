// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.curriculum.excel.caseformat.CaseImporter;
import org.curriculum.excel.caseformat.CasePackageWriter;
import org.curriculum.model.MappingSet;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * CASE 1.1 export and import of the mapping set of each size (L: 400,000 links between 2,000 units and 20,000
 * standards) against their baselines: Jackson merely writing, or reading, the same JSON as a tree (no model
 * work at all). Exports go to a counting stream, imports read the package exported once to the data folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xmx6g" })
public class CaseBenchmark {

    static final Instant EXPORTED = Instant.parse("2026-12-04T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Param({ "S", "M", "L" })
    public String size;

    LoadedModel model;
    Path exported;
    JsonNode tree;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        model = LoadedModel.ofXmi(size);
        exported = exportOnce(size, model.mapping());
        tree = JSON.readTree(exported.toFile());
        System.out.println("\n[case] " + size + ": " + Files.size(exported) / 1024 + " KB, "
                + tree.path("CFAssociations").size() + " associations");
    }

    /** Our CASE package of a size's mapping, written once (the import benchmarks read it). */
    static Path exportOnce(String size, MappingSet mapping) throws Exception {
        return ModelSets.exportedOnce(size, "exported-case.json", CasePackageWriter.class, out -> CasePackageWriter.write(mapping, out, EXPORTED));
    }

    @Benchmark
    public long caseExportOurs() throws Exception {
        CountingOutputStream out = new CountingOutputStream();
        CasePackageWriter.write(model.mapping(), out, EXPORTED);
        return out.count();
    }

    @Benchmark
    public long caseExportJacksonTreeSameJson() throws Exception {
        CountingOutputStream out = new CountingOutputStream();
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, tree);
        return out.count();
    }

    @Benchmark
    public Object caseImportOurs() throws Exception {
        return CaseImporter.importMapping(exported, model.resourceSet()).root();
    }

    @Benchmark
    public Object caseImportJacksonTreeSameJson() throws Exception {
        return JSON.readTree(exported.toFile());
    }
}
