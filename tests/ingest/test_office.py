"""Office documents, made at test time by the real libraries (openpyxl, python-docx, LibreOffice),
read by the real readers and indexed with the real model: tables as rows with their headers,
spreadsheets cited by sheet, legacy-font Word files in Unicode, and every file left out named with
its reason. Every answer is checked verbatim by conftest.py.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn

from qa_bot import IngestError, QABot, Settings
from qa_bot.cli import files_summary
from qa_bot.ingest import boilerplate
from qa_bot.ingest.documents import SourceFile, read_document
from qa_bot.language.legacy_fonts import encode
from qa_bot.store.index import current_generation
from qa_bot.types import Paragraph

ROOT = Path(__file__).resolve().parents[2]
OFFICE_SET = ROOT / "eval" / "sets" / "office" / "docs"
needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed (make office)")


def read(path: Path):
    return read_document(SourceFile(path, path.name), Settings())


def soffice_roundtrip(path: Path, fmt: str, tmp: Path) -> Path:
    """LibreOffice opens the file and saves it again: formulas get the value they compute."""
    out = tmp / "roundtrip"
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp / 'lo-profile').as_uri()}", "--headless",
                    "--convert-to", fmt, "--outdir", str(out), str(path)], check=True, capture_output=True, timeout=180)
    return out / (path.stem + "." + fmt)


def budget_xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Thu ngân sách"
    ws["A1"] = "Kết quả thu ngân sách nhà nước năm 2023"
    ws.merge_cells("A1:D1")  # a title row over the table
    ws.append(["Huyện", "Dự toán (tỷ đồng)", "Thực hiện (tỷ đồng)", "Tỷ lệ"])
    ws.append(["Huyện Tân Phước", 612.5, 648.2, "=C3/B3"])
    ws.append(["Huyện Yên Hòa", 574.8, 551.7, "=C4/B4"])
    ws.append(["Tổng cộng", "=SUM(B3:B4)", "=SUM(C3:C4)", "=C5/B5"])
    for r in range(3, 6):
        ws.cell(r, 2).number_format = ws.cell(r, 3).number_format = "#,##0.0"
        ws.cell(r, 4).number_format = "0.0%"
    ws2 = wb.create_sheet("Ghi chú")
    ws2.append(["Người lập", "Ngày lập"])
    ws2.append(["Nguyễn Thị Lan Phương", "15/01/2024"])
    wb.save(path)
    return path


@needs_soffice
def test_xlsx_title_header_formula_rows_with_sheet_and_an_answer(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    made = soffice_roundtrip(budget_xlsx(tmp_path / "thu_ngan_sach.xlsx"), "xlsx", tmp_path)
    shutil.copy(made, folder / "thu_ngan_sach.xlsx")
    doc = read(folder / "thu_ngan_sach.xlsx")
    got = [(p.number, p.line, p.sheet, p.text) for p in doc.paragraphs]
    title = "Kết quả thu ngân sách nhà nước năm 2023 — "
    assert got == [
        (1, 3, "Thu ngân sách", title + "Huyện: Huyện Tân Phước; Dự toán (tỷ đồng): 612.5; "
                                        "Thực hiện (tỷ đồng): 648.2; Tỷ lệ: 105.8%"),
        (2, 4, "Thu ngân sách", title + "Huyện: Huyện Yên Hòa; Dự toán (tỷ đồng): 574.8; "
                                        "Thực hiện (tỷ đồng): 551.7; Tỷ lệ: 96.0%"),
        # formulas give the value LibreOffice computed and saved, in the cell's number format (en-US
        # separators by default, as Excel and LibreOffice show a sheet out of the box)
        (3, 5, "Thu ngân sách", title + "Huyện: Tổng cộng; Dự toán (tỷ đồng): 1,187.3; "
                                        "Thực hiện (tỷ đồng): 1,199.9; Tỷ lệ: 101.1%"),
        # a sheet without a title row is captioned by its name
        (4, 2, "Ghi chú", "Ghi chú — Người lập: Nguyễn Thị Lan Phương; Ngày lập: 15/01/2024"),
    ]
    assert all(p.citable for p in doc.paragraphs)
    # numbers as a Vietnamese locale shows them, when asked for
    vi = read_document(SourceFile(folder / "thu_ngan_sach.xlsx", "thu_ngan_sach.xlsx"), Settings(spreadsheet_numbers="vi"))
    assert "Dự toán (tỷ đồng): 1.187,3; Thực hiện (tỷ đồng): 1.199,9; Tỷ lệ: 101,1%" in vi.paragraphs[2].text

    bot = QABot.build([folder], index_dir=tmp_path / "idx")
    answer = bot.ask("Huyện Tân Phước thực hiện thu ngân sách được bao nhiêu tỷ đồng?")
    assert not answer.abstained
    first = answer.citations[0]
    assert (first.source, first.paragraph, first.line, first.sheet) == ("thu_ngan_sach.xlsx", 1, 3, "Thu ngân sách")
    assert "Huyện Tân Phước" in first.quote and "Thực hiện (tỷ đồng): 648.2" in first.quote
    assert first.label == "thu_ngan_sach.xlsx · ¶ 1 · line 3 · sheet Thu ngân sách"

    # an index written before paragraphs had a sheet (five fields a paragraph) still loads
    gen = current_generation(tmp_path / "idx")
    store = json.loads((gen / "store.json").read_text(encoding="utf-8"))
    for d in store["documents"]:
        d["paragraphs"] = [row[:5] for row in d["paragraphs"]]
    (gen / "store.json").write_text(json.dumps(store, ensure_ascii=False), encoding="utf-8")
    manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"]["store.json"] = hashlib.sha256((gen / "store.json").read_bytes()).hexdigest()
    (gen / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    old = QABot.load(tmp_path / "idx")
    assert old.index.paragraph("thu_ngan_sach.xlsx", 1).sheet is None
    answer = old.ask("Huyện Tân Phước thực hiện thu ngân sách được bao nhiêu tỷ đồng?")
    assert answer.citations[0].label == "thu_ngan_sach.xlsx · ¶ 1 · line 3"


def test_docx_table_with_two_header_rows_a_merged_header_and_a_caption(tmp_path):
    d = docx.Document()
    d.add_paragraph("Công tác đánh giá được thực hiện thực chất hơn trong năm 2023.")       # line 1
    d.add_paragraph("Bảng 2. Kết quả đánh giá, xếp loại tổ chức cơ sở đảng năm 2023")     # line 2
    t = d.add_table(rows=4, cols=4)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "Đơn vị"          # merged down over both header rows
    t.cell(0, 1).merge(t.cell(0, 3)).text = "Kết quả đánh giá"  # merged across three columns
    for c, text in enumerate(["Hoàn thành xuất sắc", "Hoàn thành tốt", "Không hoàn thành"], start=1):
        t.cell(1, c).text = text
    for r, row in enumerate([["Huyện Tân Phước", "11", "45", "2"], ["Huyện Yên Hòa", "13", "1.234,5", "0"]], start=2):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.add_paragraph("Trong năm không có tổ chức cơ sở đảng nào bị giải thể.")
    d.save(tmp_path / "danh_gia.docx")
    doc = read(tmp_path / "danh_gia.docx")
    caption = "Bảng 2. Kết quả đánh giá, xếp loại tổ chức cơ sở đảng năm 2023"
    group = "Kết quả đánh giá / "
    assert [(p.number, p.text) for p in doc.paragraphs] == [
        (1, "Công tác đánh giá được thực hiện thực chất hơn trong năm 2023."),
        (2, caption),
        (3, f"{caption} — Đơn vị: Huyện Tân Phước; {group}Hoàn thành xuất sắc: 11; {group}Hoàn thành tốt: 45; "
            f"{group}Không hoàn thành: 2"),
        # a figure written the Vietnamese way stays exactly as written
        (4, f"{caption} — Đơn vị: Huyện Yên Hòa; {group}Hoàn thành xuất sắc: 13; {group}Hoàn thành tốt: 1.234,5; "
            f"{group}Không hoàn thành: 0"),
        (5, "Trong năm không có tổ chức cơ sở đảng nào bị giải thể."),
    ]
    # lines count every body paragraph, cells included, a merged cell once: the header rows hold
    # five cells (lines 3-7), so the first body row starts on line 8, the next four lines on
    assert [p.line for p in doc.paragraphs] == [1, 2, 8, 12, 16]


def _legacy_docx(path: Path, font: str, encoding: str, lines: list[str], style_font: bool) -> Path:
    d = docx.Document()
    if style_font:  # the font comes from the Normal style, not the runs
        normal = d.styles["Normal"]
        normal.font.name = font
        normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hAnsi"), font)
    for line in lines:
        p = d.add_paragraph()
        run = p.add_run(encode(line, encoding))
        if not style_font:
            run.font.name = font
    p = d.add_paragraph()
    p.add_run("Mã số: ")
    mixed = p.add_run(encode("Công văn hỏa tốc", encoding))
    mixed.font.name = font
    p.runs[0].font.name = "Times New Roman"  # one paragraph, a Unicode run and a legacy run
    d.save(path)
    return path


@pytest.mark.parametrize("font,encoding,style_font", [
    (".VnTime", "tcvn3", False), (".VnTime", "tcvn3", True), ("VNI-Times", "vni", False)])
def test_legacy_font_docx_becomes_unicode(tmp_path, font, encoding, style_font):
    # no toned capital: a TCVN3 lowercase font (.VnTime) has none, it shows "Ủ" as "ủ"
    lines = ["Đề nghị các xã báo cáo thiệt hại do cơn bão số 3 trước ngày 15 tháng 9 năm 2023.",
             "Tổng thiệt hại khoảng 27,6 tỷ đồng; 143 ngôi nhà bị tốc mái, 612 ha lúa bị ngập úng."]
    path = _legacy_docx(tmp_path / "cong_van.docx", font, encoding, lines, style_font)
    raw = docx.Document(path).paragraphs[0].text
    assert raw != lines[0] and "ư" not in raw  # python-docx alone gives the look-alikes
    texts = [p.text for p in read(path).paragraphs]
    assert texts == lines + ["Mã số: Công văn hỏa tốc"]


def test_folder_lists_every_file_left_out_with_its_reason(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "ghi_chu.xyz").write_text("ghi chú riêng", encoding="utf-8")
    (folder / "trong.txt").write_bytes(b"")
    (folder / "hong.docx").write_bytes(b"PK\x03\x04 this zip was cut short")
    (folder / "bao_cao.txt").write_text(
        "Năm 2023, toàn huyện giải quyết đúng hạn 98,6% hồ sơ thủ tục hành chính được tiếp nhận.\n", encoding="utf-8")
    sources = ["bao_cao.txt"]
    if (OFFICE_SET / "mat_khau.xlsx").is_file():  # a real password-protected workbook (eval/sets/office)
        shutil.copy(OFFICE_SET / "mat_khau.xlsx", folder / "mat_khau.xlsx")
    bot = QABot.build([folder], index_dir=tmp_path / "idx")
    assert [d.source for d in bot.index.documents] == sources
    reasons = {e.source: e.reason for e in bot.report.skipped}
    assert reasons["ghi_chu.xyz"].startswith("unsupported format .xyz")
    assert reasons["trong.txt"] == "is empty"
    assert "not a readable Word .docx" in reasons["hong.docx"]
    if "mat_khau.xlsx" in reasons:
        assert reasons["mat_khau.xlsx"].startswith("is password-protected")
    assert len(reasons) == len(list(folder.iterdir())) - len(sources)  # nothing left out in silence
    assert bot.left_out == bot.report.skipped
    # kept with the index: a bot loaded from it (the UI's `qa-bot serve`) lists them too
    loaded = QABot.load(tmp_path / "idx")
    assert [(e.source, e.reason) for e in loaded.left_out] == [(e.source, e.reason) for e in bot.report.skipped]
    # the UI's file panel lists them with their reasons
    from qa_bot.ui.render import stats_html
    panel = stats_html(loaded.stats(), loaded.index.documents, left_out=loaded.left_out)
    assert "left out (3" in panel or "left out (4" in panel
    assert "ghi_chu.xyz" in panel and "is empty" in panel
    # an upload that reads a file well takes it off the list
    (folder / "trong.txt").write_text("Huyện Tân Phước tiếp nhận 4.127 hồ sơ thủ tục hành chính trong quý III.\n",
                                      encoding="utf-8")
    loaded.add([folder / "trong.txt"])
    assert "trong.txt" not in {e.source for e in loaded.left_out}
    assert "trong.txt" not in {e.source for e in QABot.load(tmp_path / "idx").left_out}
    summary = files_summary(bot.report)
    assert summary.startswith(f"indexed 1 of {1 + len(reasons)} files; left out: ")
    assert "ghi_chu.xyz (unsupported format .xyz)" in summary and "trong.txt (is empty)" in summary


@needs_soffice
def test_libreoffice_formats_convert_in_one_batch(tmp_path):
    """.odt (→ .docx) and .ods (→ .xlsx) made by LibreOffice from python-docx/openpyxl files."""
    d = docx.Document()
    d.add_paragraph("Xã Thạch Long đạt 19 tiêu chí nông thôn mới nâng cao trong năm 2023.")
    d.save(tmp_path / "bao_cao.docx")
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(soffice_roundtrip(tmp_path / "bao_cao.docx", "odt", tmp_path), folder / "bao_cao.odt")
    shutil.copy(soffice_roundtrip(budget_xlsx(tmp_path / "so_lieu.xlsx"), "ods", tmp_path), folder / "so_lieu.ods")
    (folder / "hong.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    bot = QABot.build([folder], index_dir=tmp_path / "idx")
    docs = {d.source: d for d in bot.index.documents}
    assert docs["bao_cao.odt"].format == "odt"
    assert docs["bao_cao.odt"].paragraphs[0].text == "Xã Thạch Long đạt 19 tiêu chí nông thôn mới nâng cao trong năm 2023."
    assert "Dự toán (tỷ đồng): 1,187.3" in docs["so_lieu.ods"].paragraphs[2].text
    assert docs["so_lieu.ods"].paragraphs[2].sheet == "Thu ngân sách"
    [bad] = bot.report.skipped
    assert bad.source == "hong.doc" and "could not be converted by LibreOffice" in bad.reason


PROSE = ("Trong quý III năm 2023, sản xuất nông nghiệp của huyện tiếp tục phát triển ổn định; diện tích lúa "
         "mùa, năng suất lúa và tổng đàn lợn được tổng hợp theo báo cáo của các xã, thị trấn gửi về huyện.")


def test_text_pdf_table_rows_with_their_headers(tmp_path):
    """reportlab draws a table cell by cell: pypdf gives each cell as a line, a row's on one baseline."""
    import matplotlib
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph as RLParagraph
    from reportlab.platypus import SimpleDocTemplate, Table

    font = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(font)))
    style = ParagraphStyle("body", fontName="DejaVuSans", fontSize=11, leading=15, spaceAfter=10)
    table = Table([["Chỉ tiêu", "Đơn vị", "Quý III/2023"], ["Diện tích lúa mùa", "ha", "7.845"],
                   ["Tổng đàn lợn", "con", "48.630"]])
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), "DejaVuSans")])
    SimpleDocTemplate(str(tmp_path / "quy3.pdf"), pagesize=A4).build([
        RLParagraph(PROSE, style),
        RLParagraph("Bảng: Kết quả sản xuất nông nghiệp quý III năm 2023", style), table])
    texts = [p.text for p in read(tmp_path / "quy3.pdf").paragraphs]
    caption = "Bảng: Kết quả sản xuất nông nghiệp quý III năm 2023"
    assert texts == [PROSE, caption,
                     f"{caption} — Chỉ tiêu: Diện tích lúa mùa; Đơn vị: ha; Quý III/2023: 7.845",
                     f"{caption} — Chỉ tiêu: Tổng đàn lợn; Đơn vị: con; Quý III/2023: 48.630"]


def test_text_pdf_table_whose_cells_wrap_keeps_its_headers(tmp_path):
    """A report's table as Word or reportlab draws it: header cells on two lines ("Dư nợ (tỷ" / "đồng)"),
    a long label wrapped, figures right-aligned and centred in their row. pypdf gives each cell's lines
    one after the other: each row is still one paragraph, each value beside its whole header."""
    import matplotlib
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph as RLParagraph
    from reportlab.platypus import SimpleDocTemplate, Table

    font = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(font)))
    style = ParagraphStyle("body", fontName="DejaVuSans", fontSize=11, leading=15, spaceAfter=10)
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=9.5, leading=12)
    header = [RLParagraph(h, cell) for h in ("Chương trình cho vay", "Dư nợ (tỷ đồng)", "Số khách hàng còn dư nợ")]
    table = Table([header,
                   [RLParagraph("Cho vay hộ nghèo", cell), "1.186,4", "24.315"],
                   [RLParagraph("Cho vay nước sạch và vệ sinh môi trường nông thôn", cell), "874,9", "39.513"],
                   [RLParagraph("Tổng cộng", cell), "2.061,3", "63.828"]],
                  colWidths=[5 * cm, 2.2 * cm, 2.6 * cm])
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), "DejaVuSans"), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                    ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    caption = "Bảng 1. Dư nợ các chương trình tín dụng chính sách"
    SimpleDocTemplate(str(tmp_path / "tin_dung.pdf"), pagesize=A4).build(
        [RLParagraph(PROSE, style), RLParagraph(caption, style), table])
    texts = [p.text for p in read(tmp_path / "tin_dung.pdf").paragraphs]
    head = f"{caption} — Chương trình cho vay: "
    assert texts == [PROSE, caption,
                     head + "Cho vay hộ nghèo; Dư nợ (tỷ đồng): 1.186,4; Số khách hàng còn dư nợ: 24.315",
                     head + "Cho vay nước sạch và vệ sinh môi trường nông thôn; Dư nợ (tỷ đồng): 874,9; "
                            "Số khách hàng còn dư nợ: 39.513",
                     head + "Tổng cộng; Dư nợ (tỷ đồng): 2.061,3; Số khách hàng còn dư nợ: 63.828"]


def test_without_libreoffice_the_file_says_how_to_install_it(tmp_path, monkeypatch):
    d = docx.Document()
    d.add_paragraph("Kế hoạch cải cách hành chính năm 2024 của huyện Tân Phước.")
    d.save(tmp_path / "ke_hoach.docx")
    (tmp_path / "ke_hoach.doc").write_bytes((tmp_path / "ke_hoach.docx").read_bytes())
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # no soffice on this PATH
    with pytest.raises(IngestError) as err:
        read(tmp_path / "ke_hoach.doc")
    assert "install LibreOffice: make office" in err.value.reason


def test_pptx_slides_are_pages_and_a_table_reads_by_row(tmp_path):
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])  # title and content
    slide.shapes.title.text = "Kết quả nổi bật năm 2023"
    slide.placeholders[1].text_frame.text = "Tổng giá trị sản xuất đạt 9.842,6 tỷ đồng, tăng 8,3% so với năm 2022"
    slide = deck.slides.add_slide(deck.slide_layouts[5])  # title only
    slide.shapes.title.text = "Một số chỉ tiêu chủ yếu năm 2023"
    table = slide.shapes.add_table(3, 3, Inches(0.5), Inches(2), Inches(9), Inches(2)).table
    for r, row in enumerate([["Chỉ tiêu", "Kế hoạch", "Thực hiện"], ["Sản lượng lương thực (tấn)", "52.000", "53.418"],
                             ["Tỷ lệ che phủ rừng (%)", "42,0", "42,6"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    deck.save(tmp_path / "tong_ket.pptx")
    doc = read(tmp_path / "tong_ket.pptx")
    title = "Một số chỉ tiêu chủ yếu năm 2023"
    assert [(p.page, p.line, p.text) for p in doc.paragraphs] == [
        (1, 1, "Kết quả nổi bật năm 2023"),
        (1, 2, "Tổng giá trị sản xuất đạt 9.842,6 tỷ đồng, tăng 8,3% so với năm 2022"),
        (2, 1, title),
        (2, 2, f"{title} — Chỉ tiêu: Sản lượng lương thực (tấn); Kế hoạch: 52.000; Thực hiện: 53.418"),
        (2, 3, f"{title} — Chỉ tiêu: Tỷ lệ che phủ rừng (%); Kế hoạch: 42,0; Thực hiện: 42,6"),
    ]


def test_csv_and_html_tables_read_by_row(tmp_path):
    (tmp_path / "chi_tieu.csv").write_text(
        'Đơn vị;Chỉ tiêu tuyển quân (người);Diện tích trồng rừng (ha)\n'
        'Huyện Phú Thịnh;91;"1.052,3"\n\nHuyện Thạch Bình;94;"1.287,5"\n', encoding="utf-8")
    got = [(p.line, p.text) for p in read(tmp_path / "chi_tieu.csv").paragraphs]
    # a blank line parts two tables: the row after it has no header of its own to pair with
    assert got == [(2, "Đơn vị: Huyện Phú Thịnh; Chỉ tiêu tuyển quân (người): 91; Diện tích trồng rừng (ha): 1.052,3"),
                   (4, "Huyện Thạch Bình; 94; 1.287,5")]
    (tmp_path / "bang.html").write_text(
        "<p>Bảng 2. Kết quả đánh giá năm 2023</p>\n<table>\n"
        "<tr><th rowspan=2>Đơn vị</th><th colspan=2>Kết quả đánh giá</th></tr>\n"
        "<tr><th>Hoàn thành tốt</th><th>Không hoàn thành</th></tr>\n"
        "<tr><td>Huyện Hà Lộc</td><td>1.234</td><td>12</td></tr>\n</table>\n", encoding="utf-8")
    got = [(p.line, p.text) for p in read(tmp_path / "bang.html").paragraphs]
    assert got == [(1, "Bảng 2. Kết quả đánh giá năm 2023"),
                   (5, "Bảng 2. Kết quả đánh giá năm 2023 — Đơn vị: Huyện Hà Lộc; Kết quả đánh giá / Hoàn thành tốt: "
                       "1.234; Kết quả đánh giá / Không hoàn thành: 12")]


def test_a_letterhead_table_is_read_cell_by_cell(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "ỦY BAN NHÂN DÂN HUYỆN TÂN PHƯỚC", (0, 1): "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         (1, 0): "Số: 38/KH-UBND", (1, 1): "Tân Phước, ngày 10 tháng 01 năm 2024"}.items():
        t.cell(r, c).text = text
    d.add_paragraph("Thực hiện Kế hoạch cải cách hành chính năm 2024 của Ủy ban nhân dân tỉnh.")
    d.save(tmp_path / "ke_hoach.docx")
    assert [p.text for p in read(tmp_path / "ke_hoach.docx").paragraphs] == [
        "ỦY BAN NHÂN DÂN HUYỆN TÂN PHƯỚC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 38/KH-UBND",
        "Tân Phước, ngày 10 tháng 01 năm 2024", "Thực hiện Kế hoạch cải cách hành chính năm 2024 của Ủy ban nhân dân tỉnh."]


def test_tcvn3_cells_of_an_old_workbook_become_unicode(tmp_path):
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    for r, row in enumerate([["Họ và tên", "Chức vụ"], ["Nguyễn Văn Hùng", "Chánh Văn phòng"]], start=1):
        for c, text in enumerate(row, start=1):
            ws.cell(r, c, encode(text, "tcvn3")).font = Font(name=".VnTime")
    wb.save(tmp_path / "can_bo.xlsx")
    [row] = read(tmp_path / "can_bo.xlsx").paragraphs
    assert row.text == "Danh sách — Họ và tên: Nguyễn Văn Hùng; Chức vụ: Chánh Văn phòng"


def _paragraphs(lines: list[str], table: tuple[int, ...] = ()) -> tuple[Paragraph, ...]:
    return tuple(Paragraph("f.docx", i, i, t, table=i in table) for i, t in enumerate(lines, start=1))


def test_an_administrative_documents_heading_labels_every_paragraph_below_it():
    letter = _paragraphs(["UBND TỈNH BẮC HÀ", "SỞ Y TẾ", "Số: 1873/SYT-NVY",
                          "V/v triển khai chiến dịch tiêm vắc xin sởi - rubella năm 2023",
                          "Kính gửi: Trung tâm Y tế các huyện, thị xã, thành phố.",
                          "Đối tượng của chiến dịch là 28.640 trẻ chưa được tiêm đủ mũi.",
                          "Bảng 1 — Xã: Lâm Phú; Số trẻ: 219"], table=(7,))
    assert boilerplate.letterhead(letter) == [1, 2, 3, 4]
    assert boilerplate.labels(letter) == {n: (1, 2, 3, 4) for n in (5, 6, 7)}


def test_a_page_with_no_document_number_or_subject_line_has_no_heading_to_read_under():
    news = _paragraphs(["Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023",
                        "Sáng 15/1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2023."])
    assert boilerplate.letterhead(news) == [] and boilerplate.labels(news) == {}


def test_a_wide_tables_row_is_quoted_whole_for_its_last_cell(tmp_path):
    """A long row is one quotable sentence: cut at its semicolons like officialese, its later cells were quoted
    without the unit they belong to."""
    header = ["Đơn vị", "Số người hưởng trợ cấp thất nghiệp năm 2023 (người)",
              "Số người hưởng trợ cấp thất nghiệp năm 2024 (người)",
              "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ năm 2023 (%)",
              "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ năm 2024 (%)"]
    units = [["Thành phố Phước Hải", "2.415", "2.186", "41,26", "43,08"], ["Huyện Lũng Pa", "126", "139", "17,35", "19,02"],
             ["Huyện Kỳ Xuyên", "573", "548", "27,63", "29,41"]]
    d = docx.Document()
    d.add_paragraph("Chính sách bảo hiểm thất nghiệp được thực hiện kịp thời; số liệu theo từng đơn vị tại Bảng 2.")
    d.add_paragraph("Bảng 2. Trợ cấp thất nghiệp và lao động qua đào tạo năm 2023, 2024")
    t = d.add_table(rows=1 + len(units), cols=len(header))
    for i, row in enumerate([header, *units]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.save(tmp_path / "lao_dong.docx")
    bot = QABot.build([tmp_path / "lao_dong.docx"], index_dir=tmp_path / "index")
    a = bot.ask("Năm 2024 tỷ lệ lao động qua đào tạo có bằng cấp của huyện Lũng Pa là bao nhiêu?")
    assert not a.abstained
    quote = a.citations[0].quote
    assert quote == bot.index.paragraph(a.citations[0].source, a.citations[0].paragraph).text
    assert "Huyện Lũng Pa" in quote and "19,02" in quote
