#!/usr/bin/env python3
# Usage: python3 src/test/resources/letterboxd/bad/make-bad-zips.py [OUT_DIR]   (default: this folder; rebuild input/letterboxd-sample-export.zip first)
"""Generate the ZIP-level bad inputs, deterministically (fixed timestamps, fixed entry order).

truncated.zip  the first half (floor(size/2) bytes) of input/letterboxd-sample-export.zip:
               local headers of the first entries are intact, the central directory is missing.
zip-slip.zip   a normal diary.csv plus an entry named ../evil/diary.csv (path traversal).
zip-bomb.zip   one entry diary.csv: a valid diary header line, then spaces up to exactly 2 GiB
               uncompressed (2,147,483,648 bytes). Deflate keeps this at about 2 MB. The sizes in the
               headers are honest (ZIP64 extra fields, since 2 GiB needs them for some readers).
"""
import os
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', '..'))
SAMPLE_ZIP = os.path.join(REPO, 'input', 'letterboxd-sample-export.zip')
SAMPLE_DIR = os.path.join(HERE, '..', 'sample-export')
FIXED_TIME = (2025, 6, 20, 14, 5, 0)
DIARY_HEADER = b'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\r\n'
BOMB_SIZE = 2 * 1024 ** 3


def info(name):
    zi = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.create_system = 3
    zi.external_attr = 0o100644 << 16
    return zi


def truncated(out):
    with open(SAMPLE_ZIP, 'rb') as f:
        data = f.read()
    with open(out, 'wb') as f:
        f.write(data[: len(data) // 2])


def zip_slip(out):
    with open(os.path.join(SAMPLE_DIR, 'diary.csv'), 'rb') as f:
        diary = f.read()
    evil = DIARY_HEADER + b'2025-06-01,Escape Artist,2020,https://boxd.it/zZ9yY8,3,,,2025-05-31\r\n'
    with zipfile.ZipFile(out, 'w') as zf:
        zf.writestr(info('diary.csv'), diary, compresslevel=9)
        zf.writestr(info('../evil/diary.csv'), evil, compresslevel=9)
    with zipfile.ZipFile(out) as zf:  # zipfile must not have sanitised the name
        assert zf.namelist() == ['diary.csv', '../evil/diary.csv'], zf.namelist()


def zip_bomb(out):
    chunk = b' ' * (1 << 20)
    with zipfile.ZipFile(out, 'w') as zf:
        zi = info('diary.csv')
        zi.file_size = BOMB_SIZE  # lets zipfile write the ZIP64 local header up front
        with zf.open(zi, 'w', force_zip64=True) as w:
            w.write(DIARY_HEADER)
            left = BOMB_SIZE - len(DIARY_HEADER)
            while left:
                n = min(left, len(chunk))
                w.write(chunk[:n])
                left -= n
    with zipfile.ZipFile(out) as zf:
        assert zf.infolist()[0].file_size == BOMB_SIZE


if __name__ == '__main__':
    out_dir = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(out_dir, exist_ok=True)
    for name, fn in (('truncated.zip', truncated), ('zip-slip.zip', zip_slip), ('zip-bomb.zip', zip_bomb)):
        path = os.path.join(out_dir, name)
        fn(path)
        print(f'{path}: {os.path.getsize(path)} bytes')
