// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** The IDs written into hidden cells so that an exported sheet can be re-imported exactly. */
public final class ModelIds {

    private ModelIds() {
    }

    /** The element's xmi:id (or its path in the file when it has none), or null for a detached element. */
    public static String id(EObject element) {
        if (element == null) {
            return null;
        }
        Resource resource = element.eResource();
        return resource == null ? null : resource.getURIFragment(element);
    }

    /** Finds an element by ID in any loaded resource of the set, or null. */
    public static EObject find(ResourceSet resourceSet, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        for (Resource resource : List.copyOf(resourceSet.getResources())) {
            EObject found;
            try {
                found = resource.getEObject(id);
            } catch (RuntimeException e) {
                // a malformed fragment path (e.g. typed by hand) simply does not match
                found = null;
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
