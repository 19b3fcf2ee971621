"""Paragraphs → Chunks. A chunk never crosses a paragraph; long paragraphs split on sentences."""

from __future__ import annotations

from langchain_text_splitters import RecursiveCharacterTextSplitter

from qa_bot.settings import Settings
from qa_bot.types import Chunk, Document, Paragraph

# Sentence ends first, then clauses, then words: a chunk boundary falls at the
# largest unit that keeps chunks under the size.
_SEPARATORS = [r"\n\n", r"\n", r"(?<=[.!?…])\s+", r"(?<=[;:])\s+", r"(?<=,)\s+", r"\s+", ""]


class Chunker:
    def __init__(self, settings: Settings):
        self._splitter = RecursiveCharacterTextSplitter(
            chunk_size=settings.chunk_size,
            chunk_overlap=settings.chunk_overlap,
            separators=_SEPARATORS,
            is_separator_regex=True,
            keep_separator="end",  # separators are kept, so a chunk is a verbatim slice
        )

    def chunk_paragraph(self, p: Paragraph) -> list[Chunk]:
        if not p.citable:
            return []
        chunks: list[Chunk] = []
        search_from = 0
        for piece in self._splitter.split_text(p.text):
            start = p.text.find(piece, search_from)
            if start == -1:  # the splitter only drops separators, so this is a bug
                raise AssertionError(f"chunk not found in paragraph {p.source} ¶{p.number}")
            end = start + len(piece)
            chunks.append(Chunk(p.source, p.number, p.line, start, end, piece))
            search_from = start + 1
        return chunks

    def chunk_document(self, doc: Document) -> list[Chunk]:
        return [c for p in doc.paragraphs for c in self.chunk_paragraph(p)]
