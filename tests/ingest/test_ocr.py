"""Scans through the real Tesseract (Debian's tesseract-ocr and tesseract-ocr-vie, `make ocr`).

Every scan here is text drawn by Pillow in DejaVu Sans (matplotlib ships it) onto
a white page: saved by Pillow as a PDF it is an image with no text layer, as a
scanner writes it. Pages are small (a few lines at 200 dpi) so OCR takes about a
second each.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import matplotlib
import pypdf
import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from qa_bot import IngestError, QABot, Settings
from qa_bot.bot import BuildProgress
from qa_bot.ingest.documents import SUPPORTED, SourceFile, read_document
from qa_bot.ingest.ocr import INSTALL

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval" / "scripts"))
from ocr_quality import wrap  # noqa: E402  (the quality script's typesetting, shared)

FONT = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
DPI = 200

PAGE_1 = [
    "Báo cáo giao thông đồng bằng sông Cửu Long",
    "Năm nay tỉnh đã hoàn thành nâng cấp nhiều tuyến đường nông thôn, giúp người dân đi lại thuận tiện hơn.",
]
PAGE_2 = [
    "Cầu Cần Thơ",
    "Cầu Cần Thơ bắc qua sông Hậu, dài 2,75 km và được khánh thành vào năm 2010.",
    "Trước khi có cầu, người dân phải qua sông bằng phà.",
]
IMAGE = ["Thư viện tỉnh Lâm Đồng được thành lập từ năm 1976 và phục vụ bạn đọc toàn tỉnh."]


def scan(paragraphs: list[str], width: int = 1400) -> Image.Image:
    """A page image: each paragraph wrapped to the width, a blank line between paragraphs."""
    font = ImageFont.truetype(str(FONT), int(12 * DPI / 72))
    margin, pitch = 80, int(font.size * 1.5)
    lines: list[str] = []
    for text in paragraphs:
        lines += [*wrap(text, font, width - 2 * margin), ""]
    page = Image.new("L", (width, 2 * margin + pitch * len(lines)), 255)
    draw = ImageDraw.Draw(page)
    for i, line in enumerate(lines):
        draw.text((margin, margin + i * pitch), line, font=font, fill=0)
    return page


def blank(width: int = 1400, height: int = 600) -> Image.Image:
    return Image.new("L", (width, height), 255)


def save_pdf(path: Path, pages: list[Image.Image]) -> Path:
    pages[0].save(path, "PDF", resolution=DPI, save_all=True, append_images=pages[1:])
    return path


def read(path: Path, settings: Settings | None = None, on_page=None):
    return read_document(SourceFile(path, path.name), settings or Settings(), on_page)


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("scans")
    save_pdf(folder / "scan.pdf", [scan(PAGE_1), scan(PAGE_2)])
    scan(IMAGE).save(folder / "library.png", dpi=(DPI, DPI))
    return folder


@pytest.fixture(scope="module")
def built(scans, tmp_path_factory):
    pages: list[tuple[str, int, int]] = []
    bot = QABot.build([scans], index_dir=tmp_path_factory.mktemp("idx") / "scans",
                      progress=BuildProgress(page_read=lambda *a: pages.append(a)))
    return bot, pages


def test_image_formats_are_supported_and_offered_for_upload():
    for ext in (".png", ".jpg", ".jpeg", ".tif", ".tiff"):
        assert SUPPORTED[ext] == "image"  # ui/app.py offers sorted(SUPPORTED) for upload


def test_scanned_pdf_has_no_text_layer_and_is_read_by_ocr(scans):
    assert all(not (p.extract_text() or "").strip() for p in pypdf.PdfReader(scans / "scan.pdf").pages)
    doc = read(scans / "scan.pdf")
    assert doc.format == "pdf"
    by_page = {page: [p.text for p in doc.paragraphs if p.page == page] for page in (1, 2)}
    # Tesseract's paragraphs, numbered through the document; the heading stands alone
    assert by_page[1][0] == PAGE_1[0]
    assert [p.number for p in doc.paragraphs] == list(range(1, len(doc.paragraphs) + 1))
    assert any("2,75 km" in t for t in by_page[2])
    # line: the 1-based line of the page's OCR text; the first paragraph of a page starts on line 1
    assert [p.line for p in doc.paragraphs if p.page == 2][0] == 1
    assert [p.line for p in doc.paragraphs if p.page == 2] == sorted(p.line for p in doc.paragraphs if p.page == 2)


def test_answer_on_page_two_is_quoted_verbatim_with_its_page(built):
    bot, _ = built
    answer = bot.ask("Cầu Cần Thơ dài bao nhiêu km?")
    assert not answer.abstained
    c = answer.citations[0]
    assert (c.source, c.page) == ("scan.pdf", 2)
    assert "2,75 km" in c.quote
    paragraph = bot.index.paragraph(c.source, c.paragraph)
    assert paragraph.text[c.start:c.end] == c.quote and paragraph.page == 2
    assert "page 2" in c.label


def test_image_file_is_indexed_as_page_one(built):
    bot, _ = built
    answer = bot.ask("Thư viện tỉnh Lâm Đồng được thành lập năm nào?")
    assert not answer.abstained
    c = answer.citations[0]
    assert (c.source, c.page, c.line) == ("library.png", 1, 1)
    assert "1976" in c.quote
    assert {d.source: d.format for d in bot.index.documents} == {"scan.pdf": "pdf", "library.png": "image"}


def test_ocr_reports_progress_page_by_page(built):
    _, pages = built
    assert [p for p in pages if p[0] == "scan.pdf"] == [("scan.pdf", 0, 2), ("scan.pdf", 1, 2), ("scan.pdf", 2, 2)]
    assert [p for p in pages if p[0] == "library.png"] == [("library.png", 0, 1), ("library.png", 1, 1)]


def test_unchanged_scans_are_not_ocrd_again(built, scans):
    bot, _ = built
    pages: list = []
    again = QABot.build([scans], index_dir=bot.index_dir, progress=BuildProgress(page_read=lambda *a: pages.append(a)))
    assert pages == []  # not one page OCR'd: the content hash matched
    assert sorted(again.report.reused) == ["library.png", "scan.pdf"]
    assert again.report.embedded_chunks == 0
    assert again.index.document("scan.pdf") == bot.index.document("scan.pdf")


def test_other_ocr_settings_read_the_scans_again(built, scans, tmp_path):
    bot, _ = built
    index_dir = tmp_path / "copy"
    shutil.copytree(bot.index_dir, index_dir)
    pages: list = []
    again = QABot.build([scans], index_dir=index_dir, settings=Settings(ocr_language="vie+eng"),
                        progress=BuildProgress(page_read=lambda *a: pages.append(a)))
    assert {p[0] for p in pages} == {"scan.pdf", "library.png"}  # every scan OCR'd once more
    assert again.index.document("scan.pdf").read_with == "vie+eng, 300 dpi"
    assert bot.index.document("scan.pdf").read_with == "vie, 300 dpi"
    reloaded = QABot.load(index_dir)
    assert reloaded.index.document("library.png").read_with == "vie+eng, 300 dpi"


def test_mixed_pdf_ocrs_only_the_page_without_text(tmp_path):
    pdfmetrics.registerFont(TTFont("DejaVuOCR", str(FONT)))
    page_image = tmp_path / "page.png"
    scan(PAGE_2).save(page_image)
    c = canvas.Canvas(str(tmp_path / "mixed.pdf"))
    c.setFont("DejaVuOCR", 12)
    c.drawString(72, 760, PAGE_1[1][:60])  # page 1: a text layer
    c.showPage()
    c.drawImage(str(page_image), 36, 500, width=520, preserveAspectRatio=True, anchor="sw")  # page 2: a scan
    c.showPage()
    c.save()
    pages: list = []
    doc = read(tmp_path / "mixed.pdf", on_page=lambda *a: pages.append(a))
    assert pages == [(0, 1), (1, 1)]  # one page OCR'd
    assert [p.text for p in doc.paragraphs if p.page == 1] == [PAGE_1[1][:60]]
    assert any("2,75 km" in p.text for p in doc.paragraphs if p.page == 2)


def test_blank_page_is_left_out_with_a_reason(tmp_path, caplog):
    # a two-page TIFF: text, then an empty page
    scan(IMAGE).save(tmp_path / "two.tiff", save_all=True, append_images=[blank()])
    with caplog.at_level(logging.WARNING, logger="qa_bot"):
        doc = read(tmp_path / "two.tiff")
    assert {p.page for p in doc.paragraphs} == {1}
    assert "two.tiff: page 2: OCR read no text" in caplog.text
    # the build's report lists the page too (the CLI and the upload box show it)
    bot = QABot.build([tmp_path / "two.tiff"], index_dir=tmp_path / "idx")
    assert bot.report.pages_left_out == ["two.tiff: page 2: OCR read no text on it (blank?)"]
    blank().save(tmp_path / "empty.png")
    with pytest.raises(IngestError) as err:
        read(tmp_path / "empty.png")
    assert "OCR read no text" in err.value.reason


def test_missing_tesseract_or_model_is_a_clear_error_and_the_rest_indexes(scans, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes((scans / "scan.pdf").read_bytes())
    (folder / "note.txt").write_text("Cầu Mỹ Thuận được khánh thành năm 2000.\n", encoding="utf-8")
    bot = QABot.build([folder], index_dir=tmp_path / "idx",
                      settings=Settings(tesseract=str(tmp_path / "no-such-tesseract")))
    assert [d.source for d in bot.index.documents] == ["note.txt"]
    (err,) = bot.report.skipped
    assert err.source == "scan.pdf"
    assert "Tesseract is not installed" in err.reason and INSTALL in err.reason
    with pytest.raises(IngestError) as missing_model:
        read(folder / "scan.pdf", Settings(ocr_language="xyz"))
    assert "model for 'xyz' is not installed" in missing_model.value.reason
    assert INSTALL in missing_model.value.reason
    with pytest.raises(IngestError) as one_of_two:  # "vie+eng" is two models at once: name the missing one
        read(folder / "scan.pdf", Settings(ocr_language="vie+xyz"))
    assert "model for 'xyz' is not installed" in one_of_two.value.reason


def test_cli_index_shows_ocr_progress_per_page(scans, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes((scans / "scan.pdf").read_bytes())
    scan(IMAGE).save(folder / "two.tiff", save_all=True, append_images=[blank()])
    r = subprocess.run([sys.executable, "-m", "qa_bot.cli", "index", str(folder), "--index", str(tmp_path / "idx")],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "OCR scan.pdf" in r.stderr and "2/2" in r.stderr  # tqdm's bar, one step a page
    assert "left out: two.tiff: page 2: OCR read no text on it (blank?)" in r.stderr
    assert "indexed 2 files" in r.stdout


def test_a_page_tesseract_takes_too_long_on_is_left_out(tmp_path, caplog):
    from qa_bot.ingest.ocr import OcrOptions
    from qa_bot.ingest.readers import image_blocks

    scan(IMAGE).save(tmp_path / "slow.png")
    with caplog.at_level(logging.WARNING, logger="qa_bot"), pytest.raises(IngestError) as err:
        image_blocks((tmp_path / "slow.png").read_bytes(), "slow.png", OcrOptions(timeout=0.01))
    assert "slow.png: page 1: OCR failed" in caplog.text and "timeout" in caplog.text
    assert "OCR read no text" in err.value.reason


def test_damaged_image_is_a_clear_ingest_error(tmp_path):
    scan(IMAGE).save(tmp_path / "whole.png")
    data = (tmp_path / "whole.png").read_bytes()
    for name, damaged in [("cut.png", data[: len(data) // 2]), ("fake.jpg", b"not an image at all")]:
        (tmp_path / name).write_bytes(damaged)
        with pytest.raises(IngestError) as err:
            read(tmp_path / name)
        assert "is not a readable image" in err.value.reason
