#!/usr/bin/env python3
"""Scores attribution suggestions against PolNeAR gold (scripts/bench attribution).

usage: score_attribution.py CORPUS_DIR SUGGESTIONS.jsonl [MIN_CONFIDENCE] [--half dev|held]

CORPUS_DIR holds text/*.txt, attributions/*_ANNOTATOR.ann (brat standoff) and metadata-train.tsv.
SUGGESTIONS.jsonl has one line per text: {"file": NAME.txt, "suggestions": [{"content": [s, e], "cue": [s, e],
"speaker": [s, e] or null, "direct": bool}]}, offsets in code points of the .txt.

Every .ann file is one gold document (an article with two annotators is scored twice), so the gold count is the
corpus's 22,501 attributions. A suggestion matches a gold attribution when their content spans share at least half
of the longer span's tokens; each gold and each suggestion matches at most once (best overlap first).
  precision = matched suggestions / suggestions      recall = matched gold / gold
  speaker   = matched pairs whose gold has a Source and whose suggested speaker overlaps it / such pairs
  cue       = matched pairs whose cue spans overlap / matched pairs
  (and, overall only, the stricter share of those speaker pairs whose speaker has the gold Source's tokens exactly,
  which shows a speaker cut to its last words: "the valley" for "An armed group operating in the valley")
Printed overall, per publisher, and for direct quotes and paraphrase (a gold content that starts with a quotation
mark is a direct quote; suggestions are split by their own "direct" flag for precision).
--half scores one fixed half of the articles: "dev" (the first hex digit of the MD5 of the article's name is 0-7,
403 articles) or "held" (8-f, 437 articles), so a rule tuned on examples from one half can be checked on the other.
"""

import collections
import csv
import hashlib
import json
import os
import re
import sys

TOKEN = re.compile(r"\w+", re.UNICODE)
QUOTES = "\"\u201c\u201d\u00ab\u00bb'\u2018"


def tokens(text, ranges):
    """Token start offsets inside the union of ranges."""
    out = set()
    for s, e in ranges:
        for m in TOKEN.finditer(text, s, e):
            out.add(m.start())
    return out


def parse_ann(path):
    spans = {}
    events = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            if line.startswith("T"):
                parts = line.split("\t")
                if len(parts) < 2:
                    continue
                head = parts[1].split(" ", 1)
                label = head[0]
                ranges = []
                for piece in head[1].split(";"):
                    a, b = piece.split()
                    ranges.append((int(a), int(b)))
                spans[parts[0]] = (label, ranges)
            elif line.startswith("E"):
                parts = line.split("\t")
                roles = {}
                for item in parts[1].split():
                    role, ref = item.split(":", 1)
                    roles[re.sub(r"\d+$", "", role)] = ref
                events.append(roles)
    gold = []
    for roles in events:
        content = spans.get(roles.get("Content", "")) or ("Content", [])
        cue = spans.get(roles.get("Cue", ""))
        source = spans.get(roles.get("Source", ""))
        gold.append({
            "content": content[1],
            "cue": cue[1] if cue else [],
            "source": source[1] if source else [],
        })
    return gold


def overlaps(r1, r2):
    return any(a < d and c < b for a, b in r1 for c, d in r2)


class Tally:
    def __init__(self):
        self.suggested = self.matched_s = self.gold = self.matched_g = 0
        self.sp_total = self.sp_ok = self.cue_total = self.cue_ok = 0
        self.sp_exact = 0

    def line(self, name):
        p = self.matched_s / self.suggested if self.suggested else 0.0
        r = self.matched_g / self.gold if self.gold else 0.0
        sp = self.sp_ok / self.sp_total if self.sp_total else 0.0
        cue = self.cue_ok / self.cue_total if self.cue_total else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return (f"{name:<14} {self.gold:>7} {self.suggested:>7} {p:>9.3f} {r:>7.3f} {f1:>6.3f} {sp:>8.3f} {cue:>6.3f}")


def main():
    args = sys.argv[1:]
    half = None
    if "--half" in args:
        i = args.index("--half")
        half = args[i + 1]
        if half not in ("dev", "held"):
            sys.exit("--half takes dev or held")
        del args[i:i + 2]
    corpus, suggestions_path = args[0], args[1]
    min_confidence = float(args[2]) if len(args) > 2 else 0.0
    publisher = {}
    with open(os.path.join(corpus, "metadata-train.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            publisher[row["filename"]] = row["publisher"]
    suggested = {}
    with open(suggestions_path, encoding="utf-8") as f:
        for line in f:
            item = json.loads(line)
            suggested[item["file"][:-4]] = [s for s in item["suggestions"]
                                            if s.get("confidence", 1.0) >= min_confidence]

    tallies = collections.defaultdict(Tally)
    ann_dir = os.path.join(corpus, "attributions")
    for ann in sorted(os.listdir(ann_dir)):
        if not ann.endswith(".ann"):
            continue
        article = ann[:-4].rsplit("_", 1)[0]
        if half and (hashlib.md5(article.encode("utf-8")).hexdigest()[0] in "01234567") != (half == "dev"):
            continue
        with open(os.path.join(corpus, "text", article + ".txt"), encoding="utf-8") as f:
            text = f.read()
        gold = parse_ann(os.path.join(ann_dir, ann))
        sugg = suggested.get(article, [])
        gtok = [tokens(text, g["content"]) for g in gold]
        stok = [tokens(text, [tuple(s["content"])]) for s in sugg]
        pairs = []
        for i, st in enumerate(stok):
            for j, gt in enumerate(gtok):
                if not st or not gt:
                    continue
                shared = len(st & gt)
                if shared and shared / max(len(st), len(gt)) >= 0.5:
                    pairs.append((shared / max(len(st), len(gt)), i, j))
        pairs.sort(reverse=True)
        used_s, used_g, matches = set(), set(), []
        for _, i, j in pairs:
            if i in used_s or j in used_g:
                continue
            used_s.add(i)
            used_g.add(j)
            matches.append((i, j))
        pub = publisher.get(article, "unknown")

        def gold_kind(g):
            if not g["content"]:
                return "paraphrase"
            s = g["content"][0][0]
            return "direct" if text[s:s + 1] in QUOTES else "paraphrase"

        for key in ("overall", pub):
            t = tallies[key]
            t.gold += len(gold)
            t.suggested += len(sugg)
            t.matched_s += len(matches)
            t.matched_g += len(matches)
        for g in gold:
            tallies[gold_kind(g)].gold += 1
        for s in sugg:
            tallies["direct" if s.get("direct") else "paraphrase"].suggested += 1
        for i, j in matches:
            g, s = gold[j], sugg[i]
            keys = ("overall", pub)
            tallies[gold_kind(g)].matched_g += 1
            tallies["direct" if s.get("direct") else "paraphrase"].matched_s += 1
            for key in keys + (gold_kind(g),):
                t = tallies[key]
                if g["source"]:
                    t.sp_total += 1
                    if s.get("speaker") and overlaps(g["source"], [tuple(s["speaker"])]):
                        t.sp_ok += 1
                    if s.get("speaker") and tokens(text, g["source"]) == tokens(text, [tuple(s["speaker"])]):
                        t.sp_exact += 1
                t.cue_total += 1
                if g["cue"] and s.get("cue") and overlaps(g["cue"], [tuple(s["cue"])]):
                    t.cue_ok += 1
    print(f"{'':<14} {'gold':>7} {'sugg.':>7} {'precision':>9} {'recall':>7} {'F1':>6} {'speaker':>8} {'cue':>6}")
    order = ["overall"] + sorted(k for k in tallies if k not in ("overall", "direct", "paraphrase")) + ["direct",
                                                                                                       "paraphrase"]
    for key in order:
        if key in tallies:
            print(tallies[key].line(key))
    print("(direct/paraphrase: recall by the gold's kind, precision by the suggestion's own flag)")
    o = tallies["overall"]
    if o.sp_total:
        print(f"speaker spans with exactly the gold Source's tokens: {o.sp_exact} of {o.sp_total} "
              f"({o.sp_exact / o.sp_total:.3f})")


if __name__ == "__main__":
    main()
