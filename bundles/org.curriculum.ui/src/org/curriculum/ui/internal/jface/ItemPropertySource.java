// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.jface;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * The Properties view's view of a model element, built from its item property descriptors. Changes
 * go through the descriptors, which execute set commands on the element's editing domain.
 */
public class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource itemPropertySource;
    private final ItemLabels labels;

    public ItemPropertySource(Object object, IItemPropertySource itemPropertySource, ItemLabels labels) {
        this.object = object;
        this.itemPropertySource = itemPropertySource;
        this.labels = labels;
    }

    /** Property sources for every element the adapter factory knows. */
    public static IPropertySourceProvider provider(AdapterFactory adapterFactory, ItemLabels labels) {
        return object -> {
            Object source = adapterFactory.adapt(object, IItemPropertySource.class);
            return source instanceof IItemPropertySource itemSource
                    ? new ItemPropertySource(object, itemSource, labels)
                    : null;
        };
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> result = new ArrayList<>();
        for (IItemPropertyDescriptor descriptor : itemPropertySource.getPropertyDescriptors(object)) {
            result.add(new ItemPropertyDescriptorAdapter(object, descriptor, labels));
        }
        return result.toArray(new IPropertyDescriptor[0]);
    }

    @Override
    public Object getPropertyValue(Object id) {
        return ItemPropertyDescriptorAdapter.editableValue(object, descriptor(id));
    }

    @Override
    public boolean isPropertySet(Object id) {
        return descriptor(id).isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        descriptor(id).resetPropertyValue(object);
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        Object current = ItemPropertyDescriptorAdapter.editableValue(object, descriptor);
        if (value == null ? current != null : !value.equals(current)) {
            descriptor.setPropertyValue(object, value);
        }
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return itemPropertySource.getPropertyDescriptor(object, id);
    }
}
