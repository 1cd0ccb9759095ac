// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.curriculum.excel.document.DocumentImportException;
import org.curriculum.excel.document.DocumentImporter;
import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.Curriculum;
import org.curriculum.model.KnowledgeModule;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.OccupationalTask;
import org.curriculum.model.PracticalSkillsModule;
import org.curriculum.model.Qualification;
import org.curriculum.model.Unit;
import org.curriculum.model.UnitOfCompetency;
import org.curriculum.model.WorkExperienceModule;
import org.eclipse.emf.ecore.EObject;

/**
 * The one entry for importing a curriculum from a file, whatever its kind: it picks the importer by the
 * file's extension (a workbook to {@link CurriculumWorkbookImporter}, a Word document to the document
 * importer), so the import wizard and other callers need not know the importers.
 */
public final class CurriculumImport {

    /** The file extensions a curriculum is imported from, for file dialogs. */
    public static final String[] EXTENSIONS = { "*.xlsx;*.docx", "*.xlsx", "*.docx", "*.*" };

    /** A file that could not be imported; the message names the file and says what to do. Nothing was written. */
    public static final class CurriculumImportException extends Exception {

        private static final long serialVersionUID = 1L;

        public CurriculumImportException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private CurriculumImport() {
    }

    /** Reads the file into an unsaved curriculum and its import report. */
    public static ImportedModel<Curriculum> read(Path file) throws CurriculumImportException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".docx") || name.endsWith(".docm")) {
                // the document importer refuses a macro-enabled file itself, with its own message
                return DocumentImporter.importDocument(file);
            }
            if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
                return CurriculumWorkbookImporter.importCurriculum(file);
            }
        } catch (SpreadsheetImportException | DocumentImportException e) {
            throw new CurriculumImportException(e.getMessage(), e);
        }
        throw new CurriculumImportException(file + ": a curriculum is imported from an Excel workbook (.xlsx) or a Word "
                + "document (.docx)", null);
    }

    /**
     * What an import brought in, in one line: "14 units, 41 learning outcomes, 184 assessment criteria,
     * 1 qualification" (kinds with none are left out).
     */
    public static String summary(Curriculum curriculum) {
        int[] counts = new int[9];
        for (var it = curriculum.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            int index = element instanceof Unit ? 0 : element instanceof LearningOutcome ? 1
                    : element instanceof AssessmentCriterion ? 2 : element instanceof KnowledgeModule ? 3
                            : element instanceof PracticalSkillsModule ? 4 : element instanceof WorkExperienceModule ? 5
                                    : element instanceof UnitOfCompetency ? 6 : element instanceof OccupationalTask ? 7
                                            : element instanceof Qualification ? 8 : -1;
            if (index >= 0) {
                counts[index]++;
            }
        }
        String[][] words = { { "unit", "units" }, { "learning outcome", "learning outcomes" },
                { "assessment criterion", "assessment criteria" }, { "knowledge module", "knowledge modules" },
                { "practical skills module", "practical skills modules" },
                { "work experience module", "work experience modules" }, { "unit of competency", "units of competency" },
                { "occupational task", "occupational tasks" }, { "qualification", "qualifications" } };
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                parts.add(counts[i] + " " + words[i][counts[i] == 1 ? 0 : 1]);
            }
        }
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }

    /** The import report as a text file holds it: what was read, then one finding a line. */
    public static String reportText(Path source, ImportedModel<Curriculum> imported) {
        StringBuilder text = new StringBuilder("Import report for ").append(source).append('\n');
        text.append("Read: ").append(summary(imported.root())).append('\n');
        List<ImportFinding> findings = imported.findings();
        if (findings.isEmpty()) {
            text.append("Nothing to report: everything in the file was read.\n");
        } else {
            text.append(findings.size()).append(findings.size() == 1 ? " finding" : " findings")
                    .append(" (where: why (\"excerpt\")):\n");
            for (ImportFinding finding : findings) {
                text.append(finding).append('\n');
            }
        }
        return text.toString();
    }
}
