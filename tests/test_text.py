"""fold() is a lookup table for speed; it must still equal the plain definition."""

import unicodedata
from pathlib import Path

import pytest

from qa_bot.text import fold

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def reference_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").replace("đ", "d")


@pytest.mark.parametrize("text", [
    "Đảng ủy cơ quan Bộ Kế hoạch và Đầu tư", "ĐẨY MẠNH", "Nguyễn Phú Trọng",
    unicodedata.normalize("NFD", "Trương Thị Mai"),  # decomposed input
    "Å ǅ ﬁ “quotes” — …", "x\U0001D167y",  # a combining mark outside the BMP
    *(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))),
])
def test_fold_is_the_plain_definition(text):
    assert fold(text) == reference_fold(text)


def test_fold_matches_typing_without_diacritics():
    assert fold("Đảng ủy") == "dang uy"


def test_an_english_question_shares_names_numbers_and_codes_with_vietnamese_text():
    from qa_bot.text import anchors

    q = "On what date did General Secretary Nguyen Phu Trong meet the Commission about 26-NQ/TW in 2011?"
    assert anchors(q) == "General Secretary Nguyen Phu Trong 26-NQ/TW 2011"
    assert anchors("How do I make coffee?") == ""
