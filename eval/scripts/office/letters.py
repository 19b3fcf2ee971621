"""The document builders the held-out office folders share (eval/scripts/office2 … office6/make_office.py):
an official letter in its template layout (borderless header and footer tables), a quyết định, a report
with its tables (one with a merged two-row header), TCVN3 and VNI letters, a TCVN3 .txt, and a sheet's
title and header rows. Each set's make_office.py keeps only what is its own.
"""
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl.styles import Alignment, Font

from docmaker import new_doc, para, run_font, save_docx, simple_table
from qa_bot.language.legacy_fonts import decode, encode


def cell_paras(cell, lines, bold_upto=None, italic_last=False, center=True, bold_all=False):
    """Fill a table cell with one paragraph per line."""
    for k, line in enumerate(lines):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold_all or (bold_upto is not None and k < bold_upto)
        if italic_last and k == len(lines) - 1:
            r.italic = True
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def fix_widths(t, widths=(Cm(7.5), Cm(8.5))):
    """Explicit column and cell widths (LibreOffice's .doc export otherwise
    loses the layout of an auto-width borderless table)."""
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = w
        for c in t.columns[j].cells:
            c.width = w


def header_table(doc, left, right, bold_left=2):
    t = doc.add_table(rows=1, cols=2)          # no style = no borders
    fix_widths(t)
    cell_paras(t.cell(0, 0), left, bold_upto=bold_left)
    cell_paras(t.cell(0, 1), right, bold_upto=2, italic_last=True)
    return t


def footer_table(doc, left, right):
    ft = doc.add_table(rows=1, cols=2)
    fix_widths(ft)
    trpr = ft.rows[0]._tr.get_or_add_trPr()     # keep the signature block in one piece
    trpr.append(trpr.makeelement(qn("w:cantSplit"), {}))
    fl = ft.cell(0, 0)
    cell_paras(fl, left, center=False)
    fl.paragraphs[0].runs[0].bold = True
    fl.paragraphs[0].runs[0].italic = True
    cell_paras(ft.cell(0, 1), right, bold_all=True)
    return ft


def body_para(doc, text):
    p = para(doc, text)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.first_line_indent = Cm(1)
    return p


def make_letter_docx(path: Path, D: dict):
    """Real layout: borderless 2-column header table (issuing body, Số, V/v |
    Quốc hiệu, place and date), Kính gửi, body, borderless 2-column footer
    table (Nơi nhận | signature block)."""
    doc = new_doc()
    header_table(doc, D["head_left"], D["head_right"])
    doc.add_paragraph()
    for k, line in enumerate(D["kinh_gui"]):
        p = para(doc, line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if k == 0 else WD_ALIGN_PARAGRAPH.LEFT
        if k and len(D["kinh_gui"]) > 1:
            p.paragraph_format.left_indent = Cm(4)
    for line in D["body"]:
        body_para(doc, line)
    footer_table(doc, D["foot_left"], D["foot_right"])
    doc.add_paragraph()  # Word documents end with a paragraph, never with a table
    save_docx(doc, path)


def make_qd_docx(path: Path, D: dict):
    """Same header/footer tables as the letters; no "Kính gửi" (a quyết định has none):
    QUYẾT ĐỊNH / Về việc … / the deciding authority, Căn cứ …, QUYẾT ĐỊNH:, Điều 1-3."""
    doc = new_doc()
    header_table(doc, D["head_left"], D["head_right"])
    doc.add_paragraph()
    for k, line in enumerate(D["title"]):
        para(doc, line, bold=k != 1, center=True)
    for line in D["can_cu"]:
        p = body_para(doc, line)
        p.runs[0].italic = True
    para(doc, D["quyet_dinh"], bold=True, center=True)
    for line in D["dieu"]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)
        head_, rest = line.split(". ", 1)
        r = p.add_run(head_ + ". ")
        r.bold = True
        p.add_run(rest)
    footer_table(doc, D["foot_left"], D["foot_right"])
    doc.add_paragraph()
    save_docx(doc, path)


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
            elif payload.startswith("Nơi nhận"):
                r.italic = True
                r.font.size = Pt(11)
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if ", ngày " in payload:
                r.italic = True
            if payload == items[-1][1]:
                r.bold = True
    save_docx(doc, path)


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
        elif not text.startswith("Nơi nhận"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if text.isupper() or text == lines[-1] or text.startswith("Độc lập"):
            r.bold = True
        if ", ngày " in text:
            r.italic = True
    save_docx(doc, path)


def make_tcvn3_txt(path: Path, lines):
    parts = []
    for text in lines:
        enc = encode(text, "tcvn3")
        assert decode(enc, "tcvn3") == text, text
        parts.append(enc)
    path.write_bytes(("\r\n\r\n".join(parts) + "\r\n").encode("cp1252"))


def set_repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(trpr.makeelement(qn("w:tblHeader"), {}))


def merged_header_table(doc, top, sub, rows):
    """Two header rows: 'Đơn vị' spans both rows; each top group spans 2 columns."""
    ncol = 1 + len(sub)
    t = doc.add_table(rows=2 + len(rows), cols=ncol)
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(1, 0))
    a.text = top[0]
    for g, label in enumerate(top[1:]):
        m = t.cell(0, 1 + 2 * g).merge(t.cell(0, 2 + 2 * g))
        m.text = label
    for j, s in enumerate(sub, start=1):
        t.cell(1, j).text = s
    for i in (0, 1):
        set_repeat_header(t.rows[i])
        for c in t.rows[i].cells:
            for p in c.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for r in p.runs:
                    r.bold = True
    for i, row in enumerate(rows, start=2):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
        if row[0] == "Toàn tỉnh":
            for c in t.rows[i].cells:
                c.paragraphs[0].runs[0].bold = True
    return t


def make_report_docx(path: Path, D: dict, rows):
    """Report for the .odt: header lines, title, prose, caption, table, closing
    paragraph and the signature block as centred paragraphs."""
    doc = new_doc()
    for k, h in enumerate(D.get("header", [])):
        para(doc, h, bold=k < 2, center=True)
    para(doc, D["title"], bold=True, center=True)
    para(doc, D["subtitle"], bold=True, center=True)
    for t in D["paras_before"]:
        body_para(doc, t)
    para(doc, D["table_caption"], bold=True, center=True)
    t = simple_table(doc, D["table_header"], rows)
    for c in t.rows[-1].cells:
        c.paragraphs[0].runs[0].bold = True
    body_para(doc, D["paras_after"][0])
    for line in D["paras_after"][1:]:
        para(doc, line, bold=True, center=True)
    save_docx(doc, path)


def title_row(ws, text, last_col):
    ws["A1"] = text
    ws["A1"].font = Font(bold=True, size=13)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells(f"A1:{last_col}1")


def header_row(ws, header):
    for j, h in enumerate(header, start=1):
        c = ws.cell(row=2, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
