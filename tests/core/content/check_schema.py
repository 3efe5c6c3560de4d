"""Checks every bundled content file against docs/content.schema.json.

Usage: check_schema.py SCHEMA CONTENT_ROOT
Exits non-zero if the schema is not a valid draft 2020-12 schema, if a
folder of the content root has no files, if a file does not match, or if the
schema accepts documents it must reject (so a schema that checks nothing
cannot pass).
"""

import copy
import json
import os
import pathlib
import sys

try:
    import jsonschema
except ImportError:
    # A Python of its own (pyenv, a venv) does not see the system's packages;
    # the system's Python has the jsonschema that tools/dev installs.
    SYSTEM_PYTHON = "/usr/bin/python3"
    if os.path.exists(SYSTEM_PYTHON) and os.path.realpath(sys.executable) != os.path.realpath(
        SYSTEM_PYTHON
    ):
        os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON] + sys.argv)
    sys.exit("python3-jsonschema is missing (Debian: apt-get install python3-jsonschema)")

KINDS = {"exercises": "exerciseFile", "routines": "routineFile", "poses": "poseFile"}


def no_duplicate_keys(pairs):
    keys = [key for key, _ in pairs]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        raise ValueError("duplicate keys: " + ", ".join(duplicates))
    return dict(pairs)


def validator_for(schema, definition):
    # The root schema with its oneOf replaced by a $ref to one definition:
    # precise messages, and it works with every jsonschema version Debian ships.
    focused = copy.deepcopy(schema)
    del focused["oneOf"]
    focused["$ref"] = "#/$defs/" + definition
    return jsonschema.Draft202012Validator(focused)


def problems(validator, document):
    return sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))


def main():
    schema_path, root = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)

    failures = 0
    checked = 0
    for folder, definition in KINDS.items():
        validator = validator_for(schema, definition)
        files = sorted((root / folder).glob("*.json"))
        if not files:
            print(f"{root / folder}: no content files found")
            failures += 1
        for path in files:
            checked += 1
            try:
                document = json.loads(path.read_text(encoding="utf-8"),
                                      object_pairs_hook=no_duplicate_keys)
            except ValueError as error:
                print(f"{path}: not valid JSON: {error}")
                failures += 1
                continue
            found = problems(validator, document)
            for error in found:
                where = "/".join(str(part) for part in error.absolute_path) or "(top)"
                print(f"{path}: {where}: {error.message}")
                failures += 1
            # Editors use the root's oneOf: it must pick this kind and no other.
            if not found and problems(jsonschema.Draft202012Validator(schema), document):
                print(f"{path}: the schema's root does not match it as exactly one kind of file")
                failures += 1

    # Documents the schema must refuse, one rule each.
    routine = {"format": 1, "id": "r", "title": "R", "items": [{"exercise": "e"}]}
    exercise = {"format": 1, "id": "e", "title": "E", "summary": "S", "holdPose": "p",
                "steps": [{"text": "T", "pose": "p"}]}
    must_fail = {
        "hold of 601 s": ("routineFile", {**routine, "items": [{"exercise": "e", "holdSeconds": 601}]}),
        "hold of 0 s": ("routineFile", {**routine, "items": [{"exercise": "e", "holdSeconds": 0}]}),
        "unknown key": ("routineFile", {**routine, "titel": "R"}),
        "format 2": ("routineFile", {**routine, "format": 2}),
        "text without en": ("routineFile", {**routine, "title": {"de": "R"}}),
        "angle of 181": ("poseFile", {"format": 1, "poses": {"p": {"neckFlexion": 181}}}),
        "programme place 0": ("exerciseFile", {**exercise, "programmeOrder": 0}),
        "get-ready camera without its pose": ("exerciseFile", {**exercise, "getReadyCameraYaw": 30}),
        "step caution list empty": ("exerciseFile", {
            **exercise, "steps": [{"text": "T", "pose": "p", "cautions": []}]}),
        "support of a sofa": ("poseFile", {"format": 1, "poses": {"p": {"support": "sofa"}}}),
        "labels without sides": ("exerciseFile", {
            "format": 1, "id": "e", "title": "E", "summary": "S", "holdPose": "p",
            "steps": [{"text": "T", "pose": "p"}], "sideLabels": {"left": "l", "right": "r"}}),
    }
    for name, (definition, document) in must_fail.items():
        if not problems(validator_for(schema, definition), document):
            print(f"schema accepts a {definition} with a {name}; it must refuse it")
            failures += 1

    print(f"{checked} bundled files checked, {failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
