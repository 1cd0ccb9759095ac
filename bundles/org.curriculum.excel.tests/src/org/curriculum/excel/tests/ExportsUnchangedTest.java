// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.excel.ExportKind;
import org.curriculum.testsupport.LoadedExamples;
import org.eclipse.emf.ecore.EObject;
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

    /** The kinds whose workbooks were recorded; a kind added later records its own reference. */
    private static final Set<ExportKind> RECORDED_KINDS = EnumSet.of(ExportKind.GRID, ExportKind.LINKS,
            ExportKind.COVERAGE, ExportKind.CURRICULUM);

    @TempDir
    Path folder;

    @Test
    void everyExportOfTheExamplesIsUnchanged() throws Exception {
        ResourceSet resourceSet = LoadedExamples.copyAndLoad(folder);
        List<String> actual = new ArrayList<>();
        for (Resource resource : resourceSet.getResources()) {
            String name = Path.of(resource.getURI().toFileString()).getFileName().toString();
            EObject root = resource.getContents().get(0);
            // through the one export entry, as the command line, the wizard and the matrix view call it
            for (ExportKind kind : RECORDED_KINDS) {
                if (kind.accepts(root)) {
                    actual.addAll(digests(name + " " + kind.id(), out -> kind.write(root, GridOrientation.STANDARDS_IN_ROWS, out)));
                    if (kind.isOriented()) {
                        actual.addAll(digests(name + " " + kind.id() + " transposed",
                                out -> kind.write(root, GridOrientation.ITEMS_IN_ROWS, out)));
                    }
                }
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
    private List<String> digests(String export, ExcelFixtures.IoWriter writer) throws IOException, NoSuchAlgorithmException {
        Path file = ExcelFixtures.write(folder.resolve("export.xlsx"), ExcelFixtures.bytes(writer));
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
