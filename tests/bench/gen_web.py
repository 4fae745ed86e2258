#!/usr/bin/env python3
"""Generates N saved web pages for scripts/bench web by copying the shared Readability test pages, each copy
varied so it is a different article to Sift (see vary()), so the deduplication does not skip it.

usage: gen_web.py --pages-dir DIR --count N --out DIR
"""
import argparse
import os


def vary(html, n):
    """Puts "Copy N." at the start of every paragraph, so whichever of them the extractor keeps, the copy
    differs from the others."""
    marker = f"Copy {n}. "
    out = []
    at = 0
    varied = False
    while True:
        p = html.find("<p", at)
        close = html.find(">", p) if p >= 0 else -1
        if p < 0 or close < 0:
            break
        out.append(html[at:close + 1])
        if html[p + 2:p + 3] in (">", " ", "\t", "\n"):
            out.append(marker)
            varied = True
        at = close + 1
    out.append(html[at:])
    html = "".join(out)
    if not varied:
        body = html.find("<body")
        close = html.find(">", body) if body >= 0 else -1
        html = html[:close + 1] + f"<p>{marker}</p>" + html[close + 1:] if close >= 0 else html + f"<p>{marker}</p>"
    return html


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages-dir", required=True)
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    pages = sorted(d for d in os.listdir(args.pages_dir)
                   if os.path.isfile(os.path.join(args.pages_dir, d, "source.html")))
    sources = [open(os.path.join(args.pages_dir, d, "source.html"), encoding="utf-8").read() for d in pages]
    os.makedirs(args.out, exist_ok=True)
    for i in range(args.count):
        k = i % len(pages)
        name = os.path.join(args.out, f"{i:05d}-{pages[k]}.html")
        with open(name, "w", encoding="utf-8") as f:
            f.write(vary(sources[k], i))


if __name__ == "__main__":
    main()
