// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.jface;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * One property of an element in the Properties view: name, category and description from the item
 * property descriptor, a text or drop-down editor chosen from the feature's type.
 */
public class ItemPropertyDescriptorAdapter extends PropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;
    private final ItemLabels labels;

    public ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor, ItemLabels labels) {
        super(descriptor.getId(object), descriptor.getDisplayName(object));
        this.object = object;
        this.descriptor = descriptor;
        this.labels = labels;
        setCategory(descriptor.getCategory(object));
        setDescription(descriptor.getDescription(object));
        setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object value) {
                return labels.text(value);
            }
        });
    }

    /** The plain value of a property (item descriptors wrap attribute values for their own editors). */
    public static Object editableValue(Object object, IItemPropertyDescriptor descriptor) {
        Object value = descriptor.getPropertyValue(object);
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
    }

    /** The values a user may choose from, or null when the property is free text. */
    public static List<Object> choices(Object object, IItemPropertyDescriptor descriptor) {
        Object feature = descriptor.getFeature(object);
        if (feature instanceof EAttribute attribute && !attribute.isMany()) {
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            if (type == boolean.class || type == Boolean.class) {
                return List.of(Boolean.FALSE, Boolean.TRUE);
            }
        }
        if (feature instanceof EReference reference && !reference.isMany() && descriptor.getClass() == ItemPropertyDescriptor.class
                && object instanceof EObject element && element.eResource() != null
                && element.eResource().getResourceSet() != null && onlyEverRoots(reference.getEReferenceType())) {
            // EMF's default walks every object of the resource set and their references looking for
            // candidates (seconds for a mapping set of 400,000 links); objects no containment can hold
            // are the roots of the loaded files, so those are the candidates, in the same order.
            List<Object> roots = new ArrayList<>();
            for (Resource resource : element.eResource().getResourceSet().getResources()) {
                for (EObject root : resource.getContents()) {
                    if (reference.getEReferenceType().isInstance(root)) {
                        roots.add(root);
                    }
                }
            }
            roots.add(null);
            return roots;
        }
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        return choices == null ? null : new ArrayList<>(choices);
    }

    /** Whether no containment reference of the type's package can hold an instance of the type (or of a subtype). */
    static boolean onlyEverRoots(EClass type) {
        for (EClassifier classifier : type.getEPackage().getEClassifiers()) {
            if (classifier instanceof EClass container) {
                for (EReference candidate : container.getEReferences()) {
                    EClass held = candidate.getEReferenceType();
                    if (candidate.isContainment() && held != null
                            && (held.isSuperTypeOf(type) || type.isSuperTypeOf(held) || held == EcorePackage.Literals.EOBJECT)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!descriptor.canSetProperty(object)) {
            return null;
        }
        Object feature = descriptor.getFeature(object);
        if (feature instanceof EStructuralFeature structural && structural.isMany()) {
            // Lists are edited in the editor's details form, not in a single cell.
            return null;
        }
        List<Object> choices = choices(object, descriptor);
        if (choices != null) {
            return new ChoiceCellEditor(parent, choices, labels);
        }
        if (feature instanceof EAttribute attribute) {
            return new DataTypeCellEditor(parent, attribute.getEAttributeType());
        }
        return null;
    }

    /** A drop-down over a list of values, shown by their labels. */
    static final class ChoiceCellEditor extends ComboBoxCellEditor {
        private final List<Object> choices;

        ChoiceCellEditor(Composite parent, List<Object> choices, ItemLabels labels) {
            super(parent, choices.stream().map(labels::text).toArray(String[]::new), SWT.READ_ONLY);
            this.choices = choices;
        }

        @Override
        protected Object doGetValue() {
            int index = (Integer) super.doGetValue();
            return index >= 0 && index < choices.size() ? choices.get(index) : null;
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(Math.max(0, choices.indexOf(value)));
        }
    }

    /** A text cell converting to and from the attribute's data type; refuses text that does not convert. */
    static final class DataTypeCellEditor extends TextCellEditor {
        private final EDataType type;

        DataTypeCellEditor(Composite parent, EDataType type) {
            super(parent);
            this.type = type;
            setValidator(value -> {
                try {
                    convert((String) value);
                    return null;
                } catch (RuntimeException e) {
                    return "'" + value + "' is not a valid " + type.getName();
                }
            });
        }

        private Object convert(String text) {
            if (text == null || text.isEmpty()) {
                return type.getInstanceClass() == String.class ? text : null;
            }
            return EcoreUtil.createFromString(type, text);
        }

        @Override
        protected Object doGetValue() {
            return convert((String) super.doGetValue());
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
        }
    }
}
