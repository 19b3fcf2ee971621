"""End to end on the seeds with the real default model: the right paragraph is cited."""

from __future__ import annotations

import pytest

from qa_bot import QABot, QuestionError
from qa_bot.answer import answer_type

F000 = "000_cf17c041d62915c2.txt"
F001 = "001_c378dda10a3fb69b.txt"
F002 = "002_bbfe88c0dd411bae.txt"
F003 = "003_ac896c5b02962443.txt"
F004 = "004_f1f41421099c2c4c.txt"

# (question, source, paragraph, a string the quote must contain), found by reading the seeds
QUESTIONS = [
    ("Hội nghị trực tuyến có bao nhiêu điểm cầu?", F001, 2, "71 điểm cầu"),
    ("hoi nghi truc tuyen co bao nhieu diem cau", F001, 2, "71 điểm cầu"),
    ("How many connection points did the November 2018 online conference have?", F001, 2, "71 điểm cầu"),
    ("Tính đến ngày 30/6/2015, Đảng bộ cơ quan Bộ Kế hoạch và Đầu tư có bao nhiêu đảng bộ cơ sở?", F002, 4, "7 đảng bộ"),
    ("dang bo co quan bo ke hoach va dau tu co bao nhieu dang bo co so", F002, 4, "7 đảng bộ"),
    ("Đến nay đã hoàn thành bao nhiêu đề án trình Ban Chấp hành Trung ương?", F004, 10, "19/28"),
    ("den nay da hoan thanh bao nhieu de an trinh ban chap hanh trung uong", F004, 10, "19/28"),
    ("How many party members did the Party Committee of the Ministry of Planning and Investment have as of 30/6/2015?",
     F002, 4, "1.128"),
    ("Đến cuối năm 2021 ngành tổ chức xây dựng Đảng cần chuẩn bị triển khai mấy hội nghị?", F004, 24, "3 hội nghị"),
    ("Hội nghị giao ban trực tuyến quý III diễn ra vào ngày nào?", F004, 4, "30/9"),
    ("hoi nghi giao ban truc tuyen quy III dien ra ngay nao", F004, 4, "30/9"),
    ("Tham luận của đồng chí Nguyễn Văn Trung được trình bày tại đại hội nào?", F002, 3, "Đại hội đại biểu Đảng bộ Khối"),
    ("Năm 2017 ngành Tổ chức Xây dựng Đảng phải thực hiện bao nhiêu nội dung trong Chương trình làm việc của Bộ Chính trị?", F000, 9, "11 nội dung"),
    ("How many conferences must the sector prepare before the end of 2021?", F004, 24, "3 hội nghị"),
    ("Ai chủ trì hội nghị giao ban trực tuyến tháng 11-2018?", F001, 2, "Phạm Minh Chính"),
    ("Đồng chí Nguyễn Văn Trung là Thứ trưởng bộ nào?", F002, 3, "Thứ trưởng Bộ Kế hoạch và Đầu tư"),
    ("ai la truong ban to chuc trung uong nam 2011", F003, 6, "Tô Huy Rứa"),
]


@pytest.mark.parametrize("question,source,paragraph,expected", QUESTIONS, ids=[q[0][:40] for q in QUESTIONS])
def test_cites_the_paragraph_that_answers(seeds_bot: QABot, question, source, paragraph, expected):
    answer = seeds_bot.ask(question)
    assert not answer.abstained, answer.text
    cited = [(c.source, c.paragraph) for c in answer.citations]
    assert (source, paragraph) in cited, f"{question!r} cited {cited}"
    assert any(expected in c.quote for c in answer.citations if (c.source, c.paragraph) == (source, paragraph))
    assert "[1]" in answer.text


@pytest.mark.parametrize("question,source,paragraph,expected", QUESTIONS, ids=[q[0][:40] for q in QUESTIONS])
def test_retrieve_ranks_the_paragraph_in_top_5(seeds_bot: QABot, question, source, paragraph, expected):
    hits = seeds_bot.retrieve(question, k=5)
    assert (source, paragraph) in [(h.source, h.paragraph) for h in hits]
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert len({(h.source, h.paragraph) for h in hits}) == len(hits), "one hit per paragraph"


@pytest.mark.parametrize("question", [
    "Who chaired the online briefing conference of the Party organization sector in November 2018?",
    "Ai chủ trì hội nghị giao ban trực tuyến tháng 11-2018?",
    "quy che phoi hop so 296 duoc ban hanh ngay nao",
])
def test_retrieve_ranks_paragraphs_as_ask_quotes_them(seeds_bot: QABot, question):
    # the paragraph quoted first is the top hit: retrieval and the answer agree on what is best
    keys = lambda hits: [(h.source, h.paragraph) for h in hits]
    answer = seeds_bot.ask(question)
    hits = seeds_bot.retrieve(question, k=5)
    assert keys(hits) == keys(answer.hits)
    assert (answer.citations[0].source, answer.citations[0].paragraph) == keys(hits)[0]


# Known misses of the learned scorer (issue 12): it weighs a question's match against each
# sentence, and these find a sentence that matches well enough. ("Đội tuyển bóng đá Việt Nam vô địch
# AFF Cup năm nào?" is answered at 0.17-0.18 against a threshold of 0.114; it is not asserted either
# way. Every question asserted here sits at least 0.08 from the threshold, and kept its side on the
# other machines of eval/scripts/stability.py.) The rules that caught
# them (a document-centroid gate, a "counted thing has no number" trap, a "post never named"
# trap) each fixed a handful of in-house questions and were deleted with the other rules.
# Strict: when a change makes them pass, the mark must go.
_SCORER_MISS = pytest.mark.xfail(strict=True, reason="answered by the learned scorer (issue 12 note)")


@pytest.mark.parametrize("question", [
    "Who won the 2018 FIFA World Cup?",
    "How tall is Mount Everest?",
    "What is the population of Canada?",
    # everyday English questions once answered with a resolution list, page tools or a
    # heading
    "How do I reset my router password?",
    "How do I install Python on Windows?",
    "What is machine learning?",
    "Giá vàng hôm nay là bao nhiêu?",
    "gia xang hom nay bao nhieu",
    pytest.param("Hội nghị giao ban trực tuyến tháng 11-2018 có bao nhiêu đại biểu tham dự?", marks=_SCORER_MISS),
    # the seeds name a Thứ trưởng of that ministry, never its Bộ trưởng
    pytest.param("Ai là Bộ trưởng Bộ Kế hoạch và Đầu tư?", marks=_SCORER_MISS),
])
def test_abstains_when_the_documents_do_not_answer(seeds_bot: QABot, question):
    answer = seeds_bot.ask(question)
    assert answer.abstained, answer.text
    assert answer.citations == []
    assert "không chứa" in answer.text


def test_chrome_lines_are_never_quoted(seeds_bot: QABot):
    for q in ["Video", "Các bài viết khác", "Quang cảnh tại điểm cầu Nghệ An", "mask"]:
        for c in seeds_bot.ask(q).citations:
            assert seeds_bot.index.paragraph(c.source, c.paragraph).citable
            assert "\ufffd" not in c.quote


def test_headings_are_found_and_never_quoted(seeds_bot: QABot):
    headings = {seeds_bot.index.paragraph(s, n).text for s, n in seeds_bot.index.headings}
    # not the title "Giao ban trực tuyến ... tháng 11-2018": a line with a figure states a fact
    assert headings == {"5. Một số kinh nghiệm", "Tiếp tục đổi mới, kiện toàn công tác tổ chức cán bộ",
                        "TẬP TRUNG CAO ĐỘ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO",
                        "NGHIÊN CỨU\xa0KỸ, TRIỂN KHAI HIỆU QUẢ"}  # a no-break space, as scraped
    # each was once the best match of a question it does not answer
    for q in ["How do I make coffee?", "What's the weather tomorrow in Hanoi?", "How do I renew my passport?",
              "Một số kinh nghiệm"]:
        answer = seeds_bot.ask(q)
        assert not {(c.source, c.paragraph) for c in answer.citations} & seeds_bot.index.headings, q
    # a heading still leads retrieval to its section
    assert any((h.source, h.paragraph) == (F002, 36) for h in seeds_bot.retrieve("Một số kinh nghiệm", k=5))


OFFICIAL_LETTER = """ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
Số: 1234/UBND-VX
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
V/v tăng cường công tác phòng, chống dịch Covid-19
Nghệ An, ngày 15 tháng 3 năm 2021
Kính gửi: Sở Y tế tỉnh Nghệ An
Thực hiện chỉ đạo của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh yêu cầu Sở Y tế khẩn trương triển khai các biện \
pháp phòng, chống dịch Covid-19 trên địa bàn tỉnh.
Sở Y tế chủ trì, phối hợp với các địa phương tổ chức tiêm vắc xin cho người dân trước ngày 30 tháng 4 năm 2021.
"""


def test_an_official_letters_short_lines_are_no_headings_but_its_subject_line_is(tmp_path):
    """A công văn states its number, date and addressee in short lines that end no sentence, each above
    a longer paragraph: facts, not headings, so they stay quotable. Its subject line ("V/v ...") names
    what the letter is about and states nothing: a heading, found and never quoted."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "cong_van.txt").write_text(OFFICIAL_LETTER, encoding="utf-8")
    bot = QABot.build([tmp_path / "docs"], index_dir=tmp_path / "index")
    assert bot.index.headings == frozenset({("cong_van.txt", 5)})
    answer = bot.ask("Công văn gửi cơ quan nào?")
    assert not answer.abstained and answer.citations[0].quote == "Kính gửi: Sở Y tế tỉnh Nghệ An"


@pytest.mark.parametrize("question", ["", "   \n\t", "x" * 100_000])
def test_bad_questions_get_a_clear_error(seeds_bot: QABot, question):
    with pytest.raises(QuestionError) as err:
        seeds_bot.ask(question)
    assert "question" in str(err.value).lower()


@pytest.mark.parametrize("sentence,counts", [
    ("đã ban hành 9 hướng dẫn", True), ("hoàn thành 19/28 đề án", True), ("1.234 đảng viên", True),
    ("tháng 11-2018 đến 71 điểm cầu", True), ("trong quý III/2021", False), ("Chiều 30/9, Ban Tổ chức", False),
    ("ngày 7-8-2018 về", False), ("nhiệm kỳ 2015-2020", False), ("8. Triển khai công tác kiểm điểm", False),
    ("đại dịch Covid-19 diễn biến phức tạp", False), ("Nghị quyết số 18-NQ/TW", False),
    # counts in words; "một số" (some), "năm" (year), "đầu tư" and "tỷ lệ" are none
    ("phối hợp giữa hai tổ chức này", True), ("có hơn tám triệu dân", True), ("three hundred delegates", True),
    ("một số nhiệm vụ trong năm", False), ("thu hút đầu tư", False), ("tỷ lệ đảng viên", False),
])
def test_a_how_many_question_is_answered_by_a_count_not_a_date(sentence, counts):
    assert answer_type.matches("quantity", sentence) is counts


@pytest.mark.parametrize("sentence,dated", [
    ("Chiều 30/9, Ban Tổ chức", True), ("ngày 22-11 đồng chí", True), ("giai đoạn 2022 -2026", True),
    ("tháng 11-2018", True), ("hoàn thành 19/28 đề án", False), ("đã ban hành 9 hướng dẫn", False),
])
def test_a_when_question_is_answered_by_a_date_not_a_fraction(sentence, dated):
    assert answer_type.matches("time", sentence) is dated


@_SCORER_MISS  # it quotes "7 đảng bộ cơ sở, 3 đảng bộ bộ phận, 23 chi bộ" from the same article instead
def test_a_count_written_in_words_answers_how_many(seeds_bot: QABot):
    answer = seeds_bot.ask("Bộ Kế hoạch và Đầu tư có mấy tổ chức đảng?")
    assert not answer.abstained
    assert "hai tổ chức" in answer.citations[0].quote


def test_who_said_it_is_quoted_beside_what_was_said(seeds_bot: QABot):
    """003 ¶7: the sentence that says it names no one; the speaker is named earlier in the paragraph."""
    answer = seeds_bot.ask("Ai ví công việc của Ban Tổ chức Trung ương là then chốt của then chốt?")
    first, second = answer.citations[:2]
    assert "then chốt của then chốt" in first.quote
    assert (second.source, second.paragraph) == (first.source, first.paragraph) and second.end <= first.start
    assert "Nguyễn Phú Trọng" in second.quote


@pytest.mark.parametrize("sentence,focus,counted", [
    ("đến 71 điểm cầu", "diem", True), ("với tổng số 1.128 đảng viên", "dang", True), ("107trường hợp", "truong", True),
    ("giữa hai tổ chức này", "to", True), ("hơn tám triệu dân", "dan", True),
    # "sau" is "after", not a folded "sáu"; "Cuba" does not end in "ba"
    ("sau tổ chức", "to", False), ("Cuba tổ chức", "to", False), ("71 điểm cầu", "to", False),
])
def test_the_counted_thing_follows_its_number(sentence, focus, counted):
    assert answer_type.counts(focus, sentence) is counted
