// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.DocumentListing;
import org.curriculum.model.KnowledgeModule;
import org.curriculum.model.KnowledgeTopic;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.model.util.CurriculumValidator;
import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * Constraints that catch a document contradicting itself: printed listings against the components,
 * topic weightings that do not add up, credits against notional hours. All are warnings: the model is
 * usable, but the document (or its transcription) says two different things.
 */
public final class DocumentConstraints {

    /** Notional hours per credit (the QCF and NQF convention). */
    public static final int HOURS_PER_CREDIT = 10;

    private DocumentConstraints() {
    }

    /** A printed listing (contents list, summary table) agrees with the curriculum's components. */
    public static boolean validateListing(DocumentListing listing, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Findings findings = new Findings(diagnostics,
                CurriculumValidator.DOCUMENT_LISTING__VALIDATE_ENTRIES_MATCH_COMPONENTS);
        if (listing.eContainer() instanceof Curriculum curriculum && !listing.getEntries().isEmpty()) {
            String name = "the listing \"" + (listing.getTitle() == null ? "" : listing.getTitle()) + "\"";
            new PrintedTable(listing, name, "the curriculum", listing.getEntries(), curriculum.getComponents())
                    .compare(findings);
        }
        return findings.valid();
    }

    /** When any topic of a knowledge module has a weighting, the weightings add up to 100%. */
    public static boolean validateTopicWeightings(KnowledgeModule module, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Findings findings = new Findings(diagnostics, CurriculumValidator.KNOWLEDGE_MODULE__VALIDATE_TOPIC_WEIGHTINGS);
        int sum = 0;
        boolean anyWeighting = false;
        List<String> unweighted = new ArrayList<>();
        for (KnowledgeTopic topic : module.getTopics()) {
            if (topic.getWeighting() == null) {
                unweighted.add(ElementLabels.identifier(topic) != null ? ElementLabels.identifier(topic)
                        : "\"" + topic.getTitle() + "\"");
            } else {
                anyWeighting = true;
                sum += topic.getWeighting();
            }
        }
        if (anyWeighting && !unweighted.isEmpty()) {
            findings.warning("The topic weightings of " + ElementLabels.describeInSentence(module) + " add up to " + sum
                    + "%, but topic" + (unweighted.size() > 1 ? "s " : " ") + String.join(", ", unweighted)
                    + (unweighted.size() > 1 ? " have" : " has") + " no weighting: give every topic of the module a"
                    + " weighting, adding up to 100%.", module, CurriculumPackage.Literals.KNOWLEDGE_MODULE__TOPICS);
        } else if (anyWeighting && sum != 100) {
            findings.warning("The topic weightings of " + ElementLabels.describeInSentence(module) + " add up to " + sum
                    + "%, not 100%: correct them so that they add up to 100%.", module,
                    CurriculumPackage.Literals.KNOWLEDGE_MODULE__TOPICS);
        }
        return findings.valid();
    }

    /** Where a component gives both, its notional hours are ten times its credits. */
    public static boolean validateCreditsAndHours(CurriculumComponent component, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Findings findings = new Findings(diagnostics,
                CurriculumValidator.CURRICULUM_COMPONENT__VALIDATE_CREDITS_MATCH_NOTIONAL_HOURS);
        Integer credits = component.getCredits();
        Integer hours = component.getNotionalHours();
        if (credits != null && hours != null && credits * HOURS_PER_CREDIT != hours) {
            findings.warning(ElementLabels.describe(component) + " has " + credits + " credit" + (credits == 1 ? "" : "s")
                    + " but " + hours + " notional hours; at " + HOURS_PER_CREDIT + " hours per credit that is "
                    + credits * HOURS_PER_CREDIT + " hours (or " + creditsFor(hours)
                    + " credits): correct the credits or the notional hours.", component,
                    CurriculumPackage.Literals.CURRICULUM_COMPONENT__NOTIONAL_HOURS);
        }
        return findings.valid();
    }

    private static String creditsFor(int hours) {
        return hours % HOURS_PER_CREDIT == 0 ? String.valueOf(hours / HOURS_PER_CREDIT)
                : String.valueOf(hours / (double) HOURS_PER_CREDIT);
    }
}
