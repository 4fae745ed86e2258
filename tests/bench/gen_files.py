#!/usr/bin/env python3
"""Generates the same synthetic articles twice for Sift's many-files benchmark (scripts/bench files).

Writes, under OUT:
  files/article-NNNNN.txt  one article a file, as plain text: the title line, a blank line, then the
                           paragraphs separated by blank lines (1-10 KB bodies)
  articles.jsonl           the same articles, one JSON object a line: {"title": ..., "body": ...}

Uses the vocabulary and article generator of gen_scraped.py; Python standard library only, and the
same --seed gives the same bytes.
"""

import argparse
import json
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_scraped  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, required=True, help="number of articles (and files)")
    ap.add_argument("--out", required=True, help="output folder (created)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    world = gen_scraped.World(rng)
    gen = gen_scraped.ArticleGen(world, rng)
    files_dir = os.path.join(args.out, "files")
    os.makedirs(files_dir, exist_ok=True)
    seen = set()
    total = 0
    with open(os.path.join(args.out, "articles.jsonl"), "w", encoding="utf-8", newline="\n") as jsonl:
        for i in range(args.count):
            while True:
                gen.new_cast()
                title = gen.title()
                target = int(math.exp(rng.uniform(math.log(1024), math.log(10240))))
                paragraphs = gen.body(target)
                body = "\n\n".join(paragraphs)
                uid = gen_scraped.uid_for(title, body)
                if uid not in seen and title not in paragraphs:
                    break
            seen.add(uid)
            text = title + "\n\n" + body + "\n"
            total += len(text.encode())
            with open(os.path.join(files_dir, f"article-{i + 1:05d}.txt"), "w", encoding="utf-8",
                      newline="\n") as f:
                f.write(text)
            jsonl.write(json.dumps({"title": title, "body": body}, ensure_ascii=False) + "\n")
    print(f"{args.count} files, {total / 1048576:.1f} MB, in {files_dir}; the same in articles.jsonl",
          file=sys.stderr)


if __name__ == "__main__":
    main()
