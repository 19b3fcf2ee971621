"""The Vietnamese text layer and the answer scorer as data."""

from __future__ import annotations

import json

import numpy as np
import pytest

from qa_bot import QABotError
from qa_bot.answer import answer_type, scorer
from qa_bot.answer.features import FEATURES
from qa_bot.language import vietnamese
from qa_bot.language.question import read


def test_underthesea_splits_glued_counts_and_keeps_words_whole():
    ws = vietnamese.words("Toàn Ngành đã xử lý 107trường hợp, công việc then chốt")
    assert "107" in ws and "trường_hợp" in ws
    assert "công_việc" in ws
    assert vietnamese.folded_words(ws) >= {"truong_hop", "cong_viec"}


def test_a_person_is_a_full_name_or_a_name_after_a_title():
    ws = vietnamese.words("Đồng chí Phạm Minh Chính chủ trì hội nghị tại Hà Nội; ông Gandhi phát biểu.")
    assert vietnamese.person_names(ws) == {"Phạm_Minh_Chính", "Gandhi"}
    assert "Hà_Nội" in vietnamese.proper_nouns(ws)  # a name, not a person's


@pytest.mark.parametrize("question,kind", [
    ("Ai chủ trì hội nghị?", "person"), ("Hội nghị được tổ chức ở đâu?", "place"),
    ("Cơ quan nào ban hành quy chế?", "org"), ("Có bao nhiêu điểm cầu?", "quantity"),
    ("Hội nghị diễn ra khi nào?", "time"), ("Nhiệm vụ trọng tâm là gì?", None),
])
def test_what_a_question_asks_for(question, kind):
    assert read(question).kind == kind


def test_a_who_question_is_matched_by_a_name_the_question_does_not_give():
    sentence = "Đồng chí Phạm Minh Chính chủ trì hội nghị."
    seg = vietnamese.words(sentence)
    assert answer_type.matches("person", sentence, read("Ai chủ trì hội nghị?").folded, seg)
    assert not answer_type.matches("person", sentence, read("Đồng chí Phạm Minh Chính chủ trì gì?").folded, seg)
    # any name of capitalised syllables, as for places and bodies, not only a person's
    place = "Hội nghị được tổ chức tại Hà Nội."
    assert answer_type.matches("person", place, read("Ai tổ chức hội nghị?").folded, vietnamese.words(place))


def test_the_shipped_model_names_the_features_the_code_computes():
    model = scorer.load()
    assert model.features == FEATURES
    assert len(model.coef) == len(FEATURES) and 0 < model.threshold < 1
    data = json.loads(scorer.MODEL_FILE.read_text(encoding="utf-8"))
    assert "fitted_on" in data and data["version"]
    # probabilities are probabilities, and more of a good feature is never worse for a positive weight
    x = np.tile(model.mean, (2, 1))
    i = int(np.argmax(model.coef))
    x[1, i] += model.scale[i]
    p = model.probabilities(x)
    assert 0 < p[0] < p[1] < 1


def test_a_model_fitted_on_other_features_is_refused(tmp_path):
    data = json.loads(scorer.MODEL_FILE.read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1] + ["something_else"]
    path = tmp_path / "scorer.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(QABotError, match="train_scorer"):
        scorer.load(str(path))
