// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Qualification;
import org.curriculum.testsupport.LoadedExamples;

/** The BTEC Level 3 Certificate in Contact Centre Operations example (seed 004) with its Annexe B NOS mapping. */
final class BtecExample {

    final Curriculum curriculum;
    final Qualification qualification;
    final MappingSet nosMapping;

    private BtecExample(LoadedExamples examples) {
        this.curriculum = examples.btec();
        this.qualification = examples.btecQualification();
        this.nosMapping = examples.nosMapping();
    }

    /** Copies the examples into the folder and loads the BTEC curriculum and its NOS mapping from there. */
    static BtecExample load(Path folder) throws IOException, ModelLoadException {
        return new BtecExample(LoadedExamples.loadOnly(folder, LoadedExamples.BTEC, LoadedExamples.NOS,
                LoadedExamples.NOS_MAPPING));
    }

    /** The units with these numbers, e.g. {@code units("301", "302")}. */
    List<CurriculumComponent> units(String... numbers) {
        return Arrays.stream(numbers).map(this::unit).toList();
    }

    CurriculumComponent unit(String number) {
        return LoadedExamples.component(curriculum, number);
    }
}
