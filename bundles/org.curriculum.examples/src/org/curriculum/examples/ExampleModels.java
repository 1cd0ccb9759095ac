// SPDX-License-Identifier: EPL-2.0
package org.curriculum.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The example models shipped with the workbench: the seed documents (an occupational curriculum, a
 * BTEC qualification with its NOS and Functional Skills mappings, a unit of competency and a topic
 * synopsis) as model files.
 */
public final class ExampleModels {

    /** Seed 000: the Contact Centre Manager occupational profile and curriculum summary. */
    public static final String CONTACT_CENTRE_MANAGER = "contact-centre-manager.curriculum";

    /** Seed 004: the BTEC Level 3 Certificate in Contact Centre Operations, its units and rules of combination. */
    public static final String BTEC = "btec-l3-contact-centre-operations.curriculum";

    /** Seed 004 Annexe B: the Contact Centre National Occupational Standards. */
    public static final String NOS = "contact-centre-nos.standards";

    /** Seed 004 Annexe B: the BTEC units mapped to the Contact Centre NOS. */
    public static final String NOS_MAPPING = "btec-l3-contact-centre-nos.mapping";

    /** Seed 004 Annexe C: Functional Skills at level 1. */
    public static final String FUNCTIONAL_SKILLS_LEVEL_1 = "functional-skills-level1.standards";

    /** Seed 004 Annexe C: Functional Skills at level 2. */
    public static final String FUNCTIONAL_SKILLS_LEVEL_2 = "functional-skills-level2.standards";

    /** Seed 004 Annexe C: the level 2 units mapped to Functional Skills level 1. */
    public static final String FUNCTIONAL_SKILLS_LEVEL_1_MAPPING = "btec-l3-functional-skills-level1.mapping";

    /** Seed 004 Annexe C: the level 3 units mapped to Functional Skills level 2. */
    public static final String FUNCTIONAL_SKILLS_LEVEL_2_MAPPING = "btec-l3-functional-skills-level2.mapping";

    /** The unit of competency 105569L5, Manage call centre operations. */
    public static final String UNIT_OF_COMPETENCY = "manage-call-centre-operations.curriculum";

    /** A unit with its topic synopsis guidance. */
    public static final String TOPIC_SYNOPSIS = "systems-and-technology-topic-synopsis.curriculum";

    /** One example file and what it shows. */
    public record Example(String fileName, String description) {
    }

    /** Every example, referenced files before the files that refer to them. */
    public static final List<Example> ALL = List.of(
            new Example(CONTACT_CENTRE_MANAGER,
                    "Occupational profile and curriculum summary, Contact Centre Manager (OFO 143905), as written"),
            new Example(BTEC,
                    "Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF), QN 600/1636/X: 14 units, rules of combination"),
            new Example(NOS, "Contact Centre National Occupational Standards (Annexe B rows)"),
            new Example(NOS_MAPPING, "Annexe B: BTEC units against the Contact Centre NOS"),
            new Example(FUNCTIONAL_SKILLS_LEVEL_1, "Functional Skills, level 1 (Annexe C)"),
            new Example(FUNCTIONAL_SKILLS_LEVEL_2, "Functional Skills, level 2 (Annexe C)"),
            new Example(FUNCTIONAL_SKILLS_LEVEL_1_MAPPING, "Annexe C: level 2 units against Functional Skills level 1"),
            new Example(FUNCTIONAL_SKILLS_LEVEL_2_MAPPING, "Annexe C: level 3 units against Functional Skills level 2"),
            new Example(UNIT_OF_COMPETENCY, "Unit of competency 105569L5, Manage call centre operations"),
            new Example(TOPIC_SYNOPSIS, "A unit with its topic synopsis guidance"));

    private static final String FOLDER = "examples/";

    private ExampleModels() {
    }

    /** Copies every example into a folder (created if needed) and returns the files written. */
    public static List<Path> copyTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Example example : ALL) {
            Path target = folder.resolve(example.fileName());
            try (InputStream in = open(example.fileName())) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            written.add(target);
        }
        return written;
    }

    /** Opens one example file by name. */
    public static InputStream open(String fileName) throws IOException {
        InputStream in = ExampleModels.class.getClassLoader().getResourceAsStream(FOLDER + fileName);
        if (in == null) {
            throw new IOException("example " + fileName + " is missing from the examples bundle");
        }
        return in;
    }
}
