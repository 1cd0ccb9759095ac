#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Extract seed document 004 into example models.

Reads the plain-text conversion of the Pearson BTEC Level 3 Certificate in Contact Centre
Operations (QCF) specification, QN 600/1636/X (seed 004_e326f51bbc2761fa.txt), and writes:

  btec-l3-contact-centre-operations.curriculum   the 14 units (LOs, ACs, unit content), the
                                                 qualification with its rules of combination,
                                                 and the contents list as printed
  contact-centre-nos.standards                   the NOS rows of Annexe B
  btec-l3-contact-centre-nos.mapping             the ticks of the Annexe B grid
  functional-skills-level1.standards             the Level 1 Functional Skills rows of Annexe C
  functional-skills-level2.standards             the Level 2 Functional Skills rows of Annexe C
  btec-l3-functional-skills-level1.mapping       the ticks of the Annexe C Level 1 grid
  btec-l3-functional-skills-level2.mapping       the ticks of the Annexe C Level 2 grid

Usage: extract_004.py SEED_FILE OUTPUT_DIR

The conversion writes table cells separated by tabs and the original tick mark as the
character "3". Every value is taken from the document; only markup (<p>, **) is stripped and
whitespace collapsed. Counts and cross-checks are printed so they can be compared by eye with
the document; inconsistencies the script cannot resolve stop it with an error.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ids import xmi_id  # noqa: E402
from curriculum_xmi import Node, root_node, write_model  # noqa: E402

CUR = "btec-l3-contact-centre-operations"
NOS = "contact-centre-nos"
NOS_MAP = "btec-l3-contact-centre-nos"
FS = {1: "functional-skills-level1", 2: "functional-skills-level2"}
FS_MAP = {1: "btec-l3-functional-skills-level1", 2: "btec-l3-functional-skills-level2"}

QN = "600/1636/X"
QUAL_TITLE = "Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF)"
CODE_SOURCE = "assigned by row order; Annexe B gives titles only"
CODE_SOURCE_FS = "assigned by row order; Annexe C gives titles only"
TICK = "3"

WARNINGS = []


def warn(msg):
    WARNINGS.append(msg)
    print("WARNING: " + msg)


def fail(msg):
    raise SystemExit("extract_004: " + msg)


def clean(s):
    """Strip conversion markup (<p>, </p>, **) and collapse whitespace."""
    s = re.sub(r"</?p>", " ", s)
    s = s.replace("**", "")
    return re.sub(r"\s+", " ", s).strip()


def paragraphs(lines):
    """Blank-line separated blocks, each joined into one cleaned paragraph."""
    out, cur = [], []
    for line in lines + [""]:
        if line.strip():
            cur.append(line)
        elif cur:
            out.append(clean(" ".join(cur)))
            cur = []
    return out


def index_of(lines, pred, start=0, what="line"):
    for i in range(start, len(lines)):
        if pred(lines[i]):
            return i
    fail("not found: " + what)


# --------------------------------------------------------------------------- units

UNIT_HEADER = re.compile(r"^Unit (\d{3}): ([^\t]+)$")


def parse_units(lines):
    annexe_a = index_of(lines, lambda l: l.strip() == "Annexe A", what="Annexe A heading")
    starts = [i for i in range(annexe_a) if UNIT_HEADER.match(lines[i])]
    units = []
    for n, s in enumerate(starts):
        e = starts[n + 1] if n + 1 < len(starts) else annexe_a
        units.append(parse_unit(lines[s:e]))
    return units


def parse_unit(block):
    m = UNIT_HEADER.match(block[0])
    u = {"number": m.group(1), "title": clean(m.group(2))}

    def field(regex, name):
        for line in block:
            mm = re.match(regex, line)
            if mm:
                return mm.group(1)
        fail("unit %s: no %s" % (u["number"], name))

    u["code"] = field(r"^Unit code:\s*(\S+)\s*$", "unit code")
    u["level"] = int(field(r"^Level\s*(\d+)\s*:", "level"))
    u["credits"] = int(field(r"^Credit value:\s*(\d+)\s*$", "credit value"))
    u["glh"] = int(field(r"^Guided learning hours:\s*(\d+)\s*$", "guided learning hours"))

    def idx(text):
        return index_of(block, lambda l: l.strip() == text, what="unit %s: %s" % (u["number"], text))

    i_aim, i_intro = idx("Unit aim"), idx("Unit introduction")
    i_loac, i_content = idx("Learning outcomes and assessment criteria"), idx("Unit content")
    i_guid = idx("Essential guidance for tutors")
    if not i_aim < i_intro < i_loac < i_content < i_guid:
        fail("unit %s: sections out of order" % u["number"])
    u["aim"] = "\n".join(paragraphs(block[i_aim + 1:i_intro]))
    u["introduction"] = "\n".join(paragraphs(block[i_intro + 1:i_loac]))

    # --- learning outcomes and assessment criteria (table rows: LO cell TAB AC cell)
    los = []
    for line in block[i_loac + 1:i_content]:
        if "\t" not in line:
            if re.match(r"^\s*(<p>)?\d", line):
                fail("unit %s: LO/AC row without a cell separator: %r" % (u["number"], line))
            continue
        lo_cell, ac_cell = line.split("\t", 1)
        if clean(lo_cell) == "Learning outcomes":      # repeated table header
            continue
        mm = re.match(r"^(\d+)\s+(.+)$", clean(lo_cell))
        if not mm:
            fail("unit %s: cannot read LO cell %r" % (u["number"], lo_cell))
        lo = {"code": mm.group(1), "title": mm.group(2), "acs": [], "content": []}
        if "<p>" in ac_cell:
            pieces = re.findall(r"<p>(.*?)</p>", ac_cell)
        else:   # unit 304: criteria run on in one cell without markup
            pieces = re.split(r"(?:^|\s)(?=%s\.\d+\s)" % re.escape(lo["code"]), ac_cell.strip())
        for piece in (clean(p) for p in pieces):
            if not piece:
                continue
            am = re.match(r"^(\d+)\.(\d+)\s+(.+)$", piece)
            if not am or am.group(1) != lo["code"]:
                fail("unit %s LO %s: cannot read criterion %r" % (u["number"], lo["code"], piece))
            lo["acs"].append({"code": "%s.%s" % (am.group(1), am.group(2)), "title": am.group(3)})
        expect = ["%s.%d" % (lo["code"], k + 1) for k in range(len(lo["acs"]))]
        if [a["code"] for a in lo["acs"]] != expect:
            fail("unit %s LO %s: criteria not numbered 1..n" % (u["number"], lo["code"]))
        los.append(lo)
    if [lo["code"] for lo in los] != [str(k + 1) for k in range(len(los))]:
        fail("unit %s: LOs not numbered 1..n" % u["number"])
    u["los"] = los

    # --- unit content: LO headings "<n> <title>" followed by content paragraphs
    u["content_note"] = []
    current = None
    for para in paragraphs(block[i_content + 1:i_guid]):
        hm = re.match(r"^(\d+)\s+([^:]+)$", para)
        nxt_lo = next((lo for lo in los if lo.get("content_heading") is None), None)
        if hm and nxt_lo is not None and hm.group(1) == nxt_lo["code"]:
            nxt_lo["content_heading"] = hm.group(2)
            if hm.group(2) != nxt_lo["title"]:
                warn("unit %s LO %s: unit content heading %r differs from LO title %r"
                     % (u["number"], nxt_lo["code"], hm.group(2), nxt_lo["title"]))
            current = nxt_lo
            continue
        target = current["content"] if current else u["content_note"]
        if target and para[:1].islower():
            # a paragraph split by a page break in the conversion: continue the previous one
            warn("unit %s: paragraph starting in lower case joined to the previous one: %r"
                 % (u["number"], para[:60]))
            target[-1] = target[-1] + " " + para
        else:
            target.append(para)
    for lo in los:
        if lo.get("content_heading") is None or not lo["content"]:
            fail("unit %s LO %s: no unit content found" % (u["number"], lo["code"]))
        lo["content"] = "\n".join(lo["content"])
    u["content_note"] = "\n".join(u["content_note"]) or None
    return u


# --------------------------------------------------------------------------- contents & rules

def parse_contents(lines):
    i = index_of(lines, lambda l: l.strip() == "Contents", what="Contents")
    j = index_of(lines, lambda l: l.strip() == "What are BTEC Level 3 Specialist qualifications?",
                 i + 1, what="end of contents")
    out = []
    for line in lines[i + 1:j]:
        m = re.match(r"^Unit (\d{3}):\s*(.+?)\t(\d+)\s*$", line)
        if m:
            out.append({"number": m.group(1), "title": clean(m.group(2)), "page": m.group(3)})
    return out


def parse_rules(lines):
    i = index_of(lines, lambda l: l.strip() == "Rules of combination for the Pearson BTEC Level 3 qualifications",
                 what="rules of combination heading")
    j = index_of(lines, lambda l: l.strip() == "Assessment", i + 1, what="end of rules")
    region = lines[i + 1:j]
    r = {"numbered": [], "groups": [], "barred": []}
    summary = None
    barred_intro = None
    group = None
    for line in region:
        s = line.strip()
        m = re.match(r"^- (\d) (.+)$", s)
        if m and not r["groups"]:
            r["numbered"].append(clean(s[2:]))
            continue
        if s.startswith("The Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF) is a"):
            summary = clean(s)
            continue
        cells = line.split("\t")
        if len(cells) >= 2 and cells[0].strip() == "Unit":
            group = {"title": clean(cells[1]), "entries": []}
            r["groups"].append(group)
            continue
        m = re.match(r"^(\d{3})(\*?)\t(.+?)\t(\d+)\t(\d+)\s*$", line)
        if m:
            if group is None:
                fail("rules table row before a group header: %r" % line)
            group["entries"].append({"number": m.group(1), "barred_mark": m.group(2) == "*",
                                     "title": clean(m.group(3)), "credit": int(m.group(4)),
                                     "level": int(m.group(5))})
            continue
        if s.startswith("* The following units cannot be used in combination"):
            barred_intro = clean(s.lstrip("*"))
            continue
        m = re.match(r"^- (\d{3}) and (\d{3})$", s)
        if m:
            r["barred"].append((m.group(1), m.group(2)))
    if len(r["numbered"]) != 3 or summary is None or barred_intro is None:
        fail("rules of combination: unexpected layout")
    r["summary"] = summary
    r["barred_intro"] = barred_intro.rstrip(":")
    m = re.match(r"^1 Qualification TQT: (\d+)\. Qualification credit value: (\d+) credits\. GLH: (\d+)$",
                 r["numbered"][0])
    if not m:
        fail("rule 1 not as expected: %r" % r["numbered"][0])
    r["tqt"], r["credit"], r["glh"] = (int(x) for x in m.groups())
    m = re.match(r"^2 Minimum credit to be achieved at the level of the qualification: (\d+) credits\.$",
                 r["numbered"][1])
    if not m:
        fail("rule 2 not as expected: %r" % r["numbered"][1])
    r["min_at_level"] = int(m.group(1))
    if not r["numbered"][2].startswith("3 All credits must be achieved from the units listed"):
        fail("rule 3 not as expected")
    m = re.search(r"At least (\d+) credits must be at Level (\d+)\.", summary)
    if not m or int(m.group(1)) != r["min_at_level"] or int(m.group(2)) != 3:
        fail("summary paragraph disagrees with rule 2")
    if not re.search(r"is a %d-credit and %d guided learning hour" % (r["credit"], r["glh"]), summary):
        fail("summary paragraph disagrees with rule 1")
    return r


# --------------------------------------------------------------------------- annexes

def parse_annexe_b(lines):
    i = index_of(lines, lambda l: l.strip() == "Annexe B", what="Annexe B heading")
    j = index_of(lines, lambda l: l.strip() == "Annexe C", i + 1, what="Annexe C heading")
    region = lines[i + 1:j]
    desc = next(clean(l) for l in region if l.startswith("The grid below maps"))
    k = index_of(region, lambda l: l.strip() == "KEY", what="KEY")
    key_lines = []
    for line in region[k + 1:]:
        if "\t" in line:
            break
        if line.strip():
            key_lines.append(clean(line))
    key = []
    for kl in key_lines:
        if kl.startswith(TICK + " "):
            kl = "tick" + kl[len(TICK):]       # the conversion's "3" is the printed tick mark
        key.append(kl)
    header = None
    rows = []
    for line in region:
        if "\t" not in line:
            continue
        cells = line.split("\t")
        if cells[0].strip() == "NOS":
            h = [c.strip() for c in cells]
            if h[1] != "Unit:" or not all(re.match(r"^\d{3}$", c) for c in h[2:]):
                fail("Annexe B header not as expected: %r" % line)
            if header is not None and h != header:
                fail("Annexe B repeated header differs from the first")
            header = h
            continue
        if header is None:
            fail("Annexe B data row before header")
        if len(cells) != len(header):
            warn("Annexe B row has %d cells, header %d: %r" % (len(cells), len(header), cells[0]))
        if cells[1].strip():
            fail("Annexe B: label column not empty in row %r" % cells[0])
        ticks = []
        for col, c in enumerate(cells[2:], start=2):
            c = c.strip()
            if c == TICK:
                ticks.append(header[col])
            elif c:
                fail("Annexe B: unexpected cell %r in row %r" % (c, cells[0]))
        rows.append({"title": clean(cells[0]), "ticks": ticks})
    return {"description": desc, "key": "; ".join(key), "units": header[2:], "rows": rows}


def parse_annexe_c(lines):
    i = index_of(lines, lambda l: l.strip() == "Annexe C", what="Annexe C heading")
    starts = {}
    for lvl in (1, 2):
        starts[lvl] = index_of(lines, lambda l, lvl=lvl: l.strip() == "Mapping to Level %d Functional Skills" % lvl,
                               i + 1, what="Annexe C level %d" % lvl)
    end = index_of(lines, lambda l: l.startswith("ISBN:"), starts[2], what="end of Annexe C")
    grids = {}
    for lvl, (a, b) in {1: (starts[1], starts[2]), 2: (starts[2], end)}.items():
        sections = []
        table_width = None
        colmap = None
        for line in lines[a + 1:b]:
            if "\t" not in line:
                continue
            cells = [c.strip() for c in line.split("\t")]
            if cells[0] == "Level %d" % lvl and cells[1] == "Unit number":
                table_width = len(cells)         # a new table: its columns are set by the next section row
                colmap = None
                continue
            sm = re.match(r"^(English|Mathematics)\s*([–-])\s*(.+?)\s*:?$", cells[0])
            if sm and not any(c and c != TICK for c in cells[1:]) and any(cells[1:]):
                fail("Annexe C: section row with ticks? %r" % line)
            if sm:
                title = cells[0].rstrip(":").strip()
                if title != cells[0]:
                    warn("Annexe C level %d: section heading %r normalised to %r" % (lvl, cells[0], title))
                if any(cells[1:]):
                    if not all(re.match(r"^\d{3}$", c) for c in cells[1:]):
                        fail("Annexe C: section row with odd unit cells %r" % line)
                    colmap = {col: c for col, c in enumerate(cells) if col >= 1}
                if len(cells) != table_width:
                    warn("Annexe C level %d: section row %r has %d cells, table header %d"
                         % (lvl, title, len(cells), table_width))
                sections.append({"title": title, "rows": []})
                continue
            if colmap is None or not sections:
                fail("Annexe C level %d: data row before a section row with unit numbers: %r" % (lvl, line))
            if len(cells) != table_width:
                warn("Annexe C level %d: row has %d cells, table header %d: %r"
                     % (lvl, len(cells), table_width, cells[0]))
            ticks = []
            for col, c in enumerate(cells[1:], start=1):
                if c == TICK:
                    if col not in colmap:
                        fail("Annexe C: tick outside the unit columns in %r" % line)
                    ticks.append(colmap[col])
                elif c:
                    fail("Annexe C: unexpected cell %r" % c)
            sections[-1]["rows"].append({"title": clean(cells[0]), "ticks": ticks})
        grids[lvl] = {"sections": sections,
                      "units": sorted({u for s in sections for r in s["rows"] for u in r["ticks"]})}
    return grids


# --------------------------------------------------------------------------- model building

def build_curriculum(units, contents, rules):
    by_num = {u["number"]: u for u in units}
    rid = lambda path: xmi_id(CUR + "/" + path)  # noqa: E731
    cur = root_node("Curriculum", xmi_id(CUR), code=QN, title=QUAL_TITLE, version="Issue 2",
                    status="published", publisher="Pearson", published="March 2017")
    for u in units:
        up = "unit/" + u["number"]
        ue = cur.add(Node(
            "components", rid(up), "Unit", code=u["code"], title=u["title"], number=u["number"],
            level=u["level"], credits=u["credits"], guidedLearningHours=u["glh"],
            referenceCode=u["code"], aim=u["aim"], introduction=u["introduction"]))
        if u["content_note"]:
            ue.add(Node("properties", rid(up + "/property/unitContentNote"),
                        key="unitContentNote", value=u["content_note"]))
        for lo in u["los"]:
            lp = up + "/lo/" + lo["code"]
            le = ue.add(Node("learningOutcomes", rid(lp), code=lo["code"], title=lo["title"],
                             content=lo["content"]))
            for ac in lo["acs"]:
                le.add(Node("assessmentCriteria", rid(lp + "/ac/" + ac["code"]),
                            code=ac["code"], title=ac["title"]))
    qp = "qualification"
    q = cur.add(Node(
        "qualifications", rid(qp), code=QN, title=QUAL_TITLE, qualificationNumber=QN,
        awardingBody="Pearson", level=3, totalQualificationTime=rules["tqt"],
        creditValue=rules["credit"], guidedLearningHours=rules["glh"]))
    q.add(Node("identifiers", rid(qp + "/identifier/QN"), scheme="QN", value=QN))
    note = "\n".join(rules["numbered"] + [rules["summary"]])
    r = q.add(Node("rules", rid(qp + "/rules"), totalCredits=rules["credit"],
                   onlyListedComponents=True, note=note))
    for gi, g in enumerate(rules["groups"], start=1):
        gp = qp + "/rules/group/%d" % gi
        ge = r.add(Node("groups", rid(gp), title=g["title"], mandatory=g["title"] == "Mandatory units",
                        components=[rid("unit/" + e["number"]) for e in g["entries"]]))
        for e in g["entries"]:
            ge.add(Node("entries", rid(gp + "/entry/" + e["number"]), kind="unit",
                        number=e["number"], title=e["title"]))
    r.add(Node("levelMinimums", rid(qp + "/rules/levelMinimum/3"), level=3,
               minimumCredits=rules["min_at_level"], atOrAbove=True))
    for a, b in rules["barred"]:
        r.add(Node("barredCombinations", rid(qp + "/rules/barred/%s+%s" % (a, b)),
                   components=[rid("unit/" + a), rid("unit/" + b)],
                   reason="%s: %s and %s" % (rules["barred_intro"], a, b)))
    lst = cur.add(Node("listings", rid("listing/contents"), title="Contents"))
    for c in contents:
        lst.add(Node("entries", rid("listing/contents/entry/" + c["number"]), kind="unit",
                     number=c["number"], title=c["title"]))
    for g in rules["groups"]:
        for e in g["entries"]:
            if e["number"] not in by_num:
                fail("rules table lists unknown unit %s" % e["number"])
    return cur


def build_standards(stem, title, description, publisher, code_source, sections=None, rows=None,
                    level=None):
    """A StandardsFramework; `rows` (flat) or `sections` [(title, rows)]; rows carry 'code'."""
    sid = lambda path: xmi_id(stem + "/" + path)  # noqa: E731
    fw = root_node("StandardsFramework", xmi_id(stem), title=title, description=description,
                   status="published", publisher=publisher)
    fw.add(Node("properties", sid("property/codeSource"), key="codeSource", value=code_source))

    def std(row):
        return Node("standards", sid("standard/" + row["code"]), code=row["code"], title=row["title"],
                    level=level)
    if sections is not None:
        for si, sec in enumerate(sections, start=1):
            se = fw.add(Node("sections", sid("section/%d" % si), title=sec["title"]))
            for row in sec["rows"]:
                se.add(std(row))
    for row in rows or []:
        fw.add(std(row))
    return fw


def cross_file_ref(tag, class_name, stem, extension, key):
    """A reference to an object in another example file (href = file#xmi:id)."""
    return Node(tag, xsi_type=class_name, href="%s.%s#%s" % (stem, extension, xmi_id(key)))


def build_mapping(stem, code, title, description, key, std_stem, rows):
    mid = lambda path: xmi_id(stem + "/" + path)  # noqa: E731
    ms = root_node("MappingSet", xmi_id(stem), code=code, title=title, description=description, key=key)
    ms.add(cross_file_ref("source", "Curriculum", CUR, "curriculum", CUR))
    ms.add(cross_file_ref("target", "StandardsFramework", std_stem, "standards", std_stem))
    n = 0
    for row in rows:
        for unit in row["ticks"]:
            n += 1
            link = ms.add(Node("links", mid("link/%s/%s" % (unit, row["code"])), coverage="partial",
                               author="Pearson (%s)" % code_author(code)))
            link.add(cross_file_ref("item", "Unit", CUR, "curriculum", CUR + "/unit/" + unit))
            link.add(cross_file_ref("standard", "Standard", std_stem, "standards",
                                    std_stem + "/standard/" + row["code"]))
    return ms, n


def code_author(code):
    return "Annexe B" if code == "annexe-b" else "Annexe C"


# --------------------------------------------------------------------------- main

def main(argv):
    if len(argv) != 3:
        raise SystemExit("usage: extract_004.py SEED_FILE OUTPUT_DIR")
    seed, outdir = argv[1], argv[2]
    with open(seed, encoding="utf-8") as f:
        lines = f.read().replace("\r\n", "\n").split("\n")
    os.makedirs(outdir, exist_ok=True)

    units = parse_units(lines)
    contents = parse_contents(lines)
    rules = parse_rules(lines)
    nos = parse_annexe_b(lines)
    fs = parse_annexe_c(lines)

    # ---- cross-checks between the places the document lists the units
    by_num = {u["number"]: u for u in units}
    expected = ["204", "205", "206", "207", "208"] + [str(n) for n in range(301, 310)]
    if sorted(by_num) != sorted(expected) or len(units) != 14:
        fail("units found: %s" % [u["number"] for u in units])
    if [c["number"] for c in contents] != [u["number"] for u in units]:
        fail("contents list and unit bodies disagree on the unit numbers")
    for c in contents:
        if c["title"] != by_num[c["number"]]["title"]:
            warn("contents title of %s differs from unit body: %r" % (c["number"], c["title"]))
    for g in rules["groups"]:
        for e in g["entries"]:
            u = by_num[e["number"]]
            if (e["credit"], e["level"]) != (u["credits"], u["level"]):
                fail("rules table credit/level of %s disagree with the unit" % e["number"])
            if e["title"] != u["title"]:
                note = "case only" if e["title"].lower() == u["title"].lower() else "WORDING"
                warn("rules table title of %s differs from unit body (%s): %r vs %r"
                     % (e["number"], note, e["title"], u["title"]))
    marked = {e["number"] for g in rules["groups"] for e in g["entries"] if e["barred_mark"]}
    if marked != {x for pair in rules["barred"] for x in pair}:
        fail("asterisked units and barred pairs disagree")
    if sorted(e["number"] for g in rules["groups"] for e in g["entries"]) != sorted(expected):
        fail("rules table does not list every unit exactly once")
    if sorted(nos["units"]) != sorted(expected):
        fail("Annexe B header units: %s" % nos["units"])

    # ---- summary for eyeballing
    total_los = total_acs = 0
    print("%-5s %-11s %-3s %-3s %-4s %-4s %s" % ("unit", "code", "lvl", "cr", "glh", "LOs", "ACs per LO"))
    for u in units:
        acs = [len(lo["acs"]) for lo in u["los"]]
        total_los += len(u["los"])
        total_acs += sum(acs)
        print("%-5s %-11s %-3s %-3s %-4s %-4s %s = %d" % (u["number"], u["code"], u["level"], u["credits"],
                                                         u["glh"], len(u["los"]), acs, sum(acs)))
    print("total: %d units, %d LOs, %d ACs" % (len(units), total_los, total_acs))
    print("rules: TQT %d, credit %d, GLH %d, min %d at level 3; groups %s; barred %s" % (
        rules["tqt"], rules["credit"], rules["glh"], rules["min_at_level"],
        [(g["title"], [e["number"] for e in g["entries"]]) for g in rules["groups"]], rules["barred"]))

    # ---- curriculum
    write_model(build_curriculum(units, contents, rules), os.path.join(outdir, CUR + ".curriculum"))

    # ---- NOS (Annexe B)
    for n, row in enumerate(nos["rows"], start=1):
        row["code"] = "CC%02d" % n
    fw = build_standards(
        NOS, "Contact Centre National Occupational Standards",
        "The CfA Contact Centre National Occupational Standards as listed in Annexe B of the "
        "Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF) specification (QN %s)." % QN,
        "CfA", CODE_SOURCE, rows=nos["rows"])
    write_model(fw, os.path.join(outdir, NOS + ".standards"))
    ms, nticks = build_mapping(NOS_MAP, "annexe-b", "Annexe B: National Occupational Standards mapping",
                               nos["description"], nos["key"], NOS, nos["rows"])
    write_model(ms, os.path.join(outdir, NOS_MAP + ".mapping"))
    per_unit = {u: sum(u in r["ticks"] for r in nos["rows"]) for u in nos["units"]}
    print("Annexe B: %d NOS rows, %d ticks; per unit %s" % (len(nos["rows"]), nticks, per_unit))
    print("  rows without a tick: %s" % [r["code"] for r in nos["rows"] if not r["ticks"]])
    for r in nos["rows"]:
        print("  %s %-100s %s" % (r["code"], r["title"], " ".join(r["ticks"])))

    # ---- Functional Skills (Annexe C)
    for lvl in (1, 2):
        grid = fs[lvl]
        n = 0
        for sec in grid["sections"]:
            for row in sec["rows"]:
                n += 1
                row["code"] = "FS%d-%02d" % (lvl, n)
        fw = build_standards(
            FS[lvl], "Functional Skills (Level %d)" % lvl,
            "Functional Skills standards at Level %d as listed in Annexe C of the Pearson BTEC Level 3 "
            "Certificate in Contact Centre Operations (QCF) specification (QN %s)." % (lvl, QN),
            None, CODE_SOURCE_FS, sections=grid["sections"], level=lvl)
        write_model(fw, os.path.join(outdir, FS[lvl] + ".standards"))
        rows = [r for s in grid["sections"] for r in s["rows"]]
        ms, nticks = build_mapping(
            FS_MAP[lvl], "annexe-c-level%d" % lvl, "Annexe C: Mapping to Level %d Functional Skills" % lvl,
            "Annexe C prints this grid without a key; each tick is recorded as partial coverage, "
            "following the key of Annexe B.", None, FS[lvl], rows)
        write_model(ms, os.path.join(outdir, FS_MAP[lvl] + ".mapping"))
        per_unit = {}
        for r in rows:
            for u in r["ticks"]:
                per_unit[u] = per_unit.get(u, 0) + 1
        print("Annexe C level %d: %d sections, %d rows, %d ticks; per unit %s" % (
            lvl, len(grid["sections"]), len(rows), nticks, dict(sorted(per_unit.items()))))
        for s in grid["sections"]:
            print("  [%s] %d rows" % (s["title"], len(s["rows"])))
            for r in s["rows"]:
                print("    %s %-110s %s" % (r["code"], r["title"][:110], " ".join(r["ticks"])))
    print("%d warning(s)" % len(WARNINGS))


if __name__ == "__main__":
    main(sys.argv)
