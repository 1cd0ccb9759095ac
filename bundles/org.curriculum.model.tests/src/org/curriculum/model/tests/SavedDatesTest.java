// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.resource.CurriculumResourceFactorySpec;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Link dates, which model files hold one per link and which are read without EMF's date parser when they are in
 * the form EMF writes: they must come back as exactly the instants EMF's own parser gives.
 */
class SavedDatesTest {

    @TempDir
    Path folder;

    private static ResourceSet resourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        CurriculumResourceFactorySpec.register(resourceSet.getResourceFactoryRegistry());
        return resourceSet;
    }

    private List<Date> loadLinkDates(Path file) {
        Resource resource = resourceSet().getResource(URI.createFileURI(file.toString()), true);
        List<Date> dates = new ArrayList<>();
        for (MappingLink link : ((MappingSet) resource.getContents().get(0)).getLinks()) {
            dates.add(link.getDate());
        }
        return dates;
    }

    private Path mappingWithDates(String... dates) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<curriculum:MappingSet xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:curriculum=\"http://curriculum.org/workbench/curriculum/1.0\" xmi:id=\"_set\" code=\"annexe-b\">\n");
        for (int i = 0; i < dates.length; i++) {
            xml.append("  <links xmi:id=\"_link").append(i).append("\" author=\"Pearson (Annexe B)\" date=\"")
                    .append(dates[i]).append("\"/>\n");
        }
        xml.append("</curriculum:MappingSet>\n");
        Path file = folder.resolve("dates.mapping");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return file;
    }

    private static long emfParse(String value) {
        return ((Date) EcoreFactory.eINSTANCE.createFromString(EcorePackage.Literals.EDATE, value)).getTime();
    }

    @Test
    void datesInTheSavedFormLoadAsTheInstantTheyName() throws IOException {
        // 1,700,000,000,000 ms after the epoch is 2023-11-14 22:13:20 UTC.
        List<Date> dates = loadLinkDates(mappingWithDates("2023-11-14T22:13:20.000+0000",
                "2023-11-14T23:43:20.250+0130", "2023-11-14T16:43:20.999-0530", "1999-12-31T23:59:59.999+0000"));
        assertEquals(1_700_000_000_000L, dates.get(0).getTime());
        assertEquals(1_700_000_000_250L, dates.get(1).getTime());
        assertEquals(1_700_000_000_999L, dates.get(2).getTime());
        // 2000-01-01 00:00:00 UTC is 946,684,800 s after the epoch.
        assertEquals(946_684_800_000L - 1, dates.get(3).getTime());
    }

    @Test
    void datesInOtherFormsAreReadAsEmfAlwaysReadThem() throws IOException {
        String[] values = { "2023-11-14T22:13:20.000", "2023-11-14T22:13:20", "2023-11-14T22:13", "2023-11-14",
                "2023-13-14T22:13:20.000+0000", "2023-11-14T22:13:60.000+0000", "1500-03-01T12:00:00.000+0000" };
        List<Date> dates = loadLinkDates(mappingWithDates(values));
        for (int i = 0; i < values.length; i++) {
            assertEquals(emfParse(values[i]), dates.get(i).getTime(), values[i]);
        }
    }

    @Test
    void savedDatesComeBackUnchanged() throws IOException {
        MappingSet mapping = CurriculumFactory.eINSTANCE.createMappingSet();
        mapping.setCode("annexe-b");
        Random random = new Random(20261125);
        List<Long> instants = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            // Any millisecond between 1970 and 2100, so that both summer and winter time are covered.
            long instant = (long) (random.nextDouble() * 4_102_444_800_000L);
            instants.add(instant);
            MappingLink link = CurriculumFactory.eINSTANCE.createMappingLink();
            link.setDate(new Date(instant));
            mapping.getLinks().add(link);
        }
        Path file = folder.resolve("saved.mapping");
        Resource resource = resourceSet().createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(mapping);
        resource.save(Map.of());

        List<Date> dates = loadLinkDates(file);
        for (int i = 0; i < instants.size(); i++) {
            assertEquals(instants.get(i).longValue(), dates.get(i).getTime(), "link " + i);
        }
    }
}
