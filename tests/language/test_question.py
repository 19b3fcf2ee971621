"""A question is read once, where it enters (language/question.py): one record, handed down.

Counted on a real bot over the seeds: the records made, and underthesea's segmentation and tagging of each
text, wrapped where the language layer keeps them (nothing of the model is replaced).
"""

from __future__ import annotations

from collections import Counter

import pytest

from qa_bot.language import vietnamese
from qa_bot.language.question import AskedQuestion, read

COUNT = "Hội nghị trực tuyến có bao nhiêu điểm cầu?"
WHERE = "Hội nghị giao ban trực tuyến quý III năm 2021 được tổ chức ở đâu?"


@pytest.fixture
def reads(monkeypatch):
    """Texts read into a record, segmented and tagged by underthesea, while the test runs."""
    counts = {"read": Counter(), "words": Counter(), "tags": Counter()}
    made = AskedQuestion.__init__

    def counted_init(self, text, *args, **kwargs):
        counts["read"][text] += 1
        made(self, text, *args, **kwargs)

    monkeypatch.setattr(AskedQuestion, "__init__", counted_init)
    for name, key in (("word_tokenize", "words"), ("pos_tag", "tags")):
        tool = vietnamese._underthesea(name)

        def counted_tool(text, *args, _tool=tool, _key=key, **kwargs):
            counts[_key][text] += 1
            return _tool(text, *args, **kwargs)

        monkeypatch.setitem(vietnamese._tools, name, counted_tool)
    return counts


def test_a_question_is_read_once(seeds_bot, reads):
    answer = seeds_bot.ask(COUNT)
    assert answer.short == "71 điểm cầu"  # the path that tags the question (what it counts) was taken
    assert reads["read"] == Counter({COUNT: 1})
    # before the record: segmented by the features and again by the page-fact check
    assert reads["words"][COUNT] == 1 and reads["tags"][COUNT] == 1


def test_a_follow_up_reads_each_of_its_texts_once(seeds_bot, reads):
    first = seeds_bot.ask(WHERE)
    for counted in reads.values():
        counted.clear()
    follow = seeds_bot.ask("Ai chủ trì?", history=[first])
    assert follow.rewritten
    # the follow-up, its rewrite and the earlier turn's query: each text read, segmented and tagged once at
    # most (the rewrite without its bracketed topic is the follow-up as typed, not read again)
    assert set(reads["read"]) == {"Ai chủ trì?", follow.query, WHERE}
    for kind in ("read", "words", "tags"):
        assert max(reads[kind].values(), default=0) <= 1, (kind, reads[kind])


def test_the_record_holds_what_the_stages_read():
    q = read("Hội nghị trực tuyến ngày 30/9 có bao nhiêu điểm cầu?")
    assert (q.kind, q.focus, q.english, q.unaccented) == ("quantity", "diem", False, False)
    assert q.counted == "diem cau" and q.anchors == ("30 9",)  # folded syllables, joined by spaces
    assert read("Who chaired the conference?").english
    unaccented = read("ai chu tri hoi nghi", restore=lambda s: "ai chủ trì hội nghị")
    assert unaccented.unaccented and unaccented.as_restored.text == "ai chủ trì hội nghị"
    assert unaccented.as_restored.as_restored is unaccented.as_restored  # restored once, then itself
    rewrite = unaccented.read("Ai chủ trì (Hội nghị)?")
    assert rewrite.core.text == "Ai chủ trì?" and rewrite.read("Ai chủ trì?") is rewrite.core
