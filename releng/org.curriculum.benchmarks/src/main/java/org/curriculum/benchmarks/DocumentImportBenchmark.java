// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.examples.ExampleModels;
import org.curriculum.excel.document.DocumentImporter;
import org.curriculum.excel.document.DocumentImportException;
import org.curriculum.model.Curriculum;
import org.curriculum.testsupport.WordFixtures;

/**
 * Import of a Word unit bank of 2,000 units (seed 004's layout: heading, labelled paragraphs, aim, outcomes
 * table; the BTEC example's units repeated with new numbers) against POI merely reading it: opening the
 * XWPFDocument and walking every paragraph and table cell's text, with no recognition and no model. The two
 * alternate in one JVM, so a busy machine disturbs both alike; p50/p95 of wall-clock time with the number of
 * calls, then peak heap of each in a JVM of its own ({@link HeapProbe}). Usage:
 * {@code DocumentImportBenchmark [units] [calls]} (default 2000 10).
 */
public final class DocumentImportBenchmark {

    private DocumentImportBenchmark() {
    }

    /** The unit bank of {@code units} units, written once into the benchmark data folder. */
    static Path document(int units) {
        try {
            Path folder = Path.of(System.getProperty("benchmark.data", "target/benchmark-data"), "documents");
            Path file = folder.resolve("unit-bank-" + units + ".docx");
            if (!Files.exists(file)) {
                Files.createDirectories(folder);
                Path examples = Files.createTempDirectory("benchmark-examples-");
                ExampleModels.copyTo(examples);
                Curriculum btec = (Curriculum) ModelFiles.loadRoot(examples.resolve(ExampleModels.BTEC));
                Path partial = folder.resolve("unit-bank-" + units + ".docx.part");
                WordFixtures.largeUnitBank(btec, units, partial);
                Files.move(partial, file);
            }
            return file;
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the benchmark document: " + e.getMessage(), e);
        }
    }

    /** Our import; returns the number of units recognised. */
    static int ours(Path file) {
        try {
            return WordFixtures.units(DocumentImporter.importDocument(file).root()).size();
        } catch (DocumentImportException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The baseline: POI opens the document and every paragraph's and cell's text is read; returns the characters. */
    static long raw(Path file) {
        long characters = 0;
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    characters += paragraph.getText().length();
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph paragraph : cell.getParagraphs()) {
                                characters += paragraph.getText().length();
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return characters;
    }

    public static void main(String[] args) throws Exception {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path file = document(units);
        System.out.println("[document import] " + file + ": " + Files.size(file) / 1024 + " KB; ours recognises "
                + ours(file) + " units; raw reads " + raw(file) + " characters");
        List<Double> oursMs = new ArrayList<>();
        List<Double> rawMs = new ArrayList<>();
        int warmups = 2;
        for (int call = 0; call < warmups + calls; call++) {
            long t0 = System.nanoTime();
            ours(file);
            long t1 = System.nanoTime();
            raw(file);
            long t2 = System.nanoTime();
            if (call >= warmups) {
                oursMs.add((t1 - t0) / 1e6);
                rawMs.add((t2 - t1) / 1e6);
            }
        }
        double[] o = SpecificationBenchmark.percentiles(oursMs);
        double[] r = SpecificationBenchmark.percentiles(rawMs);
        System.out.printf(Locale.ROOT, "| operation | units | calls | p50 ms | p95 ms | ratio p50 to baseline | ratio p95 |%n");
        System.out.printf(Locale.ROOT, "|---|---:|---:|---:|---:|---:|---:|%n");
        System.out.printf(Locale.ROOT, "| import document (ours) | %d | %d | %.0f | %.0f | %.2f | %.2f |%n", units, calls, o[0],
                o[1], o[0] / r[0], o[1] / r[1]);
        System.out.printf(Locale.ROOT, "| POI reads it: XWPFDocument + text walk (baseline) | %d | %d | %.0f | %.0f | 1.00 | 1.00 |%n",
                units, calls, r[0], r[1]);
        if (!"false".equals(System.getProperty("benchmark.heap"))) {
            double[] heapOurs = RunBenchmarks.probe("documentImportOurs", Integer.toString(units));
            double[] heapRaw = RunBenchmarks.probe("documentReadRawXwpf", Integer.toString(units));
            System.out.printf(Locale.ROOT, "| peak heap MB (peak minus before) | %d | ours %.0f | baseline %.0f | ratio %.2f |%n",
                    units, heapOurs[2], heapRaw[2], heapOurs[2] / heapRaw[2]);
        }
    }
}
