"""Tesseract OCR: page images in, numbered lines (with Tesseract's paragraph of each) out.

Only this module talks to Tesseract (through pytesseract) and turns pages into
images (pypdfium2 for PDF pages, Pillow for image files); ``readers`` decides
which pages need OCR and makes paragraphs of the lines.

Why pytesseract on pages rendered by pypdfium2, not ocrmypdf: ocrmypdf writes a
new PDF with a text layer, which pypdf then reads back, so the paragraphs come
from pypdf's guesses instead of Tesseract's own layout, and it needs
Ghostscript besides. Measured on page 1 of seed 002 scanned at 300 dpi (2 shared
CPUs): the same Tesseract 5.3 reads the same text either way (CER 0.13 % both),
but ``ocrmypdf -l vie -j 1`` took 8.2 s against 5.9 s for this module (render,
OCR, paragraphs), and pypdf split its text layer into 9 paragraphs where the
page has 6 (the last line of a paragraph stood alone); ``image_to_data`` gives
the block/paragraph/line numbers directly.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import threading
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterator

from qa_bot.errors import IngestError

INSTALL = "apt-get install tesseract-ocr tesseract-ocr-vie"
# Tesseract's own automatic page segmentation (no orientation detection): columns,
# blocks and paragraphs, which become ours
_CONFIG = "--psm 3"
# Seconds Tesseract may spend on one page before the page is left out: pages of the seeds
# take 3-6 s here (README), but a noise-only page (a raw, uncompressed scan of grain) kept it
# busy for minutes, which would stall a whole folder
PAGE_TIMEOUT = 120
# A page is rendered at no more pixels than this (A4 at 300 dpi is 8.7 M): a poster-sized
# page is scaled down rather than allocated at gigabytes
MAX_PAGE_PIXELS = 40_000_000


@dataclass(frozen=True)
class OcrOptions:
    """How to OCR, and whom to tell about each page done."""

    language: str = "vie"
    dpi: int = 300
    tesseract: str = "tesseract"  # the program, a name on PATH or a path
    timeout: float = PAGE_TIMEOUT
    # on_page(done, pages): called with done=0 before the first page, then after each page
    on_page: Callable[[int, int], None] | None = None
    # on_left_out(page, why): a page that yields no text and is left out, for the build report
    on_left_out: Callable[[int, str], None] | None = None


@dataclass(frozen=True)
class OcrLine:
    number: int  # 1-based line of the page's OCR text
    text: str  # NFC, words joined by one space
    paragraph: tuple[int, int]  # Tesseract's (block_num, par_num): lines that share it are one paragraph


def check(options: OcrOptions, source: str) -> None:
    """Tesseract and the language model are there, or an IngestError that says what to install."""
    try:
        _languages(options.tesseract)
    except _NotFound:
        raise IngestError(source, f"needs OCR (it has pages without text) but Tesseract is not installed "
                                  f"(no program {options.tesseract!r}); install it with: {INSTALL}") from None
    # Tesseract reads "vie+eng" as both models at once: each must be there
    if missing := set(options.language.split("+")) - _languages(options.tesseract):
        raise IngestError(source, f"needs OCR (it has pages without text) but Tesseract's model for "
                                  f"{'+'.join(sorted(missing))!r} is not installed; install it with: {INSTALL}")


class _NotFound(Exception):
    pass


@functools.lru_cache(maxsize=8)  # a failure raises, so only a working Tesseract is remembered
def _languages(tesseract: str) -> frozenset[str]:
    import pytesseract

    try:
        with _tesseract(tesseract):
            return frozenset(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, FileNotFoundError, PermissionError):
        raise _NotFound from None


def read_page(image, options: OcrOptions) -> list[OcrLine]:
    """The lines Tesseract reads on one page image, top to bottom as it orders them."""
    import pytesseract

    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")  # palette, 1-bit, CMYK, alpha: what Tesseract reads best is plain
    with _tesseract(options.tesseract):
        data = pytesseract.image_to_data(image, lang=options.language, config=_CONFIG,
                                         output_type=pytesseract.Output.DICT, timeout=options.timeout)
    words: dict[tuple[int, int, int], list[str]] = {}
    for block, par, line, text in zip(data["block_num"], data["par_num"], data["line_num"], data["text"]):
        text = unicodedata.normalize("NFC", (text or "").strip())
        if text:
            words.setdefault((block, par, line), []).append(text)
    lines = [OcrLine(n, " ".join(ws), (key[0], key[1])) for n, (key, ws) in enumerate(words.items(), start=1)]
    # specks and rules read as '|', '—', '.': a page without a letter or digit has no text
    return lines if any(ch.isalnum() for ln in lines for ch in ln.text) else []


_lock = threading.Lock()  # pytesseract's program and the environment are process-wide


@contextlib.contextmanager
def _tesseract(program: str):
    """pytesseract runs ``program``, on one OpenMP thread unless the user chose otherwise.

    On this 2-CPU machine under another process's load, one A4 page at 300 dpi took
    12.8 s with Tesseract's default OpenMP threads and 3.0 s with OMP_THREAD_LIMIT=1
    (its threads spin-wait for a CPU); ocrmypdf sets the same limit for the same reason.
    pytesseract passes no environment of its own, so the process's is set for the call.
    """
    import pytesseract

    with _lock:
        pytesseract.pytesseract.tesseract_cmd = program
        before = os.environ.get("OMP_THREAD_LIMIT")
        if before is None:
            os.environ["OMP_THREAD_LIMIT"] = "1"
        try:
            yield
        finally:
            if before is None:
                os.environ.pop("OMP_THREAD_LIMIT", None)


def pdf_page_images(data: bytes, pages: list[int], dpi: int) -> Iterator[tuple[int, object]]:
    """(page number, PIL image) of the given 1-based pages of a PDF, rendered at ``dpi``."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        for number in pages:
            page = pdf[number - 1]
            try:
                width, height = page.get_size()  # PDF points, 72 a inch
                scale = dpi / 72
                if width * height * scale * scale > MAX_PAGE_PIXELS:
                    scale = (MAX_PAGE_PIXELS / (width * height)) ** 0.5
                yield number, page.render(scale=scale, grayscale=True).to_pil()
            finally:
                page.close()
    finally:
        pdf.close()


def image_pages(data: bytes, source: str) -> Iterator[tuple[int, object]]:
    """(page number, PIL image) of every frame of an image file (a multi-page TIFF has many)."""
    from PIL import Image, ImageOps, ImageSequence

    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (Image.DecompressionBombError, OSError, ValueError, SyntaxError) as exc:
        raise IngestError(source, f"is not a readable image ({exc.__class__.__name__}: {exc}); "
                                  "it is damaged or not an image") from None
    for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
        # a phone photo is stored sideways with an EXIF note of how to turn it; Tesseract reads it upright
        yield number, ImageOps.exif_transpose(frame.copy())


def page_count(data: bytes, source: str) -> int:
    from PIL import Image

    try:
        return getattr(Image.open(io.BytesIO(data)), "n_frames", 1)
    except (Image.DecompressionBombError, OSError, ValueError, SyntaxError) as exc:
        raise IngestError(source, f"is not a readable image ({exc.__class__.__name__}: {exc}); "
                                  "it is damaged or not an image") from None
