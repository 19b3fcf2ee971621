"""What both office folders' generators share: LibreOffice conversion, byte-stable files, Word helpers.

Imported by eval/scripts/office/make_office.py and eval/scripts/office2/make_office.py.
"""
import io
import re
import shutil
import struct
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

FIXED_DT = datetime(2024, 1, 15, 8, 0, 0)
FIXED_ISO = "2024-01-15T08:00:00Z"
SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"


# ------------------------------------------------------------------ utilities
def soffice_convert(src: Path, fmt: str, outdir: Path, profile: Path) -> Path:
    """Convert with LibreOffice headless, using a private profile (no clash with
    other LibreOffice users on the machine)."""
    outdir.mkdir(parents=True, exist_ok=True)
    cmd = [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless",
           "--norestore", "--convert-to", fmt, "--outdir", str(outdir), str(src)]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    ext = fmt.split(":")[0]
    out = outdir / (src.stem + "." + ext)
    if r.returncode != 0 or not out.exists():
        raise RuntimeError(f"soffice failed for {src} -> {fmt}: {r.stdout}\n{r.stderr}")
    return out


_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?")
_META_FILES = {"docProps/core.xml", "docProps/app.xml", "meta.xml", "settings.xml"}


def normalize_zip(path: Path) -> None:
    """Rewrite a zip container with fixed entry times and fixed metadata dates,
    keeping entry order and compression (ODF 'mimetype' stays first & stored)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for info, data in items:
            if info.filename in _META_FILES:
                text = data.decode("utf-8")
                text = _DATE_RE.sub(FIXED_ISO, text)
                text = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>",
                              "<meta:editing-duration>PT0S</meta:editing-duration>", text)
                text = re.sub(r"<TotalTime>\d+</TotalTime>", "<TotalTime>0</TotalTime>", text)
                # LibreOffice draws a random revision-save id per save
                text = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+', r"\g<1>1", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT.timetuple()[:6])
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def normalize_rtf(path: Path) -> None:
    text = path.read_bytes().decode("latin-1")
    for tag in ("creatim", "revtim", "printim", "buptim"):
        text = re.sub(r"\{\\%s(\\[a-z]+\d+)+\}" % tag,
                      r"{\\%s\\yr2024\\mo1\\dy15\\hr8\\min0}" % tag, text)
    path.write_bytes(text.encode("latin-1"))


def normalize_ole_times(path: Path) -> None:
    """LibreOffice stamps the save time into the OLE SummaryInformation stream
    (a VT_FILETIME property, type tag 0x40). Replace every FILETIME stamped
    today with the fixed date, so .doc/.xls come out byte-identical."""
    from datetime import timedelta
    epoch = datetime(1601, 1, 1)
    fixed = struct.pack("<Q", int((FIXED_DT - epoch).total_seconds() * 10_000_000))
    now = datetime.utcnow()
    b = bytearray(path.read_bytes())
    i = b.find(b"\x40\x00\x00\x00")
    while i != -1 and i + 12 <= len(b):
        (v,) = struct.unpack("<Q", b[i + 4:i + 12])
        try:
            t = epoch + timedelta(microseconds=v // 10)
        except OverflowError:
            t = None
        if t is not None and abs(t - now) < timedelta(days=1):
            b[i + 4:i + 12] = fixed
        i = b.find(b"\x40\x00\x00\x00", i + 1)
    path.write_bytes(bytes(b))


def set_docx_font(doc, name: str, size: float = 13):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)


def run_font(run, name: str):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)


def fixed_core(doc):
    cp = doc.core_properties
    cp.author = "Văn phòng"
    cp.last_modified_by = "Văn phòng"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def para(doc, text, bold=False, center=False, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def simple_table(doc, header, rows):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        cell = t.cell(0, j)
        cell.text = h
        cell.paragraphs[0].runs[0].bold = True
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    return t


def new_doc(font="Times New Roman"):
    doc = Document()
    set_docx_font(doc, font)
    fixed_core(doc)
    for s in doc.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)
    return doc


def save_docx(doc, path: Path):
    doc.save(path)
    normalize_zip(path)


def fixed_wb_props(wb):
    wb.properties.creator = "Văn phòng"
    wb.properties.lastModifiedBy = "Văn phòng"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
