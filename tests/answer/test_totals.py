"""A question about a whole is answered by a table's total row (answer/totals.py), with a real index."""

from __future__ import annotations

import docx
import pytest

from qa_bot import QABot
from qa_bot.answer.totals import whole_words
from qa_bot.ingest.tables import is_total
from qa_bot.language.question import read

UNITS = [("Thành phố Hà Thanh", "86", "1.742", "58.315"), ("Thị xã Trường Lạc", "47", "812", "26.408"),
         ("Huyện Vĩnh Khang", "63", "905", "27.136"), ("Tổng cộng", "196", "3.459", "111.859")]


@pytest.fixture(scope="module")
def report_bot(tmp_path_factory) -> QABot:
    folder = tmp_path_factory.mktemp("report")
    d = docx.Document()
    d.add_paragraph("Năm học 2022-2023, ngành giáo dục tỉnh tiếp tục thực hiện Chương trình giáo dục phổ thông 2018.")
    d.add_paragraph("Toàn tỉnh có 196 trường mầm non, tiểu học và trung học cơ sở với 111.859 học sinh. "
                    "Quy mô trường, lớp theo từng đơn vị được tổng hợp tại Bảng 1.")
    d.add_paragraph("Bảng 1. Quy mô trường, lớp, học sinh năm học 2022-2023")
    t = d.add_table(rows=1 + len(UNITS), cols=4)
    for j, h in enumerate(["Đơn vị", "Số trường", "Số lớp", "Số học sinh"]):
        t.cell(0, j).text = h
    for i, row in enumerate(UNITS, start=1):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_paragraph("Năm học 2023-2024, ngành phấn đấu có thêm 25 trường đạt chuẩn quốc gia.")
    d.save(folder / "bao_cao_nam_hoc.docx")
    return QABot.build([folder], index_dir=folder / "index")


def test_a_question_about_the_whole_is_answered_by_the_total_row(report_bot: QABot):
    # the prose names the whole ("Toàn tỉnh có 196 trường") and other figures; the total row holds the classes
    a = report_bot.ask("Toàn tỉnh có bao nhiêu lớp học trong năm học 2022-2023?")
    assert not a.abstained and "Đơn vị: Tổng cộng" in a.citations[0].quote and "3.459" in a.citations[0].quote
    assert "total row" in a.why


def test_a_question_about_one_unit_keeps_its_row(report_bot: QABot):
    a = report_bot.ask("Thị xã Trường Lạc có bao nhiêu lớp học?")
    assert not a.abstained and "Thị xã Trường Lạc" in a.citations[0].quote and "812" in a.citations[0].quote


@pytest.mark.parametrize("question, whole", [
    ("Toàn tỉnh có bao nhiêu bác sĩ?", {"toan", "tinh"}), ("Cả tỉnh có tất cả bao nhiêu xã?", {"ca", "tinh", "tat"}),
    ("How many doctors does the province have in total?", {"in", "total"}),
    ("Tổng Bí thư chủ trì hội nghị nào?", set()), ("Huyện Hòa Mỹ có bao nhiêu trường?", set()),
])
def test_what_asks_for_a_whole(question, whole):
    assert whole_words(read(question)) == whole


def test_a_total_row_is_told_by_its_first_cell():
    assert is_total("Bảng 1. Quy mô — Đơn vị: Tổng cộng; Số trường: 196") and is_total("Cộng; 5.338,7")
    assert not is_total("Bảng 1. Quy mô — Đơn vị: Huyện Tổng Sơn; Số trường: 12")
