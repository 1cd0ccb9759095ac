// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * {@code workbench compose}: Annexe B (BTEC units onto the NOS) composed with a crosswalk from the unit of
 * competency 105569L5 onto the same NOS. The crosswalk arrives as another tool would publish it: a bare CASE
 * document, no extensions, an exact match (2(a).3 "Conduct capacity planning" to CC36) and two related items
 * (2(a).2 "Forecast call flow" to CC35, 2(b).1 "Monitor calls" to CC28). By hand from Annexe B: CC28 is ticked
 * under 307 only, CC35 and CC36 under 308 only; so 307 and 308 relate to 105569L5, nothing else.
 */
class ComposeCommandTest extends CommandLineHarness {

    static final String CROSSWALK = """
            {
              "identifier": "0b7d6a52-1f4e-4c8a-9d3e-5a6b7c8d9e01", "uri": "https://registry.example.org/crosswalks/0b7d6a52",
              "creator": "Services SETA", "title": "105569L5 against the Contact Centre NOS", "lastChangeDateTime": "2025-05-02T10:00:00Z",
              "CFAssociations": [
                { "identifier": "0b7d6a52-0000-4000-8000-000000000001", "associationType": "exactMatchOf", "uri": "https://registry.example.org/a/1",
                  "originNodeURI": { "title": "2(a).3", "identifier": "ba48cc61-bc37-54ba-8530-42c63d417757", "uri": "https://registry.example.org/i/1" },
                  "destinationNodeURI": { "title": "CC36", "identifier": "7b814c19-2070-5dac-aec4-dcb844d6bda4", "uri": "https://registry.example.org/i/2" },
                  "lastChangeDateTime": "2025-05-02T10:00:00Z", "notes": "capacity planning is resource planning" },
                { "identifier": "0b7d6a52-0000-4000-8000-000000000002", "associationType": "isRelatedTo", "uri": "https://registry.example.org/a/2",
                  "originNodeURI": { "title": "2(a).2", "identifier": "263140b7-7f8c-5c61-9c3b-bb7450ed250d", "uri": "https://registry.example.org/i/3" },
                  "destinationNodeURI": { "title": "CC35", "identifier": "5c778956-e6be-53a9-83c5-bc70bd57b315", "uri": "https://registry.example.org/i/4" },
                  "lastChangeDateTime": "2025-05-02T10:00:00Z" },
                { "identifier": "0b7d6a52-0000-4000-8000-000000000003", "associationType": "isRelatedTo", "uri": "https://registry.example.org/a/3",
                  "originNodeURI": { "title": "2(b).1", "identifier": "3341bcd7-7fc5-5f82-bf3b-c39e78590f1a", "uri": "https://registry.example.org/i/5" },
                  "destinationNodeURI": { "title": "CC28", "identifier": "f7c71b64-4ac5-5cca-9191-c2bae9c89dea", "uri": "https://registry.example.org/i/6" },
                  "lastChangeDateTime": "2025-05-02T10:00:00Z" },
                { "identifier": "0b7d6a52-0000-4000-8000-000000000004", "associationType": "ext:reviewedBy", "uri": "https://registry.example.org/a/4",
                  "originNodeURI": { "title": "2(b).1", "identifier": "3341bcd7-7fc5-5f82-bf3b-c39e78590f1a", "uri": "https://registry.example.org/i/5" },
                  "destinationNodeURI": { "title": "Panel", "identifier": "0b7d6a52-0000-4000-8000-0000000000ff", "uri": "https://registry.example.org/p" },
                  "lastChangeDateTime": "2025-05-02T10:00:00Z" }
              ]
            }
            """;

    @Test
    void annexeBComposedWithTheUnitOfCompetencyCrosswalkRelates307And308To105569L5() throws Exception {
        Path json = Files.writeString(folder.resolve("105569L5-nos.json"), CROSSWALK);
        Path crosswalk = folder.resolve("105569L5-nos.mapping");
        assertEquals(0, run("import", "case", json.toString(), "-o", crosswalk.toString(), "--against",
                examples.resolve("manage-call-centre-operations.curriculum").toString(),
                examples.resolve("contact-centre-nos.standards").toString()), err());
        assertEquals("imported 3 link(s) from " + json + " into " + crosswalk + "\n", out());
        assertTrue(err().contains("note: 1 association(s) of type \"ext:reviewedBy\" are not coverage links; kept aside on the mapping set"), err());

        reset();
        Path derived = folder.resolve("btec-105569L5.mapping");
        assertEquals(0, run("compose", examples.resolve("btec-l3-contact-centre-nos.mapping").toString(), crosswalk.toString(),
                "-o", derived.toString()), err());
        assertEquals("""
                Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF) related to Manage call centre operations through Contact Centre National Occupational Standards
                  307 ~ 105569L5  Derived through CC28 (307: partial, 105569L5: partial)
                  308 ~ 105569L5  Derived through CC35 (308: partial, 105569L5: partial); CC36 (308: partial, 105569L5: full)
                wrote %s: 2 derived link(s), each marked "derived by composition (unreviewed)" for review
                """.formatted(derived), out());

        // The derived mapping is a mapping like any other: coverage reads it, export writes it.
        reset();
        assertEquals(0, run("coverage", derived.toString(), "--format", "csv"), err());
        assertTrue(out().contains("105569L5,Manage call centre operations,2,partial,307 (partial); 308 (partial),"), out());
        reset();
        assertEquals(0, run("export", derived.toString(), "-o", folder.resolve("derived.xlsx").toString()), err());
        reset();
        assertEquals(1, run("compose", crosswalk.toString(),
                examples.resolve("btec-l3-functional-skills-level1.mapping").toString(), "-o", folder.resolve("x.mapping").toString()));
        assertTrue(err().contains(": they share no framework ("), err());
        assertTrue(err().endsWith("; nothing was written\n"), err());
        assertFalse(Files.exists(folder.resolve("x.mapping")));

        // A chain: Annexe B, the crosswalk, then the derived mapping back to the BTEC units would relate the
        // BTEC units to themselves, which is refused; the NOS -> FS1 shape goes through the BTEC units.
        reset();
        Path nosFs1 = folder.resolve("nos-fs1.mapping");
        assertEquals(0, run("compose", examples.resolve("btec-l3-contact-centre-nos.mapping").toString(),
                examples.resolve("btec-l3-functional-skills-level1.mapping").toString(), "-o", nosFs1.toString()), err());
        assertTrue(out().startsWith("Contact Centre National Occupational Standards related to Functional Skills (Level 1) through"
                + " Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF)\n"), out());
        reset();
        assertEquals(1, run("compose", examples.resolve("btec-l3-contact-centre-nos.mapping").toString(), crosswalk.toString(),
                derived.toString(), "-o", folder.resolve("loop.mapping").toString()));
        assertTrue(err().contains("to itself; nothing was written"), err());
    }

    @Test
    void pathwayQuestionsOnAFrameworkWithoutRulesOfCombinationSayWhereTheyApply() throws Exception {
        assertEquals(2, run("pathways", examples.resolve("functional-skills-level1.standards").toString()));
        assertTrue(err().contains("holds Standards framework \"Functional Skills (Level 1)\", not a curriculum with a qualification;"
                + " pathway questions apply only where there are rules of combination"), err());
        reset();
        Path uoc = examples.resolve("manage-call-centre-operations.curriculum");
        assertEquals(1, run("pathways", uoc.toString()));
        assertTrue(err().endsWith("error: " + uoc + ": no qualification in it has rules of combination (pathway questions apply"
                + " only where there are rules of combination)\n"), err());
    }
}
