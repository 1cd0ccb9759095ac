// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import org.curriculum.model.Curriculum;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Qualification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * A benchmark model loaded from its XMI files, with the mapping set the benchmarks work on (the one
 * with most links: for S, Annexe B of the BTEC example) and the qualification of its source curriculum
 * (for S, the BTEC certificate with its rules of combination).
 */
public record LoadedModel(ResourceSet resourceSet, MappingSet mapping, Qualification qualification) {

    /**
     * Loads the model of a size (S, M or L), generating its files first if needed, from its binary twins:
     * the same objects, loaded several times faster, for benchmarks whose setup only needs the model.
     */
    public static LoadedModel of(String size) {
        return of(ModelIo.loadBinary(ModelSets.binaryFiles(ModelSets.prepare(size))));
    }

    /** Loads the model of a size from its XMI files, as the workbench does (with the files' IDs). */
    public static LoadedModel ofXmi(String size) {
        return of(ModelIo.loadXmi(ModelSets.xmiFiles(ModelSets.prepare(size))));
    }

    /** Finds the mapping set and qualification in a loaded model. */
    public static LoadedModel of(ResourceSet resourceSet) {
        MappingSet mapping = null;
        for (Resource resource : resourceSet.getResources()) {
            for (EObject root : resource.getContents()) {
                if (root instanceof MappingSet candidate
                        && (mapping == null || candidate.getLinks().size() > mapping.getLinks().size())) {
                    mapping = candidate;
                }
            }
        }
        if (mapping == null) {
            throw new IllegalStateException("no mapping set in " + resourceSet.getResources());
        }
        Qualification qualification = null;
        if (mapping.getSource() instanceof Curriculum curriculum) {
            for (Qualification candidate : curriculum.getQualifications()) {
                if (candidate.getRules() != null) {
                    qualification = candidate;
                    break;
                }
            }
        }
        return new LoadedModel(resourceSet, mapping, qualification);
    }
}
