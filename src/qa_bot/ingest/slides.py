"""PowerPoint .pptx (python-pptx): every slide is a page.

On each slide, shapes are read top to bottom, then left to right (the order a reader's eye takes,
which the file's own shape order need not follow); the title first. Each paragraph of a text frame
is a paragraph; a table gives one paragraph per body row, each cell with its column header and the
slide's title as caption (``tables.paragraphs``); grouped shapes are read inside their group.
``page`` is the 1-based slide number and ``line`` the 1-based count of the slide's paragraphs
(table rows counted as one each) where the paragraph is. Speaker notes are not read. Runs in
a TCVN3 or VNI font become Unicode (``language.legacy_fonts``).
"""

from __future__ import annotations

import io

from qa_bot.errors import IngestError
from qa_bot.ingest import tables
from qa_bot.ingest.readers import Block, describe
from qa_bot.ingest.wordfile import check_unpacked, is_encrypted_ooxml
from qa_bot.language import legacy_fonts


def pptx_blocks(data: bytes, source: str, max_bytes: int) -> list[Block]:
    from pptx import Presentation

    if is_encrypted_ooxml(data):
        raise IngestError(source, "is password-protected; remove the password (save a copy without it) "
                                  "and index it again")
    try:
        check_unpacked(data, source, max_bytes, ".pptx")
        deck = Presentation(io.BytesIO(data))
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - zipfile, lxml and python-pptx raise many types
        raise IngestError(source, f"is not a readable PowerPoint .pptx file ({describe(exc)}); it is damaged "
                                  "or not a .pptx") from None
    blocks: list[Block] = []
    try:
        for number, slide in enumerate(deck.slides, start=1):
            blocks.extend(_slide_blocks(slide, number))
    except Exception as exc:  # noqa: BLE001
        raise IngestError(source, f"is not a readable PowerPoint .pptx file ({describe(exc)})") from None
    return blocks


def _slide_blocks(slide, page: int) -> list[Block]:
    title_shape = slide.shapes.title
    title = " ".join(title_shape.text_frame.text.split()) if title_shape is not None and title_shape.has_text_frame else ""
    shapes = _flatten(slide.shapes)
    # the title first, then the rest as they sit on the slide
    shapes.sort(key=lambda s: (s is not title_shape, s.top or 0, s.left or 0))
    out: list[Block] = []
    for shape in shapes:
        if shape.has_text_frame:
            for paragraph in shape.text_frame.paragraphs:
                text = "".join(_run_text(r) for r in paragraph.runs).strip() or paragraph.text.strip()
                if text:
                    out.append(Block(len(out) + 1, text, page))
        elif getattr(shape, "has_table", False) and shape.has_table:
            out.extend(_table_blocks(shape.table, title, page, len(out)))
    return out


def _run_text(run) -> str:
    """A run's text, in Unicode when its font is a TCVN3 or VNI one (old decks set Vietnamese so)."""
    encoding = legacy_fonts.encoding_of_font(run.font.name)
    return legacy_fonts.decode(run.text, encoding) if encoding else run.text


def _flatten(shapes) -> list:
    out = []
    for shape in shapes:
        if shape.shape_type is not None and int(shape.shape_type) == 6:  # MSO_SHAPE_TYPE.GROUP
            out.extend(_flatten(shape.shapes))
        else:
            out.append(shape)
    return out


def _table_blocks(table, title: str, page: int, before: int) -> list[Block]:
    rows = []
    for r, row in enumerate(table.rows):
        cells = []
        for c, cell in enumerate(row.cells):
            text = " ".join(cell.text.split())
            if cell.is_spanned:  # covered by a merge: repeat the merged cell's value
                row_of_origin, origin = _origin(table, r, c)
                # on the origin's own row a copy across; on the rows below a copy down
                text = tables.Copy(origin, across=row_of_origin == r)
            cells.append(text)
        rows.append(tables.Row(r + 1, cells))
    out = []
    for part in tables.split(rows):
        for row_text in tables.paragraphs(part, title or None):
            out.append(Block(before + len(out) + 1, row_text.text, page, table=True))
    return out


def _origin(table, r: int, c: int) -> tuple[int, str]:
    """(row, text) of the merge-origin cell that covers (r, c)."""
    for rr in range(r, -1, -1):
        for cc in range(c, -1, -1):
            cell = table.cell(rr, cc)
            if cell.is_merge_origin and rr + cell.span_height > r and cc + cell.span_width > c:
                return rr, " ".join(cell.text.split())
    return r, ""
