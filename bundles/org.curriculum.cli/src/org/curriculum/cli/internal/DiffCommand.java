// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.curriculum.core.compare.GitRevisions;
import org.curriculum.core.compare.IncomparableModelsException;
import org.curriculum.core.compare.ModelChange;
import org.curriculum.core.compare.ModelComparison;
import org.curriculum.core.compare.ModelDifference;
import org.curriculum.core.resources.AtomicFile;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.core.resources.ModelSaveException;
import org.curriculum.excel.DifferenceWorkbookWriter;
import org.eclipse.emf.ecore.EObject;

/** {@code workbench diff OLD NEW}: the semantic compare of two versions, files or {@code REV:PATH} in Git. */
public final class DiffCommand {

    private DiffCommand() {
    }

    /** Runs the command; returns the exit status (0 compared, 1 a version could not be read or compared). */
    public static int run(Arguments a, PrintStream out, PrintStream err)
            throws UsageException, ModelLoadException, ModelSaveException, IOException {
        a.expectPositional(2, 2, "OLD and NEW, two files or REV:PATH versions of one model file");
        String format = a.value("--format", "text");
        if (!List.of("text", "json", "xlsx").contains(format)) {
            throw new UsageException("diff", "unknown format '" + format + "'; use text, json or xlsx");
        }
        String oldName = a.positional().get(0);
        String newName = a.positional().get(1);
        Path output = null;
        if (format.equals("xlsx")) {
            output = Path.of(a.required("--output", "OUT.xlsx"));
            List<Path> inputs = new ArrayList<>();
            for (String input : List.of(oldName, newName)) {
                if (!GitRevisions.isRevision(input)) {
                    inputs.add(Path.of(input));
                }
            }
            OutputPolicy.check("diff", output, "a workbook of the changes", List.of(".xlsx"), inputs, a.has("--force"));
        } else if (a.has("--output")) {
            throw new UsageException("diff", "-o applies to --format xlsx only; text and json go to the standard output");
        }
        err.println("Comparing " + oldName + " with " + newName + "...");
        Path repository = Path.of(a.value("--repo", "."));
        EObject before = load(oldName, repository);
        EObject after = load(newName, repository);
        ModelDifference difference;
        try {
            difference = ModelComparison.compare(before, after);
        } catch (IncomparableModelsException e) {
            err.println("error: " + oldName + ", " + newName + ": " + e.getMessage());
            return 1;
        }
        for (String warning : difference.warnings()) {
            err.println("warning: " + warning);
        }
        switch (format) {
        case "json" -> out.print(Json.write(json(difference, oldName, newName)));
        case "xlsx" -> {
            err.println("Writing " + output + "...");
            AtomicFile.write(output, stream -> DifferenceWorkbookWriter.write(difference, oldName, newName, stream));
            out.println("wrote " + output + " (" + difference.changes().size() + " change(s))");
        }
        default -> out.print(text(difference));
        }
        return 0;
    }

    /** A file, or a version in Git; references to other files are not resolved (labels resolve them lazily). */
    static EObject load(String argument, Path repository) throws ModelLoadException {
        if (GitRevisions.isRevision(argument)) {
            return GitRevisions.load(ModelFiles.newResourceSet(), argument, repository);
        }
        return ModelFiles.loadRoot(Path.of(argument));
    }

    /** The text report: a summary line, then the changes by part of the model. */
    public static String text(ModelDifference difference) {
        StringBuilder text = new StringBuilder();
        text.append(difference.root()).append(": ");
        if (difference.isEmpty()) {
            return text.append("no changes\n").toString();
        }
        text.append(difference.changes().size()).append(" change(s): ");
        List<String> counts = new ArrayList<>();
        for (ModelChange.Kind kind : ModelChange.Kind.values()) {
            counts.add(difference.count(kind) + " " + kind.word());
        }
        text.append(String.join(", ", counts)).append('\n');
        ModelChange.Category category = null;
        for (ModelChange change : difference.changes()) {
            if (change.category() != category) {
                category = change.category();
                text.append('\n').append(category.title()).append('\n');
            }
            text.append("  ").append(change.describe()).append('\n');
        }
        return text.toString();
    }

    private static Map<String, Object> json(ModelDifference difference, String oldName, String newName) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("model", difference.root());
        root.put("old", oldName);
        root.put("new", newName);
        root.put("matchedBy", difference.matchedByCode() ? "code" : "id");
        root.put("warnings", difference.warnings());
        List<Object> changes = new ArrayList<>();
        for (ModelChange change : difference.changes()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", change.kind().word());
            entry.put("part", change.category().title());
            entry.put("path", change.path());
            entry.put("feature", change.feature());
            entry.put("old", change.oldValue());
            entry.put("new", change.newValue());
            changes.add(entry);
        }
        root.put("changes", changes);
        Map<String, Object> summary = new LinkedHashMap<>();
        for (ModelChange.Kind kind : ModelChange.Kind.values()) {
            summary.put(kind.word(), difference.count(kind));
        }
        root.put("summary", summary);
        return root;
    }
}
