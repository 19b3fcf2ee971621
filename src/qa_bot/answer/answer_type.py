"""Whether a sentence holds the kind of answer a question asks for.

The question side ("bao nhiêu / how many" wants a number, "khi nào / when" a
date, "ai / who" a person, ...) is read once with the question
(``language/question_kind.py``, ``AskedQuestion.kind``). Whether a sentence
carries that kind of answer is one feature of the answer scorer (features.py),
not a rule.
"""

from __future__ import annotations

import re

from qa_bot.language import vietnamese
from qa_bot.language.text import fold

# Counts are also written in words: "hai tổ chức", "hơn tám triệu dân", "three hundred".
# Left out: "một" and "năm" alone (also "a" and "year"), "tư" ("đầu tư"), "one"; "tỷ lệ" is a rate.
_NUMBER_WORDS = (
    r"hai|ba|bốn|sáu|bảy|tám|chín|mười|mươi|chục|trăm|nghìn|ngàn|vạn|triệu|tỷ(?!\s+lệ)|tỉ(?!\s+lệ)|vài"
    r"|(?:một|năm)\s+(?:mươi|chục|trăm|nghìn|ngàn|triệu|tỷ|tỉ)"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?"
)
_DIGIT = re.compile(r"\d")
_NUMBER_WORD = re.compile(r"\b(?:" + _NUMBER_WORDS + r")\b", re.IGNORECASE)
# a number word and (looked ahead at, so "tám triệu dân" finds "triệu dân" too) the word after it
_NUMBER_WORD_THEN = re.compile(r"\b(?:" + _NUMBER_WORDS + r")\s+(?=(\w+))", re.IGNORECASE)
# Days and months ("30/9", "7-8-2018", "22 - 11"), months of a year ("11-2018") and years;
# "19/28 đề án" is no date (there is no 28th month).
_DATE_SPAN = (r"\b\d{1,2}\s*[/-]\s*(?:0?[1-9]|1[0-2])(?:[/-]\d{2,4})?\b|\b(?:0?[1-9]|1[0-2])[/-](?:19|20)\d\d\b"
              r"|\b(?:19|20)\d\d\b")
_DATE = re.compile(_DATE_SPAN + r"|\b(?:ngày|tháng|năm|sáng|chiều|tối)\s+\d", re.IGNORECASE)


def counts(focus_words: str | None, sentence: str) -> bool:
    """True when the sentence puts a number right before the counted thing ("71 điểm cầu", "hai tổ chức")."""
    if not focus_words:
        return False
    folded = fold(sentence)
    focus = re.escape(focus_words)
    if not re.search(focus + r"\b", folded):  # no \b before: the seeds write "107trường hợp"
        return False
    if re.search(r"\d[\d.,/]*\s*" + focus + r"\b", folded):
        return True
    # number words are matched with their diacritics: folded, "sáu" (six) would be "sau" (after)
    return any(fold(m.group(1)) == focus_words for m in _NUMBER_WORD_THEN.finditer(sentence))


# Years and dates ("năm 2018", "30/9", "7-8-2018", "11-2018", "quý III/2021"), list item
# numbers ("8. Triển khai ..."), and numbers that are part of a name ("Covid-19", "Nghị quyết
# 18-NQ/TW") do not count anything; "19/28 đề án" does.
_NOT_A_COUNT = re.compile(r"^\s*\d{1,2}[.)]\s|[^\W\d_]+-\d+|\b\d+-[^\W\d_]+|" + _DATE_SPAN)


# three or more short items separated by commas or semicolons
_ENUMERATION = re.compile(r"(?:[^,;.:]{1,60}[,;]\s*){2,}[^,;.:]{1,60}")


def matches(kind: str | None, sentence: str, asked: str = "", segmented: list[str] = ()) -> bool:
    """``asked``: the question folded (``AskedQuestion.folded``). ``segmented``: the sentence's underthesea
    words, whose names answer "ai", "ở đâu", "cơ quan nào"."""
    if kind == "list":
        return _ENUMERATION.search(sentence) is not None
    if kind == "quantity":
        rest = _NOT_A_COUNT.sub(" ", sentence)
        return bool(_DIGIT.search(rest) or _NUMBER_WORD.search(rest))
    if kind == "time":
        return bool(_DATE.search(sentence))
    if kind in ("person", "place", "org"):
        # a name the question does not already give: underthesea's words of two or more syllables, each
        # capitalised ("Phạm_Minh_Chính", "Hà_Nội", "Puerto_Rico"); for "ai" too, rather than the person
        # test (a common family name first, or any word after a title). Of the right candidates of the
        # training "ai" questions, ViQuAD-A's hold such a name in 27 of 40 (the person test: 7), the
        # in-house dev ones in 11 of 31 (18). Refit, against the person test: in-house dev 5-fold answer
        # in quote 0.726 → 0.733, AURC 0.187 → 0.174; dev → ViQuAD-A 0.775 → 0.789, AURC 0.28 → 0.257;
        # with either test counting, 0.719 and 0.212 (eval/scripts/train_scorer.py)
        return names_one(vietnamese.proper_nouns(segmented), asked)
    return False


def names_one(names: set[str], asked: str) -> bool:
    """Some of ``names`` (underthesea words) is not already in the question (``asked``: it folded)."""
    return any(fold(n.replace("_", " ")) not in asked for n in names)
