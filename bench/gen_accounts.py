#!/usr/bin/env python3
"""Generates a folder of accounts for `reviewbatch accounts` (stdlib only, deterministic).

  gen_accounts.py --accounts N --min-rows A --max-rows B [--seed S] --out FOLDER

Writes FOLDER/user001/letterboxd-user001-2026-12-01-00-00-utc.zip, … : each a Letterboxd-style
export ZIP holding profile.csv (the username) and a diary.csv of A..B rows made by the shared
peer's generator (../shared/perf/gen_diary.py, one seed per account, so accounts share many films).
Prints the total number of diary rows.
"""
import argparse
import io
import os
import random
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "perf", "gen_diary.py"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--accounts", type=int, required=True)
    ap.add_argument("--min-rows", type=int, default=2000)
    ap.add_argument("--max-rows", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--gen", default=GEN, help="path of gen_diary.py")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    if not os.path.isfile(args.gen):
        sys.exit(f"gen_accounts.py: {args.gen}: not found (it is in ../shared/perf beside the checkout)")
    sizes = random.Random(args.seed)
    total = 0
    for i in range(1, args.accounts + 1):
        user = f"user{i:03d}"
        rows = sizes.randrange(args.min_rows, args.max_rows + 1)
        diary = subprocess.run([sys.executable, args.gen, "--rows", str(rows), "--seed", str(args.seed + i)],
                               check=True, capture_output=True).stdout
        folder = os.path.join(args.out, user)
        os.makedirs(folder, exist_ok=True)
        profile = io.StringIO()
        profile.write("Date Joined,Username,Given Name,Family Name,Email Address,Location,Website,Bio,"
                      "Pronoun,Favorite Films\n")
        profile.write(f"2020-01-01,{user},,,,,,,,\n")
        path = os.path.join(folder, f"letterboxd-{user}-2026-12-01-00-00-utc.zip")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("profile.csv", profile.getvalue())
            z.writestr("diary.csv", diary)
        total += rows
    print(total)


if __name__ == "__main__":
    main()
