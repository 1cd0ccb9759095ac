// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.resource;

import org.curriculum.model.util.CurriculumResourceFactoryImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Creates {@link CurriculumResourceSpec}s for {@code *.curriculum}, {@code *.standards} and
 * {@code *.mapping} files (registered in plugin.xml and by {@link #register}).
 */
public class CurriculumResourceFactorySpec extends CurriculumResourceFactoryImpl {

    /** The file extensions of the workbench's model files. */
    public static final String[] FILE_EXTENSIONS = { "curriculum", "standards", "mapping" };

    @Override
    public Resource createResource(URI uri) {
        CurriculumResourceSpec resource = new CurriculumResourceSpec(uri);
        return resource;
    }

    /** Registers this factory for the workbench's extensions in a registry (for use outside OSGi). */
    public static void register(Resource.Factory.Registry registry) {
        CurriculumResourceFactorySpec factory = new CurriculumResourceFactorySpec();
        for (String extension : FILE_EXTENSIONS) {
            registry.getExtensionToFactoryMap().put(extension, factory);
        }
    }
}
