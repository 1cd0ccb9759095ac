// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.curriculum.core.review.ReviewThreads;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.MappingLink;
import org.curriculum.model.ReviewComment;
import org.junit.jupiter.api.Test;

/**
 * A thread's text (the Links sheet's Comments cell, the report) read back into comments: what the grid import
 * needs to keep a review through Excel.
 */
class ReviewThreadsTest {

    private static final Date NOV_30 = Date.from(LocalDate.of(2026, 11, 30).atStartOfDay(ZoneOffset.UTC).toInstant());
    private static final Date DEC_02 = Date.from(LocalDate.of(2026, 12, 2).atStartOfDay(ZoneOffset.UTC).toInstant());

    private static ReviewComment comment(String author, Date date, String text) {
        ReviewComment comment = CurriculumFactory.eINSTANCE.createReviewComment();
        comment.setAuthor(author);
        comment.setDate(date);
        comment.setText(text);
        return comment;
    }

    @Test
    void aThreadReadsBackAsTheCommentsThatWroteIt() {
        MappingLink link = CurriculumFactory.eINSTANCE.createMappingLink();
        link.getComments().add(comment("A. Moderator (QC panel)", NOV_30,
                "Unit 304 teaches the script, not its review: is CC09 covered?"));
        link.getComments().add(comment("B. Chair", DEC_02, "Agreed: partial at most.\nSee the unit's guidance, section 3."));
        link.getComments().add(comment(null, DEC_02, "Resolved at the panel meeting."));
        String text = ReviewThreads.text(link);
        assertEquals("2026-11-30 A. Moderator (QC panel): Unit 304 teaches the script, not its review: is CC09 covered?\n"
                + "2026-12-02 B. Chair: Agreed: partial at most.\nSee the unit's guidance, section 3.\n"
                + "2026-12-02: Resolved at the panel meeting.", text);
        assertEquals(List.of(
                new ReviewThreads.Comment("A. Moderator (QC panel)", NOV_30,
                        "Unit 304 teaches the script, not its review: is CC09 covered?"),
                new ReviewThreads.Comment("B. Chair", DEC_02, "Agreed: partial at most.\nSee the unit's guidance, section 3."),
                new ReviewThreads.Comment(null, DEC_02, "Resolved at the panel meeting.")), ReviewThreads.parse(text));
    }

    @Test
    void textTypedWithoutADayIsOneCommentAndNothingIsNone() {
        assertEquals(List.of(new ReviewThreads.Comment(null, null, "Check CC09\nand CC10")),
                ReviewThreads.parse("Check CC09\r\nand CC10"));
        assertEquals(List.of(new ReviewThreads.Comment(null, null, "2026-13-45 is not a day: kept as text")),
                ReviewThreads.parse("2026-13-45 is not a day: kept as text"));
        assertEquals(List.of(), ReviewThreads.parse("  "));
        assertEquals(List.of(), ReviewThreads.parse(null));
        assertEquals(null, ReviewThreads.text(CurriculumFactory.eINSTANCE.createMappingLink()));
    }
}
