// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.curriculum.core.resources.AtomicFile;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.examples.ExampleModels;
import org.curriculum.excel.specification.SpecificationDocumentWriter;
import org.curriculum.model.Curriculum;
import org.curriculum.model.MappingSet;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The three seed specifications written to {@code target/specification-documents} (where CI and the
 * README's pictures pick them up), the text a reader sees in them, and the checks of that text against
 * the model that both the XWPF reading and LibreOffice's text conversion must pass.
 */
final class SpecificationDocuments {

    /** Where the documents are written: kept after the run so that they can be opened and rendered. */
    static final Path FOLDER = Path.of("target", "specification-documents").toAbsolutePath();

    private SpecificationDocuments() {
    }

    /** One written document: the file, the writer's warnings and the curriculum it shows. */
    record Written(Path file, List<String> warnings, Curriculum curriculum, List<MappingSet> annexes) {
    }

    /** The BTEC qualification with Annexe B (NOS) and the Annexe C grid of its level 2 units. */
    static Written btec() throws Exception {
        return write("btec-specification.docx", ExampleModels.BTEC, ExampleModels.NOS_MAPPING,
                ExampleModels.FUNCTIONAL_SKILLS_LEVEL_1_MAPPING);
    }

    /** The QCTO occupational curriculum. */
    static Written qcto() throws Exception {
        return write("qcto-curriculum.docx", ExampleModels.CONTACT_CENTRE_MANAGER);
    }

    /** The unit of competency with the topic synopsis of seed 002 as its appendix. */
    static Written unitOfCompetency() throws Exception {
        return write("unit-of-competency.docx", ExampleModels.UNIT_OF_COMPETENCY, ExampleModels.TOPIC_SYNOPSIS);
    }

    /** Exports a curriculum with mapping files as annexes and other curricula's guidance as appendices, as the CLI does. */
    static Written write(String name, String curriculumFile, String... with) throws Exception {
        Path examples = FOLDER.resolve("examples");
        ExampleModels.copyTo(examples);
        List<Path> files = new ArrayList<>();
        files.add(examples.resolve(curriculumFile));
        for (String file : with) {
            files.add(examples.resolve(file));
        }
        ResourceSet resourceSet = ModelFiles.loadAll(files);
        Curriculum curriculum = (Curriculum) ModelFiles.load(resourceSet, files.get(0)).getContents().get(0);
        SpecificationDocumentWriter writer = new SpecificationDocumentWriter(curriculum);
        List<MappingSet> annexes = new ArrayList<>();
        for (Path file : files.subList(1, files.size())) {
            EObject root = ModelFiles.load(resourceSet, file).getContents().get(0);
            if (root instanceof MappingSet mapping) {
                writer.withAnnexe(mapping);
                annexes.add(mapping);
            } else {
                writer.withAppendicesFrom((Curriculum) root);
            }
        }
        Path target = FOLDER.resolve(name);
        AtomicFile.write(target, writer::write);
        return new Written(target, writer.warnings(), curriculum, annexes);
    }

    /**
     * The document's text as a reader meets it: each paragraph (or line of one) on a line, each table cell's paragraphs on
     * lines of their own (an empty cell as an empty line), in document order. LibreOffice's text export
     * lays tables out the same way, so the same checks read both.
     */
    static List<String> lines(Path docx) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    // a list's bullet (Word numbering, not text) shows before the item, as in LibreOffice's text
                    String bullet = "bullet".equals(paragraph.getNumFmt()) ? paragraph.getNumLevelText() + " " : "";
                    // a line break inside a paragraph starts a line, as in LibreOffice's text
                    lines.addAll(List.of((bullet + paragraph.getText()).split("\n", -1)));
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph paragraph : cell.getParagraphs()) {
                                lines.add(paragraph.getText());
                            }
                        }
                    }
                }
            }
        }
        return lines;
    }

    /** Lines of a LibreOffice text export (UTF-8 with a byte order mark). */
    static List<String> textFile(Path txt) throws IOException {
        String text = Files.readString(txt);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return List.of(text.replace("\r\n", "\n").split("\n", -1));
    }

    /**
     * Asserts that each expected line occurs, whole, after the previous one; the message names the first
     * one missing and the line after which it was looked for.
     */
    static int assertInOrder(List<String> lines, List<String> expected, String what) {
        int at = -1;
        for (String line : expected) {
            int found = -1;
            for (int i = at + 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals(line.strip())) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                fail(what + ": \"" + line + "\" does not follow \"" + (at < 0 ? "(start)" : lines.get(at)) + "\" (line "
                        + at + ")");
            }
            at = found;
        }
        return at;
    }

    /** The index of the first line equal to {@code line} at or after {@code from}. */
    static int indexOf(List<String> lines, String line, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (lines.get(i).strip().equals(line)) {
                return i;
            }
        }
        fail("\"" + line + "\" is not in the document after line " + from);
        return -1;
    }

    /** Converts a document with LibreOffice headless, failing on a non-zero exit or a missing output. */
    static Path convert(Path docx, String format, String extension, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        // a profile of its own: a second soffice on the same profile (another build, a desktop session) would
        // make this one exit at once without converting
        Path profile = Files.createTempDirectory("curriculum-lo-profile");
        Process process = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", format, "--outdir", outDir.toString(), docx.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        assertEquals(0, exit, "soffice --convert-to " + format + " " + docx.getFileName() + " failed: " + output);
        String base = docx.getFileName().toString().replaceFirst("\\.docx$", "");
        Path result = outDir.resolve(base + extension);
        assertTrue(Files.isRegularFile(result) && Files.size(result) > 0,
                "soffice wrote no " + extension + " for " + docx.getFileName() + ": " + output);
        return result;
    }

    /** Whether a program is on the PATH. */
    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
