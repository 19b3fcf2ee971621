"""A question about a whole ("Toàn tỉnh có bao nhiêu lớp học?") is answered by a table's total row.

A report's table ends in a "Tổng cộng" row, and a question about the whole province, district or
sector asks for it without sharing a word with it: "toàn tỉnh", "cả tỉnh", "tất cả", "in total". Its
best-scoring sentence is then another row of the table, or the report's prose that names the whole
and another figure ("Toàn tỉnh có 494 trường …" for "bao nhiêu lớp học?"). The total row of the
document the scorer found is quoted instead when it holds at least as much of the question, counting
the words that ask for the whole as held: "Tổng cộng" is how the table says them.
"""

from __future__ import annotations

import re

from qa_bot.ingest import tables
from qa_bot.language.question import AskedQuestion
from qa_bot.types import Document, Paragraph

# folded; a bare "tổng" is no whole ("Tổng Bí thư", "Tổng cục"), "tổng cộng" and "tổng số" are
_WHOLE = re.compile(
    r"\b(?:(?:toan|ca) (?:tinh|huyen|thanh pho|thi xa|xa|phuong|nganh|nuoc|quoc|khu vuc|don vi)"
    r"|tat ca|tong cong|tong so|cong lai|in total|altogether|the whole (?:province|district|city|sector)"
    r"|all (?:the )?(?:districts|units|communes|provinces))\b"
)


def whole_words(question: AskedQuestion) -> frozenset[str]:
    """The folded syllables of the question that ask for a whole; empty when it asks for none."""
    return frozenset(w for m in _WHOLE.finditer(question.folded) for w in m.group().split())


def total_rows(document: Document, near: Paragraph | None = None) -> list[Paragraph]:
    """The document's total rows; only those of ``near``'s table when ``near`` is a row of a table
    that has one (a spreadsheet's sheet, a caption)."""
    rows = [p for p in document.paragraphs if p.table and p.citable and tables.is_total(p.text)]
    if near is not None and near.table:
        same = [p for p in rows if p.sheet == near.sheet and tables.caption_of(p.text) == tables.caption_of(near.text)]
        return same or rows
    return rows
