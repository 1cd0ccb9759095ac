// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.resources.AtomicFile;
import org.curriculum.core.resources.ModelSaveException;
import org.curriculum.excel.ImportFinding;
import org.curriculum.excel.ImportedModel;
import org.curriculum.excel.document.DocumentImportException;
import org.curriculum.excel.document.DocumentImporter;
import org.curriculum.model.Curriculum;

/**
 * {@code workbench import document IN.docx -o OUT.curriculum [--report REPORT.txt]}: a Word specification read
 * into a new curriculum file, the import report printed (and saved with {@code --report}) and a summary line.
 * Both outputs go through {@link OutputPolicy}; nothing is written when the document cannot be imported.
 */
public final class DocumentCommand {

    /** Report lines printed; the rest are counted, and all are in the report file. */
    static final int PRINTED_FINDINGS = 100;

    private DocumentCommand() {
    }

    /** Runs the import; returns the exit code. */
    public static int run(Path input, Path output, Path report, boolean force, PrintStream out, PrintStream err)
            throws UsageException, ModelSaveException, DocumentImportException, IOException {
        OutputPolicy.check("import", output, "a curriculum", List.of(".curriculum"), List.of(input), force);
        boolean reportExisted = false;
        if (report != null) {
            OutputPolicy.check("import", report, "the import report", List.of(".txt"), List.of(input, output), force);
            reportExisted = Files.exists(report);
        }
        err.println("Reading " + input + "...");
        ImportedModel<Curriculum> imported = DocumentImporter.importDocument(input);
        List<ImportFinding> findings = imported.findings();
        if (!findings.isEmpty()) {
            out.println("Import report: " + findings.size() + " thing(s) in the document not recognised or taken in "
                    + "with a doubt:");
            for (int i = 0; i < Math.min(PRINTED_FINDINGS, findings.size()); i++) {
                out.println("  " + findings.get(i));
            }
            if (findings.size() > PRINTED_FINDINGS) {
                out.println("  ... and " + (findings.size() - PRINTED_FINDINGS) + " more"
                        + (report == null ? " (give --report REPORT.txt to save them all)" : " (all are in " + report + ")"));
            }
        }
        if (report != null) {
            StringBuilder text = new StringBuilder("Import report for " + input + "\n");
            for (ImportFinding finding : findings) {
                text.append(finding).append('\n');
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            AtomicFile.write(report, stream -> stream.write(bytes));
        }
        try {
            imported.saveAs(output);
        } catch (ModelSaveException e) {
            // the report belongs to this import: it must not stay behind as if the import had been written
            if (report != null && !reportExisted) {
                Files.deleteIfExists(report);
            }
            throw e;
        }
        out.println("imported " + DocumentImporter.Counts.of(imported.root()) + " from " + input + " into " + output
                + (findings.isEmpty() ? "; everything was recognised" : "; " + findings.size()
                        + " thing(s) not recognised are in the report" + (report != null ? " " + report : " above")));
        return 0;
    }
}
