// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.jface;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Texts and icons of model elements, as the item providers give them. */
public class AdapterFactoryLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final ItemImages images = new ItemImages();

    public AdapterFactoryLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = labelProvider(element);
        return provider != null ? provider.getText(element) : element == null ? "" : element.toString();
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = labelProvider(element);
        return provider != null ? images.get(provider.getImage(element)) : null;
    }

    private IItemLabelProvider labelProvider(Object element) {
        return element == null ? null : (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
