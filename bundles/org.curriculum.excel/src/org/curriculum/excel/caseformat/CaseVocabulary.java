// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.caseformat;

import java.util.Locale;

import org.curriculum.model.CoverageLevel;
import org.eclipse.emf.ecore.EClass;

/**
 * The CASE 1.1 words the workbench writes and reads: association types per coverage level, item type names,
 * the extension key that carries what CASE has no field for.
 *
 * <p>Coverage: a full link is written as {@code exactMatchOf} (the item meets everything the standard asks),
 * a partial one as {@code isRelatedTo} (CASE has no "partially covers"); the level itself, the rationale, the
 * author and the date ride in the association's extension, which is what our import reads.
 */
public final class CaseVocabulary {

    /** Key of our object inside each {@code extensions} object (CASE lets each tool use its own). */
    public static final String EXTENSION = "org.curriculum";

    /** The hierarchy association: origin is the child, destination the parent item or the document. */
    public static final String IS_CHILD_OF = "isChildOf";

    /** Association type of a full coverage link. */
    public static final String FULL = "exactMatchOf";

    /** Association type of a partial coverage link. */
    public static final String PARTIAL = "isRelatedTo";

    /** Prefix of the model properties that hold, as JSON text, what an imported package had and we cannot model. */
    public static final String KEPT = "case:";

    /** Property key of an association kept aside (its JSON). */
    public static final String KEPT_ASSOCIATION = KEPT + "association";

    /** Property key prefix of an item or document field kept aside (its JSON value). */
    public static final String KEPT_FIELD = KEPT + "field:";

    /** Property key prefix of a package-level field kept aside (CFDefinitions, CFRubrics...). */
    public static final String KEPT_PACKAGE = KEPT + "package:";

    private CaseVocabulary() {
    }

    /** The association type of a link of this coverage. */
    public static String associationType(CoverageLevel coverage) {
        return coverage == CoverageLevel.FULL ? FULL : PARTIAL;
    }

    /** The coverage a link read from another tool's association gets: full for an exact match, else partial. */
    public static CoverageLevel coverageOf(String associationType) {
        return FULL.equals(associationType) ? CoverageLevel.FULL : CoverageLevel.PARTIAL;
    }

    /** The CFItemType for an element kind: its class name in words ("LearningOutcome" becomes "Learning Outcome"). */
    public static String itemType(EClass eClass) {
        String name = eClass.getName();
        StringBuilder words = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                words.append(' ');
            }
            words.append(c);
        }
        return words.toString();
    }

    /** An item type reduced for matching: letters and digits only, lower case ("Learning outcome" = "learningoutcome"). */
    static String typeKey(String itemType) {
        return itemType == null ? "" : itemType.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    /** The URI written for an object that has no address of its own: its identifier as a URN. */
    static String uri(String identifier) {
        return "urn:uuid:" + identifier;
    }
}
