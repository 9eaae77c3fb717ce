#!/usr/bin/env python3
# Usage: python3 src/test/resources/letterboxd/make-sample-zip.py [EXPORT_DIR [OUT_ZIP]]   (defaults: sample-export/ -> input/letterboxd-sample-export.zip)
"""Zip an unpacked Letterboxd export folder deterministically.

Only the export's *.csv files are zipped (README.md and other notes are left out), with paths
relative to the folder (entries at the ZIP root, sub-folders lists/ likes/ deleted/ orphaned/ as
path prefixes, no directory entries), sorted by path, with one fixed timestamp and fixed
permissions, so the same folder always gives a byte-identical ZIP.
"""
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..'))
FIXED_TIME = (2025, 6, 20, 14, 5, 0)  # the sample's notional export time, 2025-06-20 14:05 UTC


def build(src, out):
    entries = []
    for root, dirs, files in os.walk(src):
        for name in files:
            if name.endswith('.csv'):
                path = os.path.join(root, name)
                entries.append((os.path.relpath(path, src).replace(os.sep, '/'), path))
    entries.sort()
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with zipfile.ZipFile(out, 'w') as zf:
        for arcname, path in entries:
            info = zipfile.ZipInfo(arcname, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3                      # Unix
            info.external_attr = 0o100644 << 16         # -rw-r--r--
            with open(path, 'rb') as f:
                zf.writestr(info, f.read(), compresslevel=9)
    return [a for a, _ in entries]


if __name__ == '__main__':
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'sample-export')
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(REPO, 'input', 'letterboxd-sample-export.zip')
    names = build(src, out)
    print(f'{out}: {len(names)} entries')
