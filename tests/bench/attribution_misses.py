#!/usr/bin/env python3
"""Groups the attribution suggestions' misses against PolNeAR gold, for tuning the rules (not part of the app).

usage: attribution_misses.py CORPUS_DIR SUGGESTIONS.jsonl [--examples N] [--group NAME] [--half dev|held]

Matching is score_attribution.py's. Missed gold attributions are grouped by kind (no suggestion touches the
content / a suggestion overlaps it but below half / source-less / cue before, after or inside the content /
content across sentences / content with quote marks cut by the cue), and by cue word with counts. Unmatched
suggestions are grouped by rule (overlapping some gold below half, or touching none). --half keeps one of
score_attribution.py's two fixed halves, so examples for a new rule can be drawn from the dev half alone.
"""

import collections
import hashlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score_attribution import parse_ann, tokens  # noqa: E402

QUOTES = "\"\u201c\u201d"


def main():
    corpus, path = sys.argv[1], sys.argv[2]
    nex = 3
    group = None
    half = None
    args = sys.argv[3:]
    while args:
        if args[0] == "--examples":
            nex = int(args[1])
            args = args[2:]
        elif args[0] == "--half" and len(args) > 1 and args[1] in ("dev", "held"):
            half = args[1]
            args = args[2:]
        elif args[0] == "--group":
            group = args[1]
            args = args[2:]
        else:
            sys.exit("bad argument " + args[0])
    suggested = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            item = json.loads(line)
            suggested[item["file"][:-4]] = item["suggestions"]
    kinds = collections.Counter()
    cues = collections.Counter()
    cue_hit = collections.Counter()
    fp_rules = collections.Counter()
    tp_rules = collections.Counter()
    examples = collections.defaultdict(list)
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
        touch_g = collections.defaultdict(float)
        touch_s = collections.defaultdict(float)
        for i, st in enumerate(stok):
            for j, gt in enumerate(gtok):
                if not st or not gt:
                    continue
                shared = len(st & gt)
                if shared:
                    r = shared / max(len(st), len(gt))
                    touch_g[j] = max(touch_g[j], r)
                    touch_s[i] = max(touch_s[i], r)
                    if r >= 0.5:
                        pairs.append((r, i, j))
        pairs.sort(reverse=True)
        used_s, used_g = set(), set()
        for _, i, j in pairs:
            if i in used_s or j in used_g:
                continue
            used_s.add(i)
            used_g.add(j)
            tp_rules[sugg[i].get("rule", "?").split("/")[0]] += 1
        for i, s in enumerate(sugg):
            if i in used_s:
                continue
            key = s.get("rule", "?").split("/")[0] + (" partial" if touch_s[i] else " none")
            fp_rules[key] += 1
            a, b = s["content"]
            examples["fp:" + key].append(f"{article}: [{text[s['cue'][0]:s['cue'][1]]}] {text[a:b][:200]!r}")
        for j, g in enumerate(gold):
            cue = " ".join(text[a:b] for a, b in g["cue"]).lower().strip()
            cue = re.sub(r"\s+", " ", cue)
            cues[cue] += 1
            if j in used_g:
                cue_hit[cue] += 1
                continue
            if not g["content"]:
                continue
            c0 = min(a for a, _ in g["content"])
            c1 = max(b for _, b in g["content"])
            q0 = min((a for a, _ in g["cue"]), default=c0)
            ctext = text[c0:c1]
            tags = []
            tags.append("partial" if touch_g[j] else "untouched")
            if not g["source"]:
                tags.append("sourceless")
            if len(g["content"]) > 1:
                tags.append("split")
            if q0 < c0:
                tags.append("cue-before")
            elif q0 >= c1:
                tags.append("cue-after")
            else:
                tags.append("cue-inside")
            if re.search(r"[.?!][\"\u201d]?\s+[\"\u201c]?[A-Z]", ctext):
                tags.append("multi-sentence")
            if ctext[:1] in QUOTES:
                tags.append("direct")
            for t in tags:
                kinds[t] += 1
            kinds[" ".join(tags[:2])] += 1
            examples["miss:" + tags[0] + ":" + cue].append(f"{article}: {ctext[:200]!r}")
            examples["miss:" + " ".join(tags)].append(f"{article}: [{cue}] {ctext[:200]!r}")
    print("== missed gold by kind")
    for k, v in kinds.most_common():
        print(f"  {v:6} {k}")
    print("== cues by missed count (gold, matched, missed)")
    missed = {c: n - cue_hit[c] for c, n in cues.items()}
    for c, m in sorted(missed.items(), key=lambda x: -x[1])[:80]:
        print(f"  {cues[c]:6} {cue_hit[c]:6} {m:6}  {c}")
    rare = sum(m for c, m in missed.items() if cues[c] < 10)
    print(f"  ({sum(missed.values())} missed in all, {rare} of them with a cue string that occurs fewer than ten times "
          f"in the gold; {len(cues)} distinct cue strings)")
    print("== unmatched suggestions by rule")
    for k, v in fp_rules.most_common():
        print(f"  {v:6} {k}   (matched {tp_rules[k.split()[0]]})")
    if group:
        for k, lst in sorted(examples.items()):
            if group in k:
                print(f"-- {k} ({len(lst)})")
                for e in lst[:nex]:
                    print("   ", e)


if __name__ == "__main__":
    main()
