"""A conversation as Markdown, to take away: every question, every quote with its citation.

Quotes are written as block quotes, verbatim; only characters Markdown would
read as markup are escaped, so the file renders as the quote reads.
"""

from __future__ import annotations

import re
import time
from typing import Sequence

from qa_bot.answer import bands
from qa_bot.types import Answer

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def markdown(turns: Sequence[Answer], title: str = "qa-bot") -> str:
    lines = [f"# {title} — {time.strftime('%Y-%m-%d %H:%M')}", ""]
    for n, a in enumerate(turns, start=1):
        lines += [f"## {n}. {_md(a.question)}", ""]
        if a.rewritten:
            lines += [f"*Hiểu là / Understood as:* {_md(a.query)}", ""]
        if a.translation:
            lines += [f"*Tìm cả bằng / Also searched as:* {_md(a.searched_as)}", ""]
        lines += [f"*{_md(bands.label(a.band, a.confidence))}*", ""]
        if a.abstained or not a.citations:
            lines += [_md(a.text.splitlines()[0] if a.text else "Tài liệu không chứa câu trả lời."), ""]
            if a.why:
                lines += [f"*Vì sao / Why:* {_md(a.why)}", ""]
            continue
        if a.band == bands.UNCERTAIN:
            lines += [_md(bands.UNCERTAIN_NOTE), ""]
        if a.short:
            lines += [f"**{_md(a.short)}**", ""]
        for i, c in enumerate(a.citations, start=1):
            lines += [f"> {_md(c.quote)}", ">", f"> — [{i}] {_md(c.label)}", ""]
        if a.why:
            lines += [f"*Vì sao / Why:* {_md(a.why)}", ""]
    return "\n".join(lines).rstrip() + "\n"
