"""Documents as terminal text, drawn with rich.

Colour and styles only on a terminal; plain text when piped; NO_COLOR is honoured (rich
reads it). Width: the terminal's, or 100 columns when not a terminal, so piped output and
the golden files are stable.
"""

from __future__ import annotations

import io
import os

from .document import Bullets, Document, Paragraph, Table

PIPE_WIDTH = 100


def render(doc: Document, *, width: int | None = None, color: bool | None = None) -> str:
    from rich import box
    from rich.console import Console
    from rich.table import Table as RichTable
    from rich.text import Text

    buf = io.StringIO()
    if color is None:
        color = os.isatty(1) and not os.environ.get("NO_COLOR")
    if width is None:
        width = os.get_terminal_size(1).columns if os.isatty(1) else PIPE_WIDTH
    console = Console(file=buf, width=width, force_terminal=color, no_color=not color, color_system="standard" if color else None, highlight=False, emoji=False, soft_wrap=False)
    console.print(Text(doc.title, style="bold"))
    console.print(Text(doc.subtitle, style="dim"))
    for section in doc.sections:
        console.print()
        console.print(Text(section.title.upper(), style="bold cyan"))
        for block in section.blocks:
            if isinstance(block, Table):
                table = RichTable(title=block.title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, show_edge=False, show_lines=False, expand=False, pad_edge=False)
                for i, col in enumerate(block.columns):
                    table.add_column(col, justify="right" if i in block.numeric else "left", overflow="fold")
                for row in block.rows:
                    table.add_row(*(Text(cell) for cell in row))  # Text: no markup parsing of '[...]'
                console.print(table)
                console.print()
            elif isinstance(block, Paragraph):
                console.print(Text(block.text))
            elif isinstance(block, Bullets):
                grid = RichTable.grid(padding=(0, 1))
                grid.add_column(justify="right", no_wrap=True)
                grid.add_column(overflow="fold")
                for i, item in enumerate(block.items, 1):
                    grid.add_row(Text(f"{i}." if block.numbered else "-"), Text(item))
                console.print(grid)
    # no trailing blanks: stable golden files and clean copy-paste
    return "\n".join(line.rstrip() for line in buf.getvalue().splitlines()).rstrip() + "\n"
