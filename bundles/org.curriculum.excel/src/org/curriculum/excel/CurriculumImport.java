// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel;

import java.nio.file.Path;
import java.util.Locale;

import org.curriculum.model.Curriculum;

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
            if (name.endsWith(".docx")) {
                // the Word document importer is built on another branch and is wired in here when it lands
                throw new CurriculumImportException(file + ": Word import is not in this build yet; export the "
                        + "document's tables to the curriculum template (workbench import template --kind curriculum)", null);
            }
            if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
                return CurriculumWorkbookImporter.importCurriculum(file);
            }
        } catch (SpreadsheetImportException e) {
            throw new CurriculumImportException(e.getMessage(), e);
        }
        throw new CurriculumImportException(file + ": a curriculum is imported from an Excel workbook (.xlsx) or a Word "
                + "document (.docx)", null);
    }
}
