#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check questions.jsonl against office_content.py and against the files in docs/.

    .venv/bin/python eval/scripts/office2/validate.py   (adapted from eval/scripts/office/validate.py)

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
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.append(str(HERE.parent / "office"))  # docread (after this folder: office_content is ours)
import office_content as C  # noqa: E402
from docread import (  # noqa: E402
    docx_text_runs, lo_csv_all_sheets, lo_text, model_text, shown,
)
from qa_bot.language.legacy_fonts import decode, detect, encoding_of_font  # noqa: E402

SET = HERE.parents[1] / "sets" / "office2"
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
def letter_model(D):
    return {"paras": D["kinh_gui"] + D["body"],
            "layout": D["head_left"] + D["head_right"] + D["foot_left"] + [x for x in D["foot_right"] if x],
            "tables": []}


def source_model():
    """file -> {"paras": [str], "tables": [[row]], "layout": [str]} in Unicode.
    "layout" = text of the borderless header/footer tables of the letters (not
    data tables; excluded from the row_label checks)."""
    M = {}
    M["cong_van_512_giai_ngan.doc"] = letter_model(C.CV512)
    M["cong_van_1873_syt.docx"] = letter_model(C.CV1873)
    M["thong_bao_86_tcvn3.docx"] = {
        "paras": [p.upper() if k == "H" else p for k, p in C.TB86], "tables": []}
    M["to_trinh_58_vni.docx"] = {"paras": list(C.TT58), "tables": []}
    M["cong_van_cu_1999_tcvn3.txt"] = {"paras": list(C.CV_CU_TXT), "tables": []}
    D = C.GD_DOCX
    M["bao_cao_nam_hoc_2022_2023.docx"] = {
        "paras": D["header"] + [D["title"], D["subtitle"]] + D["paras_before"]
        + [D["t1_caption"]] + D["paras_after"],
        "tables": [[D["t1_header"]] + C.gd_t1_rows()]}
    O = C.ODT_DOC
    M["bao_cao_tiem_chung_quang_lam.odt"] = {
        "paras": O["header"] + [O["title"], O["subtitle"]] + O["paras_before"]
        + [O["table_caption"]] + O["paras_after"],
        "tables": [[O["table_header"]] + C.tc_rows()]}
    gn = [list(C.GN_HEADER)]
    for u, b, c in C.GN_ROWS:
        gn.append([u, shown(b, C.GN_FMT_MONEY), shown(c, C.GN_FMT_MONEY),
                   shown(round(c / b, 4), C.GN_FMT_PCT)])
    B = sum(r[1] for r in C.GN_ROWS)
    Cc = sum(r[2] for r in C.GN_ROWS)
    gn.append(["Tổng cộng", shown(B, C.GN_FMT_MONEY), shown(Cc, C.GN_FMT_MONEY),
               shown(Cc / B, C.GN_FMT_PCT)])
    M["giai_ngan_dau_tu_cong_2023.xlsx"] = {"paras": [C.GN_TITLE], "tables": [gn]}
    M["tram_y_te_quang_lam.xls"] = {
        "paras": [C.TYT_TITLE],
        "tables": [[list(C.TYT_HEADER)] + [[a, b, shown(c, "0"), shown(d, "0")]
                                           for a, b, c, d in C.TYT_ROWS]]}
    paras, tables = [], []
    for s in C.PPTX_SLIDES:
        paras.append(s["title"])
        paras += [s["subtitle"]] if "subtitle" in s else []
        paras += s.get("bullets", [])
        if "table_rows" in s:
            tables.append([s["table_header"]] + s["table_rows"])
    M["so_ket_6_thang_duc_phong.pptx"] = {"paras": paras, "tables": tables}
    M["du_an_dau_tu_2024.csv"] = {"paras": [], "tables": [[C.CSV_HEADER] + C.CSV_ROWS]}
    return M


def extract(name: str) -> str:
    p = DOCS / name
    ext = p.suffix.lower()
    if name in ("thong_bao_86_tcvn3.docx", "to_trinh_58_vni.docx"):
        parts = []
        for runs in docx_text_runs(p):
            parts.append("".join(decode(t, encoding_of_font(f)) if encoding_of_font(f) else t
                                 for f, t in runs))
        return "\n".join(parts)
    if name == "cong_van_cu_1999_tcvn3.txt":
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
        if q["kind"] not in {"table", "prose", "legacy", "signer", "table_nodiac", "en", "unanswerable"}:
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
    X = "giai_ngan_dau_tu_cong_2023.xlsx"
    wb = openpyxl.load_workbook(DOCS / X, data_only=True)
    ws = wb[wb.sheetnames[0]]
    wbf = openpyxl.load_workbook(DOCS / X)
    nform = 0
    for row in wbf[wbf.sheetnames[0]].iter_rows():
        for c in row:
            if isinstance(c.value, str) and c.value.startswith("="):
                nform += 1
                v = ws[c.coordinate].value
                print(f"  formula {c.coordinate} {c.value} cached={v!r} shown={shown(v, c.number_format)}")
                if v is None:
                    fail(f"xlsx formula {c.coordinate} has no cached value")
    if nform != 3:
        fail(f"xlsx: expected 3 formulas, found {nform}")
    if wb.sheetnames != ["Giải ngân 2023"]:
        fail(f"xlsx sheets {wb.sheetnames}")
    # legacy files hold legacy text
    for name, enc, font in (("thong_bao_86_tcvn3.docx", "tcvn3", ".VnTime"),
                            ("to_trinh_58_vni.docx", "vni", "VNI-Times")):
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
        print(f"  {name}: sample raw text: {raw.splitlines()[-1][:60]!r}")
    if 'w:ascii=".VnTimeH"' not in zipfile.ZipFile(DOCS / "thong_bao_86_tcvn3.docx").read(
            "word/document.xml").decode():
        fail("thong_bao_86: no .VnTimeH run")
    b = (DOCS / "cong_van_cu_1999_tcvn3.txt").read_bytes()
    t = b.decode("cp1252")
    if detect(t) != "tcvn3" or "Ma V¨n Sinh" not in t:
        fail(f"cong_van_cu_1999_tcvn3.txt: not TCVN3 text (detect={detect(t)!r})")
    try:
        b.decode("utf-8")
        fail("cong_van_cu_1999_tcvn3.txt decodes as UTF-8: expected single-byte cp1252")
    except UnicodeDecodeError:
        pass
    print(f"  cong_van_cu_1999_tcvn3.txt first line (cp1252): {t.splitlines()[0]!r}")
    # letters: real layout (subject line, Kính gửi, Nơi nhận, signature block)
    for name in ("cong_van_512_giai_ngan.doc", "cong_van_1873_syt.docx", "thong_bao_86_tcvn3.docx",
                 "to_trinh_58_vni.docx", "cong_van_cu_1999_tcvn3.txt"):
        tx = extracted.get(name, "")
        for need in ("Số", "Kính gửi", "Nơi nhận", ", ngày "):
            if need not in tx:
                fail(f"{name}: {need!r} missing from the extracted text")
        if "V/v " not in tx and "Về việc " not in tx:
            fail(f"{name}: no subject line")
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
                if r.returncode != 0 or "Nguyễn Đình Khôi" not in r.stdout:
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


def main():
    M = source_model()
    expected = set(M)
    present = {p.name for p in DOCS.iterdir()}
    if present != expected:
        fail(f"docs/ differs: extra {present - expected}, missing {expected - present}")
    qs = check_questions(M)
    check_openers()
    extracted = check_files(qs, M)
    # every signer answer is the name that closes the signature block of its gold file
    for q in qs:
        if q["kind"] == "signer":
            src = q["gold"][0]["source"]
            m = M[src]
            name = [x for x in m["layout"] if x][-1] if "layout" in m else m["paras"][-1]
            if name not in q["answers"]:
                fail(f"{q['id']}: signer answer {q['answers']} is not the signature name {name!r} of {src}")
            if extracted.get(src, "").count(name) != 1:
                fail(f"{q['id']}: signature name {name!r} not exactly once in extracted {src}")
    kinds = collections.Counter(q["kind"] for q in qs)
    fmts = collections.Counter((Path(q["gold"][0]["source"]).suffix if q["gold"] else "(none)")
                               for q in qs)
    table_fmt = collections.Counter(Path(q["gold"][0]["source"]).suffix for q in qs
                                    if q.get("row_label"))
    print("questions:", len(qs), dict(kinds))
    print("by format:", dict(fmts))
    print("cell questions (with row_label) by format:", dict(table_fmt))
    req = [(kinds["table"] >= 10, "table >= 10"), (kinds["prose"] >= 6, "prose >= 6"),
           (kinds["legacy"] >= 4, "legacy >= 4"), (kinds["signer"] >= 8, "signer >= 8"),
           (kinds["en"] >= 2, "en >= 2"), (kinds["unanswerable"] >= 4, "unanswerable >= 4"),
           (len(qs) >= 30, "questions >= 30")]
    for okk, what in req:
        if not okk:
            fail(f"requirement not met: {what}")
    tables_needed = {".docx", ".xlsx", ".xls", ".pptx", ".odt", ".csv"}
    have = {Path(q["gold"][0]["source"]).suffix for q in qs if q["kind"] == "table"}
    if tables_needed - have:
        fail(f"no table question for {tables_needed - have}")
    print(f"\n{len(FAIL)} failures, {len(WARN)} warnings")
    sys.exit(1 if FAIL else 0)


if __name__ == "__main__":
    main()
