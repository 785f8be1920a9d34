"""Fill translations into a .ts written by pyside6-lupdate, from a {source: translation} table.

    python tools/fill_ts.py assets/translations/anakgenius_id.ts tools/translations_id.py

Entries whose source is in the table lose their "unfinished" mark; the rest are listed (and stay
unfinished, so Qt shows English for them and the "no English left" test fails)."""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET


def fill(ts: str, table: dict[str, str]) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None:
            node = ET.SubElement(message, "translation")
        if source in table:
            node.text = table[source]
            node.attrib.pop("type", None)
        elif not (node.text and node.get("type") != "unfinished"):
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    table = runpy.run_path(sys.argv[2])["ID"]
    left = fill(sys.argv[1], table)
    for source in left:
        print("untranslated:", repr(source))
    sys.exit(1 if left else 0)
