# SPDX-License-Identifier: EPL-2.0
"""Seed 000 (Occupational Profile and Curriculum Summary, OFO 143905, Contact Centre
Manager) -> contact-centre-manager.curriculum.

The document is modelled AS WRITTEN: the contents list, the summary tables, the module
bodies and the qualification tables disagree with each other, and each is kept as the
document prints it (components from the module bodies, the lists as DocumentListings,
the qualification tables as group entries) so that validation can find the
contradictions later. Nothing is corrected here.

Usage: python3 extract_000.py <path/to/000_7e94110e1afcbc8f.txt> <output dir>
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ids import xmi_id  # noqa: E402
from curriculum_xmi import Node, root_node, write_model  # noqa: E402

STEM = "contact-centre-manager"
KIND_BY_HEADING = {
    "Knowledge Modules": "KM",
    "Practical Skills Modules": "PM",
    "Work Experience Modules": "WM",
}
CLASS_BY_KIND = {
    "KM": "KnowledgeModule",
    "PM": "PracticalSkillsModule",
    "WM": "WorkExperienceModule",
}
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


def key(path):
    return xmi_id(STEM + "/" + path) if path else xmi_id(STEM)


def fail(message, line_no=None):
    where = " (line %d)" % (line_no + 1) if line_no is not None else ""
    raise SystemExit("extract_000: %s%s" % (message, where))


def printed_title(text):
    """A title as printed, without the contents list's dot leaders ('.....') and page number."""
    return re.sub(r"\s*\.{2,}$", "", text.strip())


def find(lines, text, start=0):
    for i in range(start, len(lines)):
        if lines[i] == text:
            return i
    fail("heading %r not found after line %d" % (text, start + 1))


def next_paragraph(lines, start):
    """The first non-empty line after `start`."""
    for i in range(start + 1, len(lines)):
        if lines[i].strip():
            return lines[i].strip()
    fail("no text after line %d" % (start + 1))


# --------------------------------------------------------------------------- parsing

def parse_header(lines):
    header = {}
    for line in lines[:12]:
        if "\t" in line:
            name, value = line.split("\t", 1)
            header[name.strip()] = value.strip()
    return header["OFO code"], header["Related Occupation"]


def parse_toc(lines, start, end):
    """Contents list entries (kind, number, title); page numbers are dropped."""
    entries, kind = [], None
    for i in range(start, end):
        text = lines[i].split("\t")[0].strip()
        if not text:
            continue
        heading = re.match(r"^\d+\. (.+)$", printed_title(text))
        if heading and heading.group(1) in KIND_BY_HEADING:
            kind = KIND_BY_HEADING[heading.group(1)]
            continue
        if heading and ("Occupational Certificate" in text or "Part Qualification" in text):
            kind = None
            continue
        module = re.match(r"^Module (\d+): (.+)$", text)
        if module and kind:
            entries.append((kind, module.group(1), printed_title(module.group(2))))
    return entries


def parse_tasks(lines, start, end):
    """Occupational task bodies: 'N. title', product/service, responsibilities, contexts."""
    tasks, task, state, level, role = [], None, None, None, None
    for i in range(start, end):
        line = lines[i].strip()
        if not line or re.match(r"^Task \d+ ", line):
            continue
        heading = re.match(r"^(\d+)\. (.+)$", line)
        if heading:
            task = {"number": heading.group(1), "title": heading.group(2),
                    "product": None, "responsibilities": [], "contexts": []}
            tasks.append(task)
            state = None
            continue
        if task is None:
            fail("text before the first task: %r" % line, i)
        if line == "Unique Product or Service:":
            state = "product"
        elif line == "Occupational Responsibilities:":
            state = "responsibilities"
        elif line == "Occupational Contexts:":
            state = "contexts"
        elif re.match(r"^Occupational Context (\d+): (.+)$", line):
            match = re.match(r"^Occupational Context (\d+): (.+)$", line)
            level, role = int(match.group(1)), match.group(2)
        elif state == "product":
            task["product"] = line
        elif line.startswith("- "):
            item = re.match(r"^- ([ivx]+)\. (.+)$", line)
            if not item:
                fail("unnumbered bullet %r" % line, i)
            if state == "responsibilities":
                task["responsibilities"].append({"number": item.group(1), "title": item.group(2)})
            elif state == "contexts":
                task["contexts"].append({"number": item.group(1), "title": item.group(2),
                                         "level": level, "role": role})
            else:
                fail("bullet outside a list", i)
        else:
            fail("unexpected text in task %s: %r" % (task["number"], line), i)
    return tasks


LEAD_INS = [
    ("The main focus of the learning in this knowledge module is to", "focus"),
    ("The learning will enable learners to demonstrate an understanding of", "topics"),
    ("The learning will enable learners to develop practical skills", "skills"),
    ("The learner will be required to", "activities"),
]


def parse_module_section(lines, start, end):
    """A 'Curriculum Summary' section: the summary table rows and the module bodies."""
    summary, bodies, body, state = [], [], None, None
    for i in range(start, end):
        line = lines[i].strip()
        if not line or line == "Summary" or line == "Module\tTitle":
            continue
        row = re.match(r"^Module (\d+)\t(.+)$", line)
        head = re.match(r"^Module (\d+): (.+)$", line)
        if row:
            summary.append((row.group(1), row.group(2).strip()))
        elif head:
            body = {"number": head.group(1), "title": head.group(2).strip(),
                    "focus": [], "topics": [], "skills": [], "activities": []}
            bodies.append(body)
            state = None
        elif body is None:
            fail("unexpected text before the module bodies: %r" % line, i)
        elif line.startswith("- "):
            if state is None:
                fail("bullet before a lead-in sentence", i)
            body[state].append(line[2:].strip())
        else:
            for prefix, list_name in LEAD_INS:
                if line.startswith(prefix):
                    state = list_name
                    break
            else:
                fail("unexpected text in module %s: %r" % (body["number"], line), i)
    return summary, bodies


def parse_qualifications(lines, start):
    """'Proposed structure of future qualifications': per qualification, its module tables."""
    quals, qual, kind, artefacts = [], None, None, []
    for i in range(start + 1, len(lines)):
        line = lines[i].strip()
        if not line or line == "Module\tTitle":
            continue
        heading = re.match(r"^(\d+)\. (.+)$", line)
        row = re.match(r"^Module (\d+)\t(.+)$", line)
        if heading:
            qual = {"number": heading.group(1), "title": heading.group(2), "tables": {}}
            quals.append(qual)
            kind = None
        elif line in KIND_BY_HEADING:
            kind = KIND_BY_HEADING[line]
            qual["tables"][kind] = []
        elif row and kind:
            qual["tables"][kind].append((row.group(1), row.group(2).strip()))
        elif re.match(r"^-+\t-+$", line):
            # A table rule left by the text conversion, not a row.
            artefacts.append((qual["title"], kind, i + 1, line))
        else:
            fail("unexpected text in the qualification tables: %r" % line, i)
    return quals, artefacts


def normalised(title):
    """For matching contexts to modules by wording: case, apostrophes and final stops ignored."""
    title = title.lower().replace("\u2019", "'").replace("'", "").strip().rstrip(".")
    return re.sub(r"\s+", " ", title)


def activity_mode(text):
    lower = text.lower()
    if "observe and assist" in lower:
        return "observe and assist"
    if "under supervision" in lower or "under close supervision" in lower:
        return "under supervision"
    return None


# --------------------------------------------------------------------------- model

def build(seed_path):
    with open(seed_path, encoding="utf-8") as handle:
        lines = [line.rstrip() for line in handle.read().splitlines()]
    notes = []

    ofo_code, occupation = parse_header(lines)
    i_toc = find(lines, "Table of Content")
    i_scope = find(lines, "Curriculum Scope", i_toc + 1)
    i_purpose = find(lines, "Occupational Purpose", i_scope + 1)
    i_tasks = find(lines, "Occupational Tasks", i_purpose + 1)
    i_summary = find(lines, "Curriculum Summary:", i_tasks + 1)
    i_km = find(lines, "1. Knowledge Modules", i_summary + 1)
    i_pm = find(lines, "2. Practical Skills Modules", i_km + 1)
    i_wm = find(lines, "3. Work Experience Modules", i_pm + 1)
    i_quals = find(lines, "Proposed structure of future qualifications", i_wm + 1)
    title_line = next_paragraph(lines, -1)

    toc = parse_toc(lines, i_toc + 1, i_scope)
    tasks = parse_tasks(lines, i_tasks + 1, i_summary)
    sections = {
        "KM": parse_module_section(lines, i_km + 1, i_pm),
        "PM": parse_module_section(lines, i_pm + 1, i_wm),
        "WM": parse_module_section(lines, i_wm + 1, i_quals),
    }
    quals, artefacts = parse_qualifications(lines, i_quals)
    for qual_title, kind, line_no, text in artefacts:
        notes.append("skipped conversion artefact %r in %s / %s table (line %d)"
                     % (text, qual_title, kind, line_no))

    module_ids = {(kind, body["number"]): key("%s/%s" % (kind.lower(), body["number"]))
                  for kind, (_, bodies) in sections.items() for body in bodies}
    task_ids = {task["number"]: key("task/" + task["number"]) for task in tasks}

    # Responsibilities map 1:1, in document order, to practical skills modules 1..n.
    responsibilities = [(task, r) for task in tasks for r in task["responsibilities"]]
    pm_bodies = sections["PM"][1]
    if len(responsibilities) != len(pm_bodies):
        notes.append("%d responsibilities but %d practical skills modules"
                     % (len(responsibilities), len(pm_bodies)))
    pm_tasks = {}
    for (task, resp), body in zip(responsibilities, pm_bodies):
        resp["pm"] = body["number"]
        pm_tasks[body["number"]] = task["number"]
        if resp["title"] != body["title"]:
            notes.append("responsibility %s.%s %r -> PM %s %r (titles differ)"
                         % (task["number"], resp["number"], resp["title"],
                            body["number"], body["title"]))

    # Contexts map to work experience modules by wording (summary title or body title).
    wm_summary, wm_bodies = sections["WM"]
    wm_titles = {}
    for number, title in wm_summary:
        wm_titles.setdefault(normalised(title), number)
    for body in wm_bodies:
        wm_titles.setdefault(normalised(body["title"]), body["number"])
    wm_tasks = {}
    for task in tasks:
        for context in task["contexts"]:
            number = wm_titles.get(normalised(context["title"]))
            context["wm"] = number
            if number is None:
                notes.append("context %s.%s %r matches no work experience module"
                             % (task["number"], context["number"], context["title"]))
                continue
            if number in wm_tasks:
                notes.append("WM %s matches more than one context" % number)
            wm_tasks[number] = task["number"]
    for body in wm_bodies:
        if body["number"] not in wm_tasks:
            notes.append("WM %s %r matches no occupational context"
                         % (body["number"], body["title"]))

    # ---- root
    root = root_node("Curriculum", key(""))
    root.set("code", ofo_code).set("title", "%s: %s" % (title_line, occupation))
    root.set("status", "for comment")

    # ---- profile
    profile = root.add(Node("profile", key("profile"), ofoCode=ofo_code, occupation=occupation,
                            purpose=next_paragraph(lines, i_purpose),
                            scope=next_paragraph(lines, i_scope)))
    for task in tasks:
        t_key = "task/" + task["number"]
        t_node = profile.add(Node("tasks", key(t_key), title=task["title"], number=task["number"],
                                  productOrService=task["product"]))
        for resp in task["responsibilities"]:
            t_node.add(Node("responsibilities", key("%s/responsibility/%s" % (t_key, resp["number"])),
                            title=resp["title"], number=resp["number"],
                            practicalSkillsModules=[module_ids[("PM", resp["pm"])]]))
        for context in task["contexts"]:
            wm = [module_ids[("WM", context["wm"])]] if context["wm"] else None
            t_node.add(Node("contexts", key("%s/context/%s" % (t_key, context["number"])),
                            title=context["title"], number=context["number"],
                            roleLevel=context["level"], role=context["role"],
                            workExperienceModules=wm))

    # ---- components, from the module bodies
    for kind in ("KM", "PM", "WM"):
        for body in sections[kind][1]:
            n = body["number"]
            code = "%s-%02d" % (kind, int(n))
            m_key = "%s/%s" % (kind.lower(), n)
            node = root.add(Node("components", module_ids[(kind, n)], CLASS_BY_KIND[kind],
                                 code=code, title=body["title"], number=n))
            if kind == "KM":
                focus, topics = body["focus"], body["topics"]
                if not topics and len(focus) > 1:
                    # Module 1 lists its items straight under the focus: the first bullet is
                    # the focus, the rest are taken as its topics.
                    focus, topics = focus[:1], focus[1:]
                    notes.append("KM %s has no 'demonstrate an understanding of' list: "
                                 "focus bullets 2..%d taken as topics" % (n, len(body["focus"])))
                node.set("purpose", "\n".join(focus))
                for j, topic in enumerate(topics, 1):
                    node.add(Node("topics", key("%s/topic/%d" % (m_key, j)),
                                  code="%s-T%d" % (code, j), title=topic))
            elif kind == "PM":
                if n in pm_tasks:
                    node.set("tasks", [task_ids[pm_tasks[n]]])
                for j, skill in enumerate(body["skills"], 1):
                    node.add(Node("skills", key("%s/skill/%d" % (m_key, j)),
                                  code="%s-S%d" % (code, j), title=skill))
            else:
                if n in wm_tasks:
                    node.set("tasks", [task_ids[wm_tasks[n]]])
                for j, activity in enumerate(body["activities"], 1):
                    node.add(Node("activities", key("%s/activity/%d" % (m_key, j)),
                                  code="%s-A%d" % (code, j), title=activity,
                                  mode=activity_mode(activity)))

    # ---- qualifications: the tables of 'Proposed structure of future qualifications'
    qual_ids = {}
    for qual in quals:
        q_key = "qualification/" + qual["number"]
        qual_ids[qual["number"]] = key(q_key)
        is_part = qual["title"].startswith("Part Qualification")
        node = root.add(Node("qualifications", key(q_key),
                             "PartQualification" if is_part else None, title=qual["title"]))
        if is_part:
            full = [q for q in quals if not q["title"].startswith("Part Qualification")]
            node.set("fullQualification", qual_ids[full[0]["number"]])
        rules = node.add(Node("rules", key(q_key + "/rules"), onlyListedComponents=True))
        for heading, kind in KIND_BY_HEADING.items():
            rows = qual["tables"].get(kind, [])
            g_key = "%s/rules/group/%s" % (q_key, kind)
            refs = []
            for number, _ in rows:
                if (kind, number) in module_ids:
                    refs.append(module_ids[(kind, number)])
                else:
                    notes.append("%s lists %s %s which has no module body"
                                 % (qual["title"], kind, number))
            group = rules.add(Node("groups", key(g_key), title=heading, mandatory=True,
                                   components=refs))
            for number, title in rows:
                group.add(Node("entries", key("%s/entry/%s" % (g_key, number)),
                               kind=kind, number=number, title=title))

    # ---- listings: the contents list and the three summary tables, as printed
    listings = [("toc", "Table of Content", toc)]
    for kind, heading in (("KM", "Knowledge Modules"), ("PM", "Practical Skills Modules"),
                          ("WM", "Work Experience Modules")):
        listings.append(("summary-" + kind.lower(), "Curriculum Summary: " + heading,
                         [(kind, number, title) for number, title in sections[kind][0]]))
    for l_key, title, entries in listings:
        listing = root.add(Node("listings", key("listing/" + l_key), title=title))
        for kind, number, entry_title in entries:
            listing.add(Node("entries", key("listing/%s/entry/%s/%s" % (l_key, kind, number)),
                             kind=kind, number=number, title=entry_title))
    return root, notes


def main(argv):
    if len(argv) != 3:
        raise SystemExit("usage: extract_000.py <000_7e94110e1afcbc8f.txt> <output dir>")
    root, notes = build(argv[1])
    path = write_model(root, os.path.join(argv[2], STEM + ".curriculum"))
    for note in notes:
        print("note: " + note, file=sys.stderr)
    print(path)


if __name__ == "__main__":
    main(sys.argv)
