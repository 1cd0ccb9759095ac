// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.curriculum.examples.ExampleModels;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * The folder of the user's example files: the bundled examples, copied into the instance (data)
 * location on first start so that they can be edited and saved like any other file.
 */
public final class ExampleWorkspace {

    /** The example opened on first start: a real qualification with units, outcomes and rules. */
    public static final String FIRST_EXAMPLE = ExampleModels.BTEC;

    private ExampleWorkspace() {
    }

    /** The examples folder, created and filled on first use; existing files are never overwritten. */
    public static Path folder() throws IOException {
        Path folder = dataLocation().resolve("examples");
        if (!Files.isRegularFile(folder.resolve(FIRST_EXAMPLE))) {
            Path fresh = Files.createTempDirectory("curriculum-examples");
            for (Path file : ExampleModels.copyTo(fresh)) {
                Path target = folder.resolve(file.getFileName().toString());
                Files.createDirectories(folder);
                if (!Files.exists(target)) {
                    Files.move(file, target);
                }
            }
        }
        return folder;
    }

    private static Path dataLocation() throws IOException {
        Location instance = Platform.getInstanceLocation();
        if (instance != null && instance.getURL() != null) {
            try {
                return Path.of(org.eclipse.core.runtime.URIUtil.toURI(instance.getURL()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                // fall through to the user's home
            }
        }
        return Path.of(System.getProperty("user.home"), "curriculum-workbench");
    }
}
