# SPDX-License-Identifier: EPL-2.0
"""Deterministic xmi:ids for the example models (see XMI-CONVENTIONS.md)."""
import uuid


def xmi_id(key: str) -> str:
    """The xmi:id for an object whose stable key is `key` ('<file stem>/<path>')."""
    return "_" + str(uuid.uuid5(uuid.NAMESPACE_URL, "curriculum-workbench:" + key))
