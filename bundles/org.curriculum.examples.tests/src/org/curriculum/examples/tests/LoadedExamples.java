// SPDX-License-Identifier: EPL-2.0
package org.curriculum.examples.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.core.resources.ModelSaveException;
import org.curriculum.examples.ExampleModels;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.DocumentListing;
import org.curriculum.model.ListingEntry;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.NamedElement;
import org.curriculum.model.Qualification;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardsFramework;
import org.curriculum.model.Unit;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The shipped examples as the tests see them: copied out of the examples bundle and loaded once
 * (read-only) for the content tests, or loaded afresh for tests that re-save them; with look-ups
 * of units, modules and standards by the number or code the document prints.
 */
final class LoadedExamples {

    static final String CONTACT_CENTRE_MANAGER = ExampleModels.CONTACT_CENTRE_MANAGER;
    static final String BTEC = ExampleModels.BTEC;
    static final String NOS = ExampleModels.NOS;
    static final String NOS_MAPPING = ExampleModels.NOS_MAPPING;
    static final String FUNCTIONAL_SKILLS_LEVEL_1 = ExampleModels.FUNCTIONAL_SKILLS_LEVEL_1;
    static final String FUNCTIONAL_SKILLS_LEVEL_2 = ExampleModels.FUNCTIONAL_SKILLS_LEVEL_2;
    static final String FUNCTIONAL_SKILLS_LEVEL_1_MAPPING = ExampleModels.FUNCTIONAL_SKILLS_LEVEL_1_MAPPING;
    static final String FUNCTIONAL_SKILLS_LEVEL_2_MAPPING = ExampleModels.FUNCTIONAL_SKILLS_LEVEL_2_MAPPING;
    static final String UNIT_OF_COMPETENCY = ExampleModels.UNIT_OF_COMPETENCY;
    static final String TOPIC_SYNOPSIS = ExampleModels.TOPIC_SYNOPSIS;

    private static Path sharedFolder;
    private static ResourceSet shared;

    private LoadedExamples() {
    }

    /** Every example loaded into one resource set, shared by all tests that only read it. */
    static synchronized ResourceSet shared() {
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

    /** Copies every example into {@code folder} and loads them all into a new resource set. */
    static ResourceSet copyAndLoad(Path folder) throws IOException, ModelLoadException {
        return ModelFiles.loadAll(ExampleModels.copyTo(folder));
    }

    /** Loads the examples found in {@code folder} (in {@link ExampleModels#ALL} order) into a new resource set. */
    static ResourceSet loadFrom(Path folder) throws ModelLoadException {
        return ModelFiles.loadAll(ExampleModels.ALL.stream().map(e -> folder.resolve(e.fileName())).toList());
    }

    /** The resource of one example in a resource set, by file name. */
    static Resource resource(ResourceSet resourceSet, String fileName) {
        for (Resource resource : resourceSet.getResources()) {
            if (fileName.equals(resource.getURI().lastSegment())) {
                return resource;
            }
        }
        throw new AssertionError(fileName + " is not loaded; loaded: " + resourceSet.getResources());
    }

    /** Saves every resource of the set as a file of the same name in {@code folder}; references between them stay relative. */
    static Map<String, Path> saveAllInto(ResourceSet resourceSet, Path folder) throws ModelSaveException {
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

    static Curriculum curriculum(String fileName) {
        return (Curriculum) root(fileName);
    }

    static StandardsFramework standards(String fileName) {
        return (StandardsFramework) root(fileName);
    }

    static MappingSet mapping(String fileName) {
        return (MappingSet) root(fileName);
    }

    private static EObject root(String fileName) {
        return resource(shared(), fileName).getContents().get(0);
    }

    /** Every component of a type, in document order. */
    static <T extends CurriculumComponent> List<T> components(Curriculum curriculum, Class<T> type) {
        return curriculum.getComponents().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The component of a type with the number the document prints (e.g. "301" or "7"). */
    static <T extends CurriculumComponent> T component(Curriculum curriculum, Class<T> type, String number) {
        return components(curriculum, type).stream().filter(c -> number.equals(c.getNumber())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " numbered " + number));
    }

    static Unit unit(Curriculum curriculum, String number) {
        return component(curriculum, Unit.class, number);
    }

    /** Every standard of a framework, in sections or not, in document order. */
    static List<Standard> allStandards(StandardsFramework framework) {
        return contentsOfType(framework, Standard.class);
    }

    static Standard standard(StandardsFramework framework, String code) {
        return allStandards(framework).stream().filter(s -> code.equals(s.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError("no standard " + code + " in " + framework.getTitle()));
    }

    /** The units a standard is linked to in a mapping, in link order, e.g. [304, 204, 205]. */
    static List<String> unitsLinkedTo(MappingSet mapping, String standardCode) {
        return mapping.getLinks().stream()
                .filter(link -> standardCode.equals(((NamedElement) link.getStandard()).getCode()))
                .map(link -> ((Unit) link.getItem()).getNumber()).toList();
    }

    /** How many links each unit has in a mapping, by unit number; units without a link are absent. */
    static Map<String, Integer> linksPerUnit(MappingSet mapping) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (MappingLink link : mapping.getLinks()) {
            counts.merge(((Unit) link.getItem()).getNumber(), 1, Integer::sum);
        }
        return counts;
    }

    static List<String> titles(List<? extends NamedElement> elements) {
        return elements.stream().map(NamedElement::getTitle).toList();
    }

    /** The printed numbers of components, e.g. [301, 302, 303]. */
    static List<String> numbers(List<? extends CurriculumComponent> components) {
        return components.stream().map(CurriculumComponent::getNumber).toList();
    }

    /** The printed numbers of listing or table entries. */
    static List<String> entryNumbers(List<ListingEntry> entries) {
        return entries.stream().map(ListingEntry::getNumber).toList();
    }

    /** The group of a qualification's rules with the title the document gives it. */
    static ComponentGroup group(Qualification qualification, String title) {
        return qualification.getRules().getGroups().stream().filter(g -> title.equals(g.getTitle())).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + title + " in " + qualification.getTitle()));
    }

    /** The listing (contents list, summary table) with the title the document gives it. */
    static DocumentListing listing(Curriculum curriculum, String title) {
        return curriculum.getListings().stream().filter(l -> title.equals(l.getTitle())).findFirst()
                .orElseThrow(() -> new AssertionError("no listing " + title));
    }

    /** Every element of a type inside {@code root} (the root included), in document order. */
    static <T> List<T> contentsOfType(EObject root, Class<T> type) {
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
    static int elementCount(EObject root) {
        return contentsOfType(root, EObject.class).size();
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
