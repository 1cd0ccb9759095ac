// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.curriculum.model.labels.ElementLabels;
import org.curriculum.core.mapping.ComposedMappingSet;
import org.curriculum.core.mapping.CrosswalkChain;
import org.curriculum.core.mapping.DerivedLinks;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.core.resources.ModelSaveException;
import org.curriculum.excel.ImportedModel;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** {@code workbench compose A.mapping B.mapping [C.mapping...] -o OUT.mapping}: a composed crosswalk written as a mapping file. */
public final class ComposeCommand {

    private ComposeCommand() {
    }

    /** Composes the mapping files given in order and writes the derived mapping; refuses to replace without --force. */
    public static int run(Arguments a, PrintStream out, PrintStream err)
            throws UsageException, ModelLoadException, ModelSaveException {
        a.expectPositional(2, Integer.MAX_VALUE, "A.mapping B.mapping [C.mapping...], mapping files each sharing a framework"
                + " with the one before");
        List<Path> files = a.positional().stream().map(Path::of).toList();
        Path output = Path.of(a.required("--output", "OUT.mapping"));
        OutputPolicy.check("compose", output, "a mapping file", List.of(".mapping"), files, a.has("--force"));
        err.println("Loading " + files.stream().map(Path::toString).collect(Collectors.joining(" and ")) + "...");
        ResourceSet resourceSet = ModelFiles.loadAll(files);
        List<MappingSet> mappings = new ArrayList<>();
        for (Path file : files) {
            mappings.add(mapping(ModelFiles.load(resourceSet, file).getContents().get(0), file));
        }
        CrosswalkChain chain;
        try {
            chain = CrosswalkChain.compose(mappings);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage() + "; nothing was written");
            return 1;
        }
        MappingSet derived = ComposedMappingSet.create(chain,
                files.stream().map(file -> file.getFileName().toString()).toList(), new Date());
        err.println("Writing " + output + "...");
        new ImportedModel<>(derived, resourceSet, Map.of(), List.of()).saveAs(output);
        out.println(derived.getTitle());
        for (MappingLink link : derived.getLinks()) {
            out.println("  " + ElementLabels.identifier(link.getItem()) + " ~ " + ElementLabels.identifier(link.getStandard())
                    + "  " + link.getRationale());
        }
        out.println("wrote " + output + ": " + derived.getLinks().size() + " derived link(s), each marked \""
                + DerivedLinks.DERIVED_AUTHOR + "\" for review");
        return 0;
    }

    private static MappingSet mapping(EObject root, Path file) throws UsageException {
        if (root instanceof MappingSet mapping) {
            return mapping;
        }
        throw new UsageException("compose", file + " holds " + ElementLabels.describe(root) + ", not a mapping set");
    }
}
