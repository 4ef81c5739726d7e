"""Documents as GitHub-flavoured Markdown, for pull-request comments and reports."""

from __future__ import annotations

from .document import Bullets, Document, Paragraph, Table


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>") or " "


def _table(t: Table) -> list[str]:
    out = []
    if t.title:
        out += [f"**{t.title}**", ""]
    out.append("| " + " | ".join(_cell(c) for c in t.columns) + " |")
    out.append("|" + "|".join("---:" if i in t.numeric else "---" for i in range(len(t.columns))) + "|")
    out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in t.rows]
    return out + [""]


def render(doc: Document) -> str:
    lines = [f"# {doc.title}", "", doc.subtitle, ""]
    for section in doc.sections:
        lines += [f"## {section.title}", ""]
        for block in section.blocks:
            if isinstance(block, Table):
                lines += _table(block)
            elif isinstance(block, Paragraph):
                lines += [block.text, ""]
            elif isinstance(block, Bullets):
                lines += [f"{i}. {item}" if block.numbered else f"- {item}" for i, item in enumerate(block.items, 1)] + [""]
    return "\n".join(lines).rstrip() + "\n"
