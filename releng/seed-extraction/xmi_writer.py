# SPDX-License-Identifier: EPL-2.0
"""A tiny, dependency-free XMI writer for the example models (see XMI-CONVENTIONS.md).

Attributes are written in the order given (the scripts follow the ecore feature order);
attribute values are escaped so that every file is well-formed XML and newlines survive
a round trip through EMF (written as &#xA;, the way EMF itself writes them).
"""

NAMESPACES = (
    ("xmi:version", "2.0"),
    ("xmlns:xmi", "http://www.omg.org/XMI"),
    ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
    ("xmlns:curriculum", "http://curriculum.org/workbench/curriculum/1.0"),
)


def escape_attr(value: str) -> str:
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("\r", "&#xD;").replace("\n", "&#xA;")
            .replace("\t", "&#x9;"))


def escape_text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _fmt(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class Element:
    """An XML element with ordered attributes; attributes whose value is None are skipped."""

    def __init__(self, tag, attrs=(), children=(), text=None):
        self.tag = tag
        self.attrs = [(k, v) for k, v in attrs if v is not None]
        self.children = list(children)
        self.text = text

    def add(self, child):
        self.children.append(child)
        return child

    def write(self, out, indent=0):
        pad = "  " * indent
        head = pad + "<" + self.tag + "".join(
            ' %s="%s"' % (k, escape_attr(_fmt(v))) for k, v in self.attrs)
        if self.text is not None:
            out.append(head + ">" + escape_text(self.text) + "</" + self.tag + ">")
        elif not self.children:
            out.append(head + "/>")
        else:
            out.append(head + ">")
            for c in self.children:
                c.write(out, indent + 1)
            out.append(pad + "</" + self.tag + ">")


def root(type_name, attrs=(), children=()):
    """A root element `curriculum:<type_name>` carrying the XMI namespace declarations."""
    return Element("curriculum:" + type_name, list(NAMESPACES) + list(attrs), children)


def serialize(element) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>']
    element.write(out)
    return "\n".join(out) + "\n"


def write_file(path, element):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(serialize(element))
