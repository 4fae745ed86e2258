#!/usr/bin/env python3
"""Writes one JSON line per article of a Sift project (via sift-cli show --json), for web_eval.py.

usage: web_sift_results.py SIFT_CLI PROJECT   (page = the source file name without its extension)
"""
import json
import subprocess
import sys


def cli(*args):
    return json.loads(subprocess.run([sys.argv[1], "-p", sys.argv[2], *args], check=True, capture_output=True,
                                     text=True).stdout)


for summary in cli("list", "--json"):
    a = cli("show", str(summary["id"]), "--json")
    print(json.dumps({"page": a["source_file"].rsplit(".", 1)[0], "title": a["title"], "author": a["author"],
                      "published": a["published"] or "", "language": a["language"], "body": a["body"],
                      "captions": a["captions"]}, ensure_ascii=False))
