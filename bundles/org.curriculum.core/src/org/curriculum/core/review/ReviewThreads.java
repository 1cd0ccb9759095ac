// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.review;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.ReviewComment;
import org.curriculum.model.Reviewable;

/**
 * A review's comment thread as plain text, one line per comment ({@code 2026-11-30 A. Moderator: text}),
 * the same in the command line's report, the Links sheet, a grid cell's note and the Word annex.
 */
public final class ReviewThreads {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private ReviewThreads() {
    }

    /** A date as the day it falls on in UTC (dates are stored at midnight UTC), or "" for none. */
    public static String day(Date date) {
        return date == null ? "" : DAY.format(date.toInstant());
    }

    /** One comment: date, author and text, each left out when missing. */
    public static String line(String author, Date date, String text) {
        StringBuilder line = new StringBuilder(day(date));
        if (author != null && !author.isBlank()) {
            line.append(line.isEmpty() ? "" : " ").append(author.strip());
        }
        if (!line.isEmpty()) {
            line.append(": ");
        }
        return line.append(text == null ? "" : text.strip()).toString();
    }

    /**
     * Whether the thread has a comment, without asking for the list: EMF creates an empty list on a
     * link's first {@code getComments()} and keeps it, 400,000 of them after one export of a national grid.
     */
    public static boolean hasComments(Reviewable reviewable) {
        return reviewable.eIsSet(CurriculumPackage.Literals.REVIEWABLE__COMMENTS);
    }

    /** Whether someone gave a verdict (a stored state) or wrote a comment: what a report or a cell note lists. */
    public static boolean hasReviewOrComments(Reviewable reviewable) {
        return reviewable.isSetReviewState() || hasComments(reviewable);
    }

    /** One line per comment of the thread, oldest first; null when there is none. */
    public static String text(Reviewable reviewable) {
        if (!hasComments(reviewable)) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (ReviewComment comment : reviewable.getComments()) {
            lines.add(line(comment.getAuthor(), comment.getDate(), comment.getText()));
        }
        return String.join("\n", lines);
    }

    /** A new comment of a thread (not yet added to it). */
    public static ReviewComment comment(String author, Date date, String text) {
        ReviewComment comment = CurriculumFactory.eINSTANCE.createReviewComment();
        comment.setAuthor(author);
        comment.setDate(date);
        comment.setText(text);
        return comment;
    }

    /** One comment as a thread's text gives it back: author and date may be missing. */
    public record Comment(String author, Date date, String text) {
    }

    /** A line that starts a comment: its day, then the author up to the first colon, then the text. */
    private static final Pattern DATED_LINE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?: (.*?))?:(?: (.*))?");

    /**
     * The comments of a thread as {@link #text} wrote it (a Links sheet's Comments cell), oldest first. A line
     * that starts with a day begins a comment ({@code 2026-11-30 A. Moderator: text}; the author ends at the
     * first colon); any other line continues the comment before it, as a comment of several lines does. A
     * first line without a day is a comment with neither author nor date. Null or blank text gives none.
     */
    public static List<Comment> parse(String thread) {
        List<Comment> comments = new ArrayList<>();
        if (thread == null || thread.isBlank()) {
            return comments;
        }
        for (String line : thread.strip().split("\\R")) {
            Matcher dated = DATED_LINE.matcher(line.strip());
            Date date = dated.matches() ? dayOf(dated.group(1)) : null;
            if (date != null) {
                String author = dated.group(2) == null || dated.group(2).isBlank() ? null : dated.group(2).strip();
                comments.add(new Comment(author, date, dated.group(3) == null ? "" : dated.group(3).strip()));
            } else if (comments.isEmpty()) {
                comments.add(new Comment(null, null, line.strip()));
            } else {
                Comment last = comments.remove(comments.size() - 1);
                comments.add(new Comment(last.author(), last.date(), last.text() + "\n" + line.strip()));
            }
        }
        return comments;
    }

    private static Date dayOf(String day) {
        try {
            return Date.from(LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return null; // "2026-13-45" is text that looks like a day, not one
        }
    }

    /**
     * The state line and thread of a reviewed link or gap ("queried by A. Moderator on 2026-11-30" and the
     * comments), or null when it was never reviewed and has no comment: what a grid cell's note shows.
     */
    public static String note(Reviewable reviewable) {
        if (!hasReviewOrComments(reviewable)) {
            return null;
        }
        StringBuilder note = new StringBuilder(reviewable.effectiveReviewState().getLiteral());
        if (reviewable.getReviewer() != null) {
            note.append(" by ").append(reviewable.getReviewer());
        }
        if (reviewable.getReviewedOn() != null) {
            note.append(" on ").append(day(reviewable.getReviewedOn()));
        }
        String thread = text(reviewable);
        return thread == null ? note.toString() : note + "\n" + thread;
    }
}
