// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.specification;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.curriculum.excel.specification.internal.SpecificationLayout;
import org.curriculum.excel.specification.internal.WordDocument;
import org.curriculum.excel.specification.internal.WordText;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.GuidanceDocument;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Unit;

/**
 * Writes a curriculum's specification as a Word document (.docx) in the layout of the documents
 * developers submit: a regulated qualification (units, rules of combination, annexes of mapping grids),
 * an occupational curriculum (profile, modules, qualifications, traceability) or units of competency,
 * chosen from what the curriculum holds. A field the model lacks shows as "[not given]" and is listed in
 * {@link #warnings()}. Write through {@code AtomicFile} so that a failure leaves no half-written file.
 */
public final class SpecificationDocumentWriter {

    /** What the document shows where the model has no value. */
    public static final String NOT_GIVEN = SpecificationLayout.NOT_GIVEN;

    private final Curriculum curriculum;
    private final List<MappingSet> annexes = new ArrayList<>();
    private final List<GuidanceDocument> appendices = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** A writer for the specification of {@code curriculum}. */
    public SpecificationDocumentWriter(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    /** Adds a mapping set from this curriculum as an annexe grid (units across, standards down). */
    public SpecificationDocumentWriter withAnnexe(MappingSet mapping) {
        annexes.add(mapping);
        return this;
    }

    /**
     * Adds the guidance documents of another curriculum file (e.g. a unit's topic synopsis kept in a file of
     * its own) as appendices; this curriculum's own guidance documents are always appended.
     */
    public SpecificationDocumentWriter withAppendicesFrom(Curriculum other) {
        appendices.addAll(other.getGuidanceDocuments());
        for (CurriculumComponent component : other.getComponents()) {
            if (component instanceof Unit unit) {
                appendices.addAll(unit.getGuidanceDocuments());
            }
        }
        return this;
    }

    /** The kind of document this curriculum makes, e.g. "Qualification specification". */
    public String kind() {
        return SpecificationLayout.Kind.of(curriculum).label();
    }

    /** Writes the whole document to {@code out}; the warnings of this run are then in {@link #warnings()}. */
    public void write(OutputStream out) throws IOException {
        warnings.clear();
        List<String> found = new ArrayList<>();
        WordText text = new WordText(found);
        WordDocument word = new WordDocument(text);
        new SpecificationLayout(word, text, found).write(curriculum, annexes, appendices);
        word.write(out);
        // a field asked for twice (a unit's number in its heading and in its group's table) is reported once
        warnings.addAll(new LinkedHashSet<>(found));
    }

    /** What the last {@link #write} showed as "[not given]" or had to change, one sentence each, naming the element. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
