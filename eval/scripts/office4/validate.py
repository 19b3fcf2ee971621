#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check eval/sets/office4/questions.jsonl against office_content.py and against docs/.

    PYTHONPATH=src .venv/bin/python eval/scripts/office4/validate.py

(adapted from eval/scripts/office3/validate.py; shared read-back helpers imported from
eval/scripts/office/docread.py)
1. every line parses, has the fields; ids, kinds and split are as agreed;
2. every answer occurs literally in the Unicode source content of its gold file
   (spreadsheets: the value as DISPLAYED under en-US); cell questions: the answer is a
   whole cell of exactly one row carrying the row label;
3. every file opens, and every answer is found again in the text read back from the
   generated file by independent tools (python-docx, antiword AND LibreOffice for the
   .doc, LibreOffice and a plain ODF reader for the .odt, pypdf, python-pptx, LibreOffice
   "as shown" CSV export for xlsx/xls, the csv module with ";"); legacy files after
   decoding; cell answers are also found as a whole cell of the labelled row in the file
   itself where a reader gives rows (docx tables, odt tables, pptx table, xlsx/xls CSV
   export, csv);
4. structure: the xlsx holds exactly 3 formulas with cached values and two sheets, the
   xls is an OLE (Excel 97) file with a merged title, the report's Bảng 2 has two header
   rows with merged cells, the legacy files hold legacy text, the csv is UTF-8 with BOM,
   CRLF and ";", the letters have the template parts (the quyết định without "Kính gửi");
5. signer answers are the name closing the gold file's signature block;
6. a fresh run of make_office.py into a temporary folder gives byte-identical files
   (sha256);
7. no place name of this set occurs in the office, office2 or office3 content/questions.
Exit status 1 on any failure.
"""
import collections
import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.append(str(HERE.parent / "office"))  # docread (after this folder: office_content is ours)
import office_content as C  # noqa: E402
from docread import (  # noqa: E402
    antiword_text, check_files, docx_text_runs, letter_model, lo_csv_all_sheets, lo_text, model_text, odf_plain, shown, ws,
)
from qa_bot.language.legacy_fonts import decode, detect, encoding_of_font  # noqa: E402

SET = HERE.parents[1] / "sets" / "office4"
DOCS = SET / "docs"
FAIL = []
WARN = []

DOC = "cong_van_2087_sot_xuat_huyet.doc"
HK = "cong_van_1356_hoi_khoe_phu_dong.docx"
QD = "quyet_dinh_1275_ho_tro_nha_o.docx"
LH = "cong_van_418_le_hoi_tcvn3.docx"
TB = "thong_bao_37_cam_khai_thac_vni.docx"
TXT = "cong_van_cu_1997_tcvn3.txt"
YT = "bao_cao_y_te_2024.docx"
ODT = "bao_cao_an_toan_giao_thong_2024.odt"
PDF = "bao_cao_tin_dung_chinh_sach_6_thang_2025.pdf"
XLSX = "nong_nghiep_thuy_san_2024.xlsx"
XLS = "di_tich_xep_hang_ngoc_khue.xls"
PPTX = "tong_ket_nam_hoc_2024_2025.pptx"
CSV = "tuyen_xe_buyt_noi_tinh_2025.csv"
LETTERS = (DOC, HK, LH, TB, TXT)      # with "Kính gửi:"; QD is checked without it


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def warn(msg):
    WARN.append(msg)
    print("warn:", msg)


# ---------------------------------------------------------------- source model


def source_model():
    """file -> {"paras", "tables", "layout", "signer"} in Unicode."""
    M = {}
    M[DOC] = letter_model(C.CV2087)
    M[HK] = letter_model(C.CV1356)
    Q = C.QD1275
    M[QD] = {"paras": Q["title"] + Q["can_cu"] + [Q["quyet_dinh"]] + Q["dieu"],
             "layout": Q["head_left"] + Q["head_right"] + Q["foot_left"] + [x for x in Q["foot_right"] if x],
             "tables": [], "signer": Q["foot_right"][-1]}
    M[LH] = {"paras": [p.upper() if k == "H" else p for k, p in C.CV418], "tables": [],
             "signer": C.CV418[-1][1]}
    M[TB] = {"paras": list(C.TB37), "tables": [], "signer": C.TB37[-1]}
    M[TXT] = {"paras": list(C.CV_CU_TXT), "tables": [], "signer": C.CV_CU_TXT[-1]}
    D = C.YT_DOCX
    top = D["t2_header_top"]
    t2_head = [[top[0], top[1], top[1], top[2], top[2]], [top[0]] + D["t2_header_sub"]]
    M[YT] = {"layout": D["header"] + C.QUOC_HIEU + [D["date"], D["noi_nhan"]] + D["sign"],
             "paras": [D["title"], D["subtitle"]] + D["paras_before"] + [D["t1_caption"]]
             + D["paras_middle"] + [D["t2_caption"]] + D["paras_after"],
             "tables": [[D["t1_header"]] + C.yt_t1_rows(), t2_head + C.yt_t2_rows()],
             "signer": D["sign"][-1]}
    R = C.ODT_DOC
    M[ODT] = {"paras": R["header"] + [R["title"], R["subtitle"]] + R["paras_before"]
              + [R["table_caption"]] + R["paras_after"],
              "tables": [[R["table_header"]] + C.gt_rows()], "signer": R["paras_after"][-1]}
    P = C.PDF_DOC
    M[PDF] = {"paras": P["header"] + [P["title"], P["subtitle"]] + P["paras_before"]
              + [P["table_caption"]] + P["paras_after"],
              "tables": [[P["table_header"]] + C.td_rows()], "signer": P["paras_after"][-1]}
    caq = [list(C.CAQ_HEADER)]
    for u, b, c in C.CAQ_ROWS:
        caq.append([u, shown(b, C.FMT_INT), shown(c, C.FMT_INT), shown(round(c / b, 1), C.FMT_DEC)])
    B = sum(r[1] for r in C.CAQ_ROWS)
    Cc = sum(r[2] for r in C.CAQ_ROWS)
    caq.append(["Tổng cộng", shown(B, C.FMT_INT), shown(Cc, C.FMT_INT), shown(Cc / B, C.FMT_DEC)])
    ts = [list(C.TS_HEADER)] + [[u] + [shown(v, C.FMT_INT) for v in vals] for u, *vals in C.TS_ROWS]
    M[XLSX] = {"paras": [C.CAQ_TITLE, C.TS_TITLE], "tables": [caq, ts]}
    M[XLS] = {"paras": [C.DT_TITLE],
              "tables": [[list(C.DT_HEADER)] + [[a, b, c, shown(d, C.DT_FMT_Y), shown(e, C.DT_FMT_K)]
                                                for a, b, c, d, e in C.DT_ROWS]]}
    paras, tables = [], []
    for s in C.PPTX_SLIDES:
        paras.append(s["title"])
        paras += [s["subtitle"]] if "subtitle" in s else []
        paras += s.get("bullets", [])
        if "table_header" in s:
            tables.append([s["table_header"]] + C.gd_rows())
    M[PPTX] = {"paras": paras, "tables": tables}
    M[CSV] = {"paras": [], "tables": [[C.CSV_HEADER] + C.CSV_ROWS]}
    return M


# ---------------------------------------------------------------- read-back


def extract(name: str):
    """name -> (list of (reader, text), rows or None). rows: table rows as read from the file."""
    p = DOCS / name
    ext = p.suffix.lower()
    if name in (LH, TB):
        parts = []
        for runs in docx_text_runs(p):
            parts.append("".join(decode(t, encoding_of_font(f)) if encoding_of_font(f) else t
                                 for f, t in runs))
        return [("python-docx+decode", "\n".join(parts))], None
    if name == TXT:
        return [("cp1252+decode", decode(p.read_bytes().decode("cp1252"), "tcvn3"))], None
    if ext == ".docx":
        import docx
        d = docx.Document(str(p))
        rows = [[c.text for c in row.cells] for t in d.tables for row in t.rows]
        return [("python-docx", "\n".join("".join(t for _, t in runs) for runs in docx_text_runs(p)))], rows
    if ext in (".xlsx", ".xls"):
        sheets = lo_csv_all_sheets(p)
        rows = [r for rs in sheets.values() for r in rs]
        return [("LibreOffice csv", "\n".join(" | ".join(r) for r in rows))], rows
    if ext == ".pptx":
        from pptx import Presentation
        lines, rows = [], []
        for s in Presentation(str(p)).slides:
            for sh in s.shapes:
                if sh.has_text_frame:
                    lines += [para.text for para in sh.text_frame.paragraphs]
                if sh.has_table:
                    for row in sh.table.rows:
                        rows.append([c.text for c in row.cells])
                        lines.append(" | ".join(rows[-1]))
        return [("python-pptx", "\n".join(lines))], rows
    if ext == ".pdf":
        from pypdf import PdfReader
        return [("pypdf", "\n".join(pg.extract_text() for pg in PdfReader(str(p)).pages))], None
    if ext == ".doc":
        return [("LibreOffice txt", lo_text(p)), ("antiword (whitespace collapsed)", ws(antiword_text(p)))], None
    if ext == ".odt":
        text, rows = odf_plain(p)
        return [("LibreOffice txt", lo_text(p)), ("plain ODF reader", text)], rows
    if ext == ".csv":
        raw = p.read_bytes()
        text = raw.decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text), delimiter=C.CSV_DELIM))
        return [("csv module (;)", text)], rows
    raise ValueError(name)


# ---------------------------------------------------------------- checks
KINDS = {"table", "prose", "legacy", "signer", "table_nodiac", "en", "unanswerable"}


def check_questions(M):
    qs, ids = [], set()
    for n, line in enumerate((SET / "questions.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            q = json.loads(line)
        except Exception as e:
            fail(f"line {n}: not JSON ({e})")
            continue
        qs.append(q)
        need = {"id", "question", "kind", "gold", "answers", "split"}
        if not need <= q.keys():
            fail(f"{q.get('id')}: missing {need - q.keys()}")
            continue
        if not re.fullmatch(r"q4_\d{3}", q["id"]):
            fail(f"{q['id']}: id format")
        if q["id"] in ids:
            fail(f"duplicate id {q['id']}")
        ids.add(q["id"])
        if q["kind"] not in KINDS:
            fail(f"{q['id']}: kind {q['kind']}")
        if q["split"] != "test":
            fail(f"{q['id']}: split {q['split']}")
        if q["kind"] == "unanswerable":
            if q["gold"] or q["answers"] or q.get("row_label"):
                fail(f"{q['id']}: unanswerable with gold/answers/row_label")
            continue
        if not q["gold"] or not q["answers"]:
            fail(f"{q['id']}: no gold or answers")
            continue
        if q["kind"] in ("table", "table_nodiac") and not q.get("row_label"):
            fail(f"{q['id']}: table question without row_label")
        if q["kind"] not in ("table", "table_nodiac", "en") and q.get("row_label"):
            fail(f"{q['id']}: row_label on a {q['kind']} question")
        for g in q["gold"]:
            src = g["source"]
            if src not in M:
                fail(f"{q['id']}: gold {src} not a file of the set")
                continue
            text = model_text(M[src])
            for a in q["answers"]:
                k = text.count(a)
                if k == 0:
                    fail(f"{q['id']}: answer {a!r} not in source content of {src}")
                elif k > 1 and not q.get("row_label"):
                    warn(f"{q['id']}: answer {a!r} occurs {k}x in {src}")
            if q.get("row_label"):
                rl = q["row_label"]
                rows = [r for t in M[src]["tables"] for r in t if r and rl in r[0]]
                if not rows:
                    fail(f"{q['id']}: row label {rl!r} not a row of {src}")
                for a in q["answers"]:
                    hits = [r for r in rows if a in r[1:]]
                    sub = [r for r in rows if any(a in c for c in r[1:])]
                    if len(hits) != 1:
                        fail(f"{q['id']}: answer {a!r} is a cell of {len(hits)} rows labelled {rl!r}")
                    if len(sub) != 1:
                        fail(f"{q['id']}: answer {a!r} is inside cells of {len(sub)} rows labelled {rl!r}: {sub}")
    return qs


def check_structure(qs, extracted):
    import docx
    import openpyxl
    # xlsx: 3 formulas with cached values, 2 sheets, merged titles
    wb = openpyxl.load_workbook(DOCS / XLSX, data_only=True)
    wbf = openpyxl.load_workbook(DOCS / XLSX)
    if wbf.sheetnames != [C.CAQ_SHEET, C.TS_SHEET]:
        fail(f"xlsx sheets {wbf.sheetnames}")
    nform = 0
    for sh in wbf.sheetnames:
        if "A1:D1" not in [str(r) for r in wbf[sh].merged_cells.ranges]:
            fail(f"xlsx sheet {sh}: title A1:D1 not merged")
        for row in wbf[sh].iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("="):
                    nform += 1
                    v = wb[sh][c.coordinate].value
                    print(f"  formula {sh}!{c.coordinate} {c.value} cached={v!r} "
                          f"shown={shown(v, c.number_format) if v is not None else None}")
                    if v is None:
                        fail(f"xlsx formula {c.coordinate} has no cached value")
    if nform != 3:
        fail(f"xlsx: expected 3 formulas, found {nform}")
    # xls: an OLE compound file (Excel 97 BIFF8) with a Workbook stream and a merged title
    xb = (DOCS / XLS).read_bytes()
    if not xb.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        fail(f"{XLS}: not an OLE compound file")
    if "Workbook".encode("utf-16-le") not in xb:
        fail(f"{XLS}: no Workbook stream")
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{Path(td) / 'p'}", "--headless",
                        "--norestore", "--convert-to", "ods", "--outdir", td, str(DOCS / XLS)],
                       capture_output=True, timeout=300, check=True)
        cx = zipfile.ZipFile(Path(td) / (Path(XLS).stem + ".ods")).read("content.xml").decode("utf-8")
    if 'table:number-columns-spanned="5"' not in cx:
        fail(f"{XLS}: title row not merged over 5 columns")
    # odt: the table is a real ODF table ending with Tổng cộng; caption "Bảng 1. "
    text, rows = odf_plain(DOCS / ODT)
    if not rows or rows[-1][0] != "Tổng cộng" or rows[0] != C.ODT_DOC["table_header"]:
        fail(f"{ODT}: table header / Tổng cộng row not as expected ({rows[:1]} … {rows[-1:]})")
    if not C.ODT_DOC["table_caption"].startswith("Bảng 1. ") or C.ODT_DOC["table_caption"] not in text:
        fail(f"{ODT}: caption Bảng 1 missing")
    # report docx: Bảng 2 has two header rows with merged cells
    d = docx.Document(str(DOCS / YT))
    if len(d.tables) != 4:
        fail(f"{YT}: expected 4 tables (header, Bảng 1, Bảng 2, footer), found {len(d.tables)}")
    else:
        t2 = d.tables[2]
        xml = t2._tbl.xml
        if xml.count('w:gridSpan w:val="2"') != 2 or "w:vMerge" not in xml:
            fail(f"{YT}: Bảng 2 header cells not merged (gridSpan/vMerge)")
        r0 = [c.text for c in t2.rows[0].cells]
        r1 = [c.text for c in t2.rows[1].cells]
        print(f"  {YT} Bảng 2 header rows as python-docx reads them: {r0} / {r1}")
        if r0[0] != "Đơn vị" or r1[0] != "Đơn vị" or r0[1] != r0[2] or r1[1:] != C.YT_DOCX["t2_header_sub"]:
            fail(f"{YT}: Bảng 2 header rows unexpected")
        if [c.text for c in t2.rows[-1].cells][0] != "Toàn tỉnh":
            fail(f"{YT}: Bảng 2 does not end with Toàn tỉnh")
        if [c.text for c in d.tables[1].rows[-1].cells][0] != "Tổng cộng":
            fail(f"{YT}: Bảng 1 does not end with Tổng cộng")
        if C.YT_DOCX["t1_caption"] not in extracted[YT][0][1] or not C.YT_DOCX["t1_caption"].startswith("Bảng 1. "):
            fail(f"{YT}: caption Bảng 1 missing")
    # legacy files hold legacy text
    for name, enc, font in ((LH, "tcvn3", ".VnTime"), (TB, "vni", "VNI-Times")):
        xml = zipfile.ZipFile(DOCS / name).read("word/document.xml").decode("utf-8")
        raw = "\n".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))
        if f'w:ascii="{font}"' not in xml:
            fail(f"{name}: font {font} not set on runs")
        if detect(raw) != enc:
            fail(f"{name}: detect() says {detect(raw)!r}, expected {enc}")
        for q in qs:
            if q["gold"] and q["gold"][0]["source"] == name:
                for a in q["answers"]:
                    if a in raw and not a.isascii():
                        fail(f"{name}: Unicode answer {a!r} readable without decoding")
        print(f"  {name}: raw text sample: {raw.splitlines()[-1][:60]!r}")
    if 'w:ascii=".VnTimeH"' not in zipfile.ZipFile(DOCS / LH).read("word/document.xml").decode():
        fail(f"{LH}: no .VnTimeH run")
    b = (DOCS / TXT).read_bytes()
    t = b.decode("cp1252")
    if detect(t) != "tcvn3":
        fail(f"{TXT}: not TCVN3 text (detect={detect(t)!r})")
    if b"\r\n" not in b or b.count(b"\n") != b.count(b"\r\n"):
        fail(f"{TXT}: line ends are not CRLF")
    try:
        b.decode("utf-8")
        fail(f"{TXT} decodes as UTF-8: expected single-byte cp1252")
    except UnicodeDecodeError:
        pass
    for q in qs:
        if q["gold"] and q["gold"][0]["source"] == TXT:
            for a in q["answers"]:
                if not a.isascii() and a in t:
                    fail(f"{TXT}: answer {a!r} readable without decoding")
    print(f"  {TXT} first line (cp1252): {t.splitlines()[0]!r}")
    # csv: UTF-8 with BOM, CRLF, ";" separated, every row 5 fields
    cb = (DOCS / CSV).read_bytes()
    if not cb.startswith(b"\xef\xbb\xbf") or cb.count(b"\n") != cb.count(b"\r\n"):
        fail(f"{CSV}: expected UTF-8 with BOM and CRLF")
    crow = list(csv.reader(io.StringIO(cb.decode("utf-8-sig")), delimiter=";"))
    if any(len(r) != 5 for r in crow) or crow[0] != C.CSV_HEADER:
        fail(f"{CSV}: not 5 ';'-separated fields per row")
    # letters: template parts
    for name in LETTERS + (QD,):
        for reader, tx in extracted.get(name, []):
            needs = ("Số:", "Nơi nhận:", ", ngày ") + (("Kính gửi:",) if name != QD else
                                                      ("QUYẾT ĐỊNH:", "Điều 1.", "Căn cứ "))
            for need in needs:
                if need not in tx:
                    fail(f"{name}: {need!r} missing ({reader})")
            if "V/v " not in tx and "Về việc " not in tx:
                fail(f"{name}: no subject line ({reader})")
            if "KT. " not in tx and "TM. " not in tx:
                fail(f"{name}: no 'KT.'/'TM.' signature title ({reader})")
    from pypdf import PdfReader
    print(f"  {PDF}: {len(PdfReader(str(DOCS / PDF)).pages)} page(s)")


def check_signers(qs, M, extracted):
    for q in qs:
        if q["kind"] != "signer":
            continue
        src = q["gold"][0]["source"]
        name = M[src].get("signer")
        if name is None or q["answers"] != [name]:
            fail(f"{q['id']}: signer answer {q['answers']} is not the signature name {name!r} of {src}")
            continue
        for reader, tx in extracted.get(src, []):
            if tx.count(name) != 1:
                fail(f"{q['id']}: signature name {name!r} occurs {tx.count(name)}x in {src} ({reader})")
    # the signature name is the last non-empty line of each signed file, as read back
    for src in (DOC, HK, QD, LH, TB, TXT, ODT, PDF, YT):
        for reader, tx in extracted.get(src, []):
            if reader.startswith("antiword"):
                continue
            last = [ln.strip() for ln in tx.splitlines() if ln.strip()]
            if src in (DOC, HK, QD, YT):   # footer table: name is the last line of the right cell
                tail = tx.split("Nơi nhận")[-1]
                ok = M[src]["signer"] in tail and "Nơi nhận" in tx
            else:
                ok = last and last[-1] == M[src]["signer"]
            if not ok:
                fail(f"{src}: signature name not where the signature block ends ({reader})")


def check_determinism():
    """Regenerate into a temporary folder and compare sha256 with docs/."""
    def sums(d):
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(d.iterdir())}
    with tempfile.TemporaryDirectory(prefix="office4_rerun_") as td:
        out = Path(td) / "docs"
        env = dict(os.environ)
        env["PYTHONPATH"] = str(HERE.parents[2] / "src") + os.pathsep + env.get("PYTHONPATH", "")
        r = subprocess.run([sys.executable, str(HERE / "make_office.py"), "--out", str(out)],
                           capture_output=True, text=True, env=env, timeout=600)
        if r.returncode != 0:
            fail(f"make_office.py rerun failed: {r.stderr[-500:]}")
            return
        a, b = sums(DOCS), sums(out)
    if a.keys() != b.keys():
        fail(f"rerun file set differs: {sorted(a.keys() ^ b.keys())}")
    for name in sorted(a):
        same = a[name] == b.get(name)
        print(f"  sha256 {a[name][:16]}…  {'identical' if same else 'DIFFERS'}  {name}")
        if not same:
            fail(f"{name}: not byte-identical across two runs")


def check_no_overlap():
    names = ["Hòa Vĩnh", "Vĩnh Định", "Lạc Phong", "Yên Thạch", "Hương Điền", "Đức Quang",
             "Tân Khải", "Mường Khoa", "Ngọc Khuê", "Cổ Lũng", "Đá Mài", "Khau Mạ", "Phúc Nham",
             "Cổ Trạch", "Pù Lang"]
    root = HERE.parents[1]
    for other in ("office", "office2", "office3"):
        txt = ((root / "scripts" / other / "office_content.py").read_text(encoding="utf-8")
               + (root / "sets" / other / "questions.jsonl").read_text(encoding="utf-8"))
        for n in names:
            if n.lower() in txt.lower():
                fail(f"place name {n!r} also occurs in {other}")


def main():
    M = source_model()
    present = {p.name for p in DOCS.iterdir()}
    if present != set(M):
        fail(f"docs/ differs: extra {present - set(M)}, missing {set(M) - present}")
    qs = check_questions(M)
    extracted = check_files(qs, M, extract, fail)
    check_structure(qs, extracted)
    check_signers(qs, M, extracted)
    check_no_overlap()
    check_determinism()
    kinds = collections.Counter(q["kind"] for q in qs)
    fmts = collections.Counter((q["gold"][0]["source"] if q["gold"] else "(none)") for q in qs)
    print("questions:", len(qs), dict(kinds))
    print("by file:", dict(fmts))
    req = [(kinds["table"] >= 16, "table >= 16"), (kinds["table_nodiac"] >= 3, "table_nodiac >= 3"),
           (kinds["en"] >= 3, "en >= 3"), (kinds["prose"] >= 10, "prose >= 10"),
           (kinds["legacy"] >= 5, "legacy >= 5"), (kinds["signer"] >= 7, "signer >= 7"),
           (kinds["unanswerable"] >= 6, "unanswerable >= 6"), (len(qs) >= 50, "questions >= 50")]
    for ok, what in req:
        if not ok:
            fail(f"requirement not met: {what}")
    have = {Path(q["gold"][0]["source"]).suffix for q in qs if q["kind"] == "table"}
    need = {".docx", ".odt", ".pdf", ".xlsx", ".xls", ".pptx", ".csv"}
    if need - have:
        fail(f"no table question for {need - have}")
    tot = [q for q in qs if q["kind"] == "table" and q.get("row_label") == "Tổng cộng"]
    if len(tot) < 2 or not any("tổng" not in q["question"].lower() for q in tot):
        fail("need two or more Tổng cộng questions, one phrased without 'tổng'")
    t2 = {r[0] + "|" + c for r in C.yt_t2_rows() for c in r[1:]}
    if not any(q["gold"] and q["gold"][0]["source"] == YT and q.get("row_label")
               and any(q["row_label"] + "|" + a in t2 for a in q["answers"]) for q in qs):
        fail("no question on the report's second table (Bảng 2)")
    ts = {u + "|" + shown(v, C.FMT_INT) for u, *vals in C.TS_ROWS for v in vals}
    if not any(q["gold"] and q["gold"][0]["source"] == XLSX
               and any(q.get("row_label", "") + "|" + a in ts for a in q["answers"]) for q in qs):
        fail("no question on the xlsx's second sheet")
    if not any(q["kind"] == "en" and q.get("row_label") for q in qs):
        fail("no English table-cell question")
    signers = [q for q in qs if q["kind"] == "signer"]
    if not any(q["question"].isascii() for q in signers) or not any(
            q["question"].startswith("Who signed") for q in signers):
        fail("signer questions need an unaccented one and an English 'Who signed'")
    print(f"\n{len(FAIL)} failures, {len(WARN)} warnings")
    sys.exit(1 if FAIL else 0)


if __name__ == "__main__":
    main()
