"""Readers for formats with their own structure: PDF (pypdf), DOCX (python-docx), HTML (BeautifulSoup).

Each reader turns one file into ``Block``s in document order; ``ingest.read_document``
numbers them from 1, NFC-normalises them and marks web chrome with
``boilerplate.mark_citable``, exactly as for .txt and .md. What ``line`` (and
``page``) mean for each format, so a reader can find a cited paragraph:

PDF
    One paragraph never crosses a page: ``page`` is the 1-based page number and
    ``line`` the 1-based line, within the text pypdf extracts from that page
    (``page.extract_text().split("\\n")``), where the paragraph starts.
    Extracted lines are grouped into paragraphs by the page's layout when pypdf
    reports where each line sits: a vertical gap clearly wider than the page's
    usual line pitch, or a change of font size (a heading), starts a paragraph.
    Whatever the layout says, a blank line, a line that starts with a bullet or
    a list number, and a line after one that is clearly shorter than the full
    lines of the document (the last line of a flowed paragraph, a heading, a
    line of a table or a slide) start a paragraph too. The lines of a paragraph
    are joined with a space (a line that ends in a hyphen is joined without one,
    the hyphen kept). A page pypdf cannot read is left out, and the build's
    report lists it (``BuildReport.pages_left_out``). A page with no text
    layer (a scan) is read by OCR, as below, page by page, so a PDF may mix
    both kinds of page. A drawn table, whose cells pypdf gives as lines of their own, the cells of
    a row on one baseline (two rows or more of the same number of cells, figures in half of
    them), gives one paragraph per body row, as a DOCX table does (``tables.py``); its ``line`` is
    that of the row's first cell.

Scans: PDF pages without a text layer, and images (.png .jpg .jpeg .tif .tiff; every
frame of a multi-page TIFF is a page)
    Read by Tesseract with its Vietnamese model (``ocr.py``). The page's OCR text
    is its lines as Tesseract orders them, the words of a line joined by one
    space, NFC-normalised; ``page`` is the 1-based page (1 for a single image)
    and ``line`` the 1-based line of that text where the paragraph starts, as
    for a PDF page with a text layer. A paragraph is the lines Tesseract puts in
    one paragraph (``image_to_data``'s block and paragraph numbers), joined as
    PDF lines are; a line that starts with a bullet or a list number starts a
    paragraph too. A page OCR reads no letter or digit on (a blank page, an
    empty scan) is left out and listed in the build's report; a file with none at all
    is an error. When Tesseract or its Vietnamese model is missing, the file is
    an error that names the packages to install; the other files still index.

DOCX, and the formats read through it
    See ``wordfile.py``; spreadsheets ``spreadsheets.py``, slides ``slides.py``.

HTML
    A data table (two rows or more, two columns or more, no table inside it) gives one paragraph
    per body row, each cell with its column header (``tables.py``; colspan and rowspan repeat the
    cell; the caption is its ``<caption>``, or the paragraph before it when it starts like one,
    "Bảng 1."); ``line`` is the row's ``<tr>`` source line. Other tables read block by block.
    Visible text only: script, style, noscript, template, head (and title,
    svg, canvas, iframe, object, embed, select) and elements marked ``hidden`` or styled
    ``display: none`` are dropped, and so are comments. Block elements (p,
    h1-h6, li, td, th, blockquote, pre, dt, dd, caption, figcaption, address,
    summary, legend) are paragraphs; text that sits directly in a div, section,
    article, body, ... (between its child blocks) is a paragraph of its own, as a
    browser lays it out. Whitespace is collapsed as a browser does, except in pre;
    ``<br>`` is kept as a line break inside the paragraph. ``line`` is the source
    line (html.parser's ``sourceline``) of the nearest tag that opens before the
    paragraph's first word: the paragraph's own element (``<p>``, ``<li>``, ...)
    in the common case, an inline element (``<a>``, ``<b>``) if the paragraph
    starts with one, the preceding child element for text that follows it.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass

from qa_bot.errors import IngestError
from qa_bot.ingest import tables
from qa_bot.ingest.ocr import OcrLine, OcrOptions, image_pages, page_count, pdf_page_images, read_page
from qa_bot.ingest.ocr import check as check_ocr

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Block:
    """One paragraph as a reader found it; numbered later, in this order."""

    line: int
    text: str
    page: int | None = None
    sheet: str | None = None  # spreadsheets: the sheet the row is on
    # a table row (tables.py): content, whatever its length, never web chrome
    table: bool = False


def human_size(n: int) -> str:
    return f"{n / 1e6:.0f} MB" if n >= 1e6 else f"{n:,} bytes"


def describe(exc: BaseException) -> str:
    """An exception as a short reason for a user: its type and first line."""
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    detail = detail if len(detail) <= 160 else detail[:157] + "..."
    return f"{exc.__class__.__name__}: {detail}" if detail else exc.__class__.__name__


# ---- PDF ---------------------------------------------------------------------------------------


@dataclass
class _Line:
    number: int  # 1-based line of the page's extracted text
    text: str
    y: float | None = None  # baseline, PDF units (grows upwards)
    size: float | None = None  # effective font size
    x: float | None = None  # where the line starts, PDF units


_BULLET = re.compile(r"^\s*([•◦▪▫●○■□·‣⁃∙–—*-]\s|\d{1,3}[.)]\s|[a-zA-Z][.)]\s)")
_ENDS_SENTENCE = re.compile(r"[.!?…:;\"”»)]\s*$")
# a paragraph gap is a vertical gap this much wider than the page's usual line pitch
_GAP_FACTOR = 1.3
# no line spacing in use reaches this many font sizes (double spacing is about 2.3)
_GAP_SIZES = 2.5


def pdf_blocks(data: bytes, source: str, ocr: OcrOptions | None = None) -> list[Block]:
    """The PDF's paragraphs; pages without a text layer are OCR'd with ``ocr`` (None: they are not)."""
    from pypdf import PasswordType, PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as exc:  # noqa: BLE001 - pypdf raises many types on broken encryption
                raise IngestError(source, f"is an encrypted PDF that cannot be opened ({describe(exc)})") from None
            if opened == PasswordType.NOT_DECRYPTED:
                raise IngestError(source, "is a password-protected PDF; remove the password and index it again")
        pages = list(reader.pages)
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged file can make a parser raise anything
        raise IngestError(source, f"is not a readable PDF ({describe(exc)}); it is damaged or not a PDF") from None
    if not pages:
        raise IngestError(source, "is a PDF with no pages")

    per_page: list[list[_Line]] = []
    failed: list[tuple[int, str]] = []
    for number, page in enumerate(pages, start=1):
        try:
            per_page.append(_page_lines(page))
        except Exception as exc:  # noqa: BLE001
            failed.append((number, describe(exc)))
            per_page.append([])
    if len(failed) == len(pages):
        raise IngestError(source, f"is not a readable PDF (no page could be read: {failed[0][1]})")
    for number, why in failed:
        _left_out(ocr, source, number, f"cannot be read ({why})")

    unread = {number for number, _ in failed}
    scans = [n for n, lines in enumerate(per_page, start=1)
             if n not in unread and not any(ln.text.strip() for ln in lines)]
    scanned: dict[int, list[Block]] = {}
    if scans and ocr is not None:
        scanned = _ocr_pdf(data, scans, source, ocr)
    lengths = sorted(len(ln.text.strip()) for lines in per_page for ln in lines if ln.text.strip())
    if not lengths and not any(scanned.values()):
        if ocr is None:
            raise IngestError(source, "has no text layer (a scanned PDF?); run OCR on it and index it again")
        raise IngestError(source, f"has no text layer, and OCR read no text on its {len(scans)} "
                                  f"page{'s' if len(scans) > 1 else ''} (blank, or not a scan of text)")
    full = lengths[min(len(lengths) - 1, int(0.9 * len(lengths)))] if lengths else 0
    blocks: list[Block] = []
    for number, lines in enumerate(per_page, start=1):
        blocks.extend(scanned[number] if number in scanned else _pdf_paragraphs(lines, number, full))
    return blocks


# ---- scans (OCR) -------------------------------------------------------------------------------


def image_blocks(data: bytes, source: str, ocr: OcrOptions) -> list[Block]:
    """An image file's paragraphs, every frame a page (a multi-page TIFF)."""
    count = page_count(data, source)
    try:
        scanned = _ocr_pages(image_pages(data, source), count, source, ocr)
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - Pillow meets a damaged frame only when it gets there
        raise IngestError(source, f"is not a readable image ({describe(exc)}); it is damaged or not an image") from None
    if not any(scanned.values()):
        raise IngestError(source, "is an image on which OCR read no text (blank, or not a scan of text)"
                          if count == 1 else f"is an image on whose {count} pages OCR read no text")
    return [b for number in sorted(scanned) for b in scanned[number]]


def _ocr_pdf(data: bytes, pages: list[int], source: str, ocr: OcrOptions) -> dict[int, list[Block]]:
    try:
        return _ocr_pages(pdf_page_images(data, pages, ocr.dpi), len(pages), source, ocr)
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - pdfium raises its own error on a page it cannot render
        raise IngestError(source, f"has pages without text that cannot be rendered for OCR ({describe(exc)})") from None


def _ocr_pages(images, count: int, source: str, ocr: OcrOptions) -> dict[int, list[Block]]:
    """{page: its paragraphs} for every (page, image); a page OCR reads nothing on has none."""
    check_ocr(ocr, source)  # before the first page is rendered: a missing Tesseract fails fast
    if ocr.on_page:
        ocr.on_page(0, count)
    out: dict[int, list[Block]] = {}
    for done, (number, image) in enumerate(images, start=1):
        try:
            lines = read_page(image, ocr)
        except Exception as exc:  # noqa: BLE001 - pytesseract raises TesseractError, RuntimeError...
            _left_out(ocr, source, number, f"OCR failed ({describe(exc)})")
            lines = []
        else:
            if not lines:
                _left_out(ocr, source, number, "OCR read no text on it (blank?)")
        out[number] = ocr_paragraphs(lines, number)
        if ocr.on_page:
            ocr.on_page(done, count)
    return out


def _left_out(ocr: OcrOptions | None, source: str, page: int, why: str) -> None:
    """A page that gives no text: logged, and told to the build (its report lists it)."""
    log.warning("%s: page %d: %s; the page is left out", source, page, why)
    if ocr is not None and ocr.on_left_out:
        ocr.on_left_out(page, why)


def ocr_paragraphs(lines: list[OcrLine], page: int) -> list[Block]:
    """Tesseract's paragraphs of one page, each cited by the page line it starts on."""
    paragraphs: list[tuple[int, tuple[int, int], list[str]]] = []
    for ln in lines:
        if paragraphs and paragraphs[-1][1] == ln.paragraph and not _BULLET.match(ln.text):
            paragraphs[-1][2].append(ln.text)
        else:
            paragraphs.append((ln.number, ln.paragraph, [ln.text]))
    return [Block(number, _join(parts), page) for number, _, parts in paragraphs]


def _page_lines(page) -> list[_Line]:
    """The page's extracted text as lines, each with where it sits when pypdf tells us."""
    fragments: list[tuple[str, float, float, bool, float]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if not text:
            return
        a = tm[0] * cm[0] + tm[1] * cm[2]
        b = tm[0] * cm[1] + tm[1] * cm[3]
        c = tm[2] * cm[0] + tm[3] * cm[2]
        d = tm[2] * cm[1] + tm[3] * cm[3]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        size = float(font_size or 0) * (c * c + d * d) ** 0.5
        upright = abs(a) >= abs(b) and a > 0
        fragments.append((text, y, size, upright, x))

    text = page.extract_text(visitor_text=visit) or ""
    raw = text.split("\n")
    lines = [_Line(n, t) for n, t in enumerate(raw, start=1)]
    # The layout is used only when the visitor saw exactly the text returned and all of it upright.
    if "".join(f[0] for f in fragments) != text or not all(f[3] for f in fragments):
        return lines
    starts, pos = [], 0
    for f in fragments:
        starts.append(pos)
        pos += len(f[0])
    offset, k = 0, 0
    for ln in lines:
        first = offset + (len(ln.text) - len(ln.text.lstrip()))
        while k + 1 < len(starts) and starts[k + 1] <= first:
            k += 1
        if ln.text.strip() and k < len(fragments):
            ln.y, ln.size, ln.x = fragments[k][1], fragments[k][2] or None, fragments[k][4]
        offset += len(ln.text) + 1
    return lines


# lines whose baselines are this close (PDF units) sit on one visual row
_SAME_ROW = 0.5


def _pdf_paragraphs(lines: list[_Line], page: int, full: int) -> list[Block]:
    """The page's paragraphs, a table's rows among them (``_pdf_tables``)."""
    blocks: list[Block] = []
    pos = 0
    for start, end, rows in _pdf_tables(lines):
        blocks.extend(_flowed(lines[pos:start], page, full))
        caption = blocks[-1].text if blocks and tables.looks_like_caption(blocks[-1].text) else None
        blocks.extend(Block(r.line, r.text, page, table=True) for r in tables.paragraphs(rows, caption))
        pos = end
    blocks.extend(_flowed(lines[pos:], page, full))
    return blocks


def _pdf_tables(lines: list[_Line]) -> list[tuple[int, int, list]]:
    """(start, end, rows) of the runs of lines that form a table.

    pypdf gives a drawn table cell by cell, left to right, a cell's lines one after the other: a cell is
    a run of lines that start at one x, each a line below the last; a row, a run of cells each starting
    right of the one before (one baseline for single-line cells, as a table typed line by line has
    them). A header cell wrapped onto two lines ("Dư nợ (tỷ" / "đồng)") is so one cell of its row, and
    the row keeps its header. Two rows or more in a run, each of two cells or more and all of the same
    count, figures in half the rows or more (two-column prose has none): a table."""
    cells: list[_Cell] = []
    i = 0
    while i < len(lines):
        j = i + 1
        placed = lines[i].x is not None and lines[i].y is not None and bool(lines[i].text.strip())
        if placed:
            while j < len(lines) and _same_cell(lines[j - 1], lines[j]):
                j += 1
        cells.append(_Cell(i, j, " ".join(ln.text.strip() for ln in lines[i:j]), lines[i].x if placed else None,
                           lines[j - 1].y if placed else None, lines[i].y if placed else None))
        i = j
    rows: list[tuple[int, int, list[str]]] = []  # [start, end) lines, cells
    k = 0
    while k < len(cells):
        m = k + 1
        if cells[k].x is not None:
            low, high = cells[k].low, cells[k].high
            # the next cell starts further right and beside the row (their lines share a height)
            while (m < len(cells) and cells[m].x is not None and cells[m].x > cells[m - 1].x + _CELL_GAP
                   and cells[m].low <= high + _SAME_ROW and cells[m].high >= low - _SAME_ROW):
                low, high = min(low, cells[m].low), max(high, cells[m].high)
                m += 1
        rows.append((cells[k].start, cells[m - 1].end, [c.text for c in cells[k:m]]))
        k = m
    out = []
    k = 0
    while k < len(rows):
        width = len(rows[k][2])
        m = k
        while m < len(rows) and width >= 2 and len(rows[m][2]) == width:
            m += 1
        run = [r[2] for r in rows[k:m]]
        if m - k >= 2 and sum(any(tables.is_figure(c) for c in r) for r in run) * 2 >= len(run):
            out.append((rows[k][0], rows[m - 1][1], [tables.Row(lines[a].number, cells) for a, _, cells in rows[k:m]]))
            k = m
        else:
            k += 1
    return out


# a cell starts at least this far (PDF units) right of the one before it
_CELL_GAP = 1.0


@dataclass
class _Cell:
    start: int  # [start, end) of the page's lines
    end: int
    text: str
    x: float | None  # where its lines start; None for a blank or unplaced line
    low: float | None  # baselines of its last and first line
    high: float | None


def _same_cell(above: _Line, below: _Line) -> bool:
    """``below`` goes on the cell ``above`` is in: it starts where ``above`` does, one line lower."""
    if above.x is None or below.x is None or above.y is None or below.y is None or not below.text.strip():
        return False
    step = above.y - below.y
    return abs(above.x - below.x) <= _CELL_GAP and 0 < step <= 1.6 * (above.size or 12)


def _flowed(lines: list[_Line], page: int, full: int) -> list[Block]:
    gaps = [
        prev.y - cur.y
        for prev, cur in zip(lines, lines[1:])
        if prev.y is not None and cur.y is not None and prev.y - cur.y > 0 and _same_size(prev, cur)
    ]
    # the usual line pitch: the smaller gaps are those between the lines of a paragraph
    pitch = sorted(gaps)[len(gaps) // 4] if gaps else None

    paragraphs: list[tuple[int, list[str]]] = []
    prev: _Line | None = None
    for ln in lines:
        body = ln.text.strip()
        if not body:
            prev = None  # a blank line ends the paragraph
            continue
        if prev is None or _starts_paragraph(prev, ln, pitch, full):
            paragraphs.append((ln.number, [body]))
        else:
            paragraphs[-1][1].append(body)
        prev = ln
    return [Block(number, _join(parts), page) for number, parts in paragraphs]


def _same_size(a: _Line, b: _Line) -> bool:
    if not a.size or not b.size:
        return True
    return abs(a.size - b.size) <= 0.15 * max(a.size, b.size)


def _starts_paragraph(prev: _Line, ln: _Line, pitch: float | None, full: int) -> bool:
    if _BULLET.match(ln.text):
        return True
    before = len(prev.text.strip())
    if before < 0.7 * full or (_ENDS_SENTENCE.search(prev.text) and before < 0.85 * full):
        return True  # the lines inside a flowed paragraph are full ones
    if prev.y is not None and ln.y is not None:
        if not _same_size(prev, ln):
            return True
        gap = prev.y - ln.y
        if gap <= 0:
            return True  # back up the page: a new column or a new text box
        size = ln.size or prev.size
        if (pitch and gap > _GAP_FACTOR * pitch) or (size and gap > _GAP_SIZES * size):
            return True
    return False


def _join(parts: list[str]) -> str:
    text = parts[0]
    for part in parts[1:]:
        if len(text) >= 2 and text.endswith("-") and text[-2].isalpha() and part[:1].isalpha():
            text += part  # a word hyphenated across lines: keep the hyphen, add no space
        else:
            text += " " + part
    return text


# ---- HTML --------------------------------------------------------------------------------------

_DROP = frozenset({
    "script", "style", "noscript", "template", "head", "title", "meta", "link", "base",
    "svg", "math", "canvas", "iframe", "object", "embed", "audio", "video", "picture", "img", "input",
    "select", "datalist",
})
_BLOCKS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "blockquote", "pre",
    "dt", "dd", "caption", "figcaption", "address", "summary", "legend",
})
# block-level containers: text directly in them is a paragraph between their child blocks
_CONTAINERS = frozenset({
    "html", "body", "div", "section", "article", "main", "header", "footer", "nav", "aside",
    "form", "fieldset", "figure", "ul", "ol", "dl", "menu", "table", "thead", "tbody", "tfoot",
    "tr", "details", "dialog", "hr", "center", "hgroup", "search",
})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_BR = "\x00"  # marks a <br> inside a run of text (NUL never survives decoding)


class _Run:
    """The text a block holds between its child blocks."""

    def __init__(self, pre: bool):
        self.pre = pre
        self.parts: list[str] = []
        self.line: int | None = None

    def add(self, text: str, line: int) -> None:
        if self.line is None and (text.strip() or self.pre):
            self.line = line
        self.parts.append(text)

    def text(self) -> str:
        raw = "".join(self.parts)
        if self.pre:
            return raw.replace(_BR, "\n").strip("\n").rstrip()
        segments = (" ".join(s.split()) for s in raw.split(_BR))
        return "\n".join(s for s in segments if s)


def html_blocks(text: str) -> list[Block]:
    from bs4 import BeautifulSoup
    from bs4.element import NavigableString, PreformattedString, Tag

    soup = BeautifulSoup(text, "html.parser")
    blocks: list[Block] = []
    last_line = 1
    pre_depth = 0
    runs = [_Run(pre=False)]  # the open run of each open block, innermost last
    stack = [(soup, iter(list(soup.contents)), True)]  # (node, children, is_block)

    def flush():
        run = runs[-1]
        body = run.text()
        if body:
            blocks.append(Block(run.line or last_line, body))
        runs[-1] = _Run(run.pre)

    while stack:
        node, children, is_block = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if is_block and stack:
                flush()
                runs.pop()
                if node.name == "pre":
                    pre_depth -= 1
                flush()  # text after a child block is a new paragraph of its parent
            continue
        if isinstance(child, NavigableString):
            if not isinstance(child, PreformattedString):  # comments, doctype, CDATA, PIs
                runs[-1].add(str(child).replace(_BR, " "), last_line)
            continue
        if not isinstance(child, Tag) or _hidden(child):
            continue
        if child.sourceline:
            last_line = child.sourceline
        name = (child.name or "").lower()
        if name == "br":
            runs[-1].add(_BR, last_line)
        elif name == "table" and (grid := _html_table(child)) is not None:
            flush()
            caption_tag = child.find("caption")
            caption = " ".join(caption_tag.get_text(" ").split()) if caption_tag else ""
            if not caption and blocks and tables.looks_like_caption(blocks[-1].text):
                caption = blocks[-1].text
            for part in tables.split(grid):
                blocks.extend(Block(r.line, r.text, table=True) for r in tables.paragraphs(part, caption or None))
        elif name in _BLOCKS or name in _CONTAINERS:
            flush()
            if name == "pre":
                pre_depth += 1
            runs.append(_Run(pre=pre_depth > 0))
            stack.append((child, iter(list(child.contents)), True))
        else:
            stack.append((child, iter(list(child.contents)), False))
    flush()
    return blocks


def _hidden(tag) -> bool:
    name = (tag.name or "").lower()
    if name in _DROP:
        return True
    attrs = tag.attrs or {}
    return "hidden" in attrs or bool(_HIDDEN_STYLE.search(str(attrs.get("style", ""))))


# a colspan or rowspan past this is a broken page, not a table
_MAX_SPAN = 100


def _html_table(table) -> list | None:
    """A data table's rows (``tables.Row``, line = the row's source line), colspan and rowspan
    repeated as ``tables.Copy``; None for a table read block by block (one row, one column, a
    table inside a cell: a layout table)."""
    if table.find("table") is not None:
        return None
    rows = [tr for tr in table.find_all("tr") if not _hidden(tr)]
    if len(rows) < 2:
        return None
    grid: dict[tuple[int, int], str] = {}
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr.find_all(["td", "th"], recursive=False):
            if _hidden(cell):
                continue
            while (r, c) in grid:
                c += 1
            text = " ".join(cell.get_text(" ").split())
            width, height = _span(cell.get("colspan")), _span(cell.get("rowspan"))
            for dr in range(height):
                for dc in range(width):
                    grid[(r + dr, c + dc)] = text if dr == dc == 0 else tables.Copy(text, across=dr == 0)
            c += width
    columns = 1 + max((c for _, c in grid), default=0)
    if columns < 2 or tables.is_layout([[grid.get((r, c), "") for c in range(columns)] for r in range(len(rows))]):
        return None
    return [tables.Row(tr.sourceline or 1, [grid.get((r, c), "") for c in range(columns)])
            for r, tr in enumerate(rows)]


def _span(value) -> int:
    try:
        return max(1, min(_MAX_SPAN, int(str(value).strip())))
    except (TypeError, ValueError):
        return 1
