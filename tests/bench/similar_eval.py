#!/usr/bin/env python3
"""Scores Sift's near-duplicate stories (article_signature.story_id) against gen_copies.py's truth.

usage: similar_eval.py PROJECT.sift TRUTH.tsv IDS_OUT [--sample N]

Pairwise: of the pairs of articles Sift put in one story, the share that are copies of one story (precision), and
of the pairs that are, the share Sift put together (recall). Also: stories found exactly, the largest story (a
sign of chaining), and articles without a signature. Writes to IDS_OUT the ids to time `sift-cli similar` on: the
first article of the N/2 largest stories and N/2 others drawn at random (seeded). Prints one JSON line.
"""
import collections
import json
import random
import sqlite3
import sys


def pairs(n):
    return n * (n - 1) // 2


def main():
    project, truth_path, ids_out = sys.argv[1:4]
    sample = int(sys.argv[sys.argv.index("--sample") + 1]) if "--sample" in sys.argv else 20
    truth = []
    with open(truth_path, encoding="utf-8") as f:
        for line in f:
            title, label = line.rstrip("\n").rsplit("\t", 1)
            truth.append((title, label))
    db = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    rows = db.execute("SELECT a.id, a.title, s.story_id FROM article a "
                      "LEFT JOIN article_signature s ON s.article_id = a.id ORDER BY a.id").fetchall()
    # Articles are stored in the order they were generated, so the truth goes by position (two stories may share a
    # generated title); a project that does not line up is read by title.
    if len(rows) == len(truth) and all(r[1] == t[0] for r, t in zip(rows, truth)):
        label_by_id = {r[0]: t[1] for r, t in zip(rows, truth)}
    else:
        by_title = dict(truth)
        label_by_id = {r[0]: by_title.get(r[1], f"?{r[0]}") for r in rows}
    unsigned = sum(1 for _, _, story in rows if story is None)
    predicted = collections.defaultdict(list)
    true_members = collections.defaultdict(set)
    for article, title, story in rows:
        predicted[story if story is not None else -article].append(article)
        true_members[label_by_id[article]].add(article)
    label_of = {a: label for label, members in true_members.items() for a in members}
    cells = collections.Counter()
    for story, members in predicted.items():
        for a in members:
            cells[(story, label_of[a])] += 1
    together = sum(pairs(n) for n in cells.values())
    predicted_pairs = sum(pairs(len(m)) for m in predicted.values())
    true_pairs = sum(pairs(len(m)) for m in true_members.values())
    exact = sum(1 for m in predicted.values() if set(m) == true_members[label_of[m[0]]])
    sizes = sorted(((len(m), min(m)) for m in predicted.values()), reverse=True)
    rng = random.Random(1)
    ids = [first for _, first in sizes[: sample // 2]]
    ids += rng.sample([a for a, _, _ in rows], min(sample - len(ids), len(rows)))
    with open(ids_out, "w") as f:
        f.write("\n".join(str(i) for i in ids) + "\n")
    print(json.dumps({
        "articles": len(rows), "true_stories": len(true_members), "stories": len(predicted),
        "precision": together / predicted_pairs if predicted_pairs else 1.0,
        "recall": together / true_pairs if true_pairs else 1.0,
        "exact_stories": exact, "largest_story": sizes[0][0] if sizes else 0,
        "largest_true_story": max(len(m) for m in true_members.values()) if true_members else 0,
        "unsigned": unsigned}))


if __name__ == "__main__":
    main()
