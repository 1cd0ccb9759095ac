// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.resources.ModelFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

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
