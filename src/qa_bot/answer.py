"""Hits → Answer: pick the sentences that answer the question and quote them verbatim.

No language model writes anything: every quote is a slice of a paragraph's
text, checked against that paragraph before the answer leaves this module.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from .index import Index
from .retrieval import Retrieval
from .settings import Settings
from . import answer_type
from .diacritics import is_unaccented
from .text import STOPWORDS, fold, looks_english, sentence_spans, tokens, words
from .topicality import Topicality
from .types import Answer, Citation, Hit, Paragraph

MIN_QUOTE_WORDS = 4
# Weight of lexical coverage against the dense cosine when ranking sentences.
COVERAGE_WEIGHT = 0.15
# Bonus for a sentence that holds the kind of answer asked for (a number for "bao nhiêu").
TYPE_BONUS = 0.05
# Bonus for a number right before the thing a quantity question counts ("71 điểm cầu").
COUNT_BONUS = 0.1
# Kinds of question only a sentence holding that kind of answer can answer.
NEEDS_TYPE = ("quantity", "time")
# A second quote must come close to the best one to be worth showing...
SECOND_QUOTE_MARGIN = 0.02
# ...or cover this much of the question that the first quote leaves out, within a wider margin.
COMPLEMENT_MIN = 0.2
COMPLEMENT_MARGIN = 0.12


@dataclass(frozen=True)
class Query:
    """What the answerer needs to know about a question, worked out once."""

    text: str
    idf: dict[str, float]  # content words (accent-aware, see Answerer._query) → weight
    kind: str | None  # expected answer type
    focus: str | None  # the thing a quantity question counts
    english: bool

    def coverage(self, matched: frozenset[str]) -> float:
        total = sum(self.idf.values())
        return sum(self.idf[t] for t in matched) / total if total else 0.0


@dataclass(frozen=True)
class Candidate:
    paragraph: Paragraph
    start: int
    end: int
    dense: float | None  # None when retrieval ran without the dense side
    matched: frozenset[str]  # the question's content words this sentence contains
    coverage: float
    rank: int
    typed: bool = False  # holds the kind of answer the question asks for
    counted: bool = False  # gives the number a quantity question asks for
    # the dense score that ranks (the cosine to the retriever's ranking vector); ``dense``,
    # the plain cosine, is what the abstention floors were calibrated on
    relevance: float | None = None

    def _with_coverage(self, coverage: float) -> "Candidate":
        return replace(self, coverage=max(coverage, self.coverage))

    @property
    def score(self) -> float:
        dense = self.relevance if self.relevance is not None else self.dense
        return ((dense or 0.0) + COVERAGE_WEIGHT * self.coverage + TYPE_BONUS * self.typed
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
    def __init__(self, index: Index, settings: Settings, topicality: Topicality | None = None):
        self.index = index
        self.settings = settings
        self.topicality = topicality  # None: no off-topic gate

    def answer(self, question: str, retrieval: Retrieval, k: int) -> Answer:
        query = self._query(question)
        candidates = self._candidates(query, retrieval)
        hits = self._rerank(retrieval.hits, candidates)[:k]
        chosen = self._choose(query, candidates)
        if chosen and self._off_topic(query, retrieval):
            chosen = []
        if not chosen:
            return self._abstain(question, hits)
        citations = [cite(c.paragraph, c.start, c.end, c.score) for c in chosen]
        bad = [c for c in citations if not verify(c, self.index)]
        if bad:  # cannot happen by construction; refuse rather than misquote
            raise AssertionError(f"quote not verbatim in {bad[0].source} ¶{bad[0].paragraph}")
        text = "\n\n".join(f"“{c.quote}” [{i}]" for i, c in enumerate(citations, start=1))
        return Answer(question, text, citations, abstained=False, hits=hits)

    def rerank(self, question: str, retrieval: Retrieval, k: int) -> list[Hit]:
        """The retrieved paragraphs, best answer first (see ``_rerank``)."""
        query = self._query(question)
        return self._rerank(retrieval.hits, self._candidates(query, retrieval))[:k]

    def _off_topic(self, query: Query, retrieval: Retrieval) -> bool:
        if self.topicality is None or retrieval.query_vector is None:
            return False
        if self.topicality.off_topic(retrieval.query_vector, query.english):
            return True
        floor = self.settings.english_margin(self.index.model)
        if not query.english or floor is None:
            return False
        # English against Vietnamese text: every passage scores about the same cosine,
        # on topic or not, so the evidence must also beat the off-topic reference passage by passage
        rows = [r for h in retrieval.hits for r in self.index.chunk_rows(h.source, h.paragraph)]
        return self.topicality.margin(retrieval.query_vector, self.index.vectors[rows], "en") < floor

    @staticmethod
    def _rerank(hits: list[Hit], candidates: list[Candidate]) -> list[Hit]:
        """Order paragraphs by their best sentence, the way quotes are chosen.

        Fusion ranks whole chunks by two coarse signals; the sentence score adds
        what the question asks for (a number, a date, a name) and how much of it
        one sentence covers, so the paragraph that holds the answer comes first.
        Paragraphs with no candidate sentence (none quotable, or none with the count
        or date a "how many"/"when" question needs) keep their fused order, after the rest.
        """
        best: dict[tuple[str, int], float] = {}
        for c in candidates:  # sorted best first
            best.setdefault((c.paragraph.source, c.paragraph.number), c.score)
        order = sorted(range(len(hits)), key=lambda i: (-best.get((hits[i].source, hits[i].paragraph), -1e9), i))
        return [replace(hits[i], score=round(best.get((hits[i].source, hits[i].paragraph), 0.0), 6)) for i in order]

    def _query(self, question: str) -> Query:
        # A question typed with diacritics is matched word for word ("giá" is not "gia");
        # one typed without them is matched on folded words.
        self._norm = fold if is_unaccented(question) else str.lower
        terms = sorted({self._norm(w) for w in words(question) if fold(w) not in STOPWORDS})
        folded_idf = self.index.lexical.idf([fold(t) for t in terms])
        return Query(question, {t: folded_idf[fold(t)] for t in terms}, answer_type.expected(question),
                     answer_type.focus(question), looks_english(question))

    def _candidates(self, query: Query, retrieval: Retrieval) -> list[Candidate]:
        out = []
        qvec = retrieval.query_vector
        rvec = retrieval.ranking_vector if retrieval.ranking_vector is not None else qvec
        for rank, hit in enumerate(retrieval.hits):
            p = self.index.paragraph(hit.source, hit.paragraph)
            if not p.citable:
                continue
            rows = self.index.chunk_rows(p.source, p.number)
            vectors = self.index.vectors[rows] if qvec is not None and rows else None
            chunk_cos = vectors @ qvec if vectors is not None else None
            chunk_rel = vectors @ rvec if vectors is not None and rvec is not qvec else chunk_cos
            for start, end in sentence_spans(p.text):
                text = p.text[start:end]
                sentence = words(text)
                if len(sentence) < MIN_QUOTE_WORDS:
                    continue
                # tokens() folds the sentence once, rather than word by word
                norm = tokens(text) if self._norm is fold else map(str.lower, sentence)
                matched = frozenset(t for t in norm if t in query.idf)
                dense = relevance = None
                if chunk_cos is not None:
                    # a sentence's dense scores: those of the best chunk that overlaps it
                    over = [i for i, r in enumerate(rows)
                            if self.index.chunks[r].start < end and self.index.chunks[r].end > start]
                    best = max(over, key=lambda i: chunk_rel[i], default=None)
                    dense = float(chunk_cos[best]) if best is not None else 0.0
                    relevance = float(chunk_rel[best]) if best is not None else 0.0
                out.append(Candidate(p, start, end, dense, matched, query.coverage(matched), rank,
                                     answer_type.matches(query.kind, text, query.text),
                                     answer_type.counts(query.focus, text), relevance))
        out.sort(key=lambda c: -c.score)
        if query.kind in NEEDS_TYPE:
            # "how many" is answered by a sentence with a count, "when" by one with a date
            out = [c for c in out if c.typed]
        return out

    def _choose(self, query: Query, candidates: list[Candidate]) -> list[Candidate]:
        """The quotes to show, best first; empty when the documents do not answer."""
        if not candidates:
            return []
        best = self._extend_to_typed(candidates[0], candidates)
        chosen = [best]
        # A second quote earns its place by answering part of the question the first
        # does not ("... và ..."), or by being nearly as good, from another paragraph.
        for c in candidates[1:]:
            if len(chosen) >= self.settings.max_quotes:
                break
            if any(c.paragraph == o.paragraph for o in chosen):
                continue
            novel = query.coverage(c.matched - best.matched)
            if (novel >= COMPLEMENT_MIN and c.score >= best.score - COMPLEMENT_MARGIN) or (
                c.score >= best.score - SECOND_QUOTE_MARGIN
            ):
                chosen.append(c)
        if self._too_weak(query, chosen, candidates):
            return []
        return chosen

    @staticmethod
    def _extend_to_typed(best: Candidate, candidates: list[Candidate]) -> Candidate:
        """Quote the neighbouring sentence too when it, not the best one, holds the answer.

        "...hội nghị giao ban tháng 11-2018 đến 71 điểm cầu. Đồng chí Phạm Minh Chính
        ... chủ trì hội nghị." answers "ai chủ trì" with its second sentence. The two
        sentences are adjacent, so the quote stays one verbatim span.
        """
        if best.typed:
            return best
        text = best.paragraph.text
        for c in candidates:
            if c.paragraph != best.paragraph or not c.typed:
                continue
            gap = text[best.end : c.start] if c.start >= best.end else text[c.end : best.start]
            if not gap.strip():
                start, end = min(best.start, c.start), max(best.end, c.end)
                def top(a, b):
                    return max(a, b) if a is not None and b is not None else a
                return Candidate(best.paragraph, start, end, top(best.dense, c.dense), best.matched | c.matched, 0.0,
                                 best.rank, True, best.counted or c.counted,
                                 top(best.relevance, c.relevance))._with_coverage(best.coverage)
        return best

    def _too_weak(self, query: Query, chosen: list[Candidate], candidates: list[Candidate]) -> bool:
        """Evidence too weak to quote: the documents probably do not answer this.

        A Vietnamese question must find enough of its (idf-weighted) words in the
        quotes and a close dense match; an English question cannot share words
        with Vietnamese text, so it is judged on the dense match alone. A question
        that counts something ("bao nhiêu đại biểu") is not answered by a sentence
        that matches its words but gives no such number, and one about a post
        ("Ai là Bộ trưởng") not by a paragraph that never names that post. (Only
        sentences with a count or a date are candidates for "how many" and "when".)
        """
        s = self.settings
        floor_vi, floor_en = s.dense_floors(self.index.model)
        best = chosen[0]
        dense = best.dense
        if query.english:
            return dense is not None and floor_en is not None and dense < floor_en
        # "Ai là Bộ trưởng ...?" is not answered by a paragraph about a Thứ trưởng
        if any(not any(answer_type.names_role(r, c.paragraph.text) for c in chosen)
               for r in answer_type.roles(query.text)):
            return True
        # Two quotes answer a two-part question together; otherwise the best quote alone
        # must carry the question's words (two half-matches from different places don't).
        answering = chosen if answer_type.is_multipart(query.text) else [best]
        coverage = query.coverage(frozenset().union(*(c.matched for c in answering)))
        if coverage < s.min_coverage or (dense is not None and floor_vi is not None and dense < floor_vi):
            return True
        return query.focus is not None and not best.counted and coverage >= s.trap_coverage

    def _abstain(self, question: str, hits: list[Hit]) -> Answer:
        near = [h for h in hits if self.index.paragraph(h.source, h.paragraph).citable][:3]
        text = "Tài liệu không chứa câu trả lời cho câu hỏi này. (The documents do not answer this question.)"
        if near:
            text += "\nĐoạn gần nhất / nearest passages: " + "; ".join(f"{h.source} ¶{h.paragraph}" for h in near)
        return Answer(question, text, [], abstained=True, hits=hits)
