"""Hits → Answer: score every sentence of the retrieved paragraphs, quote the best verbatim, or abstain.

No language model writes anything: every quote is a slice of a paragraph's
text, checked against that paragraph before the answer leaves this module.
Which sentence answers, and whether any does, is decided by one fitted model
(scorer.py) over named features (features.py), with one threshold.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from qa_bot.answer import answer_type, article, bands, features, short_answer, totals
from qa_bot.answer.features import QuestionView, SentenceFacts
from qa_bot.answer.retrieval import Retrieval
from qa_bot.answer.scope import scope
from qa_bot.answer.scorer import AnswerScorer
from qa_bot.answer.topicality import Topicality
from qa_bot.language import bilingual, vietnamese
from qa_bot.language.question import AskedQuestion
from qa_bot.ingest import tables
from qa_bot.language.text import fold, words
from qa_bot.settings import Settings
from qa_bot.store.index import Index
from qa_bot.types import Answer, Citation, Hit, Paragraph, Sentence

MIN_QUOTE_WORDS = 4
# A second quote from another paragraph is shown when it answers part of a two-part question
# ("Ai ... và ai ...?") that the first leaves out: this share of the question's words, or more.
COMPLEMENT_MIN = 0.2


@dataclass(frozen=True)
class Candidate:
    paragraph: Paragraph
    start: int
    end: int
    facts: SentenceFacts
    probability: float = 0.0
    words: str = ""  # the span's underthesea words (Sentence.words), for names in the short answer
    x: tuple[float, ...] = ()  # its feature row (features.FEATURES), for the explanation (bands.py)


def paragraph_order(paragraphs: list[tuple[str, int]], candidates: list[tuple[tuple[str, int], float]]
                    ) -> tuple[list[int], dict[tuple[str, int], float]]:
    """Positions in ``paragraphs`` (fused order), best candidate's probability first, and that best
    probability per paragraph; paragraphs with no candidate keep their fused order, after the rest."""
    best: dict[tuple[str, int], float] = {}
    for key, probability in candidates:
        if probability > best.get(key, -1.0):
            best[key] = probability
    return sorted(range(len(paragraphs)), key=lambda i: (-best.get(paragraphs[i], -1.0), i)), best


def cite(paragraph: Paragraph, start: int, end: int, score: float) -> Citation:
    """The only way a Citation is made: the quote *is* the paragraph's text[start:end]."""
    quote = paragraph.text[start:end]
    if not quote.strip() or not (0 <= start < end <= len(paragraph.text)):
        raise ValueError(f"empty quote span {start}:{end} in {paragraph.source} ¶{paragraph.number}")
    return Citation(paragraph.source, paragraph.number, paragraph.line, quote, round(score, 4),
                    paragraph.page, start, end, paragraph.sheet)


def _blend(candidates: list[Candidate], others: list[Candidate]) -> list[Candidate]:
    """Each candidate with the mean of its probability and its probability in ``others`` (the same
    sentences scored against another question), best first.

    A follow-up's rewrite ("Ai báo cáo ... tại Buổi làm việc của Tổng Bí thư ... năm 2011?") matches
    best the sentence that names what it adds, usually the one the last turn quoted; the follow-up's own
    words alone match sentences from any document. The mean keeps both. Chosen on the conversation dev
    half for rewrites that add the topic in brackets (follow-ups 18 → 20 of 35; test 18 → 19 of 39, none
    lost; the geometric mean and the own words alone made 20 on dev and 18 on test). Applied then to every
    rewrite that adds words (a name for "ông ấy", a referent for "hội nghị đó"), as the same reasoning
    holds: dev unchanged, test 2 more (the second of them because the first named the right person)."""
    def key(c: Candidate) -> tuple:
        return c.paragraph.source, c.paragraph.number, c.start, c.end

    own = {key(c): c.probability for c in others}
    out = [replace(c, probability=(c.probability + own.get(key(c), 0.0)) / 2) for c in candidates]
    out.sort(key=lambda c: -c.probability)
    return out


def verify(citation: Citation, index: Index) -> bool:
    p = index.paragraph(citation.source, citation.paragraph)
    return citation.quote in p.text and p.text[citation.start : citation.end] == citation.quote


class Answerer:
    def __init__(self, index: Index, settings: Settings, topicality: Topicality, scorer: AnswerScorer):
        self.index = index
        self.settings = settings
        self.topicality = topicality
        self.scorer = scorer

    @property
    def confident_from(self) -> float:
        c = self.settings.confident_from
        return bands.CONFIDENT_FROM if c is None else c

    @property
    def threshold(self) -> float:
        t = self.settings.answer_threshold
        return self.scorer.threshold if t is None else t

    def answer(self, question: AskedQuestion, retrieval: Retrieval, k: int,
               own: tuple[AskedQuestion, Retrieval] | None = None, follow_up: bool = False) -> Answer:
        """``question``: as read once (language/question.py); every step below takes what it needs of it.
        ``own``: for a follow-up whose rewrite adds words to it, its own words (and the retrieval, re-read by
        them): each sentence's probability is then the mean of the two readings (``_blend``).
        ``follow_up``: the question goes on with a conversation, which is about the collection already;
        whether the collection can be about it is not asked again (an English rewrite carries the topic
        in words the dictionary may not render: one in-house follow-up was lost to ``scope`` otherwise)."""
        q, candidates = self.scored(question, retrieval)
        if own is not None:
            candidates = _blend(candidates, self.scored(*own)[1])
        hits = self._rerank(retrieval.hits, candidates)[:k]
        confidence = candidates[0].probability if candidates else 0.0
        where = scope(question, self.index.lexical.vocabulary, retrieval.english_terms)
        if where.outside and not follow_up:  # however a sentence scores: the collection cannot be about this
            return self._abstain(question.text, hits, confidence, bands.not_found_why(where.unknown, confidence))
        if not candidates or confidence < self.threshold:
            return self._abstain(question.text, hits, confidence, bands.not_found_why((), confidence))
        fact = self._page_fact(question, candidates[0], hits)
        if fact is not None:
            return fact
        total = self._total(question, q, candidates[0], hits)
        if total is not None:
            return total
        chosen = self._choose(q, candidates)
        citations = self._checked([cite(c.paragraph, c.start, c.end, c.probability) for c in chosen])
        text = "\n\n".join(f"“{c.quote}” [{i}]" for i, c in enumerate(citations, start=1))
        span = short_answer.find(question, citations[0].quote, chosen[0].words)
        short = citations[0].quote[span[0]:span[1]] if span else None
        band = bands.band(confidence, self.confident_from)
        text = bands.worded(band, text)
        why = bands.explain(bands.reasons(self.scorer, np.asarray(chosen[0].x)), q, citations[0].quote, short)
        return Answer(question.text, text, citations, abstained=False, hits=hits, confidence=round(confidence, 4),
                      short=short, band=band, why=why)

    def rerank(self, question: AskedQuestion, retrieval: Retrieval, k: int) -> list[Hit]:
        """The retrieved paragraphs, best answer first (see ``_rerank``)."""
        return self._rerank(retrieval.hits, self.scored(question, retrieval)[1])[:k]

    def scored(self, question: AskedQuestion, retrieval: Retrieval) -> tuple[QuestionView, list[Candidate]]:
        """Every candidate sentence with the scorer's probability, best first."""
        q, candidates, x = self.candidates(question, retrieval)
        probs = self.scorer.probabilities(x)
        # A heading is scored like any line (the scorer learns from it as a wrong answer) and never quoted:
        # "5. Một số kinh nghiệm" names a topic and states nothing, and, short and on topic, it was the best
        # match of questions it does not answer ("How do I make coffee?" → a section heading). In-house
        # dev: 12 → 16 of 24 unanswerable turned away, answer in quote unchanged (0.776; more_dev 0.831).
        out = [replace(c, probability=float(p), x=tuple(row)) for c, p, row in zip(candidates, probs, x)
               if (c.paragraph.source, c.paragraph.number) not in self.index.headings]
        # ties (equal probabilities) keep retrieval order: sort is stable
        out.sort(key=lambda c: -c.probability)
        return q, out

    def candidates(self, question: AskedQuestion, retrieval: Retrieval
                   ) -> tuple[QuestionView, list[Candidate], np.ndarray]:
        """The quotable sentences of the retrieved paragraphs and their feature matrix (features.FEATURES)."""
        q = features.view(question, self.index.lexical.idf,
                          None if retrieval.translation is None else
                          bilingual.lexical_query(question, retrieval.translation))
        qvec = retrieval.query_vector
        probe = self.topicality.probes("en" if q.english else "vi").mean(axis=0) if qvec is not None else None
        out: list[Candidate] = []
        facts: list[SentenceFacts] = []
        top_lexical, top_dense = retrieval.top_lexical, retrieval.top_dense
        for hit in retrieval.hits:
            p = self.index.paragraph(hit.source, hit.paragraph)
            if not p.citable:
                continue
            spans = self._spans(p)
            if not spans:
                continue
            dense = self._dense(p, qvec, probe)
            context, labelled = self._labelled(q, p)
            paragraph_matched = q.matched(p.text) | labelled
            missing = features.missing_anchors(q, f"{p.text}\n{context}" if context else p.text)
            for group in spans:
                start, end = group[0][1].start, group[-1][1].end
                segmented = " ".join(sent.words for _, sent in group)
                d = [dense[row] for row, _ in group] if dense else [(0.0, 0.0, 0.0)]
                f = features.facts(q, p.text[start:end], segmented, paragraph_matched, missing,
                                   max(x[0] for x in d), max(x[1] for x in d), max(x[2] for x in d),
                                   hit.lexical_score / top_lexical if top_lexical > 0 else 0.0,
                                   hit.dense_score - top_dense, len(group), labelled)
                out.append(Candidate(p, start, end, f, words=segmented))
                facts.append(f)
        return q, out, features.matrix(q, facts, *self._best(q, retrieval, facts, qvec))

    def _labelled(self, q: QuestionView, p: Paragraph) -> tuple[str, frozenset[str]]:
        """What labels ``p`` (``Index.context``: its letter's heading) and the question's syllables it holds."""
        context = self.index.context(p.source, p.number)
        return context, q.matched(context) if context else frozenset()

    def _spans(self, p: Paragraph) -> list[list[tuple[int, Sentence]]]:
        """A paragraph's candidate spans, each a list of (row, sentence): each quotable sentence, and each
        two adjacent ones. The answer is often in the sentence next to the one that repeats the question
        ("... tổ chức hội nghị. Đồng chí Phạm Minh Chính ... chủ trì hội nghị."), and one verbatim span
        can quote both."""
        units = [(row, self.index.sentences[row]) for row in self.index.sentence_rows(p.source, p.number)]
        units = [(row, sent) for row, sent in units if len(words(p.text[sent.start : sent.end])) >= MIN_QUOTE_WORDS]
        return [[u] for u in units] + [[a, b] for a, b in zip(units, units[1:])
                                       if not p.text[a[1].end:b[1].start].strip()]

    def _dense(self, p: Paragraph, qvec: np.ndarray | None, probe: np.ndarray | None
               ) -> dict[int, tuple[float, float, float]]:
        """Per sentence row of the paragraph: its cosine to the question, the cosine of the best chunk over
        it, and its margin over the everyday question (dense_sentence, dense_chunk, offtopic_margin)."""
        if qvec is None:
            return {}
        rows = self.index.sentence_rows(p.source, p.number)
        chunk_rows = self.index.chunk_rows(p.source, p.number)
        s_cos = self.index.sentence_vectors[rows] @ qvec
        s_margin = self.index.sentence_vectors[rows] @ (qvec - probe)
        c_cos = self.index.vectors[chunk_rows] @ qvec if chunk_rows else np.zeros(0)
        out = {}
        for i, row in enumerate(rows):
            sent = self.index.sentences[row]
            over = [c_cos[j] for j, r in enumerate(chunk_rows)
                    if self.index.chunks[r].start < sent.end and self.index.chunks[r].end > sent.start]
            out[row] = (float(s_cos[i]), float(max(over, default=0.0)), float(s_margin[i]))
        return out

    def _best(self, q: QuestionView, retrieval: Retrieval, facts: list[SentenceFacts],
              qvec: np.ndarray | None) -> tuple[float, float]:
        """The best sentence cosine and the best coverage a candidate's are read against: over the
        candidates, and over the spans of the paragraphs BM25 found too.

        Over the candidates alone, the best moved whenever a paragraph entered or left the fused top k,
        which hangs on cosines: on another machine "How many guidelines on Party organization work have
        been issued?" met a sentence of a paragraph at the edge with more of its words, and its
        confidence fell from 0.17 to 0.11 (eval/scripts/stability.py). The BM25 list is text alone, the same on
        every machine, and it holds the sentences that share the most words with the question."""
        best_dense = max((f.dense_sentence for f in facts), default=0.0)
        best_cov = max((f.coverage for f in facts), default=0.0)
        seen = {(h.source, h.paragraph) for h in retrieval.hits}
        for key in retrieval.lexical_paragraphs:
            if key in seen:
                continue
            p = self.index.paragraph(*key)
            if not p.citable:
                continue
            spans = self._spans(p)
            labelled = self._labelled(q, p)[1]
            for group in spans:
                span = p.text[group[0][1].start:group[-1][1].end]
                best_cov = max(best_cov, q.coverage(q.matched(span) | labelled))
            if qvec is not None and spans:
                # a pair's cosine is the better of its two sentences': the single sentences cover it
                rows = [row for group in spans if len(group) == 1 for row, _ in group]
                best_dense = max(best_dense, float(np.max(self.index.sentence_vectors[rows] @ qvec)))
        return best_dense, best_cov

    @staticmethod
    def _rerank(hits: list[Hit], candidates: list[Candidate]) -> list[Hit]:
        """Order paragraphs by their best sentence's probability, the way quotes are chosen.

        Paragraphs with no candidate sentence (none quotable) keep their fused order, after the rest.
        """
        keys = [(h.source, h.paragraph) for h in hits]
        order, best = paragraph_order(keys, [((c.paragraph.source, c.paragraph.number), c.probability)
                                             for c in candidates])
        return [replace(hits[i], score=round(best.get(keys[i], 0.0), 6)) for i in order]

    def _choose(self, q: QuestionView, candidates: list[Candidate]) -> list[Candidate]:
        """The quotes to show, best first: the best sentence; for a "who" question it names no one in, the
        sentence before it that names the speaker; and for a two-part question a sentence from another
        paragraph that answers the part the first leaves out."""
        best = candidates[0]
        chosen = [best]
        # "Ai nói rằng ... then chốt của then chốt?": the sentence that says it often names no one, and
        # the one before it in the paragraph says who speaks ("Tổng Bí thư Nguyễn Phú Trọng đã phát biểu")
        if q.kind == "person" and not best.facts.type_match:
            speaker = self._speaker(q, best)
            if speaker is not None:
                chosen.append(speaker)
        if not q.question.multipart:
            return chosen
        for c in candidates[1:]:
            if len(chosen) >= self.settings.max_quotes or c.probability < self.threshold:
                break
            if c.paragraph == best.paragraph:
                continue
            if q.coverage(c.facts.matched - best.facts.matched) >= COMPLEMENT_MIN:
                chosen.append(c)
        return chosen

    def _speaker(self, q: QuestionView, best: Candidate) -> Candidate | None:
        """The nearest sentence before ``best`` in its paragraph that names a person the question does not:
        quoted after it, so the reader sees who. (In-house test and fresh: 1 more question each answered
        right; it adds a quote to 3 of 356 in-house questions, and changes nothing on ViQuAD-A.)"""
        p = best.paragraph
        for row in reversed(self.index.sentence_rows(p.source, p.number)):
            sent = self.index.sentences[row]
            if sent.end > best.start:
                continue
            if answer_type.names_one(vietnamese.person_names(sent.words.split()), q.question.folded):
                # cited with the best sentence's probability: it is evidence for that answer, not a
                # candidate of its own
                return replace(best, start=sent.start, end=sent.end, words=sent.words)
        return None

    def _checked(self, citations: list[Citation]) -> list[Citation]:
        """``citations``, each verified against its paragraph: cannot fail by construction, and an answer
        that would misquote is refused rather than given."""
        bad = [c for c in citations if not verify(c, self.index)]
        if bad:
            raise AssertionError(f"quote not verbatim in {bad[0].source} ¶{bad[0].paragraph}")
        return citations

    def _page_fact(self, question: AskedQuestion, best: Candidate, hits: list[Hit]) -> Answer | None:
        """A question about the page itself ("được đăng ngày nào?", "which news agency?"): the line of the
        best answer's page that states it (``article.py``), quoted with the best answer's probability, which
        says how sure the bot is that this is the page asked about; when that page states no such fact, an
        abstention. None for any other question."""
        kind = article.asked(question)
        document = self.index.document(best.paragraph.source) if kind else None
        if document is None:
            return None
        fact = article.find(kind, question, document.paragraphs)
        if fact is None:
            # the page does not state it: its text would answer with a date or a name of something else
            # (a meeting's date for "when was it posted")
            return self._abstain(question.text, hits, 0.0, "trang tin không nói điều này / the page does not say")
        return self._quoted(question, fact.paragraph, fact.start, fact.end, fact.short, best.probability, hits,
                            "hỏi về chính trang tin, dòng này nói điều đó / asks about the page itself; "
                            "this line of it says so")

    def _total(self, question: AskedQuestion, q: QuestionView, best: Candidate, hits: list[Hit]) -> Answer | None:
        """A question about a whole ("Toàn tỉnh …", "cả tỉnh", "tất cả"): the total row of the best answer's
        document (``totals.py``) that holds as much of the question as the best answer does, counting the
        words that ask for the whole as held; quoted with the best answer's probability, which says how sure
        the bot is of the document. None for any other question, or when no total row holds as much."""
        whole = totals.whole_words(question)
        if not whole or (best.paragraph.table and tables.is_total(best.paragraph.text)):
            return None
        document = self.index.document(best.paragraph.source)
        asked_whole = frozenset(t for t in q.idf if fold(t) in whole)
        held = [(q.coverage(q.matched(p.text) | self._labelled(q, p)[1] | asked_whole), p)
                for p in (totals.total_rows(document, best.paragraph) if document else [])]
        if not held:
            return None
        coverage, row = max(held, key=lambda h: h[0])
        if coverage < best.facts.coverage:
            return None
        span = short_answer.find(question, row.text)
        return self._quoted(question, row, 0, len(row.text), span, best.probability, hits,
                            "hỏi về cả tổng thể, dòng tổng cộng của bảng trả lời / asks about the whole; "
                            "the table's total row answers")

    def _quoted(self, question: AskedQuestion, p: Paragraph, start: int, end: int, short: tuple[int, int] | None,
                probability: float, hits: list[Hit], why: str) -> Answer:
        """An answer of one quote, ``p.text[start:end]``, that a rule chose over the best sentence (a page fact,
        a total row), with the best sentence's probability."""
        [citation] = self._checked([cite(p, start, end, probability)])
        hit = Hit(p.source, p.number, p.line, p.text, round(probability, 6), p.page, start, end, sheet=p.sheet)
        hits = [hit] + [h for h in hits if (h.source, h.paragraph) != (p.source, p.number)][: len(hits) - 1]
        band = bands.band(probability, self.confident_from)
        return Answer(question.text, bands.worded(band, f"“{citation.quote}” [1]"), [citation], abstained=False,
                      hits=hits, confidence=round(probability, 4), short=p.text[short[0]:short[1]] if short else None,
                      band=band, why=why)

    def _abstain(self, question: str, hits: list[Hit], confidence: float, why: str = "") -> Answer:
        near = [h for h in hits if self.index.paragraph(h.source, h.paragraph).citable][:3]
        text = "Tài liệu không chứa câu trả lời cho câu hỏi này. (The documents do not answer this question.)"
        if near:
            text += "\nĐoạn gần nhất / nearest passages: " + "; ".join(f"{h.source} ¶{h.paragraph}" for h in near)
        return Answer(question, text, [], abstained=True, hits=hits, confidence=round(confidence, 4),
                      band=bands.NOT_FOUND, why=why)
