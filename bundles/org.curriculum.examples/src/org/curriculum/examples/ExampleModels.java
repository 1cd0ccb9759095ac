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

    /** One example file and what it shows. */
    public record Example(String fileName, String description) {
    }

    /** Every example, referenced files before the files that refer to them. */
    public static final List<Example> ALL = List.of(
            new Example("contact-centre-manager.curriculum",
                    "Occupational profile and curriculum summary, Contact Centre Manager (OFO 143905), as written"),
            new Example("btec-l3-contact-centre-operations.curriculum",
                    "Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF), QN 600/1636/X: 14 units, rules of combination"),
            new Example("contact-centre-nos.standards", "Contact Centre National Occupational Standards (Annexe B rows)"),
            new Example("btec-l3-contact-centre-nos.mapping", "Annexe B: BTEC units against the Contact Centre NOS"),
            new Example("functional-skills-level1.standards", "Functional Skills, level 1 (Annexe C)"),
            new Example("functional-skills-level2.standards", "Functional Skills, level 2 (Annexe C)"),
            new Example("btec-l3-functional-skills-level1.mapping", "Annexe C: level 2 units against Functional Skills level 1"),
            new Example("btec-l3-functional-skills-level2.mapping", "Annexe C: level 3 units against Functional Skills level 2"),
            new Example("manage-call-centre-operations.curriculum", "Unit of competency 105569L5, Manage call centre operations"),
            new Example("systems-and-technology-topic-synopsis.curriculum", "A unit with its topic synopsis guidance"));

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
