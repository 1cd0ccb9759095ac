// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.specification.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import javax.xml.namespace.QName;

import org.apache.xmlbeans.XmlCursor;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.apache.poi.ooxml.POIXMLProperties;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The Word primitives a specification is made of (styled headings, body text, tables with a repeating
 * header row, portrait and landscape sections, a table of contents, a running header and page numbers),
 * written with POI's XWPF. It knows nothing of the curriculum model; {@link SpecificationLayout} decides
 * what goes where. Every text passes through {@link WordText}, so no model text can become a field,
 * break the XML or exceed what Word accepts.
 */
public final class WordDocument {

    /** A4 in twentieths of a point. */
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN = 1134;

    /** The style ids Word and LibreOffice recognise as headings 1-3 (navigation pane, outline, TOC). */
    private static final String[] HEADING_STYLES = { "Heading1", "Heading2", "Heading3" };
    private static final String TITLE_STYLE = "Title";
    private static final String TOC_STYLE_PREFIX = "TOC";
    /** Word's own prefix for the bookmarks its contents link to. */
    private static final String TOC_BOOKMARK = "_Toc";
    private static final QName XML_SPACE = new QName("http://www.w3.org/XML/1998/namespace", "space");
    private static final QName PARAGRAPH = new QName("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "p");
    private static final String SMALL_STYLE = "GridText";
    private static final String CAPTION_STYLE = "Caption";
    private static final int[] LABEL_VALUE_WEIGHTS = { 30, 70 };
    /** Chapters only: a specification's units have five sub-headings each, which would make pages of contents. */
    private static final int TOC_LEVELS = 1;
    private static final String TABLE_HEADER_FILL = "D9E2F3";

    private final XWPFDocument document = new XWPFDocument();
    private final WordText text;
    /** Chapter headings in order, for the table of contents' entries; each is bookmarked {@code _Toc<index>}. */
    private final List<String> headings = new ArrayList<>();
    private CTP tocStart;
    /** The body's XML: paragraphs and table rows are written here directly (see {@link #newParagraph}). */
    private final CTBody body = document.getDocument().getBody();
    /** The last paragraph of the body, and whether a table came after it (for a section break). */
    private CTP lastParagraph;
    private boolean tableLast;
    /** The bullet list's numbering (Word's own list numbering, not a bullet typed into the text); made on first use. */
    private BigInteger bulletNumbering;
    private boolean landscape;

    /** A new, empty document whose texts are checked by {@code text}. */
    public WordDocument(WordText text) {
        this.text = text;
        defineStyles();
        CTSectPr body = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        pageSetup(body, false);
    }

    /** Title, subject and author of the document's properties (File > Properties in Word). */
    public void properties(String title, String subject, String author) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setTitle(text.plain(title));
        core.setSubjectProperty(text.plain(subject));
        core.setCreator(text.plain(author));
    }

    /** The running header (left) and a "Page N of M" footer, on every page of every section. */
    public void headerAndFooter(String runningHeader) {
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph h = header.createParagraph();
        h.setStyle("Header");
        h.createRun().setText(text.plain(runningHeader));
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph f = footer.createParagraph();
        f.setStyle("Footer");
        f.setAlignment(ParagraphAlignment.CENTER);
        f.createRun().setText("Page ");
        field(f, "PAGE", "1");
        f.createRun().setText(" of ");
        field(f, "NUMPAGES", "1");
    }

    private static void field(XWPFParagraph paragraph, String instruction, String cached) {
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction + " \\* MERGEFORMAT");
        field.addNewR().addNewT().setStringValue(cached);
    }

    /** The document's title line (style Title). */
    public void title(String title) {
        run(newParagraph(TITLE_STYLE), text.plain(title));
    }

    /**
     * A new paragraph at the end of the body, in the given style (null: Normal). The document is built in its XML
     * (as XWPF does underneath) rather than through XWPF's paragraph and run objects: a specification has tens of
     * thousands of paragraphs, and each XWPF run searches its XML for pictures when it is made. The XML is the
     * same; nothing here reads XWPF's lists of body elements, which therefore hold the tables only.
     */
    private CTP newParagraph(String style) {
        CTP p = body.addNewP();
        if (style != null) {
            p.addNewPPr().addNewPStyle().setVal(style);
        }
        lastParagraph = p;
        tableLast = false;
        return p;
    }

    /** A run holding {@code value}. */
    private static CTR run(CTP paragraph, String value) {
        CTR run = paragraph.addNewR();
        text(run, value);
        return run;
    }

    /** A bold run, as XWPF's {@code setBold(true)} makes one. */
    private static void boldRun(CTP paragraph, String value) {
        CTR run = paragraph.addNewR();
        run.addNewRPr().addNewB().setVal(STOnOff1.ON);
        text(run, value);
    }

    /** The run's text, spaces kept at its ends as XWPF's {@code setText} keeps them. */
    private static void text(CTR run, String value) {
        CTText t = run.addNewT();
        t.setStringValue(value);
        if (!value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1)))) {
            try (XmlCursor cursor = t.newCursor()) {
                cursor.toNextToken();
                cursor.insertAttributeWithValue(XML_SPACE, "preserve");
            }
        }
    }

    /**
     * The table of contents: a TOC field over the chapters (heading 1). Its result, filled in by {@link #write}, is
     * what Word itself would put there, less the page numbers: one TOC 1 paragraph per chapter, a link to the
     * bookmark on its heading and a PAGEREF field for its page. Word is asked to update fields on opening
     * ({@code w:updateFields}), which fills in the numbers; LibreOffice does on Tools > Update.
     */
    public void tableOfContents(String heading) {
        run(newParagraph("TOCHeading"), text.plain(heading));
        tocStart = newParagraph(null);
        tocStart.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        tocStart.addNewR().addNewInstrText().setStringValue(" TOC \\o \"1-1\" \\h \\z \\u ");
        tocStart.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    /** A heading of level 1 to 3; level 1 starts a new page. */
    public void heading(int level, String heading) {
        CTP p = newParagraph(HEADING_STYLES[level - 1]);
        String plain = text.plain(heading);
        if (level <= TOC_LEVELS) {
            // the bookmark the contents' entry links to and takes its page number from
            BigInteger id = BigInteger.valueOf(headings.size());
            CTBookmark start = p.addNewBookmarkStart();
            start.setId(id);
            start.setName(TOC_BOOKMARK + headings.size());
            run(p, plain);
            p.addNewBookmarkEnd().setId(id);
            headings.add(plain);
        } else {
            run(p, plain);
        }
    }

    /** Body text; a line break in the model's text starts a new paragraph rather than an empty one. */
    public void paragraph(String body) {
        for (String line : text.lines(body)) {
            run(newParagraph(null), line);
        }
    }

    /** A paragraph with a bold label before the text, e.g. "Aim: ...". */
    public void labelled(String label, String body) {
        List<String> lines = text.lines(body);
        for (int i = 0; i < lines.size(); i++) {
            CTP p = newParagraph(null);
            if (i == 0) {
                boldRun(p, label + ": ");
            }
            run(p, lines.get(i));
        }
    }

    /**
     * A bold caption for the table that follows; it also keeps two tables apart, which Word would otherwise
     * join into one.
     */
    public void caption(String caption) {
        run(newParagraph(CAPTION_STYLE), text.plain(caption));
    }

    /** A bulleted item: style List Bullet, in Word's bullet list numbering. */
    public void bullet(String item) {
        if (bulletNumbering == null) {
            bulletNumbering = bulletNumbering();
        }
        for (String line : text.lines(item)) {
            CTP p = newParagraph("ListBullet");
            CTNumPr number = p.getPPr().addNewNumPr();
            number.addNewNumId().setVal(bulletNumbering);
            number.addNewIlvl().setVal(BigInteger.ZERO);
            run(p, line);
        }
    }

    /** A numbering definition of one level, a bullet hanging in the indent: what Word's bullet button makes. */
    private BigInteger bulletNumbering() {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = list.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("\u2022");
        level.addNewLvlJc().setVal(STJc.LEFT);
        CTInd indent = level.addNewPPr().addNewInd();
        indent.setLeft(BigInteger.valueOf(360));
        indent.setHanging(BigInteger.valueOf(360));
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(list, numbering));
        return numbering.addNum(abstractId);
    }

    /**
     * A table whose first row holds {@code headers} and repeats on every page it spans. Each row is an
     * array of cell texts, as many as the headers; a null cell is blank. {@code weights} share the page's
     * width among the columns (null: equal shares); {@code small} sets the table in the small grid text.
     */
    public void table(String[] headers, List<String[]> rows, int[] weights, boolean small) {
        XWPFTable table = createTable(headers.length);
        BigInteger[] widths = columnWidths(table, headers.length, weights);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        CTRow headerXml = header.getCtRow();
        for (int c = 0; c < headers.length; c++) {
            CTTc cell = headerXml.getTcArray(c);
            shade(cell);
            width(cell, widths[c]);
            CTP p = cell.getPArray(0);
            if (small) {
                p.addNewPPr().addNewPStyle().setVal(SMALL_STYLE);
            }
            boldRun(p, text.plain(headers[c]));
        }
        CTTbl xml = table.getCTTbl();
        for (String[] values : rows) {
            // the rows below the header in the XML, as XWPF's createRow makes them (a cell holds one paragraph)
            CTRow row = xml.addNewTr();
            for (int c = 0; c < headers.length; c++) {
                // no width on body cells: a fixed-layout table takes its columns from the grid and the first row
                cell(row.addNewTc(), c < values.length ? values[c] : null, small);
            }
        }
    }

    /** A table of one row (the header, or the first label and value) made by XWPF, its borders and grid included. */
    private XWPFTable createTable(int columns) {
        XWPFTable table = document.createTable(1, columns);
        tableLast = true;
        return table;
    }

    /** Fixed column widths in twips, in the table grid (LibreOffice reads these) and on each cell (Word does). */
    private BigInteger[] columnWidths(XWPFTable table, int columns, int[] weights) {
        int total = (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN;
        int sum = 0;
        for (int c = 0; c < columns; c++) {
            sum += weights == null ? 1 : weights[c];
        }
        CTTbl xml = table.getCTTbl();
        CTTblGrid grid = xml.getTblGrid() != null ? xml.getTblGrid() : xml.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        BigInteger[] widths = new BigInteger[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = BigInteger.valueOf(total * (weights == null ? 1 : weights[c]) / sum);
            grid.addNewGridCol().setW(widths[c]);
        }
        // in twips, as XWPF's setWidth("1234") sets it (which matches three regular expressions per call)
        CTTblWidth tableWidth = xml.getTblPr().isSetTblW() ? xml.getTblPr().getTblW() : xml.getTblPr().addNewTblW();
        tableWidth.setW(BigInteger.valueOf(total));
        tableWidth.setType(STTblWidth.DXA);
        (xml.getTblPr().isSetTblLayout() ? xml.getTblPr().getTblLayout() : xml.getTblPr().addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        return widths;
    }

    private void cell(CTTc cell, String value, boolean small) {
        CTP first = cell.sizeOfPArray() > 0 ? cell.getPArray(0) : cell.addNewP();
        if (small) {
            first.addNewPPr().addNewPStyle().setVal(SMALL_STYLE);
        }
        if (value == null) {
            return;
        }
        List<String> lines = text.lines(value);
        for (int i = 0; i < lines.size(); i++) {
            CTP p = i == 0 ? first : cell.addNewP();
            if (small && i > 0) {
                p.addNewPPr().addNewPStyle().setVal(SMALL_STYLE);
            }
            run(p, lines.get(i));
        }
    }

    /** A two-column table of labels and values (a unit's header, the qualification summary). */
    public void fields(List<String[]> labelsAndValues) {
        XWPFTable table = createTable(2);
        BigInteger[] widths = columnWidths(table, 2, LABEL_VALUE_WEIGHTS);
        CTTbl xml = table.getCTTbl();
        for (int r = 0; r < labelsAndValues.size(); r++) {
            CTRow row = r == 0 ? xml.getTrArray(0) : xml.addNewTr();
            CTTc label = r == 0 ? row.getTcArray(0) : row.addNewTc();
            CTTc value = r == 0 ? row.getTcArray(1) : row.addNewTc();
            if (r == 0) {
                width(label, widths[0]);
                width(value, widths[1]);
            }
            shade(label);
            boldRun(label.sizeOfPArray() > 0 ? label.getPArray(0) : label.addNewP(), text.plain(labelsAndValues.get(r)[0]));
            cell(value, labelsAndValues.get(r)[1], false);
        }
    }

    /** A cell's width in twips, as XWPF's {@code setWidth} sets it. */
    private static void width(CTTc cell, BigInteger twips) {
        CTTcPr properties = cell.isSetTcPr() ? cell.getTcPr() : cell.addNewTcPr();
        CTTblWidth width = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
        width.setW(twips);
        width.setType(STTblWidth.DXA);
    }

    /** The header fill, as XWPF's {@code setColor} sets it. */
    private static void shade(CTTc cell) {
        CTTcPr properties = cell.isSetTcPr() ? cell.getTcPr() : cell.addNewTcPr();
        CTShd shading = properties.isSetShd() ? properties.getShd() : properties.addNewShd();
        shading.setColor("auto");
        shading.setVal(STShd.CLEAR);
        shading.setFill(TABLE_HEADER_FILL);
    }

    /**
     * Ends the current section and starts a landscape (true) or portrait one on a new page. The section
     * break rides on the last paragraph written (Word keeps a section's layout in its last paragraph); only
     * when a table ends the section does a paragraph of its own carry the break.
     */
    public void orientation(boolean wantLandscape) {
        if (wantLandscape == landscape) {
            return;
        }
        CTP last = lastParagraph != null && !tableLast ? lastParagraph : newParagraph(null);
        CTSectPr ended = last.isSetPPr() ? last.getPPr().addNewSectPr() : last.addNewPPr().addNewSectPr();
        // a copy of the body's section, header and footer references included: Word gives a first section
        // without references no header at all
        ended.set(document.getDocument().getBody().getSectPr());
        pageSetup(ended, landscape);
        landscape = wantLandscape;
        pageSetup(document.getDocument().getBody().getSectPr(), landscape);
    }

    private static void pageSetup(CTSectPr section, boolean wide) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(wide ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(wide ? A4_SHORT : A4_LONG));
        size.setOrient(wide ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger m = BigInteger.valueOf(MARGIN);
        margins.setTop(m);
        margins.setBottom(m);
        margins.setLeft(m);
        margins.setRight(m);
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        if (!section.isSetType()) {
            section.addNewType().setVal(STSectionMark.NEXT_PAGE);
        }
    }

    /** Fills in the table of contents' entries, closes its field, and writes the document. */
    public void write(OutputStream out) throws IOException {
        if (tocStart != null) {
            tableOfContentsEntries();
            tocStart = null;
        }
        document.enforceUpdateFields();
        document.write(out);
    }

    /**
     * One paragraph per chapter, the first being the one that opens the field and the last closing it, as Word
     * lays out a contents field. Paragraphs after the first go into the body's XML through a cursor: XWPF's own
     * insertion searches the body for the position once per paragraph, and nothing reads XWPF's list of body
     * elements after this (the document is written next).
     */
    private void tableOfContentsEntries() {
        CTP entry = tocStart;
        // the contents are on a portrait page: the page numbers at its right margin
        int tab = A4_SHORT - 2 * MARGIN;
        CTPPr properties = entry.addNewPPr();
        properties.addNewPStyle().setVal(TOC_STYLE_PREFIX + 1);
        for (int i = 0; i < headings.size(); i++) {
            if (i > 0) {
                try (XmlCursor cursor = entry.newCursor()) {
                    cursor.toEndToken();
                    cursor.toNextToken();
                    cursor.insertElement(PARAGRAPH);
                    cursor.toPrevSibling();
                    entry = (CTP) cursor.getObject();
                }
                properties = entry.addNewPPr();
                properties.addNewPStyle().setVal(TOC_STYLE_PREFIX + 1);
            }
            CTTabStop stop = properties.addNewTabs().addNewTab();
            stop.setVal(STTabJc.RIGHT);
            stop.setLeader(STTabTlc.DOT);
            stop.setPos(BigInteger.valueOf(tab));
            CTHyperlink link = entry.addNewHyperlink();
            link.setAnchor(TOC_BOOKMARK + i);
            link.addNewR().addNewT().setStringValue(headings.get(i));
            link.addNewR().addNewTab();
            // no page number yet: the field is filled in when Word or LibreOffice updates the contents
            link.addNewFldSimple().setInstr(" PAGEREF " + TOC_BOOKMARK + i + " \\h ");
        }
        entry.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    // ------------------------------------------------------------------ styles

    private void defineStyles() {
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii("Calibri");
        fonts.setHAnsi("Calibri");
        fonts.setCs("Calibri");
        styles.setDefaultFonts(fonts);
        CTStyle normal = style(styles, "Normal", "Normal", null, 10);
        spacing(normal.addNewPPr(), 0, 120);
        styles.addStyle(new XWPFStyle(normal, styles));
        addParagraphStyle(styles, TITLE_STYLE, "Title", 26, true, 0, 240, -1, false);
        addParagraphStyle(styles, "TOCHeading", "TOC Heading", 14, true, 240, 120, -1, false);
        addParagraphStyle(styles, HEADING_STYLES[0], "heading 1", 16, true, 0, 160, 0, true);
        addParagraphStyle(styles, HEADING_STYLES[1], "heading 2", 13, true, 240, 120, 1, false);
        addParagraphStyle(styles, HEADING_STYLES[2], "heading 3", 11, true, 200, 80, 2, false);
        for (int level = 1; level <= 3; level++) {
            CTStyle toc = addParagraphStyle(styles, TOC_STYLE_PREFIX + level, "toc " + level, 10, false, 0, 40, -1,
                    false);
            toc.getPPr().addNewInd().setLeft(BigInteger.valueOf(240L * (level - 1)));
        }
        addParagraphStyle(styles, "ListBullet", "List Bullet", 10, false, 0, 60, -1, false).getPPr().addNewInd()
                .setLeft(BigInteger.valueOf(360));
        addParagraphStyle(styles, "Header", "header", 8, false, 0, 0, -1, false);
        addParagraphStyle(styles, SMALL_STYLE, "Grid Text", 8, false, 0, 0, -1, false);
        addParagraphStyle(styles, CAPTION_STYLE, "caption", 9, true, 120, 60, -1, false);
        addParagraphStyle(styles, "Footer", "footer", 8, false, 0, 0, -1, false);
    }

    private static CTStyle style(XWPFStyles styles, String id, String name, String basedOn, int points) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal("Normal");
        }
        style.addNewQFormat();
        CTRPr run = style.addNewRPr();
        run.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        run.addNewSzCs().setVal(BigInteger.valueOf(points * 2L));
        return style;
    }

    private static CTStyle addParagraphStyle(XWPFStyles styles, String id, String name, int points, boolean bold,
            int before, int after, int outlineLevel, boolean newPage) {
        CTStyle style = style(styles, id, name, "Normal", points);
        if (bold) {
            style.getRPr().addNewB();
        }
        CTPPrGeneral paragraph = style.addNewPPr();
        spacing(paragraph, before, after);
        if (outlineLevel >= 0) {
            paragraph.addNewKeepNext();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            style.getRPr().addNewColor().setVal("1F3864");
        }
        if (newPage) {
            paragraph.addNewPageBreakBefore();
        }
        styles.addStyle(new XWPFStyle(style, styles));
        return style;
    }

    private static void spacing(CTPPrGeneral paragraph, int before, int after) {
        CTSpacing spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
    }
}
