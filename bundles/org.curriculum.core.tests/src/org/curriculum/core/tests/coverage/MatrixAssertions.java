// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.coverage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashSet;

import org.curriculum.core.coverage.ColumnGroup;
import org.curriculum.core.coverage.CoverageMatrix;

/** Compares two coverage matrices on everything a user can read from them. */
final class MatrixAssertions {

    private MatrixAssertions() {
    }

    /** Every cell, derived mark, total, summary, gap list and list of links of {@code actual} is that of {@code expected}. */
    static void assertSameMatrix(CoverageMatrix expected, CoverageMatrix actual, String when) {
        assertEquals(expected.getRowCount(), actual.getRowCount(), when);
        assertEquals(expected.getColumnCount(), actual.getColumnCount(), when);
        for (int row = 0; row < expected.getRowCount(); row++) {
            assertEquals(expected.getRowTotal(row), actual.getRowTotal(row), when + ": total of row " + row);
            assertEquals(expected.getRowFullTotal(row), actual.getRowFullTotal(row), when + ": full total of row " + row);
            assertArrayEquals(expected.getColumnsCoveredBy(row), actual.getColumnsCoveredBy(row), when);
            for (int column = 0; column < expected.getColumnCount(); column++) {
                String cell = when + ": cell " + row + "," + column;
                assertEquals(expected.getCoverage(row, column), actual.getCoverage(row, column), cell);
                assertEquals(expected.isDerived(row, column), actual.isDerived(row, column), cell);
                assertEquals(new HashSet<>(expected.getLinks(row, column)), new HashSet<>(actual.getLinks(row, column)), cell);
            }
        }
        for (int row = 0; row < expected.getRowCount(); row++) {
            int[] all = expected.getColumnsCoveredBy(row);
            for (ColumnGroup group : expected.getColumnGroups()) {
                int[] inGroup = Arrays.stream(all).filter(group::contains).toArray();
                assertArrayEquals(inGroup, actual.getColumnsCoveredBy(row, group.firstColumn(), group.endColumn()),
                        when + ": row " + row + " in " + group.title());
            }
        }
        for (int column = 0; column < expected.getColumnCount(); column++) {
            assertEquals(expected.getColumnTotal(column), actual.getColumnTotal(column), when + ": column " + column);
            assertEquals(expected.getColumnFullTotal(column), actual.getColumnFullTotal(column), when);
            assertEquals(expected.getColumnCoverage(column), actual.getColumnCoverage(column), when);
        }
        assertEquals(expected.getSummary(), actual.getSummary(), when);
        for (int group = 0; group < expected.getColumnGroups().size(); group++) {
            assertEquals(expected.getGroupSummary(group), actual.getGroupSummary(group), when);
        }
        assertArrayEquals(expected.getRowsMappingToNothing(), actual.getRowsMappingToNothing(), when);
        assertArrayEquals(expected.getUncoveredColumns(), actual.getUncoveredColumns(), when);
        assertArrayEquals(expected.getPartiallyCoveredOnlyColumns(), actual.getPartiallyCoveredOnlyColumns(), when);
        assertArrayEquals(expected.getColumnsCoveredOnlyByOptional(), actual.getColumnsCoveredOnlyByOptional(), when);
        assertEquals(expected.getLinkCount(), actual.getLinkCount(), when);
        assertEquals(new HashSet<>(expected.getUnplacedLinks()), new HashSet<>(actual.getUnplacedLinks()), when);
    }
}
