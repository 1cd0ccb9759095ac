// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.validation;

import java.util.Locale;

import org.curriculum.model.util.CurriculumValidator;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * Collects what one constraint finds into the validator's diagnostic chain. The first data object of
 * each diagnostic is the element the user should go to; the others are the elements it involves.
 */
final class Findings {

    private final DiagnosticChain diagnostics;
    private final int code;
    private boolean valid = true;

    Findings(DiagnosticChain diagnostics, int code) {
        this.diagnostics = diagnostics;
        this.code = code;
    }

    /** The model breaks a rule the workbench relies on; it makes the element invalid. */
    void error(String message, Object... data) {
        valid = false;
        add(Diagnostic.ERROR, message, data);
    }

    /** The document disagrees with itself or is incomplete; the element stays usable. */
    void warning(String message, Object... data) {
        add(Diagnostic.WARNING, message, data);
    }

    /** Whether no error was found (warnings leave an element valid, as in EMF's own validators). */
    boolean valid() {
        return valid;
    }

    private void add(int severity, String message, Object... data) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(severity, CurriculumValidator.DIAGNOSTIC_SOURCE, code, message, data));
        }
    }

    /** Lower-cases for comparisons of printed and actual text that ignore case and surrounding blanks. */
    static String fold(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }
}
