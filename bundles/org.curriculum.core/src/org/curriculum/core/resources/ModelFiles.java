// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.resources;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import org.curriculum.model.resource.CurriculumResourceSpec;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
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
        if (Files.isDirectory(absolute)) {
            throw new ModelLoadException(absolute, 0, 0,
                    "is a folder, not a model file: give a .curriculum, .standards or .mapping file", null);
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
        boolean existed = Files.exists(file);
        try {
            resource.save(Map.of());
        } catch (IOException | RuntimeException e) {
            throw new ModelSaveException(file, "could not be saved (" + rootMessage(e) + "); "
                    + (existed ? "the previous version of the file is unchanged" : "nothing was written"), e);
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

    /**
     * Why a reference from {@code file} to another file's element could not be followed, naming that file
     * and the real reason (missing, refused, damaged, or holding no such element).
     *
     * @param role what the reference is, as the user reads it ("target framework")
     * @param referenced the unresolved proxy, or null when the reference is not set at all
     */
    public static ModelLoadException unresolvedReference(Path file, String role, EObject referenced) {
        URI proxy = referenced instanceof InternalEObject internal ? internal.eProxyURI() : null;
        if (proxy == null || !proxy.trimFragment().isFile()) {
            return new ModelLoadException(file, 0, 0, "the " + role + " is not set; the file is incomplete", null);
        }
        Path other = Path.of(proxy.trimFragment().toFileString());
        try {
            load(newResourceSet(), other);
        } catch (ModelLoadException e) {
            return new ModelLoadException(file, 0, 0, "its " + role + " cannot be loaded: " + e.getMessage(), e);
        }
        return new ModelLoadException(file, 0, 0, "its " + role + " is element " + proxy.fragment() + " of " + other
                + ", which that file does not hold: the file was replaced by another one; restore the one the mapping "
                + "was made against", null);
    }

    private static ModelLoadException translate(Path file, Exception e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        for (Throwable t : chain) {
            if (t instanceof CharConversionException) {
                // the parser's own position is often missing or at the end of its buffer: find the byte itself
                return notUtf8(file, t);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SAXParseException sax) {
                String message = sax.getMessage() == null ? "" : sax.getMessage();
                if (message.equals(CurriculumResourceSpec.TOO_DEEP)) {
                    return new ModelLoadException(file, sax.getLineNumber(), sax.getColumnNumber(), message
                            + "; a real model nests a few levels, and a file nested this deep would make every later "
                            + "step (loading, validation, saving) take hours or run out of stack: it was refused", sax);
                }
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

    /** The refusal of a file that is not UTF-8, at the line and column of its first byte that is not. */
    private static ModelLoadException notUtf8(Path file, Throwable cause) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            bytes = new byte[0];
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        int line = 1;
        int column = 1;
        int badByte = -1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            out.clear();
            if (result.isError()) {
                badByte = bytes[in.position()] & 0xFF;
                break;
            }
            if (result.isUnderflow()) {
                break;
            }
        }
        String what = badByte < 0 ? "is not UTF-8 text"
                : String.format("is not UTF-8 text: byte 0x%02X cannot start or continue a character here", badByte);
        return new ModelLoadException(file, badByte < 0 ? 0 : line, badByte < 0 ? 0 : column, what
                + ". Model files are UTF-8; the file was probably edited with another encoding: save it as UTF-8. "
                + "The file has not been changed.", cause);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
