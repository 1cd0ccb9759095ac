// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.internal;

import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.core.rules.CombinationCheck;
import org.curriculum.core.rules.Pathway;
import org.curriculum.core.rules.PathwayAnalysis;
import org.curriculum.core.rules.PathwayCount;
import org.curriculum.core.rules.RouteMeasure;
import org.curriculum.core.rules.RuleViolation;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.Qualification;
import org.curriculum.model.labels.ElementLabels;
import org.eclipse.emf.ecore.EObject;

/**
 * {@code workbench pathways}: for each qualification with rules of combination in a curriculum file,
 * the number of valid and minimal pathways and the shortest routes (by GLH and by credit), or, with
 * {@code --check}, whether one selection of units achieves it and every rule it breaks. All answers come
 * from the core rules service ({@link PathwayAnalysis}).
 */
public final class PathwaysCommand {

    private PathwaysCommand() {
    }

    public static int run(Path file, List<String> check, boolean checking, String format, PrintStream out,
            PrintStream err) throws UsageException, ModelLoadException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("pathways", "unknown format '" + format + "'; use text or json");
        }
        err.println("Loading " + file + "...");
        EObject root = ModelFiles.loadAll(List.of(file)).getResources().get(0).getContents().get(0);
        if (!(root instanceof Curriculum curriculum)) {
            throw new UsageException("pathways", file + " holds " + ElementLabels.describe(root)
                    + ", not a curriculum with a qualification; pathway questions apply only where there are rules of"
                    + " combination");
        }
        List<Qualification> qualifications = curriculum.getQualifications().stream().filter(q -> q.getRules() != null)
                .toList();
        if (qualifications.isEmpty()) {
            err.println("error: " + file + ": no qualification in it has rules of combination (pathway questions apply only"
                    + " where there are rules of combination)");
            return 1;
        }
        List<Object> answers = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean allValid = true;
        for (Qualification qualification : qualifications) {
            PathwayAnalysis analysis = PathwayAnalysis.of(qualification);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("qualification", ElementLabels.describe(qualification));
            text.append(ElementLabels.describe(qualification)).append('\n');
            if (checking) {
                List<CurriculumComponent> selection = new ArrayList<>();
                for (String number : check) {
                    selection.add(component(curriculum, number));
                }
                CombinationCheck result = analysis.check(selection);
                allValid &= result.isValid();
                answer.put("valid", result.isValid());
                answer.put("credits", result.totalCredits());
                answer.put("guidedLearningHours", result.guidedLearningHours());
                List<Object> violations = new ArrayList<>();
                for (RuleViolation violation : result.violations()) {
                    violations.add(violation.message());
                }
                answer.put("violations", violations);
                text.append("  selection ").append(String.join(", ", check)).append(": ")
                        .append(result.isValid() ? "VALID" : "NOT VALID").append('\n');
                for (String line : result.summary().split("\n")) {
                    text.append("    ").append(line).append('\n');
                }
            } else {
                BigInteger valid = analysis.countValidPathways();
                PathwayCount minimal = analysis.countMinimalPathways();
                answer.put("validPathways", valid);
                answer.put("minimalPathways", minimal.value());
                answer.put("minimalPathwaysExact", minimal.exact());
                text.append("  valid pathways:   ").append(valid).append('\n');
                text.append("  minimal pathways: ").append(minimal.describe()).append('\n');
                route(analysis, RouteMeasure.GUIDED_LEARNING_HOURS, "shortestByGuidedLearningHours",
                        "shortest route (least GLH):    ", answer, text);
                route(analysis, RouteMeasure.CREDITS, "shortestByCredits", "shortest route (least credit): ", answer, text);
            }
            answers.add(answer);
        }
        out.print(format.equals("json") ? Json.write(answers.size() == 1 ? answers.get(0) : answers) : text.toString());
        return allValid ? 0 : 1;
    }

    private static void route(PathwayAnalysis analysis, RouteMeasure measure, String key, String label,
            Map<String, Object> answer, StringBuilder text) {
        Optional<Pathway> route = analysis.shortestRoute(measure);
        if (route.isEmpty()) {
            answer.put(key, null);
            text.append("  ").append(label).append("none: no valid pathway\n");
            return;
        }
        Map<String, Object> pathway = new LinkedHashMap<>();
        pathway.put("units", route.get().numbers());
        pathway.put("credits", route.get().credits());
        pathway.put("guidedLearningHours", route.get().guidedLearningHours());
        answer.put(key, pathway);
        text.append("  ").append(label).append(route.get().describe()).append('\n');
    }

    private static CurriculumComponent component(Curriculum curriculum, String number) throws UsageException {
        for (CurriculumComponent component : curriculum.getComponents()) {
            if (number.equals(component.getNumber()) || number.equals(component.getCode())) {
                return component;
            }
        }
        throw new UsageException("pathways", "--check: " + number + " is not the number or code of a unit or module of "
                + ElementLabels.describe(curriculum));
    }
}
