// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.labels;

import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.BarredCombination;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.ComponentKind;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.DocumentListing;
import org.curriculum.model.GapReview;
import org.curriculum.model.KnowledgeModule;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.ListingEntry;
import org.curriculum.model.MappingLink;
import org.curriculum.model.NamedElement;
import org.curriculum.model.OccupationalProfile;
import org.curriculum.model.PracticalSkillsModule;
import org.curriculum.model.Qualification;
import org.curriculum.model.ReviewComment;
import org.curriculum.model.ReviewState;
import org.curriculum.model.Reviewable;
import org.curriculum.model.RulesOfCombination;
import org.curriculum.model.Standard;
import org.curriculum.model.Unit;
import org.curriculum.model.UnitOfCompetency;
import org.curriculum.model.WorkExperienceModule;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The one label service: how every message, view, tree and export names an element to a user, by its
 * kind, its number or code and its title, e.g. {@code Unit 301 "Principles of ..."}. It lives in the
 * model bundle because the model's validator names elements too; the item providers, the core
 * services, the exporters, the command line and the views all read their labels here.
 */
public final class ElementLabels {

    private static final int MAX_TITLE = 80;

    private ElementLabels() {
    }

    /** E.g. {@code Knowledge module 3 "Operational Supervision"}. */
    public static String describe(EObject element) {
        if (element == null) {
            return "(nothing)";
        }
        if (element.eIsProxy()) {
            return kind(element) + " that cannot be found";
        }
        if (element instanceof MappingLink link) {
            return "Mapping link " + shortName(link.getItem()) + " \u2192 " + shortName(link.getStandard());
        }
        if (element instanceof GapReview gap) {
            return "Gap review of " + shortName(gap.getStandard());
        }
        if (element instanceof ReviewComment comment) {
            return "Comment" + (comment.getAuthor() == null ? "" : " by " + comment.getAuthor());
        }
        if (element instanceof BarredCombination barred) {
            StringBuilder text = new StringBuilder("Barred combination");
            String separator = " ";
            for (CurriculumComponent component : barred.getComponents()) {
                text.append(separator).append(shortName(component));
                separator = " + ";
            }
            return text.toString();
        }
        if (element instanceof RulesOfCombination && element.eContainer() != null) {
            return "Rules of combination of " + inSentence(describe(element.eContainer()));
        }
        StringBuilder text = new StringBuilder(kind(element));
        if (element instanceof ListingEntry entry) {
            text.append(' ').append(entry.getKind() == null ? "" : entry.getKind().getLiteral());
        }
        String id = identifier(element);
        if (id != null && !id.isBlank()) {
            text.append(' ').append(id.trim());
        }
        String title = title(element);
        if (title != null && !title.isBlank()) {
            text.append(" \"").append(abbreviate(title)).append('"');
        }
        return text.toString();
    }

    /** The label with its first letter in lower case, for use inside a sentence. */
    public static String inSentence(String label) {
        if (label.isEmpty() || label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
            return label;
        }
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** {@link #describe} inside a sentence, e.g. {@code knowledge module 3 "Operational Supervision"}. */
    public static String describeInSentence(EObject element) {
        return inSentence(describe(element));
    }

    /**
     * The label followed by where the element sits when its number is only unique inside its parent,
     * e.g. {@code Assessment criterion 1.1 "..." in unit 301 "..."}.
     */
    public static String describeWithPlace(EObject element) {
        String label = describe(element);
        EObject parent = element == null ? null : element.eContainer();
        if (parent == null || parent.eContainer() == null || parent instanceof OccupationalProfile
                || element instanceof CurriculumComponent || element instanceof Qualification
                || element instanceof Standard || element instanceof MappingLink
                || element instanceof RulesOfCombination) {
            return label;
        }
        if (parent instanceof RulesOfCombination) {
            // "barred combination 304 + 204 in qualification ...", not "in rules of combination of ..."
            parent = parent.eContainer();
        }
        return label + " in " + inSentence(describeWithPlace(parent));
    }

    /** The element's number (components, tasks, responsibilities, contexts, entries) or code. */
    public static String identifier(EObject element) {
        String number = number(element);
        if (number != null && !number.isBlank()) {
            return number.trim();
        }
        if (element instanceof NamedElement named && named.getCode() != null && !named.getCode().isBlank()) {
            return named.getCode().trim();
        }
        return null;
    }

    /** The element's code, or its title where it has no code: the short header of a standard in the matrix. */
    public static String codeOrTitle(EObject element) {
        if (element instanceof NamedElement named && named.getCode() != null && !named.getCode().isBlank()) {
            return named.getCode();
        }
        return title(element);
    }

    /** A component's number where it has one (a unit's "301"), else {@link #codeOrTitle}: a column's short header. */
    public static String numberOrCode(EObject element) {
        if (element instanceof CurriculumComponent component && component.getNumber() != null
                && !component.getNumber().isBlank()) {
            return component.getNumber();
        }
        return codeOrTitle(element);
    }

    /** "CODE Title", or the code alone when the title is missing or repeats it: a standard's row header. */
    public static String codeAndTitle(EObject element) {
        String code = codeOrTitle(element);
        String title = title(element);
        return title == null || title.equals(code) ? code : code + " " + title;
    }

    /** The value of the element's {@code number} attribute, or null if its class has none. */
    public static String number(EObject element) {
        if (element == null) {
            return null;
        }
        EStructuralFeature feature = element.eClass().getEStructuralFeature("number");
        if (feature instanceof EAttribute && feature.getEType().getInstanceClass() == String.class) {
            return (String) element.eGet(feature);
        }
        return null;
    }

    /** {@link #identifier}, or the empty string where plain text or CSV needs a value. */
    public static String identifierOrEmpty(EObject element) {
        String identifier = identifier(element);
        return identifier == null ? "" : identifier;
    }

    /** {@link #title}, or the empty string where plain text or CSV needs a value. */
    public static String titleOrEmpty(EObject element) {
        String title = title(element);
        return title == null ? "" : title;
    }

    /** The element's title, if its class has one. */
    public static String title(EObject element) {
        if (element instanceof NamedElement named) {
            return named.getTitle();
        }
        if (element instanceof ListingEntry entry) {
            return entry.getTitle();
        }
        if (element instanceof DocumentListing listing) {
            return listing.getTitle();
        }
        if (element instanceof ComponentGroup group) {
            return group.getTitle();
        }
        return null;
    }

    /** The kind as a path step abbreviates it ("LO", "AC", "KM", "PM", "WM"), else {@link #kind}: {@code Unit 304 > LO 2}. */
    public static String shortKind(EObject element) {
        if (element instanceof LearningOutcome) {
            return "LO";
        }
        if (element instanceof AssessmentCriterion) {
            return "AC";
        }
        if (element instanceof KnowledgeModule) {
            return "KM";
        }
        if (element instanceof PracticalSkillsModule) {
            return "PM";
        }
        if (element instanceof WorkExperienceModule) {
            return "WM";
        }
        return ElementLabels.kind(element);
    }

    /**
     * A grid cell as a reviewer names it, e.g. {@code 304 x CC09}; an outcome or criterion carries its
     * component, since "2.3" alone is ambiguous: {@code 304 AC 2.3 x CC09}.
     */
    public static String cell(EObject item, EObject standard) {
        return cellSide(item) + " x " + cellSide(standard);
    }

    /** A link's cell, see {@link #cell(EObject, EObject)}. */
    public static String cell(MappingLink link) {
        return cell(link.getItem(), link.getStandard());
    }

    /** A review state as users read it: "proposed", "accepted", "queried", "rejected". */
    public static String reviewState(ReviewState state) {
        return state == null ? ReviewState.PROPOSED.getLiteral() : state.getLiteral();
    }

    /** The state a link or gap reads as (stored, or implied by an approved publication), in words. */
    public static String reviewState(Reviewable reviewable) {
        return reviewState(reviewable.effectiveReviewState());
    }

    private static String cellSide(EObject element) {
        if (element instanceof LearningOutcome || element instanceof AssessmentCriterion) {
            for (EObject e = element.eContainer(); e != null; e = e.eContainer()) {
                if (e instanceof CurriculumComponent) {
                    return shortName(e) + " " + shortKind(element) + " " + shortName(element);
                }
            }
        }
        return shortName(element);
    }

    /** The element's kind in words, e.g. "Practical skills module" for PracticalSkillsModule. */
    public static String kind(EObject element) {
        if (element instanceof ListingEntry) {
            return "Entry";
        }
        if (element instanceof DocumentListing) {
            return "Listing";
        }
        if (element instanceof ComponentGroup) {
            return "Group";
        }
        return words(element.eClass().getName());
    }

    /** The kind of a component as a listing names it, in words: "knowledge module", "unit" ... */
    public static String kindInSentence(ComponentKind kind) {
        return switch (kind) {
        case KNOWLEDGE_MODULE -> "knowledge module";
        case PRACTICAL_SKILLS_MODULE -> "practical skills module";
        case WORK_EXPERIENCE_MODULE -> "work experience module";
        case UNIT -> "unit";
        case UNIT_OF_COMPETENCY -> "unit of competency";
        };
    }

    /** The listing kind of a component, or null for a component class a listing cannot name. */
    public static ComponentKind componentKind(CurriculumComponent component) {
        if (component instanceof KnowledgeModule) {
            return ComponentKind.KNOWLEDGE_MODULE;
        }
        if (component instanceof PracticalSkillsModule) {
            return ComponentKind.PRACTICAL_SKILLS_MODULE;
        }
        if (component instanceof WorkExperienceModule) {
            return ComponentKind.WORK_EXPERIENCE_MODULE;
        }
        if (component instanceof Unit) {
            return ComponentKind.UNIT;
        }
        if (component instanceof UnitOfCompetency) {
            return ComponentKind.UNIT_OF_COMPETENCY;
        }
        return null;
    }

    private static String shortName(EObject element) {
        if (element == null) {
            return "(none)";
        }
        if (element.eIsProxy()) {
            return "(missing)";
        }
        String id = identifier(element);
        if (id != null) {
            return id;
        }
        String title = title(element);
        return title != null && !title.isBlank() ? "\"" + abbreviate(title) + "\"" : inSentence(kind(element));
    }

    private static String words(String camelCase) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < camelCase.length(); i++) {
            char c = camelCase.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(c);
            }
        }
        return words.toString();
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_TITLE ? oneLine : oneLine.substring(0, MAX_TITLE - 1) + "\u2026";
    }

    /**
     * What a tree or a list shows for an element: its number (or code) and its one-line title (or
     * heading), e.g. {@code 301 Principles of ...}; a link shows {@code item  \u2192  standard (level)}.
     * {@code fallback} is returned for an element that has neither number, code, title nor heading.
     */
    public static String numberedTitle(Object object, String fallback) {
        if (object instanceof MappingLink link) {
            return numberedTitle(link.getItem(), "?") + "  \u2192  " + numberedTitle(link.getStandard(), "?")
                    + (link.getCoverage() == null ? "" : " (" + link.getCoverage() + ")");
        }
        if (object instanceof GapReview gap) {
            return "Gap " + numberedTitle(gap.getStandard(), "?") + " (" + reviewState(gap) + ")";
        }
        if (object instanceof ReviewComment comment) {
            String text = comment.getText() == null ? "" : comment.getText().replaceAll("\\s+", " ").trim();
            return (comment.getAuthor() == null ? "" : comment.getAuthor() + ": ") + text;
        }
        if (!(object instanceof EObject element)) {
            return fallback;
        }
        String id = attribute(element, "number");
        if (id == null) {
            id = attribute(element, "code");
        }
        String title = attribute(element, "title");
        if (title == null) {
            title = attribute(element, "heading");
        }
        if (id == null && title == null) {
            return fallback;
        }
        String oneLineTitle = title == null ? "" : title.replaceAll("\\s+", " ").trim();
        return id == null ? oneLineTitle : title == null ? id : id + " " + oneLineTitle;
    }

    /** A single-valued attribute's text, or null when the class has no such feature or it is blank. */
    private static String attribute(EObject element, String featureName) {
        if (element.eIsProxy()) {
            return null;
        }
        EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
        if (feature == null || feature.isMany()) {
            return null;
        }
        Object value = element.eGet(feature);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
