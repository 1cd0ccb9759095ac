// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.excel.ExportKind;
import org.curriculum.excel.MappingWorkbookWriter;
import org.curriculum.excel.ReviewImporter;
import org.curriculum.excel.SpreadsheetImportException;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.ReviewState;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.testsupport.AnnexeBReview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review in the exported workbooks, on the Annexe B grid reviewed by the shared script (60 accepted,
 * 8 queried, 2 rejected): the Links sheet's review columns, the grid cell notes, the review workbook with
 * its figures and charts, and a second reviewer's answers typed into the Links sheet and imported back.
 */
class ReviewWorkbooksTest {

    private static final int STATE = 11, REVIEWER = 12, REVIEWED_ON = 13, COMMENTS = 14, NEW_COMMENT = 15, LINK_ID = 8;
    private static final DataFormatter FORMAT = new DataFormatter();

    @TempDir
    Path folder;

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : FORMAT.formatCellValue(cell);
    }

    /**
     * Types a value into a cell as a spreadsheet program would: a new cell. (POI's setCellValue on an
     * exported inline-string cell keeps the old inline text beside the new value.)
     */
    private static void type(Row row, int column, String value) {
        Cell old = row.getCell(column);
        if (old != null) {
            row.removeCell(old);
        }
        row.createCell(column).setCellValue(value);
    }

    private static Row linkRow(Sheet links, String linkId) {
        for (Row row : links) {
            if (linkId.equals(text(row, LINK_ID))) {
                return row;
            }
        }
        throw new AssertionError("no Links row for link " + linkId);
    }

    private static String id(MappingLink link) {
        return link.eResource().getURIFragment(link);
    }

    private Path export(MappingSet mapping, String name) throws Exception {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            MappingWorkbookWriter.writeGrid(mapping, out, GridOrientation.STANDARDS_IN_ROWS);
        }
        return file;
    }

    @Test
    void theLinksSheetAndTheGridCellsShowTheReview() throws Exception {
        MappingSet mapping = ExcelFixtures.loadAnnexeB(folder);
        List<AnnexeBReview.Verdict> plan = AnnexeBReview.applyTo(mapping);
        MappingLink queried = plan.get(60).link();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(export(mapping, "reviewed.xlsx")))) {
            Sheet links = workbook.getSheet("Links");
            Row header = links.getRow(0);
            assertEquals(List.of("Review state", "Reviewer", "Reviewed on", "Comments", "New comment"),
                    List.of(text(header, 11), text(header, 12), text(header, 13), text(header, 14), text(header, 15)));
            Row row = linkRow(links, id(queried));
            assertEquals("queried", text(row, STATE));
            assertEquals(AnnexeBReview.REVIEWER, text(row, REVIEWER));
            assertEquals("2026-11-30 " + AnnexeBReview.REVIEWER + ": " + plan.get(60).comment(), text(row, COMMENTS));
            assertEquals("accepted", text(linkRow(links, id(plan.get(0).link())), STATE));

            // the grid cell of the queried link carries the review as a note
            XSSFSheet grid = workbook.getSheet("Coverage grid");
            String standardCode = ElementLabels.identifier(queried.getStandard());
            String unit = ElementLabels.identifier(queried.getItem());
            int column = -1;
            for (Cell cell : grid.getRow(10)) {
                if (text(grid.getRow(10), cell.getColumnIndex()).startsWith(unit + "\n")) {
                    column = cell.getColumnIndex();
                }
            }
            assertTrue(column > 0, "unit " + unit + " has a grid column");
            Cell marked = null;
            for (Row gridRow : grid) {
                if (standardCode.equals(text(gridRow, 1))) {
                    marked = gridRow.getCell(column);
                }
            }
            assertNotNull(marked, standardCode + " x " + unit + " is marked in the grid");
            assertNotNull(marked.getCellComment(), "the reviewed cell has a note");
            assertTrue(marked.getCellComment().getString().getString().startsWith("queried by " + AnnexeBReview.REVIEWER
                    + " on 2026-11-30\n"), marked.getCellComment().getString().getString());
        }
    }

    @Test
    void aGridNobodyReviewedHasNoNotesAndReadsProposedAndImportsNoAnswer() throws Exception {
        MappingSet mapping = ExcelFixtures.loadAnnexeB(folder);
        Path file = export(mapping, "unreviewed.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertNull(workbook.getSheet("Coverage grid").getDrawingPatriarch(), "no notes, no drawing");
            Sheet links = workbook.getSheet("Links");
            assertEquals("proposed", text(links.getRow(1), STATE));
            // unanswered review columns hold no cells (a national grid would carry 1.6 million blanks);
            // the columns' own styles format what a reviewer types: wrapped comments, a date
            for (Row row : links) {
                if (row.getRowNum() > 0) {
                    for (int column : new int[] { REVIEWER, REVIEWED_ON, COMMENTS, NEW_COMMENT }) {
                        assertNull(row.getCell(column), "row " + (row.getRowNum() + 1) + ", column " + (column + 1));
                    }
                }
            }
            assertTrue(links.getColumnStyle(COMMENTS).getWrapText(), "Comments wrap");
            assertTrue(links.getColumnStyle(NEW_COMMENT).getWrapText(), "New comment wraps");
            assertTrue(org.apache.poi.ss.usermodel.DateUtil.isADateFormat(links.getColumnStyle(REVIEWED_ON).getDataFormat(),
                    links.getColumnStyle(REVIEWED_ON).getDataFormatString()), "Reviewed on is a date column");
        }
        assertEquals(List.of(), ReviewImporter.read(file, mapping, "Nobody", AnnexeBReview.DATE),
                "a sheet left as exported answers nothing");
    }

    @Test
    void aSecondReviewersAnswersInTheLinksSheetComeBackOnTheLinks() throws Exception {
        MappingSet mapping = ExcelFixtures.loadAnnexeB(folder);
        List<AnnexeBReview.Verdict> plan = AnnexeBReview.applyTo(mapping);
        Path file = export(mapping, "round-1.xlsx");
        // the second reviewer, in Excel: accepts the 8 queried cells with a reply, rejects one more
        MappingLink alsoRejected = plan.get(5).link();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet links = workbook.getSheet("Links");
            for (AnnexeBReview.Verdict verdict : plan.subList(60, 68)) {
                Row row = linkRow(links, id(verdict.link()));
                type(row, STATE, "Accepted");
                type(row, REVIEWER, "B. Chair");
                type(row, NEW_COMMENT, "Evidence seen in the unit's assessment guidance.");
            }
            Row row = linkRow(links, id(alsoRejected));
            type(row, STATE, "rejected");
            type(row, REVIEWER, "B. Chair");
            type(row, NEW_COMMENT, "Not in the unit content.");
            try (OutputStream out = Files.newOutputStream(folder.resolve("round-2.xlsx"))) {
                workbook.write(out);
            }
        }
        Date today = new Date();
        List<ReviewImporter.Answer> answers = ReviewImporter.read(folder.resolve("round-2.xlsx"), mapping, "Default", today);
        assertEquals(9, answers.size(), "the 9 rows the second reviewer changed, no other");
        ReviewImporter.apply(answers);

        assertEquals(60 + 8 - 1, count(mapping, ReviewState.ACCEPTED));
        assertEquals(0, count(mapping, ReviewState.QUERIED));
        assertEquals(3, count(mapping, ReviewState.REJECTED));
        MappingLink answered = plan.get(60).link();
        assertEquals("B. Chair", answered.getReviewer());
        assertEquals(today, answered.getReviewedOn(), "a blank date cell is the day of the import");
        assertEquals(2, answered.getComments().size(), "the first reviewer's query and the reply");
        assertEquals("Evidence seen in the unit's assessment guidance.", answered.getComments().get(1).getText());
        assertEquals("B. Chair", answered.getComments().get(1).getAuthor());
        assertEquals("Not in the unit content.", alsoRejected.getComments().get(0).getText());
    }

    @Test
    void aReviewedGridExportedAndImportedAsAGridKeepsEveryReviewAndThread() throws Exception {
        MappingSet mapping = ExcelFixtures.loadAnnexeB(folder);
        AnnexeBReview.applyTo(mapping);
        // a second comment of two lines, with a colon in its text, on a queried link
        MappingLink twoComments = mapping.getLinks().stream().filter(l -> l.getReviewState() == ReviewState.QUERIED)
                .findFirst().orElseThrow();
        org.curriculum.model.ReviewComment reply = org.curriculum.model.CurriculumFactory.eINSTANCE.createReviewComment();
        reply.setAuthor("B. Chair");
        reply.setDate(AnnexeBReview.DATE);
        reply.setText("Agreed: see the unit's guidance.\nSection 3 covers the call scripts.");
        twoComments.getComments().add(reply);

        Path file = export(mapping, "reviewed-grid.xlsx");
        MappingSet imported = org.curriculum.excel.GridImporter.importGrid(file, mapping.eResource().getResourceSet()).root();
        assertEquals(reviews(mapping), reviews(imported));
        assertEquals(60, count(imported, ReviewState.ACCEPTED));
        assertEquals(8, count(imported, ReviewState.QUERIED));
        assertEquals(2, count(imported, ReviewState.REJECTED));
    }

    /** Each link's cell with its review: state as stored, reviewer, day, and every comment's author, day and text. */
    private static List<String> reviews(MappingSet mapping) {
        List<String> lines = new ArrayList<>();
        for (MappingLink link : mapping.getLinks()) {
            StringBuilder line = new StringBuilder(ElementLabels.cell(link)).append(" | ").append(link.getReviewState())
                    .append(" | ").append(link.getReviewer()).append(" | ").append(link.getReviewedOn());
            for (org.curriculum.model.ReviewComment comment : link.getComments()) {
                line.append(" | ").append(comment.getAuthor()).append(" ").append(comment.getDate()).append(" ")
                        .append(comment.getText());
            }
            lines.add(line.toString());
        }
        lines.sort(null);
        return lines;
    }

    private static long count(MappingSet mapping, ReviewState state) {
        return mapping.getLinks().stream().filter(link -> link.effectiveReviewState() == state).count();
    }

    @Test
    void anUnknownStateIsRefusedWithItsRowAndNothingChanges() throws Exception {
        MappingSet mapping = ExcelFixtures.loadAnnexeB(folder);
        Path file = export(mapping, "typo.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            type(workbook.getSheet("Links").getRow(3), STATE, "aproved");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        SpreadsheetImportException refused = assertThrows(SpreadsheetImportException.class,
                () -> ReviewImporter.read(file, mapping, "Default", new Date()));
        assertTrue(refused.getMessage().contains("row 4"), refused.getMessage());
        assertTrue(refused.getMessage().contains("unknown review state \"aproved\"; use accepted, queried, rejected or proposed"),
                refused.getMessage());
        assertEquals(70, count(mapping, ReviewState.PROPOSED));
    }

    /** What a reader of the review sees of a link: its cell, state, reviewer, date and thread. */
    private static List<String> review(MappingSet mapping) {
        List<String> lines = new ArrayList<>();
        for (MappingLink link : mapping.getLinks()) {
            lines.add(ElementLabels.cell(link) + " " + link.isSetReviewState() + " " + link.getReviewState() + " "
                    + link.getReviewer() + " " + (link.getReviewedOn() == null ? null : link.getReviewedOn().getTime())
                    + " " + org.curriculum.core.review.ReviewThreads.text(link));
        }
        for (org.curriculum.model.GapReview gap : mapping.getGapReviews()) {
            lines.add("gap " + ElementLabels.identifier(gap.getStandard()) + " " + gap.getReviewState() + " "
                    + gap.getJustification() + " " + org.curriculum.core.review.ReviewThreads.text(gap));
        }
        return lines;
    }

    @Test
    void theReviewTravelsLosslesslyThroughACasePackage() throws Exception {
        MappingSet mapping = ExcelFixtures.loadAnnexeB(folder);
        AnnexeBReview.applyTo(mapping);
        org.curriculum.model.GapReview gap = org.curriculum.model.CurriculumFactory.eINSTANCE.createGapReview();
        gap.setStandard(mapping.getLinks().get(0).getStandard());
        gap.setReviewState(ReviewState.QUERIED);
        gap.setJustification("Met in the workplace");
        org.curriculum.model.ReviewComment comment = org.curriculum.model.CurriculumFactory.eINSTANCE.createReviewComment();
        comment.setAuthor("B. Chair");
        comment.setText("Which workplace activity?");
        gap.getComments().add(comment);
        mapping.getGapReviews().add(gap);
        Path json = CaseRoundTripTest.export(mapping, folder.resolve("reviewed.json"));
        String text = Files.readString(json);
        assertTrue(text.contains("\"reviewState\" : \"queried\""), "the state rides in the link's extension");

        org.curriculum.excel.ImportedModel<MappingSet> imported = org.curriculum.excel.caseformat.CaseImporter
                .importMapping(json, mapping.eResource().getResourceSet());
        assertEquals(List.of(), imported.warnings());
        Path back = folder.resolve("back.mapping");
        imported.saveAs(back);
        MappingSet reloaded = (MappingSet) org.curriculum.core.resources.ModelFiles.loadAll(List.of(back)).getResources()
                .get(0).getContents().get(0);
        assertEquals(review(mapping), review(reloaded));
        assertEquals(71, review(reloaded).size(), "70 links and the gap review");
    }

    @Test
    void theWordAnnexeShowsTheReviewOfEachReviewedCellOnlyWhenAnythingWasReviewed() throws Exception {
        MappingSet mapping = ExcelFixtures.loadAnnexeB(folder);
        org.curriculum.model.Curriculum btec = (org.curriculum.model.Curriculum) mapping.getSource();
        Path plain = folder.resolve("plain.docx");
        org.curriculum.excel.specification.SpecificationDocumentWriter writer =
                new org.curriculum.excel.specification.SpecificationDocumentWriter(btec);
        writer.withAnnexe(mapping);
        org.curriculum.core.resources.AtomicFile.write(plain, writer::write);
        assertTrue(!SpecificationDocuments.lines(plain).contains("Review of the grid"), "nothing reviewed, no review part");

        List<AnnexeBReview.Verdict> plan = AnnexeBReview.applyTo(mapping);
        Path reviewed = folder.resolve("reviewed.docx");
        writer = new org.curriculum.excel.specification.SpecificationDocumentWriter(btec);
        writer.withAnnexe(mapping);
        org.curriculum.core.resources.AtomicFile.write(reviewed, writer::write);
        List<String> lines = SpecificationDocuments.lines(reviewed);
        int heading = lines.indexOf("Review of the grid");
        assertTrue(heading > 0, "the annexe has its review part");
        assertEquals("Links: 70; accepted 60, queried 8, rejected 2, proposed 0. Reviewed: 70 of 70 decisions (100%)."
                + " Unjustified gaps: 0.", lines.get(heading + 1));
        // one row per reviewed cell: cell, state, reviewer, date, comments
        String queried = ElementLabels.cell(plan.get(60).link());
        int row = lines.indexOf(queried);
        assertTrue(row > heading, queried + " has a row");
        assertEquals(List.of("queried", AnnexeBReview.REVIEWER, "2026-11-30"), lines.subList(row + 1, row + 4));
        assertTrue(lines.get(row + 4).contains(plan.get(60).comment()), lines.get(row + 4));
    }

    @Test
    void theReviewWorkbookHasTheFiguresTwoChartsAndTheTenCells() throws Exception {
        MappingSet mapping = ExcelFixtures.loadAnnexeB(folder);
        AnnexeBReview.applyTo(mapping);
        byte[] bytes = ExcelFixtures.bytes(out -> ExportKind.REVIEW.write(mapping, GridOrientation.STANDARDS_IN_ROWS, out));
        try (XSSFWorkbook workbook = ExcelFixtures.read(bytes)) {
            XSSFSheet figures = workbook.getSheet("Figures");
            List<String> lines = new ArrayList<>();
            for (Row row : figures) {
                lines.add(text(row, 0) + "=" + text(row, 1));
            }
            assertTrue(lines.containsAll(List.of("Standards covered fully=0", "Standards covered only partially=41",
                    "Standards not covered=0", "Links accepted=60", "Links queried=8", "Links rejected=2",
                    "Links proposed=0", "Unjustified gaps=0", "Share of the grid reviewed=100%")), lines.toString());
            assertEquals(2, figures.getDrawingPatriarch().getCharts().size());
            assertEquals("Review progress: 100% of the grid reviewed",
                    figures.getDrawingPatriarch().getCharts().get(1).getTitleText().getString());
            Sheet cells = workbook.getSheet("Queried and rejected");
            assertEquals(11, cells.getPhysicalNumberOfRows(), "a header and the 10 cells");
            assertEquals("queried", text(cells.getRow(1), 1));
            assertEquals("rejected", text(cells.getRow(10), 1));
            assertEquals(1, workbook.getSheet("Unjustified gaps").getPhysicalNumberOfRows(), "Annexe B has no gap");
        }
    }
}
