#!/usr/bin/env python3
"""Regenerates docs/configuration.md from config/kiosk.toml's comments (run from the repo root).
A unit test checks that the doc names every key the loader knows."""
lines = open("config/kiosk.toml", encoding="utf-8").read().splitlines()
rows, section, comment = [], "", []
for line in lines:
    s = line.strip()
    if s.startswith("[") and s.endswith("]"):
        section, comment = s[1:-1], []
    elif s.startswith("#"):
        comment.append(s.lstrip("# ").strip())
    elif "=" in s and section:
        key, value = [x.strip() for x in s.split("=", 1)]
        text = " ".join(comment) if comment else (rows[-1][2] if rows else "")
        rows.append((f"{section}.{key}", value, text))
        comment = []
    elif not s:
        comment = []
out = [
    "# Configuration", "",
    "The kiosk reads one TOML file (`config/kiosk.toml`, or `--config FILE`). Every key is optional;",
    "the shipped file holds exactly the defaults (a unit test checks this). An unknown key or a bad value",
    "stops the kiosk on an operator error screen naming the key and line — it never runs half-configured.", "",
    "| key | default | meaning |", "|---|---|---|",
]
out += [f"| `{k}` | `{v}` | {c} |" for k, v, c in rows]
out += ["", "Command-line options override `ui.language` (`--lang`), `paths.assets_dir` (`--assets`),",
        "`paths.data_dir` (`--data-dir`) and the display (`--windowed WxH`).", "",
        "Generated from config/kiosk.toml by tools/make_config_doc.py.", ""]
open("docs/configuration.md", "w", encoding="utf-8").write("\n".join(out))
