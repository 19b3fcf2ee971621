"""What both office folders' checkers share: cells as an en-US sheet shows them, and text read back
out of the generated files (LibreOffice exports, python-docx runs).

Imported by eval/scripts/office/validate.py and eval/scripts/office2/validate.py.
"""
import atexit
import csv
import io
import shutil
import subprocess
import tempfile
from pathlib import Path


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
