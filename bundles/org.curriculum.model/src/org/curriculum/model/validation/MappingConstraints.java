// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.Framework;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.model.util.CurriculumValidator;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Constraints on mapping sets: a set names its two frameworks, each link goes from an item of the
 * source framework to an item of the target framework, and no pair is linked twice. All are errors:
 * a link outside the set's frameworks or a repeated link would be counted wrongly by every coverage
 * figure. (Links to items that cannot be found are reported by EMF's own proxy check.)
 */
public final class MappingConstraints {

    private MappingConstraints() {
    }

    /** A mapping set names its source and target frameworks. */
    public static boolean validateFrameworks(MappingSet set, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Findings findings = new Findings(diagnostics, CurriculumValidator.MAPPING_SET__VALIDATE_FRAMEWORKS);
        if (set.getSource() == null) {
            findings.error(ElementLabels.describe(set) + " has no source framework: choose the curriculum or"
                    + " framework whose items are mapped.", set, CurriculumPackage.Literals.MAPPING_SET__SOURCE);
        }
        if (set.getTarget() == null) {
            findings.error(ElementLabels.describe(set) + " has no target framework: choose the standards framework"
                    + " the items are mapped against.", set, CurriculumPackage.Literals.MAPPING_SET__TARGET);
        }
        return findings.valid();
    }

    /** No item is linked to the same standard twice. */
    public static boolean validateNoDuplicateLinks(MappingSet set, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Findings findings = new Findings(diagnostics, CurriculumValidator.MAPPING_SET__VALIDATE_NO_DUPLICATE_LINKS);
        Map<List<Object>, MappingLink> first = new LinkedHashMap<>();
        List<MappingLink> links = set.getLinks();
        for (MappingLink link : links) {
            MappableItem item = link.getItem();
            MappableItem standard = link.getStandard();
            if (item == null || standard == null) {
                continue;
            }
            MappingLink earlier = first.putIfAbsent(List.of(identity(item), identity(standard)), link);
            if (earlier != null) {
                findings.error(ElementLabels.describe(link) + " (link " + (links.indexOf(link) + 1) + ") repeats link "
                        + (links.indexOf(earlier) + 1) + " from " + ElementLabels.describeInSentence(link.getItem())
                        + " to " + ElementLabels.describeInSentence(link.getStandard()) + ": delete one of them"
                        + (earlier.getCoverage() != link.getCoverage()
                                ? " (they record different coverage, " + earlier.getCoverage() + " and "
                                        + link.getCoverage() + ": keep the right one)"
                                : "")
                        + ".", link, earlier, set);
            }
        }
        return findings.valid();
    }

    /** A link's item lies in the source framework and its standard in the target framework. */
    public static boolean validateLink(MappingLink link, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Findings findings = new Findings(diagnostics, CurriculumValidator.MAPPING_LINK__VALIDATE_WITHIN_FRAMEWORKS);
        if (link.eContainer() instanceof MappingSet set) {
            check(link, link.getItem(), set.getSource(), "item", "source", findings);
            check(link, link.getStandard(), set.getTarget(), "standard", "target", findings);
        }
        return findings.valid();
    }

    private static void check(MappingLink link, MappableItem end, Framework framework, String endName, String role,
            Findings findings) {
        if (end == null || end.eIsProxy() || framework == null || framework.eIsProxy()
                || EcoreUtil.isAncestor(framework, end)) {
            return;
        }
        EObject actual = EcoreUtil.getRootContainer(end);
        String belongs = actual == end ? "is not part of any framework"
                : "belongs to " + ElementLabels.describeInSentence(actual);
        findings.error(ElementLabels.describe(link) + ": its " + endName + " " + ElementLabels.describeInSentence(end) + " "
                + belongs + ", not to the mapping set's " + role + " " + ElementLabels.describeInSentence(framework)
                + ": link an item of " + ElementLabels.describeInSentence(framework)
                + " instead, or move the link to a mapping set for the right frameworks.", link, end, framework);
    }

    private static Object identity(EObject end) {
        return end.eIsProxy() ? EcoreUtil.getURI(end).toString() : end;
    }
}
