"""The few words that answer, found inside the quote: "71 điểm cầu", a name, a date, a place.

The quote is the evidence; the short answer is what a reader looks for in it,
shown in bold without changing a character. It is always an exact substring of
the quote, of the kind the question asks for (answer_type.py), and never
something the question already says. Questions that want an explanation or a
list ("vì sao", "những nhiệm vụ nào") get none.
"""

from __future__ import annotations

import re

from . import answer_type, vietnamese
from .text import fold

# a number, with the words that say what it counts right after it (in the question's own words
# when they are there: "bao nhiêu điểm cầu" → "71 điểm cầu")
_COUNT = re.compile(r"(?<![\w/.-])\d[\d.,]*(?![\d/-])|\b(?:" + answer_type._NUMBER_WORDS + r")\b", re.IGNORECASE)
_DATE = re.compile(
    r"(?:\b(?:ngày|tháng|năm|quý|đêm|sáng|trưa|chiều|tối)\s+)?(?:" + answer_type._DATE_SPAN + r")", re.IGNORECASE)


def find(question: str, quote: str, segmented: str = "") -> tuple[int, int] | None:
    """(start, end) of the short answer in ``quote``, or None.

    ``segmented``: the quote's underthesea words (Sentence.words), for names; worked out if empty.
    """
    kind = answer_type.expected(question)
    if kind == "quantity":
        return _count(question, quote)
    if kind == "time":
        return _first_new(_DATE.finditer(quote), question)
    if kind in ("person", "place", "org"):
        seg = segmented.split() if segmented else vietnamese.words(quote)
        names = vietnamese.person_names(seg) if kind == "person" else vietnamese.proper_nouns(seg)
        spans = [s for s in (_locate(quote, n) for n in names) if s]
        spans = [s for s in sorted(spans) if fold(quote[s[0]:s[1]]) not in fold(question)]
        return spans[0] if spans else None
    return None


def _first_new(matches, question: str) -> tuple[int, int] | None:
    asked = fold(question)
    for m in matches:
        if fold(m.group()) not in asked:
            return m.span()
    return None


def _count(question: str, quote: str) -> tuple[int, int] | None:
    not_counts = [m.span() for m in answer_type._NOT_A_COUNT.finditer(quote)]
    focus = _counted_words(question)
    fallback = None
    for m in _COUNT.finditer(quote):
        if any(s <= m.start() < e for s, e in not_counts) or fold(m.group()) in fold(question).split():
            continue
        after = quote[m.end():]
        # what follows the number: the question's counted words when they are there ("107trường hợp")
        lead = len(after) - len(after.lstrip())
        rest = fold(after[lead:])
        if focus and rest.startswith(focus):
            return m.start(), m.end() + lead + len(focus)
        if fallback is None:
            word = re.match(r"\s*[^\W\d_]+", after)
            fallback = (m.start(), m.end() + (word.end() if word else 0))
    return fallback


def _counted_words(question: str) -> str | None:
    """"có bao nhiêu điểm cầu?" → "diem cau" (folded): the words between the question word and the verb."""
    m = re.search(r"\b(?:bao nhieu|may|how many)\s+((?:[a-z]+\s*){1,3})", fold(question))
    if not m:
        return None
    words = m.group(1).split()
    # the counted thing ends where the clause goes on ("đảng viên được kết nạp", "người tham dự")
    stop = {"duoc", "da", "dang", "se", "co", "la", "tham", "trong", "tai", "o", "cua", "were", "was", "are", "did"}
    kept = []
    for w in words:
        if w in stop:
            break
        kept.append(w)
    return " ".join(kept) or None


def _locate(text: str, word: str) -> tuple[int, int] | None:
    """Where an underthesea word ("Phạm_Minh_Chính") sits in the text it came from."""
    pattern = r"\s+".join(re.escape(s) for s in word.split("_") if s)
    m = re.search(r"(?<!\w)" + pattern + r"(?!\w)", text)
    return m.span() if m else None
