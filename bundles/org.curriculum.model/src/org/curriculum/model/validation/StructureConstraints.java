// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.MappableItem;
import org.curriculum.model.NamedElement;
import org.curriculum.model.Standard;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.model.util.CurriculumValidator;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Structural constraints: numbers and codes are unique within their scope, and required fields are
 * filled in. Both are errors: an ambiguous number makes every listing, mapping and report that names
 * the element ambiguous, and an element without a title or code cannot be named at all.
 */
public final class StructureConstraints {

    private StructureConstraints() {
    }

    /**
     * Checks the elements this element contains, list by list: no two share a number (or, separately,
     * a code). Components are numbered per kind (knowledge module 1 and practical skills module 1 may
     * coexist) but their codes are unique across the curriculum; standards are unique across the whole
     * framework, whatever section holds them.
     */
    public static boolean validateUniqueIdentifiers(NamedElement owner, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Findings findings = new Findings(diagnostics, CurriculumValidator.NAMED_ELEMENT__VALIDATE_UNIQUE_IDENTIFIERS);
        for (EReference containment : owner.eClass().getEAllContainments()) {
            // a single child cannot clash; standards are checked once, across the whole framework
            if (!containment.isMany()
                    || !CurriculumPackage.Literals.NAMED_ELEMENT.isSuperTypeOf(containment.getEReferenceType())
                    || containment == CurriculumPackage.Literals.STANDARD_SECTION__STANDARDS) {
                continue;
            }
            List<NamedElement> children = new ArrayList<>();
            if (containment == CurriculumPackage.Literals.STANDARDS_FRAMEWORK__STANDARDS) {
                EcoreUtil.<EObject>getAllContents(owner, false).forEachRemaining(e -> {
                    if (e instanceof Standard standard) {
                        children.add(standard);
                    }
                });
            } else {
                for (Object child : (List<?>) owner.eGet(containment)) {
                    children.add((NamedElement) child);
                }
            }
            if (containment == CurriculumPackage.Literals.CURRICULUM__COMPONENTS) {
                // numbered per kind: knowledge module 1 and practical skills module 1 may coexist
                reportDuplicates(owner, children, "number",
                        e -> key(ElementLabels.number(e)) == null ? null
                                : e.eClass().getName() + " " + key(ElementLabels.number(e)),
                        findings);
            } else {
                reportDuplicates(owner, children, "number", e -> key(ElementLabels.number(e)), findings);
            }
            reportDuplicates(owner, children, "code", e -> key(e.getCode()), findings);
        }
        return findings.valid();
    }

    /** Components, learning outcomes, assessment criteria and standards need a title; standards a code. */
    public static boolean validateRequiredFields(MappableItem item, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Findings findings = new Findings(diagnostics, CurriculumValidator.MAPPABLE_ITEM__VALIDATE_REQUIRED_FIELDS);
        boolean needsTitle = item instanceof CurriculumComponent || item instanceof LearningOutcome
                || item instanceof AssessmentCriterion || item instanceof Standard;
        if (needsTitle && blank(item.getTitle())) {
            findings.error(ElementLabels.describeWithPlace(item) + " has no title: enter its title as the document"
                    + " prints it.",
                    item, CurriculumPackage.Literals.NAMED_ELEMENT__TITLE);
        }
        if (item instanceof Standard && blank(item.getCode())) {
            findings.error(ElementLabels.describeWithPlace(item) + " has no code: enter the code its framework gives"
                    + " it, so that mappings, the matrix and reports can name it.", item,
                    CurriculumPackage.Literals.NAMED_ELEMENT__CODE);
        }
        return findings.valid();
    }

    private static void reportDuplicates(NamedElement owner, List<NamedElement> children, String what,
            Function<NamedElement, String> keyOf, Findings findings) {
        Map<String, NamedElement> first = new LinkedHashMap<>();
        for (NamedElement child : children) {
            String key = keyOf.apply(child);
            if (key == null) {
                continue;
            }
            NamedElement earlier = first.putIfAbsent(key, child);
            if (earlier != null) {
                String id = "number".equals(what) ? ElementLabels.number(child) : child.getCode();
                findings.error(ElementLabels.describe(child) + " has the same " + what + " (" + id.trim() + ") as "
                        + ElementLabels.describeInSentence(earlier) + " in "
                        + ElementLabels.inSentence(ElementLabels.describeWithPlace(owner))
                        + ": give each " + ElementLabels.inSentence(ElementLabels.kind(child)) + " its own " + what + ".",
                        child, earlier, owner);
            }
        }
    }

    private static String key(String identifier) {
        return blank(identifier) ? null : Findings.fold(identifier);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
