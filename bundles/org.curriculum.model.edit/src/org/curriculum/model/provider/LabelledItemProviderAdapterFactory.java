// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.provider;

import org.curriculum.model.labels.ElementLabels;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.DecoratorAdapterFactory;
import org.eclipse.emf.edit.provider.IDisposable;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemProviderDecorator;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderDecorator;

/**
 * The item-provider adapter factory the workbench uses: the generated one, decorated once so that
 * every element's label comes from {@link ElementLabels#numberedTitle} (number or code, then title:
 * what a curriculum developer reads in the documents) instead of the generated "type + code".
 * Everything else (children, properties, commands, images) is the generated item provider's.
 * Hand-written, so regeneration never touches it.
 *
 * @not-generated
 */
public class LabelledItemProviderAdapterFactory extends DecoratorAdapterFactory {

    public LabelledItemProviderAdapterFactory() {
        super(new CurriculumItemProviderAdapterFactory());
    }

    @Override
    protected IItemProviderDecorator createItemProviderDecorator(Object target, Object type) {
        return new LabelDecorator(this);
    }

    /**
     * The generated item providers look up children, property values and choices through their
     * factory's root: make that the composed factory this one is part of, so they see the labels too.
     */
    @Override
    public void setParentAdapterFactory(ComposedAdapterFactory parent) {
        super.setParentAdapterFactory(parent);
        ((ComposeableAdapterFactory) decoratedAdapterFactory).setParentAdapterFactory(parent);
    }

    @Override
    public void dispose() {
        super.dispose();
        ((IDisposable) decoratedAdapterFactory).dispose();
    }

    /**
     * One decorator per generated item provider: the label from {@link ElementLabels}, the rest
     * forwarded. It declares the item-provider interfaces the editor adapts to (the base class has their
     * methods but not the interfaces), and {@link Adapter}, the type {@link DecoratorAdapterFactory}
     * casts it to when a composed factory adapts a model object.
     */
    private static final class LabelDecorator extends ItemProviderDecorator
            implements IEditingDomainItemProvider, IStructuredItemContentProvider, ITreeItemContentProvider,
            IItemLabelProvider, IItemPropertySource, Adapter {

        LabelDecorator(AdapterFactory adapterFactory) {
            super(adapterFactory);
        }

        @Override
        public String getText(Object object) {
            return ElementLabels.numberedTitle(object, super.getText(object));
        }

        /**
         * The generated item provider already reaches the composed factory's listeners (through its
         * factory's parent); passing its notifications on again would refresh every viewer twice.
         */
        @Override
        public void notifyChanged(Notification notification) {
            // deliberately nothing: see above
        }

        /** Never attached to a model object: {@link DecoratorAdapterFactory} keeps decorators in a map. */
        @Override
        public Notifier getTarget() {
            return null;
        }

        @Override
        public void setTarget(Notifier newTarget) {
            // never attached, see getTarget
        }
    }
}
