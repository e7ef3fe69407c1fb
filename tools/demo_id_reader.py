#!/usr/bin/env python3
"""A resident ID card reader for the demo (scripts/demo) and for looking at 查我本人的记录 by hand:
a pseudo-terminal behind PATH (a symlink, as /dev/ttyUSB0 would be) that answers the SAM
protocol's find / select / read base information with a demo card lying on it — 王大华 of
幸福里社区, whom the reference platform's demo register (assets/demo/residents.json) knows.

Written from the protocol's description (frames AA AA AA 96 69, a two-byte length, the command
and parameter or three status bytes, data, the XOR of everything after the preamble), knowing
nothing of the kiosk's code. The card is made up; its check digit is right (GB 11643).

    tools/demo_id_reader.py PATH [--no-card-file FILE]

While FILE exists the reader is empty (touch it to take the card away, remove it to lay it back).
Stops on SIGTERM or Ctrl-C and removes PATH."""
import os
import pty
import select
import signal
import sys
import tty

PREAMBLE = bytes([0xAA, 0xAA, 0xAA, 0x96, 0x69])


def field(text, chars):
    return text.ljust(chars)[:chars].encode("utf-16-le")


def card_text():
    # Name 15, sex 1, nation 2, birth 8, address 35, number 18, authority 15, valid from 8,
    # valid until 8, reserved 18 characters of UCS-2: 256 bytes.
    text = (field("王大华", 15) + field("1", 1) + field("01", 2) + field("19450312", 8) +
            field("幸福里社区3号楼2单元501室", 35) + field("110101194503120019", 18) +
            field("示范市公安局", 15) + field("20150601", 8) + field("长期", 8) + field("", 18))
    assert len(text) == 256
    return text


def frame(sw3, data=b""):
    body = bytes([0x00, 0x00, sw3]) + data
    length = len(body) + 1
    rest = bytes([length >> 8, length & 0xFF]) + body
    check = 0
    for b in rest:
        check ^= b
    return PREAMBLE + rest + bytes([check])


def answer(cmd, para, card_present):
    if (cmd, para) == (0x20, 0x01):  # find
        return frame(0x9F, b"\x00\x00\x00\x00") if card_present else frame(0x80)
    if (cmd, para) == (0x20, 0x02):  # select
        return frame(0x90, bytes(8)) if card_present else frame(0x81)
    if (cmd, para) == (0x30, 0x01):  # read base information: text length, photo length, both
        if not card_present:
            return frame(0x41)
        return frame(0x90, bytes([0x01, 0x00, 0x04, 0x00]) + card_text() + bytes(1024))
    return frame(0x21)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    path = sys.argv[1]
    no_card = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--no-card-file" else None
    master, slave = pty.openpty()
    tty.setraw(slave)
    if os.path.lexists(path):
        os.remove(path)
    os.symlink(os.ttyname(slave), path)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    pending = b""
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 1.0)
            if not ready:
                continue
            pending += os.read(master, 4096)
            while True:
                start = pending.find(PREAMBLE)
                if start < 0:
                    pending = pending[-4:]
                    break
                pending = pending[start:]
                if len(pending) < 10:
                    break
                cmd, para, check = pending[7], pending[8], pending[9]
                sum_ = 0
                for b in pending[5:9]:
                    sum_ ^= b
                pending = pending[10:]
                present = not (no_card and os.path.exists(no_card))
                os.write(master, answer(cmd, para, present) if sum_ == check else frame(0x10))
    except KeyboardInterrupt:
        pass
    finally:
        if os.path.islink(path):
            os.remove(path)


if __name__ == "__main__":
    main()
