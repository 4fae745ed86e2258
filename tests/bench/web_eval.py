#!/usr/bin/env python3
"""Scores extracted articles against the readability test pages' gold text and metadata.

usage: web_eval.py PAGES_DIR RESULTS.jsonl [--label NAME] [--per-page]

RESULTS.jsonl holds one object per page: {"page", "title", "author", "published", "language", "body", "captions"}.
Body accuracy is bag-of-tokens precision/recall/F1 of body + captions against the text of expected.html
(Readability's gold article, which keeps figure captions in the text). Tokens are lower-cased word runs;
Chinese/Japanese characters count one each. Metadata: title, byline (a leading "By"/"Par"/... ignored,
case-insensitive), published date (the day of publishedTime), language (lang, case-insensitive); only
fields the gold states count.
Pages are split once, by a hash of their name, into a development set and a held-out set (about a third):
rules are tuned on the development pages only, and the held-out figures show whether they generalize.
Prints a summary line as JSON on the last line (all pages, plus "dev" and "held_out" body figures).
"""
import collections
import hashlib
import html.parser
import json
import os
import re
import sys

TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[^\W\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")
BY = re.compile(r"^(by|par|por|von|door|di|av)\s+", re.I)


# Phrasing elements do not separate words: "<span>Z</span>imbabwe" reads "Zimbabwe".
INLINE = {"a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd",
          "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr"}


class TextOf(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)

    def handle_starttag(self, tag, attrs):
        if tag not in INLINE:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag not in INLINE:
            self.parts.append(" ")


def gold_text(path):
    parser = TextOf()
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    return " ".join("".join(parser.parts).split())


def tokens(text):
    return collections.Counter(t.lower() for t in TOKEN.findall(text or ""))


def prf(got, want):
    common = sum((got & want).values())
    p = common / sum(got.values()) if got else 0.0
    r = common / sum(want.values()) if want else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def held_out(page):
    """About a third of the pages, fixed by name: kept out of development."""
    return int(hashlib.sha1(page.encode("utf-8")).hexdigest(), 16) % 3 == 0


def norm_byline(s):
    s = " ".join((s or "").split())
    return BY.sub("", s).strip().lower()


def main():
    args = sys.argv[1:]
    label = "sift"
    per_page = "--per-page" in args
    args = [a for a in args if a != "--per-page"]
    if "--label" in args:
        i = args.index("--label")
        label = args[i + 1]
        del args[i:i + 2]
    pages_dir, results_path = args
    results = {}
    with open(results_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                results[r["page"]] = r
    pages = sorted(d for d in os.listdir(pages_dir) if os.path.isfile(os.path.join(pages_dir, d, "expected.html")))
    sums = [0.0, 0.0, 0.0]
    split_sums = {"dev": [0.0, 0.0, 0.0, 0], "held_out": [0.0, 0.0, 0.0, 0]}
    fields = {"title": [0, 0], "author": [0, 0], "published": [0, 0], "language": [0, 0]}
    misses = []
    for page in pages:
        meta = json.load(open(os.path.join(pages_dir, page, "expected-metadata.json"), encoding="utf-8"))
        want = tokens(gold_text(os.path.join(pages_dir, page, "expected.html")))
        got_r = results.get(page, {})
        got_text = (got_r.get("body") or "") + " " + " ".join(got_r.get("captions") or [])
        p, r, f = prf(tokens(got_text), want)
        sums[0] += p
        sums[1] += r
        sums[2] += f
        part = split_sums["held_out" if held_out(page) else "dev"]
        for k, v in enumerate((p, r, f, 1)):
            part[k] += v
        checks = []
        if meta.get("title"):
            ok = " ".join(meta["title"].split()) == " ".join((got_r.get("title") or "").split())
            checks.append(("title", ok, meta["title"], got_r.get("title")))
        if meta.get("byline"):
            ok = norm_byline(meta["byline"]) == norm_byline(got_r.get("author"))
            checks.append(("author", ok, meta["byline"], got_r.get("author")))
        if meta.get("publishedTime"):
            ok = meta["publishedTime"][:10] == (got_r.get("published") or "")[:10]
            checks.append(("published", ok, meta["publishedTime"], got_r.get("published")))
        if meta.get("lang"):
            ok = meta["lang"].lower() == (got_r.get("language") or "").lower()
            checks.append(("language", ok, meta["lang"], got_r.get("language")))
        for name, ok, w, g in checks:
            fields[name][1] += 1
            fields[name][0] += 1 if ok else 0
            if not ok:
                misses.append(f"  {page}: {name}: want {w!r}, got {g!r}")
        if per_page:
            split = "held-out" if held_out(page) else "dev"
            print(f"{label:12} {page:28} {split:8} P {p:.3f} R {r:.3f} F1 {f:.3f}")
    n = len(pages)
    exact = sum(v[0] for v in fields.values())
    stated = sum(v[1] for v in fields.values())
    if per_page:
        print("\n".join(misses))
    summary = {
        "label": label,
        "pages": n,
        "precision": round(sums[0] / n, 4),
        "recall": round(sums[1] / n, 4),
        "f1": round(sums[2] / n, 4),
        "metadata_exact": exact,
        "metadata_stated": stated,
        "fields": {k: f"{v[0]}/{v[1]}" for k, v in fields.items()},
    }
    for name, (sp, sr, sf, sn) in split_sums.items():
        summary[name] = {"pages": sn, "precision": round(sp / sn, 4) if sn else 0,
                         "recall": round(sr / sn, 4) if sn else 0, "f1": round(sf / sn, 4) if sn else 0}
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
