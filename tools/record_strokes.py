#!/usr/bin/env python3
"""Writes tests/data/handwriting/strokes.txt: finger-written strokes for the handwriting tests.

The strokes are the stroke medians of hanzi-writer-data (npm, Arphic Public License; see
tests/data/handwriting/README.md), turned into what a finger on the kiosk's pad produces: the
character drawn in a 400 px square, y downwards, each stroke resampled to touch events every
~12 px with a little deterministic wobble. Run once by a developer with the package unpacked:

    npm pack hanzi-writer-data@2.0.1 && tar xzf hanzi-writer-data-2.0.1.tgz
    tools/record_strokes.py package > tests/data/handwriting/strokes.txt
"""
import json
import math
import random
import sys

CHARACTERS = "监督停车路灯水电垃圾补贴噪音楼"
PAD = 400


def to_pad(point):
    # hanzi-writer: a 1024 box, y upwards, baseline offset 124 (the glyph spans y -124..900).
    x, y = point
    return (x * PAD / 1024.0, (900 - y) * PAD / 1024.0)


def finger(stroke, rng):
    points = [to_pad(p) for p in stroke]
    out = [points[0]]
    for a, b in zip(points, points[1:]):
        steps = max(1, int(math.dist(a, b) / 12))
        for i in range(1, steps + 1):
            t = i / steps
            out.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
    return [(round(x + rng.uniform(-1.5, 1.5)), round(y + rng.uniform(-1.5, 1.5))) for x, y in out]


def main():
    package = sys.argv[1]
    rng = random.Random(2026)
    print(f"# Finger strokes for the handwriting tests: one character a line, pad {PAD}x{PAD}, y down.")
    print("# character<TAB>stroke|stroke|... where a stroke is x,y x,y ... (tools/record_strokes.py)")
    for ch in CHARACTERS:
        with open(f"{package}/{ch}.json", encoding="utf-8") as f:
            medians = json.load(f)["medians"]
        strokes = [" ".join(f"{x},{y}" for x, y in finger(m, rng)) for m in medians]
        print(ch + "\t" + "|".join(strokes))


if __name__ == "__main__":
    main()
