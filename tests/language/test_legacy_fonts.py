from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from qa_bot.language import legacy_fonts
from qa_bot.language.legacy_fonts import ENCODINGS, decode, detect, encode, encoding_of_font, fix

# Built from Unicode itself, not from the JSON, so the tables are checked against it.
TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
LOWER = [unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in TONES] + ["đ"]
UPPER = [ch.upper() for ch in LOWER]
UNTONED_UPPER = set("AĂÂEÊIOÔƠUƯYĐ")

UNICODE_PARAGRAPHS = [
    "Đề nghị các đơn vị báo cáo kết quả về Văn phòng trước ngày 30 tháng 9 năm 2019.",
    "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành khẩn trương triển khai kế hoạch hỗ trợ "
    "doanh nghiệp nhỏ và vừa. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị "
    "phản ánh kịp thời về Sở Nội vụ để được hướng dẫn giải quyết.",
    "Hội nghị trực tuyến sẽ được tổ chức vào sáng thứ Hai. Đề nghị các đơn vị chuẩn bị đầy đủ "
    "thiết bị và cử cán bộ kỹ thuật hỗ trợ.",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Kích thước hạt 5 µm",  # one stray Latin-1 symbol must not tip a Unicode line
]

TCVN3_PARAGRAPH = (
    "Uû ban nh©n d©n tØnh yªu cÇu c¸c së, ban, ngµnh khÈn tr\xad¬ng triÓn khai kÕ ho¹ch hç trî "
    "doanh nghiÖp nhá vµ võa. Trong qu¸ tr×nh thùc hiÖn, nÕu cã khã kh¨n, v\xadíng m¾c, c¸c ®¬n vÞ "
    "ph¶n ¸nh kÞp thêi vÒ Së Néi vô ®Ó ®\xadîc h\xadíng dÉn gi¶i quyÕt."
)
TCVN3_PARAGRAPH_UNICODE = (  # "Uỷ" is the old tone placement the typist used
    "Uỷ ban nhân dân tỉnh yêu cầu các sở, ban, ngành khẩn trương triển khai kế hoạch hỗ trợ "
    "doanh nghiệp nhỏ và vừa. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị "
    "phản ánh kịp thời về Sở Nội vụ để được hướng dẫn giải quyết."
)
VNI_PARAGRAPH = (
    "Hoäi nghò tröïc tuyeán seõ ñöôïc toå chöùc vaøo saùng thöù Hai. Ñeà nghò caùc ñôn vò chuaån "
    "bò ñaày ñuû thieát bò vaø cöû caùn boä kyõ thuaät hoã trôï. ÑEÀ NGHÒ CAÙC ÑÔN VÒ THÖÏC HIEÄN."
)
VNI_PARAGRAPH_UNICODE = (
    "Hội nghị trực tuyến sẽ được tổ chức vào sáng thứ Hai. Đề nghị các đơn vị chuẩn "
    "bị đầy đủ thiết bị và cử cán bộ kỹ thuật hỗ trợ. ĐỀ NGHỊ CÁC ĐƠN VỊ THỰC HIỆN."
)


def _mismatches(letters, encoding, expect=lambda ch: ch):
    return [(ch, encode(ch, encoding), decode(encode(ch, encoding), encoding))
            for ch in letters if decode(encode(ch, encoding), encoding) != expect(ch)]


# --- tables -------------------------------------------------------------------

def test_json_covers_every_letter_of_both_cases():
    path = Path(legacy_fonts.__file__).with_name("legacy_fonts.json")
    tables = json.loads(path.read_text(encoding="utf-8"))
    assert set(tables["tcvn3"]) == set(tables["vni"]) == set(LOWER + UPPER)
    assert set(tables["tcvn3_upper"]) == set(UPPER)
    assert len(set(LOWER)) == 73  # 12 vowels x 6 tones + đ


def test_tables_agree_with_published_code_points():
    # TCVN 5712:1993 bytes (as cp1252 text) and VNI-Windows mark bytes
    assert encode("ư", "tcvn3") == "\xad" and encode("Ư", "tcvn3") == "\xa6"
    assert encode("á", "tcvn3") == "\xb8" and encode("ỵ", "tcvn3") == "\xfe"
    assert encode("đĐ", "tcvn3") == "\xae\xa7"
    assert encode("ợ", "vni") == "\xf4\xef" and encode("Ợ", "vni") == "\xd4\xcf"
    assert encode("ĩ", "vni") == "\xf3" and encode("đĐ", "vni") == "\xf1\xd1"


# --- round trips ----------------------------------------------------------------

def test_vni_round_trips_every_letter_both_cases():
    assert _mismatches(LOWER + UPPER, "vni") == []


def test_tcvn3_round_trips_lowercase_and_untoned_capitals():
    assert _mismatches(LOWER + sorted(UNTONED_UPPER), "tcvn3") == []


def test_tcvn3_lowercase_font_shows_toned_capitals_as_lowercase():
    # .VnTime has no "Á": it is typed with the "á" code, and that is what the reader saw.
    toned = [ch for ch in UPPER if ch not in UNTONED_UPPER]
    assert _mismatches(toned, "tcvn3", expect=str.lower) == []


def test_tcvn3_upper_round_trips_every_capital():
    assert _mismatches(UPPER, "tcvn3_upper") == []
    # the H font draws the lowercase code as the capital
    assert encode("ă", "tcvn3_upper") == encode("Ă", "tcvn3_upper") == "\xa8"


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_paragraph_round_trip(encoding):
    text = UNICODE_PARAGRAPHS[0]  # no toned capitals, which .VnTime cannot show
    assert decode(encode(text, encoding), encoding) == text


# --- known samples --------------------------------------------------------------

def test_known_short_samples():
    assert decode("C«ng v¨n sè 245", "tcvn3") == "Công văn số 245"
    assert decode("Coâng vaên soá 245", "vni") == "Công văn số 245"
    assert decode("Vieät Nam", "vni") == "Việt Nam"
    assert decode("VIEÄT NAM ñ Ñ", "vni") == "VIỆT NAM đ Đ"
    assert decode("C«ng v¨n sè 245 … hç trî", "tcvn3") == "Công văn số 245 … hỗ trợ"
    assert decode("ý Ý", "tcvn3") == "ý í"  # 0xFD is "ý" in both; 0xDD is TCVN3 "í"


def test_full_sentences():
    assert decode(TCVN3_PARAGRAPH, "tcvn3") == TCVN3_PARAGRAPH_UNICODE
    assert decode(VNI_PARAGRAPH, "vni") == VNI_PARAGRAPH_UNICODE


def test_h_font_text_decodes_to_capitals():
    assert decode("céng hoµ x· héi chñ nghÜa viÖt nam", "tcvn3_upper") == (
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")


def test_vni_capital_base_with_lowercase_mark():
    assert decode("Aùnh saùng", "vni") == "Ánh sáng"


def test_decode_passes_non_codes_through_and_returns_nfc():
    assert decode("245/CV-UBND @#% 中文", "tcvn3") == "245/CV-UBND @#% 中文"
    assert decode("245/CV-UBND @#%", "vni") == "245/CV-UBND @#%"
    out = decode(TCVN3_PARAGRAPH, "tcvn3")
    assert out == unicodedata.normalize("NFC", out)


def test_unknown_encoding_is_an_error():
    with pytest.raises(ValueError):
        decode("x", "viscii")


# --- fonts ------------------------------------------------------------------------

@pytest.mark.parametrize("font, expected", [
    (".VnTime", "tcvn3"), ("VnTime", "tcvn3"), (".VNTIME", "tcvn3"), (".VnArial", "tcvn3"),
    (".VnCentury Schoolbook", "tcvn3"), (".VnTimeH", "tcvn3_upper"),
    (".VnArial NarrowH", "tcvn3_upper"), ("vntimeh", "tcvn3_upper"),
    ("VNI-Times", "vni"), ("VNI Times", "vni"), ("vni-helve", "vni"), ("VNI-Aptima", "vni"),
    ("Times New Roman", None), ("Arial", None), ("", None), (None, None),
])
def test_encoding_of_font(font, expected):
    assert encoding_of_font(font) == expected


# --- detection ----------------------------------------------------------------------

@pytest.mark.parametrize("text", UNICODE_PARAGRAPHS + [
    "The committee will review the annual budget report next Monday. Please send your "
    "comments to the secretariat before Friday.",
    "Our café serves crème brûlée and a naïve piña colada; señor Müller paid for the entrée.",
    "Je ne sais pas où il est allé, mais il reviendra à la maison après le dîner.",
    "hoi nghi truc tuyen nganh to chuc",
    "Số 245/CV-UBND ngày 12/3/2019",
    "",
])
def test_detect_leaves_other_text_alone(text):
    assert detect(text) is None
    assert fix(text) == text


@pytest.mark.parametrize("text, encoding", [
    (TCVN3_PARAGRAPH, "tcvn3"),
    (VNI_PARAGRAPH, "vni"),
    ("QuyÕt ®Þnh vÒ viÖc ban hµnh quy chÕ lµm viÖc", "tcvn3"),
    ("Quyeát ñònh veà vieäc ban haønh quy cheá laøm vieäc", "vni"),
    ("Tê tr×nh", "tcvn3"),
    ("Tôø trình", "vni"),
    ("C«ng v¨n sè 245", "tcvn3"),
    ("Coâng vaên soá 245", "vni"),
])
def test_detect_finds_legacy_text(text, encoding):
    assert detect(text) == encoding


def test_fix_decodes_detected_text():
    assert fix(TCVN3_PARAGRAPH) == TCVN3_PARAGRAPH_UNICODE
    assert fix(VNI_PARAGRAPH) == VNI_PARAGRAPH_UNICODE


def test_mixed_runs_are_decoded_run_by_run():
    # A .docx paragraph as (text, font) runs: only the legacy-font run is decoded,
    # because decoding the Unicode run too would damage it ("ô" is TCVN3 "ụ").
    runs = [("Kính gửi: ", "Times New Roman"), ("C«ng ty cæ phÇn", ".VnTime"),
            (" – ", None), ("VIEÄT NAM", "VNI-Times")]
    text = "".join(decode(t, enc) if (enc := encoding_of_font(font)) else t for t, font in runs)
    assert text == "Kính gửi: Công ty cổ phần – VIỆT NAM"
    assert decode("Kính gửi: Công ty", "tcvn3") != "Kính gửi: Công ty"
