"""Files → paragraphs → chunks: the paragraph contract of DESIGN.md."""

from __future__ import annotations

import unicodedata

import pytest

from qa_bot import IngestError, Settings
from qa_bot.ingest.boilerplate import mark_citable
from qa_bot.ingest.chunking import Chunker
from qa_bot.ingest.documents import SourceFile, find_files, read_document
from qa_bot.language.text import fold, sentence_spans
from qa_bot.types import Paragraph


def read(path):
    return read_document(SourceFile(path, path.name), Settings())


def test_txt_every_non_blank_line_is_a_paragraph(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Dòng một.\n\n\nDòng hai có chữ.\nDòng ba liền kề.\n   \n", encoding="utf-8")
    doc = read(f)
    assert [(p.number, p.line, p.text) for p in doc.paragraphs] == [
        (1, 1, "Dòng một."), (2, 4, "Dòng hai có chữ."), (3, 5, "Dòng ba liền kề."),
    ]


def test_utf8_bom_and_nfd_text_are_normalised_to_nfc(tmp_path):
    f = tmp_path / "bom.txt"
    nfd = unicodedata.normalize("NFD", "Đảng ủy cơ quan")
    f.write_bytes(b"\xef\xbb\xbf" + nfd.encode("utf-8"))
    (p,) = read(f).paragraphs
    assert p.text == unicodedata.normalize("NFC", "Đảng ủy cơ quan")


def test_utf16_with_bom_is_decoded(tmp_path):
    f = tmp_path / "u16.txt"
    f.write_bytes("Hội nghị trực tuyến có 71 điểm cầu".encode("utf-16"))
    assert read(f).paragraphs[0].text == "Hội nghị trực tuyến có 71 điểm cầu"


def test_markdown_blocks_headings_and_list_items(tmp_path):
    f = tmp_path / "n.md"
    f.write_text("# Tiêu đề\nĐoạn một dòng một\ndòng hai.\n\n- mục một\n- mục hai\n\nĐoạn cuối.\n", encoding="utf-8")
    paras = [(p.number, p.line, p.text) for p in read(f).paragraphs]
    assert paras == [
        (1, 1, "# Tiêu đề"), (2, 2, "Đoạn một dòng một\ndòng hai."),
        (3, 5, "- mục một"), (4, 6, "- mục hai"), (5, 8, "Đoạn cuối."),
    ]


@pytest.mark.parametrize("content,reason", [
    (b"", "empty"), (b"  \n\n ", "empty"), (b"\xff\xfe\x00\x00binary\x00", "binary"),
    (b"T\xf4i l\xe0 ng\xb0\xeai", "UTF-8"),
])
def test_unreadable_files_raise_a_clear_ingest_error(tmp_path, content, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(IngestError) as err:
        read(f)
    assert "bad.txt" in str(err.value) and reason in str(err.value)


def test_unknown_format_is_reported_not_indexed(tmp_path):
    (tmp_path / "x.xyz").write_text("hello", encoding="utf-8")
    files, errors = find_files([tmp_path / "x.xyz"])
    assert files == [] and "unsupported format .xyz" in str(errors[0])
    # inside a folder too: listed with its reason, never dropped in silence (an Office lock file as well)
    (tmp_path / "~$bao_cao.docx").write_bytes(b"\x00lock")
    files, errors = find_files([tmp_path])
    assert files == []
    assert [(e.source, e.reason.split(";")[0]) for e in errors] == [
        ("x.xyz", "unsupported format .xyz"),
        ("~$bao_cao.docx", "an Office lock file (the document is open in Word or Excel), not a document")]


def test_sources_are_relative_posix_paths(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    files, _ = find_files([tmp_path])
    assert [f.source for f in files] == ["a.md", "sub/b.txt"]


def test_seed_chrome_is_not_citable():
    files, _ = find_files(["seeds"])
    docs = {f.source: read_document(f, Settings()) for f in files}
    chrome = {p.text for d in docs.values() for p in d.paragraphs if not p.citable}
    assert {"Video", "mask", "a", "Các bài viết khác", "Quang cảnh tại điểm cầu Nghệ An. Ảnh: Thanh Lê"} <= chrome
    # datelines, page tools and an empty source credit
    assert {"Thứ Năm, 21/6/2018", "4/3/2017 21:16' Gửi bài này In bài này", "23/10/2015 | 1104",
            "23/11/2011 - 08:24", "Nguồn tin: Đang cập nhật"} <= chrome
    # headings stay citable, a title with a date in it too
    citable = {p.text for d in docs.values() for p in d.paragraphs if p.citable}
    assert {"5. Một số kinh nghiệm", "Giao ban trực tuyến Ngành Tổ chức xây dựng Đảng tháng 11-2018"} <= citable
    # the link list after "Các bài viết khác" is chrome, cut titles included
    assert all(not p.citable for p in docs["002_bbfe88c0dd411bae.txt"].paragraphs[42:])
    # a long content paragraph that merely ends with a photo credit stays citable
    assert docs["004_f1f41421099c2c4c.txt"].paragraphs[5].citable


def test_a_short_line_of_figures_is_content_not_a_dateline():
    lines = ["Năm 2020: 12 tỷ đồng", "Thứ Hai, 3/5/2021", "Doanh thu quý I tăng mạnh so với cùng kỳ"]
    paragraphs = [Paragraph("t.txt", n, n, text) for n, text in enumerate(lines, start=1)]
    assert [p.citable for p in mark_citable(paragraphs)] == [True, False, True]


def test_chunks_are_exact_slices_that_never_cross_a_paragraph():
    files, _ = find_files(["seeds"])
    chunker = Chunker(Settings(chunk_size=200, chunk_overlap=40))
    for f in files:
        doc = read_document(f, Settings())
        for c in chunker.chunk_document(doc):
            p = doc.paragraphs[c.paragraph - 1]
            assert p.text[c.start : c.end] == c.text and c.line == p.line
            assert len(c.text) <= 200
    long = max((p for p in doc.paragraphs if p.citable), key=lambda p: len(p.text))
    assert len(chunker.chunk_paragraph(long)) > 1


def test_sentences_stop_before_a_character_cut_by_the_scraper():
    text = "Câu đầu tiên đầy đủ. Câu thứ hai bị cắt giữa chừng tại đ\ufffd"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["Câu đầu tiên đầy đủ.", "Câu thứ hai bị cắt giữa chừng tại"]
    short = "Câu đầu tiên đầy đủ. Hai từ đ\ufffd"
    assert [short[s:e] for s, e in sentence_spans(short)] == ["Câu đầu tiên đầy đủ."]


def test_folding_removes_vietnamese_diacritics_including_d_stroke():
    assert fold("Đảng ủy Cơ quan") == "dang uy co quan"


def test_a_sentence_goes_on_after_an_ellipsis_in_parentheses():
    text = "Nhiều địa phương (Hà Giang, Yên Bái…) đã phê duyệt đề án thí điểm. Câu sau bắt đầu ở đây."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Nhiều địa phương (Hà Giang, Yên Bái…) đã phê duyệt đề án thí điểm.", "Câu sau bắt đầu ở đây."]


def test_a_long_sentence_is_cut_at_semicolons_but_not_inside_brackets():
    """002 ¶25: the breakdown in brackets stays whole, so "bổ nhiệm lại ... 78 trường hợp" is quotable
    together with what it breaks down."""
    files, _ = find_files(["seeds"])
    doc = read_document(next(f for f in files if f.path.name.startswith("002_")), Settings())
    p = doc.paragraphs[24]
    pieces = [p.text[s:e] for s, e in sentence_spans(p.text)]
    assert any("(bổ nhiệm 88 trường hợp;" in s and s.endswith("quản lý 78 trường hợp).") for s in pieces)
    assert all(s.count("(") == s.count(")") for s in pieces)
    # the sentence before the brackets is still cut at its semicolon: quotes stay readable
    assert any(s.endswith("bổ nhiệm lại 04 Thứ trưởng;") for s in pieces)
