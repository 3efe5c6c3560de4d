#!/usr/bin/env python3
"""Fills the English plural forms lupdate leaves unfinished in
translations/limber_en.ts: "%n hold(s)" becomes "%n hold" / "%n holds".

usage: tools/fill-english-plurals.py [translations/limber_en.ts]
Run it after `lupdate ... -pluralonly` (see translations/README.md); check the
diff, because English has irregular cases the rules below do not know.
"""
import re
import sys
import xml.etree.ElementTree as ElementTree

SINGULAR_VERBS = [(" were ", " was "), (" are ", " is "), (" have ", " has ")]


def forms(source):
    singular = source.replace("(s)", "")
    plural = source.replace("(s)", "s")
    if "(s)" in source:
        for many, one in SINGULAR_VERBS:
            singular = singular.replace(many, one)
    return singular, plural


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "translations/limber_en.ts"
    tree = ElementTree.parse(path)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        one, many = forms(message.find("source").text)
        for child in list(translation):
            translation.remove(child)
        for text in (one, many):
            ElementTree.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
        filled += 1
    ElementTree.indent(tree, space="    ")
    with open(path, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8")
        handle.write(b"\n")
    print("filled %d message(s) in %s" % (filled, path))


main()
