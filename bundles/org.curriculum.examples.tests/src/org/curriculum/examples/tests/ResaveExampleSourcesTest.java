// SPDX-License-Identifier: EPL-2.0
package org.curriculum.examples.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.testsupport.LoadedExamples;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check but a maintenance step, skipped unless asked for: re-saves the example files in a
 * source folder through the workbench's own resource, so that the committed files are byte for
 * byte what the workbench writes (the extraction scripts write the same model, laid out
 * differently). Run it after re-running the extraction scripts:
 * {@code ./mvnw verify -pl bundles/org.curriculum.examples.tests -am
 * -Dtest.vmargs="-Xmx2g -Djava.awt.headless=true -Dcurriculum.examples.resave=$PWD/bundles/org.curriculum.examples/examples"}.
 */
class ResaveExampleSourcesTest {

    static final String FOLDER_PROPERTY = "curriculum.examples.resave";

    @Test
    @EnabledIfSystemProperty(named = FOLDER_PROPERTY, matches = ".+")
    void resaveTheExampleFilesInTheNamedFolder() throws Exception {
        Path folder = Path.of(System.getProperty(FOLDER_PROPERTY)).toAbsolutePath();
        assertTrue(Files.isDirectory(folder), FOLDER_PROPERTY + " names no folder: " + folder);
        ResourceSet resourceSet = LoadedExamples.loadFrom(folder);
        for (Resource resource : resourceSet.getResources()) {
            ModelFiles.save(resource);
            System.out.println("re-saved " + resource.getURI().toFileString());
        }
    }
}
