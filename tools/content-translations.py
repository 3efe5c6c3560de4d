#!/usr/bin/env python3
"""Moves the texts of the bundled exercises and routines to and from a flat
file a translator can work in.

usage:
  tools/content-translations.py export LANG OUT.json
      every text of resources/content, with its English and the LANG text so
      far ("" where there is none yet), keyed by file and JSON pointer
  tools/content-translations.py import IN.json [IN.json ...]
      writes each non-empty text back into its content file as
      {"en": ..., "de": ..., ...}, English first, then the languages A to Z
  tools/content-translations.py missing LANG [LANG ...]
      lists every text that has no LANG version; exits 1 if there is one

A text in the content is either a plain string (English only) or an object of
language codes (docs/content.md). Only the fields the content loader reads as
text are touched; ids, poses and numbers are not.
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CONTENT = ROOT / "resources" / "content"

EXERCISE_TEXTS = {"title", "summary", "why", "variation", "breathing", "goal",
                  "goalTimeframe", "notice", "getReady", "finish"}
EXERCISE_TEXT_LISTS = {"benefits", "cautions", "askFirst", "holdReminders", "reachLevels"}
STEP_TEXTS = {"text", "title"}
STEP_TEXT_LISTS = {"cautions"}
ROUTINE_TEXTS = {"title", "description"}


def text_places(kind, document):
    """Yields (pointer, container, key) for every text field of a content file."""
    def fields(obj, pointer, texts, lists):
        for key in list(obj):
            if key in texts:
                yield f"{pointer}/{key}", obj, key
            elif key in lists and isinstance(obj[key], list):
                for index in range(len(obj[key])):
                    yield f"{pointer}/{key}/{index}", obj[key], index

    if kind == "routines":
        yield from fields(document, "", ROUTINE_TEXTS, set())
        return
    if kind != "exercises":
        return
    yield from fields(document, "", EXERCISE_TEXTS, EXERCISE_TEXT_LISTS)
    for index, step in enumerate(document.get("steps", [])):
        yield from fields(step, f"/steps/{index}", STEP_TEXTS, STEP_TEXT_LISTS)
    labels = document.get("sideLabels")
    if isinstance(labels, dict):
        yield from fields(labels, "/sideLabels", {"left", "right"}, set())


def dumps(value, indent=0):
    """JSON as the content files are written: two-space indents, and an object of
    plain values on one line when it fits in 100 columns."""
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        if all(not isinstance(v, (dict, list)) for v in value.values()):
            line = "{ " + ", ".join(
                f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
                for k, v in value.items()) + " }"
            if len(pad) + len(line) <= 100:
                return line
        inner = ",\n".join(f"{pad}  {json.dumps(k, ensure_ascii=False)}: {dumps(v, indent + 1)}"
                           for k, v in value.items())
        return "{\n" + inner + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        inner = ",\n".join(f"{pad}  {dumps(v, indent + 1)}" for v in value)
        return "[\n" + inner + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False)


def content_files():
    for kind in ("exercises", "routines"):
        for path in sorted((CONTENT / kind).glob("*.json")):
            yield kind, path


def as_languages(value):
    return dict(value) if isinstance(value, dict) else {"en": value}


def export(language, out):
    result = {}
    for kind, path in content_files():
        document = json.loads(path.read_text(encoding="utf-8"))
        entries = {}
        for pointer, container, key in text_places(kind, document):
            texts = as_languages(container[key])
            entries[pointer] = {"en": texts["en"], language: texts.get(language, "")}
        result[f"{kind}/{path.name}"] = entries
    pathlib.Path(out).write_text(
        json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def ordered(texts):
    return {"en": texts["en"], **{code: texts[code] for code in sorted(texts) if code != "en"}}


def import_files(names):
    updates = {}
    for name in names:
        for file, entries in json.loads(pathlib.Path(name).read_text(encoding="utf-8")).items():
            for pointer, texts in entries.items():
                updates.setdefault(file, {}).setdefault(pointer, {}).update(texts)
    for kind, path in content_files():
        file_updates = updates.get(f"{kind}/{path.name}")
        if not file_updates:
            continue
        document = json.loads(path.read_text(encoding="utf-8"))
        for pointer, container, key in text_places(kind, document):
            texts = as_languages(container[key])
            new = file_updates.get(pointer, {})
            if new.get("en", texts["en"]) != texts["en"]:
                sys.exit(f"{path}: {pointer}: the English changed since the export; export again")
            texts.update({code: text for code, text in new.items() if code != "en" and text})
            container[key] = ordered(texts) if len(texts) > 1 else texts["en"]
        path.write_text(dumps(document) + "\n", encoding="utf-8")


def missing(languages):
    found = 0
    for kind, path in content_files():
        document = json.loads(path.read_text(encoding="utf-8"))
        for pointer, container, key in text_places(kind, document):
            texts = as_languages(container[key])
            for language in languages:
                if not texts.get(language, "").strip():
                    print(f"{path.relative_to(ROOT)}: {pointer}: no {language} text")
                    found += 1
    return 1 if found else 0


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "export":
        export(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 3 and sys.argv[1] == "import":
        import_files(sys.argv[2:])
    elif len(sys.argv) >= 3 and sys.argv[1] == "missing":
        sys.exit(missing(sys.argv[2:]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
