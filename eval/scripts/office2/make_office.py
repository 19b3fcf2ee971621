#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the second held-out Vietnamese office folder (office2) docs/ from office_content.py.

    .venv/bin/python eval/scripts/office2/make_office.py   (adapted from eval/scripts/office/make_office.py)

Deterministic in content; byte-identical for everything except the files that
LibreOffice writes as OLE binaries (.doc, .xls) and the encrypted mat_khau.xlsx
(random salt). Zip containers get fixed entry times and fixed metadata dates.
Needs: python-docx openpyxl python-pptx reportlab msoffcrypto-tool (in .venv),
LibreOffice (/usr/bin/soffice), qa_bot.language.legacy_fonts (the encoder).
"""
import csv
import io
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.append(str(HERE.parent / "office"))  # docmaker (after this folder: office_content is ours)

from qa_bot.language.legacy_fonts import decode, encode  # noqa: E402
import office_content as C  # noqa: E402

from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm  # noqa: E402
import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Font  # noqa: E402
from pptx import Presentation  # noqa: E402
from pptx.util import Inches, Pt as PPt  # noqa: E402

OUT = HERE.parents[1] / "sets" / "office2" / "docs"
from letters import fix_widths, make_tcvn3_txt  # noqa: E402
from docmaker import (  # noqa: E402
    soffice_convert,
    normalize_zip,
    normalize_ole_times,
    run_font,
    para,
    simple_table,
    new_doc,
    save_docx,
    fixed_wb_props,
    FIXED_DT,
)


# ------------------------------------------------------------------ letters (Unicode)
def cell_paras(cell, lines, bold_upto=None, italic_last=False, center=True, bold_all=False):
    """Fill a table cell with one paragraph per line."""
    first = True
    for k, line in enumerate(lines):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(line)
        r.bold = bold_all or (bold_upto is not None and k < bold_upto)
        if italic_last and k == len(lines) - 1:
            r.italic = True
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def make_letter_docx(path: Path, D: dict):
    """Real layout: borderless 2-column header table (issuing body, Số, V/v |
    Quốc hiệu, place and date), Kính gửi, body, borderless 2-column footer
    table (Nơi nhận | signature block)."""
    doc = new_doc()
    t = doc.add_table(rows=1, cols=2)          # no style = no borders
    fix_widths(t)
    hl, hr = D["head_left"], D["head_right"]
    cell_paras(t.cell(0, 0), hl, bold_upto=2)
    # the V/v line is small and not bold, under the number
    cell_paras(t.cell(0, 1), hr, bold_upto=2, italic_last=True)
    doc.add_paragraph()
    for k, line in enumerate(D["kinh_gui"]):
        p = para(doc, line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if k == 0 else WD_ALIGN_PARAGRAPH.LEFT
        if k and len(D["kinh_gui"]) > 1:
            p.paragraph_format.left_indent = Cm(4)
    for line in D["body"]:
        p = para(doc, line)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)
    ft = doc.add_table(rows=1, cols=2)
    fix_widths(ft)
    # keep the signature block in one piece (Word's "allow row to break across pages" off)
    trpr = ft.rows[0]._tr.get_or_add_trPr()
    trpr.append(trpr.makeelement(qn("w:cantSplit"), {}))
    fl = ft.cell(0, 0)
    cell_paras(fl, D["foot_left"], center=False)
    fl.paragraphs[0].runs[0].bold = True
    fl.paragraphs[0].runs[0].italic = True
    cell_paras(ft.cell(0, 1), D["foot_right"], bold_all=True)
    doc.add_paragraph()  # Word documents end with a paragraph, never with a table
    save_docx(doc, path)


# ------------------------------------------------------------------ TCVN3 letter docx
def make_tcvn3_docx(path: Path, items):
    doc = new_doc(font=".VnTime")
    for kind, payload in items:
        p = doc.add_paragraph()
        if kind == "H":
            enc = encode(payload, "tcvn3_upper")
            assert decode(enc, "tcvn3_upper") == payload.upper(), payload
            r = p.add_run(enc)
            run_font(r, ".VnTimeH")
            r.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            enc = encode(payload, "tcvn3")
            assert decode(enc, "tcvn3") == payload, payload
            r = p.add_run(enc)
            run_font(r, ".VnTime")
            if len(payload) > 90:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1)
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if payload.startswith(("Hà Thanh, ngày",)):
                r.italic = True
            if payload == items[-1][1]:
                r.bold = True
    save_docx(doc, path)


# ------------------------------------------------------------------ VNI letter docx
def make_vni_docx(path: Path, lines):
    doc = new_doc(font="VNI-Times")
    for text in lines:
        enc = encode(text, "vni")
        assert decode(enc, "vni") == text, text
        p = doc.add_paragraph()
        r = p.add_run(enc)
        run_font(r, "VNI-Times")
        if len(text) > 90:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if text.isupper() or text == lines[-1] or text.startswith("Độc lập"):
            r.bold = True
        if ", ngày " in text:
            r.italic = True
    save_docx(doc, path)


# ------------------------------------------------------------------ TCVN3 txt


# ------------------------------------------------------------------ report docx (caption + table)
def make_gd_docx(path: Path):
    D = C.GD_DOCX
    doc = new_doc()
    for h in D["header"]:
        para(doc, h, bold=True, center=True)
    para(doc, D["title"], bold=True, center=True)
    para(doc, D["subtitle"], bold=True, center=True)
    for t in D["paras_before"]:
        para(doc, t)
    para(doc, D["t1_caption"], bold=True, center=True)
    simple_table(doc, D["t1_header"], C.gd_t1_rows())
    after = D["paras_after"]
    for i, tx in enumerate(after):
        sign = i >= 2
        para(doc, tx, bold=sign, center=sign, italic=i == 1)
    save_docx(doc, path)


def make_report_docx(path: Path, D: dict, rows):
    doc = new_doc()
    for h in D.get("header", []):
        para(doc, h, bold=True, center=True)
    para(doc, D["title"], bold=True, center=True)
    para(doc, D["subtitle"], bold=True, center=True)
    for t in D["paras_before"]:
        para(doc, t)
    para(doc, D["table_caption"], bold=True, center=True)
    simple_table(doc, D["table_header"], rows)
    for i, t in enumerate(D["paras_after"]):
        sign = i > 0
        para(doc, t, bold=sign, center=sign)
    save_docx(doc, path)


# ------------------------------------------------------------------ xlsx (formula total)
def make_gn_xlsx(path_tmp: Path):
    wb = openpyxl.Workbook()
    fixed_wb_props(wb)
    ws = wb.active
    ws.title = "Giải ngân 2023"
    ws["A1"] = C.GN_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A1:D1")
    for j, h in enumerate(C.GN_HEADER, start=1):
        c = ws.cell(row=2, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    r = 3
    for unit, kh, gn in C.GN_ROWS:
        ws.cell(row=r, column=1, value=unit)
        ws.cell(row=r, column=2, value=kh).number_format = C.GN_FMT_MONEY
        ws.cell(row=r, column=3, value=gn).number_format = C.GN_FMT_MONEY
        ws.cell(row=r, column=4, value=round(gn / kh, 4)).number_format = C.GN_FMT_PCT
        r += 1
    last = r - 1
    ws.cell(row=r, column=1, value="Tổng cộng").font = Font(bold=True)
    ws.cell(row=r, column=2, value=f"=SUM(B3:B{last})").number_format = C.GN_FMT_MONEY
    ws.cell(row=r, column=3, value=f"=SUM(C3:C{last})").number_format = C.GN_FMT_MONEY
    ws.cell(row=r, column=4, value=f"=C{r}/B{r}").number_format = C.GN_FMT_PCT
    for col, w in zip("ABCD", (24, 18, 20, 14)):
        ws.column_dimensions[col].width = w
    wb.save(path_tmp)


# ------------------------------------------------------------------ .xls source
def make_tyt_xlsx(path: Path):
    wb = openpyxl.Workbook()
    fixed_wb_props(wb)
    ws = wb.active
    ws.title = "Trạm y tế"
    ws["A1"] = C.TYT_TITLE
    ws["A1"].font = Font(bold=True)
    ws.merge_cells("A1:D1")
    for j, h in enumerate(C.TYT_HEADER, start=1):
        ws.cell(row=2, column=j, value=h).font = Font(bold=True)
    for i, (name, tt, g, nv) in enumerate(C.TYT_ROWS, start=3):
        ws.cell(row=i, column=1, value=name)
        ws.cell(row=i, column=2, value=tt)
        ws.cell(row=i, column=3, value=g).number_format = C.TYT_FMT
        ws.cell(row=i, column=4, value=nv).number_format = C.TYT_FMT
    for col, w in zip("ABCD", (30, 22, 14, 16)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ------------------------------------------------------------------ pptx
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
            ncol = len(s["table_header"])
            shape = sl.shapes.add_table(len(rows), ncol, Inches(0.4), Inches(1.6),
                                        Inches(9.2), Inches(0.5) * len(rows))
            tbl = shape.table
            widths = (4.2, 1.8, 1.8, 1.4)
            for j in range(ncol):
                tbl.columns[j].width = Inches(widths[j])
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    cell = tbl.cell(i, j)
                    cell.text = v
                    for p in cell.text_frame.paragraphs:
                        for r in p.runs:
                            r.font.size = PPt(15)
                            r.font.bold = i == 0
    prs.save(path)
    normalize_zip(path)


# ------------------------------------------------------------------ csv
def make_csv(path: Path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(C.CSV_HEADER)
    w.writerows(C.CSV_ROWS)
    path.write_bytes(buf.getvalue().encode("utf-8"))


# ------------------------------------------------------------------ main
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="make_office2_") as td:
        tmp = Path(td)
        profile = tmp / "lo_profile"
        src = tmp / "src"
        conv = tmp / "conv"
        src.mkdir()

        # 1. công văn .doc (Word 97 via LibreOffice)
        make_letter_docx(src / "cong_van_512_giai_ngan.docx", C.CV512)
        out = soffice_convert(src / "cong_van_512_giai_ngan.docx", "doc", conv, profile)
        shutil.move(out, OUT / "cong_van_512_giai_ngan.doc")
        normalize_ole_times(OUT / "cong_van_512_giai_ngan.doc")
        # 2. công văn .docx (Unicode)
        make_letter_docx(OUT / "cong_van_1873_syt.docx", C.CV1873)
        # 3. thông báo TCVN3, 4. tờ trình VNI, 5. TCVN3 txt
        make_tcvn3_docx(OUT / "thong_bao_86_tcvn3.docx", C.TB86)
        make_vni_docx(OUT / "to_trinh_58_vni.docx", C.TT58)
        make_tcvn3_txt(OUT / "cong_van_cu_1999_tcvn3.txt", C.CV_CU_TXT)
        # 6. report docx
        make_gd_docx(OUT / "bao_cao_nam_hoc_2022_2023.docx")
        # 7. report odt
        make_report_docx(src / "bao_cao_tiem_chung_quang_lam.docx", C.ODT_DOC, C.tc_rows())
        out = soffice_convert(src / "bao_cao_tiem_chung_quang_lam.docx", "odt", conv, profile)
        shutil.move(out, OUT / "bao_cao_tiem_chung_quang_lam.odt")
        normalize_zip(OUT / "bao_cao_tiem_chung_quang_lam.odt")
        # 8. xlsx with formulas (LibreOffice round trip caches the values)
        make_gn_xlsx(src / "giai_ngan_dau_tu_cong_2023.xlsx")
        out = soffice_convert(src / "giai_ngan_dau_tu_cong_2023.xlsx", "xlsx", conv, profile)
        shutil.move(out, OUT / "giai_ngan_dau_tu_cong_2023.xlsx")
        normalize_zip(OUT / "giai_ngan_dau_tu_cong_2023.xlsx")
        # 9. xls
        make_tyt_xlsx(src / "tram_y_te_quang_lam.xlsx")
        out = soffice_convert(src / "tram_y_te_quang_lam.xlsx", "xls", conv, profile)
        shutil.move(out, OUT / "tram_y_te_quang_lam.xls")
        normalize_ole_times(OUT / "tram_y_te_quang_lam.xls")
        # 10. pptx, 11. csv
        make_pptx(OUT / "so_ket_6_thang_duc_phong.pptx")
        make_csv(OUT / "du_an_dau_tu_2024.csv")

    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:8d}  {p.name}")


if __name__ == "__main__":
    main()
