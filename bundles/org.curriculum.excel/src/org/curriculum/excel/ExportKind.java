// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.excel.specification.SpecificationDocumentWriter;
import org.curriculum.model.Curriculum;
import org.curriculum.model.MappingSet;
import org.eclipse.emf.ecore.EObject;

/**
 * Every kind of export the workbench writes, each with the model it reads and the writer that writes
 * it: the one list the command line's {@code --kind}, the Export wizard and the matrix view choose from.
 * A new kind (a Word specification, a CASE package) is one more constant here with its writer; the
 * command line, the wizard and their checks pick it up without a switch of their own.
 */
public enum ExportKind {

    /** The coverage grid laid out like a published annex, with Links and Legend sheets. */
    GRID("grid", "Coverage grid (with Links and Legend sheets)", MappingSet.class, "mapping set", ".mapping", "a mapping file",
            (root, orientation, out) -> MappingWorkbookWriter.writeGrid((MappingSet) root, out, orientation)),

    /** The links in long format and the legend. */
    LINKS("links", "Links only", MappingSet.class, "mapping set", ".mapping", "a mapping file",
            (root, orientation, out) -> MappingWorkbookWriter.writeLinks((MappingSet) root, out)),

    /** Gaps, partial-only, optional-only and unused items, and pathway-guaranteed coverage. */
    COVERAGE("coverage", "Coverage report", MappingSet.class, "mapping set", ".mapping", "a mapping file",
            (root, orientation, out) -> CoverageReportWriter.write((MappingSet) root, out)),

    /**
     * A council's review: coverage and review figures with charts, the queried and rejected cells with
     * their comments, and the unjustified gaps.
     */
    REVIEW("review", "Review report (figures and charts, queried and rejected cells, unjustified gaps)", MappingSet.class,
            "mapping set", ".mapping", "a mapping file",
            (root, orientation, out) -> ReviewReportWriter.write((MappingSet) root, out)),

    /** The profile, modules, units and qualifications of a curriculum. */
    CURRICULUM("curriculum", "Curriculum workbook", Curriculum.class, "curriculum", ".curriculum", "a curriculum file",
            (root, orientation, out) -> CurriculumWorkbookWriter.write((Curriculum) root, out)),

    /**
     * The specification document a curriculum developer submits (Word); mapping sets given as companions
     * become its annexes, curricula given as companions lend their guidance documents as appendices.
     */
    SPECIFICATION("specification", "Specification document (Word .docx)", Curriculum.class, "curriculum", ".curriculum",
            "a curriculum file", null) {
        @Override
        public String outputExtension() {
            return ".docx";
        }

        @Override
        public boolean acceptsCompanion(EObject companion) {
            return companion instanceof MappingSet || companion instanceof Curriculum;
        }

        @Override
        void writeAccepted(EObject root, GridOrientation orientation, List<? extends EObject> companions,
                Consumer<String> warnings, OutputStream out) throws IOException {
            SpecificationDocumentWriter writer = new SpecificationDocumentWriter((Curriculum) root);
            for (EObject companion : companions) {
                if (companion instanceof MappingSet mapping) {
                    writer.withAnnexe(mapping);
                } else {
                    writer.withAppendicesFrom((Curriculum) companion);
                }
            }
            writer.write(out);
            writer.warnings().forEach(warnings);
        }
    };

    /** Writes a model the kind accepts; the orientation matters to oriented kinds only. */
    @FunctionalInterface
    private interface Writer {
        void write(EObject root, GridOrientation orientation, OutputStream out) throws IOException;
    }

    private final String id;
    private final String label;
    private final Class<? extends EObject> source;
    private final String sourceModel;
    private final String sourceExtension;
    private final String sourceDescription;
    private final Writer writer;

    ExportKind(String id, String label, Class<? extends EObject> source, String sourceModel, String sourceExtension,
            String sourceDescription, Writer writer) {
        this.id = id;
        this.label = label;
        this.source = source;
        this.sourceModel = sourceModel;
        this.sourceExtension = sourceExtension;
        this.sourceDescription = sourceDescription;
        this.writer = writer;
    }

    /** The word the command line's {@code --kind} takes, e.g. {@code grid}. */
    public String id() {
        return id;
    }

    /** What the Export wizard calls it, e.g. "Coverage report". */
    public String label() {
        return label;
    }

    /** The model it exports in words, e.g. "mapping set". */
    public String sourceModel() {
        return sourceModel;
    }

    /** The extension of the model files it exports, e.g. {@code .mapping}. */
    public String sourceExtension() {
        return sourceExtension;
    }

    /** The model file it exports in words, e.g. "a mapping file". */
    public String sourceDescription() {
        return sourceDescription;
    }

    /** The extension of the file it writes; a kind that writes no workbook overrides it in its constant's body. */
    public String outputExtension() {
        return ".xlsx";
    }

    /** Whether the export has a grid whose {@link GridOrientation} the user chooses. */
    public boolean isOriented() {
        return this == GRID;
    }

    /** Whether it exports this model (the root of a loaded file). */
    public boolean accepts(EObject root) {
        return source.isInstance(root);
    }

    /**
     * Writes the model to the stream. Fails with {@link IllegalArgumentException} when the kind does not
     * export this model (callers check {@link #accepts} first and say so in their own words) or when the
     * grid does not fit a worksheet.
     */
    public void write(EObject root, GridOrientation orientation, OutputStream out) throws IOException {
        write(root, orientation, List.of(), warning -> {
        }, out);
    }

    /**
     * As {@link #write(EObject, GridOrientation, OutputStream)}, with the other loaded models the export takes
     * in (a specification's annex mappings and appendix curricula; see {@link #acceptsCompanion}) and a sink
     * for what the writer had to leave out or mark "[not given]". Kinds without companions reject any.
     */
    public void write(EObject root, GridOrientation orientation, List<? extends EObject> companions,
            Consumer<String> warnings, OutputStream out) throws IOException {
        if (!accepts(root)) {
            throw new IllegalArgumentException(label + " is exported from " + sourceDescription);
        }
        for (EObject companion : companions) {
            if (!acceptsCompanion(companion)) {
                throw new IllegalArgumentException(label + " takes no other model file");
            }
        }
        writeAccepted(root, orientation, companions, warnings, out);
    }

    /** Whether the export takes in this other model besides its own (the specification's annexes). */
    public boolean acceptsCompanion(EObject companion) {
        return false;
    }

    void writeAccepted(EObject root, GridOrientation orientation, List<? extends EObject> companions,
            Consumer<String> warnings, OutputStream out) throws IOException {
        writer.write(root, orientation, out);
    }

    /** The kind with a command-line word, if any. */
    public static Optional<ExportKind> byId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }

    /** What a file is exported as when no kind is named: a curriculum as a curriculum, anything else as a grid. */
    public static ExportKind defaultFor(EObject root) {
        return root instanceof Curriculum ? CURRICULUM : GRID;
    }
}
