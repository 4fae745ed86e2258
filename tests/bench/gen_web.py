#!/usr/bin/env python3
"""Generates N saved web pages for scripts/bench web by copying the shared Readability test pages, each copy
varied so it is a different article to Sift (a sentence naming the copy goes into its first long paragraph,
so the deduplication does not skip it).

usage: gen_web.py --pages-dir DIR --count N --out DIR
"""
import argparse
import os


def vary(html, n):
    marker = f"Copy {n} of this page. "
    at = 0
    while True:
        at = html.find("<p", at)
        if at < 0:
            break
        close = html.find(">", at)
        if close < 0:
            break
        following = html[close + 1:close + 120]
        if html[at + 2:at + 3] in (">", " ", "\t", "\n") and "<" not in following and len(following.strip()) > 80:
            return html[:close + 1] + marker + html[close + 1:]
        at = close
    body = html.find("<body")
    close = html.find(">", body) if body >= 0 else -1
    if close >= 0:
        return html[:close + 1] + f"<p>{marker}</p>" + html[close + 1:]
    return html + f"<p>{marker}</p>"


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
