# SPDX-License-Identifier: EPL-2.0
"""Seeds 003 (unit of competency 105569L5, Manage call centre operations) and 002 (topic
synopsis of one unit) -> manage-call-centre-operations.curriculum and
systems-and-technology-topic-synopsis.curriculum.

003 is a two-column table flattened to 'Label<TAB>value' lines; its performance
requirements are one long line with numbered headings ('1.', '2(a).') and '\u2022' bullets.
002 opens with a truncated copy of its own synopsis paragraph (a preview line) before
the 'Topic Synopsis' heading; that line is checked against the paragraph and dropped.
The synopsis does not name its unit, so the unit title is inferred and marked as such.

Usage: python3 extract_002_003.py <002_99bd5f85925203fa.txt> <003_d6cd358fae937708.txt> <output dir>
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ids import xmi_id  # noqa: E402
from curriculum_xmi import Node, root_node, write_model  # noqa: E402

UOC_STEM = "manage-call-centre-operations"
SYNOPSIS_STEM = "systems-and-technology-topic-synopsis"
INFERRED_UNIT_TITLE = "Manage contact centre systems and technology"
BULLET = "\u2022"

SECTION_KINDS = [  # heading prefix as printed -> GuidanceSectionKind literal
    ("Topic Synopsis", "synopsis"),
    ("Key Concepts", "key concepts"),
    ("Exam Tips", "exam tips"),
    ("Common Misconceptions", "misconceptions"),
    ("Examiner Marking Points", "marking points"),
]


def fail(seed, message):
    raise SystemExit("extract_002_003: %s: %s" % (os.path.basename(seed), message))


def read_lines(path):
    with open(path, encoding="utf-8") as handle:
        return [line.rstrip() for line in handle.read().splitlines()]


# --------------------------------------------------------------------------- 003

def parse_003(path):
    lines = read_lines(path)
    fields, notes = {}, []
    for line in lines:
        if not line.strip() or line.strip() == "Unit of Competency":
            continue
        if "\t" in line:
            label, value = line.split("\t", 1)
        elif ":" in line:
            label, value = line.split(":", 1)
        else:
            fail(path, "unexpected line %r" % line)
        fields[label.strip()] = value.strip()
    for label in ("Functional Area", "Title", "Code", "Range", "Level", "Credit",
                  "Competency", "Assessment Criteria", "Remark"):
        if label not in fields:
            fail(path, "no %r row" % label)

    credit = re.match(r"^(\d+)\s*(?:\((.+)\))?$", fields["Credit"])
    if not credit:
        fail(path, "credit %r is not a number" % fields["Credit"])

    # Performance requirements: 'N. title \u2022 item \u2022 item ... M(a). title \u2022 ...'
    text = re.sub(r"^Performance Requirements\s+", "", fields["Competency"])
    heads = list(re.finditer(r"(?:(?<=\s)|^)(\d+(?:\([a-z]\))?)\.\s", text))
    requirements = []
    for k, head in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        parts = [p.strip() for p in text[head.end():end].split(BULLET)]
        requirements.append({"code": head.group(1), "title": parts[0],
                             "items": [p for p in parts[1:] if p]})

    # Assessment criteria: a lead-in sentence, then one 'Able to ...' outcome after another.
    criteria_text = fields["Assessment Criteria"]
    lead_in, _, rest = criteria_text.partition(":")
    criteria = [c.strip() for c in re.split(r"\s(?=Able to )", rest.strip()) if c.strip()]

    # The remark is one sentence; anything after it is not part of this unit.
    remark = fields["Remark"]
    sentence = re.match(r"^(.*?\.)(?:\s+(.*))?$", remark, re.S)
    if sentence and sentence.group(2):
        notes.append("003 remark continues after its sentence; dropped: %r"
                     % sentence.group(2)[:80])
        remark = sentence.group(1)
    return {
        "functionalArea": fields["Functional Area"],
        "title": fields["Title"],
        "code": fields["Code"],
        "range": fields["Range"],
        "level": int(fields["Level"]),
        "credits": int(credit.group(1)),
        "creditNote": credit.group(2),
        "requirements": requirements,
        "criteriaLeadIn": lead_in.strip() + ":",
        "criteria": criteria,
        "remark": remark,
    }, notes


def build_003(unit):
    def key(path):
        return xmi_id(UOC_STEM + "/" + path) if path else xmi_id(UOC_STEM)

    root = root_node("Curriculum", key(""))
    root.set("code", unit["code"]).set("title", unit["title"])
    u_key = "uoc/" + unit["code"]
    uoc = root.add(Node("components", key(u_key), "UnitOfCompetency", code=unit["code"],
                        title=unit["title"], description=unit["criteriaLeadIn"],
                        number=unit["code"], level=unit["level"], credits=unit["credits"],
                        functionalArea=unit["functionalArea"], range=unit["range"],
                        remark=unit["remark"]))
    if unit["creditNote"]:
        # The document qualifies the credit value: "6 (for reference only)".
        uoc.add(Node("properties", key(u_key + "/property/creditNote"),
                     key="creditNote", value=unit["creditNote"]))
    for req in unit["requirements"]:
        r_key = "%s/pr/%s" % (u_key, req["code"])
        r_node = uoc.add(Node("performanceRequirements", key(r_key),
                              code=req["code"], title=req["title"]))
        for j, item in enumerate(req["items"], 1):
            code = "%s.%d" % (req["code"], j)
            r_node.add(Node("items", key("%s/item/%s" % (r_key, code)), code=code, title=item))
    for j, criterion in enumerate(unit["criteria"], 1):
        uoc.add(Node("assessmentCriteria", key("%s/ac/%d" % (u_key, j)),
                     code=str(j), title=criterion))
    return root


# --------------------------------------------------------------------------- 002

def section_kind(line):
    for prefix, kind in SECTION_KINDS:
        if line.startswith(prefix):
            return kind
    return None


def parse_002(path):
    lines = [line for line in read_lines(path) if line.strip()]
    notes, preview, sections = [], [], []
    for line in lines:
        kind = section_kind(line)
        if kind:
            sections.append({"kind": kind, "heading": line.strip(), "text": [], "points": []})
        elif not sections:
            preview.append(line.strip())
        elif line.startswith("- "):
            sections[-1]["points"].append(line[2:].strip())
        else:
            sections[-1]["text"].append(line.strip())
    if not sections or sections[0]["kind"] != "synopsis":
        fail(path, "no 'Topic Synopsis' heading")
    synopsis = " ".join(sections[0]["text"])
    for line in preview:
        if synopsis.startswith(line):
            notes.append("002 preview line is a truncated copy of the synopsis (%d of %d chars); "
                         "dropped" % (len(line), len(synopsis)))
        else:
            fail(path, "text before the 'Topic Synopsis' heading that is not the synopsis: %r"
                 % line)
    return sections, notes


def build_002(sections):
    def key(path):
        return xmi_id(SYNOPSIS_STEM + "/" + path) if path else xmi_id(SYNOPSIS_STEM)

    root = root_node("Curriculum", key(""))
    root.set("title", "Topic Synopsis: " + INFERRED_UNIT_TITLE)
    unit = root.add(Node("components", key("unit/1"), "Unit", title=INFERRED_UNIT_TITLE))
    unit.add(Node("properties", key("unit/1/property/titleSource"), key="titleSource",
                  value="not named in the source; inferred from the synopsis"))
    doc = unit.add(Node("guidanceDocuments", key("unit/1/guidance/1"), title="Topic Synopsis",
                        kind="topic synopsis"))
    for j, section in enumerate(sections, 1):
        node = doc.add(Node("sections", key("unit/1/guidance/1/section/%d" % j),
                            kind=section["kind"], heading=section["heading"],
                            text="\n".join(section["text"]) or None))
        node.add_values("points", section["points"])
    return root


def main(argv):
    if len(argv) != 4:
        raise SystemExit("usage: extract_002_003.py <002_99bd5f85925203fa.txt> "
                         "<003_d6cd358fae937708.txt> <output dir>")
    seed_002, seed_003, out_dir = argv[1:]
    unit, notes_003 = parse_003(seed_003)
    sections, notes_002 = parse_002(seed_002)
    paths = [
        write_model(build_003(unit), os.path.join(out_dir, UOC_STEM + ".curriculum")),
        write_model(build_002(sections), os.path.join(out_dir, SYNOPSIS_STEM + ".curriculum")),
    ]
    for note in notes_003 + notes_002:
        print("note: " + note, file=sys.stderr)
    print("\n".join(paths))


if __name__ == "__main__":
    main(sys.argv)
