// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.labels.ElementLabels;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.examples.ExampleModels;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Qualification;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardsFramework;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** The shipped examples loaded into one resource set, with look-ups by the numbers and codes a user reads. */
public final class LoadedExamples {

    public static final String BTEC = ExampleModels.BTEC;
    public static final String NOS = ExampleModels.NOS;
    public static final String NOS_MAPPING = ExampleModels.NOS_MAPPING;
    public static final String FS2_MAPPING = ExampleModels.FUNCTIONAL_SKILLS_LEVEL_2_MAPPING;
    public static final String UNIT_OF_COMPETENCY = ExampleModels.UNIT_OF_COMPETENCY;

    public final ResourceSet resourceSet;
    private final Path folder;

    private LoadedExamples(Path folder, ResourceSet resourceSet) {
        this.folder = folder;
        this.resourceSet = resourceSet;
    }

    /** Copies every example into a folder and loads them all. */
    public static LoadedExamples load(Path folder) throws IOException, ModelLoadException {
        List<Path> files = ExampleModels.copyTo(folder);
        return new LoadedExamples(folder, ModelFiles.loadAll(files));
    }

    public <T> T root(String fileName, Class<T> type) {
        Resource resource = resourceSet.getResource(ModelFiles.uri(folder.resolve(fileName)), false);
        if (resource == null) {
            fail(fileName + " is not loaded");
        }
        return type.cast(resource.getContents().get(0));
    }

    public MappingSet nosMapping() {
        return root(NOS_MAPPING, MappingSet.class);
    }

    public Curriculum btec() {
        return root(BTEC, Curriculum.class);
    }

    public StandardsFramework nos() {
        return root(NOS, StandardsFramework.class);
    }

    public Qualification btecQualification() {
        return btec().getQualifications().get(0);
    }

    public CurriculumComponent unit(String number) {
        return component(btec(), number);
    }

    public static CurriculumComponent component(Curriculum curriculum, String number) {
        return curriculum.getComponents().stream().filter(c -> number.equals(c.getNumber())).findFirst()
                .orElseThrow(() -> new AssertionError("no component " + number));
    }

    public Standard nos(String code) {
        return nos().getStandards().stream().filter(s -> code.equals(s.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError("no standard " + code));
    }

    /** What a user reads in a row header: the unit number or the item's code. */
    public static String rowLabel(CoverageMatrix matrix, int row) {
        return ElementLabels.identifier(matrix.getRowItem(row));
    }

    /** What a user reads in a column header: the standard's code. */
    public static String columnLabel(CoverageMatrix matrix, int column) {
        return ElementLabels.identifier(matrix.getColumnItem(column));
    }

    public static List<String> rowLabels(CoverageMatrix matrix, int[] rows) {
        return Arrays.stream(rows).mapToObj(row -> rowLabel(matrix, row)).toList();
    }

    public static List<String> columnLabels(CoverageMatrix matrix, int[] columns) {
        return Arrays.stream(columns).mapToObj(column -> columnLabel(matrix, column)).toList();
    }

    public static List<String> labels(List<? extends MappableItem> items) {
        return items.stream().map(ElementLabels::identifier).toList();
    }

    public static int row(CoverageMatrix matrix, MappableItem item) {
        int row = matrix.getRowOf(item);
        assertEquals(true, row >= 0, ElementLabels.describe(item) + " has a row");
        return row;
    }

    public static int column(CoverageMatrix matrix, MappableItem standard) {
        int column = matrix.getColumnOf(standard);
        assertEquals(true, column >= 0, ElementLabels.describe(standard) + " has a column");
        return column;
    }

    /** A new link, not yet in any mapping set, from an item to a standard at a level. */
    public static MappingLink link(MappableItem item, MappableItem standard, CoverageLevel level) {
        MappingLink link = CurriculumFactory.eINSTANCE.createMappingLink();
        link.setItem(item);
        link.setStandard(standard);
        link.setCoverage(level);
        return link;
    }
}
