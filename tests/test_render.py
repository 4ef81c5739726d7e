"""Renderers draw the same document: exact plain text and Markdown for small inputs."""

from __future__ import annotations

from plandiff.render.document import Bullets, Document, Paragraph, Section, Table
from plandiff.render.markdown import render as markdown
from plandiff.render.plain import render as plain

DOC = Document(
    "plandiff: a vs b",
    "A compared with B",
    [
        Section("overview", "Overview", [Table(["", "a", "b"], [["Points", "3", "12"], ["Note", "x | y", "two\nlines"]], title="Identity", numeric=(1, 2))]),
        Section("findings", "Findings", [Bullets(["first", "second"], numbered=True), Paragraph("Done.")]),
    ],
)


def test_plain():
    assert plain(DOC, width=40) == (
        "plandiff: a vs b\n"
        "A compared with B\n"
        "\n"
        "OVERVIEW\n"
        "\n"
        "Identity\n"
        "            a      b\n"
        "------  -----  -----\n"
        "Points      3     12\n"
        "Note    x | y    two\n"
        "               lines\n"
        "\n"
        "FINDINGS\n"
        "\n"
        "1. first\n"
        "2. second\n"
        "\n"
        "Done.\n"
    )


def test_plain_wraps_to_width():
    long = Document("t", "s", [Section("x", "X", [Table(["a", "b"], [["word " * 30, "other " * 30]]), Bullets(["item " * 40])])])
    out = plain(long, width=60)
    assert max(len(line) for line in out.splitlines()) <= 60
    assert out.count("word") == 30 and out.count("other") == 30


def test_markdown_escapes_cells():
    out = markdown(DOC)
    assert "| Note | x \\| y | two<br>lines |" in out
    assert "|---|---:|---:|" in out
    assert out.startswith("# plandiff: a vs b\n\nA compared with B\n\n## Overview\n\n**Identity**\n")
    assert "1. first\n2. second\n" in out
