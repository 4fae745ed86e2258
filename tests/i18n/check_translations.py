#!/usr/bin/env python3
"""Runs lupdate over Sift's sources into a temporary .ts and fails when lupdate's view differs from the code's.

Fails on any lupdate warning (a tr() lupdate cannot place, a class it cannot resolve) and on any context in the
.ts that is neither the one declared context of non-QObject code, "sift" (core/domain/Translation.h), nor a
Q_OBJECT class of that qualified name: a string under such a context could never be translated at run time.

usage: check_translations.py LUPDATE INCLUDE_ROOT... -- SOURCE_DIR...
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

DECLARED_CONTEXT = "sift"
NAMESPACE = re.compile(r"^\s*namespace\s+([\w:]+)\s*\{")
QOBJECT_CLASS = re.compile(r"\b(?:class|struct)\s+(?:Q_DECL_\w+\s+)?(\w+)(?:\s+final)?\s*(?::[^;{]*)?\{\s*Q_OBJECT\b")


def qobject_classes(dirs):
    """Qualified names of every class that declares Q_OBJECT, from the namespace its file opens before it."""
    names = set()
    for d in dirs:
        for path in sorted(Path(d).rglob("*")):
            if path.suffix not in (".h", ".cpp"):
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            for match in QOBJECT_CLASS.finditer(text):
                namespaces = [m.group(1) for m in map(NAMESPACE.match, text[: match.start()].splitlines()) if m]
                prefix = namespaces[-1] + "::" if namespaces else ""
                names.add(prefix + match.group(1))
    return names


def main(argv):
    if "--" not in argv or len(argv) < 4:
        sys.exit(__doc__)
    split = argv.index("--")
    lupdate, include_roots, dirs = argv[1], argv[2:split], argv[split + 1 :]
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "sift.ts"
        args = [lupdate, "-extensions", "cpp,h", "-locations", "absolute", "-no-obsolete"]
        for root in include_roots:
            args += ["-I", root]
        run = subprocess.run(args + dirs + ["-ts", str(ts)], capture_output=True, text=True)
        problems = [f"lupdate: {line}" for line in run.stderr.splitlines() if line.strip()]
        ts_dir = tmp
        if run.returncode != 0 or not ts.exists():
            problems.append(f"lupdate failed (exit {run.returncode}): {run.stdout.strip()}")
            contexts = []
        else:
            contexts = ET.parse(ts).getroot().findall("context")

    allowed = qobject_classes(dirs) | {DECLARED_CONTEXT}
    strings = 0
    for context in contexts:
        name = context.findtext("name")
        messages = context.findall("message")
        strings += len(messages)
        if name not in allowed:
            where = sorted(
                {
                    os.path.normpath(os.path.join(ts_dir, loc.get("filename")))
                    for m in messages
                    for loc in m.findall("location")
                    if loc.get("filename")
                }
            )
            problems.append(
                f"context '{name}' ({len(messages)} string(s), in {', '.join(where)}) is neither '{DECLARED_CONTEXT}' "
                f"nor a Q_OBJECT class: outside a QObject, include core/domain/Translation.h and use Sift::tr()"
            )

    if problems:
        print(f"{len(problems)} translation problem(s):", *problems, sep="\n  ")
        return 1
    print(f"{strings} source string(s) in {len(contexts)} context(s), every one a Q_OBJECT class or '{DECLARED_CONTEXT}'")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
