"""Table rows → paragraphs: one paragraph per row, each cell with the column header it belongs to.

A reader (DOCX, HTML, spreadsheets, ODT through DOCX, PPTX, CSV) hands over a table as rows of
cell texts; this module decides which rows are the title, the header and the body, and writes
each body row as one paragraph::

    Bảng 1. Số lượng đảng viên — Đơn vị: Nghệ An; Số tổ chức cơ sở đảng: 1.234; Số đảng viên: 152.340

so that a quote of that row carries the row's label, the figure and what the figure counts,
which a paragraph per cell (the old DOCX reading) could not: "152.340" alone answers nothing.

* **caption**: what the reader found (the DOCX paragraph before the table if it starts like a
  caption, an HTML ``<caption>``, the slide title, the sheet name), replaced by a **title row**:
  a first row whose only text is one value (a merged cell across the table, or a lone cell).
* **header**: the first row after the title. The second row is a header too when nothing in it is a
  figure and the first row shows it is grouped above it (a merged cell repeated over columns, or a
  blank above a filled cell): "Kết quả đánh giá / Hoàn thành tốt".
* **merged cells**: a reader repeats a merged value over the cells it covers as ``Copy``; in header
  rows the copy names each column it covers; in a body row a copy across columns is said once,
  a copy down rows (a group label) is kept on every row, since each row must stand alone.
* **blank rows** end a table: the next non-blank row is the header of a new one (``split``).
* Cell texts are kept exactly as written ("152.340", "1.234,5"): quotes must be verbatim.

The header rows are not paragraphs of their own: their words are in every row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa_bot.language.text import fold

CAPTION_SEP = " — "
# every row starts with its table's caption; eval/scripts/office_eval.py --rows-without-caption
# measures the other choice (the caption a paragraph of its own only), see docs/quality.md
ROWS_WITH_CAPTION = True
CELL_SEP = "; "
# a figure, as a cell holds one: "152.340", "1.234,5", "12,3%", "-5", "(1.200)"
_FIGURE = re.compile(r"^[\s(+\-−]*\d[\d\s.,]*%?\)?$")
# a paragraph that names the table under it: "Bảng 1.", "Biểu 2:", "Table 3"
_YEAR = re.compile(r"^(19|20)\d\d$")
_CAPTION = re.compile(r"^\s*(bảng|biểu|phụ lục|table)\b", re.IGNORECASE)


class Copy(str):
    """A merged cell's value where the merge repeats it; ``across`` is True for a copy to the right
    of the cell that holds it (gridSpan, colspan), False for a copy below it (vMerge, rowspan)."""

    across: bool = True

    def __new__(cls, value: str, across: bool = True):
        obj = super().__new__(cls, value)
        obj.across = across
        return obj


@dataclass(frozen=True)
class Row:
    line: int  # where the row is: the sheet row, the DOCX paragraph count, the HTML line, the CSV line
    cells: list[str]


@dataclass(frozen=True)
class RowText:
    line: int
    text: str


# A table's total row, by its label ("Tổng cộng", "Cộng", "Toàn tỉnh", …), folded: what a question about
# the whole is answered with (answer/totals.py)
_TOTALS = {"tong cong", "tong so", "tong", "cong", "toan tinh", "toan huyen", "toan thanh pho", "toan thi xa",
           "toan xa", "toan nganh", "ca nuoc", "toan quoc", "total", "grand total"}


def is_total(row_text: str) -> bool:
    """Whether a row paragraph (``paragraphs``) is its table's total: its first cell says so."""
    cells = row_text.split(CAPTION_SEP, 1)[-1]
    value = cells.split(CELL_SEP, 1)[0].split(": ", 1)[-1]
    return fold(value).strip(" .:*") in _TOTALS


def caption_of(row_text: str) -> str:
    """The caption a row paragraph (``paragraphs``) starts with; empty when it has none."""
    head, sep, _ = row_text.partition(CAPTION_SEP)
    return head if sep else ""


def looks_like_caption(text: str) -> bool:
    return bool(_CAPTION.match(text)) and len(text) <= 200


def is_figure(text: str) -> bool:
    return bool(_FIGURE.match(text))


def is_layout(rows: list[list[str]]) -> bool:
    """A two-row table without a figure under its first row lays text out rather than holding data:
    the letterhead of a Vietnamese official document ("ỦY BAN NHÂN DÂN ... | CỘNG HÒA XÃ HỘI ..." over
    "Số: 38/KH-UBND | Tân Phước, ngày ..."). Its cells are read as paragraphs, one by one."""
    filled = [r for r in rows if any(c.strip() for c in r)]
    return len(filled) <= 2 and not any(is_figure(c.strip()) for r in filled[1:] for c in r if c.strip())


def split(rows: list[Row]) -> list[list[Row]]:
    """The tables of a grid: runs of rows between blank rows."""
    tables: list[list[Row]] = [[]]
    for row in rows:
        if any(c.strip() for c in row.cells):
            tables[-1].append(row)
        elif tables[-1]:
            tables.append([])
    return [t for t in tables if t]


def paragraphs(rows: list[Row], caption: str | None = None) -> list[RowText]:
    """One paragraph per body row of one table (no blank rows inside; see ``split``)."""
    rows = [Row(r.line, [_clean(c) for c in r.cells]) for r in rows]
    width = max((len(r.cells) for r in rows), default=0)
    rows = [Row(r.line, r.cells + [""] * (width - len(r.cells))) for r in rows]
    used = [j for j in range(width) if any(r.cells[j] for r in rows)]
    rows = [Row(r.line, _keep(r.cells, used)) for r in rows]
    if not rows:
        return []
    titles: list[str] = []
    # a title row: one value only (a merged cell over the table); not in a one-column table
    while len(rows) > 1 and len(used) > 1 and len({c for c in rows[0].cells if c}) == 1:
        titles.append(next(c for c in rows[0].cells if c))
        rows = rows[1:]
    if titles:
        caption = CELL_SEP.join(titles)
    prefix = caption + CAPTION_SEP if caption and ROWS_WITH_CAPTION else ""
    if len(rows) == 1 or sum(map(is_figure, filter(None, rows[0].cells))) * 2 > len([c for c in rows[0].cells if c]):
        # a lone row, or a first row of figures: no header to pair the cells with
        return [RowText(r.line, prefix + CELL_SEP.join(_said_once(r.cells))) for r in rows]
    header, body = rows[0].cells, rows[1:]
    if len(body) > 1 and _second_header(header, body[0].cells):
        header = [_join(a, b) for a, b in zip(header, body[0].cells)]
        body = body[1:]
    out = []
    for r in body:
        pairs = [(h, v) for j, (h, v) in enumerate(zip(header, r.cells))
                 if v and not (isinstance(v, Copy) and v.across and j and r.cells[j - 1] == v)]
        if not pairs:
            continue
        out.append(RowText(r.line, prefix + CELL_SEP.join(f"{h}: {v}" if h and h != v else v for h, v in pairs)))
    return out


def _clean(cell: str) -> str:
    # a cell's lines become one line: the row is one paragraph, its cells parted by ';'
    text = " ".join(str(cell).split())
    return Copy(text, cell.across) if isinstance(cell, Copy) else text


def _keep(cells: list[str], used: list[int]) -> list[str]:
    return [cells[j] for j in used]


def _said_once(cells: list[str]) -> list[str]:
    return [c for j, c in enumerate(cells) if c and not (isinstance(c, Copy) and c.across and j and cells[j - 1] == c)]


def _second_header(first: list[str], second: list[str]) -> bool:
    """The second row is part of the header: it holds no figure, and the first row groups it."""
    # a year ("2023") heads a column; other figures are data
    if not any(second) or any(is_figure(c) and not _YEAR.match(c) for c in second if c):
        return False
    grouped = any(isinstance(a, Copy) and a.across for a in first) or any(
        first[j] == first[j + 1] and first[j] and second[j] != second[j + 1] for j in range(len(first) - 1))
    blank_above = any(not a and b for a, b in zip(first, second))
    return grouped or blank_above


def _join(top: str, below: str) -> str:
    if not below or below == top:
        return top
    if not top:
        return below
    return f"{top} / {below}"
