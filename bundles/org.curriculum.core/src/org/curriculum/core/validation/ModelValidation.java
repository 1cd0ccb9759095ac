// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.curriculum.core.compare.ModelMerge;
import org.curriculum.core.compare.RecordedConflict;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.MappingLink;
import org.curriculum.model.labels.ElementLabels;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * Validates models headlessly and turns EMF's diagnostics into problems a user can act on. The
 * constraints themselves are declared in the metamodel and checked by the generated
 * {@code CurriculumValidator} (logic in {@code org.curriculum.model.validation}); this service runs
 * EMF's {@link Diagnostician} over a file's contents, names elements by kind, number and title, and
 * rewords EMF's own generic findings (broken references, missing required values). Used by the command
 * line's {@code validate} command, the Problems view and the tests.
 */
public final class ModelValidation {

    static {
        // initialising the package registers the generated validator with EValidator.Registry.INSTANCE
        CurriculumPackage.eINSTANCE.eClass();
    }

    private ModelValidation() {
    }

    /** Validates every root element of a resource (a model file). */
    public static List<ValidationProblem> validate(Resource resource) {
        List<ValidationProblem> problems = new ArrayList<>();
        for (EObject root : new ArrayList<>(resource.getContents())) {
            problems.addAll(validate(root));
        }
        return problems;
    }

    /** Validates every file loaded in a resource set, in the order they were loaded. */
    public static List<ValidationProblem> validateAll(ResourceSet resourceSet) {
        List<ValidationProblem> problems = new ArrayList<>();
        for (Resource resource : new ArrayList<>(resourceSet.getResources())) {
            problems.addAll(validate(resource));
        }
        return problems;
    }

    /** Validates an element and everything it contains. */
    public static List<ValidationProblem> validate(EObject element) {
        List<ValidationProblem> problems = new ArrayList<>();
        collect(diagnose(element), problems);
        if (element.eContainer() == null) {
            unresolvedConflicts(element, problems);
        }
        return problems;
    }

    /**
     * A warning for each merge conflict still recorded on a root (see {@code ModelMerge}): the file is valid, but
     * holds our value where the other side wanted another until someone chooses.
     */
    private static void unresolvedConflicts(EObject root, List<ValidationProblem> problems) {
        for (RecordedConflict conflict : RecordedConflict.of(root)) {
            EObject element = conflict.element();
            problems.add(new ValidationProblem(ValidationProblem.Severity.WARNING,
                    ElementLabels.describe(element != null ? element : root),
                    "Unresolved merge conflict: " + conflict.describe() + ". The file keeps ours; choose a side in the"
                            + " Merge Conflicts view (or edit the value and delete the root's '"
                            + ModelMerge.CONFLICT_PROPERTY + "' property).",
                    element != null ? element : root));
        }
    }

    /** EMF's diagnostic tree for an element and everything it contains, with the workbench's labels. */
    public static Diagnostic diagnose(EObject element) {
        LabellingDiagnostician diagnostician = new LabellingDiagnostician();
        Map<Object, Object> context = diagnostician.createDefaultContext();
        return diagnostician.validate(element, context);
    }

    /** Whether any of the problems is an error. */
    public static boolean hasErrors(List<ValidationProblem> problems) {
        return problems.stream().anyMatch(p -> p.severity() == ValidationProblem.Severity.ERROR);
    }

    private static void collect(Diagnostic diagnostic, List<ValidationProblem> problems) {
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() == Diagnostic.OK) {
                continue;
            }
            EObject element = child.getData().isEmpty() || !(child.getData().get(0) instanceof EObject e) ? null : e;
            problems.add(new ValidationProblem(severity(child), element == null ? "" : ElementLabels.describe(element),
                    message(child, element), element));
        }
    }

    private static ValidationProblem.Severity severity(Diagnostic diagnostic) {
        return switch (diagnostic.getSeverity()) {
        case Diagnostic.WARNING -> ValidationProblem.Severity.WARNING;
        case Diagnostic.INFO -> ValidationProblem.Severity.INFO;
        default -> ValidationProblem.Severity.ERROR;
        };
    }

    /** EMF's generic messages reworded to say what to do; the workbench's own messages already do. */
    private static String message(Diagnostic diagnostic, EObject element) {
        if (diagnostic.getException() != null) {
            // a constraint failed to run: say so rather than pretend the model is wrong
            return diagnostic.getMessage() + " (" + diagnostic.getException() + "). This is a fault in the"
                    + " workbench, not in the model; please report it with the file.";
        }
        if (!EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource()) || element == null) {
            return diagnostic.getMessage();
        }
        List<?> data = diagnostic.getData();
        String label = ElementLabels.describeWithPlace(element);
        if (diagnostic.getCode() == EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES && data.size() >= 3
                && data.get(1) instanceof EStructuralFeature feature && data.get(2) instanceof InternalEObject proxy) {
            URI uri = proxy.eProxyURI();
            String target = uri == null ? "an element" : uri.lastSegment() + "#" + uri.fragment();
            String fix = element instanceof MappingLink ? "delete the link" : "remove the reference";
            return label + ": its " + words(feature.getName()) + " refers to " + ElementLabels.inSentence(
                    ElementLabels.kind(proxy)) + " " + target + ", which cannot be found: the file that holds it may"
                            + " be missing, renamed or moved, or the element was deleted. Put the file back beside"
                            + " this one, or "
                    + fix + ".";
        }
        if (diagnostic.getCode() == EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS && data.size() >= 2
                && data.get(1) instanceof EStructuralFeature feature) {
            if (feature.isMany()) {
                int count = ((List<?>) element.eGet(feature)).size();
                return label + " needs at least " + feature.getLowerBound() + " " + words(feature.getName())
                        + " but has " + count + ": add the missing ones or delete the "
                        + ElementLabels.inSentence(ElementLabels.kind(element))
                        + ".";
            }
            return label + " has no " + words(feature.getName()) + ", which is required: set it or delete the "
                    + ElementLabels.inSentence(ElementLabels.kind(element)) + ".";
        }
        return diagnostic.getMessage();
    }

    private static String words(String camelCase) {
        return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    /** Names elements in EMF's own messages the way the workbench does. */
    private static final class LabellingDiagnostician extends Diagnostician {

        LabellingDiagnostician() {
            super(EValidator.Registry.INSTANCE);
        }

        @Override
        public String getObjectLabel(EObject eObject) {
            return ElementLabels.describe(eObject);
        }
    }
}
