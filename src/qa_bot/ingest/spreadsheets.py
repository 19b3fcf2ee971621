"""Spreadsheets (.xlsx by openpyxl; .xls and .ods converted to .xlsx by LibreOffice first) and .csv.

Every sheet is read as a grid of cells as the sheet shows them (``cellformat``: formulas give the
value the file holds, computed when it was last saved, ``data_only=True``; numbers in their format,
with the separators ``Settings.spreadsheet_numbers`` names).
Text in a TCVN3 or VNI font (.VnTime, VNI-Times: how old Excel files set Vietnamese) is converted
to Unicode cell by cell. A merged range repeats its value over the cells it covers (``tables.Copy``). Blank rows part the
tables of a sheet (``tables.split``); each table gives one paragraph per body row, each cell with
its column header, captioned by its title row or else by the sheet's name (``tables.paragraphs``).
A paragraph's ``line`` is its row number in the sheet and ``sheet`` the sheet's name, so a
citation reads "thu_ngan_sach.xlsx · ¶ 4 · line 5 · sheet Thu ngân sách".

A CSV file is one table: ``line`` is the file line where its row starts; no sheet.
"""

from __future__ import annotations

import csv
import io

from qa_bot.errors import IngestError
from qa_bot.ingest import tables
from qa_bot.ingest.cellformat import show
from qa_bot.ingest.readers import Block, describe
from qa_bot.ingest.wordfile import OLE, check_unpacked, is_encrypted_ooxml
from qa_bot.language import legacy_fonts
from qa_bot.language.text import nfc

_PASSWORD = "is password-protected; remove the password (save a copy without it) and index it again"


def xlsx_blocks(data: bytes, source: str, max_bytes: int, numbers: str = "en-US") -> list[Block]:
    import openpyxl

    if is_encrypted_ooxml(data):
        raise IngestError(source, _PASSWORD)
    if data.startswith(OLE):
        raise IngestError(source, "is an old Excel .xls file saved as .xlsx; rename it to .xls and index it again")
    try:
        check_unpacked(data, source, max_bytes, "spreadsheet")
        # not read_only: merged ranges are only known to a fully loaded sheet
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - zipfile, lxml and openpyxl raise many types
        raise IngestError(source, f"is not a readable Excel .xlsx file ({describe(exc)}); it is damaged or not a .xlsx") from None
    blocks: list[Block] = []
    try:
        for sheet in book.worksheets:
            blocks.extend(_sheet_blocks(sheet, numbers))
    except Exception as exc:  # noqa: BLE001
        raise IngestError(source, f"is not a readable Excel .xlsx file ({describe(exc)})") from None
    if not blocks:
        raise IngestError(source, "has no text in any sheet (every sheet is empty)")
    return blocks


def _sheet_blocks(sheet, numbers: str) -> list[Block]:
    # Only the cells the file holds: iter_rows() would make a cell for every coordinate up to
    # the sheet's stated dimension, a million rows for a sheet formatted down to its last row.
    cells = getattr(sheet, "_cells", None)
    present = cells.values() if isinstance(cells, dict) else (c for row in sheet.iter_rows() for c in row)
    grid: dict[tuple[int, int], str] = {}
    for cell in present:
        if cell.value is not None:
            text = show(cell.value, cell.number_format, numbers).strip()
            if isinstance(cell.value, str) and text:
                text = _unlegacy(text, cell)
            if text:
                grid[(cell.row, cell.column)] = text
    if not grid:
        return []
    last_row = max(r for r, _ in grid)
    last_col = max(c for _, c in grid)
    for merged in sheet.merged_cells.ranges:
        value = grid.get((merged.min_row, merged.min_col), "")
        if not value:
            continue
        # a merge reaching past the last value (a title merged over A1:XFD1) is filled up to it only
        for r in range(merged.min_row, min(merged.max_row, last_row) + 1):
            for c in range(merged.min_col, min(merged.max_col, last_col) + 1):
                if (r, c) != (merged.min_row, merged.min_col):
                    # the top row of the range repeats across; the rows below repeat it down
                    grid[(r, c)] = tables.Copy(value, across=(r == merged.min_row))
    columns = sorted({c for _, c in grid})
    rows: list[tables.Row] = []
    previous = None
    for r in sorted({r for r, _ in grid}):
        if previous is not None and r > previous + 1:
            rows.append(tables.Row(previous + 1, []))  # the blank rows between: a table ends there
        rows.append(tables.Row(r, [grid.get((r, c), "") for c in columns]))
        previous = r
    name = sheet.title.strip()
    return [Block(r.line, r.text, sheet=name, table=True)
            for part in tables.split(rows) for r in tables.paragraphs(part, name)]


def _unlegacy(text: str, cell) -> str:
    """Text in a TCVN3 or VNI font (old Excel files set Vietnamese so) becomes Unicode."""
    try:
        font = cell.font.name if cell.font is not None else None
    except Exception:  # noqa: BLE001 - a style openpyxl cannot resolve: no font then
        font = None
    encoding = legacy_fonts.encoding_of_font(font)
    return nfc(legacy_fonts.decode(text, encoding)) if encoding else text


def csv_blocks(text: str, source: str) -> list[Block]:
    """A decoded CSV file: one table (delimiter sniffed among , ; tab |)."""
    sample = text[:20_000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    rows = []
    try:
        for cells in reader:
            # reader.line_num is the line the row ends on; a quoted cell may span lines
            rows.append(tables.Row(reader.line_num, cells))
    except csv.Error as exc:
        raise IngestError(source, f"is not a readable CSV file ({exc})") from None
    # where each row starts: one past where the previous row ended
    starts = [1] + [r.line + 1 for r in rows[:-1]]
    rows = [tables.Row(start, r.cells) for start, r in zip(starts, rows)]
    blocks = [Block(r.line, r.text, table=True) for part in tables.split(rows) for r in tables.paragraphs(part)]
    if not blocks:
        raise IngestError(source, "has no text")
    return blocks
