// SPDX-License-Identifier: EPL-2.0
package org.curriculum.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.core.resources.ModelSaveException;
import org.curriculum.examples.ExampleModels;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.DocumentListing;
import org.curriculum.model.ListingEntry;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.NamedElement;
import org.curriculum.model.Qualification;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardsFramework;
import org.curriculum.model.Unit;
import org.curriculum.model.labels.ElementLabels;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The shipped examples as every test bundle sees them: copied out of the examples bundle into a folder
 * and loaded into one resource set (afresh for a test that changes them, or once and shared for tests
 * that only read), with look-ups of units, modules and standards by the number or code the document
 * prints, and the labels a user reads in the matrix's headers.
 */
public final class LoadedExamples {

    public static final String CONTACT_CENTRE_MANAGER = ExampleModels.CONTACT_CENTRE_MANAGER;
    public static final String BTEC = ExampleModels.BTEC;
    public static final String NOS = ExampleModels.NOS;
    public static final String NOS_MAPPING = ExampleModels.NOS_MAPPING;
    public static final String FUNCTIONAL_SKILLS_LEVEL_1 = ExampleModels.FUNCTIONAL_SKILLS_LEVEL_1;
    public static final String FUNCTIONAL_SKILLS_LEVEL_2 = ExampleModels.FUNCTIONAL_SKILLS_LEVEL_2;
    public static final String FUNCTIONAL_SKILLS_LEVEL_1_MAPPING = ExampleModels.FUNCTIONAL_SKILLS_LEVEL_1_MAPPING;
    public static final String FUNCTIONAL_SKILLS_LEVEL_2_MAPPING = ExampleModels.FUNCTIONAL_SKILLS_LEVEL_2_MAPPING;
    public static final String FS2_MAPPING = FUNCTIONAL_SKILLS_LEVEL_2_MAPPING;
    public static final String UNIT_OF_COMPETENCY = ExampleModels.UNIT_OF_COMPETENCY;
    public static final String TOPIC_SYNOPSIS = ExampleModels.TOPIC_SYNOPSIS;

    private static Path sharedFolder;
    private static ResourceSet shared;

    /** The resource set every example was loaded into. */
    public final ResourceSet resourceSet;
    private final Path folder;

    private LoadedExamples(Path folder, ResourceSet resourceSet) {
        this.folder = folder;
        this.resourceSet = resourceSet;
    }

    // ------------------------------------------------------------------ loading

    /** Copies every example into a folder and loads them all, for a test that may change them. */
    public static LoadedExamples load(Path folder) throws IOException, ModelLoadException {
        return new LoadedExamples(folder, copyAndLoad(folder));
    }

    /**
     * Copies every example into a folder and loads only the named files (with what they reference), for
     * a service that looks through the whole resource set, e.g. a grid import against the loaded frameworks.
     */
    public static LoadedExamples loadOnly(Path folder, String... fileNames) throws IOException, ModelLoadException {
        ExampleModels.copyTo(folder);
        return new LoadedExamples(folder, ModelFiles.loadAll(Arrays.stream(fileNames).map(folder::resolve).toList()));
    }

    /** Copies every example into {@code folder} and loads them all into a new resource set. */
    public static ResourceSet copyAndLoad(Path folder) throws IOException, ModelLoadException {
        return ModelFiles.loadAll(ExampleModels.copyTo(folder));
    }

    /** Loads the examples found in {@code folder} (in {@link ExampleModels#ALL} order) into a new resource set. */
    public static ResourceSet loadFrom(Path folder) throws ModelLoadException {
        return ModelFiles.loadAll(ExampleModels.ALL.stream().map(e -> folder.resolve(e.fileName())).toList());
    }

    /** Every example loaded once into one resource set, shared by all tests that only read it. */
    public static synchronized ResourceSet shared() {
        if (shared == null) {
            try {
                sharedFolder = Files.createTempDirectory("curriculum-examples-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(sharedFolder)));
                shared = copyAndLoad(sharedFolder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ModelLoadException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return shared;
    }

    /** Saves every resource of the set as a file of the same name in {@code folder}; references between them stay relative. */
    public static Map<String, Path> saveAllInto(ResourceSet resourceSet, Path folder) throws ModelSaveException {
        // every URI is moved first so that references between the files are written relative to the new folder
        Map<String, Path> written = new LinkedHashMap<>();
        for (Resource resource : resourceSet.getResources()) {
            Path target = folder.resolve(resource.getURI().lastSegment());
            resource.setURI(ModelFiles.uri(target));
            written.put(resource.getURI().lastSegment(), target);
        }
        for (Resource resource : resourceSet.getResources()) {
            ModelFiles.save(resource);
        }
        return written;
    }

    // ------------------------------------------------------------------ roots of a loaded copy

    /** The root of one example file of this copy. */
    public <T> T root(String fileName, Class<T> type) {
        Resource resource = resourceSet.getResource(ModelFiles.uri(folder.resolve(fileName)), false);
        if (resource == null) {
            throw new AssertionError(fileName + " is not loaded");
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

    /** A BTEC unit by its number, e.g. {@code unit("301")}. */
    public CurriculumComponent unit(String number) {
        return component(btec(), number);
    }

    /** A NOS standard by its code, e.g. {@code nos("CC08")}. */
    public Standard nos(String code) {
        return standard(nos(), code);
    }

    // ------------------------------------------------------------------ roots of the shared copy

    /** The resource of one example in a resource set, by file name. */
    public static Resource resource(ResourceSet resourceSet, String fileName) {
        for (Resource resource : resourceSet.getResources()) {
            if (fileName.equals(resource.getURI().lastSegment())) {
                return resource;
            }
        }
        throw new AssertionError(fileName + " is not loaded; loaded: " + resourceSet.getResources());
    }

    public static Curriculum curriculum(String fileName) {
        return (Curriculum) sharedRoot(fileName);
    }

    public static StandardsFramework standards(String fileName) {
        return (StandardsFramework) sharedRoot(fileName);
    }

    public static MappingSet mapping(String fileName) {
        return (MappingSet) sharedRoot(fileName);
    }

    private static EObject sharedRoot(String fileName) {
        return resource(shared(), fileName).getContents().get(0);
    }

    // ------------------------------------------------------------------ look-ups by printed number or code

    /** The component with the number the document prints (e.g. "301" or "7"), of any type. */
    public static CurriculumComponent component(Curriculum curriculum, String number) {
        return curriculum.getComponents().stream().filter(c -> number.equals(c.getNumber())).findFirst()
                .orElseThrow(() -> new AssertionError("no component " + number));
    }

    /** Every component of a type, in document order. */
    public static <T extends CurriculumComponent> List<T> components(Curriculum curriculum, Class<T> type) {
        return curriculum.getComponents().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The component of a type with the number the document prints (e.g. "301" or "7"). */
    public static <T extends CurriculumComponent> T component(Curriculum curriculum, Class<T> type, String number) {
        return components(curriculum, type).stream().filter(c -> number.equals(c.getNumber())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " numbered " + number));
    }

    /** The unit with the number the document prints, e.g. {@code unit(btec, "301")}. */
    public static Unit unit(Curriculum curriculum, String number) {
        return component(curriculum, Unit.class, number);
    }

    /** Every standard of a framework, in sections or not, in document order. */
    public static List<Standard> allStandards(StandardsFramework framework) {
        return contentsOfType(framework, Standard.class);
    }

    public static Standard standard(StandardsFramework framework, String code) {
        return allStandards(framework).stream().filter(s -> code.equals(s.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError("no standard " + code + " in " + framework.getTitle()));
    }

    /** The units a standard is linked to in a mapping, in link order, e.g. [304, 204, 205]. */
    public static List<String> unitsLinkedTo(MappingSet mapping, String standardCode) {
        return mapping.getLinks().stream()
                .filter(link -> standardCode.equals(((NamedElement) link.getStandard()).getCode()))
                .map(link -> ((Unit) link.getItem()).getNumber()).toList();
    }

    /** How many links each unit has in a mapping, by unit number; units without a link are absent. */
    public static Map<String, Integer> linksPerUnit(MappingSet mapping) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (MappingLink link : mapping.getLinks()) {
            counts.merge(((Unit) link.getItem()).getNumber(), 1, Integer::sum);
        }
        return counts;
    }

    public static List<String> titles(List<? extends NamedElement> elements) {
        return elements.stream().map(NamedElement::getTitle).toList();
    }

    /** The printed numbers of components, e.g. [301, 302, 303]. */
    public static List<String> numbers(List<? extends CurriculumComponent> components) {
        return components.stream().map(CurriculumComponent::getNumber).toList();
    }

    /** The printed numbers of listing or table entries. */
    public static List<String> entryNumbers(List<ListingEntry> entries) {
        return entries.stream().map(ListingEntry::getNumber).toList();
    }

    /** The group of a qualification's rules with the title the document gives it. */
    public static ComponentGroup group(Qualification qualification, String title) {
        return qualification.getRules().getGroups().stream().filter(g -> title.equals(g.getTitle())).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + title + " in " + qualification.getTitle()));
    }

    /** The listing (contents list, summary table) with the title the document gives it. */
    public static DocumentListing listing(Curriculum curriculum, String title) {
        return curriculum.getListings().stream().filter(l -> title.equals(l.getTitle())).findFirst()
                .orElseThrow(() -> new AssertionError("no listing " + title));
    }

    /** Every element of a type inside {@code root} (the root included), in document order. */
    public static <T> List<T> contentsOfType(EObject root, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (type.isInstance(next)) {
                found.add(type.cast(next));
            }
        }
        return found;
    }

    /** How many elements the file holds, the root included. */
    public static int elementCount(EObject root) {
        return contentsOfType(root, EObject.class).size();
    }

    // ------------------------------------------------------------------ what the matrix's headers show

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

    /** The numbers or codes of items, e.g. [301, 302]. */
    public static List<String> labels(List<? extends MappableItem> items) {
        return items.stream().map(ElementLabels::identifier).toList();
    }

    /** The matrix row of an item, which must have one. */
    public static int row(CoverageMatrix matrix, MappableItem item) {
        int row = matrix.getRowOf(item);
        if (row < 0) {
            throw new AssertionError(ElementLabels.describe(item) + " has no row");
        }
        return row;
    }

    /** The matrix column of a standard, which must have one. */
    public static int column(CoverageMatrix matrix, MappableItem standard) {
        int column = matrix.getColumnOf(standard);
        if (column < 0) {
            throw new AssertionError(ElementLabels.describe(standard) + " has no column");
        }
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

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
