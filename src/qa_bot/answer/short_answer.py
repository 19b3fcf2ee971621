"""The few words that answer, found inside the quote: "71 điểm cầu", a name, a date, a place.

The quote is the evidence; the short answer is what a reader looks for in it,
shown in bold without changing a character. It is always an exact substring of
the quote, of the kind the question asks for (answer_type.py), and never
something the question already says. Questions that want an explanation or a
list ("vì sao", "những nhiệm vụ nào") get none.
"""

from __future__ import annotations

import re

from qa_bot.answer import answer_type
from qa_bot.language import vietnamese
from qa_bot.language.question import AskedQuestion
from qa_bot.language.text import STOPWORDS, fold

# a number, ending in a digit ("1.128" of "1.128."), with the words that say what it counts right after it
# (in the question's own words when they are there: "bao nhiêu điểm cầu" → "71 điểm cầu")
_COUNT = re.compile(r"(?<![\w/.-])\d(?:[\d.,]*\d)?(?:/\d+)?(?![\d/-])|\b(?:" + answer_type._NUMBER_WORDS + r")\b", re.IGNORECASE)
# dates as news text writes them ("29-10-2018", "tháng 11-2018", "năm 2019") and as Wikipedia does
# ("ngày 12 tháng 11 năm 2006", "tháng 3 năm 1933")
_LONG_DATE = (r"(?:\d{1,2}\s+tháng\s+\d{1,2}|tháng\s+\d{1,2})(?:\s*(?:,\s*)?năm\s+\d{3,4})?")
_DATE = re.compile(
    r"(?:\b(?:ngày|tháng|năm|quý|đêm|sáng|trưa|chiều|tối)\s+)?(?:" + _LONG_DATE + "|" + answer_type._DATE_SPAN + r")",
    re.IGNORECASE)


def find(question: AskedQuestion, quote: str, segmented: str = "") -> tuple[int, int] | None:
    """(start, end) of the short answer in ``quote``, or None.

    ``question``: as read once (language/question.py). ``segmented``: the quote's underthesea words
    (Sentence.words), for names; worked out if empty.
    """
    code = _code(question, quote)
    if code:
        return code
    kind = question.kind
    if kind is None:
        return _named(question, quote)
    if kind not in ("quantity", "time", "person", "place", "org"):
        return None
    seg = segmented.split() if segmented else vietnamese.words(quote)
    if kind == "quantity":
        return _ordinal(question, quote, seg) or _count(question, quote, seg)
    if kind == "time":
        return _date(question, quote)
    if kind == "person":
        # "ai": a Vietnamese full name or a name after a title; falling back to any other name gave
        # 4 more short answers on ViQuAD-A, none of them right
        return _names(question, quote, vietnamese.person_names(seg))
    # bodies are often named together ("Bộ Chính trị, Ban Bí thư"); a place before a comma is not a list
    # ("tại Hà Nội, Ban Tổ chức Trung ương tổ chức ...")
    return _names(question, quote, _name_phrases(quote) - vietnamese.person_names(seg), lists=kind == "org")


# Vietnamese official documents are cited by number and issuer code: "Nghị quyết số 26-NQ/TW",
# "Quy định 105-QĐ/TW", "Quy chế 296-QC/BCSĐ-ĐUBKH". A question about which one ("số hiệu gì",
# "Nghị quyết nào", "which resolution") is answered by the document's name as the quote gives it,
# or by its code alone.
_DOCUMENT_KINDS = (r"Nghị quyết|Chỉ thị|Quy định|Quyết định|Hướng dẫn|Công văn|Kết luận|Quy chế|Kế hoạch|Thông tư"
                   r"|Nghị định|Thông báo|Tờ trình|Đề án")
_CODE_ONLY = r"\b\d+[-/][A-ZĐ][A-ZĐa-zđ]*(?:[-/][A-ZĐ][A-ZĐa-zđ]*)*"
# "Nghị quyết số 26-NQ/TW", "Quy định 105-QĐ/TW", "Nghị quyết Trung ương 4", "Đề án 165", or the code alone
_CODE = re.compile(r"\b(?i:" + _DOCUMENT_KINDS + r")\s+(?i:số\s+)?(?:" + _CODE_ONLY + r"|(?i:Trung ương)\s+\d+|\d+\b)"
                   + "|" + _CODE_ONLY)  # the issuer code is upper case: "19/28 đề án" is no code
_ASKS_CODE = re.compile(r"\b(?:so hieu|ky hieu|ma so|so may)\b|\b(?:" + fold(_DOCUMENT_KINDS).replace(" ", r"\s+")
                        + r")\s+(?:nao|gi)\b|\bwhich (?:resolution|directive|regulation|guideline|decision|plan"
                        r"|document|circular|decree)s?\b")


def _code(question: AskedQuestion, quote: str) -> tuple[int, int] | None:
    asked = question.folded
    if not _ASKS_CODE.search(asked):
        return None
    spans = [m.span() for m in _CODE.finditer(quote) if fold(m.group()) not in asked]
    return _nearest(question, quote, spans)


def _names(question: AskedQuestion, quote: str, names: set[str], lists: bool = False) -> tuple[int, int] | None:
    """The name nearest the question's words; with ``lists``, together with the names listed right after
    it ("Bộ Chính trị, Ban Bí thư"): bodies are often named together, and the answer is all of them."""
    spans = [s for s in (vietnamese.locate(quote, [n]) for n in names) if s]
    spans = [s for s in spans if fold(quote[s[0]:s[1]]) not in question.folded]
    best = _nearest(question, quote, spans)
    if best is None or not lists:
        return best
    end = best[1]
    for start, stop in sorted(spans):
        if start > end and _LIST_JOINER.fullmatch(quote[end:start]):
            end = stop
    return best[0], end


# what joins the names of a list: "Bộ Chính trị, Ban Bí thư", "Công đoàn và Đoàn Thanh niên"
_LIST_JOINER = re.compile(r"\s*(?:,|;|và)\s*")


def split(quote: str, short: str | None) -> tuple[str, str, str] | None:
    """``quote`` as (before, short, after), for showing the short answer in bold inside the quote
    without changing a character; None when there is no short answer in it."""
    at = quote.find(short) if short else -1
    if at < 0:
        return None
    end = at + len(short)
    return quote[:at], quote[at:end], quote[end:]


def _nearest(question: AskedQuestion, quote: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Of several candidate spans, the one whose clause shares most words with the question
    ("... cho 36 đồng chí; ... quốc phòng an ninh cho 64 đồng chí" for "quốc phòng an ninh ... bao nhiêu")."""
    if not spans:
        return None
    asked = set(question.folded.split())

    def shared(span):
        clause_start = max(quote.rfind(p, 0, span[0]) for p in ";.:") + 1
        clause_end = min([i for i in (quote.find(p, span[1]) for p in ";.:") if i >= 0] or [len(quote)])
        return len(asked & set(fold(quote[clause_start:clause_end]).split()))

    return max(sorted(spans), key=shared)  # max keeps the first of equals: the earliest span


def _date(question: AskedQuestion, quote: str) -> tuple[int, int] | None:
    """A date the question does not already give; the most precise one (a day before a month before
    a year) unless the question asks for a year."""
    asked = question.folded
    dates = [m for m in _DATE.finditer(quote) if fold(m.group()) not in asked]
    if not dates:
        return None
    if re.search(r"\b(nam nao|which year|what year)\b", asked):
        return _range(quote, dates[0].span())
    precision = lambda m: len(re.findall(r"\d+", m.group()))  # noqa: E731 - 22-11-2018: 3, 11-2018: 2, 2018: 1
    best = max(precision(m) for m in dates)
    span = _nearest(question, quote, [m.span() for m in dates if precision(m) == best])
    return _range(quote, span) if span else None


# the second end of a period: "năm 2011 - 2012", "2015-2020", "từ tháng 3 đến tháng 5 năm 2019"
_RANGE_END = re.compile(r"\s*(?:[-–]|đến|tới)\s*(?:" + answer_type._DATE_SPAN + "|" + _LONG_DATE + r")", re.IGNORECASE)
# the first end, before a year that closes the period: "năm 2011 - 2012"
_RANGE_START = re.compile(r"(?:\b(?:năm|tháng|ngày)\s+)?(?:" + answer_type._DATE_SPAN + r")\s*[-–]\s*$", re.IGNORECASE)


def _range(quote: str, span: tuple[int, int]) -> tuple[int, int]:
    """A date that opens or closes a period stands for the period: the period is the answer."""
    end = _RANGE_END.match(quote, span[1])
    start = _RANGE_START.search(quote, max(0, span[0] - 20), span[0])
    return (start.start() if start else span[0], end.end() if end else span[1])


def _count(question: AskedQuestion, quote: str, seg: list[str]) -> tuple[int, int] | None:
    not_counts = [m.span() for m in answer_type._NOT_A_COUNT.finditer(quote)]
    counted = question.counted
    asked = question.folded.split()
    with_focus, without = [], []
    for m in _COUNT.finditer(quote):
        if any(s <= m.start() < e for s, e in not_counts) or fold(m.group()) in asked:
            continue
        after = quote[m.end():]
        lead = len(after) - len(after.lstrip())
        # the counted thing right after the number, in the question's words when they are there
        # ("71 điểm cầu", "107trường hợp"), else the word after it as underthesea segments it
        if counted and fold(after[lead:]).startswith(counted):
            with_focus.append((m.start(), m.end() + lead + len(counted)))
        else:
            word = _next_word(after, seg)
            without.append((m.start(), m.end() + word))
    return _nearest(question, quote, with_focus) or _nearest(question, quote, without)


def _next_word(after: str, seg: list[str]) -> int:
    """Length of the whitespace and the (possibly multi-syllable) word right after a number."""
    m = re.match(r"\s*([^\W\d_]+)", after)
    if not m:
        return 0
    for w in seg:  # the segmented word that begins with this syllable: "điểm_cầu", "đảng_viên"
        parts = w.split("_")
        if len(parts) > 1 and parts[0] == m.group(1):
            span = vietnamese.locate(after, [w])
            if span and span[0] == m.start(1):
                return span[1]
    return m.end()


# "lần thứ mấy", "khóa mấy", "đối tượng mấy": the question word after its noun asks which one, and is
# answered by that noun and a numeral ("lần thứ III", "khóa XII"); before its noun it asks how many
# ("mấy khóa"). Folded, so it reads questions typed without diacritics too.
_ASKS_WHICH = re.compile(r"\b((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s+(?:may|bao nhieu)\s*(?:[?.,;)]|$)")
_NUMERAL = r"(?:\d+(?![.,]\d)|[ivxlc]+)\b"  # matched on folded (lower-case) text; all of "1.128", not "1"
# after "thứ" the ordinal may be written out: "Thứ hai, ...", "kinh nghiệm thứ ba" (folded)
_ORDINAL_WORD = r"(?:nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\b"


def _ordinal(question: AskedQuestion, quote: str, seg: list[str]) -> tuple[int, int] | None:
    # "bộ máy" is no "mấy" (question_kind.kind_text reads which "may" a question typed with diacritics means)
    m = _ASKS_WHICH.search(question.kind_folded)
    folded = fold(quote)
    if not m or len(folded) != len(quote):  # offsets into the folded quote must be offsets into the quote
        return None
    if m.group(1).split()[-1] in STOPWORDS:  # "là bao nhiêu?", "thì bao nhiêu?": a count, asked after a verb
        return None
    # the noun before the question word, of up to two syllables and "thứ" ("nội dung thứ 3", "lần thứ
    # III") or of one ("khóa XII", "Thứ hai" for "kinh nghiệm thứ mấy"): the longest that the quote has at
    # the start of one of its words
    syllables = m.group(1).split()
    if syllables[-1] != "thu":  # a noun of two syllables at most, with "thứ" after it or not
        syllables = syllables[-2:]
    starts = _word_starts(quote, seg)
    asked = question.folded
    for n in range(len(syllables), 0, -1):
        head = syllables[-n:]
        numeral = f"(?:{_NUMERAL}|{_ORDINAL_WORD})" if head[-1] == "thu" else _NUMERAL
        pattern = _words_pattern(head) + r"\s+" + numeral
        found = [f.span() for f in re.finditer(pattern, folded) if f.start() in starts and f.group() not in asked]
        if found:
            return _nearest(question, quote, found)
    return None


# where a name ends: its clause, or the words that say what it is about ("Chỉ thị số 36-CT/TW về ...")
_NAME_END = re.compile(r"[,;:.()\[\]“”\"]|\s[-–]\s|\s(?:về|đối với)\s|$")


def _named(question: AskedQuestion, quote: str) -> tuple[int, int] | None:
    """"Tại đại hội nào?" → the name the quote gives one, begun by that noun capitalised inside a sentence
    and running to the end of its clause: "Đại hội đại biểu Đảng bộ Khối các cơ quan Trung ương khóa XII".
    The noun is the one underthesea tags as a noun right before "nào" or "gì". A noun the quote writes in
    lower case is the thing in general; one that opens a sentence is capitalised anyway."""
    tagged = question.tags
    asked = question.folded
    for i in range(1, len(tagged)):
        if fold(tagged[i][0]) not in ("nao", "gi") or tagged[i - 1][1] not in ("N", "Nc"):
            continue
        head = tagged[i - 1][0].split()
        pattern = _words_pattern(head) + r"\b"
        spans = []
        for f in re.finditer(pattern, quote, re.IGNORECASE):
            before = quote[: f.start()].rstrip()
            if not quote[f.start()].isupper() or not before or before[-1] in ".!?:;-–":
                continue
            end = _NAME_END.search(quote, f.end()).start()
            span = (f.start(), len(quote[:end].rstrip()))
            if span[1] > f.end() and fold(quote[span[0]:span[1]]) not in asked:
                spans.append(span)
        if spans:
            return _nearest(question, quote, spans)
    return None


def _words_pattern(words: list[str]) -> str:
    """These words in a row, from a word's start: "khóa", "nội dung thứ"."""
    return r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words)


def _word_starts(quote: str, seg: list[str]) -> set[int]:
    """Offsets in the quote where one of its underthesea words begins."""
    starts, at = set(), 0
    for w in seg:
        first = w.split("_")[0]
        i = quote.find(first, at)
        if i >= 0:
            starts.add(i)
            at = i + len(first)
    return starts


def _name_phrases(quote: str) -> set[str]:
    """Names of bodies and places as Vietnamese writes them: a run of words, each with its first
    syllable capitalised ("Bộ Chính trị", "Ban Thường vụ", "Hà Nội"), by underthesea's words and tags.
    A sentence's first word is capitalised anyway: it is part of a name only if a later syllable of it is
    too ("Hà Nội đã ...", "...: Bộ Chính trị sẽ ...", not "Thay mặt Bộ Chính trị ...")."""
    tagged = vietnamese.pos_tag(quote)
    # a person's name ends a body's ("Trưởng ban Tổ chức Trung ương Trương Thị Mai")
    persons = vietnamese.person_names([w.replace(" ", "_") for w, _ in tagged])
    names, run = set(), []
    for i, (word, tag) in enumerate(tagged + [("", "CH")]):
        if word[:1].isupper() and tag in _NAME_TAGS and word.replace(" ", "_") not in persons:
            run.append((i, word))
            continue
        if run:
            first = run[0][0]
            words_in_run = [w for _, w in run]
            if (first == 0 or tagged[first - 1][0] in ".!?:-–•") and not _capitalised_after_first(words_in_run[0]):
                words_in_run = words_in_run[1:]
            # "Nghị quyết Trung ương", "Quy định": a document, not a body or a place
            is_document = bool(words_in_run) and re.match(r"(?:" + _DOCUMENT_KINDS + r")\b", words_in_run[0], re.I)
            if not is_document and (sum(len(w.split()) for w in words_in_run) >= 2
                                    or any(_acronym(w) for w in words_in_run)):
                names.add("_".join(w.replace(" ", "_") for w in words_in_run))
            run = []
    return names


# nouns, proper nouns, abbreviations and classifiers (underthesea's tags)
_NAME_TAGS = frozenset({"N", "Np", "Ny", "Nc", "Nu"})


def _capitalised_after_first(word: str) -> bool:
    """A capital after the word's first syllable ("Bộ Chính trị", "Hà Nội"): a name's, not the sentence's."""
    return any(s[:1].isupper() for s in word.split()[1:])


def _acronym(word: str) -> bool:
    """"TTXVN", "BCH"; not a Roman numeral ("XII")."""
    return len(word) >= 2 and word.isupper() and word.isalpha() and not re.fullmatch(r"[IVXLC]+", word)
