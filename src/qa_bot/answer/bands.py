"""How sure an answer is, in words a reader can act on: its band, and why this quote.

The band cuts the scorer's calibrated probability (``Answer.confidence``); the explanation names the
features that moved this quote's score most, as the fitted model weighs them, grouped and worded for
people.
"""

from __future__ import annotations

import re

import numpy as np

from qa_bot.answer.features import FEATURES, QuestionView
from qa_bot.answer.scorer import AnswerScorer
from qa_bot.language.text import fold

CONFIDENT, UNCERTAIN, NOT_FOUND = "confident", "uncertain", "not_found"

# The cut between "confident" and "uncertain", chosen on the dev questions (in-house dev split and
# more_dev, 172): the lowest cut at which the answers above it were right at least 90 % of the time
# there (0.60: 0.89 of 82; 0.65: 0.91 of 77). Held-out precision per band is in docs/quality.md.
CONFIDENT_FROM = 0.65

UNCERTAIN_NOTE = ("Có thể liên quan — tài liệu có thể không trả lời trực tiếp câu hỏi này. "
                  "(Possibly relevant — the documents may not answer this directly.)")


def band(confidence: float, confident_from: float = CONFIDENT_FROM) -> str:
    """An answer's band (an abstention's is NOT_FOUND), read at the percentage people are shown, so
    "65 %" is never called uncertain."""
    return CONFIDENT if round(confidence, 2) >= confident_from else UNCERTAIN


def worded(band: str, text: str) -> str:
    """An uncertain answer opens by saying it may not answer."""
    return f"{UNCERTAIN_NOTE}\n\n{text}" if band == UNCERTAIN else text


# The model's features in groups a reader can follow; each group's contribution is the sum of its
# features' contributions (weight × standardised value) to this quote's log-odds.
_GROUPS = {
    "words": ("coverage", "coverage_gap", "paragraph_coverage", "word_overlap", "bigram_overlap"),
    "meaning": ("dense_sentence", "dense_sentence_gap", "dense_chunk", "english_dense", "offtopic_margin"),
    "anchors": ("missing_anchors",),
    "count": ("asks_count", "count_match", "count_focus"),
    "time": ("asks_time", "time_match"),
    "person": ("asks_person", "person_match"),
    "name": ("asks_place_or_org", "name_match"),
    "list": ("asks_list", "list_match"),
    "search": ("paragraph_lexical", "paragraph_dense_gap"),
}
_KIND = {
    "count": ("hỏi số lượng", "asks how many"),
    "time": ("hỏi thời gian", "asks when"),
    "person": ("hỏi người", "asks who"),
    "name": ("hỏi nơi chốn, cơ quan", "asks where or which body"),
    "list": ("hỏi liệt kê", "asks for a list"),
}
assert {f for g in _GROUPS.values() for f in g} <= set(FEATURES)


def contributions(scorer: AnswerScorer, x: np.ndarray) -> dict[str, float]:
    """Each group's share of the log-odds, relative to an average candidate (the scaler's mean)."""
    per_feature = scorer.coef * (np.asarray(x, float) - scorer.mean) / scorer.scale
    by_name = dict(zip(scorer.features, per_feature))
    return {g: float(sum(by_name[f] for f in fs)) for g, fs in _GROUPS.items()}


# A group is named when it raised the log-odds by at least this much (the odds × 1.6): smaller pushes
# are noise to a reader. On the seeds' first questions this names three or four groups.
MIN_NAMED = 0.5


def reasons(scorer: AnswerScorer, x: np.ndarray, most: int = 4) -> list[str]:
    """The groups that raised this quote's score most, largest first (only those that raised it)."""
    c = contributions(scorer, x)
    return [g for g in sorted(c, key=lambda g: -c[g]) if c[g] >= MIN_NAMED][:most]


def explain(groups: list[str], q: QuestionView, quote: str, short: str | None) -> str:
    """The reasons, worded: "khớp: 'điểm cầu', 'tháng 11-2018' · hỏi số lượng, câu trích có '71 điểm cầu'"."""
    vi, en = [], []
    for g in groups:
        if g == "words":
            shared = _shared_words(q, quote)
            if shared:
                listed = ", ".join(f"'{w}'" for w in shared)
                vi.append(f"khớp: {listed}")
                en.append(f"matched: {listed}")
            else:
                vi.append("nhiều từ của câu hỏi")
                en.append("shares the question's words")
        elif g == "meaning":
            vi.append("gần nghĩa với câu hỏi")
            en.append("close in meaning to the question")
        elif g == "anchors":
            vi.append("có các tên, số của câu hỏi")
            en.append("holds the question's names and numbers")
        elif g == "search":
            vi.append("đoạn văn được tìm thấy đầu tiên")
            en.append("its paragraph ranks first in the search")
        elif g in _KIND:
            kind_vi, kind_en = _KIND[g]
            vi.append(f"{kind_vi}, câu trích có '{short}'" if short else kind_vi)
            en.append(f"{kind_en}, the quote has '{short}'" if short else kind_en)
    if not vi:
        return ""
    return " · ".join(vi) + " / " + "; ".join(en)


def _shared_words(q: QuestionView, quote: str, most: int = 3) -> list[str]:
    """The runs of the quote made of the question's content words ("điểm cầu", "tháng 11-2018"),
    heaviest (idf) first, as the quote writes them."""
    held = q.matched(quote)
    runs: list[tuple[int, int, float]] = []
    for m in re.finditer(r"\w+", quote):
        key = fold(m.group(0)) if q.fold_match else m.group(0).lower()
        if key not in held:
            continue
        weight = q.idf.get(key, 0.0)
        if runs and not quote[runs[-1][1]:m.start()].strip(" -/"):
            start, _, w = runs[-1]
            runs[-1] = (start, m.end(), w + weight)
        else:
            runs.append((m.start(), m.end(), weight))
    best = sorted(runs, key=lambda r: -r[2])[:most]
    return list(dict.fromkeys(quote[a:b] for a, b, _ in sorted(best)))


def not_found_why(unknown: tuple[str, ...], confidence: float) -> str:
    if unknown:
        listed = ", ".join(f"'{w}'" for w in unknown[:4])
        return (f"tài liệu không dùng các từ: {listed} · câu hỏi nằm ngoài nội dung tài liệu"
                f" / the documents never use: {listed}; the question is outside what they are about")
    return (f"không câu nào đủ khớp (cao nhất {confidence:.0%})"
            f" / no sentence answers it well enough (best {confidence:.0%})")


_LABELS = {CONFIDENT: "Chắc chắn / Confident", UNCERTAIN: "Chưa chắc / Uncertain", NOT_FOUND: "Không tìm thấy / Not found"}


def label(band: str, confidence: float) -> str:
    """The band as people read it: "Chắc chắn / Confident · 69%"."""
    name = _LABELS.get(band, band)
    return name if band == NOT_FOUND else f"{name} · {confidence:.0%}"
