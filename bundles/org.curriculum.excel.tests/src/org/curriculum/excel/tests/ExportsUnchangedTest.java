// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.examples.ExampleModels;
import org.curriculum.excel.CoverageReportWriter;
import org.curriculum.excel.CurriculumWorkbookWriter;
import org.curriculum.excel.MappingWorkbookWriter;
import org.curriculum.model.Curriculum;
import org.curriculum.model.MappingSet;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every workbook the exporters write from the examples is compared, part by part, with the digests in
 * {@code data/export-digests.txt}, recorded from the exporters before the structure step of issue 16:
 * a refactoring must leave every exported workbook as it was. The comparison reads each zip part's
 * uncompressed content (the zip container's entry timestamps change with every write, the parts do
 * not); a part that holds a creation date would have it removed first. On a difference the actual
 * digests land in {@code target/export-digests.actual.txt}, to diff against the recorded ones.
 */
class ExportsUnchangedTest {

    private static final String RECORDED = "data/export-digests.txt";

    @TempDir
    Path folder;

    private interface Export {
        void write(OutputStream out) throws IOException;
    }

    @Test
    void everyExportOfTheExamplesIsUnchanged() throws Exception {
        List<Path> files = ExampleModels.copyTo(folder);
        ResourceSet resourceSet = ModelFiles.loadAll(files);
        List<String> actual = new ArrayList<>();
        for (Resource resource : resourceSet.getResources()) {
            String name = Path.of(resource.getURI().toFileString()).getFileName().toString();
            Object root = resource.getContents().get(0);
            if (root instanceof MappingSet mapping) {
                actual.addAll(digests(name + " grid", out -> MappingWorkbookWriter.writeGrid(mapping, out, false)));
                actual.addAll(digests(name + " grid transposed", out -> MappingWorkbookWriter.writeGrid(mapping, out, true)));
                actual.addAll(digests(name + " links", out -> MappingWorkbookWriter.writeLinks(mapping, out)));
                actual.addAll(digests(name + " coverage", out -> CoverageReportWriter.write(mapping, out)));
            } else if (root instanceof Curriculum curriculum) {
                actual.addAll(digests(name + " curriculum", out -> CurriculumWorkbookWriter.write(curriculum, out)));
            }
        }
        actual.sort(null);
        List<String> recorded = recorded();
        if (!recorded.equals(actual)) {
            Path report = Path.of("target", "export-digests.actual.txt");
            Files.createDirectories(report.getParent());
            Files.write(report, actual, StandardCharsets.UTF_8);
        }
        // 3 mappings x 4 exports + 4 curricula, each with several parts: the list is long, never empty
        assertEquals(recorded, actual, "an exported workbook changed; actual digests in target/export-digests.actual.txt");
    }

    private static List<String> recorded() throws IOException {
        try (InputStream in = ExportsUnchangedTest.class.getClassLoader().getResourceAsStream(RECORDED)) {
            if (in == null) {
                throw new IOException(RECORDED + " is missing from the test bundle");
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }

    /** One line per zip part: the export, the part's name and the SHA-256 of its content. */
    private List<String> digests(String export, Export writer) throws IOException, NoSuchAlgorithmException {
        Path file = folder.resolve("export.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(out);
        }
        List<String> lines = new ArrayList<>();
        // read through the central directory: POI streams parts with sizes only there
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                // POI stamps the document's creation time into the core properties part
                content = content.replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "")
                        .replaceAll("<dcterms:modified[^>]*>[^<]*</dcterms:modified>", "");
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
                lines.add(export + " " + entry.getName() + " " + HexFormat.of().formatHex(digest));
            }
        }
        return lines;
    }
}
