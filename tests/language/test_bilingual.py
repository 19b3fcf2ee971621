"""English questions are searched with the Vietnamese words the collection uses for theirs (bilingual.py):
the real dictionary `make install` fetches, over the real seeds index."""

from __future__ import annotations

import io
import tarfile

import pytest

from qa_bot import QABot
from qa_bot.chat import transcript
from qa_bot.language import bilingual
from qa_bot.language.question import read

DICTIONARY = bilingual.load(bilingual.default_path())
needs_dictionary = pytest.mark.skipif(
    DICTIONARY is None, reason=f"no English-Vietnamese dictionary at {bilingual.default_path()} "
                               "(`make install` fetches it with npm)")


@pytest.fixture(scope="module")
def translator(seeds_bot: QABot) -> bilingual.Translator:
    t = seeds_bot._retriever.translator()
    assert t is not None
    return t


@needs_dictionary
def test_each_word_gets_the_senses_the_collection_uses(translator):
    terms = dict(translator.terms("How many delegates of the Party attended the conference in the provinces?"))
    assert "đại biểu" in terms["delegates"]  # not "uỷ quyền", whose syllables are everywhere apart
    assert "đảng" in terms["Party"]  # not "tiệc"
    assert "hội nghị" in terms["conference"]
    assert "tỉnh" in terms["provinces"]  # the plural is looked up as its singular
    assert "many" not in terms and "the" not in terms  # function words are not translated


@needs_dictionary
def test_a_word_the_collection_never_uses_in_any_sense_adds_nothing(translator):
    assert dict(translator.terms("Can I renew my visa?")).get("visa") == ()


@needs_dictionary
def test_an_english_question_finds_its_paragraph_through_the_dictionary(seeds_bot: QABot):
    question = "Which principle must officials doing Party organization work ensure in personnel work?"
    without = QABot(seeds_bot.index, seeds_bot.settings.with_(translate_english=False))

    def top5(bot: QABot) -> list[tuple[str, int]]:
        return [(h.source[:3], h.paragraph) for h in bot._retriever.search(read(question), 5).hits]

    # 004 ¶25: "... bảo đảm nguyên tắc tập trung dân chủ ...": no word in common with the question
    assert ("004", 25) in top5(seeds_bot)
    assert ("004", 25) not in top5(without)
    assert "nguyên tắc" in dict(seeds_bot._retriever.search(read(question), 5).translation)["principle"]


@needs_dictionary
def test_an_answer_says_what_vietnamese_an_english_question_was_searched_with(seeds_bot: QABot):
    answer = seeds_bot.ask("How many delegates attended the online conference?")
    assert any(w == "conference" and "hội nghị" in r for w, r in answer.translation)
    assert "conference → hội nghị" in answer.searched_as
    assert "hội nghị" in answer.to_dict()["translation"]["conference"]
    assert "*Tìm cả bằng / Also searched as:* " in transcript.markdown([answer])
    # a Vietnamese question is searched as typed
    assert seeds_bot.ask("Hội nghị trực tuyến có bao nhiêu điểm cầu?").translation == ()


def test_without_the_dictionary_english_questions_are_still_answered(seeds_bot: QABot, tmp_path, monkeypatch):
    monkeypatch.setenv("QA_BOT_DICTIONARY", str(tmp_path / "absent.tgz"))
    bot = QABot(seeds_bot.index, seeds_bot.settings)
    answer = bot.ask("Who chaired the online conference in October 2018?")
    assert bot._retriever.translator() is None
    assert answer.translation == ()
    assert answer.hits and answer.hits[0].source.startswith("001")


@pytest.mark.parametrize("content", [b"", b"not a tar file", None])
def test_an_unreadable_dictionary_is_no_dictionary(tmp_path, content):
    path = tmp_path / "tratu.tgz"
    if content is None:  # a package file without the dictionary in it
        with tarfile.open(path, "w:gz") as tar:
            data = b"{}"
            info = tarfile.TarInfo("package/package.json")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    else:
        path.write_bytes(content)
    assert bilingual.load(path) is None
