#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Check the example model files against the metamodel and each other.

Reads curriculum.ecore and every *.curriculum, *.standards and *.mapping file in the examples
folder, and checks that:
  * each file is well-formed XML with one root of the expected type;
  * every element and attribute name is a structural feature of its object's class (taking
    xsi:type into account), xsi:type names a concrete subclass of the feature's type;
  * enum attributes hold a literal of their enum, integer/boolean attributes parse;
  * every object has an xmi:id and ids are unique per file;
  * every same-file reference (space-separated ids) resolves to an object of a compatible class;
  * every cross-file href "file#id" resolves to an object of a compatible class in that file;
  * lower bounds of references (e.g. MappingLink.item, BarredCombination.components) hold.

Usage: check_refs.py [EXAMPLES_DIR [ECORE_FILE]]  (defaults: the repository layout)
Exit status 1 when any problem is found.
"""
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
XMI = "http://www.omg.org/XMI"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
NS = "http://curriculum.org/workbench/curriculum/1.0"
ECORE_NS = "http://www.eclipse.org/emf/2002/Ecore"
ROOTS = {".curriculum": "Curriculum", ".standards": "StandardsFramework", ".mapping": "MappingSet"}
INT_TYPES = {"EInt", "EIntegerObject", "ELong", "ELongObject", "EShort", "EShortObject"}


class Meta:
    def __init__(self, path):
        pkg = ET.parse(path).getroot()
        self.classes, self.enums = {}, {}
        for c in pkg.findall("eClassifiers"):
            kind = c.get("{%s}type" % XSI)
            name = c.get("name")
            if kind == "ecore:EEnum":
                self.enums[name] = {l.get("literal") or l.get("name") for l in c.findall("eLiterals")}
            elif kind == "ecore:EClass":
                feats = {}
                for f in c.findall("eStructuralFeatures"):
                    feats[f.get("name")] = {
                        "kind": f.get("{%s}type" % XSI).split(":")[1],
                        "type": f.get("eType").split("//")[-1],
                        "many": f.get("upperBound") == "-1",
                        "lower": int(f.get("lowerBound") or 0),
                        "containment": f.get("containment") == "true"}
                supers = [s.split("//")[-1] for s in (c.get("eSuperTypes") or "").split()]
                self.classes[name] = {"abstract": c.get("abstract") == "true", "supers": supers, "feats": feats}

    def ancestors(self, cls):
        out, todo = [], [cls]
        while todo:
            c = todo.pop(0)
            if c not in out:
                out.append(c)
                todo.extend(self.classes[c]["supers"])
        return out

    def features(self, cls):
        feats = {}
        for c in reversed(self.ancestors(cls)):
            feats.update(self.classes[c]["feats"])
        return feats

    def conforms(self, cls, to):
        return to in self.ancestors(cls)


def qname_type(value):
    """'curriculum:Unit' -> 'Unit'."""
    if not value or ":" not in value:
        return None
    prefix, name = value.split(":", 1)
    return name if prefix == "curriculum" else None


class Checker:
    def __init__(self, meta, folder):
        self.meta, self.folder = meta, folder
        self.problems = []
        self.files = {}     # file name -> {id: class}
        self.pending = []   # (file, where, kind, value, expected type, many)

    def problem(self, fname, where, msg):
        self.problems.append("%s: %s: %s" % (fname, where, msg))

    def load(self, fname):
        path = os.path.join(self.folder, fname)
        try:
            tree = ET.parse(path)
        except ET.ParseError as e:
            self.problem(fname, "-", "not well-formed XML: %s" % e)
            return
        rootel = tree.getroot()
        expected = ROOTS[os.path.splitext(fname)[1]]
        if rootel.tag != "{%s}%s" % (NS, expected):
            self.problem(fname, "root", "root is %s, expected curriculum:%s" % (rootel.tag, expected))
            return
        if rootel.get("{%s}version" % XMI) != "2.0":
            self.problem(fname, "root", "xmi:version is not 2.0")
        self.files[fname] = {}
        self.walk(fname, rootel, expected, "/" + expected)

    def walk(self, fname, el, cls, where):
        meta = self.meta
        xid = el.get("{%s}id" % XMI)
        if not xid:
            self.problem(fname, where, "object without xmi:id")
        elif xid in self.files[fname]:
            self.problem(fname, where, "duplicate xmi:id %s" % xid)
        else:
            self.files[fname][xid] = cls
        feats = meta.features(cls)
        for k, v in el.attrib.items():
            if k.startswith("{"):
                if k not in ("{%s}id" % XMI, "{%s}version" % XMI, "{%s}type" % XSI):
                    self.problem(fname, where, "unexpected attribute %s" % k)
                continue
            f = feats.get(k)
            if f is None:
                self.problem(fname, where, "%s has no feature %r" % (cls, k))
                continue
            if f["kind"] == "EAttribute":
                if f["many"]:
                    self.problem(fname, where, "many-valued attribute %r written as XML attribute" % k)
                self.check_value(fname, where + "@" + k, f["type"], v)
            elif f["containment"]:
                self.problem(fname, where, "containment %r written as an attribute" % k)
            else:
                ids = v.split()
                if not f["many"] and len(ids) != 1:
                    self.problem(fname, where, "single reference %r holds %d ids" % (k, len(ids)))
                for i in ids:
                    self.pending.append((fname, where + "@" + k, fname, i, f["type"], None))
        counts = {}
        for child in el:
            if not child.tag.startswith("{"):
                name = child.tag
            else:
                self.problem(fname, where, "namespaced child element %s" % child.tag)
                continue
            counts[name] = counts.get(name, 0) + 1
            f = feats.get(name)
            cwhere = "%s/%s[%d]" % (where, name, counts[name])
            if f is None:
                self.problem(fname, cwhere, "%s has no feature %r" % (cls, name))
                continue
            xtype = child.get("{%s}type" % XSI)
            ctype = qname_type(xtype) if xtype else f["type"]
            if xtype and (ctype not in meta.classes or not meta.conforms(ctype, f["type"])):
                self.problem(fname, cwhere, "xsi:type %s does not conform to %s" % (xtype, f["type"]))
                continue
            if f["kind"] == "EAttribute":
                if not f["many"]:
                    self.problem(fname, cwhere, "single-valued attribute written as element")
                self.check_value(fname, cwhere, f["type"], child.text or "")
            elif f["containment"]:
                if ctype not in meta.classes:
                    self.problem(fname, cwhere, "unknown class %s" % ctype)
                    continue
                if meta.classes[ctype]["abstract"]:
                    self.problem(fname, cwhere, "abstract class %s needs xsi:type" % ctype)
                self.walk(fname, child, ctype, cwhere)
            else:
                href = child.get("href")
                if not href or "#" not in href:
                    self.problem(fname, cwhere, "cross-file reference without href file#id")
                    continue
                if not xtype and meta.classes[f["type"]]["abstract"]:
                    self.problem(fname, cwhere, "href to abstract type %s needs xsi:type" % f["type"])
                target, frag = href.split("#", 1)
                self.pending.append((fname, cwhere, target, frag, f["type"], ctype))
        for name, f in feats.items():
            if f["kind"] == "EReference" and f["lower"] > 0 and not f["containment"]:
                n = counts.get(name, 0) + len(el.get(name, "").split())
                if n < f["lower"]:
                    self.problem(fname, where, "%r needs at least %d value(s), has %d" % (name, f["lower"], n))

    def check_value(self, fname, where, etype, v):
        if etype in self.meta.enums:
            if v not in self.meta.enums[etype]:
                self.problem(fname, where, "%r is not a literal of %s %s" % (v, etype, sorted(self.meta.enums[etype])))
        elif etype in INT_TYPES:
            try:
                int(v)
            except ValueError:
                self.problem(fname, where, "%r is not an integer" % v)
        elif etype in ("EBoolean", "EBooleanObject"):
            if v not in ("true", "false"):
                self.problem(fname, where, "%r is not a boolean" % v)

    def resolve(self):
        for fname, where, target, frag, ftype, declared in self.pending:
            if target not in self.files:
                if not os.path.exists(os.path.join(self.folder, target)):
                    self.problem(fname, where, "href to missing file %s" % target)
                else:
                    self.problem(fname, where, "href to file that failed to load: %s" % target)
                continue
            cls = self.files[target].get(frag)
            if cls is None:
                self.problem(fname, where, "unresolved reference %s#%s" % (target, frag))
                continue
            if not self.meta.conforms(cls, ftype):
                self.problem(fname, where, "%s#%s is a %s, feature wants %s" % (target, frag, cls, ftype))
            if declared and declared != cls:
                self.problem(fname, where, "xsi:type %s but target is a %s" % (declared, cls))


def main(argv):
    folder = argv[1] if len(argv) > 1 else os.path.join(REPO, "bundles", "org.curriculum.examples", "examples")
    ecore = argv[2] if len(argv) > 2 else os.path.join(REPO, "bundles", "org.curriculum.model", "model", "curriculum.ecore")
    checker = Checker(Meta(ecore), folder)
    names = sorted(n for n in os.listdir(folder) if os.path.splitext(n)[1] in ROOTS)
    for n in names:
        checker.load(n)
    checker.resolve()
    for n in names:
        print("%-50s %5d objects" % (n, len(checker.files.get(n, {}))))
    print("%d references checked" % len(checker.pending))
    for p in checker.problems:
        print("PROBLEM: " + p)
    print("OK" if not checker.problems else "%d problem(s)" % len(checker.problems))
    return 1 if checker.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
