"""DOCX (and .doc .odt .rtf, which LibreOffice turns into DOCX first): paragraphs, tables, legacy fonts.

Paragraphs
    Every non-empty paragraph of the body, in document order. ``line`` is the 1-based index of the
    paragraph among all the paragraphs of the body, empty ones and those inside table cells
    included, counted in document order (a merged cell once). Headers, footers, footnotes,
    comments and text boxes are not read.

Tables
    A data table (two rows or more, two columns or more, no table inside a cell, not a two-row
    letterhead without figures: ``tables.is_layout``) gives one paragraph
    per body row (``tables.paragraphs``: each cell with its column header, and the table's caption,
    the paragraph just before the table when it starts like one, "Bảng 1. ..."); the row's ``line``
    is that of the first paragraph of its first cell. Other tables (a one-row banner, a layout
    table holding another table) are read as before: each cell's paragraphs, row by row.

Legacy Vietnamese fonts
    Text set in a TCVN3 (.VnTime, .VnTimeH...) or VNI (VNI-Times...) font is stored as Latin-1
    look-alikes ("C«ng v¨n"); each run in such a font is converted to Unicode on its own
    (``language.legacy_fonts``), since one paragraph may mix a legacy run with a Unicode one.
    A run's font is its own ``w:rFonts`` (ascii, else hAnsi), else its paragraph style's (and that
    style's bases'), else the document's default font.
"""

from __future__ import annotations

import io
import zipfile

from qa_bot.errors import IngestError
from qa_bot.ingest import tables
from qa_bot.ingest.readers import Block, describe, human_size
from qa_bot.language import legacy_fonts

# an OLE compound file: an old .doc/.xls, or an encrypted .docx/.xlsx/.pptx
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# a .docx is compressed XML: it may unpack to this many times the file size limit, no more
DOCX_UNPACK_FACTOR = 4


def docx_blocks(data: bytes, source: str, max_bytes: int) -> list[Block]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph as DocxParagraph

    if data.startswith(OLE):
        if is_encrypted_ooxml(data):
            raise IngestError(source, "is password-protected; remove the password (save a copy without it) "
                                      "and index it again")
        raise IngestError(
            source, "is an old Word .doc file saved as .docx; rename it to .doc (LibreOffice reads it) "
                    "or save it as .docx, and index it again")
    try:
        check_unpacked(data, source, max_bytes, ".docx")
        document = docx.Document(io.BytesIO(data))
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - zipfile, lxml and python-docx raise many types
        raise IngestError(source, f"is not a readable Word .docx file ({describe(exc)}); it is damaged or not a .docx") from None

    fonts = _Fonts(document)
    blocks: list[Block] = []
    counter = 0
    seen_cells: set = set()  # the cells' XML elements: kept alive, so compared by identity
    cell_text: dict = {}  # a data table's cell element -> its text, for the rows a merge repeats it on
    last_text = ""  # the last non-empty paragraph before a table: its caption, if it looks like one
    # (container, iterator) stack instead of recursion: tables may nest deeply
    stack = [iter(document.iter_inner_content())]
    try:
        while stack:
            item = next(stack[-1], None)
            if item is None:
                stack.pop()
            elif isinstance(item, DocxParagraph):
                counter += 1
                text = fonts.text(item).strip()
                if text:
                    blocks.append(Block(counter, text))
                    last_text = text
            elif isinstance(item, Table):
                rows = _data_table(item, seen_cells)
                if rows is not None:
                    grid = []
                    for row_cells in rows:
                        line = counter + 1
                        texts: list[str] = []
                        for cell, copy in row_cells:
                            if copy is None:
                                paragraphs = cell.paragraphs
                                counter += len(paragraphs)
                                text = " ".join(t for p in paragraphs if (t := fonts.text(p).strip()))
                                cell_text[cell._tc] = text
                                texts.append(text)
                            elif copy == "across":
                                texts.append(tables.Copy(texts[-1], across=True))
                            else:  # merged down: read in an earlier row, said again on this one
                                texts.append(tables.Copy(cell_text.get(cell._tc, ""), across=False))
                        grid.append(tables.Row(line, texts))
                    caption = last_text if tables.looks_like_caption(last_text) else None
                    for part in tables.split(grid):
                        blocks.extend(Block(r.line, r.text, table=True) for r in tables.paragraphs(part, caption))
                    last_text = ""
                    continue
                cells = []
                for row in item.rows:
                    for cell in row.cells:
                        if cell._tc not in seen_cells:
                            seen_cells.add(cell._tc)
                            cells.append(cell)
                stack.append(_cells_content(cells))
    except Exception as exc:  # noqa: BLE001
        raise IngestError(source, f"is not a readable Word .docx file ({describe(exc)})") from None
    return blocks


def _data_table(table, seen_cells: set):
    """The rows of a data table as [(cell, None) for a cell read here, (cell, Copy) for a merged
    cell's repeat], or None for a table to read cell by cell (one row, one column, a nested table)."""
    rows = list(table.rows)
    if len(rows) < 2:
        return None
    out = []
    above: list = []
    for row in rows:
        cells = list(row.cells)
        entry = []
        for j, cell in enumerate(cells):
            if cell.tables:
                return None
            if j and cells[j - 1]._tc is cell._tc:
                entry.append((cell, "across"))
            elif j < len(above) and above[j]._tc is cell._tc:
                entry.append((cell, "down"))
            else:
                entry.append((cell, None))
        out.append(entry)
        above = cells
    if max(len(r) for r in out) < 2:
        return None
    if tables.is_layout([[c.text for c, _ in entry] for entry in out]):
        return None
    for entry in out:
        for cell, copy in entry:
            if copy is None:
                seen_cells.add(cell._tc)
    return out


def _cells_content(cells):
    for cell in cells:
        yield from cell.iter_inner_content()


class _Fonts:
    """A paragraph's text with runs in a TCVN3 or VNI font converted to Unicode."""

    def __init__(self, document):
        self._default = None
        try:
            defaults = document.styles.element.find(
                ".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rPrDefault")
            self._default = _rfonts_name(defaults) if defaults is not None else None
        except Exception:  # noqa: BLE001 - styles.xml may be absent or odd: no default font then
            self._default = None
        self._by_style: dict = {}
        self.legacy_used = False

    def text(self, paragraph) -> str:
        style_font = self._style_font(paragraph)
        parts = []
        legacy = False
        for item in paragraph.iter_inner_content():
            runs = item.runs if hasattr(item, "runs") else [item]
            for run in runs:
                enc = legacy_fonts.encoding_of_font(_rfonts_name(run._r) or style_font)
                if enc:
                    legacy = True
                    parts.append(legacy_fonts.decode(run.text, enc))
                else:
                    parts.append(run.text)
        if not legacy:
            return paragraph.text  # exactly as before for every document without a legacy font
        self.legacy_used = True
        return "".join(parts)

    def _style_font(self, paragraph) -> str | None:
        try:
            style = paragraph.style
        except Exception:  # noqa: BLE001 - a paragraph naming a missing style
            style = None
        key = style.style_id if style is not None else None
        if key not in self._by_style:
            name = None
            seen = 0
            while style is not None and name is None and seen < 20:  # bases may loop in a broken file
                name = _rfonts_name(style.element)
                style = style.base_style
                seen += 1
            self._by_style[key] = name or self._default
        return self._by_style[key]


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _rfonts_name(element) -> str | None:
    """The font an element's (a run's, a style's) own ``w:rPr/w:rFonts`` names for Latin text."""
    rpr = element.find(f"{_W}rPr") if element.tag != f"{_W}rPr" else element
    if rpr is None:
        rpr = element.find(f".//{_W}rPr")
    if rpr is None:
        return None
    fonts = rpr.find(f"{_W}rFonts")
    if fonts is None:
        return None
    return fonts.get(f"{_W}ascii") or fonts.get(f"{_W}hAnsi")


def check_unpacked(data: bytes, source: str, max_bytes: int, what: str) -> None:
    """An Office file is compressed XML: an IngestError if it unpacks to more than
    DOCX_UNPACK_FACTOR times the file size limit (a zip bomb); zipfile's own error if not a zip."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        unpacked = sum(i.file_size for i in z.infolist())
    if unpacked > DOCX_UNPACK_FACTOR * max_bytes:
        raise IngestError(source, f"unpacks to {human_size(unpacked)}, over the "
                                  f"{human_size(DOCX_UNPACK_FACTOR * max_bytes)} limit for a {what}")


def is_encrypted_ooxml(data: bytes) -> bool:
    """A password-protected .docx/.xlsx/.pptx is an OLE compound file holding an "EncryptionInfo"
    stream (its directory names are UTF-16): not a zip at all."""
    return data.startswith(OLE) and "EncryptionInfo".encode("utf-16-le") in data
