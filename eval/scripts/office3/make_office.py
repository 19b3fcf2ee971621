#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the third held-out Vietnamese office folder (office3) docs/ from office_content.py.

    PYTHONPATH=src .venv/bin/python eval/scripts/office3/make_office.py [--out DIR]

(adapted from eval/scripts/office2/make_office.py; the shared helpers are imported from
eval/scripts/office/docmaker.py). Without --out it rewrites eval/sets/office3/docs/.
Deterministic: two runs give byte-identical files (zip containers get fixed entry
times and metadata dates, OLE FILETIMEs and RTF \\creatim etc. are fixed, the PDF is
written with reportlab's invariant mode). validate.py checks this with sha256.
Needs: python-docx openpyxl python-pptx reportlab (in .venv), LibreOffice
(/usr/bin/soffice), qa_bot.language.legacy_fonts (the encoder).
"""
import argparse
import csv
import io
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.append(str(HERE.parent / "office"))  # docmaker (after this folder: office_content is ours)

import office_content as C  # noqa: E402

import openpyxl  # noqa: E402
from openpyxl.styles import Font  # noqa: E402
from pptx import Presentation  # noqa: E402
from pptx.util import Inches, Pt as PPt  # noqa: E402

from letters import (  # noqa: E402
    body_para,
    footer_table,
    header_row,
    header_table,
    make_letter_docx,
    make_tcvn3_docx,
    make_tcvn3_txt,
    make_vni_docx,
    merged_header_table,
    title_row,
)
from docmaker import (  # noqa: E402
    soffice_convert,
    normalize_zip,
    normalize_ole_times,
    normalize_rtf,
    para,
    simple_table,
    new_doc,
    save_docx,
    fixed_wb_props,
    FIXED_DT,
)

DEFAULT_OUT = HERE.parents[1] / "sets" / "office3" / "docs"


# ------------------------------------------------------------------ layout helpers


# ------------------------------------------------------------------ letters (Unicode)


# ------------------------------------------------------------------ TCVN3 letter docx


# ------------------------------------------------------------------ VNI letter docx


# ------------------------------------------------------------------ TCVN3 txt


# ------------------------------------------------------------------ report docx (2 tables, 2nd with merged header)


def make_kt_docx(path: Path):
    D = C.KT_DOCX
    doc = new_doc()
    header_table(doc, D["header"], C.QUOC_HIEU + [D["date"]])
    doc.add_paragraph()
    para(doc, D["title"], bold=True, center=True)
    para(doc, D["subtitle"], bold=True, center=True)
    for t in D["paras_before"]:
        body_para(doc, t)
    para(doc, D["t1_caption"], bold=True, center=True)
    t1 = simple_table(doc, D["t1_header"], C.kt_t1_rows())
    for c in t1.rows[-1].cells:
        c.paragraphs[0].runs[0].bold = True
    for t in D["paras_middle"]:
        body_para(doc, t)
    para(doc, D["t2_caption"], bold=True, center=True)
    merged_header_table(doc, D["t2_header_top"], D["t2_header_sub"], C.kt_t2_rows())
    for t in D["paras_after"]:
        body_para(doc, t)
    nn = D["noi_nhan"].split("; ")
    left = [nn[0].split(": ")[0] + ":", "- " + nn[0].split(": ")[1] + ";"] + \
           ["- " + x + (";" if k < len(nn) - 2 else ".") for k, x in enumerate(nn[1:])]
    footer_table(doc, left, D["sign"][:3] + ["", ""] + D["sign"][3:])
    doc.add_paragraph()
    save_docx(doc, path)


def make_report_docx(path: Path, D: dict, rows):
    doc = new_doc()
    for h in D.get("header", []):
        para(doc, h, bold=True, center=True)
    para(doc, D["title"], bold=True, center=True)
    para(doc, D["subtitle"], bold=True, center=True)
    for t in D["paras_before"]:
        body_para(doc, t)
    para(doc, D["table_caption"], bold=True, center=True)
    simple_table(doc, D["table_header"], rows)
    for i, t in enumerate(D["paras_after"]):
        sign = i > 0
        para(doc, t, bold=sign, center=sign)
    save_docx(doc, path)


# ------------------------------------------------------------------ pdf (reportlab)
def make_pdf(path: Path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fontdir = Path("/usr/share/fonts/truetype/dejavu")
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(fontdir / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(fontdir / "DejaVuSans-Bold.ttf")))

    D = C.PDF_DOC
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=11, leading=15,
                          alignment=TA_JUSTIFY, spaceAfter=6, firstLineIndent=20)
    center_b = ParagraphStyle("cb", parent=body, fontName="DejaVuSans-Bold", alignment=TA_CENTER,
                              firstLineIndent=0)
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=9.5, leading=12)
    cell_b = ParagraphStyle("cellb", parent=cell, fontName="DejaVuSans-Bold")
    story = [Paragraph(h, center_b) for h in D["header"]]
    story += [Spacer(1, 8), Paragraph(D["title"], ParagraphStyle("t", parent=center_b, fontSize=13,
                                                                 leading=18)),
              Paragraph(D["subtitle"], center_b), Spacer(1, 8)]
    story += [Paragraph(t, body) for t in D["paras_before"]]
    story.append(Paragraph(D["table_caption"], center_b))
    data = [[Paragraph(h, cell_b) for h in D["table_header"]]]
    for row in C.kcn_rows():
        st = cell_b if row[0] == "Tổng cộng" else cell
        data.append([Paragraph(row[0], st)] + row[1:])
    tbl = Table(data, colWidths=[5.4 * cm, 2.2 * cm, 2.6 * cm, 2.8 * cm, 3.0 * cm])
    tbl.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "DejaVuSans"),
        ("FONTNAME", (0, -1), (-1, -1), "DejaVuSans-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story += [tbl, Spacer(1, 10)]
    story.append(Paragraph(D["paras_after"][0], body))
    story += [Spacer(1, 6)] + [Paragraph(t, center_b) for t in D["paras_after"][1:]]
    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1,
                            title="Báo cáo thu hút đầu tư vào các khu công nghiệp 9 tháng năm 2024",
                            author="Ban Quản lý các khu công nghiệp tỉnh Minh Giang",
                            creator="make_office.py", producer="ReportLab",
                            leftMargin=2.5 * cm, rightMargin=2 * cm)
    doc.build(story)


# ------------------------------------------------------------------ xlsx (2 sheets, formula total on sheet 1)


def make_nn_xlsx(path_tmp: Path):
    wb = openpyxl.Workbook()
    fixed_wb_props(wb)
    ws = wb.active
    ws.title = C.LUA_SHEET
    title_row(ws, C.LUA_TITLE, "D")
    header_row(ws, C.LUA_HEADER)
    r = 3
    for unit, kh, th in C.LUA_ROWS:
        ws.cell(row=r, column=1, value=unit)
        ws.cell(row=r, column=2, value=kh).number_format = C.FMT_INT
        ws.cell(row=r, column=3, value=th).number_format = C.FMT_INT
        ws.cell(row=r, column=4, value=round(th / kh, 4)).number_format = C.FMT_PCT
        r += 1
    last = r - 1
    ws.cell(row=r, column=1, value="Tổng cộng").font = Font(bold=True)
    ws.cell(row=r, column=2, value=f"=SUM(B3:B{last})").number_format = C.FMT_INT
    ws.cell(row=r, column=3, value=f"=SUM(C3:C{last})").number_format = C.FMT_INT
    ws.cell(row=r, column=4, value=f"=C{r}/B{r}").number_format = C.FMT_PCT
    for col, w in zip("ABCD", (24, 18, 16, 14)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet(C.CN_SHEET)
    title_row(ws2, C.CN_TITLE, "D")
    header_row(ws2, C.CN_HEADER)
    for i, (unit, a, b, c) in enumerate(C.CN_ROWS, start=3):
        ws2.cell(row=i, column=1, value=unit)
        for j, v in enumerate((a, b, c), start=2):
            ws2.cell(row=i, column=j, value=v).number_format = C.FMT_INT
    for col, w in zip("ABCD", (24, 14, 14, 14)):
        ws2.column_dimensions[col].width = w
    wb.save(path_tmp)


# ------------------------------------------------------------------ .ods source
def make_dl_xlsx(path: Path):
    wb = openpyxl.Workbook()
    fixed_wb_props(wb)
    ws = wb.active
    ws.title = "Du lịch cộng đồng"
    title_row(ws, C.DL_TITLE, "E")
    header_row(ws, C.DL_HEADER)
    for i, (name, xa, ng, hs, lk) in enumerate(C.DL_ROWS, start=3):
        ws.cell(row=i, column=1, value=name)
        ws.cell(row=i, column=2, value=xa)
        ws.cell(row=i, column=3, value=ng)
        ws.cell(row=i, column=4, value=hs).number_format = C.DL_FMT_N
        ws.cell(row=i, column=5, value=lk).number_format = C.DL_FMT_K
    for col, w in zip("ABCDE", (24, 16, 20, 12, 16)):
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
            rows = [s["table_header"]] + C.tn_rows()
            ncol = len(s["table_header"])
            shape = sl.shapes.add_table(len(rows), ncol, Inches(0.4), Inches(1.6),
                                        Inches(9.2), Inches(0.55) * len(rows))
            tbl = shape.table
            for j, w in enumerate((4.6, 1.5, 1.5, 1.6)):
                tbl.columns[j].width = Inches(w)
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    cell = tbl.cell(i, j)
                    cell.text = v
                    for p in cell.text_frame.paragraphs:
                        for r in p.runs:
                            r.font.size = PPt(14)
                            r.font.bold = i == 0
    prs.save(path)
    normalize_zip(path)


# ------------------------------------------------------------------ csv
def make_csv(path: Path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(C.CSV_HEADER)
    w.writerows(C.CSV_ROWS)
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))   # as Excel saves "CSV UTF-8"


# ------------------------------------------------------------------ main
def main(out: Path):
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="make_office3_") as td:
        tmp = Path(td)
        profile = tmp / "lo_profile"
        src = tmp / "src"
        conv = tmp / "conv"
        src.mkdir()

        def via_lo(make, stem, fmt, ext, *args):
            make(src / f"{stem}.{'xlsx' if ext in ('xlsx', 'ods') else 'docx'}", *args)
            srcfile = src / f"{stem}.{'xlsx' if ext in ('xlsx', 'ods') else 'docx'}"
            res = soffice_convert(srcfile, fmt, conv, profile)
            dest = out / f"{stem}.{ext}"
            shutil.move(res, dest)
            return dest

        # 1. công văn .doc (Word 97 via LibreOffice)
        d = via_lo(make_letter_docx, "cong_van_318_phong_chong_thien_tai", "doc", "doc", C.CV318)
        normalize_ole_times(d)
        # 2. công văn .docx (Unicode)
        make_letter_docx(out / "cong_van_1142_tuan_le_du_lich.docx", C.CV1142)
        # 3. thông báo TCVN3, 4. kế hoạch VNI, 5. TCVN3 txt
        make_tcvn3_docx(out / "thong_bao_45_dau_gia_tcvn3.docx", C.TB45)
        make_vni_docx(out / "ke_hoach_27_tiem_phong_vni.docx", C.KH27)
        make_tcvn3_txt(out / "cong_van_cu_1998_tcvn3.txt", C.CV_CU_TXT)
        # 6. report docx (two tables, the second with two header rows)
        make_kt_docx(out / "bao_cao_kinh_te_xa_hoi_2024.docx")
        # 7. report rtf
        d = via_lo(make_report_docx, "bao_cao_nuoc_sach_nong_thon_2024", "rtf", "rtf",
                   C.RTF_DOC, C.ns_rows())
        normalize_rtf(d)
        # 8. report pdf
        make_pdf(out / "bao_cao_khu_cong_nghiep_9_thang_2024.pdf")
        # 9. xlsx with formulas (LibreOffice round trip caches the values)
        d = via_lo(make_nn_xlsx, "san_xuat_nong_nghiep_2024", "xlsx", "xlsx")
        normalize_zip(d)
        # 10. ods
        d = via_lo(make_dl_xlsx, "diem_du_lich_cong_dong_van_khe", "ods", "ods")
        normalize_zip(d)
        # 11. pptx, 12. csv
        make_pptx(out / "tong_ket_2024_so_tnmt.pptx")
        make_csv(out / "duong_huyen_gia_hung_bao_tri_2025.csv")

    for p in sorted(out.iterdir()):
        print(f"{p.stat().st_size:8d}  {p.name}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    main(ap.parse_args().out.resolve())
