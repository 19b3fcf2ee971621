#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the held-out Vietnamese office folder docs/ from office_content.py.

    .venv/bin/pip install msoffcrypto-tool && .venv/bin/python eval/scripts/office/make_office.py

Deterministic in content; byte-identical for everything except the files that
LibreOffice writes as OLE binaries (.doc, .xls) and the encrypted mat_khau.xlsx
(random salt). Zip containers get fixed entry times and fixed metadata dates.
Needs: python-docx openpyxl python-pptx reportlab msoffcrypto-tool (in .venv),
LibreOffice (/usr/bin/soffice), qa_bot.language.legacy_fonts (the encoder).
"""
import csv
import io
import json
import random
import shutil
import sys
import tempfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from qa_bot.language.legacy_fonts import decode, encode  # noqa: E402
import office_content as C  # noqa: E402

from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Font  # noqa: E402
from pptx import Presentation  # noqa: E402
from pptx.util import Inches, Pt as PPt  # noqa: E402

OUT = HERE.parents[1] / "sets" / "office" / "docs"
from docmaker import (  # noqa: E402
    soffice_convert,
    normalize_zip,
    normalize_rtf,
    normalize_ole_times,
    run_font,
    para,
    simple_table,
    new_doc,
    save_docx,
    fixed_wb_props,
    FIXED_DT,
)


# ------------------------------------------------------------------ 1. docx report
def make_dang_docx(path: Path):
    D = C.DANG_DOCX
    doc = new_doc()
    for h in D["header"]:
        para(doc, h, bold=True, center=True)
    para(doc, D["title"], bold=True, center=True)
    para(doc, D["subtitle"], bold=True, center=True)
    for t in D["paras_before"]:
        para(doc, t)
    para(doc, D["t1_caption"], bold=True, center=True)
    rows = C.dang_t1_rows()
    simple_table(doc, D["t1_header"], rows)
    for t in D["paras_between"]:
        para(doc, t)
    para(doc, D["t2_caption"], bold=True, center=True)
    rows2 = C.dang_t2_rows()
    t = doc.add_table(rows=2 + len(rows2), cols=6)
    t.style = "Table Grid"
    h1, h2 = D["t2_header1"], D["t2_header2"]
    t.cell(0, 0).text = h1[0]
    t.cell(0, 1).text = h1[1]
    t.cell(0, 2).text = h1[2]
    for j, s in enumerate(h2):
        t.cell(1, 2 + j).text = s
    a = t.cell(0, 0).merge(t.cell(1, 0))     # "Đơn vị" spans both header rows
    b = t.cell(0, 1).merge(t.cell(1, 1))     # "Tổng số được đánh giá" too
    c = t.cell(0, 2).merge(t.cell(0, 5))     # "Kết quả đánh giá" over 4 columns
    for cell in (a, b, c):
        # drop the empty paragraphs merge() carries over, keep the label
        for p in cell.paragraphs[1:]:
            if not p.text:
                p._element.getparent().remove(p._element)
    for i in range(2):
        for cell in t.rows[i].cells:
            for p in cell.paragraphs:
                for r in p.runs:
                    r.bold = True
    for i, row in enumerate(rows2, start=2):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    for i, tx in enumerate(D["paras_after"]):
        sign = i >= 3  # signature block: K/T TRƯỞNG BAN, PHÓ TRƯỞNG BAN..., name
        para(doc, tx, bold=sign, center=sign, italic=i == 2)
    save_docx(doc, path)


# ------------------------------------------------------------------ 2. xlsx
def make_ngan_sach_xlsx(path_tmp: Path):
    wb = openpyxl.Workbook()
    fixed_wb_props(wb)
    ws = wb.active
    ws.title = "Thu ngân sách"
    ws["A1"] = C.NS_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A1:D1")
    for j, h in enumerate(C.NS_HEADER, start=1):
        c = ws.cell(row=2, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    r = 3
    for unit, du_toan, thuc_hien in C.NS_ROWS:
        ws.cell(row=r, column=1, value=unit)
        ws.cell(row=r, column=2, value=du_toan).number_format = C.NS_FMT_MONEY
        ws.cell(row=r, column=3, value=thuc_hien).number_format = C.NS_FMT_MONEY
        ws.cell(row=r, column=4, value=round(thuc_hien / du_toan, 4)).number_format = C.NS_FMT_PCT
        r += 1
    last = r - 1
    ws.cell(row=r, column=1, value="Tổng cộng").font = Font(bold=True)
    ws.cell(row=r, column=2, value=f"=SUM(B3:B{last})").number_format = C.NS_FMT_MONEY
    ws.cell(row=r, column=3, value=f"=SUM(C3:C{last})").number_format = C.NS_FMT_MONEY
    ws.cell(row=r, column=4, value=f"=C{r}/B{r}").number_format = C.NS_FMT_PCT
    for col, w in zip("ABCD", (24, 18, 20, 12)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Chỉ tiêu")
    ws2["A1"] = C.CT_TITLE1
    ws2["A1"].font = Font(bold=True)
    ws2.merge_cells("A1:C1")
    for j, h in enumerate(C.CT_HEADER1, start=1):
        ws2.cell(row=2, column=j, value=h).font = Font(bold=True)
    r = 3
    for name, unit, v in C.CT_ROWS1:
        ws2.cell(row=r, column=1, value=name)
        ws2.cell(row=r, column=2, value=unit)
        ws2.cell(row=r, column=3, value=v).number_format = C.NS_FMT_MONEY
        r += 1
    r += 1  # one blank row between the two tables
    ws2.cell(row=r, column=1, value=C.CT_TITLE2).font = Font(bold=True)
    ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    r += 1
    for j, h in enumerate(C.CT_HEADER2, start=1):
        ws2.cell(row=r, column=j, value=h).font = Font(bold=True)
    r += 1
    for name, v in C.CT_ROWS2:
        ws2.cell(row=r, column=1, value=name)
        ws2.cell(row=r, column=2, value=v).number_format = C.NS_FMT_MONEY
        r += 1
    for col, w in zip("ABC", (34, 22, 16)):
        ws2.column_dimensions[col].width = w
    wb.save(path_tmp)


# ------------------------------------------------------------------ 3. .doc source
def make_ke_hoach_docx(path: Path):
    D = C.KH_DOC
    doc = new_doc()
    for h in D["header"]:
        para(doc, h, bold=True, center=True)
    para(doc, D["title"], bold=True, center=True)
    para(doc, D["subtitle"], bold=True, center=True)
    for t in D["paras_before"]:
        para(doc, t)
    simple_table(doc, D["table_header"], D["table_rows"])
    for i, t in enumerate(D["paras_after"]):
        para(doc, t, bold=i > 0, center=i > 0)
    save_docx(doc, path)


# ------------------------------------------------------------------ 4. .xls source
def make_can_bo_xlsx(path: Path):
    wb = openpyxl.Workbook()
    fixed_wb_props(wb)
    ws = wb.active
    ws.title = "Danh sách"
    ws["A1"] = C.CB_TITLE
    ws["A1"].font = Font(bold=True)
    ws.merge_cells("A1:D1")
    for j, h in enumerate(C.CB_HEADER, start=1):
        ws.cell(row=2, column=j, value=h).font = Font(bold=True)
    for i, (name, cv, dv, ns) in enumerate(C.CB_ROWS, start=3):
        ws.cell(row=i, column=1, value=name)
        ws.cell(row=i, column=2, value=cv)
        ws.cell(row=i, column=3, value=dv)
        ws.cell(row=i, column=4, value=ns).number_format = "0"
    for col, w in zip("ABCD", (24, 22, 32, 10)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ------------------------------------------------------------------ 5. TCVN3 docx
def make_cv245_docx(path: Path):
    doc = new_doc(font=".VnTime")
    for kind, payload in C.CV245:
        p = doc.add_paragraph()
        if kind == "H":
            enc = encode(payload, "tcvn3_upper")
            assert decode(enc, "tcvn3_upper") == payload.upper(), payload
            r = p.add_run(enc)
            run_font(r, ".VnTimeH")
            r.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "P":
            enc = encode(payload, "tcvn3")
            assert decode(enc, "tcvn3") == payload, payload
            r = p.add_run(enc)
            run_font(r, ".VnTime")
        else:  # MIX
            for font, text in payload:
                if font == "uni":
                    r = p.add_run(text)
                    run_font(r, "Times New Roman")
                    r.bold = True
                else:
                    enc = encode(text, "tcvn3")
                    assert decode(enc, "tcvn3") == text, text
                    r = p.add_run(enc)
                    run_font(r, ".VnTime")
    save_docx(doc, path)


# ------------------------------------------------------------------ 6. VNI docx
def make_vni_docx(path: Path):
    doc = new_doc(font="VNI-Times")
    for i, text in enumerate(C.TB_VNI):
        enc = encode(text, "vni")
        assert decode(enc, "vni") == text, text
        p = doc.add_paragraph()
        r = p.add_run(enc)
        run_font(r, "VNI-Times")
        if text.isupper() or i == len(C.TB_VNI) - 1 or i == 3:
            r.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    save_docx(doc, path)


# ------------------------------------------------------------------ 7. TCVN3 txt
def make_tcvn3_txt(path: Path):
    parts = []
    for text in C.CV_CU_TXT:
        enc = encode(text, "tcvn3")
        assert decode(enc, "tcvn3") == text, text
        parts.append(enc)
    # DOS-era letter: CRLF line ends, a blank line between paragraphs
    path.write_bytes(("\r\n\r\n".join(parts) + "\r\n").encode("cp1252"))


# ------------------------------------------------------------------ 8. pptx
def make_pptx(path: Path):
    prs = Presentation()
    prs.core_properties.author = "Văn phòng"
    prs.core_properties.created = FIXED_DT
    prs.core_properties.modified = FIXED_DT
    prs.core_properties.last_modified_by = "Văn phòng"
    prs.core_properties.revision = 1
    for s in C.PPTX_SLIDES:
        if "subtitle" in s:
            sl = prs.slides.add_slide(prs.slide_layouts[0])
            sl.shapes.title.text = s["title"]
            sl.placeholders[1].text = s["subtitle"]
        elif "bullets" in s:
            sl = prs.slides.add_slide(prs.slide_layouts[1])
            sl.shapes.title.text = s["title"]
            tf = sl.placeholders[1].text_frame
            tf.text = s["bullets"][0]
            for b in s["bullets"][1:]:
                tf.add_paragraph().text = b
            for p in tf.paragraphs:
                for r in p.runs:
                    r.font.size = PPt(22)
        else:
            sl = prs.slides.add_slide(prs.slide_layouts[5])
            sl.shapes.title.text = s["title"]
            rows = [s["table_header"]] + s["table_rows"]
            shape = sl.shapes.add_table(len(rows), 3, Inches(0.5), Inches(1.6),
                                        Inches(9), Inches(0.5) * len(rows))
            tbl = shape.table
            tbl.columns[0].width = Inches(5)
            tbl.columns[1].width = Inches(2)
            tbl.columns[2].width = Inches(2)
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    cell = tbl.cell(i, j)
                    cell.text = v
                    for p in cell.text_frame.paragraphs:
                        for r in p.runs:
                            r.font.size = PPt(16)
                            r.font.bold = i == 0
    prs.save(path)
    normalize_zip(path)


# ------------------------------------------------------------------ 9. pdf
def make_pdf(path: Path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    candidates = []
    try:
        import matplotlib  # optional
        candidates.append(Path(matplotlib.get_data_path()) / "fonts/ttf")
    except Exception:
        pass
    candidates.append(Path("/usr/share/fonts/truetype/dejavu"))
    fontdir = next(d for d in candidates if (d / "DejaVuSans.ttf").exists())
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(fontdir / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(fontdir / "DejaVuSans-Bold.ttf")))

    D = C.PDF_DOC
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=11, leading=15,
                          alignment=TA_JUSTIFY, spaceAfter=6)
    center_b = ParagraphStyle("cb", parent=body, fontName="DejaVuSans-Bold", alignment=TA_CENTER)
    story = [Paragraph(D["header"], center_b), Spacer(1, 8),
             Paragraph(D["title"], ParagraphStyle("t", parent=center_b, fontSize=13, leading=18)),
             Spacer(1, 8)]
    story += [Paragraph(t, body) for t in D["paras_before"]]
    story.append(Paragraph(D["table_caption"], center_b))
    data = [D["table_header"]] + D["table_rows"]
    tbl = Table(data, colWidths=[6.5 * cm, 2.2 * cm, 3.3 * cm, 3.5 * cm])
    tbl.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "DejaVuSans"),
        ("FONTNAME", (0, 0), (-1, 0), "DejaVuSans-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 10),
        ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story += [tbl, Spacer(1, 10)]
    story.append(Paragraph(D["paras_after"][0], body))
    story += [Paragraph(t, center_b) for t in D["paras_after"][1:]]
    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1,
                            title="Báo cáo quý III năm 2023", author="UBND huyện Cẩm Giang",
                            creator="make_office.py", producer="ReportLab",
                            leftMargin=2.5 * cm, rightMargin=2 * cm)
    doc.build(story)


# ------------------------------------------------------------------ 10/11 odt, ods, rtf sources
def make_simple_report_docx(path: Path, D: dict):
    doc = new_doc()
    for h in D.get("header", []):
        para(doc, h, bold=True, center=True)
    para(doc, D["title"], bold=True, center=True)
    para(doc, D["subtitle"], bold=True, center=True)
    for t in D["paras_before"]:
        para(doc, t)
    simple_table(doc, D["table_header"], D["table_rows"])
    after = D["paras_after"]
    for i, t in enumerate(after):
        last_block = len(after) > 1 and i > 0
        para(doc, t, bold=last_block, center=last_block)
    save_docx(doc, path)


def make_so_lieu_xlsx(path: Path):
    wb = openpyxl.Workbook()
    fixed_wb_props(wb)
    ws = wb.active
    ws.title = "Dân số"
    ws["A1"] = C.ODS_TITLE
    ws["A1"].font = Font(bold=True)
    ws.merge_cells("A1:C1")
    for j, h in enumerate(C.ODS_HEADER, start=1):
        ws.cell(row=2, column=j, value=h).font = Font(bold=True)
    for i, (name, ds, ld) in enumerate(C.ODS_ROWS, start=3):
        ws.cell(row=i, column=1, value=name)
        ws.cell(row=i, column=2, value=ds).number_format = C.ODS_FMT
        ws.cell(row=i, column=3, value=ld).number_format = C.ODS_FMT
    for col, w in zip("ABC", (24, 18, 20)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ------------------------------------------------------------------ 12 csv
def make_csv(path: Path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(C.CSV_HEADER)
    w.writerows(C.CSV_ROWS)
    path.write_bytes(buf.getvalue().encode("utf-8"))


# ------------------------------------------------------------------ 13 skipped
def make_skipped(tmp: Path):
    # password-protected workbook
    wb = openpyxl.Workbook()
    fixed_wb_props(wb)
    ws = wb.active
    ws.title = "Lương"
    for row in C.MAT_KHAU_ROWS:
        ws.append(list(row))
    plain = tmp / "mat_khau_plain.xlsx"
    wb.save(plain)
    normalize_zip(plain)
    import msoffcrypto.format.ooxml as ooxml
    import msoffcrypto.method.ecma376_agile as agile
    # A test fixture with a published password: seed the salts/keys so the
    # encrypted file is byte-identical on every run.
    import msoffcrypto.method.container.ecma376_encrypted as container

    class _FixedNow(datetime):  # the OLE directory stamps datetime.now()
        @classmethod
        def now(cls, tz=None):
            return FIXED_DT

    rng = random.Random(123)
    saved = agile._random_buffer, container.datetime
    agile._random_buffer = lambda n: rng.randbytes(n)
    container.datetime = _FixedNow
    try:
        with open(plain, "rb") as fin, open(OUT / "mat_khau.xlsx", "wb") as fout:
            ooxml.OOXMLFile(fin).encrypt("123", fout)
    finally:
        agile._random_buffer, container.datetime = saved
    # corrupt docx: random bytes (not a zip)
    data = random.Random(20231212).randbytes(4096)
    assert not data.startswith(b"PK")
    (OUT / "hong.docx").write_bytes(data)
    (OUT / "trong.txt").write_bytes(b"")
    (OUT / "ghi_chu.xyz").write_bytes(C.GHI_CHU_XYZ.encode("utf-8"))


# ------------------------------------------------------------------ main
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="make_office_") as td:
        tmp = Path(td)
        profile = tmp / "lo_profile"
        src = tmp / "src"
        conv = tmp / "conv"
        src.mkdir()

        make_dang_docx(OUT / "bao_cao_to_chuc_dang_2023.docx")

        # xlsx: openpyxl writes formulas without cached values; a LibreOffice
        # round trip recalculates and stores them.
        make_ngan_sach_xlsx(src / "thu_ngan_sach_2023.xlsx")
        out = soffice_convert(src / "thu_ngan_sach_2023.xlsx", "xlsx", conv, profile)
        shutil.move(out, OUT / "thu_ngan_sach_2023.xlsx")
        normalize_zip(OUT / "thu_ngan_sach_2023.xlsx")

        make_ke_hoach_docx(src / "ke_hoach_cong_tac.docx")
        out = soffice_convert(src / "ke_hoach_cong_tac.docx", "doc", conv, profile)
        shutil.move(out, OUT / "ke_hoach_cong_tac.doc")
        normalize_ole_times(OUT / "ke_hoach_cong_tac.doc")

        make_can_bo_xlsx(src / "danh_sach_can_bo.xlsx")
        out = soffice_convert(src / "danh_sach_can_bo.xlsx", "xls", conv, profile)
        shutil.move(out, OUT / "danh_sach_can_bo.xls")
        normalize_ole_times(OUT / "danh_sach_can_bo.xls")

        make_cv245_docx(OUT / "cong_van_245_tcvn3.docx")
        make_vni_docx(OUT / "thong_bao_vni.docx")
        make_tcvn3_txt(OUT / "cong_van_cu_tcvn3.txt")
        make_pptx(OUT / "tong_ket_hoi_nghi.pptx")
        make_pdf(OUT / "bao_cao_quy_3.pdf")

        make_simple_report_docx(src / "bao_cao.docx", C.ODT_DOC)
        out = soffice_convert(src / "bao_cao.docx", "odt", conv, profile)
        shutil.move(out, OUT / "bao_cao.odt")
        normalize_zip(OUT / "bao_cao.odt")

        make_so_lieu_xlsx(src / "so_lieu.xlsx")
        out = soffice_convert(src / "so_lieu.xlsx", "ods", conv, profile)
        shutil.move(out, OUT / "so_lieu.ods")
        normalize_zip(OUT / "so_lieu.ods")

        make_simple_report_docx(src / "to_trinh.docx", C.RTF_DOC)
        out = soffice_convert(src / "to_trinh.docx", "rtf", conv, profile)
        shutil.move(out, OUT / "to_trinh.rtf")
        normalize_rtf(OUT / "to_trinh.rtf")

        make_csv(OUT / "chi_tieu_2024.csv")
        make_skipped(tmp)
    (HERE / "skipped.json").write_text(
        json.dumps(C.SKIPPED, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:8d}  {p.name}")


if __name__ == "__main__":
    main()
