// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.excel.ExportKind;
import org.curriculum.model.Curriculum;
import org.curriculum.model.MappingSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one export entry: the words the command line takes, what each kind exports, and its refusal. */
class ExportKindTest {

    @TempDir
    Path folder;

    @Test
    void theCommandLineWordsNameTheKindsAndAFileGetsItsDefaultKind() throws Exception {
        assertEquals(List.of("grid", "links", "coverage", "review", "curriculum", "specification"),
                Arrays.stream(ExportKind.values()).map(ExportKind::id).toList());
        assertEquals(Optional.of(ExportKind.COVERAGE), ExportKind.byId("coverage"));
        assertEquals(Optional.empty(), ExportKind.byId("spreadsheet"));

        MappingSet annexeB = ExcelFixtures.loadAnnexeB(folder);
        Curriculum btec = (Curriculum) annexeB.getSource();
        assertEquals(ExportKind.GRID, ExportKind.defaultFor(annexeB));
        assertEquals(ExportKind.CURRICULUM, ExportKind.defaultFor(btec));
        assertTrue(ExportKind.LINKS.accepts(annexeB));
        assertFalse(ExportKind.LINKS.accepts(btec));
        assertTrue(ExportKind.GRID.isOriented());
        assertFalse(ExportKind.COVERAGE.isOriented());
        // the Word specification is exported from a curriculum, written as .docx, and takes mappings as annexes
        assertTrue(ExportKind.SPECIFICATION.accepts(btec));
        assertEquals(".docx", ExportKind.SPECIFICATION.outputExtension());
        assertEquals(".xlsx", ExportKind.CURRICULUM.outputExtension());
        assertTrue(ExportKind.SPECIFICATION.acceptsCompanion(annexeB));
        assertFalse(ExportKind.GRID.acceptsCompanion(btec));
    }

    @Test
    void aKindRefusesAModelItDoesNotExportAndWritesNothing() throws Exception {
        Curriculum btec = (Curriculum) ExcelFixtures.loadAnnexeB(folder).getSource();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ExportKind.GRID.write(btec, GridOrientation.STANDARDS_IN_ROWS, out));

        assertEquals("Coverage grid (with Links and Legend sheets) is exported from a mapping file", refused.getMessage());
        assertEquals(0, out.size());
    }
}
