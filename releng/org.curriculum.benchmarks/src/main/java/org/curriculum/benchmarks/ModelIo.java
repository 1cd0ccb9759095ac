// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.curriculum.core.resources.ModelFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/** The model I/O being measured: ours (XMI through ModelFiles) and EMF's binary resource, same model. */
public final class ModelIo {

    private ModelIo() {
    }

    /** Loads our XMI files as the workbench does, every cross-file reference resolved. */
    public static ResourceSet loadXmi(List<Path> files) {
        try {
            return ModelFiles.loadAll(files);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Loads our XMI files with EMF's documented load-speed options switched on (parser pool, name-to-feature
     * map, cached lookup tables, deferred attachment, a URI-to-resource map): not what the workbench does
     * today, measured to see how much of the gap to the binary resource plain options would close.
     */
    public static ResourceSet loadXmiTuned(List<Path> files) {
        ResourceSet resourceSet = ModelFiles.newResourceSet();
        ((ResourceSetImpl) resourceSet).setURIResourceMap(new HashMap<>());
        for (Path file : files) {
            Resource resource = resourceSet.createResource(ModelFiles.uri(file));
            Map<Object, Object> options = ((XMLResource) resource).getDefaultLoadOptions();
            options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
            options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE);
            options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, LOOKUP_TABLE);
            options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
            options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
            try {
                resource.load(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        EcoreUtil.resolveAll(resourceSet);
        return resourceSet;
    }

    private static final XMLParserPool PARSER_POOL = new XMLParserPoolImpl();
    private static final Map<Object, Object> NAME_TO_FEATURE = new HashMap<>();
    private static final List<Object> LOOKUP_TABLE = new ArrayList<>();

    /** Loads the binary twins into a resource set, every cross-file reference resolved. */
    public static ResourceSet loadBinary(List<Path> files) {
        ResourceSet resourceSet = ModelSets.newBinaryResourceSet();
        for (Path file : files) {
            resourceSet.getResource(URI.createFileURI(file.toString()), true);
        }
        EcoreUtil.resolveAll(resourceSet);
        return resourceSet;
    }

    /** Saves every resource as the workbench does (XMI, atomic: temporary file, fsync, rename). */
    public static void saveXmi(ResourceSet resourceSet) {
        try {
            for (Resource resource : resourceSet.getResources()) {
                ModelFiles.save(resource);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Saves every binary resource to its file, as EMF does by default (no fsync). */
    public static void saveBinary(ResourceSet resourceSet) {
        try {
            for (Resource resource : resourceSet.getResources()) {
                resource.save(null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serializes every resource to memory only: the format's own cost, without the disk. Returns bytes written. */
    public static long serialize(ResourceSet resourceSet) {
        long bytes = 0;
        try {
            for (Resource resource : resourceSet.getResources()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
                resource.save(out, null);
                bytes += out.size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }
}
