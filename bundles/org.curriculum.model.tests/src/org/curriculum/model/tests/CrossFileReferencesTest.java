// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.resource.CurriculumResourceFactorySpec;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The references from a mapping file to units and standards in other files, which the resource resolves once per
 * referenced file rather than once per reference: each must still point at the file and element its href names.
 */
class CrossFileReferencesTest {

    @TempDir
    Path folder;

    private static String link(String id, String item, String standard) {
        return "  <links xmi:id=\"" + id + "\" author=\"Pearson (Annexe B)\">\n"
                + "    <item xsi:type=\"curriculum:Unit\" href=\"" + item + "\"/>\n"
                + "    <standard xsi:type=\"curriculum:Standard\" href=\"" + standard + "\"/>\n"
                + "  </links>\n";
    }

    private static URI proxyUri(MappingLink link, boolean item) {
        Object target = link.eGet(item ? CurriculumPackage.Literals.MAPPING_LINK__ITEM
                : CurriculumPackage.Literals.MAPPING_LINK__STANDARD, false);
        assertTrue(((InternalEObject) target).eIsProxy(), "nothing else is loaded, so the target is a proxy");
        return ((InternalEObject) target).eProxyURI();
    }

    @Test
    void eachHrefBecomesTheAbsoluteUriOfTheFileAndElementItNames() throws IOException {
        Path mappings = Files.createDirectories(folder.resolve("mappings"));
        Path file = mappings.resolve("annexe-b.mapping");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<curriculum:MappingSet xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns:curriculum=\"http://curriculum.org/workbench/curriculum/1.0\" xmi:id=\"_set\" code=\"annexe-b\">\n"
                + link("_l1", "btec.curriculum#_unit301", "contact-centre-nos.standards#_cc01")
                + link("_l2", "btec.curriculum#_unit302", "../shared/contact-centre-nos.standards#_cc02")
                + link("_l3", "btec.curriculum#_unit301", "contact-centre-nos.standards#_cc41")
                + "</curriculum:MappingSet>\n", StandardCharsets.UTF_8);
        ResourceSet resourceSet = new ResourceSetImpl();
        CurriculumResourceFactorySpec.register(resourceSet.getResourceFactoryRegistry());
        Resource resource = resourceSet.getResource(URI.createFileURI(file.toString()), true);
        List<MappingLink> links = ((MappingSet) resource.getContents().get(0)).getLinks();

        String mappingsFolder = URI.createFileURI(mappings.toString()).toString() + "/";
        String sharedFolder = URI.createFileURI(folder.resolve("shared").toString()).toString() + "/";
        assertEquals(mappingsFolder + "btec.curriculum#_unit301", proxyUri(links.get(0), true).toString());
        assertEquals(mappingsFolder + "contact-centre-nos.standards#_cc01", proxyUri(links.get(0), false).toString());
        assertEquals(mappingsFolder + "btec.curriculum#_unit302", proxyUri(links.get(1), true).toString());
        assertEquals(sharedFolder + "contact-centre-nos.standards#_cc02", proxyUri(links.get(1), false).toString());
        assertEquals(mappingsFolder + "btec.curriculum#_unit301", proxyUri(links.get(2), true).toString());
        assertEquals(mappingsFolder + "contact-centre-nos.standards#_cc41", proxyUri(links.get(2), false).toString());
        assertEquals(proxyUri(links.get(0), true), proxyUri(links.get(2), true),
                "two references to one element are equal URIs, as EMF's are");
    }
}
