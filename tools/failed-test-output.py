#!/usr/bin/env python3
"""Prints the end of each failed test's output from a ctest log.

ctest prints a failed test's output when the test ends, which in a long run
is far from the end of the log; a CI report that keeps only the last lines
of the log then shows which test failed but not why. tools/dev calls this
after a failed ctest run, so the reasons come last.

Usage: failed-test-output.py BUILD_DIR [LINES]
Exit status: 0 when the log names failed tests, 1 when it names none (or
there is no log), 2 on bad arguments.
"""

import os
import sys

# Lines every whole-program test prints, which say nothing about a failure.
NOISE = ("QStandardPaths: XDG_RUNTIME_DIR not set",)


def failed_outputs(log_text):
    """(name, output lines) of every failed test in a LastTest.log text."""
    found = []
    name, output, in_output = None, [], False
    for line in log_text.splitlines():
        if " Testing: " in line and line.split(" Testing: ", 1)[0].replace("/", "").isdigit():
            name, output, in_output = line.split(" Testing: ", 1)[1], [], False
        elif line == "Output:" and name is not None:
            in_output = True
        elif line == "<end of output>":
            in_output = False
        elif in_output:
            if not line.startswith("-" * 58) or output:
                output.append(line)
        elif line.startswith("Test Failed") and name is not None:
            found.append((name, output))
            name = None
        elif line.startswith("Test Passed"):
            name = None
    return found


def main(argv):
    if len(argv) not in (2, 3):
        usage = next(line for line in __doc__.splitlines() if line.startswith("Usage:"))
        print(usage, file=sys.stderr)
        return 2
    lines = int(argv[2]) if len(argv) == 3 else 25
    path = os.path.join(argv[1], "Testing", "Temporary", "LastTest.log")
    try:
        with open(path, encoding="utf-8", errors="replace") as log:
            failed = failed_outputs(log.read())
    except OSError as error:
        print("no test log to read: %s" % error, file=sys.stderr)
        return 1
    for name, output in failed:
        kept = [line for line in output if not line.startswith(NOISE)]
        print("== %s failed; the end of its output:" % name)
        for line in kept[-lines:]:
            print("   " + line)
    return 0 if failed else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
