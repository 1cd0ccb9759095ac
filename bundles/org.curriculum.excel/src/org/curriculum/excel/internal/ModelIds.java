// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;

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

    /**
     * Finds an element by ID in any loaded resource of the set, or null. An xmi:id is looked up in each
     * resource's ID map: {@code Resource.getEObject} would, for an ID a resource does not hold, walk
     * every element of that resource looking for an ID attribute (which our model does not have), so a
     * grid with thousands of IDs would walk whole files thousands of times. Fragment paths (IDs
     * starting with "/", for elements without an xmi:id) and resources that are not XML still go
     * through {@code getEObject}.
     */
    public static EObject find(ResourceSet resourceSet, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        boolean path = id.startsWith("/");
        List<Resource> resources = resourceSet.getResources();
        for (int i = 0; i < resources.size(); i++) {
            Resource resource = resources.get(i);
            EObject found;
            if (!path && resource instanceof XMLResource xml) {
                found = xml.getIDToEObjectMap().get(id);
            } else {
                try {
                    found = resource.getEObject(id);
                } catch (RuntimeException e) {
                    // a malformed fragment path (e.g. typed by hand) simply does not match
                    found = null;
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
