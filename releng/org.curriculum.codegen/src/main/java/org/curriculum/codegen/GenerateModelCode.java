// SPDX-License-Identifier: EPL-2.0
package org.curriculum.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model and edit code from the genmodel without an IDE, and checks that the committed
 * {@code src-gen/} folders are exactly what the genmodel produces.
 *
 * <p>Arguments: bundles folder, genmodel path relative to it, {@code true} to write in place (else
 * compare), scratch folder. Generation always runs on a scratch copy of the bundles (with their
 * current sources, so that JMerge keeps {@code @generated NOT} members exactly as a regeneration in
 * the IDE would); in write mode the resulting {@code src-gen/} trees are then copied back.
 */
public final class GenerateModelCode {

    private static final List<String> GENERATED_BUNDLES = List.of("org.curriculum.model", "org.curriculum.model.edit");

    private GenerateModelCode() {
    }

    public static void main(String[] args) throws IOException {
        Path bundles = Path.of(args[0]).toAbsolutePath().normalize();
        String genModelPath = args[1];
        boolean write = Boolean.parseBoolean(args[2]);
        Path scratch = Path.of(args[3]).toAbsolutePath().normalize();

        deleteRecursively(scratch);
        for (String bundle : GENERATED_BUNDLES) {
            copyTree(bundles.resolve(bundle), scratch.resolve(bundle), Set.of("src-gen", "bin", "target"));
            // start from the committed src-gen so that merging behaves as in the IDE
            Path committed = bundles.resolve(bundle).resolve("src-gen");
            if (Files.isDirectory(committed)) {
                copyTree(committed, scratch.resolve(bundle).resolve("src-gen"), Set.of());
            }
        }
        generate(scratch, genModelPath);

        List<String> differences = new ArrayList<>();
        for (String bundle : GENERATED_BUNDLES) {
            differences.addAll(compare(bundles.resolve(bundle).resolve("src-gen"), scratch.resolve(bundle).resolve("src-gen"),
                    bundle + "/src-gen"));
        }
        if (differences.isEmpty()) {
            System.out.println("[codegen] src-gen is up to date with " + genModelPath);
            return;
        }
        if (write) {
            for (String bundle : GENERATED_BUNDLES) {
                Path target = bundles.resolve(bundle).resolve("src-gen");
                deleteRecursively(target);
                copyTree(scratch.resolve(bundle).resolve("src-gen"), target, Set.of());
                for (String extra : List.of("plugin.xml", "plugin.properties", "icons")) {
                    Path from = scratch.resolve(bundle).resolve(extra);
                    Path to = bundles.resolve(bundle).resolve(extra);
                    if (Files.exists(from) && !Files.exists(to)) {
                        copyTree(from, to, Set.of());
                    }
                }
            }
            System.out.println("[codegen] regenerated in place: " + differences.size() + " file(s) changed");
            differences.forEach(d -> System.out.println("[codegen]   " + d));
            return;
        }
        System.err.println("[codegen] src-gen differs from what " + genModelPath + " generates:");
        differences.forEach(d -> System.err.println("[codegen]   " + d));
        System.err.println("[codegen] regenerate with: ./mvnw -pl releng/org.curriculum.codegen verify -Dcodegen.write=true");
        System.exit(1);
    }

    private static void generate(Path root, String genModelPath) {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        for (String bundle : GENERATED_BUNDLES) {
            resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + bundle + "/", false),
                    URI.createFileURI(root.resolve(bundle) + "/"));
        }
        String ecoreJar = EcorePackage.class.getProtectionDomain().getCodeSource().getLocation().toString();
        resourceSet.getURIConverter().getURIMap().put(URI.createPlatformPluginURI("/org.eclipse.emf.ecore/", false),
                URI.createURI("jar:" + ecoreJar + "!/"));

        Resource resource = resourceSet.getResource(URI.createPlatformResourceURI("/" + genModelPath, false), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        List<EPackage> ePackages = new ArrayList<>();
        for (GenPackage genPackage : genModel.getGenPackages()) {
            ePackages.add(genPackage.getEcorePackage());
        }
        // the committed genmodel holds the settings; classes and features come from the .ecore
        genModel.initialize(ePackages);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setValidateModel(true);

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic diagnostic = generator.generate(genModel, projectType, new BasicMonitor.Printing(System.out));
            if (diagnostic.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("EMF generation failed for " + projectType + ": " + diagnostic);
            }
        }
    }

    private static List<String> compare(Path committed, Path generated, String label) throws IOException {
        Set<String> names = new TreeSet<>();
        names.addAll(relativeFiles(committed));
        names.addAll(relativeFiles(generated));
        List<String> differences = new ArrayList<>();
        for (String name : names) {
            Path a = committed.resolve(name);
            Path b = generated.resolve(name);
            if (!Files.exists(a)) {
                differences.add("missing from the repository: " + label + "/" + name);
            } else if (!Files.exists(b)) {
                differences.add("not generated any more: " + label + "/" + name);
            } else if (!normalized(a).equals(normalized(b))) {
                differences.add("differs: " + label + "/" + name);
            }
        }
        return differences;
    }

    private static String normalized(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static Set<String> relativeFiles(Path dir) throws IOException {
        Set<String> result = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return result;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).forEach(f -> result.add(dir.relativize(f).toString().replace('\\', '/')));
        }
        return result;
    }

    private static void copyTree(Path from, Path to, Set<String> excludedTopLevel) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                Path relative = from.relativize(source);
                if (relative.getNameCount() > 0 && excludedTopLevel.contains(relative.getName(0).toString())) {
                    return;
                }
                try {
                    Path target = to.resolve(relative.toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
