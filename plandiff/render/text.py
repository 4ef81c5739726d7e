"""Documents as terminal text: rich tables on a terminal, plain text everywhere else.

On a terminal: rich, sized to the terminal, colour unless NO_COLOR is set. Piped or written
to a file: ``render.plain`` at 100 columns (or ``--width``), which is stable for golden
files and scripts and does not pay for importing rich.
"""

from __future__ import annotations

import io
import os

from .document import Bullets, Document, Paragraph, Table

PIPE_WIDTH = 100


def render(doc: Document, *, width: int | None = None, tty: bool | None = None) -> str:
    """Draw ``doc`` for stdout: rich when ``tty`` (default: stdout is a terminal), else plain."""
    if tty is None:
        tty = os.isatty(1)
    if not tty:
        from .plain import render as plain

        return plain(doc, width=width or PIPE_WIDTH)
    if width is None:
        width = os.get_terminal_size(1).columns
    return render_rich(doc, width=width, color=not os.environ.get("NO_COLOR"))


def render_rich(doc: Document, *, width: int, color: bool) -> str:
    from rich import box
    from rich.console import Console
    from rich.table import Table as RichTable
    from rich.text import Text

    buf = io.StringIO()
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
