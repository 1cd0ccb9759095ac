// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.caseformat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The CASE identifier (a lower-case UUID) of a model element, stable across exports because it comes from the
 * element's model id.
 *
 * <p>Every id the workbench assigns is {@code _} followed by a UUID, and an element imported from CASE is given
 * {@code _} + its CASE identifier: for those the UUID itself is the identifier, so a framework imported from
 * another tool keeps that tool's identifiers when it is exported again. Any other id (a hand-written file, an
 * element without an id, addressed by its path) gets a name-based UUID derived from the id.
 */
public final class CaseIdentifiers {

    /** The UUID form CASE 1.1's schema requires (RFC 4122 variant). */
    private static final Pattern CASE_UUID = Pattern
            .compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    /** Prefix of the name hashed for ids that are not UUIDs, so our identifiers do not collide with others'. */
    private static final String NAMESPACE = "org.curriculum.model:";

    private CaseIdentifiers() {
    }

    /** The element's model id (its xmi:id, or its path in the file when it has none), or null when detached. */
    public static String modelId(EObject element) {
        Resource resource = element.eResource();
        return resource == null ? null : resource.getURIFragment(element);
    }

    /** The CASE identifier of an element, derived from its model id. */
    public static String identifier(EObject element) {
        String id = modelId(element);
        if (id == null) {
            throw new IllegalArgumentException("element is not in a file: " + element);
        }
        return identifierOf(id);
    }

    /** The CASE identifier for a model id. */
    public static String identifierOf(String modelId) {
        if (modelId.length() == 37 && modelId.charAt(0) == '_') {
            String uuid = modelId.substring(1);
            if (isCaseUuid(uuid)) {
                return uuid;
            }
        }
        return UUID.nameUUIDFromBytes((NAMESPACE + modelId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The model id an element imported with this CASE identifier is given. */
    public static String modelIdOf(String identifier) {
        return "_" + identifier;
    }

    /** Whether the text is a lower-case UUID as CASE 1.1 requires for identifiers. */
    public static boolean isCaseUuid(String text) {
        return text != null && CASE_UUID.matcher(text).matches();
    }
}
