"""HTML and Markdown for the chat UI. Everything from a document is escaped here.

Document text is shown as text: it goes through ``html.escape`` (and, inside
chat messages, Markdown escaping) before it reaches the page, so HTML or script
in a document never runs.
"""

from __future__ import annotations

import html
import re

from .index import Index
from .types import Answer, Citation, Hit

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")


def md_text(text: str) -> str:
    """Plain text safe inside Markdown: Markdown syntax neutralised, then HTML escaped."""
    return html.escape(_MD_SPECIAL.sub(r"\\\1", text), quote=False)


def answer_markdown(answer: Answer) -> str:
    if answer.abstained:
        lines = [f'<div class="qa-abstain">⚠️ {md_text(answer.text.splitlines()[0])}</div>']
        if answer.hits:
            lines.append("Đoạn gần nhất / nearest passages:")
            lines += [f"- {md_text(hit_label(h))}" for h in answer.hits[:3]]
        return "\n\n".join(lines)
    parts = []
    for i, c in enumerate(answer.citations, start=1):
        parts.append(f"“{md_text(c.quote)}” **[{i}]**  \n<sub>[{i}] {md_text(c.label)}</sub>")
    return "\n\n".join(parts)


def hit_label(h: Hit) -> str:
    return f"{h.source} · ¶ {h.paragraph} · line {h.line}"


def citation_choice(i: int, c: Citation) -> str:
    return f"[{i}] {c.label}"


def viewer_html(index: Index, source: str, paragraph: int, start: int | None = None, end: int | None = None,
                around: int = 2) -> str:
    """The cited paragraph in its document, the quote highlighted, neighbours around it."""
    doc = index.document(source)
    if doc is None:
        return '<div class="qa-viewer"><p>Không tìm thấy tài liệu.</p></div>'
    lo, hi = max(1, paragraph - around), min(len(doc.paragraphs), paragraph + around)
    rows = [f'<div class="qa-viewer"><div class="qa-doc">{html.escape(source)}</div>']
    for p in doc.paragraphs[lo - 1 : hi]:
        where = f"¶ {p.number} · line {p.line}" + (f" · page {p.page}" if p.page is not None else "")
        if p.number == paragraph and start is not None and end is not None and 0 <= start < end <= len(p.text):
            body = (html.escape(p.text[:start]) + '<mark class="qa-quote">' + html.escape(p.text[start:end])
                    + "</mark>" + html.escape(p.text[end:]))
        else:
            body = html.escape(p.text)
        cls = "qa-para qa-cited" if p.number == paragraph else "qa-para"
        rows.append(f'<div class="{cls}" data-paragraph="{p.number}"><span class="qa-where">{where}</span>'
                    f'<div class="qa-text">{body}</div></div>')
    rows.append("</div>")
    return "".join(rows)


def stats_markdown(stats: dict) -> str:
    return (f"{stats['files']} tệp / files · {stats['paragraphs']} đoạn / paragraphs · "
            f"{stats['chunks']} chunks  \nmodel: `{stats['model']}` ({stats['dim']}-d)")


CSS = """
.qa-abstain { border-left: 4px solid #d97706; background: #fffbeb; color: #78350f; padding: 8px 12px; border-radius: 6px; }
.qa-viewer { font-size: 15px; line-height: 1.55; }
.qa-doc { font-weight: 600; margin-bottom: 8px; }
.qa-para { padding: 8px 10px; margin: 6px 0; border-radius: 6px; background: #f8fafc; color: #334155; }
.qa-cited { background: #eef2ff; border-left: 4px solid #4f46e5; color: #0f172a; }
.qa-where { display: block; font-size: 12px; color: #64748b; margin-bottom: 2px; }
mark.qa-quote { background: #fde68a; padding: 0 2px; }
"""
