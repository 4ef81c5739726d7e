"""Documents as plain text for pipes and files: no colour, no escape codes, no rich import.

Tables keep the look of the terminal renderer (a header, a rule, aligned columns) and wrap
cells to fit the width, so piped output stays readable in 100 columns.
"""

from __future__ import annotations

import textwrap

from .document import Bullets, Document, Paragraph, Table

GAP = "  "


def _widths(table: Table, width: int) -> list[int]:
    cells = [table.columns] + table.rows
    natural = [max((max((len(line) for line in str(row[i]).split("\n")), default=0) for row in cells), default=0) for i in range(len(table.columns))]
    natural = [max(n, 1) for n in natural]
    budget = width - len(GAP) * (len(natural) - 1)
    if sum(natural) <= budget:
        return natural
    out = [0] * len(natural)
    remaining, left = budget, len(natural)
    for i in sorted(range(len(natural)), key=lambda i: natural[i]):  # narrow columns keep their width
        out[i] = max(min(natural[i], remaining // left), 6)
        remaining -= out[i]
        left -= 1
    return out


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for part in str(text).split("\n"):
        lines += textwrap.wrap(part, width, break_long_words=True, break_on_hyphens=False) or [""]
    return lines


def _table(t: Table, width: int) -> list[str]:
    widths = _widths(t, width)
    out = [t.title] if t.title else []

    def row_lines(row: list[str]) -> list[str]:
        wrapped = [_wrap(cell, w) for cell, w in zip(row, widths, strict=True)]
        height = max(len(w) for w in wrapped)
        lines = []
        for k in range(height):
            parts = []
            for i, (cell, w) in enumerate(zip(wrapped, widths, strict=True)):
                text = cell[k] if k < len(cell) else ""
                parts.append(text.rjust(w) if i in t.numeric else text.ljust(w))
            lines.append(GAP.join(parts).rstrip())
        return lines

    out += row_lines(t.columns)
    out.append(GAP.join("-" * w for w in widths))
    for row in t.rows:
        out += row_lines(row)
    return out


def _bullets(b: Bullets, width: int) -> list[str]:
    out = []
    for i, item in enumerate(b.items, 1):
        marker = f"{i}." if b.numbered else "-"
        pad = len(str(len(b.items))) + 2 if b.numbered else 2
        marker = marker.rjust(pad - 1) + " "
        out += textwrap.wrap(item, width, initial_indent=marker, subsequent_indent=" " * pad, break_on_hyphens=False) or [marker]
    return out


def render(doc: Document, *, width: int = 100) -> str:
    lines = [doc.title, *textwrap.wrap(doc.subtitle, width)]
    for section in doc.sections:
        lines += ["", section.title.upper(), ""]
        for block in section.blocks:
            if isinstance(block, Table):
                lines += _table(block, width) + [""]
            elif isinstance(block, Paragraph):
                lines += textwrap.wrap(block.text, width, break_on_hyphens=False) + [""]
            elif isinstance(block, Bullets):
                lines += _bullets(block, width) + [""]
        while lines and lines[-1] == "":
            lines.pop()
    return "\n".join(line.rstrip() for line in lines) + "\n"
