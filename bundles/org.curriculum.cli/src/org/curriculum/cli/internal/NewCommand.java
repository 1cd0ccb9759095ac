// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.core.resources.ModelSaveException;
import org.curriculum.core.templates.ModelTemplates;
import org.curriculum.model.Framework;
import org.curriculum.model.MappingSet;
import org.curriculum.model.labels.ElementLabels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * {@code workbench new}: writes a new model file from the same {@link ModelTemplates} the workbench's New
 * wizards use, checking each answer as the wizard's page does.
 */
public final class NewCommand {

    /** Every option {@code new} knows; each kind accepts only its own (see {@link #KIND_OPTIONS}). */
    public static final Set<String> OPTIONS = Set.of("--output", "--ofo", "--occupation", "--tasks", "--title", "--number",
            "--level", "--credits", "--glh", "--units", "--mandatory", "--version", "--publisher", "--prefix",
            "--standards", "--source", "--target");

    private static final Map<String, Set<String>> KIND_OPTIONS = Map.of(
            "curriculum", Set.of("--output", "--ofo", "--occupation", "--tasks"),
            "qualification", Set.of("--output", "--title", "--number", "--level", "--credits", "--glh", "--units", "--mandatory"),
            "framework", Set.of("--output", "--title", "--version", "--publisher", "--prefix", "--standards"),
            "mapping", Set.of("--output", "--source", "--target"));

    private static final Map<String, String> EXTENSIONS = Map.of("curriculum", ".curriculum", "qualification",
            ".curriculum", "framework", ".standards", "mapping", ".mapping");

    // the same patterns as the New wizards' pages

    private NewCommand() {
    }

    /** Builds the model {@code a} describes and saves it; returns the exit status. */
    public static int run(Arguments a, PrintStream out, PrintStream err)
            throws UsageException, ModelLoadException, ModelSaveException {
        a.expectPositional(1, 1, "what to create: curriculum, qualification, framework or mapping");
        String kind = a.positional().get(0);
        Set<String> allowed = KIND_OPTIONS.get(kind);
        if (allowed == null) {
            throw new UsageException("new", "unknown kind '" + kind + "'; use curriculum, qualification, framework or mapping");
        }
        for (String option : OPTIONS) {
            if (a.has(option) && !allowed.contains(option)) {
                throw new UsageException("new", option + " does not apply to new " + kind);
            }
        }
        String extension = EXTENSIONS.get(kind);
        Path output = Path.of(a.required("--output", "OUT" + extension));
        OutputPolicy.checkName("new", output, "a new " + kind, List.of(extension));
        // every answer is checked before anything is read or written
        EObject model;
        ResourceSet resourceSet;
        String summary;
        switch (kind) {
        case "curriculum" -> {
            String ofo = a.required("--ofo", "CODE, the occupation's OFO code");
            if (!ModelTemplates.OFO_CODE.matcher(ofo).matches()) {
                throw new UsageException("new", "--ofo must be six digits (e.g. 143905 or 2021-143905), not '" + ofo + "'");
            }
            String occupation = text(a.required("--occupation", "NAME, the occupation"), "--occupation");
            int tasks = number(a, "--tasks", 1, ModelTemplates.MAX_TASKS, 5);
            OutputPolicy.check("new", output, "a new " + kind, List.of(extension), List.of(), a.has("--force"));
            model = ModelTemplates.occupationalCurriculum(ofo, occupation, tasks);
            resourceSet = ModelFiles.newResourceSet();
            summary = "occupational curriculum " + ofo + " " + occupation + " with " + tasks + " task(s)";
        }
        case "qualification" -> {
            String title = text(a.required("--title", "T, the qualification's title"), "--title");
            String qn = a.required("--number", "QN, the qualification number (e.g. 600/1636/X)");
            if (!ModelTemplates.QUALIFICATION_NUMBER.matcher(qn).matches()) {
                throw new UsageException("new", "--number must be a qualification number of the form 600/1636/X, not '" + qn + "'");
            }
            qn = qn.toUpperCase(Locale.ROOT);
            if (!a.has("--level")) {
                throw new UsageException("new", "missing --level L, the qualification's level (1 to 8)");
            }
            int level = number(a, "--level", 1, ModelTemplates.MAX_LEVEL, 0);
            if (!a.has("--credits")) {
                throw new UsageException("new", "missing --credits C, the qualification's credit value");
            }
            int credits = number(a, "--credits", 1, ModelTemplates.MAX_CREDITS, 0);
            int glh = number(a, "--glh", 0, ModelTemplates.MAX_GLH, 0);
            int units = number(a, "--units", 1, ModelTemplates.MAX_UNITS, 6);
            int mandatory = number(a, "--mandatory", 0, ModelTemplates.MAX_UNITS, Math.min(3, units));
            if (mandatory > units) {
                throw new UsageException("new", "--mandatory " + mandatory + " is more than the " + units + " unit(s)");
            }
            OutputPolicy.check("new", output, "a new " + kind, List.of(extension), List.of(), a.has("--force"));
            model = ModelTemplates.qualification(title, qn, level, credits, glh, units, mandatory);
            resourceSet = ModelFiles.newResourceSet();
            summary = "qualification " + qn + " \"" + title + "\", level " + level + ", " + credits + " credit(s), "
                    + units + " unit(s) of which " + mandatory + " mandatory";
        }
        case "framework" -> {
            String title = text(a.required("--title", "T, the framework's title"), "--title");
            String version = a.value("--version", "1.0").trim();
            String publisher = a.value("--publisher", "").trim();
            String prefix = a.value("--prefix", "STD");
            if (!ModelTemplates.STANDARD_PREFIX.matcher(prefix).matches()) {
                throw new UsageException("new", "--prefix must be a letter followed by up to nine letters or digits (e.g. CC), not '"
                        + prefix + "'");
            }
            int standards = number(a, "--standards", 0, ModelTemplates.MAX_STANDARDS, 10);
            OutputPolicy.check("new", output, "a new " + kind, List.of(extension), List.of(), a.has("--force"));
            model = ModelTemplates.standardsFramework(title, version, publisher, prefix, standards);
            resourceSet = ModelFiles.newResourceSet();
            summary = "standards framework \"" + title + "\" with " + standards + " standard(s)"
                    + (standards > 0 ? " " + String.format("%s01..%s%02d", prefix, prefix, standards) : "");
        }
        default -> {
            Path source = Path.of(a.required("--source", "FILE.curriculum or FILE.standards, the framework whose items are mapped"));
            Path target = Path.of(a.required("--target", "FILE.standards or FILE.curriculum, the framework to map against"));
            OutputPolicy.check("new", output, "a new mapping", List.of(extension), List.of(source, target),
                    a.has("--force"));
            err.println("Loading " + source + " and " + target + "...");
            // the mapping is saved in the resource set its source and target were loaded into, so its
            // references to them are written as references to those files
            resourceSet = ModelFiles.loadAll(List.of(source, target));
            EObject sourceRoot = ModelFiles.load(resourceSet, source).getContents().get(0);
            EObject targetRoot = ModelFiles.load(resourceSet, target).getContents().get(0);
            // Any two frameworks, in either role: units against standards, one awarding body's units against
            // another's, one standards framework against another.
            if (!(sourceRoot instanceof Framework framework1)) {
                throw new ModelLoadException(source, 0, 0, "holds " + ElementLabels.describe(sourceRoot)
                        + ", not a curriculum or standards framework; give a .curriculum or .standards file as --source", null);
            }
            if (!(targetRoot instanceof Framework framework2)) {
                throw new ModelLoadException(target, 0, 0, "holds " + ElementLabels.describe(targetRoot)
                        + ", not a curriculum or standards framework; give a .curriculum or .standards file as --target", null);
            }
            MappingSet mapping = ModelTemplates.mappingSet(framework1, framework2);
            model = mapping;
            summary = "empty mapping set from " + source + " to " + target;
        }
        }
        err.println("Writing " + output + "...");
        Resource resource = resourceSet.createResource(ModelFiles.uri(output));
        resource.getContents().add(model);
        ModelFiles.save(resource);
        out.println("wrote " + output + ": " + summary);
        return 0;
    }

    private static String text(String value, String option) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException("new", option + " must not be empty");
        }
        return value.trim();
    }

    /** A whole number option within the wizard's range, or its default when absent. */
    private static int number(Arguments a, String option, int min, int max, int defaultValue) throws UsageException {
        if (!a.has(option)) {
            return defaultValue;
        }
        String value = a.value(option, "").trim();
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw new UsageException("new", option + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }
}
