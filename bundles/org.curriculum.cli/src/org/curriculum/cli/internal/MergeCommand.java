// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.compare.IncomparableModelsException;
import org.curriculum.core.compare.MergeConflict;
import org.curriculum.core.compare.MergeResult;
import org.curriculum.core.compare.ModelMerge;
import org.curriculum.core.resources.AtomicFile;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.core.resources.ModelSaveException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * {@code workbench merge BASE OURS THEIRS -o OUT}, and the Git merge driver's form {@code --git --path PATH}, which
 * writes the result into OURS as git's driver protocol requires.
 */
public final class MergeCommand {

    private MergeCommand() {
    }

    /** Runs the command; returns 0 merged cleanly, 1 conflicts (the file is written with them recorded) or failure. */
    public static int run(Arguments a, PrintStream out, PrintStream err)
            throws UsageException, ModelLoadException, ModelSaveException, IOException {
        a.expectPositional(3, 3, "BASE, OURS and THEIRS, three versions of one model file");
        Path base = Path.of(a.positional().get(0));
        Path ours = Path.of(a.positional().get(1));
        Path theirs = Path.of(a.positional().get(2));
        boolean git = a.has("--git");
        Path output;
        Path placedAs;
        if (git) {
            if (a.has("--output")) {
                throw new UsageException("merge", "--git writes the result into OURS; leave out -o");
            }
            output = ours;
            // git's temporary files sit at the top of the work tree with no extension: read them as the real file
            placedAs = Path.of(a.required("--path", "PATH, the merged file's path in the repository (git's %P)"));
        } else {
            output = Path.of(a.required("--output", "OUT, the merged file"));
            // the merged file is of the inputs' kind: it must end as OURS does (git's merge driver uses --git)
            String ourName = ours.getFileName() == null ? "" : ours.getFileName().toString();
            int dot = ourName.lastIndexOf('.');
            if (dot > 0) {
                OutputPolicy.checkName("merge", output, "the merged " + ourName.substring(dot + 1) + " file",
                        List.of(ourName.substring(dot).toLowerCase(java.util.Locale.ROOT)));
            }
            OutputPolicy.checkReplace("merge", output, List.of(base, ours, theirs), a.has("--force"));
            placedAs = a.has("--path") ? Path.of(a.value("--path", null)) : null;
        }
        err.println("Merging " + theirs + " into " + ours + " (base " + base + ")...");
        // git gives an empty base when both sides added the file (add/add): there is no common version
        boolean noBase = Files.isRegularFile(base) && Files.size(base) == 0;
        EObject baseRoot = noBase ? null : load(base, placedAs);
        EObject ourRoot = load(ours, placedAs);
        EObject theirRoot = load(theirs, placedAs);
        MergeResult result;
        try {
            result = noBase ? ModelMerge.mergeAdded(ourRoot, theirRoot) : ModelMerge.merge(baseRoot, ourRoot, theirRoot);
        } catch (IncomparableModelsException e) {
            err.println("error: " + base + ", " + ours + ", " + theirs + ": " + e.getMessage() + "; nothing was written");
            return 1;
        }
        ModelMerge.recordConflicts(ourRoot, result.conflicts());
        Resource resource = ourRoot.eResource();
        if (placedAs == null) {
            // references to other files are written relative to where the merged file goes
            resource.setURI(ModelFiles.uri(output));
        }
        AtomicFile.write(output, stream -> resource.save(stream, ((XMLResource) resource).getDefaultSaveOptions()));
        String name = placedAs != null ? placedAs.toString() : output.toString();
        for (MergeConflict conflict : result.conflicts()) {
            out.println("conflict: " + name + ": " + conflict.describe());
        }
        out.println("merged " + name + ": " + result.theirsApplied() + " of their change(s) applied, "
                + result.conflicts().size() + " conflict(s)"
                + (result.hasConflicts() ? "; our values were kept and the conflicts recorded in the file ("
                        + ModelMerge.CONFLICT_PROPERTY + " properties of its root): resolve them, then commit" : ""));
        return result.hasConflicts() ? 1 : 0;
    }

    private static EObject load(Path file, Path placedAs) throws ModelLoadException, IOException {
        if (placedAs == null) {
            return ModelFiles.loadRoot(file);
        }
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException(file, 0, 0, "no such file", null);
        }
        try (InputStream content = Files.newInputStream(file)) {
            return ModelFiles.load(ModelFiles.newResourceSet(), placedAs, content, file).getContents().get(0);
        }
    }
}
