// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.document.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every rule by which the document importer recognises what a specification is made of, in one place: the
 * wordings of labels and headings (by keyword, so that "Unit reference number (Ofqual)", "Unit code" and
 * "QCF unit reference" all mean the same field) and the numbering patterns of units, outcomes, criteria and
 * QCTO modules. No rule here names one awarding body's document; a new wording is one more keyword.
 */
public final class DocumentVocabulary {

    private DocumentVocabulary() {
    }

    /** A field of a unit, module or qualification that a label names. */
    public enum Field {
        TITLE, NUMBER, REFERENCE, CODE, LEVEL, CREDIT, GLH, AIM, INTRODUCTION, PURPOSE,
        QUALIFICATION_NUMBER, QUALIFICATION_TITLE, TQT, AWARDING_BODY, OFO_CODE, OCCUPATION, PRODUCT_OR_SERVICE,
        NOTIONAL_HOURS, FUNCTIONAL_AREA, RANGE, REMARK, COMPETENCY, ASSESSMENT_CRITERIA
    }

    /** What the text under a heading is. */
    public enum Section {
        AIM, INTRODUCTION, OUTCOMES, CONTENT, GUIDANCE, PURPOSE, RULES, BARRED, SUMMARY, PROFILE, OCCUPATIONAL_PURPOSE,
        SCOPE, TASKS, MODULES, TOPICS, SKILLS, MODULE_CRITERIA, ACTIVITIES, EVIDENCE, QUALIFICATIONS, NOT_IMPORTED,
        /** A unit of competency's range statement and its performance requirements (the workbench's own layout). */
        RANGE, REQUIREMENTS
    }

    /** Values that mean "nothing here" ("[not given]" is what the workbench's own writer prints). */
    private static final List<String> BLANKS = List.of("[not given]", "n/a", "na", "-", "–", "—", "tbc", "tba", "none");

    /** Whether a cell or value holds nothing a reader would take as a value. */
    public static boolean isBlank(String value) {
        return value == null || value.isBlank() || BLANKS.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** A label as compared: lower case, without brackets' content, punctuation and a trailing colon. */
    public static String normalise(String label) {
        String text = label.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", " ").replaceAll("[:*.?]+", " ");
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * The field a label names, or null. The order matters: "unit reference number" is a reference, not a
     * number; "credit value" a credit, not a value; "qualification title" the qualification's.
     */
    public static Field field(String label) {
        String l = normalise(label);
        if (l.isEmpty() || l.length() > 60) {
            return null;
        }
        if (l.contains("qualification number") || l.equals("qn") || l.startsWith("qn ")
                || l.contains("qualification accreditation number") || l.contains("qualification code")) {
            return Field.QUALIFICATION_NUMBER;
        }
        if (l.contains("qualification title") || l.equals("qualification")) {
            return Field.QUALIFICATION_TITLE;
        }
        if (l.contains("total qualification time") || l.equals("tqt")) {
            return Field.TQT;
        }
        if (l.contains("awarding body") || l.contains("awarding organisation") || l.contains("awarding organization")) {
            return Field.AWARDING_BODY;
        }
        if (l.contains("ofo code") || l.equals("ofo")) {
            return Field.OFO_CODE;
        }
        if (l.equals("occupation")) {
            return Field.OCCUPATION;
        }
        if (l.contains("product or service") || l.contains("product/service")) {
            return Field.PRODUCT_OR_SERVICE;
        }
        // a unit of competency's own fields (seed 003): its functional area, range statement, competency
        // (the performance requirements), integrated assessment criteria and remark
        if (l.contains("functional area")) {
            return Field.FUNCTIONAL_AREA;
        }
        if (l.equals("range") || l.contains("range statement")) {
            return Field.RANGE;
        }
        if (l.equals("remark") || l.equals("remarks")) {
            return Field.REMARK;
        }
        if (l.equals("competency") || l.equals("competence") || l.equals("competencies")
                || l.startsWith("performance requirement")) {
            return Field.COMPETENCY;
        }
        if (l.equals("assessment criteria") || l.equals("assessment criterion")) {
            return Field.ASSESSMENT_CRITERIA;
        }
        if (l.contains("guided learning") || l.equals("glh")) {
            return Field.GLH;
        }
        if (l.contains("notional hours") || l.contains("notional learning hours")) {
            return Field.NOTIONAL_HOURS;
        }
        if (l.contains("credit")) {
            return Field.CREDIT;
        }
        if (l.matches("(unit |module |qcf |rqf |nqf |qualification )?level( \\d+)?")) {
            return Field.LEVEL;
        }
        if (l.contains("reference") || l.contains("ofqual") || l.equals("urn") || l.equals("uan")
                || l.contains("accreditation number") || l.equals("unit code") || l.equals("unit id")) {
            return Field.REFERENCE;
        }
        if (l.equals("code") || l.equals("module code") || l.equals("saqa id")) {
            return Field.CODE;
        }
        if (l.contains("introduction")) {
            return Field.INTRODUCTION;
        }
        if (l.contains("aim")) {
            return Field.AIM;
        }
        if (l.contains("purpose") || l.equals("summary") || l.equals("unit summary")) {
            return Field.PURPOSE;
        }
        if (l.contains("title") || l.equals("name") || l.equals("unit name") || l.equals("module name")) {
            return Field.TITLE;
        }
        if (l.equals("unit") || l.equals("unit number") || l.equals("unit no") || l.equals("number") || l.equals("no")
                || l.equals("module number")) {
            return Field.NUMBER;
        }
        return null;
    }

    /** The section a heading opens, or null when the heading names none of them. */
    public static Section section(String heading) {
        String h = normalise(heading);
        if (h.contains("barred") || h.contains("cannot be taken together") || h.contains("excluded combination")) {
            return Section.BARRED;
        }
        if (h.contains("rules of combination") || h.contains("qualification structure") || h.equals("structure")
                || h.contains("structure of the qualification")) {
            return Section.RULES;
        }
        if (h.contains("qualification summary") || h.contains("qualification at a glance") || h.equals("summary")
                || h.contains("key information")) {
            return Section.SUMMARY;
        }
        if (h.equals("qualifications")) {
            return Section.QUALIFICATIONS;
        }
        if (h.contains("occupational profile")) {
            return Section.PROFILE;
        }
        if (h.equals("range") || h.contains("range statement")) {
            return Section.RANGE;
        }
        if (h.startsWith("performance requirement")) {
            return Section.REQUIREMENTS;
        }
        if (h.contains("occupational purpose")) {
            return Section.OCCUPATIONAL_PURPOSE;
        }
        if (h.contains("scope")) {
            return Section.SCOPE;
        }
        if (h.contains("occupational tasks")) {
            return Section.TASKS;
        }
        if (h.contains("learning outcome") || h.contains("assessment criteria") || h.contains("outcomes and criteria")) {
            return h.contains("internal assessment") ? Section.MODULE_CRITERIA : Section.OUTCOMES;
        }
        if (h.contains("content")) {
            return h.contains("contents") && !h.contains("unit") ? Section.NOT_IMPORTED : Section.CONTENT;
        }
        if (h.contains("guidance") || h.contains("delivery") || h.contains("assessment")) {
            return Section.GUIDANCE;
        }
        if (h.contains("introduction")) {
            return Section.INTRODUCTION;
        }
        if (h.contains("aim")) {
            return Section.AIM;
        }
        if (h.contains("purpose")) {
            return Section.PURPOSE;
        }
        if (h.equals("knowledge modules") || h.equals("practical skills modules") || h.equals("work experience modules")
                || h.equals("curriculum summary") || h.equals("units")) {
            return Section.MODULES;
        }
        if (h.equals("topics") || h.contains("knowledge topics")) {
            return Section.TOPICS;
        }
        if (h.equals("practical skills")) {
            return Section.SKILLS;
        }
        if (h.contains("work activities")) {
            return Section.ACTIVITIES;
        }
        if (h.contains("supporting evidence")) {
            return Section.EVIDENCE;
        }
        if (h.startsWith("annex") || h.startsWith("appendix") || h.contains("traceability")) {
            return Section.NOT_IMPORTED;
        }
        return null;
    }

    // ------------------------------------------------------------------ numbering

    private static final String SEPARATOR = "\\s*(?:[:.)\\-–—]\\s*|\\s+)";

    /** "Unit 301: Title", "Unit 12 – Title", "Unit 4 Title", "Unit A/601/2345: Title" (a token holding a digit). */
    private static final Pattern UNIT = Pattern.compile(
            "^unit\\s+([A-Za-z]?[0-9][A-Za-z0-9/]*)\\s*(?:[:.\\-–—]\\s*|\\s+)(\\S.*)$", Pattern.CASE_INSENSITIVE);

    /** "Learning outcome 1: ...", "LO1 ...", "Outcome 2 - ...". */
    private static final Pattern NAMED_OUTCOME = Pattern.compile(
            "^(?:learning\\s+outcome|outcome|lo)\\s*(\\d+)" + "(?:" + SEPARATOR + "(.*))?$", Pattern.CASE_INSENSITIVE);

    /** "1 Understand ...", "1. Understand ...", "1) Understand ...", or a bare "1". */
    private static final Pattern NUMBERED_OUTCOME = Pattern.compile("^(\\d{1,2})(?:[.)]|\\s)?(?:\\s*(\\D.*))?$");

    /** "1.1 Explain ...", "AC1.1 ...", "AC 1.1: ...", "P1 ...", "M2 ...", "D1 ..."; the text may be on the next line. */
    private static final Pattern CRITERION = Pattern.compile(
            "^(?:ac\\s*)?((?:\\d{1,2}\\.\\d{1,2}(?:\\.\\d{1,2})?)|(?:[PMD]\\d{1,2}))(?:[.):\\-–]?\\s+(\\S.*))?$",
            Pattern.CASE_INSENSITIVE);

    /** A bullet typed as a character instead of Word's list formatting. */
    private static final Pattern TYPED_BULLET = Pattern.compile("^[•\\-–*·▪◦o]\\s+(\\S.*)$");

    /** "KM-01: Title", "KM 1 Title", "PM01 – Title", "143905-000-01-KM-01, Title", "Knowledge module 1: Title". */
    private static final Pattern MODULE = Pattern.compile(
            "^(?:[0-9A-Za-z\\-]*?-)?(KM|PM|WM)(?:\\s+(?:KM|PM|WM))?[\\s\\-]*0*(\\d{1,3})\\s*(?:[:,.\\-–—]\\s*|\\s+)(\\S.*)$");
    private static final Pattern NAMED_MODULE = Pattern.compile(
            "^(knowledge|practical skills?|work experience)\\s+module\\s+0*(\\d{1,3})\\s*(?:[:,.\\-–—]\\s*|\\s+)(\\S.*)$",
            Pattern.CASE_INSENSITIVE);

    /** "Task 1: Title", "Occupational task 2 – Title". */
    private static final Pattern TASK = Pattern.compile(
            "^(?:occupational\\s+)?task\\s+(\\d{1,2})\\s*(?:[:.\\-–—]\\s*|\\s+)(\\S.*)$", Pattern.CASE_INSENSITIVE);

    /**
     * "Unit of Competency", "Unit of competence: Title", "Unit of competency 105569L5 – Title": the heading of a
     * competency-based unit (seed 003); what follows it, if anything, is its code and title.
     */
    private static final Pattern COMPETENCY_HEADING = Pattern.compile(
            "^units?\\s+of\\s+competen(?:cy|ce|cies)\\s*(?:[:.\\-–—]\\s*|\\s+)?(.*)$", Pattern.CASE_INSENSITIVE);

    /** A performance requirement: "1. Text", "2(a). Text", "2a) Text", "3 Text" (typed or Word's numbering written out). */
    private static final Pattern REQUIREMENT = Pattern.compile("^(\\d{1,2}(?:\\s?\\([a-z]\\)|[a-z])?)[.):]?\\s+(\\S.*)$");

    /** An item numbered under its requirement: "1.1 Text", "2(a).3 Text". */
    private static final Pattern REQUIREMENT_ITEM = Pattern.compile(
            "^(\\d{1,2}(?:\\([a-z]\\)|[a-z])?\\.\\d{1,2})[.):]?\\s+(\\S.*)$");

    /** A number and a title read from a line. */
    public record Numbered(String number, String title) {
    }

    /** A module heading read: its kind (KM, PM, WM), number and title. */
    public record ModuleHeading(String kind, String number, String title) {
    }

    /** A unit heading ("Unit 301: Title"), without a contents entry's page number; null if the line is none. */
    public static Numbered unit(String line) {
        Matcher m = UNIT.matcher(stripPageNumber(line));
        return m.matches() ? new Numbered(m.group(1), m.group(2).strip()) : null;
    }

    /**
     * An outcome's number and title: "Learning outcome 1: ...", "LO1 ...", and (when {@code plainNumbers}, i.e. in
     * an outcome's own cell or section) "1 ...", "1." or a bare "1". A criterion number ("1.1") is no outcome.
     */
    public static Numbered outcome(String line, boolean plainNumbers) {
        String text = line.strip();
        Matcher named = NAMED_OUTCOME.matcher(text);
        if (named.matches()) {
            return new Numbered(named.group(1), named.group(2) == null ? "" : named.group(2).strip());
        }
        if (plainNumbers) {
            Matcher numbered = NUMBERED_OUTCOME.matcher(text);
            if (numbered.matches()) {
                return new Numbered(numbered.group(1), numbered.group(2) == null ? "" : numbered.group(2).strip());
            }
        }
        return null;
    }

    /** A criterion's number and text ("1.1 ...", "AC1.1 ...", "P1 ..."); the text is empty for a bare number. */
    public static Numbered criterion(String line) {
        Matcher m = CRITERION.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        String code = m.group(1);
        // "p1" typed in lower case is still the pass criterion P1
        code = Character.isLetter(code.charAt(0)) ? code.toUpperCase(Locale.ROOT) : code;
        return new Numbered(code, m.group(2) == null ? "" : m.group(2).strip());
    }

    /** The text of a bullet typed as a character ("• text", "- text"), or null. */
    public static String typedBullet(String line) {
        Matcher m = TYPED_BULLET.matcher(line.strip());
        return m.matches() ? m.group(1).strip() : null;
    }

    /** A QCTO module heading, or null. */
    public static ModuleHeading module(String line) {
        String text = stripPageNumber(line);
        Matcher m = MODULE.matcher(text);
        if (m.matches()) {
            return new ModuleHeading(m.group(1), m.group(2), m.group(3).strip());
        }
        Matcher named = NAMED_MODULE.matcher(text);
        if (named.matches()) {
            String kind = named.group(1).toLowerCase(Locale.ROOT);
            return new ModuleHeading(kind.startsWith("knowledge") ? "KM" : kind.startsWith("practical") ? "PM" : "WM",
                    named.group(2), named.group(3).strip());
        }
        return null;
    }

    /**
     * A unit of competency's heading: its code (null if none) and title (empty if none), or null when the line
     * is no such heading.
     */
    public static Numbered competencyHeading(String line) {
        Matcher m = COMPETENCY_HEADING.matcher(stripPageNumber(line));
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(1).strip();
        String[] words = rest.split("\\s+", 2);
        // "105569L5 – Manage call centre operations": a first word holding a digit is the code
        if (words[0].matches(".*\\d.*")) {
            String title = words.length > 1 ? words[1].replaceFirst("^[:.\\-–—]\\s*", "").strip() : "";
            return new Numbered(words[0].replaceFirst("[:.]$", ""), title);
        }
        return new Numbered(null, rest);
    }

    /** A performance requirement's number and text ("1. ...", "2(a). ..."), or null. */
    public static Numbered requirement(String line) {
        Matcher m = REQUIREMENT.matcher(line.strip());
        return m.matches() ? new Numbered(m.group(1).replace(" ", ""), m.group(2).strip()) : null;
    }

    /** An item numbered under its requirement ("1.1 ...", "2(a).3 ..."), or null. */
    public static Numbered requirementItem(String line) {
        Matcher m = REQUIREMENT_ITEM.matcher(line.strip());
        return m.matches() ? new Numbered(m.group(1), m.group(2).strip()) : null;
    }

    /** The words in brackets after a value's number ("6 (for reference only)": "for reference only"), or null. */
    public static String bracketedNote(String value) {
        Matcher m = Pattern.compile("^\\s*\\d+\\s*\\(([^)]+)\\)\\s*$").matcher(value == null ? "" : value);
        return m.matches() ? m.group(1).strip() : null;
    }

    /** An occupational task heading, or null. */
    public static Numbered task(String line) {
        Matcher m = TASK.matcher(stripPageNumber(line));
        return m.matches() ? new Numbered(m.group(1), m.group(2).strip()) : null;
    }

    /** A "Label: value" paragraph split at its first colon, or null when the part before it names no field. */
    public static String[] labelled(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > 60) {
            return null;
        }
        String label = line.substring(0, colon);
        return field(label) == null ? null : new String[] { label.strip(), line.substring(colon + 1).strip() };
    }

    /** The first whole number in a value ("3", "Level 3", "30 hours", "25%"), or null. */
    public static Integer number(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = Pattern.compile("(\\d{1,6})").matcher(value.replace(",", ""));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** A contents entry ends in a tab and a page number; a heading read from it must not keep that. */
    static String stripPageNumber(String line) {
        return line.strip().replaceFirst("\\t+\\s*\\d+$", "").strip();
    }

    /** Whether a table header cell speaks of learning outcomes. */
    public static boolean outcomeHeader(String header) {
        String h = normalise(header);
        return h.contains("outcome") || h.contains("the learner will") || h.contains("learners will");
    }

    /** Whether a table header cell speaks of assessment criteria. */
    public static boolean criteriaHeader(String header) {
        String h = normalise(header);
        return h.contains("criteri") || h.contains("the learner can") || h.contains("learners can")
                || h.contains("evidence must show");
    }

    /**
     * An intro row or paragraph ("The learner will:", "On completion of this unit a learner should:"): a short
     * line ending in a colon that speaks of the learner. Skipped, not reported.
     */
    public static boolean introLine(String line) {
        String l = line.strip().toLowerCase(Locale.ROOT);
        return l.endsWith(":") && l.length() < 120
                && (l.contains("learner") || l.contains("candidate") || l.contains("student") || l.contains("able to"));
    }

    /** Whether a header cell names a column of the given meaning (by keyword). */
    public static boolean header(String header, String... keywords) {
        String h = normalise(header);
        for (String keyword : keywords) {
            if (h.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a group's title makes it mandatory ("Mandatory units", "Group A - all units must be taken"). */
    public static boolean mandatoryGroup(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        return t.contains("mandatory") || t.contains("compulsory") || t.contains("core") || t.contains("must be");
    }

    /** "... a minimum of 25 credits" (whole qualification): the number, or null. */
    public static Integer totalCredits(String rule) {
        Matcher m = Pattern.compile("(?:minimum|total) of (\\d+) credits", Pattern.CASE_INSENSITIVE).matcher(rule);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** "At least 13 credits must be achieved at level 3 (or above)": {credits, level, 1 if or above}, or null. */
    public static int[] levelMinimum(String rule) {
        Matcher m = Pattern.compile("(\\d+) credits? (?:must be )?(?:achieved |taken |be )?at level (\\d+)( or above)?",
                Pattern.CASE_INSENSITIVE).matcher(rule);
        return m.find() ? new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3) != null ? 1 : 0 }
                : null;
    }
}
