#!/usr/bin/env python3
"""Draws the demo announcement pictures (flat illustrations) as PNG, with only the standard library.
Run from the repository root: python3 tools/make_demo_images.py. The PNGs are committed; this
script documents how they were made."""
import struct
import zlib

W, H = 960, 540


def png(path, pixels):
    raw = b"".join(b"\x00" + bytes(row) for row in pixels)
    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


def canvas(top, bottom):
    rows = []
    for y in range(H):
        t = y / (H - 1)
        c = [int(top[i] * (1 - t) + bottom[i] * t) for i in range(3)]
        rows.append(bytearray(c * W))
    return rows


def rect(px, x0, y0, x1, y1, col):
    for y in range(max(0, y0), min(H, y1)):
        row = px[y]
        for x in range(max(0, x0), min(W, x1)):
            row[3 * x:3 * x + 3] = bytes(col)


def circle(px, cx, cy, r, col):
    for y in range(max(0, cy - r), min(H, cy + r)):
        for x in range(max(0, cx - r), min(W, cx + r)):
            if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                px[y][3 * x:3 * x + 3] = bytes(col)


# 1: the platform launch: a phone with a check mark over a red banner.
p = canvas((158, 27, 27), (110, 16, 16))
circle(p, 780, 110, 70, (255, 212, 121))
rect(p, 360, 90, 600, 500, (30, 30, 30))
rect(p, 375, 120, 585, 470, (250, 246, 236))
for i in range(6):
    rect(p, 395 + i * 5, 330 - i * 8, 415 + i * 5, 350 - i * 8, (60, 140, 70))
    rect(p, 425 + i * 16, 360 - i * 28, 445 + i * 16, 380 - i * 28, (60, 140, 70))
png("assets/demo/images/platform_launch.png", p)

# 2: subsidy payouts: stacked coins and a bar chart.
p = canvas((247, 243, 234), (226, 216, 196))
for i, h in enumerate((140, 220, 300, 260)):
    rect(p, 520 + i * 95, 460 - h, 590 + i * 95, 460, (158, 27, 27))
rect(p, 500, 460, 900, 468, (60, 60, 60))
for i in range(5):
    circle(p, 250, 420 - i * 40, 90, (200, 150, 40) if i % 2 else (230, 180, 60))
png("assets/demo/images/subsidy_payout.png", p)

# 3: winter heating safety: a house in the snow with a warm window.
p = canvas((16, 35, 63), (40, 70, 110))
rect(p, 0, 440, W, H, (236, 240, 246))
rect(p, 330, 260, 630, 450, (120, 60, 40))
for i in range(130):
    rect(p, 480 - i * 2 - 20, 140 + i, 480 + i * 2 + 20, 142 + i, (90, 40, 30))
rect(p, 440, 320, 520, 390, (255, 212, 121))
for (x, y) in ((100, 80), (220, 150), (800, 100), (880, 220), (700, 60), (160, 300), (860, 360)):
    circle(p, x, y, 8, (255, 255, 255))
png("assets/demo/images/winter_safety.png", p)

# 4: opening hours: a clock face.
p = canvas((247, 243, 234), (236, 228, 210))
circle(p, 480, 270, 210, (158, 27, 27))
circle(p, 480, 270, 180, (255, 255, 255))
rect(p, 472, 130, 488, 278, (27, 27, 27))
rect(p, 472, 262, 590, 278, (27, 27, 27))
circle(p, 480, 270, 16, (27, 27, 27))
png("assets/demo/images/opening_hours.png", p)
