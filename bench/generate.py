#!/usr/bin/env python3
"""Writes a deterministic synthetic Letterboxd export folder with N diary rows (and matching reviews/ratings).

usage: bench/generate.py ROWS OUT_FOLDER
Rows cycle through unicode titles, quoted fields, rewatches, re-ratings and multi-line HTML reviews.
"""
import argparse
import os
import random

TITLES = ["The Matrix", "Amélie", "WALL·E", "Lock, Stock and Two Smoking Barrels", "Once Upon a Time… in Hollywood",
          "Mission: Impossible – Ghost Protocol", '"Deji" Meets Girl', "The Naked Gun 2½: The Smell of Fear",
          "千と千尋の神隠し", "Crouching Tiger, Hidden Dragon", "Paddington 2", "Heat", "Tenet", "Jaws"]
RATINGS = ["", "0.5", "1", "1.5", "2", "2.5", "3", "3.5", "4", "4.5", "5"]


def csv_field(value):
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def positive_int(text):
    try:
        value = int(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}")
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def arguments(argv=None):
    parser = argparse.ArgumentParser(
        prog="bench/generate.py",
        description="Writes a deterministic synthetic Letterboxd export folder: diary.csv with ROWS rows and "
                    "reviews.csv with one review per ten rows (unicode titles, quoted fields, rewatches, "
                    "multi-line HTML reviews). The same ROWS always give the same bytes.",
        epilog="example: bench/generate.py 200000 /tmp/export-200k, then: "
               "java -jar target/reviewbatch.jar import /tmp/export-200k")
    parser.add_argument("rows", metavar="ROWS", type=positive_int, help="diary rows to write, e.g. 200000")
    parser.add_argument("out", metavar="OUT_FOLDER", help="the export folder to write (created if missing)")
    return parser.parse_args(argv)


def main():
    args = arguments()
    rows, out = args.rows, args.out
    rng = random.Random(42)
    os.makedirs(out, exist_ok=True)
    films = max(1, rows // 3)
    with open(os.path.join(out, "diary.csv"), "w", encoding="utf-8", newline="") as diary, \
            open(os.path.join(out, "reviews.csv"), "w", encoding="utf-8", newline="") as reviews:
        diary.write("Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\r\n")
        reviews.write("Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\r\n")
        for i in range(rows):
            film = rng.randrange(films)
            title = f"{TITLES[film % len(TITLES)]} {film}"
            year = str(1920 + film % 105)
            uri = f"https://boxd.it/v{i:07d}"
            rating = RATINGS[rng.randrange(len(RATINGS))]
            rewatch = "Yes" if rng.random() < 0.2 else ""
            tags = "criterion, w/ kyle" if i % 7 == 0 else ""
            day = f"{2010 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            row = [day, title, year, uri, rating, rewatch, tags, day]
            diary.write(",".join(csv_field(v) for v in row) + "\r\n")
            if i % 10 == 0:
                review = f"<p>Thoughts on <i>{title}<i>, part {i}.</p>\r\n\r\n<blockquote>Second paragraph &#39;quoted&#39;"
                rrow = [day, title, year, uri, rating, rewatch, review, tags, day]
                reviews.write(",".join(csv_field(v) for v in rrow) + "\r\n")


if __name__ == "__main__":
    main()
