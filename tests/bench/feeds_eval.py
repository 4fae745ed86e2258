#!/usr/bin/env python3
"""Scores Sift's feed parse (sift-bench-feeds results) against rss-parser's golden parses.

usage: feeds_eval.py GOLDEN_DIR SIFT.jsonl [--misses]

A field counts as *stated* when the golden item has it non-empty, and as *exact* when Sift read the same value:
  title        golden title with tags stripped (inline tags joined, block tags and <br> as a space) and entities
               decoded, whitespace collapsed (Sift keeps titles plain)
  link, guid   trimmed (guid: rss-parser's guid, or id for Atom)
  isoDate      the same instant, ISO 8601 UTC with milliseconds
  author       rss-parser's creator (dc:creator) or author
  categories   the same list in the same order, whitespace collapsed, a repeated name once (Sift files
               categories as tags, a set; rss-parser's {'_': name} objects by their name)
  snippet      contentSnippet (tags stripped) equal to Sift's summary or content text with all whitespace removed
               (rss-parser joins tags without spaces, Sift makes paragraphs); content:encodedSnippet to content
  enclosure    the enclosure's url among Sift's captions
and per feed: the feed title, and the number of items. Golden values holding U+FFFD (rss-parser decoded a Latin-1
feed as UTF-8) cannot be compared and are counted apart, as is a golden with no items where Sift read some.
Prints one line per field, then a JSON line with the totals.
"""
import html
import json
import re
import sys
from pathlib import Path

FIELDS = ("feed_title", "items", "title", "link", "guid", "isoDate", "author", "categories", "snippet", "enclosure")


def plain(text):
    # A line break or block tag separates words; an inline tag (<sup>, <b>) does not: "ft<sup>2</sup>" is "ft2".
    text = re.sub(r"<(br|p|div|li|h[1-6])\b[^>]*>", " ", text, flags=re.I)
    return " ".join(html.unescape(re.sub(r"<[^>]*>", "", text)).split())


def squeeze(text):
    return "".join(text.split())


def category_names(value):
    out = []
    for c in value if isinstance(value, list) else [value]:
        if isinstance(c, dict):
            c = c.get("_", "")
        c = " ".join(c.split()) if isinstance(c, str) else ""
        if c and c not in out:
            out.append(c)
    return out


def text(value):
    return value if isinstance(value, str) else ""


def main():
    golden_dir = Path(sys.argv[1])
    misses_wanted = "--misses" in sys.argv
    sift = {}
    with open(sys.argv[2], encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            sift[d["file"].rsplit(".", 1)[0]] = d
    stated = dict.fromkeys(FIELDS, 0)
    exact = dict.fromkeys(FIELDS, 0)
    unreadable = 0
    misses = []

    def score(field, feed, index, expected, got, equal):
        nonlocal unreadable
        if "\ufffd" in expected:
            unreadable += 1
            return
        stated[field] += 1
        if equal:
            exact[field] += 1
        else:
            misses.append(f"{feed}[{index}] {field}: expected {expected[:80]!r}, got {got[:80]!r}")

    for path in sorted(golden_dir.glob("*.json")):
        name = path.stem
        golden = json.loads(path.read_bytes().decode("utf-8", "replace"))["feed"]
        mine = sift.get(name, {"items": [], "title": ""})
        items = golden.get("items", [])
        if text(golden.get("title")).strip():
            expected = " ".join(golden["title"].split())
            score("feed_title", name, "-", expected, mine["title"], mine["title"] == expected)
        if not items and mine["items"]:
            unreadable += 1  # rss-parser read nothing from this feed
            continue
        score("items", name, "-", str(len(items)), str(len(mine["items"])), len(items) == len(mine["items"]))
        for i, item in enumerate(items):
            got = mine["items"][i] if i < len(mine["items"]) else {}
            if text(item.get("title")).strip():
                expected = plain(item["title"])
                score("title", name, i, expected, got.get("title", ""), got.get("title") == expected)
            if text(item.get("link")).strip():
                expected = item["link"].strip()
                score("link", name, i, expected, got.get("link", ""), got.get("link") == expected)
            guid = text(item.get("guid")) or text(item.get("id"))
            if guid.strip():
                score("guid", name, i, guid.strip(), got.get("guid", ""), got.get("guid") == guid.strip())
            if text(item.get("isoDate")):
                expected = item["isoDate"]
                score("isoDate", name, i, expected, got.get("isoDate", ""), got.get("isoDate") == expected)
            author = text(item.get("creator")) or text(item.get("author"))
            if author.strip():
                expected = " ".join(author.split())
                score("author", name, i, expected, got.get("author", ""), got.get("author") == expected)
            cats = category_names(item.get("categories", []))
            if cats:
                score("categories", name, i, "|".join(cats), "|".join(got.get("categories", [])),
                      got.get("categories") == cats)
            bodies = {squeeze(got.get("summary", "")), squeeze(got.get("content", ""))}
            for key in ("contentSnippet", "content:encodedSnippet"):
                snippet = squeeze(text(item.get(key)))
                if snippet:
                    score("snippet", name, i, snippet, " / ".join(sorted(b for b in bodies if b)), snippet in bodies)
            enclosure = item.get("enclosure")
            if isinstance(enclosure, dict) and text(enclosure.get("url")):
                url = enclosure["url"]
                score("enclosure", name, i, url, "|".join(got.get("captions", [])), url in got.get("captions", []))

    total_stated = sum(stated.values())
    total_exact = sum(exact.values())
    for field in FIELDS:
        if stated[field]:
            print(f"  {field:11} {exact[field]:4d} / {stated[field]:4d} exact  ({100 * exact[field] / stated[field]:5.1f}%)")
    if misses_wanted:
        for m in misses:
            print("  miss " + m)
    print(json.dumps({"exact": total_exact, "stated": total_stated, "unreadable_golden": unreadable,
                      "fields": {f: [exact[f], stated[f]] for f in FIELDS}}))


if __name__ == "__main__":
    main()
