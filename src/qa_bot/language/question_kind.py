"""What kind of answer a question asks for, read off the question alone.

"Bao nhiêu / how many" wants a number, "khi nào / when" a date, "ai / who" a
person, "ở đâu / where" a place, "cơ quan nào" an organisation, "những X nào"
a list. The question side lives here, in the text layer, so a question is
classified once where it is read (``question.read``); whether a sentence holds
that kind of answer is the answer stage's business (``answer/answer_type.py``).
"""

from __future__ import annotations

import re
from typing import Sequence

from qa_bot.language.text import fold

_QUANTITY = re.compile(r"\b(bao nhieu|may|so luong|how many|how much|what number)\b")
_TIME = re.compile(r"\b(khi nao|luc nao|ngay nao|thang nao|nam nao|bao gio|thoi gian nao|when|what date|which year|what year|what day)\b")
_PERSON = re.compile(r"\b(ai|who|whom)\b")
_PLACE = re.compile(r"\b(o dau|tai dau|noi nao|dia diem nao|where)\b")
_ORG = re.compile(r"\b(co quan nao|to chuc nao|don vi nao|ban nao|bo nao|which (?:organi[sz]ation|agency|body))\b")
# "những X nào", "gồm những gì", "what are the ...": the answer is an enumeration
_LIST = re.compile(r"\bnhung\b(?:\s+\w+){0,4}\s+(nao|gi)\b|\bgom nhung\b|\bwhat are\b|\bwhich \w+ (are|were|have)\b")
_QUESTION_WORDS = re.compile(r"\b(ai|gi|nao|bao nhieu|may|dau|sao|who|what|when|where|which|how)\b")
_FOCUS = re.compile(r"\b(?:bao nhieu|may)\s+(\w+)")


def kind_text(question: str, folded: str) -> str:
    """``folded`` (the question folded) as the kind patterns read it: "máy" (nhà máy) must not read as
    "mấy" (how many) once folded."""
    if not question.isascii() and "mấy" not in question.lower():
        return re.sub(r"\bmay\b", "_", folded)
    return folded


def expected(kind_folded: str) -> str | None:
    """"quantity", "time", "person", "place", "org", "list" or None, from ``kind_text``."""
    q = kind_folded
    if _QUANTITY.search(q):
        return "quantity"
    if _TIME.search(q):
        return "time"
    if _PERSON.search(q):
        return "person"
    if _PLACE.search(q):
        return "place"
    if _ORG.search(q):
        return "org"
    if _LIST.search(q):
        return "list"
    return None


def focus(kind_folded: str) -> str | None:
    """The thing counted in a quantity question: "có bao nhiêu điểm cầu" → "diem" (folded)."""
    m = _FOCUS.search(kind_folded)
    return m.group(1) if m else None


def is_multipart(folded: str) -> bool:
    """"Ai ... và ai ...?": two questions in one, answered by two quotes together."""
    return len(_QUESTION_WORDS.findall(folded)) >= 2


# words that end the counted thing: the clause goes on ("đảng viên được kết nạp")
_CLAUSE_GOES_ON = frozenset("được đã đang sẽ có là tham trong tại ở của cho were was are did in of".split())


def counted(question: str, tags: Sequence[tuple[str, str]]) -> str | None:
    """"có bao nhiêu điểm cầu?" → "diem cau" (folded): the thing a question word counts.

    With diacritics, the nouns right after it, by underthesea's ``tags`` of the question ("bao nhiêu đề
    án trình ..." → "đề án", not the verb "trình"); typed without them the tagger is lost, and the words
    up to one that goes on with the clause are taken.
    """
    if not question.isascii():
        for i, (w, _) in enumerate(tags):
            if fold(w) in ("bao nhieu", "may"):
                nouns = []
                for word, tag in tags[i + 1:]:
                    if tag not in ("N", "Nc", "Nu", "Np"):
                        break
                    nouns.append(fold(word))
                if nouns:
                    return " ".join(nouns)
    m = re.search(r"\b(?:bao nhiêu|bao nhieu|mấy|may|how many)\s+((?:[^\W\d_]+\s*){1,3})", question.lower())
    if not m:
        return None
    # typed without diacritics, "dang" is both "đảng" (party) and "đang" (-ing): only folded forms
    # that stand for one word end the phrase then
    stops = _CLAUSE_GOES_ON if not question.isascii() else {fold(w) for w in _CLAUSE_GOES_ON} - {"dang", "co"}
    kept = []
    for w in m.group(1).split():
        if w in stops:
            break
        kept.append(fold(w))
    return " ".join(kept) or None
