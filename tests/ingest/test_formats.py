"""Real documents: PDF, DOCX, HTML, Windows-1258 and UTF-16 text, made at test time.

Each fixture is written by a real library (reportlab with a real TrueType font,
python-docx, the cp1258 / utf-16 codecs), read by the real readers (pypdf,
python-docx, BeautifulSoup, charset-normalizer), indexed with the real model,
and asked about in Vietnamese: the answer must cite the right file, paragraph,
line (and page), with a quote found verbatim in what the file itself holds.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from pathlib import Path

import docx
import matplotlib
import pypdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, SimpleDocTemplate
from reportlab.platypus import Paragraph as RLParagraph

from qa_bot import IngestError, QABot, Settings
from qa_bot.ingest.documents import SUPPORTED, SourceFile, decode, find_files, read_document

# DejaVu Sans has every Vietnamese letter; matplotlib ships it, so no system font is needed.
FONT = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def squash(text: str) -> str:
    return " ".join(text.split())


def cp1258(text: str) -> bytes:
    """Encode like a Windows-1258 editor: precomposed where the code page has the letter,
    else the base letter (â, ơ, ư, ... are in the code page) plus a combining tone mark."""
    out = []
    for ch in nfc(text):
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = nfc("".join(c for c in parts if c not in TONES))
            out.append((base + "".join(c for c in parts if c in TONES)).encode("cp1258"))
    return b"".join(out)


def read(path: Path, settings: Settings | None = None):
    return read_document(SourceFile(path, path.name), settings or Settings())


# ---- the documents ------------------------------------------------------------------------------

PDF_PAGES = [
    [
        ("h", "Báo cáo hoạt động năm 2023"),
        ("p", "Sáng ngày 12 tháng 3, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị tổng kết công tác năm "
              "với sự tham dự của đông đảo đại biểu đến từ các sở, ban, ngành và địa phương trong toàn "
              "tỉnh. Hội nghị diễn ra trong không khí phấn khởi."),
        ("p", "Các đại biểu thống nhất đánh giá năm qua là một năm nhiều thành tựu."),
    ],
    [
        ("h", "Năng lượng tái tạo của tỉnh"),
        ("p", "Trang trại điện mặt trời ở tỉnh Ninh Thuận có công suất 450 megawatt và được khánh thành "
              "vào năm 2020 sau hai năm xây dựng liên tục."),
        ("p", "Các trang trại điện gió ven biển cũng được mở rộng trong những năm gần đây."),
    ],
]


def make_pdf(path: Path, pages=PDF_PAGES) -> Path:
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    styles = {
        "h": ParagraphStyle("h", fontName="DejaVu", fontSize=16, leading=20, spaceAfter=10),
        "p": ParagraphStyle("p", fontName="DejaVu", fontSize=11, leading=14, spaceAfter=8),
    }
    story = []
    for i, page in enumerate(pages):
        if i:
            story.append(PageBreak())
        story += [RLParagraph(text, styles[kind]) for kind, text in page]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def make_docx(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Thư viện tỉnh Lâm Đồng", level=1)                                   # body paragraph 1
    d.add_paragraph("Thư viện được thành lập từ năm 1976 và phục vụ bạn đọc toàn tỉnh.")  # 2
    d.add_paragraph("")                                                                 # 3 (empty)
    p = d.add_paragraph("Hiện nay thư viện lưu giữ hơn ")                              # 4
    p.add_run("85.000 đầu sách").bold = True
    p.add_run(", trong đó có nhiều sách cổ quý hiếm.")
    table = d.add_table(rows=2, cols=2)                                                 # 5-8
    for (r, c), text in {(0, 0): "Năm", (0, 1): "Số bạn đọc", (1, 0): "2023", (1, 1): "120.000"}.items():
        table.cell(r, c).text = text
    d.add_paragraph("Thư viện mở cửa từ thứ Hai đến thứ Bảy hằng tuần, trừ ngày lễ.")      # 9
    d.save(str(path))
    return path


HTML = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Cầu Rồng</title>
<style>.note { color: red }</style><script>var draft = "Cầu Rồng dài 999 mét";</script></head>
<body>
<nav><a href="/">Trang chủ</a> | <a href="/du-lich">Du lịch</a></nav>
<h1>Cầu Rồng ở Đà Nẵng</h1>
<p>Cầu Rồng bắc qua sông Hàn ở thành phố Đà Nẵng, dài 666 mét và rộng 37,5 mét.</p>
<p>Vào tối thứ Bảy và Chủ nhật, đầu rồng
   phun lửa và <b>phun nước</b> cho du khách xem.</p>
<noscript>Hãy bật JavaScript để xem bản đồ.</noscript>
<div hidden>Cầu Rồng dài 888 mét theo một bản nháp cũ.</div>
<template><p>Mẫu không hiển thị</p></template>
<!-- Cầu Rồng dài 777 mét trong một ghi chú -->
</body></html>
"""

LEGACY_LINES = [
    "Tin tức y tế",
    "",
    "Hội nghị trực tuyến của Bộ Y tế có 71 điểm cầu trên cả nước.",
    "Các đại biểu đã thảo luận về công tác phòng chống dịch bệnh trong mùa mưa.",
]

UTF16_LINES = [
    "Khu bảo tồn biển Cù Lao Chàm thuộc tỉnh Quảng Nam.",
    "Các nhà khoa học đã ghi nhận 277 loài san hô tại Cù Lao Chàm.",
]


def write_documents(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    make_pdf(folder / "report.pdf")
    make_docx(folder / "library.docx")
    (folder / "bridge.html").write_text(HTML, encoding="utf-8")
    (folder / "legacy.txt").write_bytes(cp1258("\r\n".join(LEGACY_LINES) + "\r\n"))
    (folder / "reef.txt").write_bytes("\n".join(UTF16_LINES).encode("utf-16"))
    return folder


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> Path:
    return write_documents(tmp_path_factory.mktemp("formats") / "docs")


@pytest.fixture(scope="module")
def formats_bot(documents, tmp_path_factory) -> QABot:
    return QABot.build([documents], index_dir=tmp_path_factory.mktemp("formats-index") / "idx")


# ---- each reader on its own ---------------------------------------------------------------------


def test_new_formats_are_registered_and_found(documents):
    assert {".pdf", ".docx", ".html", ".htm"} <= set(SUPPORTED)
    files, errors = find_files([documents])
    assert [f.source for f in files] == ["bridge.html", "legacy.txt", "library.docx", "reef.txt", "report.pdf"]
    assert errors == []


def test_pdf_paragraphs_pages_and_lines(documents):
    doc = read(documents / "report.pdf")
    assert doc.format == "pdf"
    (h1, p1, p2), (h2, p3, p4) = ([text for _, text in page] for page in PDF_PAGES)
    # reportlab wraps p1 over three lines and p3 over two; a paragraph never crosses a page
    assert [(p.number, p.page, p.line, p.text) for p in doc.paragraphs] == [
        (1, 1, 1, h1), (2, 1, 2, p1), (3, 1, 5, p2),
        (4, 2, 1, h2), (5, 2, 2, p3), (6, 2, 4, p4),
    ]
    # `line` is the line of the page's extracted text where the paragraph starts
    reader = pypdf.PdfReader(documents / "report.pdf")
    for p in doc.paragraphs:
        lines = reader.pages[p.page - 1].extract_text().split("\n")
        assert p.text.startswith(lines[p.line - 1].strip())
        assert squash(p.text) in squash(" ".join(lines))


def test_docx_paragraphs_tables_and_paragraph_index_lines(documents):
    doc = read(documents / "library.docx")
    got = [(p.number, p.line, p.text) for p in doc.paragraphs]
    assert got == [
        (1, 1, "Thư viện tỉnh Lâm Đồng"),
        (2, 2, "Thư viện được thành lập từ năm 1976 và phục vụ bạn đọc toàn tỉnh."),
        (3, 4, "Hiện nay thư viện lưu giữ hơn 85.000 đầu sách, trong đó có nhiều sách cổ quý hiếm."),
        # a table: one paragraph per body row, each cell with its column header (ingest/tables.py);
        # the row's line is that of its first cell's paragraph, cells counted as before
        (4, 7, "Năm: 2023; Số bạn đọc: 120.000"),
        (5, 9, "Thư viện mở cửa từ thứ Hai đến thứ Bảy hằng tuần, trừ ngày lễ."),
    ]
    # a table row is content, whatever its length
    assert [p.citable for p in doc.paragraphs] == [True, True, True, True, True]


def test_docx_merged_cells_are_read_once(tmp_path):
    d = docx.Document()
    table = d.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Ô gộp ba cột của bảng số liệu"
    table.cell(1, 0).text = "Cột một có đủ chữ để trích dẫn"
    d.save(str(tmp_path / "merged.docx"))
    texts = [p.text for p in read(tmp_path / "merged.docx").paragraphs]
    # two rows without a figure: laid out text, not data (tables.is_layout), read cell by cell
    assert texts == ["Ô gộp ba cột của bảng số liệu", "Cột một có đủ chữ để trích dẫn"]


def test_html_visible_text_only_with_source_lines(documents):
    doc = read(documents / "bridge.html")
    got = [(p.number, p.line, p.text) for p in doc.paragraphs]
    assert got == [
        (1, 6, "Trang chủ | Du lịch"),
        (2, 7, "Cầu Rồng ở Đà Nẵng"),
        (3, 8, "Cầu Rồng bắc qua sông Hàn ở thành phố Đà Nẵng, dài 666 mét và rộng 37,5 mét."),
        (4, 9, "Vào tối thứ Bảy và Chủ nhật, đầu rồng phun lửa và phun nước cho du khách xem."),
    ]
    everything = " ".join(p.text for p in doc.paragraphs)
    for hidden in ("999", "888", "777", "JavaScript", "Mẫu", "color", "var draft", "Cầu Rồng</title>"):
        assert hidden not in everything


def test_html_blocks_nested_in_divs_lists_tables_pre_and_br(tmp_path):
    f = tmp_path / "layout.htm"
    f.write_text(
        "<div>Chữ nằm thẳng trong div\n<p>Đoạn văn bên trong div</p>\nchữ sau đoạn văn</div>\n"
        "<ul><li>Mục một <p>đoạn trong mục</p></li><li>Mục hai</li></ul>\n"
        "<table><tr><th>Tỉnh</th><td>Nghệ An</td></tr></table>\n"
        "<pre>dòng một\n    dòng hai thụt lề</pre>\n"
        "<blockquote>Câu trích<br>dòng thứ hai</blockquote>\n"
        "<section><span>Chỉ có</span> <em>phần tử</em> nội dòng</section>",
        encoding="utf-8",
    )
    got = [(p.line, p.text) for p in read(f).paragraphs]
    assert got == [
        (1, "Chữ nằm thẳng trong div"), (2, "Đoạn văn bên trong div"), (2, "chữ sau đoạn văn"),
        (4, "Mục một"), (4, "đoạn trong mục"), (4, "Mục hai"),
        (5, "Tỉnh"), (5, "Nghệ An"),
        (6, "dòng một\n    dòng hai thụt lề"),
        (8, "Câu trích\ndòng thứ hai"),
        (9, "Chỉ có phần tử nội dòng"),
    ]


def test_windows_1258_text_is_decoded_and_composed(documents):
    raw = (documents / "legacy.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\xf2" in raw  # a combining dot below: cp1258 writes tones as separate marks
    doc = read(documents / "legacy.txt")
    assert [(p.number, p.line, p.text) for p in doc.paragraphs] == [
        (1, 1, LEGACY_LINES[0]), (2, 3, LEGACY_LINES[2]), (3, 4, LEGACY_LINES[3]),
    ]
    assert all(unicodedata.is_normalized("NFC", p.text) for p in doc.paragraphs)


@pytest.mark.parametrize("sentence", [
    "Hội nghị trực tuyến có 71 điểm cầu trên cả nước.",
    "Đảng ủy khối cơ quan tỉnh Quảng Ngãi tổ chức lễ kỷ niệm.",
    "Người dân ở Hà Nội được hưởng lợi.",
    "Xin chào các bạn",
])
def test_short_windows_1258_sentences(sentence):
    assert decode(cp1258(sentence), "x.txt") == nfc(sentence)


def test_a_whole_news_article_in_windows_1258_reads_as_in_utf8(tmp_path):
    seed = Path(__file__).resolve().parents[2] / "seeds" / "003_ac896c5b02962443.txt"
    (tmp_path / "article.txt").write_bytes(cp1258(seed.read_text(encoding="utf-8")))
    as_utf8 = read_document(SourceFile(seed, "article.txt"), Settings())
    assert read(tmp_path / "article.txt").paragraphs == as_utf8.paragraphs


@pytest.mark.parametrize("data", [
    b"\xc3\x28\xc3\x28",                       # two broken UTF-8 sequences: too little text to tell
    b"Ban T\xc3\x28 broken now",                 # one stray byte in English
    b"T\xf4i l\xe0 ng\xb0\xeai",                   # a symbol inside a word
    b"Ch\xe0o c\xe1c b\xe1n \xff\xfe not utf-8",  # letters Vietnamese does not have
])
def test_broken_utf8_is_not_mistaken_for_a_legacy_code_page(data):
    with pytest.raises(IngestError) as err:
        decode(data, "x.txt")
    assert "not valid UTF-8" in err.value.reason and "save it as UTF-8" in err.value.reason


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_either_byte_order_mark(tmp_path, codec):
    f = tmp_path / "u16.md"
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[codec]
    f.write_bytes(bom + "# Tiêu đề\n\nĐoạn văn tiếng Việt có dấu.\n".encode(codec))
    assert [(p.line, p.text) for p in read(f).paragraphs] == [(1, "# Tiêu đề"), (3, "Đoạn văn tiếng Việt có dấu.")]


def test_html_in_windows_1258_declared_or_not(tmp_path):
    body = "<p>Hội nghị trực tuyến có 71 điểm cầu trên cả nước.</p>"
    declared = tmp_path / "declared.html"
    declared.write_bytes(b'<html><head><meta charset="windows-1258"></head><body>' + cp1258(body) + b"</body></html>")
    undeclared = tmp_path / "undeclared.html"
    undeclared.write_bytes(b"<html><body>" + cp1258(body) + b"</body></html>")
    for f in (declared, undeclared):
        assert [p.text for p in read(f).paragraphs] == ["Hội nghị trực tuyến có 71 điểm cầu trên cả nước."]


@pytest.mark.parametrize("charset", ["undefined", "rot13", "base64", "unicode_escape", "no-such-charset", "utf-8"])
def test_html_declaring_a_bogus_charset_is_still_read(tmp_path, charset):
    f = tmp_path / "bogus.html"
    f.write_bytes(f'<meta charset="{charset}"><p>'.encode() + cp1258("Hội nghị có 71 điểm cầu trên cả nước.") + b"</p>")
    assert [p.text for p in read(f).paragraphs] == ["Hội nghị có 71 điểm cầu trên cả nước."]


def test_other_legacy_code_pages_are_detected():
    assert decode("Привет, как дела? Это тестовый текст на русском языке.".encode("cp1251"), "ru.txt") \
        == "Привет, как дела? Это тестовый текст на русском языке."
    assert decode("It’s a “test” – done.".encode("cp1252"), "en.txt") == "It’s a “test” – done."
    french = "Ça va très bien, merci. Où est la gare? Je suis déjà là."
    assert decode(french.encode("cp1252"), "fr.txt") == french


# ---- broken PDF and DOCX files: an IngestError with a reason, never a traceback --------------------


def _truncated(path: Path, keep: float) -> bytes:
    data = path.read_bytes()
    return data[: int(len(data) * keep)]


@pytest.mark.parametrize("make,reason", [
    (lambda d: b"this is not a PDF at all, only text", "not a readable PDF"),
    (lambda d: b"%PDF-1.7\n" + bytes(range(256)) * 20, "not a readable PDF"),
    (lambda d: b"", "empty"),
    (lambda d: _truncated(d / "report.pdf", 0.1), "PDF"),
], ids=["text", "garbage-after-header", "empty", "truncated"])
def test_corrupt_pdf_is_a_clear_ingest_error(documents, tmp_path, make, reason):
    f = tmp_path / "broken.pdf"
    f.write_bytes(make(documents))
    with pytest.raises(IngestError) as err:
        read(f)
    assert err.value.source == "broken.pdf" and reason in err.value.reason


def test_password_protected_pdf_is_reported_and_owner_only_password_is_read(documents, tmp_path):
    for user, name in (("secret", "locked.pdf"), ("", "restricted.pdf")):
        writer = pypdf.PdfWriter(clone_from=documents / "report.pdf")
        writer.encrypt(user_password=user, owner_password="owner", algorithm="AES-256")
        writer.write(tmp_path / name)
    with pytest.raises(IngestError) as err:
        read(tmp_path / "locked.pdf")
    assert "password" in err.value.reason
    assert [p.text for p in read(tmp_path / "restricted.pdf").paragraphs] == \
        [p.text for p in read(documents / "report.pdf").paragraphs]


def test_pdf_without_a_text_layer_says_so(tmp_path):
    c = canvas.Canvas(str(tmp_path / "scan.pdf"))
    c.rect(100, 100, 300, 400, fill=1)  # a picture, no text
    c.showPage()
    c.save()
    with pytest.raises(IngestError) as err:
        read(tmp_path / "scan.pdf")
    assert "no text layer" in err.value.reason


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize("make,reason", [
    (lambda d: b"PK\x03\x04 this is not really a zip", "not a readable Word .docx"),
    (lambda d: _zip({"hello.txt": b"not a word document"}), "not a readable Word .docx"),
    (lambda d: _truncated(d / "library.docx", 0.5), "not a readable Word .docx"),
    (lambda d: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "old Word .doc"),
    (lambda d: _zip({"[Content_Types].xml": b"<Types", "word/document.xml": b"<w:document"}), "not a readable Word .docx"),
], ids=["not-zip", "zip-without-document", "truncated", "ole-doc", "broken-xml"])
def test_corrupt_docx_is_a_clear_ingest_error(documents, tmp_path, make, reason):
    f = tmp_path / "broken.docx"
    f.write_bytes(make(documents))
    with pytest.raises(IngestError) as err:
        read(f)
    assert err.value.source == "broken.docx" and reason in err.value.reason


# ---- indexed with the real model, asked in Vietnamese ---------------------------------------------

QUESTIONS = [
    # question, source, paragraph, line, page, words the quote must hold
    ("Trang trại điện mặt trời ở Ninh Thuận có công suất bao nhiêu megawatt?", "report.pdf", 5, 2, 2, "450 megawatt"),
    ("Thư viện tỉnh Lâm Đồng lưu giữ bao nhiêu đầu sách?", "library.docx", 3, 4, None, "85.000 đầu sách"),
    ("Cầu Rồng ở Đà Nẵng dài bao nhiêu mét?", "bridge.html", 3, 8, None, "666 mét"),
    ("Hội nghị trực tuyến của Bộ Y tế có bao nhiêu điểm cầu?", "legacy.txt", 2, 3, None, "71 điểm cầu"),
    ("Các nhà khoa học ghi nhận bao nhiêu loài san hô ở Cù Lao Chàm?", "reef.txt", 2, 2, None, "277 loài san hô"),
]


@pytest.mark.parametrize("question,source,paragraph,line,page,needle", QUESTIONS,
                         ids=[q[1] for q in QUESTIONS])
def test_answers_cite_the_right_paragraph_of_each_format(formats_bot, documents, question, source,
                                                         paragraph, line, page, needle):
    answer = formats_bot.ask(question)
    assert not answer.abstained, answer.text
    c = answer.citations[0]
    assert (c.source, c.paragraph, c.line, c.page) == (source, paragraph, line, page)
    assert needle in c.quote
    if page is not None:
        assert f"page {page}" in c.label
    # the quote is in the file itself, where the citation says
    assert squash(c.quote) in squash(_where(documents / source, c))


def _where(path: Path, c) -> str:
    """The text the file holds at the cited place, read without qa-bot's readers."""
    if path.suffix == ".pdf":
        return nfc(pypdf.PdfReader(path).pages[c.page - 1].extract_text())
    if path.suffix == ".docx":
        return nfc(docx.Document(str(path)).paragraphs[c.line - 1].text)
    raw = path.read_bytes()
    if path.suffix == ".html":
        text = raw.decode("utf-8")
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    else:
        text = raw.decode("cp1258")
    return nfc(text).splitlines()[c.line - 1]


def test_reloaded_index_keeps_pages_and_formats(formats_bot):
    reloaded = QABot.load(formats_bot.index_dir)
    assert reloaded.stats() == formats_bot.stats() == {**reloaded.stats(), "files": 5}
    formats = {d.source: d.format for d in reloaded.index.documents}
    assert formats == {"report.pdf": "pdf", "library.docx": "docx", "bridge.html": "html",
                       "legacy.txt": "text", "reef.txt": "text"}
    question = QUESTIONS[0][0]
    assert reloaded.ask(question).citations == formats_bot.ask(question).citations
    assert {p.page for p in reloaded.index.document("report.pdf").paragraphs} == {1, 2}
