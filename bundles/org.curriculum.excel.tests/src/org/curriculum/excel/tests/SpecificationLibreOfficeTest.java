// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A real word processor reads the generated documents: LibreOffice (Writer, headless) converts each seed
 * specification to PDF and to text without an error, and the text it extracts passes the same checks
 * against the model as the document itself. Runs when {@code soffice} is on the PATH; with
 * {@code CURRICULUM_REQUIRE_LIBREOFFICE=1} (CI) a missing LibreOffice fails instead of skipping. When
 * {@code pdftoppm} is there too, the pages the README shows are rendered to
 * {@code target/specification-documents/pages}.
 */
class SpecificationLibreOfficeTest {

    private static final Path CONVERTED = SpecificationDocuments.FOLDER.resolve("libreoffice");

    private static void requireLibreOffice() {
        boolean present = SpecificationDocuments.onPath("soffice");
        if (!present && "1".equals(System.getenv("CURRICULUM_REQUIRE_LIBREOFFICE"))) {
            fail("CURRICULUM_REQUIRE_LIBREOFFICE=1 but soffice is not on the PATH: install libreoffice-writer-nogui");
        }
        assumeTrue(present, "LibreOffice (soffice) is not installed");
    }

    private static List<String> convert(Path docx) throws Exception {
        Path pdf = SpecificationDocuments.convert(docx, "pdf", ".pdf", CONVERTED);
        byte[] head = new byte[5];
        try (var in = Files.newInputStream(pdf)) {
            assertEquals(5, in.read(head));
        }
        assertEquals("%PDF-", new String(head), pdf + " is a PDF");
        Path txt = SpecificationDocuments.convert(docx, "txt:Text", ".txt", CONVERTED);
        return SpecificationDocuments.textFile(txt);
    }

    @Test
    void btecQualificationConvertsAndReadsAsTheModel() throws Exception {
        requireLibreOffice();
        SpecificationDocuments.Written written = SpecificationDocuments.btec();
        SpecificationTextChecks.btec(convert(written.file()), written);
        render(written.file(), "btec", 1, 5, firstLandscapePage(written.file()));
    }

    @Test
    void qctoCurriculumConvertsAndReadsAsTheModel() throws Exception {
        requireLibreOffice();
        SpecificationDocuments.Written written = SpecificationDocuments.qcto();
        SpecificationTextChecks.qcto(convert(written.file()), written);
        render(written.file(), "qcto", 1, 2, 7);
    }

    @Test
    void unitOfCompetencyConvertsAndReadsAsTheModel() throws Exception {
        requireLibreOffice();
        SpecificationDocuments.Written written = SpecificationDocuments.unitOfCompetency();
        SpecificationTextChecks.unitOfCompetency(convert(written.file()), written);
    }

    /** The first landscape page of the converted PDF (the first annexe grid), as pdfinfo reports page sizes. */
    private static int firstLandscapePage(Path docx) throws Exception {
        Path pdf = CONVERTED.resolve(docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf"));
        if (!SpecificationDocuments.onPath("pdfinfo")) {
            return 1;
        }
        Process process = new ProcessBuilder("pdfinfo", "-f", "1", "-l", "9999", pdf.toString()).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), "pdfinfo: " + output);
        java.util.regex.Matcher size = java.util.regex.Pattern
                .compile("Page\\s+(\\d+) size:\\s+([\\d.]+) x ([\\d.]+)").matcher(output);
        while (size.find()) {
            if (Double.parseDouble(size.group(2)) > Double.parseDouble(size.group(3))) {
                return Integer.parseInt(size.group(1));
            }
        }
        fail("the document has no landscape page: the annexe grids should be landscape");
        return -1;
    }

    /** Renders pages of the converted PDF (and the first landscape page, the annexe grid) to PNG for the README. */
    private static void render(Path docx, String name, int... pages) throws Exception {
        if (!SpecificationDocuments.onPath("pdftoppm")) {
            return;
        }
        Path pdf = CONVERTED.resolve(docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf"));
        Path out = SpecificationDocuments.FOLDER.resolve("pages");
        Files.createDirectories(out);
        for (int page : pages) {
            Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-f", Integer.toString(page), "-l",
                    Integer.toString(page), "-singlefile", pdf.toString(), out.resolve(name + "-page" + page).toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            assertEquals(0, process.waitFor(), "pdftoppm: " + output);
            assertTrue(Files.size(out.resolve(name + "-page" + page + ".png")) > 0);
        }
    }
}
