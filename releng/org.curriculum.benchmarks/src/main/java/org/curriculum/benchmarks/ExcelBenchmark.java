// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.excel.GridImporter;
import org.curriculum.excel.MappingWorkbookWriter;
import org.curriculum.model.MappingSet;
import org.eclipse.emf.ecore.resource.Resource;
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
 * Our coverage grid workbook (grid, Links and Legend sheets, org.curriculum.excel) against raw POI
 * writing exactly the same cells, each styled, with no model work: streaming (SXSSF, the practical
 * limit) and in memory (XSSF). And the import of our exported workbook against raw POI reading every
 * cell of it (event API; XSSF in memory at S and M). Workbooks are written to a counting stream.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xmx8g" })
public class ExcelBenchmark {

    @Param({ "S", "M", "L" })
    public String size;

    ResourceSet model;
    MappingSet mapping;
    Path exported;
    WorkbookShape shape;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        LoadedModel loaded = LoadedModel.ofXmi(size);
        model = loaded.resourceSet();
        mapping = loaded.mapping();
        exported = exportOnce(size, mapping);
        shape = WorkbookShape.of(exported);
        System.out.println("\n[excel] " + size + ": " + Files.size(exported) / 1024 + " KB, " + shape.cells() + " cells ("
                + shape.describe() + ")");
    }

    /** Our export of a size, written once to the data folder (the import benchmark reads it). */
    static Path exportOnce(String size, MappingSet mapping) throws Exception {
        return ModelSets.exportedOnce(size, "exported-grid.xlsx", MappingWorkbookWriter.class, out -> MappingWorkbookWriter.writeGrid(mapping, out, GridOrientation.STANDARDS_IN_ROWS));
    }

    @Benchmark
    public long exportOurs() throws Exception {
        CountingOutputStream out = new CountingOutputStream();
        MappingWorkbookWriter.writeGrid(mapping, out, GridOrientation.STANDARDS_IN_ROWS);
        return out.count();
    }

    @Benchmark
    public long exportRawSxssfSameCells() {
        CountingOutputStream out = new CountingOutputStream();
        shape.writeStreaming(out);
        return out.count();
    }

    @Benchmark
    public long exportRawXssfSameCells() {
        CountingOutputStream out = new CountingOutputStream();
        shape.writeInMemory(out);
        return out.count();
    }

    @Benchmark
    public Object importOurs() throws Exception {
        List<Resource> before = new ArrayList<>(model.getResources());
        try {
            return GridImporter.importGrid(exported, model).root();
        } finally {
            model.getResources().retainAll(before);
        }
    }

    @Benchmark
    public long importRawStreaming() {
        return RawGridReaders.readStreaming(exported);
    }

    @Benchmark
    public long importRawXssf() {
        return RawGridReaders.readInMemory(exported);
    }
}
