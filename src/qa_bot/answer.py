"""Hits → Answer: pick the sentences that answer the question and quote them verbatim.

No language model writes anything: every quote is a slice of a paragraph's
text, checked against that paragraph before the answer leaves this module.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .index import Index
from .settings import Settings
from . import answer_type
from .diacritics import is_unaccented
from .text import STOPWORDS, fold, looks_english, sentence_spans, words
from .types import Answer, Citation, Hit, Paragraph

MIN_QUOTE_WORDS = 4
# Weight of lexical coverage against the dense cosine when ranking sentences.
COVERAGE_WEIGHT = 0.15
# Bonus for a sentence that holds the kind of answer asked for (a number for "bao nhiêu").
TYPE_BONUS = 0.03
# Bonus for a number right before the thing a quantity question counts ("71 điểm cầu").
COUNT_BONUS = 0.1
# A second quote must come close to the best one to be worth showing.
SECOND_QUOTE_MARGIN = 0.02


@dataclass(frozen=True)
class Candidate:
    paragraph: Paragraph
    start: int
    end: int
    dense: float
    coverage: float
    rank: int
    typed: bool = False  # holds the kind of answer the question asks for
    counted: bool = False  # gives the number a quantity question asks for

    @property
    def score(self) -> float:
        return (self.dense + COVERAGE_WEIGHT * self.coverage + TYPE_BONUS * self.typed
                + COUNT_BONUS * self.counted - 0.003 * self.rank)


def cite(paragraph: Paragraph, start: int, end: int, score: float) -> Citation:
    """The only way a Citation is made: the quote *is* the paragraph's text[start:end]."""
    quote = paragraph.text[start:end]
    if not quote.strip() or not (0 <= start < end <= len(paragraph.text)):
        raise ValueError(f"empty quote span {start}:{end} in {paragraph.source} ¶{paragraph.number}")
    return Citation(paragraph.source, paragraph.number, paragraph.line, quote, round(score, 4),
                    paragraph.page, start, end)


def verify(citation: Citation, index: Index) -> bool:
    p = index.paragraph(citation.source, citation.paragraph)
    return citation.quote in p.text and p.text[citation.start : citation.end] == citation.quote


class Answerer:
    def __init__(self, index: Index, settings: Settings):
        self.index = index
        self.settings = settings

    def answer(self, question: str, hits: list[Hit], query_vector: np.ndarray | None) -> Answer:
        candidates = self._candidates(question, hits, query_vector)
        if not candidates or self._too_weak(candidates[0], looks_english(question)):
            return self._abstain(question, hits)
        chosen = [candidates[0]]
        for c in candidates[1:]:
            if len(chosen) >= self.settings.max_quotes or c.score < chosen[0].score - SECOND_QUOTE_MARGIN:
                break
            if all(c.paragraph != o.paragraph for o in chosen):
                chosen.append(c)
        citations = [cite(c.paragraph, c.start, c.end, c.score) for c in chosen]
        bad = [c for c in citations if not verify(c, self.index)]
        if bad:  # cannot happen by construction; refuse rather than misquote
            raise AssertionError(f"quote not verbatim in {bad[0].source} ¶{bad[0].paragraph}")
        text = "\n\n".join(f"“{c.quote}” [{i}]" for i, c in enumerate(citations, start=1))
        return Answer(question, text, citations, abstained=False, hits=hits)

    def _candidates(self, question: str, hits: list[Hit], qvec: np.ndarray | None) -> list[Candidate]:
        # A question typed with diacritics is matched word for word ("giá" is not "gia");
        # one typed without them is matched on folded words.
        norm = fold if is_unaccented(question) else str.lower
        terms = sorted({norm(w) for w in words(question) if fold(w) not in STOPWORDS})
        folded_idf = self.index.lexical.idf([fold(t) for t in terms])
        idf = {t: folded_idf[fold(t)] for t in terms}
        total = sum(idf.values())
        kind = answer_type.expected(question)
        counted = answer_type.focus(question)
        out = []
        for rank, hit in enumerate(hits):
            p = self.index.paragraph(hit.source, hit.paragraph)
            if not p.citable:
                continue
            rows = self.index.chunk_rows(p.source, p.number)
            chunk_cos = (self.index.vectors[rows] @ qvec) if qvec is not None and rows else None
            for start, end in sentence_spans(p.text):
                sentence = words(p.text[start:end])
                if len(sentence) < MIN_QUOTE_WORDS:
                    continue
                present = {norm(w) for w in sentence}
                coverage = sum(w for t, w in idf.items() if t in present) / total if total else 0.0
                dense = 0.0
                if chunk_cos is not None:
                    # a sentence's dense score: the best chunk that overlaps it
                    dense = max(
                        (float(s) for s, r in zip(chunk_cos, rows)
                         if self.index.chunks[r].start < end and self.index.chunks[r].end > start),
                        default=0.0,
                    )
                sentence_text = p.text[start:end]
                out.append(Candidate(p, start, end, dense, coverage, rank,
                                     answer_type.matches(kind, sentence_text),
                                     answer_type.counts(counted, sentence_text)))
        out.sort(key=lambda c: -c.score)
        return out

    def _too_weak(self, best: Candidate, english: bool) -> bool:
        """Evidence too weak to quote: the documents probably do not answer this.

        A Vietnamese question must find most of its (idf-weighted) words in the
        sentence and a close dense match; an English question cannot share words
        with Vietnamese text, so it is judged on the dense match alone.
        """
        s = self.settings
        if english:
            return best.dense < s.min_dense_english
        return best.coverage < s.min_coverage or best.dense < s.min_dense

    def _abstain(self, question: str, hits: list[Hit]) -> Answer:
        near = [h for h in hits if self.index.paragraph(h.source, h.paragraph).citable][:3]
        text = "Tài liệu không chứa câu trả lời cho câu hỏi này. (The documents do not answer this question.)"
        if near:
            text += "\nĐoạn gần nhất / nearest passages: " + "; ".join(f"{h.source} ¶{h.paragraph}" for h in near)
        return Answer(question, text, [], abstained=True, hits=hits)
