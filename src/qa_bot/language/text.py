"""Text helpers shared by the lexical index, the retriever and the answerer."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)
# Control characters other than tab/newline; a question or document may carry them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def strip_controls(text: str) -> str:
    return _CONTROL.sub(" ", text)


def _fold_table() -> dict[int, str | None]:
    """Each character of the BMP to itself without its combining marks; the marks to nothing."""
    table: dict[int, str | None] = {}
    for cp in range(0x80, 0x10000):
        c = chr(cp)
        category = unicodedata.category(c)
        if category == "Mn":
            table[cp] = None
        elif category != "Cs":
            base = "".join(m for m in unicodedata.normalize("NFD", c) if unicodedata.category(m) != "Mn")
            if base != c:
                table[cp] = base
    table[ord("đ")] = "d"
    return table


# One str.translate instead of a decomposition and a loop over characters: over twice as fast,
# which BM25 feels on every chunk of a build and the answerer on every candidate sentence.
_FOLD = _fold_table()
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def fold(text: str) -> str:
    """Lower-case and remove Vietnamese diacritics, so 'dang uy' matches 'Đảng ủy'."""
    folded = text.lower().translate(_FOLD)
    if not _ASTRAL.search(folded):
        return folded
    # marks outside the BMP, or letters that decompose there: the slow, general way
    decomposed = unicodedata.normalize("NFD", folded)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").replace("đ", "d")


def words(text: str) -> list[str]:
    """Word tokens as written (diacritics kept)."""
    return _WORD.findall(text)


def tokens(text: str) -> list[str]:
    """Folded word tokens; the lexical index and the query use the same ones."""
    return _WORD.findall(fold(text))


# Question words and function words that say nothing about where the answer is, as written
# (FUNCTION_WORDS) and folded (STOPWORDS), so they match with or without diacritics.
FUNCTION_WORDS = frozenset(
    w
    for w in """
    ai gì nào đâu sao bao nhiêu mấy khi nào lúc nào ở đâu thế nào như thế nào là của và có
    được các những một cho với trong này đó thì mà để về theo tại từ đã sẽ đang không hay hoặc
    bị do nên vì ra vào lên nhất rất cũng như nhau gồm bởi qua tới đến hãy xin ạ nhé vậy gi
    what who whom whose which when where why how many much is are was were be been do does did
    the a an of in on at to for by with from and or as that this these those it its into about
    there their they he she his her has have had according tell me please
    """.split()
)
STOPWORDS = frozenset(fold(w) for w in FUNCTION_WORDS)


# Names ("Nguyen Phu Trong"), numbers, dates and codes ("30/6/2015", "26-NQ/TW", "XIII"):
# what an English question can share word for word with Vietnamese text.
_ANCHOR = re.compile(r"\b(?:\d[\w/-]*|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+|[A-Z]{2,}[\w/-]*)\b")


def anchors(question: str) -> str:
    """The names, numbers and codes in an English question, as a lexical query."""
    _first, *rest = question.split(maxsplit=1) or [""]  # the first word is capitalised anyway
    return " ".join(m.group(0) for m in _ANCHOR.finditer(rest[0] if rest else ""))


# A sentence ends at . ! ? … (plus closing quotes/brackets) followed by space, or at a
# period glued to the next capitalised word ("nhân dân.Toàn Ngành") which the seeds have.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?:\s+|(?=[A-ZÀ-Ỹ][a-zà-ỹ]))")
_CLAUSE_END = re.compile(r";\s+")
LONG_SENTENCE = 320


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of ``text``, whitespace trimmed.

    Very long sentences (Vietnamese officialese chains clauses with ';') are cut
    further at semicolons so a quote stays readable. Text after a U+FFFD (a
    line cut mid-character by a web scraper) is dropped, and so is the partial word
    before it.
    """
    cut = text.find("\ufffd")
    if cut != -1:
        text = text[:cut]
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        # don't split "1.1." numbering or "TP. HCM"-like abbreviations: require a
        # real sentence body of a few characters
        if end - pos < 12:
            continue
        # "(Hà Giang, Yên Bái…) đã phê duyệt": a sentence does not start in lower case
        if end < len(text) and text[end].islower():
            continue
        spans.extend(_split_long(text, pos, end))
        pos = end
    if pos < len(text):
        spans.extend(_split_long(text, pos, len(text)))
    trimmed = [_trim(text, s, e) for s, e in spans]
    spans = [(s, e) for s, e in trimmed if e > s]
    if cut != -1 and spans:
        # The last piece before the cut is unfinished: keep its whole words (a verbatim
        # prefix still carries facts) unless too little of it is left to be useful.
        s, e = spans[-1]
        if not re.search(r"[.!?…;:\"”)]$", text[s:e]):
            e = text.rfind(" ", s, e)
            while e > s and not text[e - 1].isalnum():
                e -= 1
            if e == -1 or len(_WORD.findall(text[s:e])) < 6:
                spans.pop()
            else:
                spans[-1] = (s, e)
    return spans


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= LONG_SENTENCE:
        return [(start, end)]
    out, pos = [], start
    for m in _CLAUSE_END.finditer(text, start, end):
        # not inside brackets: "(bổ nhiệm 88 trường hợp; ...; bổ nhiệm lại 78 trường hợp)" is one
        # breakdown, and a quote that stops halfway through it leaves out its last figures
        inside = text[start:m.start()]
        if inside.count("(") > inside.count(")"):
            continue
        if m.end() - pos >= 60:
            out.append((pos, m.end()))
            pos = m.end()
    out.append((pos, end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# Closed-class words, not tuned values: what Vietnamese and English use to point back.
PERSON_WORDS = ("ông", "bà", "anh", "chị", "cô", "đồng chí", "ngài", "vị", "người")
POINTERS = ("ấy", "đó", "này", "kia")
# "ông ấy", "người đó", ...: rare in news text, so the diacritic restorer learns them from here
# ("ong ay" is read "ông ấy", not "ong ấy")
POINTING_BACK = tuple(f"{w} {p}" for w in PERSON_WORDS for p in POINTERS)
