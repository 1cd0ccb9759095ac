// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.resources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.resource.CurriculumResourceFactorySpec;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

/**
 * Loading and saving model files headlessly, with errors a user can act on. Used by the editors,
 * the command line and the tests alike.
 */
public final class ModelFiles {

    private ModelFiles() {
    }

    /** A resource set that reads and writes the workbench's files, inside or outside OSGi. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(CurriculumPackage.eNS_URI, CurriculumPackage.eINSTANCE);
        CurriculumResourceFactorySpec.register(resourceSet.getResourceFactoryRegistry());
        return resourceSet;
    }

    /** The URI used for a file on disk. */
    public static URI uri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }

    /**
     * Loads a file into the resource set. On failure nothing is left in the resource set and the
     * exception names the file, the line and column, and what is wrong.
     */
    public static Resource load(ResourceSet resourceSet, Path file) throws ModelLoadException {
        Path absolute = file.toAbsolutePath().normalize();
        URI uri = uri(absolute);
        Resource existing = resourceSet.getResource(uri, false);
        if (existing != null && existing.isLoaded()) {
            return existing;
        }
        if (!Files.isRegularFile(absolute)) {
            throw new ModelLoadException(absolute, 0, 0, "no such file", new NoSuchFileException(absolute.toString()));
        }
        try {
            if (Files.size(absolute) == 0) {
                throw new ModelLoadException(absolute, 0, 0, "the file is empty; it is not a model file", null);
            }
        } catch (IOException e) {
            throw new ModelLoadException(absolute, 0, 0, "cannot be read: " + e.getMessage(), e);
        }
        return fill(resourceSet, existing != null ? existing : resourceSet.createResource(uri), null, absolute);
    }

    /**
     * Loads a file's content read from elsewhere (a version in Git) as if it were {@code file}, so that its
     * references to other files resolve beside that file; {@code shownAs} names it in errors.
     */
    public static Resource load(ResourceSet resourceSet, Path file, InputStream content, Path shownAs)
            throws ModelLoadException {
        return fill(resourceSet, resourceSet.createResource(uri(file)), content, shownAs);
    }

    /** Loads a resource from its file (content null) or from content; on failure leaves nothing in the set. */
    private static Resource fill(ResourceSet resourceSet, Resource resource, InputStream content, Path shownAs)
            throws ModelLoadException {
        if (resource == null) {
            throw new ModelLoadException(shownAs, 0, 0,
                    "not a model file: the workbench reads .curriculum, .standards and .mapping files", null);
        }
        try {
            if (content == null) {
                resource.load(null);
            } else {
                resource.load(content, null);
            }
        } catch (IOException | WrappedException | IllegalStateException e) {
            resource.unload();
            resourceSet.getResources().remove(resource);
            throw translate(shownAs, e);
        }
        if (resource.getContents().isEmpty()) {
            resourceSet.getResources().remove(resource);
            throw new ModelLoadException(shownAs, 0, 0, "the file holds no model element", null);
        }
        return resource;
    }

    /** Loads files into a new resource set and resolves every reference between them. */
    public static ResourceSet loadAll(Collection<Path> files) throws ModelLoadException {
        ResourceSetImpl resourceSet = (ResourceSetImpl) newResourceSet();
        for (Path file : files) {
            load(resourceSet, file);
        }
        // Every cross-file reference looks up its file by URI; without a map that is a scan of the resource
        // set normalizing each resource's URI, per reference. The map is dropped afterwards because it does not
        // follow a resource whose URI changes later (Save As), and the caller owns the resource set from here.
        Map<URI, Resource> byUri = new HashMap<>();
        for (Resource resource : resourceSet.getResources()) {
            byUri.put(resourceSet.getURIConverter().normalize(resource.getURI()), resource);
        }
        resourceSet.setURIResourceMap(byUri);
        try {
            EcoreUtil.resolveAll(resourceSet);
        } finally {
            resourceSet.setURIResourceMap(null);
        }
        return resourceSet;
    }

    /** The root element of a file, loaded in a new resource set (referenced files are loaded on demand). */
    public static EObject loadRoot(Path file) throws ModelLoadException {
        return load(newResourceSet(), file).getContents().get(0);
    }

    /** Saves a resource atomically: the previous file stays intact if anything goes wrong. */
    public static void save(Resource resource) throws ModelSaveException {
        Path file = Path.of(resource.getURI().toFileString());
        try {
            resource.save(Map.of());
        } catch (IOException | RuntimeException e) {
            throw new ModelSaveException(file, "could not be saved (" + rootMessage(e)
                    + "); the previous version of the file is unchanged", e);
        }
    }

    /** Saves a root element (and whatever it contains) as a new file. */
    public static Resource saveAs(EObject root, Path file) throws ModelSaveException {
        ResourceSet resourceSet = root.eResource() != null && root.eResource().getResourceSet() != null
                ? root.eResource().getResourceSet()
                : newResourceSet();
        Resource resource = resourceSet.createResource(uri(file));
        resource.getContents().add(root);
        save(resource);
        return resource;
    }

    private static ModelLoadException translate(Path file, Exception e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        for (Throwable t : chain) {
            if (t instanceof SAXParseException sax) {
                String message = sax.getMessage() == null ? "" : sax.getMessage();
                if (message.contains("DOCTYPE")) {
                    return new ModelLoadException(file, sax.getLineNumber(), sax.getColumnNumber(),
                            "the file declares a DOCTYPE, which model files never contain; it was refused and nothing "
                                    + "it refers to was read. Remove the DOCTYPE and any entity declarations.",
                            sax);
                }
                return new ModelLoadException(file, sax.getLineNumber(), sax.getColumnNumber(),
                        "not well-formed XML (" + message + "). The file may be truncated or damaged: restore it "
                                + "from version control or a backup; it has not been changed.",
                        sax);
            }
            if (t instanceof XMIException xmi) {
                String what;
                if (xmi instanceof PackageNotFoundException p) {
                    what = "not a Curriculum Workbench model: unknown namespace '" + p.uri() + "'";
                } else if (xmi instanceof ClassNotFoundException c) {
                    what = "unknown element type '" + c.getName() + "'";
                } else if (xmi instanceof FeatureNotFoundException f) {
                    what = "unknown attribute or element '" + f.getName() + "'";
                } else if (xmi instanceof UnresolvedReferenceException u) {
                    what = "reference to '" + u.getReference() + "' cannot be resolved: no element has that id";
                } else {
                    what = String.valueOf(xmi.getMessage());
                }
                return new ModelLoadException(file, xmi.getLine(), xmi.getColumn(),
                        what + ". The file has not been changed.", xmi);
            }
        }
        return new ModelLoadException(file, 0, 0, "could not be read: " + rootMessage(e), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
