// SPDX-License-Identifier: EPL-2.0
package org.curriculum.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.PerformanceRequirement;
import org.curriculum.model.Property;
import org.curriculum.model.RequirementItem;
import org.curriculum.model.RulesOfCombination;
import org.curriculum.model.Unit;
import org.curriculum.model.UnitOfCompetency;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word documents for the document importer's tests and benchmark, built with XWPF from the example models'
 * content in the layouts specifications use (not copied from any document): seed 004's own layout, a unit
 * bank as sector skills councils publish QCF units, headings and numbered paragraphs only, seed 003's unit of
 * competency, and a unit bank of any size; plus the bad inputs (not a zip, macro-enabled, encrypted, no unit, hundreds of pages of prose).
 */
public final class WordFixtures {

    private WordFixtures() {
    }

    /** The units of a curriculum in its order. */
    public static List<Unit> units(Curriculum curriculum) {
        List<Unit> units = new ArrayList<>();
        for (CurriculumComponent component : curriculum.getComponents()) {
            if (component instanceof Unit unit) {
                units.add(unit);
            }
        }
        return units;
    }

    // ------------------------------------------------------------------ (b) seed 004's layout

    /**
     * Seed 004's layout: a contents list of the units, the rules of combination as one table with a header row
     * per group and barred pairs as bullets, then each unit as a heading, "Label: value" paragraphs, aim and
     * introduction under headings, the "Learning outcomes | Assessment criteria" table (criteria as separate
     * paragraphs of one cell), unit content under each outcome's number and title, and guidance.
     */
    public static Path seed004Layout(Curriculum btec, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            styled(doc, "Title", btec.getTitle());
            styled(doc, "Heading1", "Contents");
            for (Unit unit : units(btec)) {
                plain(doc, "Unit " + unit.getNumber() + ":\t" + unit.getTitle() + "\t" + (10 + units(btec).indexOf(unit) * 7));
            }
            styled(doc, "Heading1", "Rules of combination");
            plain(doc, "When the units are combined, the rules below apply.");
            RulesOfCombination rules = btec.getQualifications().get(0).getRules();
            XWPFTable table = doc.createTable();
            boolean firstRow = true;
            for (ComponentGroup group : rules.getGroups()) {
                XWPFTableRow header = firstRow ? table.getRow(0) : table.createRow();
                cells(header, "Unit", group.getTitle(), "Credit", "Level");
                firstRow = false;
                for (CurriculumComponent component : group.getComponents()) {
                    cells(table.createRow(), component.getNumber(), component.getTitle(), text(component.getCredits()),
                            text(component.getLevel()));
                }
            }
            plain(doc, "* The following units cannot be used in combination:");
            for (var barred : rules.getBarredCombinations()) {
                bullet(doc, barred.getComponents().get(0).getNumber() + " and " + barred.getComponents().get(1).getNumber());
            }
            for (Unit unit : units(btec)) {
                styled(doc, "Heading1", "Unit " + unit.getNumber() + ": " + unit.getTitle());
                plain(doc, "Unit code: " + unit.getReferenceCode());
                plain(doc, "Level " + unit.getLevel() + ": BTEC Specialist");
                plain(doc, "Credit value: " + unit.getCredits());
                plain(doc, "Guided learning hours: " + unit.getGuidedLearningHours());
                styled(doc, "Heading2", "Unit aim");
                plain(doc, unit.getAim());
                styled(doc, "Heading2", "Unit introduction");
                plain(doc, unit.getIntroduction());
                styled(doc, "Heading2", "Learning outcomes and assessment criteria");
                plain(doc, "On completion of this unit a learner should:");
                XWPFTable outcomes = doc.createTable(1, 2);
                cells(outcomes.getRow(0), "Learning outcomes", "Assessment criteria");
                for (LearningOutcome outcome : unit.getLearningOutcomes()) {
                    XWPFTableRow row = outcomes.createRow();
                    set(row.getCell(0), List.of(outcome.getCode() + " " + outcome.getTitle()));
                    List<String> criteria = new ArrayList<>();
                    for (AssessmentCriterion criterion : outcome.getAssessmentCriteria()) {
                        criteria.add(criterion.getCode() + " " + criterion.getTitle());
                    }
                    set(row.getCell(1), criteria);
                }
                styled(doc, "Heading2", "Unit content");
                for (LearningOutcome outcome : unit.getLearningOutcomes()) {
                    plain(doc, outcome.getCode() + " " + outcome.getTitle());
                    if (outcome.getContent() != null) {
                        for (String line : outcome.getContent().split("\n")) {
                            plain(doc, line);
                        }
                    }
                }
                styled(doc, "Heading2", "Essential guidance for tutors");
                styled(doc, "Heading3", "Delivery");
                plain(doc, "Tutors deliver unit " + unit.getNumber() + " with employers' help where they can.");
            }
            return save(doc, file);
        }
    }

    // ------------------------------------------------------------------ (c) a QCF unit bank

    /**
     * A unit bank as sector skills councils publish QCF units: each unit a label/value table (other wording and
     * order than ours) followed by a "Learning Outcomes | Assessment Criteria" table with an intro row; the
     * outcome cell is merged down over its criteria rows (vMerge), the criteria header spans a split number |
     * text pair of columns (gridSpan) for even outcomes, and odd outcomes hold their criteria as Word bullets
     * in one cell; outcomes are written "Learning outcome N" over their title.
     */
    public static Path unitBankLayout(Curriculum curriculum, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger bullets = bulletList(doc);
            styled(doc, "Title", "Unit bank: " + curriculum.getTitle());
            for (Unit unit : units(curriculum)) {
                XWPFTable fields = doc.createTable(7, 2);
                cells(fields.getRow(0), "Title:", unit.getTitle());
                cells(fields.getRow(1), "Level:", text(unit.getLevel()));
                cells(fields.getRow(2), "Credit value:", text(unit.getCredits()));
                cells(fields.getRow(3), "GLH:", text(unit.getGuidedLearningHours()));
                cells(fields.getRow(4), "Unit reference number:", unit.getReferenceCode());
                cells(fields.getRow(5), "Unit number:", unit.getNumber());
                cells(fields.getRow(6), "Unit purpose and aim:", unit.getAim());
                plain(doc, "");
                XWPFTable outcomes = doc.createTable(2, 3);
                cells(outcomes.getRow(0), "Learning Outcomes", "Assessment Criteria", "");
                span(outcomes.getRow(0), 1, 2, 3);
                cells(outcomes.getRow(1), "The learner will:", "The learner can:", "");
                span(outcomes.getRow(1), 1, 2, 3);
                int index = 0;
                for (LearningOutcome outcome : unit.getLearningOutcomes()) {
                    index++;
                    List<String> outcomeLines = List.of("Learning outcome " + outcome.getCode(), outcome.getTitle());
                    if (index % 2 == 1) {
                        XWPFTableRow row = outcomes.createRow();
                        set(row.getCell(0), outcomeLines);
                        span(row, 1, 2, 3);
                        XWPFTableCell cell = row.getCell(1);
                        boolean first = true;
                        for (AssessmentCriterion criterion : outcome.getAssessmentCriteria()) {
                            XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
                            first = false;
                            p.setNumID(bullets);
                            p.setNumILvl(BigInteger.ZERO);
                            p.createRun().setText(criterion.getTitle());
                        }
                    } else {
                        boolean first = true;
                        for (AssessmentCriterion criterion : outcome.getAssessmentCriteria()) {
                            XWPFTableRow row = outcomes.createRow();
                            while (row.getTableCells().size() < 3) {
                                row.addNewTableCell();
                            }
                            if (first) {
                                set(row.getCell(0), outcomeLines);
                            }
                            vMerge(row.getCell(0), first);
                            first = false;
                            set(row.getCell(1), List.of(criterion.getCode()));
                            set(row.getCell(2), List.of(criterion.getTitle()));
                        }
                    }
                }
                plain(doc, "");
            }
            return save(doc, file);
        }
    }

    // ------------------------------------------------------------------ (e) seed 003's unit of competency

    /**
     * Seed 003's layout for each unit of competency of {@code curriculum}: a "Unit of Competency" heading, a
     * "Functional Area: ..." line (label in bold), then a two-column table with the labels in bold: Title, Code,
     * Range, Level, Credit (with its note in brackets, "6 (for reference only)"), Competency, Assessment Criteria
     * and Remark. The competency cell opens with a bold "Performance Requirements" line; each requirement's
     * number ("1.", "2(a).") is typed, as Word's numbering cannot give 2(a) after 1, and its items are a Word
     * bullet list; the assessment criteria are an intro line and a Word list of tick bullets (Wingdings).
     */
    public static Path seed003Layout(Curriculum curriculum, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger bullets = bulletList(doc);
            BigInteger ticks = tickList(doc);
            boolean first = true;
            for (CurriculumComponent component : curriculum.getComponents()) {
                if (!(component instanceof UnitOfCompetency unit)) {
                    continue;
                }
                if (!first) {
                    doc.createParagraph().setPageBreak(true);
                }
                first = false;
                styled(doc, "Heading1", "Unit of Competency");
                XWPFParagraph area = doc.createParagraph();
                XWPFRun label = area.createRun();
                label.setBold(true);
                label.setText("Functional Area:");
                area.createRun().setText(" " + unit.getFunctionalArea());
                XWPFTable table = doc.createTable(8, 2);
                String note = null;
                for (Property property : unit.getProperties()) {
                    if ("creditNote".equals(property.getKey())) {
                        note = property.getValue();
                    }
                }
                labelled(table.getRow(0), "Title", List.of(text(unit.getTitle())));
                labelled(table.getRow(1), "Code", List.of(text(unit.getCode())));
                labelled(table.getRow(2), "Range", List.of(text(unit.getRange())));
                labelled(table.getRow(3), "Level", List.of(text(unit.getLevel())));
                labelled(table.getRow(4), "Credit", List.of(text(unit.getCredits()) + (note == null ? "" : " (" + note + ")")));
                labelled(table.getRow(5), "Competency", List.of());
                XWPFTableCell competency = table.getRow(5).getCell(1);
                XWPFParagraph caption = competency.getParagraphs().get(0);
                XWPFRun captionRun = caption.createRun();
                captionRun.setBold(true);
                captionRun.setText("Performance Requirements");
                for (PerformanceRequirement requirement : unit.getPerformanceRequirements()) {
                    XWPFParagraph line = competency.addParagraph();
                    line.setSpacingBefore(120);
                    XWPFRun run = line.createRun();
                    run.setBold(true);
                    run.setText(requirement.getCode() + ". " + requirement.getTitle());
                    for (RequirementItem item : requirement.getItems()) {
                        XWPFParagraph bullet = competency.addParagraph();
                        bullet.setNumID(bullets);
                        bullet.setNumILvl(BigInteger.ZERO);
                        bullet.createRun().setText(item.getTitle());
                    }
                }
                labelled(table.getRow(6), "Assessment Criteria", List.of(text(unit.getDescription())));
                XWPFTableCell criteria = table.getRow(6).getCell(1);
                for (AssessmentCriterion criterion : unit.getAssessmentCriteria()) {
                    XWPFParagraph tick = criteria.addParagraph();
                    tick.setNumID(ticks);
                    tick.setNumILvl(BigInteger.ZERO);
                    tick.createRun().setText(criterion.getTitle());
                }
                labelled(table.getRow(7), "Remark", List.of(text(unit.getRemark())));
            }
            return save(doc, file);
        }
    }

    /** A label cell in bold and a value cell of one paragraph per line. */
    private static void labelled(XWPFTableRow row, String label, List<String> value) {
        set(row.getCell(0), List.of());
        XWPFRun run = row.getCell(0).getParagraphs().get(0).createRun();
        run.setBold(true);
        run.setText(label);
        set(row.getCell(1), value);
    }

    // ------------------------------------------------------------------ (d) headings and numbered paragraphs

    /**
     * Units set out with headings and numbered paragraphs only, no tables: "Unit N – Title", "Label: value"
     * lines in another order, "Aim" under a heading; the first half of the units number their outcomes "LO1"
     * and criteria "AC1.1" typed in the text, the second half with Word's automatic multi-level numbering
     * (outcome "1.", criterion "1.1"), which is kept in the numbering part and not in the paragraphs' text.
     */
    public static Path headingsLayout(Curriculum curriculum, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger numbered = numberedList(doc);
            styled(doc, "Title", curriculum.getTitle());
            List<Unit> units = units(curriculum);
            for (int u = 0; u < units.size(); u++) {
                Unit unit = units.get(u);
                styled(doc, "Heading1", "Unit " + unit.getNumber() + " – " + unit.getTitle());
                plain(doc, "Level: " + unit.getLevel());
                plain(doc, "Unit reference: " + unit.getReferenceCode());
                plain(doc, "Guided learning hours: " + unit.getGuidedLearningHours());
                plain(doc, "Credits: " + unit.getCredits());
                styled(doc, "Heading2", "Aim");
                plain(doc, unit.getAim());
                styled(doc, "Heading2", "Learning outcomes and assessment criteria");
                boolean typed = u < units.size() / 2;
                if (!typed) {
                    // a list restarts per unit: a new list instance (num) over the same definition
                    numbered = doc.getNumbering().addNum(doc.getNumbering().getAbstractNumID(numbered));
                }
                for (LearningOutcome outcome : unit.getLearningOutcomes()) {
                    if (typed) {
                        plain(doc, "LO" + outcome.getCode() + " " + outcome.getTitle());
                    } else {
                        numbered(doc, numbered, 0, outcome.getTitle());
                    }
                    for (AssessmentCriterion criterion : outcome.getAssessmentCriteria()) {
                        if (typed) {
                            plain(doc, "AC" + criterion.getCode() + " " + criterion.getTitle());
                        } else {
                            numbered(doc, numbered, 1, criterion.getTitle());
                        }
                    }
                }
            }
            return save(doc, file);
        }
    }

    // ------------------------------------------------------------------ size

    /**
     * A unit bank of {@code count} units in seed 004's layout (heading, labelled paragraphs, outcomes table),
     * the example's units repeated with new numbers: for size tests and the benchmark.
     */
    public static Path largeUnitBank(Curriculum curriculum, int count, Path file) throws IOException {
        List<Unit> units = units(curriculum);
        try (XWPFDocument doc = new XWPFDocument()) {
            styled(doc, "Title", "Unit bank of " + count + " units");
            for (int i = 0; i < count; i++) {
                Unit unit = units.get(i % units.size());
                styled(doc, "Heading1", "Unit " + (1000 + i) + ": " + unit.getTitle());
                plain(doc, "Unit code: U/" + (100000 + i));
                plain(doc, "Level: " + unit.getLevel());
                plain(doc, "Credit value: " + unit.getCredits());
                plain(doc, "Guided learning hours: " + unit.getGuidedLearningHours());
                styled(doc, "Heading2", "Unit aim");
                plain(doc, unit.getAim());
                XWPFTable outcomes = doc.createTable(1, 2);
                cells(outcomes.getRow(0), "Learning outcomes", "Assessment criteria");
                for (LearningOutcome outcome : unit.getLearningOutcomes()) {
                    XWPFTableRow row = outcomes.createRow();
                    set(row.getCell(0), List.of(outcome.getCode() + " " + outcome.getTitle()));
                    List<String> criteria = new ArrayList<>();
                    for (AssessmentCriterion criterion : outcome.getAssessmentCriteria()) {
                        criteria.add(criterion.getCode() + " " + criterion.getTitle());
                    }
                    set(row.getCell(1), criteria);
                }
            }
            return save(doc, file);
        }
    }

    /** {@code pages} pages of prose (about 40 lines a page) and no unit at all: a long document that is no specification. */
    public static Path proseOnly(int pages, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            styled(doc, "Title", "Annual report");
            for (int page = 1; page <= pages; page++) {
                styled(doc, "Heading1", "Chapter " + page);
                for (int line = 0; line < 40; line++) {
                    plain(doc, "Page " + page + ", line " + line + ": the centre met its targets for the year and thanks its staff.");
                }
            }
            return save(doc, file);
        }
    }

    // ------------------------------------------------------------------ bad files

    /** A text file named .docx. */
    public static Path notAZip(Path file) throws IOException {
        Files.writeString(file, "Unit 301: Principles of personal effectiveness\nLevel 3\n", StandardCharsets.UTF_8);
        return file;
    }

    /**
     * A copy of {@code docx} made macro-enabled as Word saves a .docm: the main part's content type says so and
     * the package holds a VBA project part.
     */
    public static Path macroEnabled(Path docx, Path file) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(docx));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) {
                    String types = new String(bytes, StandardCharsets.UTF_8)
                            .replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                    "application/vnd.ms-word.document.macroEnabled.main+xml")
                            .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>");
                    bytes = types.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("word/vbaProject.bin"));
            out.write(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 });
            out.closeEntry();
        }
        return file;
    }

    /** {@code docx} encrypted with a password, as Word saves it (an OLE2 container holding the encrypted package). */
    public static Path encrypted(Path docx, Path file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (InputStream in = Files.newInputStream(docx); OPCPackage opc = OPCPackage.open(in);
                    OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** A proper .docx with prose only. */
    public static Path noUnit(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            styled(doc, "Title", "Minutes of the standards meeting");
            plain(doc, "The committee met and agreed to review the contact centre standards next year.");
            XWPFTable table = doc.createTable(2, 2);
            cells(table.getRow(0), "Attendee", "Role");
            cells(table.getRow(1), "A. Reviewer", "Chair");
            return save(doc, file);
        }
    }

    /** Whether the first bytes of a file are those of a zip archive. */
    public static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        }
    }

    // ------------------------------------------------------------------ building blocks

    private static Path save(XWPFDocument doc, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        return file;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void styled(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    private static void plain(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (text != null && !text.isEmpty()) {
            p.createRun().setText(text);
        }
    }

    private static void bullet(XWPFDocument doc, String text) {
        plain(doc, "• " + text);
    }

    private static void numbered(XWPFDocument doc, BigInteger numId, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
    }

    private static void cells(XWPFTableRow row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            XWPFTableCell cell = c < row.getTableCells().size() ? row.getCell(c) : row.addNewTableCell();
            set(cell, List.of(texts[c] == null ? "" : texts[c]));
        }
    }

    /** Replaces a cell's text with one paragraph per line. */
    private static void set(XWPFTableCell cell, List<String> lines) {
        while (cell.getParagraphs().size() > 1) {
            cell.removeParagraph(1);
        }
        XWPFParagraph first = cell.getParagraphs().get(0);
        while (!first.getRuns().isEmpty()) {
            first.removeRun(0);
        }
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? first : cell.addParagraph();
            XWPFRun run = p.createRun();
            run.setText(lines.get(i));
        }
    }

    /** Makes cell {@code column} span {@code span} of the table's {@code gridColumns} grid columns (gridSpan). */
    private static void span(XWPFTableRow row, int column, int span, int gridColumns) {
        while (row.getTableCells().size() > gridColumns - (span - 1)) {
            row.removeCell(column + 1);
        }
        while (row.getTableCells().size() < gridColumns - (span - 1)) {
            row.addNewTableCell();
        }
        CTTcPr pr = row.getCell(column).getCTTc().isSetTcPr() ? row.getCell(column).getCTTc().getTcPr()
                : row.getCell(column).getCTTc().addNewTcPr();
        pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
    }

    private static void vMerge(XWPFTableCell cell, boolean start) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewVMerge().setVal(start ? STMerge.RESTART : STMerge.CONTINUE);
    }

    private static BigInteger bulletList(XWPFDocument doc) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(1));
        CTLvl level = definition.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        return addList(doc, definition);
    }

    /** A bullet list whose bullet is Wingdings' tick, as Word's bullet library offers it. */
    private static BigInteger tickList(XWPFDocument doc) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(3));
        CTLvl level = definition.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("\uF0FC");
        var fonts = level.addNewRPr().addNewRFonts();
        fonts.setAscii("Wingdings");
        fonts.setHAnsi("Wingdings");
        return addList(doc, definition);
    }

    private static BigInteger numberedList(XWPFDocument doc) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(2));
        CTLvl outcome = definition.addNewLvl();
        outcome.setIlvl(BigInteger.ZERO);
        outcome.addNewStart().setVal(BigInteger.ONE);
        outcome.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        outcome.addNewLvlText().setVal("%1.");
        CTLvl criterion = definition.addNewLvl();
        criterion.setIlvl(BigInteger.ONE);
        criterion.addNewStart().setVal(BigInteger.ONE);
        criterion.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        criterion.addNewLvlText().setVal("%1.%2");
        return addList(doc, definition);
    }

    private static BigInteger addList(XWPFDocument doc, CTAbstractNum definition) {
        XWPFNumbering numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
        return numbering.addNum(abstractId);
    }
}
