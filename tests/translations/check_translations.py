#!/usr/bin/env python3
"""Fails when a shipped translation is unfinished, missing a string, keeps an
obsolete one, or breaks a placeholder, a mnemonic or markup.

usage: check_translations.py LUPDATE SOURCE_DIR

Each translations/limber_<lang>.ts is copied and brought up to date with the
sources by lupdate, as a translator would; the copy must then be complete:
- no message unfinished (new in the sources, or never translated),
- none vanished or obsolete (gone from the sources but still in the file),
- every translation keeps the source's %1..%99 and %n, its one & mnemonic,
  and its HTML tags;
- lupdate finds no tr() outside a translation context (its text would be
  filed where the program never looks).
limber_en.ts holds only plural forms and is checked with -pluralonly.
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

PLACEHOLDER = re.compile(r"%L?(\d+|n)")
TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")


def mnemonics(text):
    return len(re.findall(r"&(?!&)(?=\S)", text.replace("&&", "")))


def texts_of(translation):
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def problems_in(path, plural_only):
    found = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{name}: {source[:70]!r}"
            kind = translation.get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                found.append(f"{where}: {kind}")
                continue
            for text in texts_of(translation):
                if not text.strip():
                    found.append(f"{where}: empty translation")
                    continue
                wanted = set(PLACEHOLDER.findall(source))
                got = set(PLACEHOLDER.findall(text))
                if message.get("numerus") == "yes":
                    # A singular form may say "one" instead of %n.
                    wanted.discard("n")
                    got.discard("n")
                if wanted != got:
                    found.append(f"{where}: placeholders {sorted(got)} instead of {sorted(wanted)}")
                if not plural_only and mnemonics(source) != mnemonics(text):
                    found.append(f"{where}: mnemonic & in {text!r}")
                if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
                    found.append(f"{where}: HTML tags differ in {text!r}")
    return found


def main():
    lupdate, source_dir = sys.argv[1], pathlib.Path(sys.argv[2])
    files = sorted((source_dir / "translations").glob("limber_*.ts"))
    if not files:
        sys.exit("no translations/limber_*.ts found")
    failed = False
    with tempfile.TemporaryDirectory() as temp:
        for path in files:
            language = path.stem.removeprefix("limber_")
            copy = pathlib.Path(temp) / path.name
            shutil.copy(path, copy)
            command = [lupdate, "app", "core", "-I", ".", "-ts", str(copy), "-silent",
                       "-source-language", "en", "-target-language", language,
                       "-locations", "none"]
            if language == "en":
                command.append("-pluralonly")
            run = subprocess.run(command, cwd=source_dir, check=True, capture_output=True, text=True)
            problems = problems_in(copy, plural_only=language == "en")
            # A tr() lupdate cannot place files its text under a context the
            # program never asks for ("limber"): translated, but never shown.
            problems += [f"lupdate: {line.strip()}" for line in (run.stdout + run.stderr).splitlines()
                         if "lacks Q_OBJECT" in line]
            print(f"{path.name}: {len(problems)} problem(s)")
            for problem in problems[:40]:
                print(f"  {problem}")
            failed = failed or bool(problems)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
