"""Questions about a news page itself: when it was posted, where it comes from, whose photo, who wrote it.

A scraped page carries these facts in lines that are not the article's text,
most of them kept out of the index (``boilerplate.py``): the dateline
("4/3/2017 21:16' Gửi bài này In bài này", "23/10/2015 | 1104"), the credit
("Theo: TTXVN", "(Baonghean.vn) - ..."), the photo caption ("... Ảnh: VNA"),
the byline and the signature ("Tham luận của đồng chí ...", "Ban Biên tập").
Readers ask for them ("Bài viết về ... được đăng ngày nào?", "Which news
agency was it from?"), and no sentence of the article answers. Of the in-house
dev questions, 10 ask this (7 of `more_dev.jsonl`, 3 conversation turns), and
every one was answered wrongly from the article's text.

So a question that asks for one of these facts of a page (``asked``) is
answered from the page that retrieval found for it: the line of that page
that states the fact (``find``), quoted verbatim like any other answer, with
the fact as the short answer. What marks such a question is closed-class
words (a page word, a "posted" verb, "báo nào", "ảnh", "tác giả"), read on
underthesea's words so that "đăng ký" and "ảnh hưởng" are not "posted" and
"photo".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa_bot.ingest import boilerplate
from qa_bot.language.question import AskedQuestion
from qa_bot.language.text import fold, sentence_spans, tokens
from qa_bot.types import Paragraph

# what a reader calls the page ("tin" alone: "thông_tin" is another word once segmented)
_PAGE_WORDS = {"bài", "bài_viết", "bài_báo", "bản_tin", "tin", "tin_bài", "tham_luận", "trang", "trang_web",
               "báo", "trang_báo"}
_POSTED = re.compile(r"\b(?:đăng(?!\s+ký)|đăng tải|đưa lên|xuất bản|phát hành|ghi ngày|lên trang)\b", re.IGNORECASE)
_WHEN = re.compile(r"\b(?:ngày nào|ngày mấy|ngày tháng|khi nào|lúc nào|bao giờ|hôm nào|mấy giờ|giờ nào|thời gian nào"
                   r"|năm nào|tháng nào)\b", re.IGNORECASE)
_SOURCE = re.compile(r"\b(?:(?:tờ |trang )?báo nào|trang nào|hãng tin nào|hãng thông tấn nào|thông tấn xã nào"
                     r"|cơ quan báo chí nào|nguồn (?:tin|bài|nào|gì)|nguồn từ|lấy từ|của báo|theo báo nào|theo nguồn)\b",
                     re.IGNORECASE)
_AUTHOR = re.compile(r"\b(?:ai viết|người viết|viết bởi|tác giả|ký tên|kí tên|bút danh|của ai)\b", re.IGNORECASE)
# Who signed a letter, a plan, a decision: "Ai ký công văn số 245?", "Người ký thông báo là ai?", "Who
# signed the notice?". An office document ends with its signer's name under the title ("KT. CHỦ TỊCH /
# PHÓ CHỦ TỊCH / Phạm Văn Lợi"), a line too short to be quoted as a sentence. Not "ký kết" (to sign an
# agreement), "ký hiệu" (a code), "thư ký" (a secretary).
_SIGNED = re.compile(r"\b(?:(?:ai|người|do ai)\s+k[ýí](?!\s*(?:kết|hiệu|túc|sự|giả|tên\s+hợp))\b|k[ýí]\s+bởi\s+ai"
                     r"|who signed|signed by whom|signatory)", re.IGNORECASE)
_F_SIGNED = re.compile(r"\b(?:ai|nguoi|do ai)\s+ky\b(?!\s*(?:ket|hieu|tuc|su|gia)\b)")
_PHOTO_WORDS = {"ảnh", "bức_ảnh", "tấm_ảnh", "hình_ảnh", "hình"}
_PHOTO_WHO = re.compile(r"\b(?:ai|của ai|hãng|nguồn|tác giả|chụp|cung cấp|thông tấn)\b", re.IGNORECASE)

_EN_PAGE = re.compile(r"\b(?:article|story|news item|news|report|piece|page|post|paper)\b", re.IGNORECASE)
_EN_POSTED = re.compile(r"\b(?:published|posted|put online|dated|went online|go online|appeared?|publication)\b",
                        re.IGNORECASE)
_EN_WHEN = re.compile(r"\b(?:when|what date|which date|what day|which day|what time)\b", re.IGNORECASE)
# "agency" alone is how English says "cơ quan" ("the ministry's agency Party Committee"): not a page's source
_EN_SOURCE = re.compile(r"\b(?:which|what)\s+(?:news agency|press agency|newspaper|news outlet|outlet|site|website"
                        r"|paper|source)\b|\bsource of (?:the|this|that|it)\b|\bcredited to\b"
                        r"|\bwhere (?:is|was) (?:it|this|that|the \w+) from\b", re.IGNORECASE)
_EN_AUTHOR = re.compile(r"\b(?:who wrote|who is the author|author|written by|who signed|signed by|byline)\b",
                        re.IGNORECASE)
_EN_PHOTO = re.compile(r"\b(?:photo|photograph|picture|image)s?\b", re.IGNORECASE)
_EN_PHOTO_WHO = re.compile(r"\b(?:who|whose|credit(?:ed)?|by|agency|source|took|taken)\b", re.IGNORECASE)
_ASKS_TIME_OF_DAY = re.compile(r"\b(?:mấy giờ|giờ nào|what time|may gio)\b", re.IGNORECASE)


# Typed without diacritics, the words are read folded, in phrases whose folded form is unambiguous:
# "dang" alone is "Đảng" (the Party) far more often than "đăng" (posted), "dang ngay nao" is not.
_F_PAGE = re.compile(r"\b(?:bai|bai viet|bai bao|ban tin|tin|tham luan|trang)\b")
_F_POSTED = re.compile(r"\b(?:dang|dang tai|dua len|xuat ban|phat hanh)\s+(?:vao\s+|luc\s+|tu\s+)?"
                       r"(?:ngay nao|ngay may|luc nao|khi nao|may gio|gio nao|hom nao|bao gio|nam nao|thang nao)\b")
_F_SOURCE = re.compile(r"\b(?:(?:to |trang )?bao nao|trang nao|hang tin nao|hang thong tan nao|thong tan xa nao"
                       r"|co quan bao chi nao|nguon tin|nguon bai|nguon nao|lay tu dau|cua bao nao)\b")
_F_AUTHOR = re.compile(r"\b(?:ai viet|nguoi viet|viet boi|tac gia|ky ten|ki ten|but danh|cua ai)\b")
_F_PHOTO = re.compile(r"\b(?:anh|buc anh|tam anh|hinh anh)\b")
_F_PHOTO_WHO = re.compile(r"\b(?:cua ai|ai chup|hang tin|hang thong tan|thong tan xa|nguon|tac gia|cung cap)\b")


# The words a question about a page uses for the page and its facts, folded: a question that names
# nothing else ("Bài này đăng ngày nào?", "Who took the photo?") is about the page the conversation is on
# (followup.topic_of)
PAGE_VOCABULARY = frozenset("""
bai bai_viet bai_bao ban_tin tin tin_bai tham_luan trang trang_web bao trang_bao anh buc_anh tam_anh hinh_anh hinh
cuoi dau cuoi_bai dau_trang tac_gia but_danh nguon nguon_tin hang hang_tin thong_tan hang_thong_tan ngay gio ky ten
ky_ten
article story news item report piece page post paper newspaper agency outlet site website source photo photograph
picture image author byline posted published written wrote took taken credited signed time date day
""".split())


def only_page_words(words: list[str]) -> bool:
    """True when every one of ``words`` (a topic's words, spaces or underscores within) names a page or a fact
    of it."""
    folded = [fold(w).replace(" ", "_") for w in words]
    return bool(folded) and all(w in PAGE_VOCABULARY or w.removesuffix("s") in PAGE_VOCABULARY for w in folded)


def asked(q: AskedQuestion) -> str | None:
    """"published", "source", "photo" or "author" when question ``q`` asks that of a page."""
    # a follow-up's rewrite carries the conversation's topic in brackets, in the documents' language
    q = q.core
    question = q.text
    if _SIGNED.search(question) or _F_SIGNED.search(q.folded):
        return "author"  # who signed a document: its signature, whatever the document is called
    if q.english:
        if _EN_PHOTO.search(question) and _EN_PHOTO_WHO.search(question):
            return "photo"
        if _EN_POSTED.search(question) and _EN_WHEN.search(question) and _EN_PAGE.search(question):
            return "published"
        if _EN_SOURCE.search(question):
            return "source"
        if _EN_AUTHOR.search(question) and _EN_PAGE.search(question):
            return "author"
        return None
    if all(c.isascii() for c in question if c.isalpha()):  # Vietnamese typed without diacritics
        f = q.folded
        if _F_PHOTO.search(f) and _F_PHOTO_WHO.search(f):
            return "photo"
        if not _F_PAGE.search(f):
            return None
        if _F_POSTED.search(f):
            return "published"
        return "source" if _F_SOURCE.search(f) else "author" if _F_AUTHOR.search(f) else None
    seg = {w.lower() for w in q.words}
    if seg & _PHOTO_WORDS and _PHOTO_WHO.search(question):
        return "photo"
    if not seg & _PAGE_WORDS:
        return None
    if _POSTED.search(question) and _WHEN.search(question):
        return "published"
    if _SOURCE.search(question):
        return "source"
    if _AUTHOR.search(question):
        return "author"
    return None


@dataclass(frozen=True)
class Fact:
    paragraph: Paragraph
    start: int  # the quote: paragraph.text[start:end]
    end: int
    short: tuple[int, int]  # the fact itself, inside the quote's paragraph


_DATE = re.compile(r"\b\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*(?:19|20)\d\d\b")
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_CREDIT = re.compile(r"^\s*(?:Nguồn tin|Nguồn|Theo|Source)\s*:\s*(?P<x>[^.;\n]+?)\s*\.?\s*$", re.IGNORECASE)
_LEAD_CREDIT = re.compile(r"^\s*\((?P<x>[^()]{2,40})\)\s*[-–—]")
_CAPTION = re.compile(r"(?:Ảnh|Nguồn ảnh|Photo)\s*:\s*(?P<x>[^.;()\n]+?)\s*[.)]?\s*$", re.IGNORECASE)
# a credit that names no one ("Nguồn tin: Đang cập nhật", "being updated")
_EMPTY = {"dang cap nhat", "updating"}


def find(kind: str, question: AskedQuestion, paragraphs: list[Paragraph]) -> Fact | None:
    """The line of a page (its ``paragraphs``, in order) that states the fact asked, or None."""
    if kind == "published":
        return _published(question.text, paragraphs)
    if kind == "source":
        return _source(paragraphs)
    if kind == "photo":
        return _photo(question.tokens, paragraphs)
    if kind == "author":
        return _author(question.text, paragraphs)
    return None


def _published(question: str, paragraphs: list[Paragraph]) -> Fact | None:
    # a page may show today's date above the article's own ("Thứ Năm, 21/6/2018" over "4/3/2017 21:16'"):
    # the dateline that also gives the time is the article's timestamp
    lines = [p for p in paragraphs if boilerplate.is_dateline(p.text) and _DATE.search(p.text)]
    lines.sort(key=lambda p: not _TIME.search(p.text))
    if not lines:
        return None
    p = lines[0]
    date, time = _DATE.search(p.text), _TIME.search(p.text)
    spans = [date.span()] + ([time.span()] if time else [])  # "23/11/2011 - 08:24" or "08:24 23/11/2011"
    start, end = min(a for a, _ in spans), max(b for _, b in spans)
    short = (time.start(), time.end()) if time and _ASKS_TIME_OF_DAY.search(question) else (date.start(), date.end())
    return Fact(p, start, end, short)


def _source(paragraphs: list[Paragraph]) -> Fact | None:
    for p in paragraphs:  # an explicit credit line first: "Theo: TTXVN"
        m = _CREDIT.match(p.text)
        if m and fold(m.group("x")) not in _EMPTY and len(tokens(p.text)) <= boilerplate.CREDIT_MAX_WORDS:
            return Fact(p, m.start(), m.end("x"), (m.start("x"), m.end("x")))
    for p in paragraphs:  # then the credit that opens the article: "(Baonghean.vn) - Theo đồng chí ..."
        m = _LEAD_CREDIT.match(p.text)
        if m:  # quoted with the sentence it opens, so the reader sees which article it credits
            end = next((e for _, e in sentence_spans(p.text) if e > m.end()), len(p.text))
            return Fact(p, m.start(), end, (m.start("x"), m.end("x")))
    return None


def _photo(question_tokens: tuple[str, ...], paragraphs: list[Paragraph]) -> Fact | None:
    """The caption most like the question ("ảnh Tổng Bí thư ..."), the first on ties."""
    asked = set(question_tokens)
    best, best_shared = None, -1
    for p in paragraphs:
        m = _CAPTION.search(p.text)
        if not m:
            continue
        shared = len(asked & set(tokens(p.text[: m.start()])))
        if shared > best_shared:
            best, best_shared = Fact(p, 0, len(p.text), (m.start("x"), m.end("x"))), shared
    return best


# "Tham luận của đồng chí Nguyễn Văn Trung, ...", "Bài và ảnh: ...", "Tác giả: ...": a byline near the top
_BYLINE = re.compile(r"^\s*(?:Tham luận|Bài viết|Bài và ảnh|Bài|Tác giả|By)\s*(?:của\s+)?:?\s*"
                     r"(?:(?:đồng chí|ông|bà|nhà báo)\s+)?", re.IGNORECASE)
_AT_THE_END = re.compile(r"\b(?:cuối bài|ký tên|kí tên|cuoi bai|ky ten|ki ten|signed|signature|signatory"
                         r"|(?:ai|người) k[ýí]|(?:ai|nguoi) ki?y)\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[ \t]*([^\s,;:.()]+)")
BYLINE_WITHIN = 5  # paragraphs from the top of a page
# a signature is a name or a desk ("Ban Biên tập", "Nguyễn Văn A - Trần Thị B"), not a sentence
SIGNATURE_MAX_WORDS = 6


def _author(question: str, paragraphs: list[Paragraph]) -> Fact | None:
    byline, signature = _byline(paragraphs[:BYLINE_WITHIN]), _signature(paragraphs)
    first, second = (signature, byline) if _AT_THE_END.search(question) else (byline, signature)
    return first or second


def _byline(paragraphs: list[Paragraph]) -> Fact | None:
    for p in paragraphs:
        m = _BYLINE.match(p.text)
        if not m:
            continue
        # the name: the capitalised words right after, up to a comma, a bracket or a lowercase word
        pos, start, count = m.end(), m.end(), 0
        while (w := _NEXT_WORD.match(p.text, pos)) and w.group(1)[:1].isupper():
            start, pos, count = (w.start(1) if count == 0 else start), w.end(), count + 1
        if count >= 2:
            return Fact(p, m.start(), pos, (start, pos))
    return None


def _signature(paragraphs: list[Paragraph]) -> Fact | None:
    """The last line of the article before the links to other articles, when it is a name: short, no
    sentence, no date, credit or caption ("Ban Biên tập")."""
    body = []
    for p in paragraphs:
        if boilerplate.is_related_heading(p.text):
            break
        body.append(p)
    for p in reversed(body):
        text = p.text.strip()
        if _CREDIT.match(text) or _CAPTION.search(text) or boilerplate.is_dateline(text) or text.endswith(("...", "…")):
            continue
        if len(tokens(text)) <= SIGNATURE_MAX_WORDS and text[:1].isupper() and not re.search(r"[\d.!?:]", text):
            start = p.text.index(text)
            return Fact(p, start, start + len(text), (start, start + len(text)))
        return None
    return None

