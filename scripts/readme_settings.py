"""Rewrite the settings table in README.md from claimgraph.settings (run after adding a setting)."""
from __future__ import annotations

import re
from pathlib import Path

from claimgraph.settings import Settings

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- settings:start -->", "<!-- settings:end -->"


def table() -> str:
    rows = ["| variable | default | meaning |", "| --- | --- | --- |"]
    for _, var, default, help_ in Settings.documented():
        rows.append(f"| `{var}` | `{default}` | {help_} |")
    return "\n".join(rows)


def main() -> None:
    text = README.read_text(encoding="utf-8")
    block = f"{START}\n{table()}\n{END}"
    text, n = re.subn(re.escape(START) + r".*?" + re.escape(END), block, text, flags=re.S)
    if n != 1:
        raise SystemExit(f"README.md needs one {START} … {END} block")
    README.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
