// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.labels;

import org.curriculum.model.validation.ModelLabels;
import org.eclipse.emf.ecore.EObject;

/**
 * How an element is named to a user in messages: its kind, its number or code and its title. One
 * implementation serves validation, the services and the views alike: this delegates to
 * {@link ModelLabels}, which lives in the model bundle because the validator needs it there.
 */
public final class ElementLabels {

    private ElementLabels() {
    }

    /** E.g. {@code Unit 301 "Principles of Personal and Organisational Effectiveness in a Contact Centre"}. */
    public static String describe(EObject element) {
        return ModelLabels.describe(element);
    }

    /** The element's number (components, tasks, responsibilities, contexts) or code, whichever the user sees. */
    public static String identifier(EObject element) {
        return ModelLabels.identifier(element);
    }

    /** The element's kind in words, e.g. "Practical skills module" for PracticalSkillsModule. */
    public static String kind(EObject element) {
        return ModelLabels.kind(element);
    }
}
