"""QABot: the one object the Python API, the CLI, the UI and the eval harness share."""

from __future__ import annotations

import functools
import os
import re
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Sequence

from qa_bot.answer import scorer
from qa_bot.answer.answerer import Answerer
from qa_bot.answer.retrieval import Retriever
from qa_bot.answer.topicality import Topicality
from qa_bot.chat import followup
from qa_bot.chat.conversation import Conversation, HistoryItem, turns_from
from qa_bot.errors import IngestError, ModelMismatchError, QABotError, QuestionError
from qa_bot.ingest.documents import SLOW, SUPPORTED, convert_all, find_files, read_document, read_settings, sha256_of
from qa_bot.language.question import AskedQuestion, read
from qa_bot.language.text import nfc, strip_controls
from qa_bot.settings import DEFAULT_MODEL, RetrievalMode, Settings
from qa_bot.store.embedding import get_embedder
from qa_bot.store.index import Index, read_manifest
from qa_bot.types import Answer, Document, Hit

DEFAULT_INDEX = "indexes/seeds"


@dataclass
class BuildReport:
    """What a build did; ``skipped`` lists the files that could not be read and why."""

    indexed: list[str] = field(default_factory=list)
    embedded_chunks: int = 0
    embedded_sentences: int = 0  # quotable sentences that are not a whole chunk get a vector of their own
    reused: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[IngestError] = field(default_factory=list)
    # pages of indexed PDFs and scans that gave no text: "scan.pdf: page 3: OCR read no text on it (blank?)"
    pages_left_out: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class BuildProgress:
    """Hooks for a progress bar: ``total(n)`` once, then ``advance(k)`` as chunks are embedded."""

    total: Callable[[int], None] | None = None
    advance: Callable[[int], None] | None = None
    file_read: Callable[[str], None] | None = None
    # OCR of a scan: page_read(source, done, pages), done=0 before its first page, then after each
    page_read: Callable[[str, int, int], None] | None = None


class QABot:
    def __init__(self, index: Index, settings: Settings | None = None, index_dir: str | os.PathLike | None = None):
        self.settings = (settings or Settings()).with_(model=index.model)
        self.index_dir = Path(index_dir) if index_dir else None
        self.embedder = get_embedder(index.model)
        self.report = BuildReport()
        # the files the last build or uploads could not index, each with its reason (the UI's file panel);
        # kept with the index (Index.left_out), so a loaded bot lists them too
        self.left_out: list[IngestError] = [IngestError(source, reason) for source, reason in index.left_out]
        self._lock = threading.Lock()  # serialises writers; readers use the current snapshot
        self._set_index(index)

    def _set_index(self, index: Index) -> None:
        self.index = index
        topicality = Topicality(index, self.embedder)
        self._retriever = Retriever(index, self.embedder, self.settings, topicality)
        self._answerer = Answerer(index, self.settings, topicality, scorer.load())

    # ---- construction -----------------------------------------------------

    @classmethod
    def build(
        cls,
        paths: list[str | os.PathLike] | str,
        index_dir: str | os.PathLike = DEFAULT_INDEX,
        settings: Settings | None = None,
        progress: BuildProgress | None = None,
    ) -> "QABot":
        """Index ``paths`` (files or folders) into ``index_dir``; unchanged files are not re-embedded.

        Files that cannot be read are skipped and listed in ``bot.report.skipped``;
        a file that was indexed before and cannot be read now keeps its old version.
        """
        settings = settings or Settings()
        index_dir = Path(index_dir)
        previous = _load_compatible(index_dir, settings)
        model = settings.model or (previous.model if previous else DEFAULT_MODEL)
        paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
        started = time.perf_counter()
        documents, report = _read_all(paths, settings, previous, progress)
        index = _index(documents, settings.with_(model=model), previous, report, progress)
        index.left_out = [(e.source, e.reason) for e in report.skipped]
        if not index.documents:
            reasons = "; ".join(str(e) for e in report.skipped) or f"no files of a supported format ({', '.join(sorted(SUPPORTED))})"
            raise QABotError(f"Nothing to index in {', '.join(map(str, paths))}: {reasons}")
        index.save(index_dir)
        report.seconds = time.perf_counter() - started
        bot = cls(index, settings, index_dir)
        bot.report = report
        bot.left_out = list(report.skipped)  # the same errors, not copies: what the report says
        return bot

    @classmethod
    def load(cls, index_dir: str | os.PathLike = DEFAULT_INDEX, settings: Settings | None = None) -> "QABot":
        settings = settings or Settings()
        index_dir = Path(index_dir)
        manifest = read_manifest(index_dir)
        if settings.model and settings.model != manifest["embedding"]["model"]:
            raise ModelMismatchError(_mismatch(index_dir, manifest["embedding"]["model"], settings.model))
        return cls(Index.load(index_dir, settings), settings, index_dir)

    # ---- questions --------------------------------------------------------

    def ask(self, question: str, k: int | None = None, mode: RetrievalMode | None = None,
            history: "Sequence[HistoryItem] | None" = None) -> Answer:
        """Answer ``question``; with ``history`` (earlier answers of this conversation), a follow-up
        such as "Ai chủ trì?" is read against them, and ``Answer.query`` says what was searched."""
        asked = self._read(question)
        k = k or self.settings.top_k
        turns = turns_from(history, self) if history else []
        rewrite = followup.rewrite(asked, turns)
        if rewrite is None:
            return self._answer(asked, asked, k, mode)
        return self._answer(asked, rewrite.question, k, mode, focus=turns[-1].sources,
                            recent=turns[-1].paragraphs, own=rewrite.own, follow_up=True)

    def chat(self) -> Conversation:
        """A conversation that keeps its turns: ``chat.ask("Ai chủ trì?")`` reads the follow-up against them."""
        return Conversation(self)

    def _answer(self, question: AskedQuestion, query: AskedQuestion, k: int, mode, focus: tuple[str, ...] = (),
                recent: tuple[tuple[str, int], ...] = (), own: AskedQuestion | None = None,
                follow_up: bool = False) -> Answer:
        """``question`` as typed, ``query`` what is searched (the question, or a follow-up's rewrite), ``own``
        a follow-up's own words: each read once (language/question.py) and handed down."""
        retrieval = self._retriever.search(query, max(k, self.settings.rerank_depth), mode, focus, recent)
        reading = (own, self._retriever.reread(own, retrieval)) if own else None
        return replace(self._answerer.answer(query, retrieval, k, reading, follow_up), question=question.text,
                       query=query.text, translation=retrieval.translation or ())

    def retrieve(self, question: str, k: int = 5, mode: RetrievalMode | None = None) -> list[Hit]:
        """The ``k`` paragraphs most likely to answer, best first, in the order ``ask`` ranks them."""
        asked = self._read(question)
        return self._answerer.rerank(asked, self._search(asked, k, mode), k)

    def _search(self, question: AskedQuestion, k: int, mode: RetrievalMode | None):
        # fusion hands the answerer more paragraphs than it keeps, for it to re-rank
        return self._retriever.search(question, max(k, self.settings.rerank_depth), mode)

    def _read(self, question: str) -> AskedQuestion:
        """The question read once, where it enters; diacritics are put back with this index's words."""
        return read(self._clean(question), self._retriever.restorer.restore)

    def _clean(self, question: str) -> str:
        if not isinstance(question, str):
            raise QuestionError("The question must be text.")
        # a lone surrogate (from a broken client) cannot be encoded for the model
        question = nfc(strip_controls(re.sub("[\ud800-\udfff]", "", question))).strip()
        if not question:
            raise QuestionError("The question is empty: type a question about your documents.")
        if len(question) > self.settings.max_question_chars:
            raise QuestionError(
                f"The question is {len(question):,} characters long; keep it under "
                f"{self.settings.max_question_chars:,} characters."
            )
        return question

    # ---- adding documents to a live bot -----------------------------------

    def add(self, paths: list[str | os.PathLike], progress: BuildProgress | None = None) -> BuildReport:
        """Add or replace files in this index (the UI's upload); other files stay as they are."""
        with self._lock:
            started = time.perf_counter()
            current = self.index
            new_docs, report = _read_all(paths, self.settings, current, progress)
            by_source = {d.source: d for d in current.documents}
            by_source.update({d.source: d for d in new_docs})
            index = _index(list(by_source.values()), self.settings, current, report, progress)
            report.removed = []
            # a file read now is no longer left out for an older reason; one that failed now is listed anew
            tried = {d.source for d in new_docs} | {e.source for e in report.skipped}
            left_out = [e for e in self.left_out if e.source not in tried] + list(report.skipped)
            index.left_out = [(e.source, e.reason) for e in left_out]
            if self.index_dir is not None:
                index.save(self.index_dir)
            self._set_index(index)
            self.left_out = left_out
            report.seconds = time.perf_counter() - started
            return report

    def remove(self, sources: list[str] | str) -> BuildReport:
        """Drop documents from this index, by source name; nothing else is re-embedded.

        Saved like a build (a new generation, then an atomic switch), so a crash leaves the last
        good index. Unknown names are an error that lists what the index holds; nothing is removed then.
        """
        names = [sources] if isinstance(sources, str) else list(sources)
        with self._lock:
            started = time.perf_counter()
            current = self.index
            held = {d.source for d in current.documents}
            unknown = [n for n in names if n not in held]
            if unknown:
                raise QABotError(
                    f"Not in this index: {', '.join(unknown)}. It holds: {', '.join(sorted(held)) or 'nothing'}."
                )
            drop = set(names)
            keep = [d for d in current.documents if d.source not in drop]
            if not keep:
                raise QABotError("That would remove every document; an index needs at least one. "
                                 "Delete the index folder instead to start over.")
            report = BuildReport()
            index = _index(keep, self.settings, current, report, None)
            index.left_out = list(current.left_out)
            if self.index_dir is not None:
                index.save(self.index_dir)
            self._set_index(index)
            report.seconds = time.perf_counter() - started
            return report

    def stats(self) -> dict:
        return self.index.stats()


def _read_all(paths, settings: Settings, previous: Index | None, progress: BuildProgress | None):
    report = BuildReport()
    files, errors = find_files(paths)
    report.skipped.extend(errors)
    documents: dict[str, Document] = {}
    unchanged = set()
    for f in files:
        old = previous.document(f.source) if previous else None
        if old is not None and old.format in SLOW and old.read_with == read_settings(old.format, settings) \
                and old.sha256 == sha256_of(f):
            unchanged.add(f.source)
    # LibreOffice starts once per target format for all the files it converts, not once per file
    converted = convert_all([f for f in files if f.source not in unchanged], settings)
    for f in files:
        if f.source in documents:
            report.skipped.append(IngestError(f.source, "two files have this name; the first one is kept"))
            continue
        old = previous.document(f.source) if previous else None
        if f.source in unchanged:
            documents[f.source] = old  # unchanged, read with the same settings: not OCR'd or converted again
            if progress and progress.file_read:
                progress.file_read(f.source)
            continue
        on_page = None
        if progress and progress.page_read:
            on_page = functools.partial(progress.page_read, f.source)
        left_out: list[str] = []
        try:
            documents[f.source] = read_document(
                f, settings, on_page, lambda page, why: left_out.append(f"{f.source}: page {page}: {why}"),
                converted=converted.get(f.source))
            report.pages_left_out += left_out  # a file skipped as a whole says why in ``skipped`` instead
        except IngestError as exc:
            report.skipped.append(exc)
            if old is not None:  # never lose what was indexed because a new read failed
                documents[f.source] = old
        if progress and progress.file_read:
            progress.file_read(f.source)
    return list(documents.values()), report


def _index(documents, settings: Settings, previous: Index | None, report: BuildReport, progress) -> Index:
    embedder = get_embedder(settings.model)
    documents = _stamp(documents, previous)
    index = Index.create(
        documents, embedder, settings, previous,
        on_progress=progress.advance if progress else None,
        on_total=progress.total if progress else None,
    )
    old = {(d.source, d.sha256) for d in previous.documents} if previous else set()
    report.indexed = [d.source for d in documents]
    report.reused = [d.source for d in documents if (d.source, d.sha256) in old]
    report.embedded_chunks = index.embedded
    report.embedded_sentences = index.embedded_sentences
    names = {d.source for d in documents}
    report.removed = [d.source for d in previous.documents if d.source not in names] if previous else []
    return index


def _stamp(documents: list[Document], previous: Index | None) -> list[Document]:
    """Give each document the time its content was first indexed: unchanged files keep theirs."""
    now = time.strftime("%Y-%m-%d %H:%M")
    out = []
    for d in documents:
        old = previous.document(d.source) if previous else None
        when = old.indexed_at if old is not None and old.sha256 == d.sha256 and old.indexed_at else now
        out.append(replace(d, indexed_at=d.indexed_at or when))
    return out


def _load_compatible(index_dir: Path, settings: Settings) -> Index | None:
    """The index already at ``index_dir``, to reuse its vectors; None if absent or unusable.

    Building with another model than the old index's is a deliberate rebuild: every
    chunk is embedded again with the new model (Index.create reuses nothing then).
    """
    if not (index_dir / "CURRENT").exists():
        return None
    try:
        return Index.load(index_dir, settings)
    except QABotError:
        return None  # a damaged index is rebuilt from scratch, which is what the user asked for


def _mismatch(index_dir: Path, built: str, asked: str) -> str:
    return (
        f"The index at {index_dir} was built with the embedding model {built!r}, not {asked!r}. "
        f"Load it without choosing a model, or rebuild it with: "
        f"qa-bot index <folder> --index {index_dir} --model {asked}"
    )
