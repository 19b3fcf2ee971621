"""The named features of a (question, sentence) candidate: what the answer scorer weighs.

Every candidate answer is one quotable sentence of a retrieved paragraph. Its
features say how well that one sentence matches the whole question (dense
cosine, words and syllables it shares), whether it holds the kind of answer
asked for, and how retrieval scored its paragraph. ``FEATURES`` is the one list
of their names: the fitted model (scorer.json) is checked against it on load.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from qa_bot.answer import answer_type
from qa_bot.language import vietnamese
from qa_bot.language.question import AskedQuestion
from qa_bot.language.text import STOPWORDS, fold, tokens, words

FEATURES = (
    "dense_sentence",  # cosine of the question to the sentence
    "dense_sentence_gap",  # that cosine minus the best one among its candidates and BM25's (Answerer._best)
    "dense_chunk",  # cosine of the question to the best chunk that overlaps the sentence
    "offtopic_margin",  # (q − p̄)·s: closer to the question than an everyday off-topic question is
    "coverage",  # idf-weighted share of the question's content syllables in the sentence or what labels it
    "coverage_gap",  # that share minus the best one among its candidates and BM25's
    "paragraph_coverage",  # the same share over the sentence's whole paragraph and its labels
    "word_overlap",  # share of the question's multi-syllable words (underthesea) in the sentence
    "bigram_overlap",  # share of the question's syllable pairs in the sentence
    "missing_anchors",  # share of the question's names, numbers and codes not in the paragraph or its labels
    # what the question asks for, and whether the sentence holds that kind of answer (answer_type.py);
    # one pair per kind, so each kind can weigh its match as the data says
    "asks_count", "count_match",
    "asks_time", "time_match",
    "asks_person", "person_match",
    "asks_place_or_org", "name_match",
    "asks_list", "list_match",
    "count_focus",  # a number right before the thing a "how many" question counts
    # how retrieval scored the sentence's paragraph, as continuous scores rather than its fused rank,
    # which jumped when a cosine moved by 1e-3 (eval/scripts/stability.py; README "Stable on another machine")
    "paragraph_lexical",  # its best chunk's BM25 score over the best of the whole BM25 search
    "paragraph_dense_gap",  # its best chunk's cosine minus the best of the whole dense search
    "sentence_length",  # log(words in the sentence)
    "two_sentences",  # the candidate is two adjacent sentences quoted as one span
    "english",  # the question is in English
    "english_dense",  # dense_sentence for an English question (cross-lingual cosines run lower)
)


@dataclass(frozen=True)
class QuestionView:
    """What the features need to know about a question: its record (read once, language/question.py) and
    what depends on the collection (idf) or on the dictionary (an English question's renderings)."""

    question: AskedQuestion
    idf: dict[str, float]  # content syllables (folded if typed without diacritics) → idf
    fold_match: bool  # typed without diacritics: compare folded syllables
    bigrams: frozenset[tuple[str, str]]
    words: frozenset[str]  # multi-syllable words, folded

    @property
    def kind(self) -> str | None:
        return self.question.kind

    @property
    def focus(self) -> str | None:
        return self.question.focus

    @property
    def english(self) -> bool:
        return self.question.english

    @property
    def anchors(self) -> tuple[str, ...]:  # names, numbers and codes, folded
        return self.question.anchors

    def coverage(self, matched: set[str] | frozenset[str]) -> float:
        # fsum: exact, so the share does not depend on the order a set of strings is walked in, which
        # changes with each process's string hashing (features differed by 1e-16 from run to run)
        total = math.fsum(self.idf.values())
        return math.fsum(self.idf[t] for t in matched) / total if total else 0.0

    def syllables(self, text: str) -> tuple[str, ...]:
        return _folded_syllables(text) if self.fold_match else _syllables(text)

    def matched(self, text: str) -> frozenset[str]:
        """The question's content syllables that ``text`` holds (what ``coverage`` weighs)."""
        return frozenset(t for t in self.syllables(text) if t in self.idf)


# Paragraphs and sentences come back question after question: their syllables are worked out once
# (at most 65k texts, a few MB), which halves the time the answerer spends on features.
@lru_cache(maxsize=1 << 16)
def _folded_syllables(text: str) -> tuple[str, ...]:
    return tuple(tokens(text))


@lru_cache(maxsize=1 << 16)
def _syllables(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in words(text))


@lru_cache(maxsize=1 << 16)
def _folded_words(segmented: str) -> frozenset[str]:
    return frozenset(vietnamese.folded_words(segmented.split()))


def missing_anchors(q: "QuestionView", paragraph_text: str) -> float:
    """Share of the question's names, numbers and codes that the paragraph does not contain."""
    if not q.anchors:
        return 0.0
    folded = " ".join(_folded_syllables(paragraph_text))
    return sum(a not in folded for a in q.anchors) / len(q.anchors)


def view(question: AskedQuestion, idf, translated: str | None = None) -> QuestionView:
    """``translated``: an English question's names, numbers and codes with the collection's Vietnamese for
    its other words (bilingual.lexical_query): its syllables are what sentences are matched on."""
    fold_match = question.unaccented or translated is not None
    norm = fold if fold_match else str.lower
    if translated is None:
        terms = sorted({norm(w) for w in question.content})
        syl = question.tokens
    else:
        terms = sorted({norm(w) for w in words(translated) if fold(w) not in STOPWORDS})
        syl = tokens(translated)
    folded_idf = idf([fold(t) for t in terms])
    bigrams = frozenset(zip(syl, syl[1:]))
    # words are read off the question as embedded (diacritics put back when typed without them)
    q_words = [] if question.english else list(question.as_restored.words)
    return QuestionView(question, {t: folded_idf[fold(t)] for t in terms}, fold_match, bigrams,
                        frozenset(vietnamese.folded_words(q_words)))


@dataclass(frozen=True)
class SentenceFacts:
    """Per-candidate inputs that do not depend on the other candidates."""

    dense_sentence: float
    dense_chunk: float
    margin: float
    coverage: float
    matched: frozenset[str]
    paragraph_coverage: float
    word_overlap: float
    bigram_overlap: float
    missing_anchors: float
    type_match: bool
    count_focus: bool
    lexical_share: float  # the paragraph's BM25 over the best of the BM25 search
    dense_gap: float  # the paragraph's cosine minus the best of the dense search
    length: int
    sentences: int


def facts(q: QuestionView, text: str, segmented: str, paragraph_matched: frozenset[str], missing: float,
          dense_sentence: float, dense_chunk: float, margin: float, lexical_share: float, dense_gap: float,
          sentences: int = 1, labelled: frozenset[str] = frozenset()) -> SentenceFacts:
    """``missing``: missing_anchors() of the sentence's paragraph. ``labelled``: the question's syllables that
    what labels the paragraph holds (Index.context): the sentence is read with them, as a reader reads it
    under its letter's subject line."""
    syl = q.syllables(text)
    matched = q.matched(text) | labelled
    folded_syl = _folded_syllables(text)
    pairs = set(zip(folded_syl, folded_syl[1:]))
    seg = segmented.split()
    word_overlap = (len(q.words & _folded_words(segmented)) / len(q.words)) if q.words else 0.0
    bigram_overlap = len(q.bigrams & pairs) / len(q.bigrams) if q.bigrams else 0.0
    return SentenceFacts(
        dense_sentence, dense_chunk, margin, q.coverage(matched), matched, q.coverage(paragraph_matched),
        word_overlap, bigram_overlap, missing,
        answer_type.matches(q.kind, text, q.question.folded, seg), answer_type.counts(q.focus, text), lexical_share, dense_gap,
        len(syl), sentences,
    )


def matrix(q: QuestionView, candidates: list[SentenceFacts], best_dense: float | None = None,
           best_cov: float | None = None) -> np.ndarray:
    """One row of FEATURES per candidate. ``best_dense``, ``best_cov``: what the gaps are read against
    (default: the best among ``candidates``)."""
    if not candidates:
        return np.empty((0, len(FEATURES)), dtype=np.float64)
    best_dense = max(c.dense_sentence for c in candidates) if best_dense is None else best_dense
    best_cov = max(c.coverage for c in candidates) if best_cov is None else best_cov
    en = float(q.english)
    rows = [
        (c.dense_sentence, c.dense_sentence - best_dense, c.dense_chunk, c.margin, c.coverage,
         c.coverage - best_cov, c.paragraph_coverage, c.word_overlap, c.bigram_overlap, c.missing_anchors,
         *_kind_pairs(q.kind, c.type_match), float(c.count_focus), c.lexical_share, c.dense_gap,
         math.log1p(c.length), float(c.sentences > 1), en, en * c.dense_sentence)
        for c in candidates
    ]
    return np.asarray(rows, dtype=np.float64)


_KINDS = (("quantity",), ("time",), ("person",), ("place", "org"), ("list",))


def _kind_pairs(kind: str | None, matched: bool) -> list[float]:
    out = []
    for kinds in _KINDS:
        asked = kind in kinds
        out += [float(asked), float(asked and matched)]
    return out
