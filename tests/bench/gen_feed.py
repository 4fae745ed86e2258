#!/usr/bin/env python3
"""Writes one RSS 2.0 feed of --count entries for scripts/bench feeds, with the text of gen_scraped.py's articles.

Each item has a title, link, guid, pubDate, dc:creator, one or two categories, and a body of one paragraph (one to three
sentences), so that the feed stays under the importer's 64 MB a file:
as escaped HTML in <description> for half of the items, as CDATA in <content:encoded> (beside the title as
description) for the other half, plus a media:content with a caption for one in eight. Python standard library only;
the same --seed gives the same bytes.
"""
import argparse
import math
import os
import random
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_scraped  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--count", type=int, default=100000)
    ap.add_argument("--out", required=True, help="the feed file to write")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    gen = gen_scraped.ArticleGen(gen_scraped.World(rng), rng)
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                  'xmlns:dc="http://purl.org/dc/elements/1.1/" '
                  'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
                  'xmlns:media="http://search.yahoo.com/mrss/">\n<channel>\n<title>Generated Wire</title>\n'
                  '<link>https://wire.example/</link>\n<description>Benchmark feed</description>\n'
                  '<language>en</language>\n')
        for i in range(args.count):
            gen.new_cast()
            title = gen.title()
            captions = gen.captions()
            paragraphs = gen.body(int(math.exp(rng.uniform(math.log(60), math.log(200)))))
            when = start + timedelta(minutes=7 * i)
            html = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
            out.write(f"<item><title>{escape(title)}</title><link>https://wire.example/story/{i}</link>"
                      f'<guid isPermaLink="false">wire-{i}</guid><pubDate>{format_datetime(when)}</pubDate>'
                      f"<dc:creator>{escape(rng.choice(gen_scraped.PHOTOGRAPHERS).strip())}</dc:creator>")
            for category in rng.sample(["World", "Politics", "Conflict", "Economy", "Diplomacy", "Energy"],
                                       rng.choice([1, 2])):
                out.write(f"<category>{category}</category>")
            if i % 2 == 0:
                out.write(f"<description>{escape(html)}</description>")
            else:
                out.write(f"<description>{escape(title)}</description>"
                          f"<content:encoded><![CDATA[{html}]]></content:encoded>")
            if i % 8 == 0:
                out.write(f'<media:content url="https://wire.example/photo/{i}.jpg" medium="image">'
                          f"<media:description>{escape(captions[0])}</media:description></media:content>")
            out.write("</item>\n")
        out.write("</channel>\n</rss>\n")
    print(f"{args.count} entries, {os.path.getsize(args.out) / 1e6:.1f} MB in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
