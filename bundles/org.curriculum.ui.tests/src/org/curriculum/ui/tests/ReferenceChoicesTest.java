// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.model.MappingSet;
import org.curriculum.model.NamedElement;
import org.curriculum.model.provider.LabelledItemProviderAdapterFactory;
import org.curriculum.ui.internal.jface.ItemPropertyDescriptorAdapter;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frameworks a mapping set's Source and Target drop-downs offer (Annexe B): the loaded curriculum
 * and standards framework, taken from the files' roots rather than EMF's walk over every object, and
 * the same values that walk finds.
 */
class ReferenceChoicesTest {

    @TempDir
    Path folder;

    @Test
    void mappingSetSourceOffersTheLoadedFrameworksAsEmfWouldFindThem() throws Exception {
        WorkbenchFixture.examplesCopy(folder);
        ResourceSet loaded = ModelFiles.loadAll(List.of(folder.resolve("btec-l3-contact-centre-nos.mapping"),
                folder.resolve("btec-l3-contact-centre-operations.curriculum"), folder.resolve("contact-centre-nos.standards")));
        MappingSet mapping = loaded.getResources().stream().map(Resource::getContents).flatMap(List::stream)
                .filter(MappingSet.class::isInstance).map(MappingSet.class::cast).findFirst().orElseThrow();
        ComposedAdapterFactory factory = new ComposedAdapterFactory(new LabelledItemProviderAdapterFactory());
        IItemPropertySource source = (IItemPropertySource) factory.adapt(mapping, IItemPropertySource.class);
        IItemPropertyDescriptor sourceProperty = source.getPropertyDescriptor(mapping, "source");

        List<Object> offered = ItemPropertyDescriptorAdapter.choices(mapping, sourceProperty);

        assertEquals(List.of("Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF)", "Contact Centre National Occupational Standards"),
                offered.stream().filter(NamedElement.class::isInstance).map(value -> ((NamedElement) value).getTitle()).toList());
        assertNull(offered.get(offered.size() - 1), "the empty choice comes last");
        assertEquals(new HashSet<>(sourceProperty.getChoiceOfValues(mapping)), new HashSet<>(offered));
        factory.dispose();
    }
}
