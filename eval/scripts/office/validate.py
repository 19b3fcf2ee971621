#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check questions.jsonl against office_content.py and against the files in docs/.

    .venv/bin/python eval/scripts/office/validate.py

1. every line parses, has the fields, kinds/ids/splits are as agreed;
2. every answer occurs literally in the Unicode source content of its gold file
   (spreadsheets: in the value as DISPLAYED under en-US);
   table questions: the answer is a whole cell of exactly one row that carries
   the row label in that file;
3. every file opens with its reader, and every answer is found again in the
   text extracted from the generated file (legacy files: after decoding);
4. the legacy files really hold legacy-encoded text (fonts + bytes);
5. the skipped files fail the way they should.
Exit status 1 on any failure.
"""
import collections
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import office_content as C  # noqa: E402
from docread import docx_text_runs, lo_csv_all_sheets, lo_text, shown  # noqa: E402
from qa_bot.language.legacy_fonts import decode, detect, encoding_of_font  # noqa: E402

SET = HERE.parents[1] / "sets" / "office"
DOCS = SET / "docs"
FAIL = []
WARN = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def warn(msg):
    WARN.append(msg)
    print("warn:", msg)


# ---------------------------------------------------------------- source model
def source_model():
    """file -> {"paras": [str], "tables": [[row(list of str)]]} in Unicode."""
    M = {}
    D = C.DANG_DOCX
    M["bao_cao_to_chuc_dang_2023.docx"] = {
        "paras": D["header"] + [D["title"], D["subtitle"]] + D["paras_before"]
        + [D["t1_caption"]] + D["paras_between"] + [D["t2_caption"]] + D["paras_after"],
        "tables": [[D["t1_header"]] + C.dang_t1_rows(),
                   [D["t2_header1"], ["", ""] + D["t2_header2"]] + C.dang_t2_rows()],
    }
    ns = [list(C.NS_HEADER)]
    for u, b, c in C.NS_ROWS:
        ns.append([u, shown(b, C.NS_FMT_MONEY), shown(c, C.NS_FMT_MONEY),
                   shown(round(c / b, 4), C.NS_FMT_PCT)])
    B = sum(r[1] for r in C.NS_ROWS)
    Cc = sum(r[2] for r in C.NS_ROWS)
    ns.append(["Tổng cộng", shown(B, C.NS_FMT_MONEY), shown(Cc, C.NS_FMT_MONEY),
               shown(Cc / B, C.NS_FMT_PCT)])
    ct1 = [list(C.CT_HEADER1)] + [[a, b, shown(v, C.NS_FMT_MONEY)] for a, b, v in C.CT_ROWS1]
    ct2 = [list(C.CT_HEADER2)] + [[a, shown(v, C.NS_FMT_MONEY)] for a, v in C.CT_ROWS2]
    M["thu_ngan_sach_2023.xlsx"] = {"paras": [C.NS_TITLE, C.CT_TITLE1, C.CT_TITLE2],
                                    "tables": [ns, ct1, ct2]}
    K = C.KH_DOC
    M["ke_hoach_cong_tac.doc"] = {
        "paras": K["header"] + [K["title"], K["subtitle"]] + K["paras_before"] + K["paras_after"],
        "tables": [[K["table_header"]] + K["table_rows"]]}
    M["danh_sach_can_bo.xls"] = {
        "paras": [C.CB_TITLE],
        "tables": [[list(C.CB_HEADER)] + [[a, b, c, shown(d, "0")] for a, b, c, d in C.CB_ROWS]]}
    cv = []
    for kind, payload in C.CV245:
        if kind == "H":
            cv.append(payload.upper())
        elif kind == "P":
            cv.append(payload)
        else:
            cv.append("".join(t for _, t in payload))
    M["cong_van_245_tcvn3.docx"] = {"paras": cv, "tables": []}
    M["thong_bao_vni.docx"] = {"paras": list(C.TB_VNI), "tables": []}
    M["cong_van_cu_tcvn3.txt"] = {"paras": list(C.CV_CU_TXT), "tables": []}
    paras, tables = [], []
    for s in C.PPTX_SLIDES:
        paras.append(s["title"])
        paras += [s["subtitle"]] if "subtitle" in s else []
        paras += s.get("bullets", [])
        if "table_rows" in s:
            tables.append([s["table_header"]] + s["table_rows"])
    M["tong_ket_hoi_nghi.pptx"] = {"paras": paras, "tables": tables}
    P = C.PDF_DOC
    M["bao_cao_quy_3.pdf"] = {
        "paras": [P["header"], P["title"]] + P["paras_before"] + [P["table_caption"]] + P["paras_after"],
        "tables": [[P["table_header"]] + P["table_rows"]]}
    for name, R in (("bao_cao.odt", C.ODT_DOC), ("to_trinh.rtf", C.RTF_DOC)):
        M[name] = {"paras": R.get("header", []) + [R["title"], R["subtitle"]]
                   + R["paras_before"] + R["paras_after"],
                   "tables": [[R["table_header"]] + R["table_rows"]]}
    M["so_lieu.ods"] = {
        "paras": [C.ODS_TITLE],
        "tables": [[list(C.ODS_HEADER)] + [[a, shown(b, C.ODS_FMT), shown(c, C.ODS_FMT)]
                                           for a, b, c in C.ODS_ROWS]]}
    M["chi_tieu_2024.csv"] = {"paras": [], "tables": [[C.CSV_HEADER] + C.CSV_ROWS]}
    return M


def model_text(m):
    lines = list(m["paras"])
    for t in m["tables"]:
        lines += [" | ".join(r) for r in t]
    return "\n".join(lines)


def extract(name: str) -> str:
    p = DOCS / name
    ext = p.suffix.lower()
    if name in ("cong_van_245_tcvn3.docx", "thong_bao_vni.docx"):
        parts = []
        for runs in docx_text_runs(p):
            parts.append("".join(decode(t, encoding_of_font(f)) if encoding_of_font(f) else t
                                 for f, t in runs))
        return "\n".join(parts)
    if name == "cong_van_cu_tcvn3.txt":
        return decode(p.read_bytes().decode("cp1252"), "tcvn3")
    if ext == ".docx":
        return "\n".join("".join(t for _, t in runs) for runs in docx_text_runs(p))
    if ext == ".xlsx" or ext in (".xls", ".ods"):
        sheets = lo_csv_all_sheets(p)
        return "\n".join(" | ".join(r) for rows in sheets.values() for r in rows)
    if ext == ".pptx":
        from pptx import Presentation
        lines = []
        for s in Presentation(str(p)).slides:
            for sh in s.shapes:
                if sh.has_text_frame:
                    lines += [para.text for para in sh.text_frame.paragraphs]
                if sh.has_table:
                    lines += [" | ".join(c.text for c in row.cells) for row in sh.table.rows]
        return "\n".join(lines)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(p)).pages)
    if ext in (".doc", ".odt", ".rtf"):
        return lo_text(p)
    if ext == ".csv":
        return p.read_text(encoding="utf-8")
    raise ValueError(name)


# ---------------------------------------------------------------- checks
def check_questions(M):
    qs = []
    ids = set()
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
        if q["id"] in ids:
            fail(f"duplicate id {q['id']}")
        ids.add(q["id"])
        if q["kind"] not in {"table", "prose", "legacy", "table_nodiac", "en", "unanswerable"}:
            fail(f"{q['id']}: kind {q['kind']}")
        if q["split"] != "test":
            fail(f"{q['id']}: split {q['split']}")
        if q["kind"] == "unanswerable":
            if q["gold"] or q["answers"]:
                fail(f"{q['id']}: unanswerable with gold/answers")
            continue
        if not q["gold"] or not q["answers"]:
            fail(f"{q['id']}: no gold or answers")
            continue
        if q["kind"] in ("table", "table_nodiac") and not q.get("row_label"):
            fail(f"{q['id']}: table question without row_label")
        for g in q["gold"]:
            src = g["source"]
            if src not in M:
                fail(f"{q['id']}: gold {src} not a question-bearing file")
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
                    if hits and any(a in c for c in hits[0][:1]):
                        fail(f"{q['id']}: answer inside the row label itself")
    return qs


def check_files(qs, M):
    extracted = {}
    for name in M:
        try:
            extracted[name] = extract(name)
        except Exception as e:
            fail(f"{name}: cannot extract ({e!r})")
    for q in qs:
        for g in q["gold"]:
            t = extracted.get(g["source"], "")
            for a in q["answers"]:
                if a not in t:
                    fail(f"{q['id']}: {a!r} not found in extracted text of {g['source']}")
    # the xlsx formula cells hold cached values
    import openpyxl
    wb = openpyxl.load_workbook(DOCS / "thu_ngan_sach_2023.xlsx", data_only=True)
    ws = wb["Thu ngân sách"]
    wbf = openpyxl.load_workbook(DOCS / "thu_ngan_sach_2023.xlsx")
    for row in wbf["Thu ngân sách"].iter_rows():
        for c in row:
            if isinstance(c.value, str) and c.value.startswith("="):
                v = ws[c.coordinate].value
                print(f"  formula {c.coordinate} {c.value} cached={v!r} shown={shown(v, c.number_format)}")
                if v is None:
                    fail(f"xlsx formula {c.coordinate} has no cached value")
    if set(wb.sheetnames) != {"Thu ngân sách", "Chỉ tiêu"}:
        fail(f"xlsx sheets {wb.sheetnames}")
    # legacy files hold legacy text
    for name, enc, font in (("cong_van_245_tcvn3.docx", "tcvn3", ".VnTime"),
                            ("thong_bao_vni.docx", "vni", "VNI-Times")):
        xml = zipfile.ZipFile(DOCS / name).read("word/document.xml").decode("utf-8")
        raw = "\n".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))
        if f'w:ascii="{font}"' not in xml:
            fail(f"{name}: font {font} not set on runs")
        legacy_part = raw if enc == "vni" else raw.replace("Đầu mối liên hệ: ", "")
        if detect(legacy_part) != enc:
            fail(f"{name}: detect() says {detect(legacy_part)!r}, expected {enc}")
        for q in qs:
            if q["gold"] and q["gold"][0]["source"] == name:
                for a in q["answers"]:
                    if a in raw and not a.isascii():
                        fail(f"{name}: Unicode answer {a!r} readable without decoding")
        print(f"  {name}: sample raw text: {raw.splitlines()[3][:60]!r}")
    if 'w:ascii=".VnTimeH"' not in zipfile.ZipFile(DOCS / "cong_van_245_tcvn3.docx").read(
            "word/document.xml").decode():
        fail("cong_van_245: no .VnTimeH run")
    xml = zipfile.ZipFile(DOCS / "cong_van_245_tcvn3.docx").read("word/document.xml").decode()
    if 'w:ascii="Times New Roman"' not in xml or "Đầu mối liên hệ: " not in xml:
        fail("cong_van_245: the mixed Unicode/TCVN3 paragraph is missing")
    b = (DOCS / "cong_van_cu_tcvn3.txt").read_bytes()
    t = b.decode("cp1252")
    if detect(t) != "tcvn3" or "C«ng" in t or "Gi¸m ®èc" not in t:
        fail(f"cong_van_cu_tcvn3.txt: not TCVN3 text (detect={detect(t)!r})")
    try:
        b.decode("utf-8")
        fail("cong_van_cu_tcvn3.txt decodes as UTF-8: expected single-byte cp1252")
    except UnicodeDecodeError:
        pass
    print(f"  cong_van_cu_tcvn3.txt first line (cp1252): {t.splitlines()[0]!r}")
    return extracted


def check_openers():
    import docx
    import openpyxl
    from pptx import Presentation
    from pypdf import PdfReader
    ok = {}
    for p in sorted(DOCS.iterdir()):
        name, ext = p.name, p.suffix.lower()
        try:
            if name in C.SKIPPED:
                continue
            if ext == ".docx":
                d = docx.Document(str(p))
                ok[name] = f"python-docx: {len(d.paragraphs)} paragraphs, {len(d.tables)} tables"
            elif ext == ".xlsx":
                wb = openpyxl.load_workbook(p)
                ok[name] = f"openpyxl: sheets {wb.sheetnames}"
            elif ext == ".pptx":
                pr = Presentation(str(p))
                ok[name] = f"python-pptx: {len(pr.slides)} slides"
            elif ext == ".pdf":
                ok[name] = f"pypdf: {len(PdfReader(str(p)).pages)} page(s)"
            elif ext == ".doc":
                r = subprocess.run(["antiword", "-m", "UTF-8.txt", str(p)], capture_output=True,
                                   text=True)
                if r.returncode != 0 or "Trần Minh Đức" not in r.stdout:
                    fail(f"{name}: antiword failed ({r.stderr[:200]})")
                ok[name] = f"antiword: {len(r.stdout)} chars; soffice txt: {len(lo_text(p))} chars"
            elif ext in (".xls", ".ods"):
                sheets = lo_csv_all_sheets(p)
                ok[name] = f"soffice csv: {[(k, len(v)) for k, v in sheets.items()]}"
            elif ext in (".odt", ".rtf"):
                ok[name] = f"soffice txt: {len(lo_text(p))} chars"
            elif ext in (".csv", ".txt"):
                ok[name] = f"{len(p.read_bytes())} bytes"
        except Exception as e:
            fail(f"{name}: does not open ({e!r})")
    for k, v in ok.items():
        print(f"  opens  {k:34s} {v}")
    # the skipped ones fail as intended
    import msoffcrypto
    with open(DOCS / "mat_khau.xlsx", "rb") as f:
        if not msoffcrypto.OfficeFile(f).is_encrypted():
            fail("mat_khau.xlsx is not encrypted")
    try:
        openpyxl.load_workbook(DOCS / "mat_khau.xlsx")
        fail("mat_khau.xlsx opened without password")
    except Exception as e:
        print(f"  skip   mat_khau.xlsx: openpyxl -> {type(e).__name__}")
    with open(DOCS / "mat_khau.xlsx", "rb") as f, io.BytesIO() as out:
        of = msoffcrypto.OfficeFile(f)
        of.load_key(password="123")
        of.decrypt(out)
        wb = openpyxl.load_workbook(out)
        print(f"  skip   mat_khau.xlsx: decrypts with '123' -> {wb.sheetnames}")
    try:
        docx.Document(str(DOCS / "hong.docx"))
        fail("hong.docx opened")
    except Exception as e:
        print(f"  skip   hong.docx: python-docx -> {type(e).__name__}")
    if (DOCS / "trong.txt").stat().st_size != 0:
        fail("trong.txt not empty")
    if not (DOCS / "ghi_chu.xyz").exists():
        fail("ghi_chu.xyz missing")


def main():
    M = source_model()
    expected = set(M) | set(C.SKIPPED)
    present = {p.name for p in DOCS.iterdir()}
    if present != expected:
        fail(f"docs/ differs: extra {present - expected}, missing {expected - present}")
    qs = check_questions(M)
    for q in qs:
        for g in q["gold"]:
            if g["source"] in C.SKIPPED:
                fail(f"{q['id']}: question about skipped file")
    check_openers()
    check_files(qs, M)
    kinds = collections.Counter(q["kind"] for q in qs)
    fmts = collections.Counter((Path(q["gold"][0]["source"]).suffix if q["gold"] else "(none)")
                               for q in qs)
    table_fmt = collections.Counter(Path(q["gold"][0]["source"]).suffix for q in qs
                                    if q.get("row_label"))
    print("questions:", len(qs), dict(kinds))
    print("by format:", dict(fmts))
    print("cell questions (with row_label) by format:", dict(table_fmt))
    req = [(kinds["table"] >= 25, "table >= 25"), (kinds["prose"] >= 8, "prose >= 8"),
           (kinds["legacy"] >= 6, "legacy >= 6"), (kinds["table_nodiac"] >= 5, "nodiac >= 5"),
           (kinds["en"] >= 3, "en >= 3"), (kinds["unanswerable"] == 5, "unanswerable == 5"),
           (len(qs) - kinds["unanswerable"] >= 45, "answerable >= 45")]
    for okk, what in req:
        if not okk:
            fail(f"requirement not met: {what}")
    tables_needed = {".docx", ".xlsx", ".doc", ".xls", ".pptx", ".pdf", ".odt", ".ods", ".rtf", ".csv"}
    have = {Path(q["gold"][0]["source"]).suffix for q in qs if q["kind"] == "table"}
    if tables_needed - have:
        fail(f"no table question for {tables_needed - have}")
    print(f"\n{len(FAIL)} failures, {len(WARN)} warnings")
    sys.exit(1 if FAIL else 0)


if __name__ == "__main__":
    main()
