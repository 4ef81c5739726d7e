"""A renderer-neutral document: sections of tables, paragraphs and bullet lists.

The layout (what goes in which table) is decided once, in ``render.layout``; the text and
Markdown renderers only draw it, so the two formats can never disagree on content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


@dataclass
class Table:
    columns: list[str]
    rows: list[list[str]]
    title: str | None = None
    numeric: tuple[int, ...] = ()  # column indexes to right-align


@dataclass
class Paragraph:
    text: str


@dataclass
class Bullets:
    items: list[str]
    numbered: bool = False


Block = Union[Table, Paragraph, Bullets]


@dataclass
class Section:
    key: str
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Document:
    title: str
    subtitle: str
    sections: list[Section] = field(default_factory=list)
