// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.jface;

import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

/** How any value a property can hold is shown as text: elements by their item-provider label. */
public class ItemLabels {

    private final AdapterFactoryLabelProvider elementLabels;

    public ItemLabels(AdapterFactoryLabelProvider elementLabels) {
        this.elementLabels = elementLabels;
    }

    /** The label provider used for model elements. */
    public AdapterFactoryLabelProvider elements() {
        return elementLabels;
    }

    /** The text shown for a property value. */
    public String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof EObject element) {
            return elementLabels.getText(element);
        }
        if (value instanceof Enumerator literal) {
            return literal.getLiteral();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(this::text).collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
