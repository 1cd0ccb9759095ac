// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import java.net.URL;
import java.util.Enumeration;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Makes Eclipse Collections (which NatTable uses) work inside OSGi. Its API bundle finds the
 * implementation of each factory (Sets, Lists, IntSets, ...) with ServiceLoader through the
 * thread's context class loader when the factory class is initialised; in OSGi that loader cannot
 * see the implementation bundle, and the Maven Central jars carry no SPI Fly headers. So the
 * factory classes are initialised once, up front, with the implementation bundle as context loader.
 */
final class CollectionsFactories {

    private static final String API = "org.eclipse.collections.api";
    private static final String IMPLEMENTATION = "org.eclipse.collections.impl";
    private static boolean initialised;

    private CollectionsFactories() {
    }

    /** Initialises every factory class of the API bundle, once. */
    static synchronized void initialise() {
        if (initialised) {
            return;
        }
        initialised = true;
        ClassLoader api = loader(API);
        ClassLoader implementation = loader(IMPLEMENTATION);
        if (api == null || implementation == null) {
            ILog.of(CollectionsFactories.class).warn("Eclipse Collections bundles not found; the matrix may not draw");
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(implementation);
        try {
            Enumeration<URL> classes = Platform.getBundle(API).findEntries("org/eclipse/collections/api/factory",
                    "*.class", true);
            while (classes != null && classes.hasMoreElements()) {
                String path = classes.nextElement().getPath();
                String name = path.substring(1, path.length() - ".class".length()).replace('/', '.');
                if (!name.contains("$")) {
                    try {
                        Class.forName(name, true, api);
                    } catch (ClassNotFoundException | LinkageError e) {
                        ILog.of(CollectionsFactories.class).warn("Cannot initialise " + name, e);
                    }
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static ClassLoader loader(String symbolicName) {
        Bundle bundle = Platform.getBundle(symbolicName);
        if (bundle == null) {
            return null;
        }
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        return wiring == null ? null : wiring.getClassLoader();
    }
}
