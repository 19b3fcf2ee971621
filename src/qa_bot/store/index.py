"""The index on disk: chunk store, FAISS vectors, BM25, and a manifest, written atomically.

Layout of ``indexes/<name>/``::

    CURRENT             name of the live generation (replaced atomically)
    gen-<time>-<id>/    one complete, immutable index
        manifest.json   format version, model id and dimension, chunking, sources, file checksums
        store.json      documents, paragraphs and chunk spans
        embeddings.npy  one unit vector per chunk (kept so unchanged files are never re-embedded)
        sentences.npy   one unit vector per quotable sentence (what the answer scorer compares)
        dense.faiss     the FAISS index over those vectors (flat or HNSW; absent for Qdrant)
        lexical/        the BM25 index (bm25s)

A build writes a new generation next to the live one and only then points
CURRENT at it, so a crash at any moment leaves the last good index loadable.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Callable

import numpy as np

from qa_bot.errors import IndexCorruptedError, IndexNotFoundError
from qa_bot.ingest import boilerplate
from qa_bot.ingest.chunking import Chunker
from qa_bot.ingest.documents import file_sha256
from qa_bot.language import vietnamese
from qa_bot.language.diacritics import DiacriticRestorer
from qa_bot.language.text import sentence_spans
from qa_bot.settings import Settings
from qa_bot.store.embedding import Embedder
from qa_bot.store.lexical import LexicalIndex
from qa_bot.store.vectorstore import VectorStore, build_store, load_store
from qa_bot.types import Chunk, Document, Paragraph, Sentence

FORMAT = "qa-bot-index"
# 2: quotable sentences with their underthesea words and vectors (the answer scorer's input)
FORMAT_VERSION = 2
CURRENT = "CURRENT"
MANIFEST = "manifest.json"
STORE = "store.json"
EMBEDDINGS = "embeddings.npy"
SENTENCE_VECTORS = "sentences.npy"
LEXICAL = "lexical"

Progress = Callable[[int], None]


def _rebuild_hint(index_dir: Path) -> str:
    return f"Rebuild it with: qa-bot index <your documents folder> --index {index_dir}"


@dataclass
class Index:
    documents: list[Document]
    chunks: list[Chunk]
    vectors: np.ndarray
    model: str
    dim: int
    chunking: dict
    dense: VectorStore = field(repr=False)
    lexical: LexicalIndex = field(repr=False)
    sentences: list[Sentence] = field(default_factory=list)
    sentence_vectors: np.ndarray | None = None
    embedded: int = 0  # chunks the build that made this index had to embed (not persisted)
    embedded_sentences: int = 0  # and sentences that are not a whole chunk
    # (source, reason) of the files the builds could not index: kept in the manifest, so a loaded
    # index still tells which files of its folder it does not hold and why
    left_out: list[tuple[str, str]] = field(default_factory=list)
    _paragraphs: dict[tuple[str, int], Paragraph] = field(default_factory=dict, repr=False)
    _rows: dict[tuple[str, int], list[int]] = field(default_factory=dict, repr=False)

    def __post_init__(self):
        self._paragraphs = {(p.source, p.number): p for d in self.documents for p in d.paragraphs}
        for row, c in enumerate(self.chunks):
            self._rows.setdefault((c.source, c.paragraph), []).append(row)
        self._sentence_rows: dict[tuple[str, int], list[int]] = {}
        for row, sent in enumerate(self.sentences):
            self._sentence_rows.setdefault((sent.source, sent.paragraph), []).append(row)
        if self.sentence_vectors is None:
            self.sentence_vectors = np.empty((0, self.dim), np.float32)

    @cached_property
    def restorer(self) -> DiacriticRestorer:
        """Puts diacritics back on questions typed without them, from this index's own words.

        Built on first use, so the previous index a build loads only to reuse its vectors
        never pays for it (2.5 s at 100k chunks); the Retriever asks for it when a bot is
        set up, so no question waits for it either.
        """
        return DiacriticRestorer((c.text for c in self.chunks), vietnamese.general_sentences())

    # ---- building -------------------------------------------------------

    @classmethod
    def create(
        cls,
        documents: list[Document],
        embedder: Embedder,
        settings: Settings,
        previous: "Index | None" = None,
        on_progress: Progress | None = None,
        on_total: Callable[[int], None] | None = None,
    ) -> "Index":
        """Chunk and embed ``documents``; reuse vectors of unchanged files from ``previous``."""
        chunker = Chunker(settings)
        chunking = chunking_settings(settings)
        reusable: dict[tuple[str, str], tuple[list[Chunk], np.ndarray]] = {}
        if previous is not None and previous.model == embedder.model_id and previous.chunking == chunking:
            reusable = previous.vectors_by_document()

        old_sentences = previous.sentences_by_document() if reusable else {}

        per_doc = [chunker.chunk_document(doc) for doc in documents]
        parts: list[np.ndarray | None] = []
        sentence_parts: list[tuple[list[Sentence], np.ndarray | None]] = []
        for doc, chunks in zip(documents, per_doc):
            old_chunks, old_vectors = reusable.get((doc.source, doc.sha256), (None, None))
            # The same file can be cut into other chunks by a newer version of the rules
            # (which lines are chrome, where sentences end): vectors are reused chunk for chunk.
            parts.append(old_vectors if old_chunks == chunks else None)
            old_sents, old_svecs = old_sentences.get((doc.source, doc.sha256), (None, None))
            spans = _sentence_spans(doc)
            if old_sents is not None and [(t.paragraph, t.start, t.end) for t in old_sents] == spans:
                sentence_parts.append((old_sents, old_svecs))
            else:
                sentence_parts.append((_segment(doc, spans), None))

        todo = [i for i, part in enumerate(parts) if part is None]
        labelled = [_Labelled(doc) for doc in documents]
        new_texts = [labelled[i].embedded(c.paragraph, c.text) for i in todo for c in per_doc[i]]
        # A sentence that is a whole chunk already has its vector; only the others are embedded.
        chunk_at = {(c.source, c.paragraph, c.start, c.end): (i, j)
                    for i, chunks in enumerate(per_doc) for j, c in enumerate(chunks)}
        sentence_todo = [(i, j) for i, (sents, vecs) in enumerate(sentence_parts) if vecs is None
                         for j, t in enumerate(sents) if (t.source, t.paragraph, t.start, t.end) not in chunk_at]
        sentence_texts = [labelled[i].embedded(t.paragraph, _sentence_text(documents[i], t))
                          for i, j in sentence_todo for t in (sentence_parts[i][0][j],)]
        if on_total:
            on_total(len(new_texts) + len(sentence_texts))
        new_vecs = embedder.embed_passages(new_texts + sentence_texts, settings.batch_size, on_progress)
        taken = 0
        for i in todo:
            parts[i] = new_vecs[taken : taken + len(per_doc[i])]
            taken += len(per_doc[i])
        fresh = dict(zip(sentence_todo, new_vecs[taken:]))
        for i, (sents, vecs) in enumerate(sentence_parts):
            if vecs is None:
                rows = []
                for j, t in enumerate(sents):
                    key = (t.source, t.paragraph, t.start, t.end)
                    if key in chunk_at:
                        ci, cj = chunk_at[key]
                        rows.append(parts[ci][cj])
                    else:
                        rows.append(fresh[(i, j)])
                vecs = np.asarray(rows, dtype=np.float32).reshape(len(sents), embedder.dim)
                sentence_parts[i] = (sents, vecs)
        vectors = np.concatenate([np.empty((0, embedder.dim), np.float32), *parts]).astype(np.float32)
        all_chunks = [c for chunks in per_doc for c in chunks]
        sentences = [t for sents, _ in sentence_parts for t in sents]
        sentence_vectors = np.concatenate([np.empty((0, embedder.dim), np.float32),
                                           *(v for _, v in sentence_parts)]).astype(np.float32)
        index = cls.assemble(documents, all_chunks, vectors, embedder.model_id, embedder.dim, chunking, settings,
                             sentences, sentence_vectors)
        index.embedded = len(new_texts)
        index.embedded_sentences = len(sentence_texts)
        return index

    @classmethod
    def assemble(cls, documents, chunks, vectors, model, dim, chunking, settings: Settings,
                 sentences=(), sentence_vectors=None) -> "Index":
        return cls(
            documents=list(documents),
            chunks=list(chunks),
            vectors=vectors,
            model=model,
            dim=dim,
            chunking=chunking,
            dense=build_store(vectors, dim, settings),
            lexical=LexicalIndex.build(_labelled_texts(documents, chunks)),
            sentences=list(sentences),
            sentence_vectors=sentence_vectors,
        )

    def sentences_by_document(self) -> dict[tuple[str, str], tuple[list[Sentence], np.ndarray]]:
        """Each file version's sentences and their vectors, for a rebuild to reuse."""
        bounds = _document_bounds(self.sentences, self.documents)
        return {(d.source, d.sha256): (self.sentences[s:e], self.sentence_vectors[s:e])
                for d, (s, e) in zip(self.documents, bounds)}

    def sentence_rows(self, source: str, number: int) -> list[int]:
        """Rows (into ``sentences`` and ``sentence_vectors``) of one paragraph's quotable sentences."""
        return self._sentence_rows.get((source, number), [])

    def vectors_by_document(self) -> dict[tuple[str, str], tuple[list[Chunk], np.ndarray]]:
        """Each file version's chunks and their vectors, for a rebuild to reuse."""
        bounds = _document_bounds(self.chunks, self.documents)
        return {(d.source, d.sha256): (self.chunks[s:e], self.vectors[s:e])
                for d, (s, e) in zip(self.documents, bounds)}

    @cached_property
    def _chunk_bounds(self) -> dict[str, tuple[int, int]]:
        return {d.source: b for d, b in zip(self.documents, _document_bounds(self.chunks, self.documents))}

    def document_chunk_rows(self, source: str) -> range:
        """Rows (into ``chunks`` and ``vectors``) of one document's chunks; empty if it is not indexed."""
        return range(*self._chunk_bounds.get(source, (0, 0)))

    # ---- reading --------------------------------------------------------

    def paragraph(self, source: str, number: int) -> Paragraph:
        return self._paragraphs[(source, number)]

    def chunk_rows(self, source: str, number: int) -> list[int]:
        """Rows (into ``chunks`` and ``vectors``) of one paragraph's chunks."""
        return self._rows.get((source, number), [])

    @cached_property
    def _by_source(self) -> dict[str, Document]:
        return {d.source: d for d in self.documents}

    @cached_property
    def headings(self) -> frozenset[tuple[str, int]]:
        """(source, paragraph number) of every heading (``boilerplate.headings``): found, never quoted."""
        return frozenset((d.source, n) for d in self.documents for n in boilerplate.headings(d.paragraphs))

    @cached_property
    def _labels(self) -> dict[str, "_Labelled"]:
        return {d.source: _Labelled(d) for d in self.documents}

    def context(self, source: str, number: int) -> str:
        """The text of what labels a paragraph: the heading of the administrative document it is in, below that
        heading (``boilerplate.labels``); empty for any other paragraph."""
        return self._labels[source].heading(number) if source in self._labels else ""

    def document(self, source: str) -> Document | None:
        # a build looks up every file it reads here: by name, not by a scan of all documents
        return self._by_source.get(source)

    def stats(self) -> dict:
        return {
            "files": len(self.documents),
            "paragraphs": sum(len(d.paragraphs) for d in self.documents),
            "chunks": len(self.chunks),
            "model": self.model,
            "dim": self.dim,
        }

    # ---- disk -----------------------------------------------------------

    def save(self, index_dir: str | os.PathLike) -> Path:
        """Write a new generation, then switch CURRENT to it atomically."""
        index_dir = Path(index_dir)
        index_dir.mkdir(parents=True, exist_ok=True)
        name = f"gen-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"
        tmp = index_dir / f".tmp-{name}"
        tmp.mkdir()
        try:
            _write_json(tmp / STORE, self._store_json())
            with open(tmp / EMBEDDINGS, "wb") as f:
                np.save(f, self.vectors)
            with open(tmp / SENTENCE_VECTORS, "wb") as f:
                np.save(f, self.sentence_vectors)
            store_info = self.dense.save(tmp)
            self.lexical.save(tmp / LEXICAL)
            manifest = self._manifest(tmp, store_info)
            _write_json(tmp / MANIFEST, manifest)  # written last: its presence marks a complete generation
            for path in tmp.rglob("*"):
                if path.is_file():
                    _fsync(path)
            os.rename(tmp, index_dir / name)
            _fsync_dir(index_dir)
            pointer = index_dir / f".{CURRENT}.{uuid.uuid4().hex[:8]}"
            pointer.write_text(name + "\n", encoding="utf-8")
            _fsync(pointer)
            os.replace(pointer, index_dir / CURRENT)
            _fsync_dir(index_dir)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        _collect_garbage(index_dir, keep={name})
        return index_dir / name

    @classmethod
    def load(cls, index_dir: str | os.PathLike, settings: Settings | None = None) -> "Index":
        index_dir = Path(index_dir)
        gen = current_generation(index_dir)
        manifest = read_manifest(index_dir)
        try:
            for rel, digest in manifest["files"].items():
                if file_sha256(gen / rel) != digest:
                    raise IndexCorruptedError(
                        f"The index at {index_dir} is damaged: {rel} does not match its checksum. "
                        + _rebuild_hint(index_dir)
                    )
            store = json.loads((gen / STORE).read_text(encoding="utf-8"))
            documents, chunks, sentences = _from_store(store)
            vectors = np.load(gen / EMBEDDINGS, allow_pickle=False)
            sentence_vectors = np.load(gen / SENTENCE_VECTORS, allow_pickle=False)
            dense = load_store(gen, manifest.get("vector_store", {}), settings or Settings(), vectors)
            lexical = LexicalIndex.load(gen / LEXICAL, len(chunks))
            model, dim = manifest["embedding"]["model"], int(manifest["embedding"]["dim"])
        except IndexCorruptedError:
            raise
        except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
            raise IndexCorruptedError(
                f"The index at {index_dir} cannot be read ({exc.__class__.__name__}: {exc}). " + _rebuild_hint(index_dir)
            ) from None
        if (not (len(chunks) == len(vectors) == dense.size) or (len(vectors) and vectors.shape[1] != dim)
                or len(sentences) != len(sentence_vectors)):
            raise IndexCorruptedError(
                f"The index at {index_dir} is inconsistent ({len(chunks)} chunks, {len(vectors)} vectors). "
                + _rebuild_hint(index_dir)
            )
        index = cls(documents, chunks, vectors, model, dim, manifest["chunking"], dense, lexical,
                    sentences, sentence_vectors)
        # an index written before the list was kept has none
        index.left_out = [(str(s), str(r)) for s, r in manifest.get("left_out", [])]
        return index

    def _store_json(self) -> dict:
        doc_no = {d.source: i for i, d in enumerate(self.documents)}
        return {
            "documents": [
                {
                    "source": d.source,
                    "sha256": d.sha256,
                    "format": d.format,
                    "indexed_at": d.indexed_at,
                    "read_with": d.read_with,
                    # a sixth and seventh field, the sheet and whether it is a table row, only for a row
                    # (older indexes have five, or six for a spreadsheet's)
                    "paragraphs": [[p.number, p.line, p.page, p.citable, p.text]
                                   + ([p.sheet, p.table] if p.sheet or p.table else [])
                                   for p in d.paragraphs],
                }
                for d in self.documents
            ],
            "chunks": {
                "document": [doc_no[c.source] for c in self.chunks],
                "paragraph": [c.paragraph for c in self.chunks],
                "start": [c.start for c in self.chunks],
                "end": [c.end for c in self.chunks],
            },
            "sentences": {
                "document": [doc_no[t.source] for t in self.sentences],
                "paragraph": [t.paragraph for t in self.sentences],
                "start": [t.start for t in self.sentences],
                "end": [t.end for t in self.sentences],
                "words": [t.words for t in self.sentences],
            },
        }

    def _manifest(self, folder: Path, store_info: dict) -> dict:
        bounds = _document_bounds(self.chunks, self.documents)
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "embedding": {"model": self.model, "dim": self.dim},
            "chunking": self.chunking,
            "vector_store": store_info,
            "counts": self.stats(),
            "left_out": [[source, reason] for source, reason in self.left_out],
            "sources": [
                {"source": d.source, "sha256": d.sha256, "format": d.format, "indexed_at": d.indexed_at,
                 "paragraphs": len(d.paragraphs), "chunks": e - s}
                for d, (s, e) in zip(self.documents, bounds)
            ],
            "files": {
                p.relative_to(folder).as_posix(): file_sha256(p)
                for p in sorted(folder.rglob("*")) if p.is_file() and p.name != MANIFEST
            },
        }


def chunking_settings(settings: Settings) -> dict:
    return {
        "splitter": "langchain_text_splitters.RecursiveCharacterTextSplitter",
        "chunk_size": settings.chunk_size,
        "chunk_overlap": settings.chunk_overlap,
        # what a chunk is embedded with: vectors of an index built otherwise are not reused
        "embedded_with": EMBEDDED_WITH,
    }


# A chunk or a sentence is embedded under what labels its paragraph (boilerplate.labels: an administrative
# document's heading): "Lệ phí dự tuyển là 500.000 đồng/thí sinh" is about the recruitment its letter's
# subject line names, and its vector should say so (docs/architecture.md, "A letter's heading labels …").
EMBEDDED_WITH = "letterhead"


def _labelled_texts(documents: list[Document], chunks: list[Chunk]) -> list[str]:
    """Each chunk's text under its labels, as BM25 reads it."""
    labelled = {d.source: _Labelled(d) for d in documents}
    return [labelled[c.source].text(c.paragraph, c.text) for c in chunks]


class _Labelled:
    """One document's labels, as the text a paragraph's chunks and sentences are indexed and embedded with."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.labels = boilerplate.labels(doc.paragraphs)

    def heading(self, paragraph: int) -> str:
        """The text of the paragraphs that label the paragraph numbered ``paragraph``; empty when none do."""
        return "\n".join(self.doc.paragraphs[n - 1].text for n in self.labels.get(paragraph, ()))

    def text(self, paragraph: int, text: str) -> str:
        """``text`` (of the paragraph numbered ``paragraph``) under its labels, as BM25 and coverage read it."""
        heading = self.heading(paragraph)
        return f"{heading}\n{text}" if heading else text

    def embedded(self, paragraph: int, text: str) -> str:
        """What is embedded for ``text``: a table's row as it reads, with the caption it carries. Under the
        heading too, a row's vector is the heading's: "Thị xã Trường Lạc có bao nhiêu trường học?" met its
        row at cosine 0.882 alone and 0.853 under its report's heading, below a wrong file's row (0.887)."""
        return text if self.doc.paragraphs[paragraph - 1].table else self.text(paragraph, text)


def current_generation(index_dir: Path) -> Path:
    pointer = index_dir / CURRENT
    if not pointer.exists():
        if index_dir.exists() and any(index_dir.iterdir()):
            raise IndexCorruptedError(
                f"{index_dir} holds no complete index (its {CURRENT} file is missing). " + _rebuild_hint(index_dir)
            )
        raise IndexNotFoundError(f"There is no index at {index_dir}. Build one with: qa-bot index <folder> --index {index_dir}")
    name = pointer.read_text(encoding="utf-8").strip()
    gen = index_dir / name
    if not name or "/" in name or not gen.is_dir():
        raise IndexCorruptedError(f"The index at {index_dir} points at a missing generation {name!r}. " + _rebuild_hint(index_dir))
    return gen


def read_manifest(index_dir: Path) -> dict:
    gen = current_generation(index_dir)
    try:
        manifest = json.loads((gen / MANIFEST).read_text(encoding="utf-8"))
        ok = manifest.get("format") == FORMAT and isinstance(manifest.get("files"), dict)
        ok = ok and manifest["embedding"]["model"] and int(manifest["embedding"]["dim"]) > 0
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise IndexCorruptedError(
            f"The manifest of the index at {index_dir} is damaged or missing ({exc.__class__.__name__}). "
            + _rebuild_hint(index_dir)
        ) from None
    if not ok:
        raise IndexCorruptedError(f"The manifest of the index at {index_dir} is not a qa-bot manifest. " + _rebuild_hint(index_dir))
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexCorruptedError(
            f"The index at {index_dir} has format version {manifest.get('format_version')}, "
            f"this qa-bot reads version {FORMAT_VERSION}. " + _rebuild_hint(index_dir)
        )
    return manifest


def _document_bounds(chunks: list[Chunk] | list[Sentence], documents: list[Document]) -> list[tuple[int, int]]:
    """[start, end) rows of each document's chunks (or sentences); both are stored grouped by document."""
    bounds, pos = [], 0
    for d in documents:
        start = pos
        while pos < len(chunks) and chunks[pos].source == d.source:
            pos += 1
        bounds.append((start, pos))
    return bounds


def _sentence_spans(doc: Document) -> list[tuple[int, int, int]]:
    """(paragraph, start, end) of every quotable sentence of the citable paragraphs. A table's row is one:
    cut at its semicolons as a long sentence is, its later cells were quoted without the row's label
    ("… / Năm 2023: 126;" for Lũng Pa's 2024 figure, office5)."""
    return [(p.number, s, e) for p in doc.paragraphs if p.citable
            for s, e in ([(0, len(p.text))] if p.table else sentence_spans(p.text))]


def _segment(doc: Document, spans: list[tuple[int, int, int]]) -> list[Sentence]:
    return [Sentence(doc.source, n, s, e, " ".join(vietnamese.words(doc.paragraphs[n - 1].text[s:e])))
            for n, s, e in spans]


def _sentence_text(doc: Document, t: Sentence) -> str:
    return doc.paragraphs[t.paragraph - 1].text[t.start : t.end]


def _from_store(store: dict) -> tuple[list[Document], list[Chunk], list[Sentence]]:
    documents = []
    for d in store["documents"]:
        # [number, line, page, citable, text] and, for a table row, its sheet and True: an index written
        # before sheets or table rows were stored loads as it is
        paragraphs = tuple(
            Paragraph(d["source"], number, line, text, page, citable, *rest)
            for number, line, page, citable, text, *rest in d["paragraphs"]
        )
        # "indexed_at" and "read_with" came after format 2 was out: an index without them shows no date
        # and reads its scans again on the next build; nothing else changes
        documents.append(Document(d["source"], d["sha256"], d["format"], paragraphs, d.get("indexed_at", ""),
                                  d.get("read_with", "")))
    c = store["chunks"]
    chunks = []
    for doc_no, para, start, end in zip(c["document"], c["paragraph"], c["start"], c["end"]):
        p = documents[doc_no].paragraphs[para - 1]
        chunks.append(Chunk(p.source, p.number, p.line, start, end, p.text[start:end]))
    t = store["sentences"]
    sentences = [Sentence(documents[d].source, n, s, e, w)
                 for d, n, s, e, w in zip(t["document"], t["paragraph"], t["start"], t["end"], t["words"])]
    return documents, chunks, sentences


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    _fsync(path)


def _collect_garbage(index_dir: Path, keep: set[str]) -> None:
    """Remove older generations and leftovers of crashed builds."""
    for child in index_dir.iterdir():
        if not child.is_dir() or child.name in keep:
            continue
        # another process may be writing a .tmp- generation right now: only clear old ones
        stale = child.name.startswith(".tmp-") and time.time() - child.stat().st_mtime > 3600
        if child.name.startswith("gen-") or stale:
            shutil.rmtree(child, ignore_errors=True)
