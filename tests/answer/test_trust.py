"""Trust you can see: every answer's band, why its quote was chosen, and questions the collection
cannot be about turned away however a sentence scores."""

import json
import subprocess
import sys

import numpy as np
import pytest

from qa_bot import QABot
from qa_bot.answer import bands
from qa_bot.answer.scope import MIN_KNOWN_SHARE, scope
from qa_bot.language.question import read

CHAIRED = "Ai chủ trì hội nghị giao ban trực tuyến Ngành Tổ chức xây dựng Đảng tháng 11-2018?"


@pytest.fixture(scope="module")
def bot(seeds_index):
    return QABot.load(seeds_index)


def test_a_clear_answer_is_confident_and_says_why(bot):
    a = bot.ask(CHAIRED)
    assert a.band == "confident" and a.confidence >= bands.CONFIDENT_FROM
    assert "Phạm Minh Chính" in a.citations[0].quote
    assert a.why and " / " in a.why  # Vietnamese, then English
    assert not a.text.startswith(bands.UNCERTAIN_NOTE)


def test_not_found_exactly_when_abstained(bot):
    for q in [CHAIRED, "Sông nào dài nhất Việt Nam?", "How do I reset my router password?",
              "hoi nghi truc tuyen co bao nhieu diem cau"]:
        a = bot.ask(q)
        assert (a.band == "not_found") == a.abstained
        assert a.band in ("confident", "uncertain", "not_found")
        assert (a.band == "confident") == (not a.abstained and round(a.confidence, 2) >= bands.CONFIDENT_FROM)


@pytest.mark.parametrize("question, unknown", [
    ("When was the Eiffel Tower built?", "Eiffel"),
    ("messi ghi duoc bao nhieu ban cho barcelona", "messi"),
])
def test_a_question_the_collection_cannot_be_about_is_not_found(bot, question, unknown):
    a = bot.ask(question)
    assert a.abstained and a.band == "not_found" and not a.citations
    assert unknown in a.why  # the words the documents never use are named


def test_the_scope_rule_reads_the_collection_vocabulary(bot):
    vocabulary = bot.index.lexical.vocabulary
    inside = scope(read(CHAIRED), vocabulary, None)
    assert inside.known_share == 1.0 and not inside.outside
    outside = scope(read("messi ghi duoc bao nhieu ban cho barcelona"), vocabulary, None)
    assert outside.known_share < MIN_KNOWN_SHARE and "barcelona" in outside.unknown
    # a near question shares the collection's words: the rule leaves it to the scorer
    assert not scope(read("Giá vàng SJC hôm nay bao nhiêu một lượng?"), vocabulary, None).outside


def test_why_names_what_moved_the_score_most(bot):
    """The reasons are the fitted model's largest contributions for this very quote."""
    a = bot.ask(CHAIRED)
    query = read(a.query, bot.index.restorer.restore)
    retrieval = bot._retriever.search(query, 5)
    q, candidates = bot._answerer.scored(query, retrieval)
    best = candidates[0]
    contributions = bands.contributions(bot._answerer.scorer, np.asarray(best.x))
    top = max(contributions, key=contributions.get)
    assert bands.reasons(bot._answerer.scorer, np.asarray(best.x))[0] == top
    assert a.why == bands.explain(bands.reasons(bot._answerer.scorer, np.asarray(best.x)), q,
                                  a.citations[0].quote, a.short)


def test_the_cli_json_carries_band_confidence_and_why(seeds_index):
    r = subprocess.run([sys.executable, "-m", "qa_bot.cli", "ask", CHAIRED, "--index", seeds_index, "--json"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["band"] == "confident" and d["confidence"] >= bands.CONFIDENT_FROM and d["why"]
    plain = subprocess.run([sys.executable, "-m", "qa_bot.cli", "ask", CHAIRED, "--index", seeds_index],
                           capture_output=True, text=True, timeout=300)
    assert "[Chắc chắn / Confident ·" in plain.stdout and "Vì sao / why:" in plain.stdout


def test_the_transcript_says_the_band(bot):
    from qa_bot.chat.transcript import markdown

    text = markdown([bot.ask(CHAIRED), bot.ask("When was the Eiffel Tower built?")])
    assert "Chắc chắn / Confident ·" in text and "Không tìm thấy / Not found" in text
