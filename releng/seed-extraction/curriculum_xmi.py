# SPDX-License-Identifier: EPL-2.0
"""A tiny XMI tree and writer for the example models (see XMI-CONVENTIONS.md).

Written by hand rather than with xml.etree so that attribute order follows the
ecore feature order and newlines are escaped as EMF writes them (&#xA;); every
file written is parsed back with xml.etree to prove it is well-formed.
"""
import os
import xml.etree.ElementTree as ET

NS_XMI = "http://www.omg.org/XMI"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
NS_CURRICULUM = "http://curriculum.org/workbench/curriculum/1.0"


class Node:
    """One object (or many-valued attribute value) of the XMI tree."""

    def __init__(self, tag, xmi_id=None, xsi_type=None, element_text=None, **attrs):
        """`element_text` is the element's text (a many-valued attribute value); **attrs are XML attributes."""
        self.tag = tag
        self.attrs = []
        if xsi_type:
            self.attrs.append(("xsi:type", "curriculum:" + xsi_type))
        if xmi_id:
            self.attrs.append(("xmi:id", xmi_id))
        self.element_text = element_text
        self.children = []
        for name, value in attrs.items():
            self.set(name, value)

    def set(self, name, value):
        """Set an attribute; None is skipped, lists of ids are space-joined, bools are lower-case."""
        if value is None:
            return self
        if isinstance(value, bool):
            value = "true" if value else "false"
        elif isinstance(value, (list, tuple)):
            if not value:
                return self
            value = " ".join(value)
        self.attrs = [(n, v) for (n, v) in self.attrs if n != name]
        self.attrs.append((name, str(value)))
        return self

    def add(self, child):
        self.children.append(child)
        return child

    def add_values(self, tag, values):
        """A many-valued attribute: one child element per value."""
        for value in values:
            self.children.append(Node(tag, element_text=value))
        return self


def _escape(value, attribute):
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if attribute:
        value = (value.replace('"', "&quot;").replace("\n", "&#xA;")
                 .replace("\r", "&#xD;").replace("\t", "&#x9;"))
    return value


def _write(node, out, depth):
    pad = "  " * depth
    out.append(pad + "<" + node.tag)
    for name, value in node.attrs:
        out.append(" %s=\"%s\"" % (name, _escape(value, True)))
    if node.element_text is not None:
        out.append(">" + _escape(node.element_text, False) + "</" + node.tag + ">\n")
    elif node.children:
        out.append(">\n")
        for child in node.children:
            _write(child, out, depth + 1)
        out.append(pad + "</" + node.tag + ">\n")
    else:
        out.append("/>\n")


def root_node(class_name, xmi_id, **attrs):
    """The root object of a curriculum/standards/mapping file; **attrs as for Node."""
    root = Node("curriculum:" + class_name)
    root.attrs = [
        ("xmi:version", "2.0"),
        ("xmlns:xmi", NS_XMI),
        ("xmlns:xsi", NS_XSI),
        ("xmlns:curriculum", NS_CURRICULUM),
        ("xmi:id", xmi_id),
    ]
    for name, value in attrs.items():
        root.set(name, value)
    return root


def write_model(root, path):
    """Write `root` to `path` (UTF-8) and parse it back to check it is well-formed XML."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    _write(root, out, 0)
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("".join(out))
    ET.parse(path)
    return path
