"""Web-page chrome that must never be quoted as an answer.

Scraped news pages carry link lists ("Các bài viết khác"), photo captions,
lone words ("Video", "mask"), repeated lines, datelines ("Thứ Năm, 21/6/2018",
"23/10/2015 | 1104"), page tools ("Gửi bài này In bài này") and empty credits
("Nguồn tin: Đang cập nhật"). Such paragraphs keep their
number (citations stay true to the file) but are marked not citable, so they
are neither indexed nor quoted.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from qa_bot.language.text import fold, tokens
from qa_bot.types import Paragraph

MIN_WORDS = 4

# Headings after which a news page lists other articles, folded.
_RELATED_HEADINGS = {
    fold(h)
    for h in (
        "Các bài viết khác", "Các tin khác", "Tin khác", "Tin mới", "Tin liên quan",
        "Bài viết liên quan", "Tin cùng chuyên mục", "Đọc thêm", "Xem thêm",
        "Chia sẻ bài viết", "Related articles", "Read more",
    )
}
_CAPTION = re.compile(r"(^|[.)]\s*)\(?(Ảnh|Nguồn ảnh|Photo)\s*:", re.IGNORECASE)
# A caption is short; a long paragraph that merely ends with a photo credit is content.
CAPTION_MAX_WORDS = 30
# "Nguồn tin: ...", "Theo: TTXVN": who published the page, not what it says.
_CREDIT = re.compile(r"^\s*(Nguồn tin|Nguồn|Theo|Source)\s*:", re.IGNORECASE)
CREDIT_MAX_WORDS = 8
# A dateline or a page-tool line has a date, a time, a weekday or a tool label, and what
# is left once those and the counters beside them are taken out is too little to say
# anything. (A short line of figures with none of those, a table row, is content.)
_PAGE_WORDS = (
    r"\b(thứ\s+(hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|(gửi|in|lưu)\s+bài(\s+(này|viết))?|chia\s+sẻ|bình\s+luận"
    r"|lượt\s+xem|cỡ\s+chữ|print|share|email|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
_DATELINE = re.compile(_PAGE_WORDS + r"|\b\d{1,2}[/-]\d{1,2}\b|\b\d{1,2}:\d{2}\b", re.IGNORECASE)
_DATELINE_PARTS = re.compile(_PAGE_WORDS + r"|\d+", re.IGNORECASE)


def is_dateline(text: str) -> bool:
    return bool(_DATELINE.search(text)) and len(tokens(_DATELINE_PARTS.sub(" ", text))) < MIN_WORDS


def is_related_heading(text: str) -> bool:
    """"Các tin khác", "Read more": the links to other articles begin here."""
    return fold(text).strip(" :.") in _RELATED_HEADINGS


def mark_citable(paragraphs: list[Paragraph]) -> list[Paragraph]:
    counts = Counter(p.text for p in paragraphs)
    out: list[Paragraph] = []
    in_related = False
    for p in paragraphs:
        in_related = in_related or is_related_heading(p.text)
        citable = not (
            in_related
            or len(tokens(p.text)) < MIN_WORDS
            or counts[p.text] > 1
            or (_CAPTION.search(p.text) and len(tokens(p.text)) <= CAPTION_MAX_WORDS)
            or (_CREDIT.search(p.text) and len(tokens(p.text)) <= CREDIT_MAX_WORDS)
            or is_dateline(p.text)
        )
        out.append(p if citable == p.citable else replace(p, citable=citable))
    return out


# A heading labels what follows and states nothing: a short line that ends no sentence, above a longer
# paragraph that does ("5. Một số kinh nghiệm", "TẬP TRUNG CAO ĐỘ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO", a title).
# It is indexed (its words help find the section) and never quoted as an answer (answer/answerer.py).
# at most 15 syllables: without a limit 14 seed lines counted, some of them sentences that answer, and
# more_dev lost an answer
HEADING_MAX_WORDS = 15
_ENDS_SENTENCE = (".", "!", "?", "…", ";", ":")
_ENDS_STATEMENT = _ENDS_SENTENCE[:-1]  # a line ending in ":" introduces what follows
# An office document states facts in short lines too ("Số: 1234/UBND-VX", "Kính gửi: Sở Y tế", "Hà Nội,
# ngày 15 tháng 3 năm 2021"): a line with a label and its value, or with a figure past a leading section
# number ("5.", "1.2.", "II."), is no heading.
_SECTION_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*|[IVXLC]+)[.)]\s+")
# An administrative document's subject line (its "trích yếu", Decree 30/2020/NĐ-CP): "V/v báo cáo tình
# hình thiệt hại do cơn bão số 3" in a công văn, "Về việc đề nghị phê duyệt dự toán ..." in the others.
# It names what the document is about, so it matches every question about it, and states nothing:
# on the office set it was quoted instead of the sentence that answers (5 of 11 misses).
_SUBJECT_LINE = re.compile(r"^\s*(?:V/v|Về việc)\s", re.IGNORECASE)


def headings(paragraphs: list[Paragraph]) -> set[int]:
    """Numbers of the citable paragraphs that are headings."""
    citable = [p for p in paragraphs if p.citable]
    out = {p.number for p in citable if _SUBJECT_LINE.match(p.text)}
    for p, following in zip(citable, citable[1:]):
        text, after = p.text.strip(), following.text.strip()
        label = _SECTION_NUMBER.sub("", text)
        if (not text.endswith(_ENDS_SENTENCE) and len(tokens(text)) <= HEADING_MAX_WORDS
                and ":" not in label and not any(c.isdigit() for c in label)
                and len(after) > len(text) and after.rstrip('"”»)').endswith(_ENDS_SENTENCE)):
            out.add(p.number)
    return out


# An administrative document (công văn, tờ trình, thông báo, báo cáo: Decree 30/2020/NĐ-CP) opens with a
# heading that says which document it is: the issuing body, its number ("Số: 1873/SYT-NVY"), place and date,
# its kind and its subject line. The heading ends at the first paragraph that reads as running text (a
# sentence of this many syllables or more) or at a table, within FRONT_MAX paragraphs.
BODY_MIN_WORDS = 8
FRONT_MAX = 12
_DOCUMENT_NUMBER = re.compile(r"^\s*Số\s*:\s*\S*\d", re.IGNORECASE)


def letterhead(paragraphs: list[Paragraph] | tuple[Paragraph, ...]) -> list[int]:
    """Numbers of the paragraphs of an administrative document's heading; [] for any other document.

    Only a heading with a document number or a subject line counts. A news page's title was tried as a
    label too: read under their titles, the seeds' sentences matched on-topic questions they do not answer
    (in-house test, unanswerables turned away 0.875 → 0.625, scorer refitted; eval/scripts/train_scorer.py).
    """
    out = []
    for p in paragraphs[:FRONT_MAX + 1]:
        text = p.text.strip()
        if p.table or (text.rstrip('"”»)').endswith(_ENDS_STATEMENT) and len(tokens(text)) >= BODY_MIN_WORDS):
            break
        out.append(p.number)
    else:
        return []  # no running text within FRONT_MAX paragraphs: no heading to speak of
    named = any(_DOCUMENT_NUMBER.match(paragraphs[n - 1].text) or _SUBJECT_LINE.match(paragraphs[n - 1].text)
                for n in out)
    return out if named else []


def labels(paragraphs: list[Paragraph] | tuple[Paragraph, ...]) -> dict[int, tuple[int, ...]]:
    """For each paragraph below an administrative document's heading, the heading's paragraphs, which say
    what it is about (``letterhead``); no entry for any other paragraph.

    "Lệ phí dự tuyển là 500.000 đồng/thí sinh" answers "Lệ phí dự tuyển viên chức giáo dục năm 2023 của
    thành phố Hà Thanh là bao nhiêu?" only with its letter's heading ("THÀNH PHỐ HÀ THANH", "Về việc tuyển
    dụng viên chức giáo dục năm 2023"); the letter's first sentence repeats those words and, matched on its
    own words alone, won. Read under the heading, each sentence is judged on what it adds.
    """
    head = letterhead(paragraphs)
    return {p.number: tuple(head) for p in paragraphs[len(head):]} if head else {}
