"""A renderer-neutral document: sections of tables, paragraphs and bullet lists.

(NamedTuples rather than dataclasses: they are built on every run and cost a tenth as much
to define.)

The layout (what goes in which table) is decided once, in ``render.layout``; the text and
Markdown renderers only draw it, so the two formats can never disagree on content.
"""

from __future__ import annotations

from typing import NamedTuple, Union


class Table(NamedTuple):
    columns: list[str]
    rows: list[list[str]]
    title: str | None = None
    numeric: tuple[int, ...] = ()  # column indexes to right-align


class Paragraph(NamedTuple):
    text: str


class Bullets(NamedTuple):
    items: list[str]
    numbered: bool = False


Block = Union[Table, Paragraph, Bullets]


class Section(NamedTuple):
    key: str
    title: str
    blocks: list[Block]


class Document(NamedTuple):
    title: str
    subtitle: str
    sections: list[Section]
