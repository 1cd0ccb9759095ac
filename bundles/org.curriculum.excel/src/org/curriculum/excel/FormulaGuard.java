// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel;

/**
 * Recognises text that a spreadsheet program would evaluate instead of showing: every exported cell
 * and every CSV field the command line prints is checked here, so that a title typed as
 * {@code =HYPERLINK(...)} stays text wherever it is written.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /** True if a spreadsheet program would read this text as a formula or command when typed. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
