#!/usr/bin/env python3
"""Text that a spreadsheet would run as a formula, through the real program:
a JSON export whose notes, routine ids, exercise ids, stop reasons and session
ids begin with =, +, -, @, a tab or a carriage return is imported with
`limber --import`, then exported with `--export-csv` and `--export-json`.

- The CSV, read with Python's csv module: every such text field is the stored
  text with one apostrophe in front; the number fields (negative offsets
  included) are plain numbers.
- The JSON export has every text exactly as imported, and importing it into
  another data folder and exporting again gives the same sessions.
- When LibreOffice is installed (`soffice`), both CSV files are converted by
  Calc with formula evaluation on: no cell is a formula, the texts are strings,
  the numbers are numbers. A control file without the apostrophes must come out
  with formulas, or the check itself is broken.

usage: csv_formulas.py --limber PATH [--soffice PATH] [--require-soffice]
"""
import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

STARTS = ["=", "+", "-", "@", "\t", "\r"]
OFFSET = -5 * 3600

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def utc(minutes):
    return "2026-03-0%dT%02d:%02d:00.000Z" % (2 + minutes // 1440, minutes // 60 % 24, minutes % 60)


def history():
    """The file to import: one session per leading character."""
    sessions = []
    for i, start in enumerate(STARTS):
        began = 9 * 60 + i * 90
        sessions.append({
            "uid": start + "session-%d" % i,
            "routineId": start + "routine",
            "status": "stopped",
            "stopReason": start + "1+1",
            "startedUtc": utc(began),
            "startedOffsetSeconds": OFFSET,
            "endedUtc": utc(began + 5),
            "endedOffsetSeconds": OFFSET,
            "painBefore": 0,
            "painAfter": 3,
            "note": start + 'HYPERLINK("http://x.example/","see, here")',
            "holds": [{
                "exerciseId": start + "exercise",
                "side": "left",
                "holdIndex": 0,
                "targetMs": 60000,
                "heldMs": 59000,
                "startedUtc": utc(began + 1),
                "startedOffsetSeconds": OFFSET,
                "completed": False,
                "reach": 1,
            }],
        })
    return {"format": "limber-history", "formatVersion": 1, "exportedUtc": utc(0),
            "sessions": sessions}


def run(limber, data_dir, *args):
    result = subprocess.run([limber, "--data-dir", data_dir] + list(args),
                            capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        fail("limber %s exited with %d:\n%s" % (" ".join(args), result.returncode, result.stderr))


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header, records = rows[0], rows[1:]
    return [dict(zip(header, record)) for record in records]


def expect(condition, message):
    if not condition:
        fail(message)


def check_number(record, column, expected):
    value = record[column]
    expect(value == str(expected) and int(value) == expected,
           "%s is %r, not the number %d" % (column, value, expected))


def check_csv(sessions_csv, holds_csv, imported):
    by_uid = {s["uid"]: s for s in imported["sessions"]}
    sessions = read_csv(sessions_csv)
    expect(len(sessions) == len(STARTS), "%d sessions in the CSV" % len(sessions))
    for record in sessions:
        expect(record["session_uid"].startswith("'"), "uid %r kept its formula start"
               % record["session_uid"])
        original = by_uid[record["session_uid"][1:]]
        for column, key in (("routine_id", "routineId"), ("stop_reason", "stopReason"),
                            ("note", "note")):
            expect(record[column] == "'" + original[key],
                   "%s is %r, not an apostrophe and %r" % (column, record[column], original[key]))
        for column in ("started_offset_s", "ended_offset_s"):
            check_number(record, column, OFFSET)
        check_number(record, "pain_before", 0)
        check_number(record, "pain_after", 3)
        check_number(record, "holds", 1)
        check_number(record, "held_ms", 59000)
        expect(record["status"] == "stopped", "status %r" % record["status"])
        expect(record["started_local"].endswith("-05:00"), "local time %r"
               % record["started_local"])
    holds = read_csv(holds_csv)
    expect(len(holds) == len(STARTS), "%d holds in the CSV" % len(holds))
    for record in holds:
        original = by_uid[record["session_uid"][1:]]["holds"][0]
        expect(record["exercise_id"] == "'" + original["exerciseId"],
               "exercise_id is %r" % record["exercise_id"])
        check_number(record, "utc_offset_s", OFFSET)
        check_number(record, "hold_index", 0)
        check_number(record, "held_ms", 59000)
        check_number(record, "completed", 0)
        check_number(record, "reach", 1)
    print("ok: csv module reads %d sessions and %d holds: texts with an apostrophe, numbers "
          "as numbers" % (len(sessions), len(holds)))


def sessions_without_export_time(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)["sessions"]


def check_json(limber, exported_json, imported, work):
    sessions = sessions_without_export_time(exported_json)
    expect(sessions == imported["sessions"],
           "the JSON export differs from what was imported:\n%s\n%s"
           % (json.dumps(sessions), json.dumps(imported["sessions"])))
    with open(exported_json, encoding="utf-8") as handle:
        text = handle.read()
    expect("\"'" not in text, "an apostrophe was added in the JSON export")
    again_dir = os.path.join(work, "again")
    os.mkdir(again_dir)
    run(limber, again_dir, "--import", exported_json)
    again_json = os.path.join(work, "again.json")
    run(limber, again_dir, "--export-json", again_json)
    expect(sessions_without_export_time(again_json) == sessions,
           "export -> import -> export changed the sessions")
    print("ok: JSON export exact, and export -> import -> export the same")


def cells(fods_path):
    """(row, column, cell element) of the first sheet, repeated cells expanded."""
    tree = ElementTree.parse(fods_path)
    table = tree.find(".//table:table", NS)
    found = []
    for r, row in enumerate(table.iter("{%s}table-row" % NS["table"])):
        c = 0
        for cell in row:
            if not cell.tag.endswith("}table-cell"):
                continue
            repeat = int(cell.get("{%s}number-columns-repeated" % NS["table"], "1"))
            for _ in range(min(repeat, 64)):
                found.append((r, c, cell))
                c += 1
    return found


def convert(soffice, csv_path, out_dir, profile):
    # Comma, double quote, UTF-8, from line 1, no column formats, English (US),
    # quoted fields NOT forced to text (the usual setting), detect special
    # numbers, ..., and token 13: evaluate formulas.
    in_filter = "CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true"
    result = subprocess.run(
        [soffice, "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
         "--infilter=" + in_filter, "--convert-to", "fods", "--outdir", out_dir, csv_path],
        capture_output=True, text=True, timeout=300)
    fods = os.path.join(out_dir, os.path.splitext(os.path.basename(csv_path))[0] + ".fods")
    if result.returncode != 0 or not os.path.exists(fods):
        fail("soffice could not convert %s:\n%s%s" % (csv_path, result.stdout, result.stderr))
    return fods


def cell_text(cell):
    """What the cell shows: its paragraphs (a tab in one is an element, kept as \\t)."""
    lines = []
    for paragraph in cell.findall("text:p", NS):
        text = paragraph.text or ""
        for child in paragraph:
            text += "\t" if child.tag.endswith("}tab") else "".join(child.itertext())
            text += child.tail or ""
        lines.append(text)
    return "\n".join(lines)


def visible(text):
    """The text without white space and without one apostrophe in front."""
    squeezed = "".join(ch for ch in text if not ch.isspace())
    return squeezed[1:] if squeezed.startswith("'") else squeezed


def expected_texts(imported):
    """Per data row (in time order, as exported): the stored text of each text column."""
    rows = []
    for session in imported["sessions"]:
        rows.append({"session_uid": session["uid"], "routine_id": session["routineId"],
                     "stop_reason": session["stopReason"], "note": session["note"],
                     "exercise_id": session["holds"][0]["exerciseId"]})
    return rows


def check_libreoffice(soffice, csv_files, imported, work):
    profile = os.path.join(work, "lo-profile")
    out_dir = os.path.join(work, "lo")
    os.mkdir(out_dir)
    formula = "{%s}formula" % NS["table"]
    value_type = "{%s}value-type" % NS["office"]

    control = os.path.join(work, "control.csv")
    with open(control, "w", newline="", encoding="utf-8") as handle:
        handle.write('note,plain\r\n"=1+1",=2+2\r\n')
    control_cells = cells(convert(soffice, control, out_dir, profile))
    expect(any(cell.get(formula) for _, _, cell in control_cells),
           "Calc made no formula of =1+1 without the apostrophe: the check proves nothing")

    expected = expected_texts(imported)
    for path in csv_files:
        fods = convert(soffice, path, out_dir, profile)
        table = cells(fods)
        header = {c: cell_text(cell) for r, c, cell in table if r == 0}
        strings = numbers = 0
        for r, c, cell in table:
            if r == 0 or c not in header:
                continue
            name = header[c]
            expect(cell.get(formula) is None, "%s: %s in row %d is a formula (%s)"
                   % (os.path.basename(path), name, r, cell.get(formula)))
            kind = cell.get(value_type)
            if name in ("session_uid", "routine_id", "exercise_id", "stop_reason", "note"):
                expect(kind == "string", "%s: %s in row %d is %s, not text"
                       % (os.path.basename(path), name, r, kind))
                shown = cell_text(cell)
                stored = expected[r - 1][name]
                expect(visible(shown) == visible(stored), "%s: %s in row %d shows %r for %r"
                       % (os.path.basename(path), name, r, shown, stored))
                strings += 1
            if name in ("utc_offset_s", "started_offset_s", "ended_offset_s"):
                expect(kind == "float" and float(cell.get("{%s}value" % NS["office"])) == OFFSET,
                       "%s: %s in row %d is %s, not the number %d"
                       % (os.path.basename(path), name, r, kind, OFFSET))
                numbers += 1
        expect(strings > 0 and numbers > 0, "nothing checked in %s" % fods)
        print("ok: LibreOffice Calc: %s has %d text cells shown as text, %d negative numbers "
              "as numbers, no formula" % (os.path.basename(path), strings, numbers))
        sample = [cell_text(cell) for r, c, cell in table if r == 1 and header.get(c) == "note"]
        if sample:
            print("    e.g. the first note shows as %r" % sample[0])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limber", required=True)
    parser.add_argument("--soffice", default=shutil.which("soffice"))
    parser.add_argument("--require-soffice", action="store_true")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="limber-csv-")
    try:
        imported = history()
        source = os.path.join(work, "history.json")
        with open(source, "w", encoding="utf-8") as handle:
            json.dump(imported, handle)
        data_dir = os.path.join(work, "data")
        os.mkdir(data_dir)
        run(args.limber, data_dir, "--import", source)
        holds_csv = os.path.join(work, "limber.csv")
        run(args.limber, data_dir, "--export-csv", holds_csv)
        sessions_csv = os.path.join(work, "limber-sessions.csv")
        exported_json = os.path.join(work, "export.json")
        run(args.limber, data_dir, "--export-json", exported_json)

        check_csv(sessions_csv, holds_csv, imported)
        check_json(args.limber, exported_json, imported, work)
        if args.soffice:
            check_libreoffice(args.soffice, [sessions_csv, holds_csv], imported, work)
        elif args.require_soffice:
            fail("soffice (LibreOffice) is not installed")
        else:
            print("skipped: LibreOffice (soffice) is not installed")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
