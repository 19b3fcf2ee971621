"""Files → Documents: find the files, decode them, split them into numbered paragraphs."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .boilerplate import mark_citable
from .errors import IngestError
from .settings import Settings
from .text import nfc
from .types import Document, Paragraph

SUPPORTED = {".txt": "text", ".md": "markdown", ".markdown": "markdown"}


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
                if path.suffix.lower() not in SUPPORTED:
                    continue
                # a symlink may point anywhere; only what lives inside the folder is indexed
                if not path.resolve().is_relative_to(root):
                    errors.append(IngestError(rel.as_posix(), "is a link to a file outside the indexed folder; skipped"))
                    continue
                found.append(SourceFile(path, rel.as_posix()))
        elif p.is_file():
            if p.suffix.lower() not in SUPPORTED:
                errors.append(IngestError(p.name, f"unknown format {p.suffix or '(no extension)'}; "
                                                  f"supported: {', '.join(sorted(SUPPORTED))}"))
                continue
            found.append(SourceFile(p, p.name))
        else:
            errors.append(IngestError(str(given), "no such file or folder"))
    return found, errors


def read_document(file: SourceFile, settings: Settings) -> Document:
    """Read one file into a Document; every failure is an IngestError naming the file."""
    try:
        size = file.path.stat().st_size
        if size > settings.max_file_bytes:
            raise IngestError(file.source, f"is {size / 1e6:.0f} MB, over the {settings.max_file_bytes / 1e6:.0f} MB limit")
        data = file.path.read_bytes()
    except OSError as exc:
        raise IngestError(file.source, f"cannot be read ({exc.strerror or exc})") from None
    kind = SUPPORTED.get(file.path.suffix.lower())
    if kind is None:
        raise IngestError(file.source, f"unknown format {file.path.suffix or '(no extension)'}")
    text = decode(data, file.source)
    lines = text.splitlines()
    blocks = split_markdown(lines) if kind == "markdown" else split_text(lines)
    paragraphs = mark_citable(
        [Paragraph(file.source, i, line, body) for i, (line, body) in enumerate(blocks, start=1)]
    )
    if not paragraphs:
        raise IngestError(file.source, "has no text")
    return Document(file.source, hashlib.sha256(data).hexdigest(), kind, tuple(paragraphs))


def decode(data: bytes, source: str) -> str:
    if not data.strip():
        raise IngestError(source, "is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise IngestError(source, "looks like a binary file (it is not valid UTF-16 text)") from None
        if "\x00" in text:
            raise IngestError(source, "looks like a binary file, not text")
        return nfc(text)
    if b"\x00" in data:
        raise IngestError(source, "looks like a binary file, not text")
    try:
        return nfc(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise IngestError(
            source, f"is not valid UTF-8 (byte {exc.start}); save it as UTF-8 and index it again"
        ) from None


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
