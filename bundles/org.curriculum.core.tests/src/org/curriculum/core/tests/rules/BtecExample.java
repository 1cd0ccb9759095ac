// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.examples.ExampleModels;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Qualification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** The BTEC Level 3 Certificate in Contact Centre Operations example (seed 004) with its Annexe B NOS mapping. */
final class BtecExample {

    final Curriculum curriculum;
    final Qualification qualification;
    final MappingSet nosMapping;
    private final Map<String, CurriculumComponent> unitsByNumber = new LinkedHashMap<>();

    private BtecExample(Curriculum curriculum, MappingSet nosMapping) {
        this.curriculum = curriculum;
        this.qualification = curriculum.getQualifications().get(0);
        this.nosMapping = nosMapping;
        for (CurriculumComponent component : curriculum.getComponents()) {
            unitsByNumber.put(component.getNumber(), component);
        }
    }

    /** Copies the examples into the folder and loads the BTEC curriculum and its NOS mapping from there. */
    static BtecExample load(Path folder) throws IOException, ModelLoadException {
        ExampleModels.copyTo(folder);
        ResourceSet resourceSet = ModelFiles.newResourceSet();
        Resource curriculum = ModelFiles.load(resourceSet, folder.resolve("btec-l3-contact-centre-operations.curriculum"));
        ModelFiles.load(resourceSet, folder.resolve("contact-centre-nos.standards"));
        Resource mapping = ModelFiles.load(resourceSet, folder.resolve("btec-l3-contact-centre-nos.mapping"));
        return new BtecExample((Curriculum) curriculum.getContents().get(0), (MappingSet) mapping.getContents().get(0));
    }

    /** The units with these numbers, e.g. {@code units("301", "302")}. */
    List<CurriculumComponent> units(String... numbers) {
        return Arrays.stream(numbers).map(this::unit).toList();
    }

    CurriculumComponent unit(String number) {
        CurriculumComponent unit = unitsByNumber.get(number);
        if (unit == null) {
            throw new IllegalArgumentException("the BTEC example has no unit " + number);
        }
        return unit;
    }
}
