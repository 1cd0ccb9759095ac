// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.curriculum.benchmarks.SyntheticModels.Generated;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.examples.ExampleModels;
import org.curriculum.model.CurriculumPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The benchmark models on disk, each written once both as our XMI files and as EMF binary resources
 * of the same content: S is the shipped examples, M and L come from {@link SyntheticModels}. Files
 * are cached under {@code benchmark.data} (default {@code target/benchmark-data}) because the
 * generator is deterministic and every JMH fork needs them.
 */
public final class ModelSets {

    /** Extension appended to a model file's name for its binary-resource twin. */
    public static final String BINARY_EXTENSION = "bin";

    private static final String COMPLETE_MARKER = ".complete";

    private ModelSets() {
    }

    /** The folder holding the XMI and binary files of a size (S, M or L), writing them if needed. */
    public static synchronized Path prepare(String size) {
        Path folder = Path.of(System.getProperty("benchmark.data", "target/benchmark-data"))
                .resolve(size + "-" + SyntheticModels.SEED).toAbsolutePath();
        if (Files.exists(folder.resolve(COMPLETE_MARKER))) {
            return folder;
        }
        try {
            Files.createDirectories(folder);
            if ("S".equals(size)) {
                ExampleModels.copyTo(folder);
            } else {
                writeSynthetic(SyntheticModels.Size.valueOf(size), folder);
            }
            writeBinaryTwins(folder);
            Files.writeString(folder.resolve(COMPLETE_MARKER), "generated\n");
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not prepare benchmark models of size " + size, e);
        }
    }

    /** Something written to a file once per size, by an exporter under test. */
    @FunctionalInterface
    public interface Export {
        void writeTo(java.io.OutputStream out) throws Exception;
    }

    /**
     * A file in a size's data folder, written once by the exporter (through a ".partial" name, so an interrupted
     * run never leaves half a file for the next one to read). A copy written by another build of the exporter's
     * bundle is written again: a stamp beside the file records which jar (path, size, time) wrote it, so an
     * import benchmark never reads a stale export after a change to the writer.
     */
    public static Path exportedOnce(String size, String fileName, Class<?> writer, Export export) throws Exception {
        Path file = prepare(size).resolve(fileName);
        Path stamp = file.resolveSibling(fileName + ".made-by");
        String madeBy = codeSource(writer);
        if (!Files.exists(file) || !Files.exists(stamp) || !Files.readString(stamp).equals(madeBy)) {
            Files.deleteIfExists(stamp);
            Path partial = file.resolveSibling(fileName + ".partial");
            try (java.io.OutputStream out = Files.newOutputStream(partial)) {
                export.writeTo(out);
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(stamp, madeBy);
        }
        return file;
    }

    /** The jar (or class folder) a class was loaded from, with its size and modification time. */
    private static String codeSource(Class<?> type) throws Exception {
        Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        return location + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis() + "\n";
    }

    /** The XMI model files of a prepared folder, referenced files first. */
    public static List<Path> xmiFiles(Path folder) {
        List<Path> files = new ArrayList<>();
        for (ExampleModels.Example example : ExampleModels.ALL) {
            Path file = folder.resolve(example.fileName());
            if (Files.exists(file)) {
                files.add(file);
            }
        }
        if (files.isEmpty()) {
            for (String extension : new String[] { "curriculum", "standards", "mapping" }) {
                files.add(folder.resolve("synthetic." + extension));
            }
        }
        return files;
    }

    /** The binary twins of {@link #xmiFiles}. */
    public static List<Path> binaryFiles(Path folder) {
        List<Path> files = new ArrayList<>();
        for (Path xmi : xmiFiles(folder)) {
            files.add(xmi.resolveSibling(xmi.getFileName() + "." + BINARY_EXTENSION));
        }
        return files;
    }

    /** Total size in bytes of some files. */
    public static long bytes(List<Path> files) {
        long total = 0;
        for (Path file : files) {
            try {
                total += Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }

    /** A resource set that reads and writes EMF binary resources for the {@code .bin} files. */
    public static ResourceSet newBinaryResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(CurriculumPackage.eNS_URI, CurriculumPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(BINARY_EXTENSION,
                (Resource.Factory) BinaryResourceImpl::new);
        return resourceSet;
    }

    private static void writeSynthetic(SyntheticModels.Size size, Path folder) throws Exception {
        Generated generated = SyntheticModels.generate(size, SyntheticModels.SEED);
        ResourceSet resourceSet = ModelFiles.newResourceSet();
        List<Resource> resources = new ArrayList<>();
        EObject[] roots = { generated.curriculum(), generated.framework(), generated.mapping() };
        String[] extensions = { "curriculum", "standards", "mapping" };
        for (int i = 0; i < roots.length; i++) {
            Resource resource = resourceSet.createResource(ModelFiles.uri(folder.resolve("synthetic." + extensions[i])));
            resource.getContents().add(roots[i]);
            resources.add(resource);
        }
        for (Resource resource : resources) {
            ModelFiles.save(resource);
        }
    }

    /**
     * Loads the XMI files and saves the very same objects as binary resources: the roots move into
     * binary resources together, so references between files point at the binary twins.
     */
    private static void writeBinaryTwins(Path folder) throws Exception {
        List<Path> xmi = xmiFiles(folder);
        ResourceSet loaded = ModelFiles.loadAll(xmi);
        ResourceSet binary = newBinaryResourceSet();
        List<Resource> twins = new ArrayList<>();
        List<Path> binaryFiles = binaryFiles(folder);
        List<Resource> sources = new ArrayList<>(loaded.getResources());
        for (int i = 0; i < xmi.size(); i++) {
            Resource source = loaded.getResource(ModelFiles.uri(xmi.get(i)), false);
            Resource twin = binary.createResource(URI.createFileURI(binaryFiles.get(i).toString()));
            twin.getContents().addAll(source.getContents());
            twins.add(twin);
        }
        if (sources.size() != xmi.size()) {
            throw new IllegalStateException("the examples refer to files outside the set: " + sources);
        }
        for (Resource twin : twins) {
            twin.save(null);
        }
        // check the twins load completely: every reference resolves
        ResourceSet check = newBinaryResourceSet();
        for (Path file : binaryFiles) {
            check.getResource(URI.createFileURI(file.toString()), true);
        }
        EcoreUtil.resolveAll(check);
        try (Stream<Resource> resources = check.getResources().stream()) {
            if (resources.count() != binaryFiles.size()) {
                throw new IllegalStateException("binary twins refer outside themselves: " + check.getResources());
            }
        }
    }
}
