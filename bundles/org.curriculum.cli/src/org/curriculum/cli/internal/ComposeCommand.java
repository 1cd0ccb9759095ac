// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.curriculum.model.labels.ElementLabels;
import org.curriculum.core.mapping.ComposedMapping;
import org.curriculum.core.mapping.ComposedMappingSet;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.core.resources.ModelSaveException;
import org.curriculum.excel.ImportedModel;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** {@code workbench compose A.mapping B.mapping -o C.mapping}: a composed crosswalk written as a mapping file. */
public final class ComposeCommand {

    private ComposeCommand() {
    }

    public static int run(Arguments a, PrintStream out, PrintStream err)
            throws UsageException, ModelLoadException, ModelSaveException {
        a.expectPositional(2, 2, "A.mapping B.mapping, two mapping files onto the same framework");
        Path first = Path.of(a.positional().get(0));
        Path second = Path.of(a.positional().get(1));
        Path output = Path.of(a.required("--output", "OUT.mapping"));
        if (!output.getFileName().toString().endsWith(".mapping")) {
            throw new UsageException("compose", "the output file must end in .mapping: " + output);
        }
        OutputPolicy.checkReplace("compose", output, List.of(first, second), a.has("--force"));
        err.println("Loading " + first + " and " + second + "...");
        ResourceSet resourceSet = ModelFiles.loadAll(List.of(first, second));
        MappingSet firstMapping = mapping(ModelFiles.load(resourceSet, first).getContents().get(0), first);
        MappingSet secondMapping = mapping(ModelFiles.load(resourceSet, second).getContents().get(0), second);
        ComposedMapping composed;
        try {
            composed = ComposedMapping.compose(firstMapping, secondMapping);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage() + "; nothing was written");
            return 1;
        }
        MappingSet derived = ComposedMappingSet.create(composed, first.getFileName().toString(),
                second.getFileName().toString(), new Date());
        err.println("Writing " + output + "...");
        new ImportedModel<>(derived, resourceSet, Map.of(), List.of()).saveAs(output);
        out.println(derived.getTitle());
        for (MappingLink link : derived.getLinks()) {
            out.println("  " + ElementLabels.identifier(link.getItem()) + " ~ " + ElementLabels.identifier(link.getStandard())
                    + "  " + link.getRationale());
        }
        out.println("wrote " + output + ": " + derived.getLinks().size() + " derived link(s), each marked \""
                + ComposedMappingSet.DERIVED_AUTHOR + "\" for review");
        return 0;
    }

    private static MappingSet mapping(EObject root, Path file) throws UsageException {
        if (root instanceof MappingSet mapping) {
            return mapping;
        }
        throw new UsageException("compose", file + " holds " + ElementLabels.describe(root) + ", not a mapping set");
    }
}
