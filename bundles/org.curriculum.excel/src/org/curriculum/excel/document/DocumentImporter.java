// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.document;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.curriculum.excel.ImportFinding;
import org.curriculum.excel.ImportedModel;
import org.curriculum.excel.document.internal.DocumentBlocks.Block;
import org.curriculum.excel.document.internal.DocumentReader;
import org.curriculum.excel.document.internal.SpecificationRecogniser;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.KnowledgeModule;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.PerformanceRequirement;
import org.curriculum.model.PracticalSkillsModule;
import org.curriculum.model.Unit;
import org.curriculum.model.UnitOfCompetency;
import org.curriculum.model.WorkExperienceModule;

/**
 * Reads a specification written as a Word document (.docx) into a new, unsaved curriculum: units set out in
 * tables or as headings and numbered paragraphs, with their outcomes and criteria; the qualification's summary
 * and rules of combination; a QCTO curriculum's profile, tasks and modules; units of competency (seed 003's
 * layout: functional area, a table of fields, performance requirements and assessment criteria). What it does not recognise is
 * listed in the import report ({@link ImportedModel#findings()}), never dropped silently. A file that cannot
 * be read as a document at all is refused with a {@link DocumentImportException}; nothing is written either way.
 */
public final class DocumentImporter {

    /** Larger files are refused before they are opened; a 500-page specification is a few megabytes. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    /**
     * The largest uncompressed document body read. POI holds the body's XML in memory at some 15 times its size
     * (the benchmark's 6 MB body took 91 MB of heap to read), so 64 MB keeps an import near 1 GB, within the
     * command line's default 2 GB heap; a 2,000-unit specification's body is 6 MB.
     */
    public static final long MAX_BODY_BYTES = 64L * 1024 * 1024;

    /** The most paragraphs (counting those in table cells) read before the document is refused. */
    public static final long MAX_PARAGRAPHS = 2_000_000;

    /** Limits an import stays within: file size, uncompressed body size and paragraph count. */
    public record Budget(long maxFileBytes, long maxBodyBytes, long maxParagraphs) {
        /** The limits of a normal import. */
        public static Budget defaults() {
            return new Budget(MAX_FILE_BYTES, MAX_BODY_BYTES, MAX_PARAGRAPHS);
        }
    }

    /**
     * What an import found, for the summary line a user reads; {@code competencies} counts units of competency,
     * {@code requirements} and {@code items} their performance requirements and items, {@code competencyCriteria}
     * their assessment criteria.
     */
    public record Counts(int units, int outcomes, int criteria, int modules, int tasks, int qualifications,
            int competencies, int requirements, int items, int competencyCriteria) {
        /** Counts what {@code curriculum} holds. */
        public static Counts of(Curriculum curriculum) {
            int units = 0;
            int outcomes = 0;
            int criteria = 0;
            int modules = 0;
            int competencies = 0;
            int requirements = 0;
            int items = 0;
            int competencyCriteria = 0;
            for (CurriculumComponent component : curriculum.getComponents()) {
                if (component instanceof UnitOfCompetency competency) {
                    competencies++;
                    requirements += competency.getPerformanceRequirements().size();
                    for (PerformanceRequirement requirement : competency.getPerformanceRequirements()) {
                        items += requirement.getItems().size();
                    }
                    competencyCriteria += competency.getAssessmentCriteria().size();
                } else if (component instanceof Unit unit) {
                    units++;
                    outcomes += unit.getLearningOutcomes().size();
                    for (LearningOutcome outcome : unit.getLearningOutcomes()) {
                        criteria += outcome.getAssessmentCriteria().size();
                    }
                } else if (component instanceof KnowledgeModule || component instanceof PracticalSkillsModule
                        || component instanceof WorkExperienceModule) {
                    modules++;
                }
            }
            int tasks = curriculum.getProfile() == null ? 0 : curriculum.getProfile().getTasks().size();
            return new Counts(units, outcomes, criteria, modules, tasks, curriculum.getQualifications().size(),
                    competencies, requirements, items, competencyCriteria);
        }

        /**
         * "14 unit(s), 41 outcome(s), 184 criteria, 0 module(s), 0 task(s), 1 qualification(s)", followed by
         * ", 1 unit(s) of competency (4 performance requirement(s), 19 item(s), 5 assessment criteria)" when the
         * document held units of competency.
         */
        @Override
        public String toString() {
            String counts = units + " unit(s), " + outcomes + " outcome(s), " + criteria + " criteria, " + modules
                    + " module(s), " + tasks + " task(s), " + qualifications + " qualification(s)";
            return competencies == 0 ? counts : counts + ", " + competencies + " unit(s) of competency (" + requirements
                    + " performance requirement(s), " + items + " item(s), " + competencyCriteria + " assessment criteria)";
        }
    }

    private DocumentImporter() {
    }

    /** Imports {@code file} within the default budget. */
    public static ImportedModel<Curriculum> importDocument(Path file) throws DocumentImportException {
        return importDocument(file, Budget.defaults());
    }

    /**
     * Imports {@code file} within {@code budget}: a file, body or paragraph count over it is refused with a
     * message saying so. A document in which no unit, module or qualification is recognised is refused too,
     * its message giving the first things the import report found.
     */
    public static ImportedModel<Curriculum> importDocument(Path file, Budget budget) throws DocumentImportException {
        List<Block> blocks = DocumentReader.read(file, budget.maxFileBytes(), budget.maxBodyBytes(), budget.maxParagraphs());
        SpecificationRecogniser recogniser = new SpecificationRecogniser();
        for (Block block : blocks) {
            recogniser.accept(block);
        }
        recogniser.finish();
        Curriculum curriculum = recogniser.curriculum();
        List<ImportFinding> findings = recogniser.findings();
        if (curriculum.getComponents().isEmpty() && curriculum.getProfile() == null
                && curriculum.getQualifications().isEmpty()) {
            StringBuilder first = new StringBuilder();
            for (int i = 0; i < Math.min(3, findings.size()); i++) {
                first.append(i == 0 ? " First of the " + findings.size() + " things not recognised: " : "; ")
                        .append(findings.get(i));
            }
            throw new DocumentImportException(file, null, "no unit, module or qualification was recognised in "
                    + blocks.size() + " paragraph(s) and table(s); a unit is recognised by a heading such as "
                    + "\"Unit 301: Title\", a table of its fields (title, unit reference, level, credit value) or a "
                    + "table headed \"Learning outcomes | Assessment criteria\"; a unit of competency by a heading "
                    + "\"Unit of Competency\" or a table of its fields (title, code, range, competency)." + first, null);
        }
        if (curriculum.getTitle() == null) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            curriculum.setTitle(dot > 0 ? name.substring(0, dot) : name);
        }
        return new ImportedModel<>(curriculum, null, Map.of(), List.of(), findings);
    }
}
