// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelSaveException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * The result of an import, still only in memory: the new root element, the IDs it must keep (those
 * read back from a workbook the workbench exported) and any warnings for the user. It is written to
 * disk, atomically, only by {@link #saveAs(Path)}.
 */
public final class ImportedModel<T extends EObject> {

    private final T root;
    private final ResourceSet resourceSet;
    private final Map<EObject, String> ids;
    private final List<String> warnings;
    private final List<ImportFinding> findings;

    public ImportedModel(T root, ResourceSet resourceSet, Map<EObject, String> ids, List<String> warnings) {
        this(root, resourceSet, ids, warnings, List.of());
    }

    /** An import that also reports what in the source it did not take in ({@link #findings()}). */
    public ImportedModel(T root, ResourceSet resourceSet, Map<EObject, String> ids, List<String> warnings,
            List<ImportFinding> findings) {
        this.root = root;
        this.resourceSet = resourceSet;
        this.ids = ids;
        this.warnings = warnings;
        this.findings = findings;
    }

    /** The imported element (a framework or a mapping set), not yet in any file. */
    public T root() {
        return root;
    }

    /** Things the user should know that did not stop the import (e.g. a heading row that matched nothing). */
    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** The import report: what in the source was not taken in, or taken in with a doubt, where and why. */
    public List<ImportFinding> findings() {
        return Collections.unmodifiableList(findings);
    }

    /**
     * Writes the model as a new file, atomically; references to the files it was imported against are
     * written relative to the new file. On failure no file is created or changed.
     */
    public Resource saveAs(Path file) throws ModelSaveException {
        ResourceSet set = resourceSet != null ? resourceSet : ModelFiles.newResourceSet();
        Resource resource = set.createResource(ModelFiles.uri(file));
        resource.getContents().add(root);
        if (resource instanceof XMLResource xml) {
            for (Map.Entry<EObject, String> id : ids.entrySet()) {
                if (id.getValue() != null && !id.getValue().isBlank() && id.getKey().eResource() == resource) {
                    xml.setID(id.getKey(), id.getValue());
                }
            }
        }
        try {
            ModelFiles.save(resource);
        } catch (ModelSaveException e) {
            resource.getContents().clear();
            set.getResources().remove(resource);
            throw e;
        }
        return resource;
    }
}
