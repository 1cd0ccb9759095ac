// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.CoverageOptions;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.excel.GridImporter;
import org.curriculum.excel.MappingWorkbookWriter;
import org.curriculum.excel.SpreadsheetImportException;
import org.curriculum.excel.caseformat.CaseImporter;
import org.curriculum.excel.caseformat.CasePackageWriter;
import org.curriculum.model.MappingSet;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Peak heap of one operation, measured in a JVM of its own (started by {@link RunBenchmarks} with the
 * serial collector, a small young generation so that collections are frequent, and soft references
 * cleared at every collection so that caches do not count): the largest heap
 * in use just after any collection during the operation (an upper bound of the live data at that
 * moment), beside the heap in use before it. Prints one line: HEAP case size before peak peak-before
 * after-before, in MB.
 */
public final class HeapProbe {

    /** What each case does: prepared outside the measurement, then run once inside it. */
    static final Map<String, Function<String, Supplier<Object>>> CASES = new LinkedHashMap<>();

    static {
        CASES.put("loadXmi", size -> {
            List<Path> files = ModelSets.xmiFiles(ModelSets.prepare(size));
            return () -> ModelIo.loadXmi(files);
        });
        CASES.put("loadBinary", size -> {
            List<Path> files = ModelSets.binaryFiles(ModelSets.prepare(size));
            return () -> ModelIo.loadBinary(files);
        });
        CASES.put("saveXmi", size -> {
            var model = ModelIo.loadXmi(ModelSets.xmiFiles(ModelSets.prepare(size)));
            return () -> {
                ModelIo.saveXmi(model);
                return null;
            };
        });
        CASES.put("saveBinary", size -> {
            var model = ModelIo.loadBinary(ModelSets.binaryFiles(ModelSets.prepare(size)));
            return () -> {
                ModelIo.saveBinary(model);
                return null;
            };
        });
        CASES.put("coverageMatrix", size -> {
            LoadedModel model = LoadedModel.of(size);
            CoverageOptions options = CoverageOptions.defaults().withQualification(model.qualification());
            return () -> CoverageMatrix.compute(model.mapping(), options);
        });
        CASES.put("coverageSnapshot", size -> {
            LoadedModel model = LoadedModel.of(size);
            CoverageOptions options = CoverageOptions.defaults().withQualification(model.qualification());
            return () -> CoverageMatrix.snapshot(model.mapping(), options);
        });
        CASES.put("coverageBareLinkPass", size -> {
            CoverageBenchmark benchmark = new CoverageBenchmark();
            benchmark.mapping = LoadedModel.of(size).mapping();
            return () -> benchmark.bareLinkPass();
        });
        CASES.put("exportOurs", size -> {
            MappingSet mapping = LoadedModel.ofXmi(size).mapping();
            return () -> {
                try {
                    MappingWorkbookWriter.writeGrid(mapping, new CountingOutputStream(), GridOrientation.STANDARDS_IN_ROWS);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            };
        });
        CASES.put("exportRawSxssfSameCells", size -> {
            LoadedModel model = LoadedModel.ofXmi(size);
            WorkbookShape shape;
            try {
                shape = WorkbookShape.of(ExcelBenchmark.exportOnce(size, model.mapping()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return () -> {
                shape.writeStreaming(new CountingOutputStream());
                return null;
            };
        });
        CASES.put("importOurs", size -> {
            // the import's result (the new mapping set with its links) is what it returns, so it counts as retained
            LoadedModel model = LoadedModel.ofXmi(size);
            Path exported = exported(size, model);
            return () -> {
                try {
                    return GridImporter.importGrid(exported, model.resourceSet()).root();
                } catch (SpreadsheetImportException e) {
                    throw new IllegalStateException(e);
                }
            };
        });
        CASES.put("importRawStreaming", size -> {
            Path exported = exported(size, LoadedModel.ofXmi(size));
            return () -> RawGridReaders.readStreaming(exported);
        });
        CASES.put("specificationOurs", size -> {
            org.curriculum.model.Curriculum curriculum = SpecificationBenchmark.curriculum(size);
            return () -> SpecificationBenchmark.ours(curriculum);
        });
        CASES.put("specificationRawXwpf", size -> {
            DocumentShape shape = DocumentShape.of(SpecificationBenchmark.curriculum(size));
            return () -> SpecificationBenchmark.raw(shape);
        });
        CASES.put("documentImportOurs", units -> {
            Path file = DocumentImportBenchmark.document(Integer.parseInt(units));
            return () -> DocumentImportBenchmark.ours(file);
        });
        CASES.put("documentReadRawXwpf", units -> {
            Path file = DocumentImportBenchmark.document(Integer.parseInt(units));
            return () -> DocumentImportBenchmark.raw(file);
        });
        CASES.put("caseExportOurs", size -> {
            MappingSet mapping = LoadedModel.ofXmi(size).mapping();
            return () -> {
                try {
                    CasePackageWriter.write(mapping, new CountingOutputStream(), CaseBenchmark.EXPORTED);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            };
        });
        CASES.put("caseExportJacksonTreeSameJson", size -> {
            com.fasterxml.jackson.databind.JsonNode tree;
            try {
                tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                        CaseBenchmark.exportOnce(size, LoadedModel.ofXmi(size).mapping()).toFile());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return () -> {
                try {
                    new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                            .writeValue(new CountingOutputStream(), tree);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            };
        });
        CASES.put("caseImportOurs", size -> {
            LoadedModel model = LoadedModel.ofXmi(size);
            Path file = caseExported(size, model);
            return () -> {
                try {
                    return CaseImporter.importMapping(file, model.resourceSet()).root();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
        });
        CASES.put("caseImportJacksonTreeSameJson", size -> {
            Path file = caseExported(size, LoadedModel.ofXmi(size));
            return () -> {
                try {
                    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
        });
        CASES.put("rawSxssf", size -> {
            GridCells grid = GridCells.of(LoadedModel.of(size).resourceSet());
            return () -> {
                RawGridWriters.writeStreaming(grid, new CountingOutputStream());
                return null;
            };
        });
        CASES.put("rawXssf", size -> {
            GridCells grid = GridCells.of(LoadedModel.of(size).resourceSet());
            return () -> {
                RawGridWriters.writeInMemory(grid, new CountingOutputStream());
                return null;
            };
        });
    }

    /** Our CASE package of a size (written once, as the CASE benchmark does). */
    private static Path caseExported(String size, LoadedModel model) {
        try {
            return CaseBenchmark.exportOnce(size, model.mapping());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Our exported grid of a size (written once, as the Excel benchmark does). */
    private static Path exported(String size, LoadedModel model) {
        try {
            return ExcelBenchmark.exportOnce(size, model.mapping());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static volatile boolean measuring;
    private static volatile long peakAfterGc;
    private static volatile Object retained;
    private static volatile Object prepared;

    private HeapProbe() {
    }

    /** Arguments: case name, size (S, M or L). */
    public static void main(String[] args) throws Exception {
        String name = args[0];
        String size = args[1];
        Function<String, Supplier<Object>> factory = CASES.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("unknown case " + name + "; known: " + CASES.keySet());
        }
        // prepared in a thread of its own: libraries leave thread-local values behind (that is how the
        // model used to build a grid stayed reachable), and they die with the thread
        Thread preparation = new Thread(() -> prepared = factory.apply(size), "prepare " + name);
        preparation.start();
        preparation.join();
        @SuppressWarnings("unchecked")
        Supplier<Object> operation = (Supplier<Object>) prepared;
        listenToCollections();
        long before = settledHeap();
        peakAfterGc = before;
        measuring = true;
        retained = operation.get();
        long after = settledHeap();
        measuring = false;
        long peak = Math.max(peakAfterGc, after);
        System.out.printf("HEAP %s %s %.1f %.1f %.1f %.1f%n", name, size, mb(before), mb(peak), mb(peak - before),
                mb(after - before));
        if (retained == prepared) {
            System.out.println("unreachable");
        }
        System.exit(0);
    }

    private static void listenToCollections() {
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (!measuring || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                        .from((CompositeData) notification.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPools.contains(pool.getKey())) {
                        used += pool.getValue().getUsed();
                    }
                }
                synchronized (HeapProbe.class) {
                    peakAfterGc = Math.max(peakAfterGc, used);
                }
            }, null, null);
        }
    }

    /**
     * Heap in use after full collections, repeated until it stops shrinking (objects kept only by
     * finalizers or cleaners need more than one collection), once notifications have been delivered.
     */
    private static long settledHeap() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(150);
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used - (256 << 10)) {
                return now;
            }
            used = now;
        }
        return used;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
