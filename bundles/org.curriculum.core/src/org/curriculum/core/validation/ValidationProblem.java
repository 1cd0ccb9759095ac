// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * One problem found by validation, as the Problems view and the command line show it.
 *
 * @param severity how bad it is
 * @param elementLabel the element to go to, e.g. {@code Work experience module 5 "Attend to ..."}
 * @param message what is wrong and how to fix it, naming the elements involved
 * @param element the element to go to (select it in the editor); null only for a problem not tied to one
 */
public record ValidationProblem(Severity severity, String elementLabel, String message, EObject element) {

    /** How bad a problem is. */
    public enum Severity {
        /** The model breaks a rule the workbench relies on (ambiguous, missing or broken data). */
        ERROR,
        /** The document disagrees with itself or is incomplete; the model is still usable. */
        WARNING,
        /** Worth knowing; nothing to fix. */
        INFO
    }

    /** The name of the file that holds the element, e.g. {@code contact-centre-manager.curriculum}, or null. */
    public String fileName() {
        Resource resource = element == null ? null : element.eResource();
        return resource == null || resource.getURI() == null ? null : resource.getURI().lastSegment();
    }

    /** One line for a terminal or a log: {@code WARNING file: message}. */
    @Override
    public String toString() {
        String file = fileName();
        return severity + " " + (file == null ? "" : file + ": ") + message;
    }
}
