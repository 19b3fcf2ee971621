"""Follow-up questions made standalone from the conversation, without a language model.

In a chat people leave out what they already said: "Ai chủ trì?", "Ông ấy giữ
chức vụ gì?", "Còn năm 2020 thì sao?", "Who chaired it?". A follow-up is
rewritten from the earlier turns into a question that can be searched alone,
and that rewrite is shown to the reader ("Hiểu là / Understood as"):

- contrast ("Còn X thì sao?", "What about X?"): the last question, with X in
  place of the part of the same kind (a year for a year, "Bộ Tài chính" for
  "Bộ Kế hoạch và Đầu tư", a counted thing for a counted thing);
- reference ("ông ấy", "hội nghị đó", "họ", "it", "he"): a person pronoun
  becomes the person the last answer named, "hội nghị đó" the "hội nghị" named
  before; any other pronoun stays, with the topic after the question in
  brackets ("Which news agency was it from (…)?"), which reads as typed;
- ellipsis ("Ai chủ trì?", "Khi nào?"): the question with the topic added.

The topic is what the conversation is about: the noun phrase of its last
standalone question, found with underthesea's part-of-speech tags (nouns,
names and numbers, without the question words). Contrast and reference are
marked in the question, so their rewrite is the one searched. An unmarked
question that names a topic of its own starts a new topic and is searched as
typed (see the end of ``rewrite``), so history never makes a good standalone
answer worse; one that names none is an ellipsis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from qa_bot.answer import article
from qa_bot.language import vietnamese
from qa_bot.language.detect import looks_english
from qa_bot.language.question import AskedQuestion
from qa_bot.language.text import PERSON_WORDS, POINTERS, STOPWORDS, fold


@dataclass(frozen=True)
class Turn:
    """One earlier turn, as much of it as resolving a follow-up needs."""

    question: str  # as typed
    query: str  # as searched
    topic: str = ""  # the noun phrase the conversation is about after this turn
    person: str | None = None  # the person this turn's answer (or question) names, for "ông ấy", "he"
    paragraphs: tuple[tuple[str, int], ...] = ()  # (source, paragraph number) its quotes came from
    short: str | None = None  # its answer's short span: what "đại hội đó" may point back to

    @property
    def sources(self) -> tuple[str, ...]:
        """Documents its quotes came from, in order."""
        return tuple(dict.fromkeys(source for source, _ in self.paragraphs))


@dataclass(frozen=True)
class Rewrite:
    question: AskedQuestion  # the standalone question, read (a new text, so read once of its own)
    reason: str  # "contrast", "reference" or "ellipsis"
    topic: str  # the conversation's topic after this turn
    # the follow-up in its own words (diacritics restored), when the rewrite adds to them rather than
    # replaces them (not a contrast): what was added says where to look, these words which sentence
    # answers (Answerer.answer)
    own: AskedQuestion | None = None

    @property
    def query(self) -> str:
        """What is searched."""
        return self.question.text


_PERSON_PRONOUN = re.compile(
    rf"\b(?:(?:{'|'.join(PERSON_WORDS)})\s+(?:{'|'.join(POINTERS)})|he|she|him|his|her|hers)\b", re.IGNORECASE)
# "that" and "this" point back when they end the question or stand before a noun ("that conference"),
# not when they start a clause ("did she say that the Politburo ...")
_PRONOUN = re.compile(r"\b(?:họ|nó|chúng|việc này|việc đó|điều này|điều đó|it|its|they|them|their)\b"
                      r"|^\s*đây\b"  # "Đây là giải gì?": "this", where it opens the question
                      # "And for which term ...?", "Và ...?": a question that opens with "and" goes on from
                      # the last; "there" and "at the time" point back to its place and time ("is there",
                      # "there are" ask whether something exists; "then" is not here: "then chốt" is Vietnamese)
                      r"|^\s*(?:and|và)\b|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )"
                      r"\bthere\b(?!\s+(?:is|are|was|were|be|been|will|has|have)\b)"
                      r"|\bat the time\b"
                      r"|\b(?:that|this|these|those)\b(?=\s*[?.!]*\s*$|\s+(?!(?:is|was|are|were|the|a|an|he|she|they|"
                      r"it|we|i|you|to|of|in)\b)\w)", re.IGNORECASE)
_CONTRAST = (
    re.compile(r"^\s*(?:thế|vậy|the|vay)?\s*(?:còn|con)\s+(?P<x>.+?)\s*(?:thì sao|thi sao|thì thế nào|thi the nao|"
               r"thế nào|the nao|ra sao|thì|thi)?\s*[?.!]*\s*$", re.IGNORECASE),
    re.compile(r"^\s*(?P<x>.+?)\s+(?:thì sao|thi sao|thì thế nào|thi the nao|thì ra sao|thi ra sao)\s*[?.!]*\s*$",
               re.IGNORECASE),
    re.compile(r"^\s*(?:and\s+)?(?:what|how)\s+about\s+(?P<x>.+?)\s*[?.!]*\s*$", re.IGNORECASE),
)
# what a question asks with, and how it is put, rather than what it is about
_QUESTION_WORDS = frozenset(fold(w) for w in """
ai gì nào đâu sao bao nhiêu mấy khi lúc giờ ở tại là có được không vậy thế hả à ạ nhỉ thì còn hãy cho biết
what who whom whose which when where why how many much is are was were do does did the a an of
""".split())
_CONTENT_TAGS = {"N", "Np", "Nc", "Nu", "Ny", "Nb", "M"}


def topic_of(question: AskedQuestion) -> str:
    """The noun phrase a question is about: "Hội nghị ... tháng 11-2018 được tổ chức ở đâu?" →
    "Hội nghị ... tháng 11-2018"; from the first noun, name or number to the last, question words left out."""
    if question.english:
        # no tagger for English: its content words, past the function words
        kept = [w for w in re.findall(r"[\w'-]+", question.text)
                if fold(w) not in _QUESTION_WORDS and fold(w) not in STOPWORDS and not _PRONOUN.fullmatch(w)]
        # "When was the article posted?" names no topic: it is about the page the conversation is on
        return "" if article.only_page_words(kept) else " ".join(kept)
    tagged = question.tags
    # a noun that a question word asks about ("ngày nào", "bao nhiêu điểm cầu") is what is asked,
    # not what the question is about
    asked = {i for i, (w, tag) in enumerate(tagged) if i + 1 < len(tagged) and fold(tagged[i + 1][0]) in ("nao", "gi")}
    for i, (w, _) in enumerate(tagged):
        if fold(w) in ("bao nhieu", "may"):
            j = i + 1
            while j < len(tagged) and tagged[j][1] in _CONTENT_TAGS:
                asked.add(j)
                j += 1
    content = [i for i, (w, tag) in enumerate(tagged) if tag in _CONTENT_TAGS and fold(w) not in _QUESTION_WORDS
               and not _PRONOUN.fullmatch(w) and i not in asked]
    if not content or article.only_page_words([tagged[i][0] for i in content]):
        return ""
    span = tagged[content[0]: content[-1] + 1]
    kept = [w for w, tag in span if tag not in ("P", "CH") and fold(w) not in _QUESTION_WORDS]
    return _join(kept)


def _join(words: list[str]) -> str:
    return re.sub(r"\s+([,.;:])", r"\1", " ".join(words)).strip(" ,;:")


def _strip_end(question: str) -> str:
    return question.strip().rstrip("?.! ")


def rewrite(question: AskedQuestion, history: Sequence[Turn]) -> Rewrite | None:
    """The follow-up made standalone, or None when there is no history to read it against.

    ``question``: as read (language/question.py), with the index's restorer, so "ai chu tri?" is read as
    "ai chủ trì?" and the rewrite reads well to the person who typed it. The rewrite is read with it.
    """
    if not history:
        return None
    last = history[-1]
    topic = last.topic
    own = question.as_restored  # the follow-up's own words, diacritics put back
    text = own.text

    contrast = _contrast(own)
    if contrast:
        query = question.read(_substitute(_strip_end(last.query), contrast) + "?")
        return Rewrite(query, "contrast", topic_of(query) or topic)

    person = _PERSON_PRONOUN.search(text)
    # the latest person the pronoun can stand for: "bà ấy" is not the "Nguyễn Văn Trung" of the last turn
    name = next((t.person for t in reversed(history) if t.person and _agrees(person.group(), t.person)),
                None) if person else None
    if name:
        query = text[: person.start()] + name + text[person.end():]
        return Rewrite(question.read(_capitalise(query)), "reference", topic, own)

    if not topic:
        return None
    # "hội nghị đó" points to the latest turn that named a "hội nghị", which need not be the last one
    referents = [r for t in reversed(history) for r in (t.short, t.topic) if r]
    # "ông ấy" with no person it can mean is about a person still, not about what a topic names
    demonstrative = None if person else _demonstrative(own, list(dict.fromkeys(referents)))
    if demonstrative:
        return Rewrite(question.read(demonstrative), "reference", topic, own)
    # a pronoun ("nó", "it", "ông ấy" with no person known) or a demonstrative after a word ("Trong số
    # đó ...", "Lớp đó ..."): about what was said, named or not
    if person or _PRONOUN.search(text) or _points_back(own):
        return Rewrite(question.read(_with_topic(_strip_end(text), topic)), "reference", topic, own)
    # Unmarked, a question that names a topic of its own is a new question, searched as typed: this
    # never makes a standalone question worse. Comparing the scorer's confidence in the question alone
    # and in its rewrite did: the topic's words lift the rewrite's confidence, and 82 in-house dev
    # questions asked after an unrelated turn went from 57 right to 28 (eval --conversations).
    own_topic = topic_of(own)
    if own_topic and fold(own_topic) not in fold(topic):
        return None
    return Rewrite(question.read(_with_topic(_strip_end(text), topic)), "ellipsis", topic, own)


# Pronouns that say whether they mean a man or a woman, and the middle names that do: "Văn" is a man's,
# "Thị" a woman's (most Vietnamese names carry neither; those agree with any pronoun)
_FEMALE = re.compile(r"^(?:bà|chị|cô)\b|^(?:she|her|hers)$", re.IGNORECASE)
_MALE = re.compile(r"^(?:ông|anh)\b|^(?:he|him|his)$", re.IGNORECASE)


def _agrees(pronoun: str, name: str) -> bool:
    middle = {w.casefold() for w in name.split()[1:-1]}
    if _FEMALE.match(pronoun):
        return "văn" not in middle
    if _MALE.match(pronoun):
        return "thị" not in middle
    return True


def _with_topic(core: str, topic: str) -> str:
    core = re.sub(r"\s+", " ", core).strip(" ,")
    return f"{core} ({topic})?"


def _capitalise(s: str) -> str:
    return s[:1].upper() + s[1:]


def _contrast(question: AskedQuestion) -> str | None:
    text, folded = question.text, question.folded
    for pattern in _CONTRAST:
        # matched without diacritics too ("con chi bo thi sao"); X is cut from the text as typed
        m = pattern.match(text) or pattern.match(folded)
        if m:
            x = (text if len(folded) == len(text) else folded)[m.start("x"):m.end("x")].strip(" ,")
            # a contrast names a thing and asks nothing of its own: "Còn bao nhiêu ...?" ("còn" is also
            # "still") and "Còn ở hội nghị quý III thì ai phát biểu?" are questions in their own right
            if x and not _ASKS.search(fold(x)):
                return x
    return None


_NUMBER = re.compile(r"\d[\d./-]*\d|\d")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ORDINAL = re.compile(r"\bthứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d+|[IVXL]+)\b"
                      r"|\b(?:first|second|third|fourth|fifth|last)\b", re.IGNORECASE)
_ASKS = re.compile(r"\b(?:ai|gi|nao|dau|bao nhieu|may|sao|the nao|who|what|when|where|which|how|why)\b")


def _substitute(base: str, x: str) -> str:
    """The last question with ``x`` in place of the part of the same kind."""
    # an ordinal for an ordinal: "kinh nghiệm thứ nhất" → "kinh nghiệm thứ hai" ("Còn thứ hai?")
    new_ordinal, old_ordinal = _ORDINAL.search(x), _ORDINAL.search(base)
    if new_ordinal and old_ordinal:
        ordinal = new_ordinal.group()
        if old_ordinal.group()[:1].islower():  # "Thứ ba thì sao?" opens a sentence, not the last question
            ordinal = ordinal[:1].lower() + ordinal[1:]
        return base[: old_ordinal.start()] + ordinal + base[old_ordinal.end():]
    # a number for a number: "năm 2019" → "năm 2020", "tháng 11-2018" → "tháng 12-2018"
    new_numbers = _NUMBER.findall(x)
    old_numbers = list(_NUMBER.finditer(base))
    if new_numbers and old_numbers:
        same_shape = [m for m in old_numbers if len(m.group()) == len(new_numbers[0])]
        if not same_shape and _YEAR.fullmatch(new_numbers[0]):
            # a year for the year inside a date: "tháng 11-2018" → "tháng 11-2021", not "tháng 2021"
            for m in old_numbers:
                year = _YEAR.search(m.group())
                if year:
                    at = m.start() + year.start()
                    return base[:at] + new_numbers[0] + base[at + 4:]
        m = (same_shape or old_numbers)[0]
        return base[: m.start()] + new_numbers[0] + base[m.end():]
    # a name for a name that begins with the same word: "Bộ Tài chính" for "Bộ Kế hoạch và Đầu tư"
    head = (vietnamese.words(x) or [""])[0]
    name = _name_from(head, base)
    if name and len(x.split()) > 1:
        return base[: name[0]] + x + base[name[1]:]
    # a counted thing for a counted thing: "bao nhiêu quy định" → "bao nhiêu hướng dẫn"
    counted = re.search(r"\b(bao nhiêu|mấy|how many)\s+", base, re.IGNORECASE)
    if counted:
        rest = base[counted.end():]
        tagged = vietnamese.pos_tag(rest)
        n = 0
        for w, tag in tagged:  # the counted noun; "quy định" (a verb too) when it comes first
            if tag not in ("N", "Nc", "Np") and not (n == 0 and tag == "V"):
                break
            n += 1
            if tag == "V":
                break
        if n:
            end = counted.end() + _span_length(rest, [w for w, _ in tagged[:n]])
            return base[: counted.end()] + x + base[end:]
    return f"{base} ({x})"


def _span_length(text: str, words: list[str]) -> int:
    pos = 0
    for w in words:
        pos = text.find(w, pos) + len(w)
    return pos


_DEMONSTRATIVES = frozenset(POINTERS)


def _demonstrative(question: AskedQuestion, referents: list[str]) -> str | None:
    """"Hội nghị đó có bao nhiêu điểm cầu?" → a referent in place of "Hội nghị đó": the name that noun
    begins inside it ("Bộ này" → "Bộ Kế hoạch và Đầu tư"), or the whole referent when it holds the noun
    (a short answer, "Đại hội Đảng bộ ... lần thứ XII", or a topic, the latest turn's first); else None."""
    text, seg = question.text, question.words
    for i in range(1, len(seg)):
        if seg[i].lower() not in _DEMONSTRATIVES or not any(ch.isalpha() for ch in seg[i - 1]):
            continue
        noun = seg[i - 1]
        here = vietnamese.locate(text, [noun, seg[i]])
        if here is None:
            continue
        for referent in referents:
            name = _name_from(noun, referent)
            if name:
                return _capitalise(_put(text, here, referent[name[0]:name[1]]))
            if re.search(rf"(?<!\w){re.escape(fold(noun.replace('_', ' ')))}(?!\w)", fold(referent)):
                return _capitalise(_put(text, here, referent))
    return None


def _put(text: str, span: tuple[int, int], referent: str) -> str:
    """``referent`` in place of ``span``, and of the word before it when the referent begins with that
    word: "tại buổi làm việc đó" → "tại Buổi làm việc của ...", not "tại buổi Buổi làm việc của ..."."""
    before = text[: span[0]]
    words = before.split()
    if words and fold(referent).startswith(fold(words[-1]) + " "):
        before = before.rstrip()[: -len(words[-1])]
    return before + referent + text[span[1]:]


def _points_back(question: AskedQuestion) -> bool:
    """A demonstrative after a word ("số đó", "lớp này", "giải ấy"); with its diacritics only, since
    "do" and "nay" are also "because" and "now" ("đến nay")."""
    seg = question.words
    return any(w.lower() in _DEMONSTRATIVES and i > 0 for i, w in enumerate(seg))


def _name_from(head: str, text: str) -> tuple[int, int] | None:
    """Span of the name in ``text`` that the word ``head`` begins and capitalised words go on with
    ("Bộ" → "Bộ Kế hoạch và Đầu tư": underthesea keeps "Kế_hoạch" one word, capitalised), or None."""
    seg = vietnamese.words(text)
    for i, w in enumerate(seg):
        if fold(w) != fold(head):
            continue
        end, j = i, i + 1
        while j < len(seg):
            if seg[j][:1].isupper():
                end = j
            elif not (seg[j] in ("và", "&") and j + 1 < len(seg) and seg[j + 1][:1].isupper()):
                break
            j += 1
        if end > i:
            return vietnamese.locate(text, seg[i: end + 1])
    return None


def person_in(answer_short: str | None, query: AskedQuestion, quote: str) -> str | None:
    """The person a turn is about: its short answer to "ai", else a person its question (as read) or
    quote names."""
    if answer_short and query.kind == "person":
        return answer_short
    if query.text and not query.english:
        name = _first_person(query.text, query.words)
        if name:
            return name
    if quote and not looks_english(quote):
        return _first_person(quote, vietnamese.words(quote))
    return None


def _first_person(text: str, segmented) -> str | None:
    names = sorted(vietnamese.person_names(list(segmented)), key=lambda n: text.find(n.replace("_", " ")))
    return names[0].replace("_", " ") if names else None
