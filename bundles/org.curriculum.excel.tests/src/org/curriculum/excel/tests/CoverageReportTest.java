// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.excel.CoverageReportWriter;
import org.curriculum.excel.internal.SafeWorkbookReader;
import org.curriculum.model.MappingSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coverage report of Annexe B as a reviewer reads it: which standards only optional units cover,
 * and by which units, in the published column order (mandatory, optional, optional level 2).
 */
class CoverageReportTest {

    @TempDir
    Path folder;

    @Test
    void optionalOnlySheetListsTheThirtyFourStandardsWithTheUnitsCoveringThem() throws Exception {
        MappingSet annexeB = ExcelFixtures.loadAnnexeB(folder);
        Map<String, String> coveredBy = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = ExcelFixtures.read(ExcelFixtures.bytes(out -> CoverageReportWriter.write(annexeB, out)))) {
            Sheet sheet = workbook.getSheet("Optional only");
            for (Row row : sheet) {
                String code = SafeWorkbookReader.text(row, 0);
                if (row.getRowNum() > 0 && !code.isEmpty()) {
                    coveredBy.put(code, SafeWorkbookReader.text(row, 3));
                }
            }
        }
        // the mandatory units 301-303 tick only CC01-CC07 (Annexe B), so CC08-CC41 depend on optional units
        assertEquals(34, coveredBy.size(), coveredBy.toString());
        assertEquals("CC08", coveredBy.keySet().iterator().next());
        assertEquals("304 (partial), 204 (partial)", coveredBy.get("CC08"));
        assertEquals("304 (partial), 204 (partial), 205 (partial)", coveredBy.get("CC09"));
        assertEquals("308 (partial), 309 (partial), 206 (partial)", coveredBy.get("CC38"));
        assertEquals("306 (partial), 205 (partial)", coveredBy.get("CC23"));
    }
}
