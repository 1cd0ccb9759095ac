// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.labels;

import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.NamedElement;
import org.eclipse.emf.ecore.EObject;

/** How an element is named to a user in messages: its kind, its number or code and its title. */
public final class ElementLabels {

    private ElementLabels() {
    }

    /** E.g. {@code Unit 301 "Principles of Personal and Organisational Effectiveness in a Contact Centre"}. */
    public static String describe(EObject element) {
        if (element == null) {
            return "(nothing)";
        }
        StringBuilder text = new StringBuilder(kind(element));
        String id = identifier(element);
        if (id != null && !id.isBlank()) {
            text.append(' ').append(id);
        }
        if (element instanceof NamedElement named && named.getTitle() != null && !named.getTitle().isBlank()) {
            text.append(" \"").append(abbreviate(named.getTitle(), 80)).append('"');
        }
        return text.toString();
    }

    /** The element's number (components) or code, whichever the user sees first. */
    public static String identifier(EObject element) {
        if (element instanceof CurriculumComponent component && component.getNumber() != null
                && !component.getNumber().isBlank()) {
            return component.getNumber();
        }
        if (element instanceof NamedElement named) {
            return named.getCode();
        }
        return null;
    }

    /** The element's kind in words, e.g. "Practical skills module" for PracticalSkillsModule. */
    public static String kind(EObject element) {
        String name = element.eClass().getName();
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(c);
            }
        }
        return words.toString();
    }

    private static String abbreviate(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
