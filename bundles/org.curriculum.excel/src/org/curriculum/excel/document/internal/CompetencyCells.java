// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.document.internal;

import java.util.ArrayList;
import java.util.List;

import org.curriculum.excel.document.internal.DocumentBlocks.Line;
import org.curriculum.excel.document.internal.DocumentVocabulary.Numbered;
import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.PerformanceRequirement;
import org.curriculum.model.RequirementItem;
import org.curriculum.model.UnitOfCompetency;

/**
 * Reads the two long cells of a unit of competency's table (seed 003's layout): the competency, numbered
 * performance requirements ("1.", "2(a).", typed or Word's numbering) each with its bulleted items, and the
 * assessment criteria, an intro line ending in a colon followed by the integrated outcome requirements.
 * Every line it cannot place goes to the {@link Reporter}, so nothing is dropped silently.
 */
final class CompetencyCells {

    private static final CurriculumFactory MAKE = CurriculumFactory.eINSTANCE;

    /** Where a line that was not taken in is reported: its text and why. */
    interface Reporter {
        void report(String excerpt, String why);
    }

    private CompetencyCells() {
    }

    /** The cell's lines, a paragraph with line breaks counting as one line per break. */
    private static List<Line> split(List<Line> lines) {
        List<Line> split = new ArrayList<>();
        for (Line line : lines) {
            for (String part : line.text().split("\n")) {
                if (!part.isBlank()) {
                    split.add(new Line(part.strip(), line.listItem()));
                }
            }
        }
        return split;
    }

    /** Adds the performance requirements and their items written in {@code lines} to {@code unit}. */
    static void requirements(UnitOfCompetency unit, List<Line> lines, Reporter reporter) {
        PerformanceRequirement current = null;
        for (Line line : split(lines)) {
            String text = line.text();
            String bullet = DocumentVocabulary.typedBullet(text);
            if (line.listItem() || bullet != null) {
                if (current == null) {
                    reporter.report(text, "an item before any numbered performance requirement: not imported");
                } else {
                    item(current, null, bullet != null ? bullet : text);
                }
                continue;
            }
            Numbered item = DocumentVocabulary.requirementItem(text);
            if (item != null && current != null && item.number().startsWith(current.getCode() + ".")) {
                item(current, item.number(), item.title());
                continue;
            }
            Numbered requirement = DocumentVocabulary.requirement(text);
            if (requirement != null) {
                current = MAKE.createPerformanceRequirement();
                current.setCode(requirement.number());
                current.setTitle(requirement.title());
                unit.getPerformanceRequirements().add(current);
            } else if (DocumentVocabulary.field(text) == DocumentVocabulary.Field.COMPETENCY) {
                // "Performance Requirements": the list's own caption inside the cell
                continue;
            } else {
                reporter.report(text, "text in the competency that is neither a numbered performance requirement nor "
                        + "a bulleted item under one: not imported");
            }
        }
    }

    /** Adds an item to a requirement; without a code it is numbered after the items before it ("2(a).3"). */
    static void item(PerformanceRequirement requirement, String code, String title) {
        RequirementItem item = MAKE.createRequirementItem();
        item.setCode(code != null ? code : requirement.getCode() + "." + (requirement.getItems().size() + 1));
        item.setTitle(title.strip());
        requirement.getItems().add(item);
    }

    /** Adds an assessment criterion to a unit; without a code it is numbered after the criteria before it. */
    static void criterion(UnitOfCompetency unit, String code, String title) {
        AssessmentCriterion criterion = MAKE.createAssessmentCriterion();
        criterion.setCode(code != null ? code : Integer.toString(unit.getAssessmentCriteria().size() + 1));
        criterion.setTitle(title);
        unit.getAssessmentCriteria().add(criterion);
    }

    /**
     * Adds the assessment criteria written in {@code lines} to {@code unit}: lines ending in a colon before the
     * first criterion are its introduction (the unit's description); the criteria are the bulleted or numbered
     * lines after it, or every other line when none is bulleted or numbered.
     */
    static void criteria(UnitOfCompetency unit, List<Line> lines, Reporter reporter) {
        List<Line> all = split(lines);
        boolean anyMarked = all.stream().anyMatch(l -> l.listItem() || DocumentVocabulary.typedBullet(l.text()) != null
                || DocumentVocabulary.requirement(l.text()) != null);
        List<String> intro = new ArrayList<>();
        for (Line line : all) {
            String text = line.text();
            String bullet = DocumentVocabulary.typedBullet(text);
            Numbered numbered = line.listItem() || bullet != null ? null : DocumentVocabulary.requirement(text);
            boolean marked = line.listItem() || bullet != null || numbered != null;
            if (!marked && unit.getAssessmentCriteria().isEmpty() && text.endsWith(":")) {
                intro.add(text);
            } else if (marked || !anyMarked) {
                criterion(unit, numbered != null ? numbered.number() : null,
                        numbered != null ? numbered.title() : bullet != null ? bullet : text);
            } else {
                reporter.report(text, "text among the assessment criteria that is neither an introduction nor a "
                        + "bulleted or numbered criterion: not imported");
            }
        }
        if (!intro.isEmpty()) {
            String description = String.join(" ", intro);
            unit.setDescription(unit.getDescription() == null ? description : unit.getDescription() + "\n" + description);
        }
    }
}
