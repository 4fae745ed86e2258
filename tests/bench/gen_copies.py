#!/usr/bin/env python3
"""Generates wire-story copies for scripts/bench similar: --count articles in the scraped-text format, made of
stories that many outlets republish with small edits, among articles that stand alone.

About 40% of the articles stand alone; the rest belong to stories of 2 to 12 copies (the original and edited
copies). An edited copy is the original with one or more of: a few paragraph pairs swapped, a byline and a credit
line added, the last quarter of its paragraphs cut, about one word in forty changed (the edits of
tests/core/tst_similar.cpp). Every article's title ends with " | Outlet N", so titles are unique; the copies are
shuffled among the other articles so that a story arrives over the whole import.

Writes OUT/scraped/batch-NNNNN.txt (--per-file articles each) and OUT/truth.tsv (title, story label). Uses the text
generator of gen_scraped.py; the same --seed gives the same bytes.
"""
import argparse
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_scraped  # noqa: E402


def edited(paragraphs, rng):
    out = list(paragraphs)
    edits = rng.sample(["reorder", "byline", "trim", "words"], rng.choice([1, 1, 2, 4]))
    if "reorder" in edits:
        for _ in range(3):
            i, j = rng.randrange(len(out)), rng.randrange(len(out))
            out[i], out[j] = out[j], out[i]
    if "byline" in edits:
        out = [f"By {rng.choice(gen_scraped.PHOTOGRAPHERS).strip()} | Updated {rng.randint(1, 12)}:"
               f"{rng.randint(10, 59)} a.m."] + out + ["Additional reporting by the wire desk; editing by the night editor."]
    if "trim" in edits and len(out) >= 4:
        out = out[: len(out) - max(1, len(out) // 4)]
    if "words" in edits:
        changed = []
        for p in out:
            words = p.split(" ")
            for k in range(len(words)):
                if rng.randrange(40) == 0:
                    words[k] = "said" if rng.randrange(2) else words[k].upper()
            changed.append(" ".join(words))
        out = changed
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-file", type=int, default=500)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    gen = gen_scraped.ArticleGen(gen_scraped.World(rng), rng)

    # Story sizes first, then the articles in a shuffled order: (story label, copy number).
    slots = []
    sizes = []
    story = 0
    while len(slots) < args.count:
        size = 1 if rng.random() < 0.4 / (0.4 + 0.6 / 7) else rng.randint(2, 12)
        size = min(size, args.count - len(slots))
        slots += [(story, k) for k in range(size)]
        sizes.append(size)
        story += 1
    rng.shuffle(slots)
    # A story's original comes first in the import: its copies follow wherever they fall.
    seen_story = {}
    originals = {}
    scraped = os.path.join(args.out, "scraped")
    os.makedirs(scraped, exist_ok=True)
    out = None
    with open(os.path.join(args.out, "truth.tsv"), "w", encoding="utf-8") as truth:
        for i, (label, _) in enumerate(slots):
            if i % args.per_file == 0:
                if out:
                    out.close()
                out = open(os.path.join(scraped, f"batch-{i // args.per_file + 1:05d}.txt"), "w", encoding="utf-8",
                           newline="\n")
            copy = seen_story.get(label, 0)
            seen_story[label] = copy + 1
            if copy == 0:
                gen.new_cast()
                title = gen.title()
                captions = gen.captions()
                paragraphs = gen.body(int(math.exp(rng.uniform(math.log(1024), math.log(6144)))))
                originals[label] = (title, captions, paragraphs)
            else:
                title, captions, paragraphs = originals[label]
                paragraphs = edited(paragraphs, rng)
            if copy + 1 == sizes[label]:
                del originals[label]  # the story is complete: memory holds only the stories still arriving
            title = f"{title} | Outlet {copy + 1}"
            out.write(("\n\n\n" if i % args.per_file else "") + gen_scraped.scraped_block(title, captions, paragraphs))
            truth.write(f"{title}\t{label}\n")
    if out:
        out.close()
    print(f"{args.count} articles in {story} stories in {scraped}", file=sys.stderr)


if __name__ == "__main__":
    main()
