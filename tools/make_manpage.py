#!/usr/bin/env python3
"""Writes kiosk(1) in roff from the README: its command-line option table, exit codes and the
configuration paragraph. The README stays the one place the options are described.

    make_manpage.py README.md VERSION OUT
"""
import re
import sys


def roff(text):
    """Markdown inline text to roff: code spans in bold, escapes for roff's own characters."""
    text = text.replace("\\|", "|").replace("\\", "\\e")
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    text = re.sub(r"`([^`]+)`", lambda m: "\\fB" + m.group(1) + "\\fR", text)
    text = text.replace("-", "\\-")
    # A line that starts with . or ' would be read as a request.
    return re.sub(r"^([.'])", r"\\&\1", text, flags=re.M)


def section(lines, heading):
    """The lines under a '## heading' up to the next heading."""
    start = lines.index("## " + heading) + 1
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("## ")), len(lines))
    return lines[start:end]


def split_row(row):
    """A markdown table row's cells ('\\|' inside a cell is a literal bar)."""
    cells = re.split(r"(?<!\\)\|", row.strip().strip("|"))
    return [c.strip() for c in cells]


def main():
    readme, version, out = sys.argv[1:4]
    lines = open(readme, encoding="utf-8").read().splitlines()
    options = section(lines, "Command-line options")
    rows = [split_row(l) for l in options if l.startswith("| `")]
    after_table = [l for l in options if l and not l.startswith("|")]
    exit_codes = " ".join(after_table[: next(i for i, l in enumerate(after_table) if l.startswith("UI scripts"))])
    config = " ".join(l for l in section(lines, "Configuration") if l)
    page = [
        '.TH KIOSK 1 "" "yidiantong-kiosk %s" "User Commands"' % version,
        ".SH NAME",
        "kiosk \\- the 监督一点通 service hall touchscreen kiosk",
        ".SH SYNOPSIS",
        ".B kiosk",
        "[\\fIoptions\\fR]",
        ".SH DESCRIPTION",
        "The touchscreen terminal of a community service hall: public disclosures, reporting a "
        "problem step by step, following a case, QR codes and the unattended display. Installed as "
        "the yidiantong\\-kiosk service; see /usr/share/doc/yidiantong\\-kiosk/operator.md.",
        ".SH OPTIONS",
    ]
    for option, meaning in rows:
        page += [".TP", roff(option), roff(meaning) if meaning else "Print the version, or this help, and exit."]
    page += [".SH EXIT STATUS", roff(exit_codes), ".SH FILES", roff(config), ".SH SEE ALSO",
             "/usr/share/doc/yidiantong\\-kiosk/operator.md, /usr/share/doc/yidiantong\\-kiosk/configuration.md"]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(page) + "\n")


if __name__ == "__main__":
    main()
