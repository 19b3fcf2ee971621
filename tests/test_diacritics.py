"""The diacritic restorer: word pairs settle ambiguous folded words, ties go to the form seen first."""

from __future__ import annotations

from qa_bot.diacritics import DiacriticRestorer

TEXTS = [
    "Cơ quan Đảng ủy có bao nhiêu đảng viên.",
    "Hội nghị trực tuyến đến 71 điểm cầu; cơ quan nhà nước phối hợp.",
    "Cờ và có.",  # "co" has three forms; pairs pick between them
]


def test_pairs_choose_between_forms_of_one_folded_word():
    r = DiacriticRestorer(TEXTS)
    assert r.restore("co quan dang uy co bao nhieu dang vien") == "cơ quan đảng ủy có bao nhiêu đảng viên"
    assert r.restore("hoi nghi truc tuyen den 71 diem cau") == "hội nghị trực tuyến đến 71 điểm cầu"


def test_unknown_words_pass_through_and_empty_input_is_empty():
    r = DiacriticRestorer(TEXTS)
    assert r.restore("xyz co quan") == "xyz cơ quan"
    assert r.restore("") == ""
    assert DiacriticRestorer([]).restore("bao nhieu") == "bao nhiêu"  # from the question phrases alone


def test_a_tie_goes_to_the_form_seen_first():
    assert DiacriticRestorer(["má", "mà"]).restore("ma") == "má"
    assert DiacriticRestorer(["mà", "má"]).restore("ma") == "mà"


def test_restoring_keeps_case_numbers_codes_and_punctuation():
    r = DiacriticRestorer(["Chiều 30/9, đồng chí Phạm Minh Chính chủ trì hội nghị về Nghị quyết 26-NQ/TW."])
    assert r.restore("Chieu 30/9, ai chu tri hoi nghi ve 26-NQ/TW?") == "Chiều 30/9, ai chủ trì hội nghị về 26-NQ/TW?"
    assert r.restore("dong chi Pham Minh Chinh") == "đồng chí Phạm Minh Chính"
