// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.core.resources.ModelSaveException;
import org.curriculum.excel.ImportedModel;
import org.curriculum.excel.caseformat.CaseImportException;
import org.curriculum.excel.caseformat.CaseImporter;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.MappingSet;
import org.curriculum.model.NamedElement;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** {@code import case}: a CASE 1.1 JSON package into a model file ({@code export --kind case} is an {@code ExportKind}). */
public final class CaseCommand {

    private CaseCommand() {
    }

    /** Reads a CASE package into OUT.standards, OUT.curriculum or (with --against) OUT.mapping. */
    public static int importPackage(Path input, Path output, List<Path> against, boolean force, PrintStream out,
            PrintStream err) throws UsageException, ModelLoadException, ModelSaveException {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        EClass kind = name.endsWith(".standards") ? CurriculumPackage.Literals.STANDARDS_FRAMEWORK
                : name.endsWith(".curriculum") ? CurriculumPackage.Literals.CURRICULUM
                : name.endsWith(".mapping") ? CurriculumPackage.Literals.MAPPING_SET : null;
        if (kind == null) {
            throw new UsageException("import", "the output of a CASE import is a .standards, .curriculum or .mapping file: " + output);
        }
        if (kind == CurriculumPackage.Literals.MAPPING_SET ? against.isEmpty() : !against.isEmpty()) {
            throw new UsageException("import", kind == CurriculumPackage.Literals.MAPPING_SET
                    ? "links are imported against the two frameworks they join: give them with --against SOURCE_FILE TARGET_FILE"
                    : "--against applies to a .mapping output only");
        }
        List<Path> inputs = new java.util.ArrayList<>(against);
        inputs.add(input);
        OutputPolicy.checkReplace("import", output, inputs, force);
        try {
            ImportedModel<? extends NamedElement> imported;
            if (kind == CurriculumPackage.Literals.MAPPING_SET) {
                err.println("Loading " + against.size() + " file(s) to import against...");
                ResourceSet resourceSet = ModelFiles.loadAll(against);
                err.println("Reading " + input + "...");
                imported = CaseImporter.importMapping(input, resourceSet);
            } else {
                err.println("Reading " + input + "...");
                imported = CaseImporter.importFramework(input, kind);
            }
            for (String note : imported.warnings()) {
                err.println("note: " + note);
            }
            err.println("Writing " + output + "...");
            imported.saveAs(output);
            if (imported.root() instanceof MappingSet mapping) {
                out.println("imported " + mapping.getLinks().size() + " link(s) from " + input + " into " + output);
            } else {
                long items = 0;
                for (var all = imported.root().eAllContents(); all.hasNext();) {
                    items += all.next() instanceof NamedElement ? 1 : 0;
                }
                out.println("imported " + items + " item(s) from " + input + " into " + output);
            }
            return 0;
        } catch (CaseImportException e) {
            err.println("error: " + e.getMessage() + "; nothing was written");
            return 1;
        }
    }
}
