"""Question → Hits: dense (FAISS) and lexical (BM25) results fused by reciprocal rank."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qa_bot.answer.topicality import Topicality
from qa_bot.language import bilingual
from qa_bot.language.question import AskedQuestion
from qa_bot.language.text import tokens
from qa_bot.settings import RetrievalMode, Settings
from qa_bot.store.embedding import Embedder
from qa_bot.store.index import Index
from qa_bot.types import Hit


@dataclass(frozen=True)
class Retrieval:
    hits: list[Hit]
    # kept so the answerer can score sentences without re-embedding: the question's embedding,
    # and the vector dense search ranked with (the same, or de-biased for English, see topicality.py)
    query_vector: np.ndarray | None
    ranking_vector: np.ndarray | None = None
    text: str | None = None  # the question as embedded (diacritics put back when typed without them)
    # an English question's every content word with the renderings kept, none for some (bilingual.py,
    # answer/scope.py); None when the question is not English or there is no dictionary
    english_terms: tuple[tuple[str, tuple[str, ...]], ...] | None = None
    # The best BM25 score and the best cosine of the whole search, what the answer scorer reads each
    # hit's lexical_score and dense_score against. Not the best among the hits: which paragraphs make
    # the fused top k hangs on cosines, and a paragraph with the best BM25 score that falls out of it on
    # another machine moved every other paragraph's share (eval/scripts/stability.py)
    top_lexical: float = 0.0
    top_dense: float = 0.0
    # the paragraphs of the BM25 candidates, best first: text alone decides them, on every machine
    lexical_paragraphs: tuple[tuple[str, int], ...] = ()

    @property
    def translation(self) -> tuple[tuple[str, tuple[str, ...]], ...] | None:
        """The English words that kept a Vietnamese rendering, with it; None when not English."""
        return None if self.english_terms is None else bilingual.with_renderings(self.english_terms)


class Retriever:
    def __init__(self, index: Index, embedder: Embedder, settings: Settings, topicality: Topicality):
        self.index = index
        self.embedder = embedder
        self.settings = settings
        self.topicality = topicality
        # now rather than on the first question typed without diacritics (35 s at 100k chunks
        # before the restorer was made compact, 2.5 s since)
        self.restorer = index.restorer
        self._translator: bilingual.Translator | None = None

    def search(self, question: AskedQuestion, k: int, mode: RetrievalMode | None = None,
               focus: tuple[str, ...] = (), recent: tuple[tuple[str, int], ...] = ()) -> Retrieval:
        """``question``: as read once (language/question.py). ``focus``: documents a conversation is about;
        their chunks, ranked by the dense side alone, join the fusion as one more ranking, so a follow-up
        prefers them without being held to them.
        ``recent``: the paragraphs the last answer quoted, one more ranking the same way. Of the 74
        follow-ups in eval/sets/conversations.jsonl, 47 are answered in the paragraph the turn before was
        answered in, 16 more within two paragraphs of it; the paragraphs themselves, and not their
        neighbours too, won 2 more dev follow-ups (20 → 22 of 35; neighbours within 1 or 2: 21),
        and changed no test turn."""
        mode = mode or self.settings.mode
        n = max(self.settings.candidates, 4 * k)
        ranked: list[tuple[np.ndarray, float]] = []  # (chunk ids best first, fusion weight)
        text = question.as_restored.text
        english = question.english
        terms = self.english_terms(question)
        translation = None if terms is None else bilingual.with_renderings(terms)
        # An English question shares only names, numbers and codes with Vietnamese text; its other
        # words would match Vietnamese syllables by accident ("to", "ban", "hang"), so they are
        # searched in the collection's Vietnamese instead
        lexical_query = bilingual.lexical_query(question, translation) if english else question.text
        lexical_by_chunk: dict[int, float] = {}
        # embedded in every mode: the answer scorer compares the question with each sentence
        qvec = self.embedder.embed_query(text)
        # an English question against Vietnamese text is drawn to hub passages; rank without that pull
        rvec = self.topicality.debiased(qvec, "en", self.settings.hub_weight_english) if english else qvec
        top_dense, top_lexical = None, 0.0
        lexical_paragraphs: tuple[tuple[str, int], ...] = ()
        if mode in ("hybrid", "dense"):
            ids, scores = self.index.dense.search(rvec, n)
            ranked.append((ids, 1.0))
            top_dense = float(scores[0]) if len(scores) else None
        if translation and mode in ("hybrid", "dense") and self.settings.translated_dense_weight:
            # the translation embedded too: Vietnamese words against Vietnamese text, where the
            # encoder is surer than across languages
            tvec = self.embedder.embed_query(lexical_query)
            ids, _ = self.index.dense.search(tvec, n)
            ranked.append((ids, self.settings.translated_dense_weight))
        if mode in ("hybrid", "lexical"):
            # the question's folded syllables as read; an English question's own lexical query
            lexical_terms = tokens(lexical_query) if english else question.tokens
            ids, scores = self.index.lexical.search_terms(lexical_terms, n)
            weight = self.settings.lexical_weight_english if english else 1.0
            ranked.append((ids, weight))
            lexical_by_chunk = dict(zip(ids.tolist(), scores.tolist()))
            top_lexical = float(scores[0]) if len(scores) else 0.0
            lexical_paragraphs = tuple(dict.fromkeys((self.index.chunks[i].source, self.index.chunks[i].paragraph)
                                                     for i in ids.tolist()))
        in_focus = [r for source in focus for r in self.index.document_chunk_rows(source)]
        in_recent = [r for key in recent for r in self.index.chunk_rows(*key)]
        for rows in (np.asarray(in_focus, dtype=np.int64), np.asarray(in_recent, dtype=np.int64)):
            if len(rows):
                scores = self.index.vectors[rows] @ rvec
                ranked.append((rows[np.argsort(-scores, kind="stable")][:n], 1.0))

        fused: dict[int, float] = {}
        for ids, weight in ranked:
            for rank, cid in enumerate(ids.tolist()):
                fused[cid] = fused.get(cid, 0.0) + weight / (self.settings.rrf_k + rank + 1)

        # one hit per paragraph: its best chunk speaks for it
        best: dict[tuple[str, int], int] = {}
        for cid, score in sorted(fused.items(), key=lambda kv: -kv[1]):
            c = self.index.chunks[cid]
            best.setdefault((c.source, c.paragraph), cid)
        hits = []
        for (source, number), cid in list(best.items())[:k]:
            p = self.index.paragraph(source, number)
            c = self.index.chunks[cid]
            rows = self.index.chunk_rows(source, number)
            # Each paragraph's best chunk on each side, read the same way for every paragraph retrieved
            # (not only for those in the dense top n): the answer scorer weighs them as continuous
            # scores, where a rank would jump when a cosine moves by 1e-3 (eval/scripts/stability.py)
            dense = float(np.max(self.index.vectors[rows] @ rvec)) if rows else 0.0
            hits.append(Hit(
                source=source, paragraph=number, line=p.line, text=p.text, score=round(fused[cid], 6),
                page=p.page, chunk_start=c.start, chunk_end=c.end,
                dense_score=round(dense, 6),
                lexical_score=round(max((lexical_by_chunk.get(r, 0.0) for r in rows), default=0.0), 6),
                sheet=p.sheet,
            ))
        if top_dense is None:  # lexical mode: no dense search, but every hit's cosine is read above
            top_dense = max((h.dense_score for h in hits), default=0.0)
        return Retrieval(hits, qvec, rvec, text, terms, round(top_lexical, 6), round(top_dense, 6),
                         lexical_paragraphs)

    def english_terms(self, question: AskedQuestion) -> tuple[tuple[str, tuple[str, ...]], ...] | None:
        """Every content word of an English question with the renderings kept (none for some)."""
        translator = self.translator() if question.english else None
        return tuple(translator.terms(question.text)) if translator is not None else None

    def translator(self) -> bilingual.Translator | None:
        if self._translator is None and self.settings.translate_english:
            dictionary = bilingual.load(bilingual.default_path())
            if dictionary is not None:
                frequency = bilingual.phrase_frequency(self.index.lexical, self.index.chunks)
                self._translator = bilingual.Translator(dictionary, frequency, self.settings.translations_per_word)
        return self._translator

    def reread(self, question: AskedQuestion, retrieval: Retrieval) -> Retrieval:
        """The same paragraphs, as read by another question: its embedding, for the answer scorer."""
        text = question.as_restored.text
        qvec = self.embedder.embed_query(text)
        return Retrieval(retrieval.hits, qvec, qvec, text, self.english_terms(question),
                         retrieval.top_lexical, retrieval.top_dense, retrieval.lexical_paragraphs)
