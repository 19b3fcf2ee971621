"""Files → Documents: find the files, decode them, split them into numbered paragraphs.

Formats (``SUPPORTED``): plain text and Markdown here; PDF, HTML and scans (PDF pages
without text, images: OCR by Tesseract) through ``readers`` (pypdf, BeautifulSoup,
``ocr``); DOCX through ``wordfile``; XLSX and CSV through ``spreadsheets``; PPTX through
``slides``; .doc .odt .rtf .xls .ods converted by LibreOffice (``office``, one batch per
build: ``convert_all``) and then read as DOCX or XLSX. Each reader's docstring says what a
paragraph, its ``line`` and its ``page`` (or ``sheet``) are; tables give one paragraph per
row (``tables``). Every format's paragraphs are numbered from 1 in document order,
NFC-normalised, and web chrome is marked not citable by ``boilerplate.mark_citable``
(never a table row).

``find_files`` lists every file it does not take, with the reason: nothing under an
indexed folder is left out in silence (hidden files and folders, whose names start with
a dot, are not documents and are not listed).

Decoding .txt, .md and .html (``decode``), first answer wins:

1. empty or only whitespace: an error ("is empty");
2. a byte-order mark: UTF-8 with BOM, UTF-16 (LE or BE) with BOM;
3. NUL bytes, or more than 5 % control bytes: "looks like a binary file", skipped;
4. UTF-8 (strict);
5. for HTML, the charset its ``<meta>`` declares (latin-1/ascii labels read as
   windows-1252, as browsers do);
6. Windows-1258 (legacy Vietnamese) when the result is plausible Vietnamese:
   at least ten letters, two of them (and 5 %) with Vietnamese diacritics,
   every non-ASCII letter a Vietnamese one, nine in ten of the words that hold
   one shaped like a Vietnamese syllable (consonants, one to three vowels, a
   final consonant, one tone mark at most), no control character, no tone mark
   left over after NFC composition, no symbol inside a word. Windows-1258 writes
   tones as combining marks ("ô" + U+0323), so the text is NFC-composed before
   the test and before indexing. This comes before statistical detection
   because it is a stronger test on short texts, on which detectors guess;
7. Windows-1252 when all it adds to ASCII is typography (curly quotes, dashes,
   ellipsis, bullet, no-break space, ©, °, €...): English saved by a Windows editor;
8. charset-normalizer's best guess (Windows-1252 when it fits about as well as
   the best, being by far the most common legacy code page), when it decodes
   the whole file, its mess ratio is low, the text passes the same character
   tests, and there is evidence: a recognised language (coherence) or at least
   8 non-ASCII letters;
9. otherwise an error that says the file is not valid UTF-8 and asks for UTF-8.

   (6b. TCVN3/ABC or VNI text: the bytes read as Windows-1252 and, when ``legacy_fonts.detect``
   finds them to be one of those font encodings, mapped to Unicode; after each paragraph of a
   .txt, .md, .html or .csv file is checked on its own too, ``legacy_fonts.fix``.)

VISCII is not recognised: save such files as UTF-8.
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import os
import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from qa_bot.errors import IngestError
from qa_bot.ingest.boilerplate import mark_citable
from qa_bot.ingest.ocr import OcrOptions
from qa_bot.ingest import office
from qa_bot.ingest.readers import Block, html_blocks, human_size, image_blocks, pdf_blocks
from qa_bot.ingest.slides import pptx_blocks
from qa_bot.ingest.spreadsheets import csv_blocks, xlsx_blocks
from qa_bot.ingest.wordfile import docx_blocks
from qa_bot.language import legacy_fonts
from qa_bot.language.text import nfc, strip_controls
from qa_bot.settings import Settings
from qa_bot.types import Document, Paragraph

log = logging.getLogger(__name__)

SUPPORTED = {
    ".txt": "text", ".md": "markdown", ".markdown": "markdown",
    ".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html",
    ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image",
    ".xlsx": "xlsx", ".xlsm": "xlsx", ".pptx": "pptx", ".csv": "csv",
    # LibreOffice converts these to .docx / .xlsx first (office.py)
    ".doc": "doc", ".odt": "odt", ".rtf": "rtf", ".xls": "xls", ".ods": "ods",
}
# formats whose reading takes seconds (OCR a page, LibreOffice a batch): an unchanged file is not read again
SLOW = frozenset({"pdf", "image"}) | frozenset(office.TARGET)
# plain-text formats whose paragraphs may be TCVN3 or VNI text read as Latin-1 look-alikes
_LEGACY_TEXT = frozenset({"text", "markdown", "html", "csv"})


@dataclass(frozen=True)
class SourceFile:
    path: Path  # where to read it
    source: str  # how it is cited: relative to the indexed folder, '/' separated


def find_files(paths: list[str | os.PathLike]) -> tuple[list[SourceFile], list[IngestError]]:
    """Expand folders into their supported files; a file names itself relative to its folder."""
    found: list[SourceFile] = []
    errors: list[IngestError] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            root = p.resolve()
            for path in sorted(p.rglob("*")):
                rel = path.relative_to(p)
                if any(part.startswith(".") for part in rel.parts) or not path.is_file():
                    continue
                if path.suffix.lower() not in SUPPORTED or path.name.startswith("~$"):
                    # listed, never dropped in silence: the user sees which files the index does not hold
                    errors.append(IngestError(rel.as_posix(), unsupported(path)))
                    continue
                # a symlink may point anywhere; only what lives inside the folder is indexed
                if not path.resolve().is_relative_to(root):
                    errors.append(IngestError(rel.as_posix(), "is a link to a file outside the indexed folder; skipped"))
                    continue
                found.append(SourceFile(path, rel.as_posix()))
        elif p.is_file():
            if p.suffix.lower() not in SUPPORTED or p.name.startswith("~$"):
                errors.append(IngestError(p.name, unsupported(p)))
                continue
            found.append(SourceFile(p, p.name))
        else:
            errors.append(IngestError(str(given), "no such file or folder"))
    return found, errors


def unsupported(path: Path) -> str:
    """Why a file of an unknown extension is left out, and what would be read."""
    if path.name.startswith("~$"):
        # Word and Excel write "~$name.docx" beside a document while it is open: not a document
        return "an Office lock file (the document is open in Word or Excel), not a document"
    return (f"unsupported format {path.suffix.lower() or '(no extension)'}; "
            f"supported: {', '.join(sorted(SUPPORTED))}")


def convert_all(files: list[SourceFile], settings: Settings) -> dict[str, bytes | IngestError]:
    """The files LibreOffice must convert (.doc .odt .rtf .xls .ods), converted in one batch per target
    format: {source: .docx/.xlsx bytes, or why not}; pass each to ``read_document(converted=...)``."""
    batch = []
    out: dict[str, bytes | IngestError] = {}
    for f in files:
        kind = SUPPORTED.get(f.path.suffix.lower())
        if kind not in office.TARGET:
            continue
        try:
            data = _read_bytes(f, settings)
        except IngestError as exc:
            out[f.source] = exc
            continue
        if data.strip():
            batch.append((f.source, data, kind))
    out.update(office.convert(batch))
    return out


def _read_bytes(file: SourceFile, settings: Settings) -> bytes:
    try:
        size = file.path.stat().st_size
        if size > settings.max_file_bytes:
            raise IngestError(file.source, f"is {human_size(size)}, over the {human_size(settings.max_file_bytes)} limit")
        return file.path.read_bytes()
    except OSError as exc:
        raise IngestError(file.source, f"cannot be read ({exc.strerror or exc})") from None


def read_document(file: SourceFile, settings: Settings,
                  on_page: Callable[[int, int], None] | None = None,
                  on_left_out: Callable[[int, str], None] | None = None,
                  converted: bytes | IngestError | None = None) -> Document:
    """Read one file into a Document; every failure is an IngestError naming the file.

    ``on_page(done, pages)`` follows OCR: done=0 before the first scanned page, then after each.
    ``on_left_out(page, why)``: a page of a PDF or a scan that gave no text and is left out.
    ``converted``: for a format LibreOffice converts, what ``convert_all`` made of it; without it
    the file is converted here, on its own (a LibreOffice start per file).
    """
    data = _read_bytes(file, settings)
    kind = SUPPORTED.get(file.path.suffix.lower())
    if kind is None:
        raise IngestError(file.source, unsupported(file.path))
    if not data.strip():
        raise IngestError(file.source, "is empty")
    read_as = kind
    if kind in office.TARGET:
        if converted is None:
            converted = office.convert([(file.source, data, kind)])[file.source]
        if isinstance(converted, IngestError):
            raise converted
        read_as = office.TARGET[kind]
    blocks = _blocks(read_as, converted if read_as != kind else data, file.source, settings, on_page, on_left_out)
    if read_as not in ("text", "markdown"):
        # a parser may hand over control characters or lone surrogates (a broken font map):
        # neither can be quoted nor embedded
        blocks = [replace(b, text=t) for b in blocks if (t := _SURROGATES.sub("", strip_controls(b.text)).strip())]
    if kind in _LEGACY_TEXT:
        # TCVN3/VNI text saved as plain bytes reads as Latin-1 look-alikes ("C«ng v¨n"): detected per
        # paragraph, as a file may mix them with Unicode
        blocks = [replace(b, text=legacy_fonts.fix(b.text)) for b in blocks]
    paragraphs = mark_citable(
        [Paragraph(file.source, i, b.line, nfc(b.text), b.page, sheet=b.sheet, table=b.table)
         for i, b in enumerate(blocks, start=1)]
    )
    # a table row is content whatever its length: its cells are figures, not web chrome
    paragraphs = [replace(p, citable=True) if b.table and not p.citable else p for p, b in zip(paragraphs, blocks)]
    if not paragraphs:
        raise IngestError(file.source, "has no text")
    return Document(file.source, hashlib.sha256(data).hexdigest(), kind, tuple(paragraphs),
                    read_with=read_settings(kind, settings))


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, read a megabyte at a time; OSError if it cannot be read."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def ocr_settings(settings: Settings) -> str:
    """What decides the text OCR gives a scan: a scan read otherwise is read again."""
    return f"{settings.ocr_language}, {settings.ocr_dpi} dpi"


def read_settings(kind: str, settings: Settings) -> str:
    """The settings that decide the text a slow format gives ("vie, 300 dpi"; "numbers en-US"):
    an unchanged file read with other settings is read again (``Document.read_with``)."""
    if kind in office.TARGET:
        # "rows": read since table rows are marked (Paragraph.table); a file converted before is read again
        return f"numbers {settings.spreadsheet_numbers}, rows" if office.TARGET[kind] == "xlsx" else "libreoffice, rows"
    return ocr_settings(settings) if kind in SLOW else ""


def sha256_of(file: SourceFile) -> str | None:
    """The file's content hash, as ``read_document`` records it; None when it cannot be read."""
    try:
        return file_sha256(file.path)
    except OSError:
        return None


def _blocks(kind: str, data: bytes, source: str, settings: Settings, on_page=None, on_left_out=None
            ) -> list[Block]:
    ocr = OcrOptions(language=settings.ocr_language, dpi=settings.ocr_dpi, tesseract=settings.tesseract,
                     on_page=on_page, on_left_out=on_left_out)
    if kind == "pdf":
        return pdf_blocks(data, source, ocr)
    if kind == "image":
        return image_blocks(data, source, ocr)
    if kind == "docx":
        return docx_blocks(data, source, settings.max_file_bytes)
    if kind == "xlsx":
        return xlsx_blocks(data, source, settings.max_file_bytes, settings.spreadsheet_numbers)
    if kind == "pptx":
        return pptx_blocks(data, source, settings.max_file_bytes)
    if kind == "csv":
        return csv_blocks(decode(data, source), source)
    if kind == "html":
        text = decode(data, source, declared=declared_charset(data))
        try:
            return html_blocks(text)
        except Exception as exc:  # noqa: BLE001 - html.parser is lenient; this is a last resort
            raise IngestError(source, f"cannot be parsed as HTML ({exc.__class__.__name__})") from None
    lines = decode(data, source).splitlines()
    pairs = split_markdown(lines) if kind == "markdown" else split_text(lines)
    return [Block(line, body) for line, body in pairs]


# ---- decoding -------------------------------------------------------------------------------------

_SURROGATES = re.compile("[\ud800-\udfff]")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# control bytes other than tab, newline, vertical tab, form feed, carriage return and escape
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
BINARY_CONTROL_SHARE = 0.05
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_SAMPLE_CHARS = 200_000
# fewer letters than this is too little text to tell one code page from another
MIN_EVIDENCE_LETTERS = 10
_WORD = re.compile(r"[^\W\d_]+")
_SYLLABLE = re.compile(r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(ch|ng|nh|[cmnpt])?")
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
VIETNAMESE_LETTERS = frozenset(
    unicodedata.normalize("NFC", base + tone) for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY" for tone in _TONES
) | {"đ", "Đ"}
# what a Windows editor puts into otherwise ASCII text
_TYPOGRAPHY = frozenset("‘’‚“”„–—…•·\u00a0°©®™€§¶×")
# browsers read these labels as windows-1252 (WHATWG Encoding Standard)
_AS_WINDOWS_1252 = {"ascii", "us-ascii", "latin1", "latin-1", "l1", "iso-8859-1", "iso8859-1", "iso_8859-1"}
_META_CHARSET = re.compile(rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([a-zA-Z0-9_.:-]{1,40})", re.IGNORECASE)


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Bytes of a text file → NFC text; see the module docstring for the order of attempts."""
    if not data.strip():
        raise IngestError(source, "is empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            if codec == "utf-16" and len(data) % 2:
                raise IngestError(source, "looks like a binary file (it is not valid UTF-16 text)")
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                if codec == "utf-8-sig":
                    raise IngestError(source, f"is not valid UTF-8 (byte {exc.start}) although it starts "
                                              "with a UTF-8 byte-order mark; save it as UTF-8 and index it again") from None
                raise IngestError(source, "looks like a binary file (it is not valid UTF-16 text)") from None
            if "\x00" in text or len(_CONTROL_CHARS.findall(text)) > BINARY_CONTROL_SHARE * len(text):
                raise IngestError(source, "looks like a binary file, not text")
            return _nonempty(nfc(text), source)
    if b"\x00" in data or len(_CONTROL_BYTES.findall(data)) > BINARY_CONTROL_SHARE * len(data):
        raise IngestError(source, "looks like a binary file, not text (UTF-16 text needs a byte-order mark)")
    try:
        return _nonempty(nfc(data.decode("utf-8")), source)
    except UnicodeDecodeError as exc:
        bad = exc.start
    for name, text in _legacy_candidates(data, declared):
        log.info("%s: not UTF-8, read as %s", source, name)
        return _nonempty(text, source)
    raise IngestError(
        source,
        f"is not valid UTF-8 (byte {bad}) and does not read as Vietnamese Windows-1258 or any other "
        "text encoding either; save it as UTF-8 and index it again",
    )


def _nonempty(text: str, source: str) -> str:
    if not text.strip():
        raise IngestError(source, "is empty")
    return text


def _legacy_candidates(data: bytes, declared: str | None):
    """(encoding, NFC text) of the legacy decodings that pass their tests, best first."""
    if declared:
        codec = _codec(declared)
        if codec and codec not in ("utf-8", "utf-16", "utf-32"):
            text = _try_decode(data, codec)
            if text is not None and _looks_like_text(text):
                yield codec, text
    text = _try_decode(data, "cp1258")
    if text is not None and plausible_vietnamese(text):
        yield "cp1258", text
    # TCVN3 (ABC) or VNI text: bytes a legacy font drew as Vietnamese, here read as the Windows-1252
    # characters they are and mapped to Unicode (language/legacy_fonts.py)
    latin = _try_decode(data, "cp1252") or _try_decode(data, "latin-1")
    encoding = legacy_fonts.detect(latin) if latin is not None else None
    if encoding:
        yield encoding, nfc(legacy_fonts.decode(latin, encoding))
    text = _try_decode(data, "cp1252")
    if text is not None and _looks_like_text(text) and all(c in _TYPOGRAPHY for c in _sample(text) if not c.isascii()):
        yield "cp1252", text  # English from a Windows editor: only curly quotes, dashes and the like
    try:
        from charset_normalizer import from_bytes
        matches = from_bytes(data)
        best = matches.best()
    except Exception:  # noqa: BLE001 - detection is a best effort
        matches, best = [], None
    for m in matches:
        # code pages that fit about equally well: prefer Windows-1252, by far the most common one
        if best is not None and m.encoding == "cp1252" and m.chaos <= best.chaos + 0.1 \
                and m.coherence >= best.coherence - 0.05:
            best = m
    if best is not None and best.chaos <= 0.1:
        text = _try_decode(data, best.encoding)
        if text is not None and _looks_like_text(text):
            letters = sum(1 for c in _sample(text) if c.isalpha() and not c.isascii())
            if best.coherence >= 0.2 or letters >= 8:
                yield best.encoding, text


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    if label in _AS_WINDOWS_1252:
        return "cp1252"
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # not 'rot13', 'base64', 'undefined', 'unicode_escape'...: only real character encodings
    return info.name if getattr(info, "_is_text_encoding", True) and "escape" not in info.name \
        and info.name not in ("undefined", "idna", "punycode") else None


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return nfc(data.decode(codec))
    except (UnicodeError, LookupError, ValueError):
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML file declares in a ``<meta>`` near its top, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def _sample(text: str) -> str:
    """The lines that hold non-ASCII characters, up to a bound: what the tests below look at."""
    out, total = [], 0
    for line in text.split("\n"):
        if not line.isascii():
            out.append(line)
            total += len(line)
            if total > _SAMPLE_CHARS:
                break
    return "\n".join(out)


def _looks_like_text(text: str) -> bool:
    """No control characters; no private-use or unassigned characters; no combining mark
    without a letter to carry it; no symbol (°, ¤, ˙, ...) between two letters: the marks
    of bytes read with the wrong code page."""
    if _CONTROL_CHARS.search(text):
        return False
    sample = _sample(text)
    for i, c in enumerate(sample):
        if c.isascii():
            continue
        cat = unicodedata.category(c)
        if cat in ("Co", "Cn", "Cs"):
            return False
        if cat == "Mn" and (i == 0 or not (sample[i - 1].isalpha() or unicodedata.category(sample[i - 1]) == "Mn")):
            return False
        if cat in ("So", "Sm", "Sc", "Sk", "No") and 0 < i < len(sample) - 1 \
                and sample[i - 1].isalpha() and sample[i + 1].isalpha():
            return False
    return True


def plausible_vietnamese(text: str) -> bool:
    """``text`` (NFC) reads as Vietnamese: see step 6 of the module docstring."""
    if not _looks_like_text(text):
        return False
    sample = _sample(text)
    if any(unicodedata.category(c) == "Mn" for c in sample):
        return False  # every Vietnamese tone mark composes under NFC
    letters = [c for c in sample if c.isalpha()]
    accented = [c for c in letters if not c.isascii()]
    if any(c not in VIETNAMESE_LETTERS for c in accented):
        return False
    if len(accented) < 2 or len(letters) < MIN_EVIDENCE_LETTERS or len(accented) < 0.05 * len(letters):
        return False
    words = [w for w in _WORD.findall(sample) if not w.isascii()]
    good = sum(1 for w in words if _vietnamese_syllable(w))
    return good >= 0.9 * len(words)


def _vietnamese_syllable(word: str) -> bool:
    """One written Vietnamese syllable: initial consonant(s), one to three vowels, a final
    consonant, and at most one tone mark."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(1 for c in decomposed if c in _TONES) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return _SYLLABLE.fullmatch(bare) is not None


def split_text(lines: list[str]) -> list[tuple[int, str]]:
    """Plain text: every non-blank line is one paragraph."""
    return [(n, line.strip()) for n, line in enumerate(lines, start=1) if line.strip()]


_MD_BLOCK_START = re.compile(r"^\s{0,3}(#{1,6}\s|[-*+]\s|\d+[.)]\s|>)")


def split_markdown(lines: list[str]) -> list[tuple[int, str]]:
    """Markdown: blocks separated by blank lines; headings and list items stand alone."""
    blocks: list[tuple[int, list[str]]] = []
    in_fence = False
    for n, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
        if not stripped and not in_fence:
            blocks.append((n, []))  # blank line closes the block
            continue
        starts_new = not in_fence and (_MD_BLOCK_START.match(line) or (blocks and blocks[-1][1]
                                       and blocks[-1][1][0].lstrip().startswith("#")))
        if not blocks or not blocks[-1][1] or starts_new:
            blocks.append((n, [line.rstrip()]))
        else:
            blocks[-1][1].append(line.rstrip())
    return [(n, "\n".join(body).strip()) for n, body in blocks if body and "\n".join(body).strip()]
