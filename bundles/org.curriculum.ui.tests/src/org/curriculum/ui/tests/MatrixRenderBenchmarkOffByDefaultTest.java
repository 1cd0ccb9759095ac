// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The matrix rendering benchmark takes minutes at size L: the normal build must skip it, which it does
 * only while it is enabled by its data-folder property and the build does not set that property.
 */
@DisabledIfSystemProperty(named = MatrixRenderBenchmarkTest.DATA_PROPERTY, matches = ".+")
class MatrixRenderBenchmarkOffByDefaultTest {

    @Test
    void benchmarkRunsOnlyWhenGivenItsDataFolder() {
        EnabledIfSystemProperty condition = MatrixRenderBenchmarkTest.class.getAnnotation(EnabledIfSystemProperty.class);
        assertNotNull(condition, "MatrixRenderBenchmarkTest must be switched on by a system property");
        assertEquals("curriculum.matrix.benchmark.data", condition.named());
        assertFalse("".matches(condition.matches()), "an empty property must not switch the benchmark on");
        // This build did not pass the property, so JUnit skips the benchmark here.
        assertFalse(System.getProperty(condition.named(), "").matches(condition.matches()));
    }
}
