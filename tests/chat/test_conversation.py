"""Conversations, short answers, removing documents: the real model, FAISS and the seeds.

Every answer here also goes through conftest's check: quotes verbatim, the short
answer inside the first quote, a query on every answer.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import numpy as np
import pytest

from qa_bot import QABot
from qa_bot.chat.transcript import markdown
from qa_bot.errors import QABotError, QuestionError
from qa_bot.language.question import read

CONFERENCE = "001_c378dda10a3fb69b.txt"
WHERE = "Hội nghị giao ban trực tuyến Ngành Tổ chức xây dựng Đảng tháng 11-2018 được tổ chức ở đâu?"
CHAIR = "Phạm Minh Chính"


def quotes(answer) -> str:
    return " ".join(c.quote for c in answer.citations)


def test_an_ellipsis_is_answered_from_the_conversation(seeds_bot):
    chat = seeds_bot.chat()
    first = chat.ask(WHERE)
    assert first.query == WHERE and not first.rewritten and first.short == "Hà Nội"
    follow = chat.ask("Ai chủ trì?")
    assert follow.rewritten and follow.query.startswith("Ai chủ trì") and "11-2018" in follow.query
    assert CHAIR in quotes(follow) and follow.citations[0].source == CONFERENCE
    assert follow.short == CHAIR
    # asked alone, the same words find another file's "Khi chủ trì triển khai ..."
    alone = seeds_bot.ask("Ai chủ trì?")
    assert alone.query == "Ai chủ trì?" and CHAIR not in quotes(alone)


def test_a_follow_up_is_answered_by_its_own_words_where_the_topic_points(seeds_bot):
    chat = seeds_bot.chat()
    chat.ask("Quy chế phối hợp giữa Ban Cán sự đảng và Đảng ủy cơ quan Bộ Kế hoạch và Đầu tư mang số hiệu gì?")
    follow = chat.ask("Sự phối hợp giữa hai tổ chức này được nâng lên một bước trong nhiệm kỳ nào?")
    # the topic in brackets alone draws the sentence that names the Quy chế again
    assert follow.query.endswith(")?") and "2010-2015" in follow.citations[0].quote


# The scorer weighed the paragraph's fused rank, in which the last answer's paragraph came first; since it
# weighs continuous retrieval scores instead (README "Stable on another machine"), this follow-up quotes the
# title, which repeats the topic in brackets word for word. The fused score as a feature kept the rank's
# pull and cost 5 of 39 held-out follow-ups. Strict: when it passes again, the mark must go.
@pytest.mark.xfail(strict=True, reason="the title wins since the fused rank left the scorer (issue 12 note)")
def test_a_follow_up_looks_first_where_the_last_answer_was(seeds_bot):
    chat = seeds_bot.chat()
    chat.ask(WHERE)
    chat.ask("Ai chủ trì?")
    last = chat.ask("Có bao nhiêu điểm cầu tham gia?")
    follow = chat.ask("Họp vào ngày nào vậy?")
    # not the document's title, "Giao ban trực tuyến Ngành Tổ chức xây dựng Đảng tháng 11-2018"
    assert (follow.citations[0].source, follow.citations[0].paragraph) == \
        (last.citations[0].source, last.citations[0].paragraph)
    assert "29-10-2018" in follow.citations[0].quote


def test_a_demonstrative_is_replaced_with_what_it_points_to_once(seeds_bot):
    chat = seeds_bot.chat()
    chat.ask("Buổi làm việc của Tổng Bí thư Nguyễn Phú Trọng với Ban Tổ chức Trung ương năm 2011 diễn ra hôm nào?")
    follow = chat.ask("Ai báo cáo tình hình công tác năm 2011 tại buổi làm việc đó?")
    assert "tại Buổi làm việc của Tổng Bí thư" in follow.query and "buổi Buổi" not in follow.query
    # read by its own words too, it quotes who reported, not the lead that names the meeting
    assert "Tô Huy Rứa" in follow.citations[0].quote and follow.short == "Tô Huy Rứa"


def test_and_there_and_at_the_time_point_back_but_is_there_does_not(seeds_bot):
    history = [seeds_bot.ask(WHERE)]
    for follow_up in ("And who chaired the meeting?", "Who spoke there?", "Which resolution mattered at the time?"):
        assert seeds_bot.ask(follow_up, history=history).rewritten, follow_up
    for question in ("How many connection points were there?", "Is there a plan for cadre rotation?"):
        assert not seeds_bot.ask(question, history=history).rewritten, question


def test_a_pronoun_becomes_the_person_the_last_answer_named(seeds_bot):
    chat = seeds_bot.chat()
    chat.ask("Ai chủ trì hội nghị giao ban trực tuyến Ngành Tổ chức xây dựng Đảng tháng 11-2018?")
    follow = chat.ask("Ông ấy giữ chức vụ gì?")
    assert follow.query == f"{CHAIR} giữ chức vụ gì?"


def test_a_pronoun_stands_only_for_a_person_it_can_mean(seeds_bot):
    history = [seeds_bot.ask("Bà Trương Thị Mai lưu ý ngành tổ chức chuẩn bị bao nhiêu hội nghị trong những "
                             "tháng cuối năm 2021?")]
    assert seeds_bot.ask("Bà ấy còn nói gì?", history=history).query == "Trương Thị Mai còn nói gì?"
    # "Thị" is a woman's middle name: "ông ấy" is not her (nor a word that "Trương" happens to contain);
    # it is searched as typed, with the topic after it
    him = seeds_bot.ask("Ông ấy giữ chức vụ gì?", history=history)
    assert him.query.startswith("Ông ấy giữ chức vụ gì (")


def test_a_contrast_puts_the_new_value_in_the_last_question(seeds_bot):
    chat = seeds_bot.chat()
    first = chat.ask("Năm 2011, ai là Trưởng Ban Tổ chức Trung ương?")
    assert first.short == "Tô Huy Rứa"
    follow = chat.ask("Còn năm 2021 thì sao?")
    assert follow.query == "Năm 2021, ai là Trưởng Ban Tổ chức Trung ương?"
    # a year for the year inside a date
    later = seeds_bot.ask("Còn năm 2019 thì sao?", history=[seeds_bot.ask(WHERE)])
    assert later.query == WHERE.replace("tháng 11-2018", "tháng 11-2019")


def test_a_contrast_of_ordinals_swaps_the_ordinal(seeds_bot):
    chat = seeds_bot.chat()
    chat.ask("Theo Đảng ủy cơ quan Bộ Kế hoạch và Đầu tư, kinh nghiệm thứ nhất rút ra từ công tác phối hợp là gì?")
    second = chat.ask("con kinh nghiem thu hai?")  # typed without diacritics
    assert second.query == "Theo Đảng ủy cơ quan Bộ Kế hoạch và Đầu tư, kinh nghiệm thứ hai rút ra từ công tác phối hợp là gì?"
    third = chat.ask("Thứ ba thì sao?")
    assert "kinh nghiệm thứ ba rút ra" in third.query


def test_this_opening_a_question_points_back(seeds_bot):
    assert seeds_bot.index.restorer.dense_text("day la giai gi?") == "đây là giải gì?"
    chat = seeds_bot.chat()
    chat.ask("Ban Tổ chức Trung ương đã thành lập hội đồng gì cho Giải Búa liềm vàng lần thứ III?")
    follow = chat.ask("Đây là giải báo chí về lĩnh vực gì?")
    # the pronoun stays and the topic follows it in brackets: the "understood as" line reads as typed
    assert follow.rewritten and follow.query.startswith("Đây là giải báo chí") and "Giải Búa liềm vàng" in follow.query


def test_a_demonstrative_points_to_the_latest_turn_that_named_it(seeds_bot):
    chat = seeds_bot.chat()
    chat.ask(WHERE)
    chat.ask("Người thứ hai giữ chức gì?")  # a topic of its own: the conversation's topic moves on
    follow = chat.ask("hoi nghi do to chuc vao hom nao?")  # typed without diacritics
    assert follow.rewritten and "giao ban trực tuyến" in follow.query and "11-2018" in follow.query
    assert follow.query.lower().startswith("hội nghị giao ban")


def test_unaccented_pronouns_are_read_as_pronouns(seeds_bot):
    restore = seeds_bot.index.restorer.dense_text
    assert restore("ong ay giu chuc vu gi") == "ông ấy giữ chức vụ gì"
    assert restore("truong ban luc do la ai?") == "trưởng ban lúc đó là ai?"


def test_a_self_contained_question_is_searched_as_typed(seeds_bot):
    question = "Tính đến ngày 30/6/2015, Đảng bộ cơ quan Bộ Kế hoạch và Đầu tư có tổng số bao nhiêu đảng viên?"
    chat = seeds_bot.chat()
    chat.ask(WHERE)
    chat.ask("Ai chủ trì?")
    in_chat = chat.ask(question)
    alone = seeds_bot.ask(question)
    assert in_chat.query == question and not in_chat.rewritten
    assert [(c.source, c.paragraph, c.quote) for c in in_chat.citations] == \
        [(c.source, c.paragraph, c.quote) for c in alone.citations]
    assert "1.128 đảng viên" in quotes(in_chat)


def test_history_can_be_answers_their_dicts_or_the_questions(seeds_bot):
    first = seeds_bot.ask(WHERE)
    expected = seeds_bot.ask("Ai chủ trì?", history=[first])
    for history in ([first.to_dict()], [WHERE]):
        again = seeds_bot.ask("Ai chủ trì?", history=history)
        assert again.query == expected.query
        assert [c.quote for c in again.citations] == [c.quote for c in expected.citations]
    with pytest.raises(QuestionError, match="history turn"):
        seeds_bot.ask("Ai chủ trì?", history=[42])
    with pytest.raises(QuestionError, match="not an answer record"):
        seeds_bot.ask("Ai chủ trì?", history=[{"text": "no question"}])


def test_a_new_conversation_forgets(seeds_bot):
    chat = seeds_bot.chat()
    chat.ask(WHERE)
    chat.reset()
    assert chat.ask("Ai chủ trì?").query == "Ai chủ trì?"


def test_the_short_answer_is_the_few_words_inside_the_quote(seeds_bot):
    count = seeds_bot.ask("Hội nghị trực tuyến có bao nhiêu điểm cầu?")
    assert count.short == "71 điểm cầu"
    date = seeds_bot.ask("Tổng Bí thư Nguyễn Phú Trọng làm việc với Ban Tổ chức Trung ương vào ngày nào?")
    assert date.short and "22-11" in date.short
    why = seeds_bot.ask("Vì sao công tác cán bộ được coi là then chốt?")
    assert why.short is None  # nothing short answers a "why"
    assert count.to_dict()["short"] == "71 điểm cầu" and count.to_dict()["query"] == count.question


@pytest.mark.parametrize("question, sentence_has, short", [
    ("Quy chế phối hợp giữa Ban Cán sự đảng và Đảng ủy cơ quan mang số hiệu gì?", "296-QC/BCSĐ-ĐUBKH",
     "296-QC/BCSĐ-ĐUBKH"),
    ("Ban Bí thư sẽ tổng kết nghị quyết nào?", "Nghị quyết 39", "Nghị quyết 39"),
])
def test_a_document_asked_for_is_answered_by_its_number(seeds_bot, question, sentence_has, short):
    assert short_in_seeds(seeds_bot, question, sentence_has) == short


def short_in_seeds(bot, question: str, sentence_has: str) -> str | None:
    """The short answer to ``question`` in the seeds' own paragraph that holds ``sentence_has``, as the quote."""
    from qa_bot.answer import short_answer

    quote = next(p.text for d in bot.index.documents for p in d.paragraphs if sentence_has in p.text)
    span = short_answer.find(read(question), quote)
    return quote[span[0]:span[1]] if span else None


def test_a_count_is_read_as_a_count():
    from qa_bot.answer import short_answer

    # "là bao nhiêu?" asks for a count (the word before it is a verb, not a noun whose number is asked)
    total = "Tổng số đảng viên là 1.128."
    span = short_answer.find(read("Tổng số đảng viên là bao nhiêu?"), total)
    assert span and total[span[0]:span[1]] == "1.128"
    # "19/28 đề án" is a count, not a document's number
    count = "Đã hoàn thành 19/28 đề án trình Trung ương"
    span = short_answer.find(read("Đã hoàn thành bao nhiêu đề án?"), count)
    assert span and count[span[0]:span[1]] == "19/28 đề án"


@pytest.mark.parametrize("question, sentence_has, short", [
    # the question word after its noun asks which one: the noun and its numeral answer
    ("Giải Búa liềm vàng năm 2018 là giải lần thứ mấy?", "Hội đồng sơ khảo", "lần thứ III"),
    ("nghi quyet 18-NQ/TW va 19-NQ/TW la cua BCH trung uong khoa may", "19-NQ/TW của BCH", "khóa XII"),
    # the longest noun the quote has; after "thứ" an ordinal written out
    ("Nội dung về thẩm quyền của người đứng đầu là nội dung thứ mấy?", "Nội dung thứ 3 về", "Nội dung thứ 3"),
    ("Bài học về sự đoàn kết, nhất trí là kinh nghiệm thứ mấy?", "Thứ hai, phải có sự đoàn kết", "Thứ hai"),
    # a body's name is capitalised word by word, not syllable by syllable; bodies named together are one answer
    ("Tổng Bí thư phát biểu chỉ đạo thay mặt cơ quan nào?", "Thay mặt Bộ Chính trị", "Bộ Chính trị, Ban Bí thư"),
    # a person's name is not part of the body before it
    ("Theo người đứng đầu ngành tổ chức, cơ quan nào sẽ đẩy mạnh thực hiện Nghị quyết Trung ương 4?",
     "Triển khai nhiệm vụ thời gian tới, Trưởng ban", "Bộ Chính trị"),
    # a year that closes a period stands for the period
    ("Kế hoạch thực hiện các đề án trọng tâm từ năm 2011 kéo dài đến năm nào?",
     "năm 2011 - 2012", "năm 2011 - 2012"),
    # "which <noun>": the name the quote begins with that noun, capitalised inside a sentence, to the end
    # of its clause or to what it is about ("về ...")
    ("Nguyễn Văn Trung trình bày tham luận tại đại hội nào?", "Tham luận của đồng chí Nguyễn Văn Trung",
     "Đại hội đại biểu Đảng bộ Khối các cơ quan Trung ương khóa XII"),
    ("Dự thảo báo cáo tổng kết chỉ thị nào cần được nghiên cứu kỹ?", "Chỉ thị số 36-CT/TW", "Chỉ thị số 36-CT/TW"),
])
def test_the_short_answer_reads_vietnamese_numerals_names_and_periods(seeds_bot, question, sentence_has, short):
    assert short_in_seeds(seeds_bot, question, sentence_has) == short


def test_a_noun_that_opens_a_sentence_or_is_written_small_names_nothing():
    from qa_bot.answer import short_answer

    # "Âm nhạc" opens the sentence, capitalised anyway; "là gì" asks what something is, not which one
    assert short_answer.find(read("Tác phẩm âm nhạc nào mở đầu cho thể loại yêu nước Canada?"),
                             "Âm nhạc ái quốc tại Canada đã có từ trên 200 năm.") is None
    assert short_answer.find(read("Văn hóa ở đảo Puerto Rico là gì?"), "Văn hóa Puerto Rico là sự hòa trộn.") is None
    assert short_answer.find(read("Tham luận trình bày tại đại hội nào?"), "Tham luận tại đại hội đảng bộ.") is None


def test_remove_drops_a_document_and_embeds_nothing(seeds_index, tmp_path):
    index_dir = tmp_path / "seeds"
    shutil.copytree(seeds_index, index_dir)
    bot = QABot.load(index_dir)
    kept = "002_bbfe88c0dd411bae.txt"
    before = bot.index.vectors[bot.index.document_chunk_rows(kept)].copy()
    report = bot.remove([CONFERENCE])
    assert report.removed == [CONFERENCE]
    assert report.embedded_chunks == 0 and report.embedded_sentences == 0
    for b in (bot, QABot.load(index_dir)):  # live, and as saved on disk
        assert CONFERENCE not in {d.source for d in b.index.documents}
        answer = b.ask("Hội nghị trực tuyến có bao nhiêu điểm cầu?")
        assert all(c.source != CONFERENCE for c in answer.citations)
        assert all(h.source != CONFERENCE for h in b.retrieve("71 điểm cầu", k=10))
        assert np.array_equal(b.index.vectors[b.index.document_chunk_rows(kept)], before)
    files = bot.stats()["files"]
    with pytest.raises(QABotError, match="Not in this index: nope.txt"):
        bot.remove(["nope.txt", kept])
    with pytest.raises(QABotError, match="every document"):
        bot.remove([d.source for d in bot.index.documents])
    assert QABot.load(index_dir).stats()["files"] == files  # a refused removal removes nothing


def test_documents_keep_the_time_they_were_first_indexed(seeds_copy, tmp_path):
    index_dir = tmp_path / "index"
    first = QABot.build([seeds_copy], index_dir=index_dir)
    when = {d.source: d.indexed_at for d in first.index.documents}
    assert all(when.values())
    (seeds_copy / "000_cf17c041d62915c2.txt").write_text("Một đoạn mới về hội nghị.\n", encoding="utf-8")
    again = QABot.build([seeds_copy], index_dir=index_dir)
    for d in again.index.documents:
        if d.source != "000_cf17c041d62915c2.txt":
            assert d.indexed_at == when[d.source]  # unchanged content keeps its date
    assert QABot.load(index_dir).index.document(CONFERENCE).indexed_at == when[CONFERENCE]


def test_a_conversation_downloads_as_markdown(seeds_bot):
    chat = seeds_bot.chat()
    chat.ask(WHERE)
    chat.ask("Ai chủ trì?")
    chat.ask("Giá vàng hôm nay là bao nhiêu?")
    text = markdown(chat.turns)
    assert "## 2. Ai chủ trì?" in text
    assert "*Hiểu là / Understood as:* Ai chủ trì (" in text
    assert f"— [1] {CONFERENCE.replace('_', chr(92) + '_')} · ¶ 2 · line 2" in text
    assert "**Phạm Minh Chính**" in text
    assert "## 3. Giá vàng hôm nay là bao nhiêu?" in text and "không chứa câu trả lời" in text


def _qabot(*args, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "qa_bot.cli", *args], input=stdin, capture_output=True,
                          text=True, timeout=300)


def test_cli_chat_keeps_the_conversation(seeds_index):
    r = _qabot("chat", "--index", str(seeds_index), stdin=f"{WHERE}\nAi chủ trì?\n\nnot asked\n")
    assert r.returncode == 0, r.stderr
    assert "Hiểu là / understood as: Ai chủ trì (" in r.stdout
    assert CHAIR in r.stdout and "not asked" not in r.stdout  # an empty line ends the chat


def test_cli_remove(seeds_index, tmp_path):
    index_dir = tmp_path / "seeds"
    shutil.copytree(seeds_index, index_dir)
    r = _qabot("remove", CONFERENCE, "--index", str(index_dir))
    assert r.returncode == 0, r.stderr
    assert "removed 1 files" in r.stdout and "nothing re-embedded" in r.stdout
    r = _qabot("remove", CONFERENCE, "--index", str(index_dir))
    assert r.returncode == 1 and r.stderr.startswith("error: Not in this index") and "Traceback" not in r.stderr


def test_a_closed_pipe_ends_quietly(seeds_index):
    questions = "\n".join([WHERE, "Ai chủ trì?", "Có bao nhiêu điểm cầu?"]) + "\n"
    cmd = f"{sys.executable} -m qa_bot.cli chat --index {seeds_index} | head -1"
    r = subprocess.run(["bash", "-c", cmd], input=questions, capture_output=True, text=True, timeout=300)
    assert r.stdout.startswith("›") and len(r.stdout.splitlines()) == 1
    assert "Traceback" not in r.stderr and "BrokenPipe" not in r.stderr, r.stderr


def test_a_question_about_the_page_is_about_the_page_the_conversation_is_on(seeds_bot):
    chat = seeds_bot.chat()
    chat.ask("Hội nghị tổng kết công tác Tổ chức Xây dựng Đảng năm 2016 đã thống nhất điều gì?")
    # "bài", "báo", "the photo" name no topic of their own: the topic goes in brackets
    for question, short in [("Bài này đăng ngày nào?", "4/3/2017"), ("Còn báo nào đưa tin?", "TTXVN"),
                            ("Who took the photos?", "TTXVN")]:
        answer = chat.ask(question)
        assert answer.rewritten and "2016" in answer.query, answer.query
        assert answer.citations[0].source == "000_cf17c041d62915c2.txt" and answer.short == short, question
    chat = seeds_bot.chat()
    chat.ask("Hội nghị giao ban trực tuyến quý III năm 2021 có bao nhiêu điểm cầu?")
    # that page gives the meeting's date, not its own: no answer rather than "Chiều 30/9"
    assert chat.ask("When was the article posted?").abstained
