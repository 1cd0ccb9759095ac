// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * The three seed specifications export, and what a reader sees in them matches the model: every unit's
 * outcomes and criteria in order with their numbers, every rules-of-combination figure, every Annexe B
 * mark, every QCTO task and module, the unit of competency with the topic synopsis as its appendix; and
 * they are Word documents a reader can navigate (heading styles, contents field, page numbers, running
 * header, repeating table headers, a landscape annexe, document properties, no empty spacing paragraphs).
 */
class SpecificationDocumentTest {

    @Test
    void btecQualificationShowsTheModel() throws Exception {
        SpecificationDocuments.Written written = SpecificationDocuments.btec();
        SpecificationTextChecks.btec(SpecificationDocuments.lines(written.file()), written);
        // the seed gives no guidance text for its units: each shows [not given] and is listed
        assertEquals(14, written.warnings().stream().filter(w -> w.contains("has no guidance")).count(),
                String.join("\n", written.warnings()));
    }

    @Test
    void qctoCurriculumShowsTheModel() throws Exception {
        SpecificationDocuments.Written written = SpecificationDocuments.qcto();
        SpecificationTextChecks.qcto(SpecificationDocuments.lines(written.file()), written);
        assertTrue(written.warnings().contains(
                "Knowledge module 1 \"Introductory studies for Contact Centre Managers\" has no credits: the document shows [not given]"),
                String.join("\n", written.warnings()));
    }

    @Test
    void unitOfCompetencyHasTheTopicSynopsisAsAppendix() throws Exception {
        SpecificationDocuments.Written written = SpecificationDocuments.unitOfCompetency();
        SpecificationTextChecks.unitOfCompetency(SpecificationDocuments.lines(written.file()), written);
        assertEquals(List.of(), written.warnings());
    }

    @Test
    void isARealWordDocument() throws Exception {
        Path file = SpecificationDocuments.btec().file();
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            assertEquals("Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF)",
                    document.getProperties().getCoreProperties().getTitle());
            assertEquals("Qualification specification", document.getProperties().getCoreProperties().getSubject());
            assertEquals("Pearson", document.getProperties().getCoreProperties().getCreator());

            // headings carry Word's heading styles, which have outline levels: the navigation pane lists them
            for (String style : List.of("Heading1", "Heading2", "Heading3")) {
                assertTrue(document.getStyles().styleExist(style), style);
                String level = Integer.toString(style.charAt(7) - '1');
                assertTrue(document.getStyles().getStyle(style).getCTStyle().getPPr().getOutlineLvl().getVal()
                        .toString().equals(level), style + " outline level");
            }
            long units = document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .filter(p -> p.getText().startsWith("Unit ")).count();
            assertEquals(14, units, "one Heading 1 per unit");

            // the contents field's result is laid out as Word lays out its own: a TOC 1 paragraph per chapter, in order,
            // each linking to the bookmark on its chapter's heading and taking its page number from there (PAGEREF)
            List<XWPFParagraph> headings = document.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle())).toList();
            List<String> chapters = headings.stream().map(XWPFParagraph::getText).toList();
            List<XWPFParagraph> entries = document.getParagraphs().stream().filter(p -> "TOC1".equals(p.getStyle()))
                    .toList();
            assertEquals(chapters, entries.stream().map(p -> p.getText().strip()).toList());
            assertEquals(1 + 1 + 14 + 2, chapters.size(), "summary, structure, 14 units, 2 annexes");
            for (int i = 0; i < entries.size(); i++) {
                String bookmark = headings.get(i).getCTP().getBookmarkStartArray(0).getName();
                assertTrue(bookmark.startsWith("_Toc"), bookmark);
                assertEquals(bookmark, entries.get(i).getCTP().getHyperlinkArray(0).getAnchor(), chapters.get(i));
                assertEquals(" PAGEREF " + bookmark + " \\h ",
                        entries.get(i).getCTP().getHyperlinkArray(0).getFldSimpleArray(0).getInstr(), chapters.get(i));
            }
            // the field opens in the first entry and closes in the last: no empty paragraph around the contents
            assertTrue(entries.get(0).getCTP().xmlText().contains("w:fldCharType=\"begin\""));
            assertTrue(entries.get(entries.size() - 1).getCTP().xmlText().contains("w:fldCharType=\"end\""));
            // bullets are Word's list numbering (a bullet level of a numbering definition), not a bullet typed as text
            List<XWPFParagraph> bullets = document.getParagraphs().stream()
                    .filter(p -> "ListBullet".equals(p.getStyle())).toList();
            assertFalse(bullets.isEmpty(), "the rules of combination are bullets");
            assertTrue(bullets.get(0).getText().startsWith("To achieve the qualification, learners must achieve a minimum of "),
                    bullets.get(0).getText());
            for (XWPFParagraph bullet : bullets) {
                assertEquals("bullet", bullet.getNumFmt(), bullet.getText());
                assertEquals("\u2022", bullet.getNumLevelText(), bullet.getText());
                assertFalse(bullet.getText().startsWith("\u2022"), bullet.getText());
            }
            // Word updates the field (page numbers) when it opens the document
            assertTrue(document.getSettings().getCTSettings().isSetUpdateFields(), "w:updateFields in the settings");

            String xml = document.getDocument().xmlText();
            assertTrue(xml.contains(" TOC \\o \"1-1\" \\h \\z \\u "), "a table-of-contents field");
            assertTrue(xml.contains("w:orient=\"landscape\""), "a landscape section for the annexe grids");
            String footer = document.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertTrue(footer.contains("PAGE") && footer.contains("NUMPAGES"), footer);
            assertEquals("Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF)",
                    document.getHeaderList().get(0).getText().strip());

            // a table whose first row is a shaded header repeats it on every page; label/value tables have none
            int headed = 0;
            for (XWPFTable table : document.getTables()) {
                if (table.getRow(0).getTableCells().stream().allMatch(c -> c.getColor() != null)) {
                    headed++;
                    assertTrue(table.getRow(0).isRepeatHeader(), "header row repeats: " + table.getRow(0).getCell(0).getText());
                }
            }
            // the three groups' unit tables, the barred combinations, an outcomes table per unit, the two annexe grids
            assertEquals(3 + 1 + 14 + 2, headed, "tables with a header row");
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph && paragraph.getText().isBlank()) {
                    boolean sectionBreak = paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetSectPr();
                    assertTrue(sectionBreak, "an empty paragraph used as spacing at body element "
                            + document.getBodyElements().indexOf(element));
                }
            }
        }
    }

    @Test
    void theGridIsInItsOwnLandscapeSection() throws Exception {
        Path file = SpecificationDocuments.btec().file();
        List<String> lines = SpecificationDocuments.lines(file);
        assertFalse(lines.isEmpty());
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            // the section before the annexes is portrait and carries the header and footer references
            XWPFParagraph ending = document.getParagraphs().stream()
                    .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()).findFirst().orElseThrow();
            String section = ending.getCTP().getPPr().getSectPr().xmlText();
            assertTrue(section.contains("w:orient=\"portrait\""), section);
            assertTrue(section.contains("headerReference") && section.contains("footerReference"), section);
        }
    }
}
