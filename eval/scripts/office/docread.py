"""What both office folders' checkers share: cells as an en-US sheet shows them, and text read back
out of the generated files (LibreOffice exports, python-docx runs).

Imported by every set's validate.py (eval/scripts/office … office6).
"""
import atexit
import csv
import io
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET


# ---------------------------------------------------------------- en-US display
def shown(value, fmt):
    if fmt == "#,##0.0":
        return f"{value:,.1f}"
    if fmt == "0.0%":
        return f"{value * 100:.1f}%"
    if fmt == "#,##0":
        return f"{value:,.0f}"
    if fmt == "0":
        return f"{value:.0f}"
    raise ValueError(fmt)


# ---------------------------------------------------------------- extraction
PROFILE = Path(tempfile.mkdtemp(prefix="validate_lo_"))
atexit.register(shutil.rmtree, PROFILE, True)


def soffice(src: Path, fmt: str, outdir: Path):
    subprocess.run(["soffice", f"-env:UserInstallation=file://{PROFILE}", "--headless",
                    "--norestore", "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                   capture_output=True, text=True, timeout=300, check=True)


def lo_text(path: Path) -> str:
    with tempfile.TemporaryDirectory() as td:
        soffice(path, "txt:Text (encoded):UTF8", Path(td))
        return (Path(td) / (path.stem + ".txt")).read_text(encoding="utf-8-sig")


def lo_csv_all_sheets(path: Path) -> dict:
    """Every sheet exported 'as shown' (formatted) by LibreOffice -> {sheet_csv_name: rows}."""
    with tempfile.TemporaryDirectory() as td:
        soffice(path, "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1",
                Path(td))
        out = {}
        for p in sorted(Path(td).glob("*.csv")):
            out[p.name] = list(csv.reader(io.StringIO(p.read_text(encoding="utf-8"))))
        return out


def docx_text_runs(path: Path):
    """python-docx: paragraphs (+ table rows), each as a list of (font, text) runs."""
    import docx
    d = docx.Document(str(path))
    style_font = d.styles["Normal"].font.name
    out = []
    for p in d.paragraphs:
        out.append([(r.font.name or style_font, r.text) for r in p.runs])
    for t in d.tables:
        for row in t.rows:
            out.append([(None, " | ".join(c.text for c in row.cells))])
    return out


# ---------------------------------------------------------------- the held-out sets' checkers (office3 …)
ODF_NS = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
          "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0"}


def ws(s):
    return " ".join(s.split())


def letter_model(D):
    return {"paras": D["kinh_gui"] + D["body"],
            "layout": D["head_left"] + D["head_right"] + D["foot_left"] + [x for x in D["foot_right"] if x],
            "tables": [], "signer": D["foot_right"][-1]}


def model_text(m):
    lines = list(m.get("layout", [])) + list(m["paras"])
    for t in m["tables"]:
        lines += [" | ".join(r) for r in t]
    return "\n".join(lines)


def antiword_text(path: Path) -> str:
    r = subprocess.run(["antiword", "-m", "UTF-8.txt", str(path)], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(r.stderr[:200])
    return r.stdout


def odf_plain(path: Path):
    """A small ODF reader independent of LibreOffice: content.xml walked in document
    order; text:p/text:h give lines (text:s / text:tab / text:line-break honoured),
    table rows give " | "-joined lines and rows of cell texts."""
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))
    T = "{%s}" % ODF_NS["text"]
    TB_ = "{%s}" % ODF_NS["table"]

    def inline(el):
        out = [el.text or ""]
        for ch in el:
            if ch.tag == T + "s":
                out.append(" " * int(ch.get(T + "c", "1")))
            elif ch.tag in (T + "tab",):
                out.append("\t")
            elif ch.tag == T + "line-break":
                out.append("\n")
            else:
                out.append(inline(ch))
            out.append(ch.tail or "")
        return "".join(out)

    lines, rows = [], []

    def walk(el):
        for ch in el:
            if ch.tag in (T + "p", T + "h"):
                lines.append(inline(ch))
            elif ch.tag == TB_ + "table-row":
                cells = []
                for c in ch:
                    if c.tag == TB_ + "table-cell":
                        cells.append("\n".join(inline(p) for p in c if p.tag in (T + "p", T + "h")))
                rows.append(cells)
                lines.append(" | ".join(cells))
            else:
                walk(ch)
    walk(root.find("{urn:oasis:names:tc:opendocument:xmlns:office:1.0}body"))
    return "\n".join(lines), rows


def check_files(qs, M, extract, fail):
    """Every answer read back from its gold file by each of ``extract(name)``'s readers, and a cell answer
    a whole cell of exactly one row with its label; ``fail(message)`` records a failure."""
    extracted, rows_of = {}, {}
    for name in M:
        try:
            extracted[name], rows_of[name] = extract(name)
        except Exception as e:
            fail(f"{name}: cannot extract ({e!r})")
            extracted[name], rows_of[name] = [], None
    nchecks = 0
    for q in qs:
        for g in q["gold"]:
            src = g["source"]
            for a in q["answers"]:
                for reader, t in extracted.get(src, []):
                    nchecks += 1
                    if a not in t:
                        fail(f"{q['id']}: {a!r} not found in {src} as read by {reader}")
                rows = rows_of.get(src)
                if q.get("row_label") and rows is not None:
                    nchecks += 1
                    hit = [r for r in rows if r and q["row_label"] in r[0] and a in r[1:]]
                    if len(hit) != 1:
                        fail(f"{q['id']}: {a!r} is a whole cell of {len(hit)} rows labelled "
                             f"{q['row_label']!r} in the file {src}")
    print(f"  {nchecks} answer read-back checks")
    return extracted
