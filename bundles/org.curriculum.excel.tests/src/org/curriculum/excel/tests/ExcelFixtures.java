// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.model.MappingSet;
import org.curriculum.testsupport.LoadedExamples;

/** Shared fixtures: the seed examples copied to a folder and loaded, and the published Annexe B grid. */
final class ExcelFixtures {

    private ExcelFixtures() {
    }

    /** Copies every example into the folder and loads the Annexe B mapping with what it references, and no more. */
    static MappingSet loadAnnexeB(Path folder) throws IOException, ModelLoadException {
        return LoadedExamples.loadOnly(folder, LoadedExamples.BTEC, LoadedExamples.NOS, LoadedExamples.NOS_MAPPING)
                .nosMapping();
    }

    static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static byte[] bytes(IoWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out);
        return out.toByteArray();
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        return file;
    }

    /** Something that writes a workbook to a stream. */
    interface IoWriter {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    /** One table of the published grid: its unit numbers and its rows. */
    record PublishedRow(String title, List<String> ticks) {
    }

    /** The Annexe B grid as printed in seed 004: unit numbers in column order and 41 rows with their ticked units. */
    record PublishedGrid(List<String> units, List<PublishedRow> rows) {
    }

    /** Reads the published grid from the seed text kept in data/ (the three tables share one header). */
    static PublishedGrid publishedAnnexeB() throws IOException {
        List<String> units = null;
        List<PublishedRow> rows = new ArrayList<>();
        List<String> current = null;
        try (InputStream in = ExcelFixtures.class.getClassLoader().getResourceAsStream("data/annexe-b-published.txt")) {
            if (in == null) {
                throw new IOException("data/annexe-b-published.txt is missing from the test bundle");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    current = line.isBlank() ? null : current;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells[0].equals("NOS")) {
                    current = List.of(cells).subList(2, cells.length);
                    if (units != null && !units.equals(current)) {
                        throw new IOException("the published tables have different headers");
                    }
                    units = current;
                    continue;
                }
                if (current == null || cells.length < 2) {
                    continue;
                }
                List<String> ticks = new ArrayList<>();
                for (int i = 2; i < cells.length && i - 2 < current.size(); i++) {
                    if (cells[i].equals("3")) {
                        ticks.add(current.get(i - 2));
                    }
                }
                rows.add(new PublishedRow(cells[0], ticks));
            }
        }
        return new PublishedGrid(units, rows);
    }
}
