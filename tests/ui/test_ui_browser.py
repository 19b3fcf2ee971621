"""The chat UI in a real browser: Debian's Chromium driven by Playwright, against `qa-bot serve`.

One server runs for the module, on its own copy of the session's seeds index
(the upload tests add files to it; the shared index is never touched).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import unicodedata
import urllib.request
from pathlib import Path

import pytest

playwright = pytest.importorskip("playwright.sync_api")
from playwright.sync_api import expect, sync_playwright  # noqa: E402

from qa_bot.language import bilingual  # noqa: E402

pytestmark = pytest.mark.browser
# a loaded CI machine can take seconds per step; auto-waiting makes this cheap when fast
expect.set_options(timeout=30_000)

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
CITED = "001_c378dda10a3fb69b.txt · ¶ 2 · line 2"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(seeds_index, tmp_path_factory):
    """`qa-bot serve` on its own copy of the seeds index (uploads change it)."""
    index = tmp_path_factory.mktemp("ui") / "seeds"
    shutil.copytree(seeds_index, index)
    log = (tmp_path_factory.mktemp("ui-log") / "server.log").open("w+b")
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "qa_bot.cli", "serve", "--index", str(index), "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.time() + 120
        while True:
            try:
                urllib.request.urlopen(url, timeout=2)
                break
            except OSError:
                if proc.poll() is not None or time.time() > deadline:
                    log.seek(0)
                    pytest.fail(f"qa-bot serve did not start:\n{log.read().decode(errors='replace')}")
                time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.seek(0)
        server_log = log.read().decode(errors="replace")
        log.close()
    assert "Traceback" not in server_log, server_log


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: run `make browser` (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server)
    expect(page.locator("#question textarea")).to_be_visible()
    yield page
    page.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def ask(page, question: str) -> None:
    """Type a question, send it, and wait until its answer is complete (cited, abstained or an error)."""
    box = page.locator("#question textarea")
    box.fill(question)
    page.locator("#ask").click()
    expect(box).to_have_value("")  # the question moved into the chat
    expect(bot_messages(page).last.locator(".qa-cite, .qa-abstain, .qa-error").first).to_be_visible()


def bot_messages(page):
    return page.locator("#chat [data-testid=bot]")


def upload(page, *paths: Path) -> None:
    page.locator("#upload input[type=file]").set_input_files([str(p) for p in paths])
    # the file component lists the uploads once they reached the server
    for p in paths:
        expect(page.locator("#upload").get_by_role("cell", name=p.name, exact=True)).to_be_visible()
    page.locator("#upload-btn").click()


def test_answer_streams_with_citation_and_a_click_opens_the_source(page, tmp_path):
    # record every text the last chat message shows, to see the answer arrive in pieces
    page.evaluate("""() => {
        window.__seen = [];
        new MutationObserver(() => {
            const bots = document.querySelectorAll('#chat [data-testid=bot]');
            if (bots.length) window.__seen.push(bots[bots.length - 1].innerText);
        }).observe(document.querySelector('#chat'), {childList: true, subtree: true, characterData: true});
    }""")
    ask(page, "Đến nay đã hoàn thành bao nhiêu đề án trình Ban Chấp hành Trung ương?")
    expect(bot_messages(page).last).to_contain_text("đề án")
    ask(page, "Hội nghị trực tuyến có bao nhiêu điểm cầu?")
    first, second = bot_messages(page).nth(0), bot_messages(page).nth(1)
    expect(second).to_contain_text("71 điểm cầu")
    expect(second).to_contain_text(f"[1] {CITED}")
    # how sure, shown: the band with its percentage, and why this quote
    expect(second.locator(".qa-band")).to_contain_text("Confident")
    expect(second.locator(".qa-band")).to_contain_text("%")
    expect(second.locator(".qa-band-confident")).to_have_css("background-color", "rgb(220, 252, 231)")
    expect(second.locator(".qa-why")).to_contain_text("Why:")
    seen = page.evaluate("window.__seen")
    assert any(s.startswith("“Chiều") and "71 điểm cầu" not in s for s in seen), "the answer did not stream"

    mark = page.locator("#viewer mark")
    # the viewer opens the newest answer's first citation; clicking the older answer's citation switches to it
    expect(mark).to_contain_text("71 điểm cầu")
    first.locator(".qa-cite .qa-ref").first.click()
    expect(mark).not_to_contain_text("71 điểm cầu")
    expect(page.locator("#viewer .qa-doc")).to_contain_text("004_f1f41421099c2c4c.txt")
    # ... and back: click the citation label of the answer about the video conference
    second.locator(".qa-ref", has_text=CITED).click()
    expect(mark).to_contain_text("71 điểm cầu")
    expect(page.locator("#viewer .qa-doc")).to_contain_text("001_c378dda10a3fb69b.txt")
    expect(page.locator("#viewer .qa-cited .qa-where")).to_contain_text("¶ 2 · line 2")
    # neighbours: ¶ 1 before, ¶ 3 and ¶ 4 after, each with its number
    for n in (1, 3, 4):
        expect(page.locator(f"#viewer .qa-para[data-paragraph='{n}'] .qa-where")).to_contain_text(f"¶ {n}")
    # what the page highlights is verbatim on the cited line of the file
    line = unicodedata.normalize("NFC", (ROOT / "seeds" / "001_c378dda10a3fb69b.txt").read_text(encoding="utf-8")
                                 .splitlines()[1])
    quoted = mark.inner_text()
    assert len(quoted) > 40 and quoted in line
    assert quoted in second.inner_text()
    # the same citation can be chosen under the chat
    expect(page.get_by_label(f"[1] {CITED}")).to_be_checked()
    # the README's picture is refreshed on request (`make screenshot`), so a test run leaves the tree as it was
    target = ROOT / "docs" / "screenshot.png" if os.environ.get("QA_BOT_SCREENSHOT") else tmp_path / "screenshot.png"
    target.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 10_000


def test_no_diacritics_and_an_abstained_answer_looks_different(page):
    page.locator("#mode").get_by_label("lexical").check()  # the retrieval settings reach bot.ask
    ask(page, "hoi nghi truc tuyen co bao nhieu diem cau")
    expect(bot_messages(page).last).to_contain_text("71 điểm cầu")
    page.locator("#mode").get_by_label("hybrid").check()
    expect(page.locator("#chat .qa-abstain")).to_have_count(0)
    ask(page, "Giá vàng hôm nay là bao nhiêu?")
    answer = bot_messages(page).last
    expect(answer.locator(".qa-abstain")).to_be_visible()
    expect(answer.locator(".qa-abstain")).to_contain_text("không chứa")
    expect(answer.locator(".qa-abstain")).to_have_css("border-left-color", "rgb(217, 119, 6)")
    # the nearest passages are offered, in the chat and as sources; each opens in the viewer
    nearest = answer.locator(".qa-ref")
    expect(nearest.first).to_contain_text("↗")
    expect(page.locator("#sources")).to_contain_text("↗")
    label = nearest.last.inner_text().lstrip("↗ ").strip()
    source, paragraph = label.split(" · ")[0], label.split(" · ")[1]
    nearest.last.click()
    expect(page.locator("#viewer .qa-doc")).to_contain_text(source)
    expect(page.locator("#viewer .qa-doc")).to_contain_text("nearest passage")
    expect(page.locator("#viewer .qa-cited .qa-where")).to_contain_text(paragraph + " ")


def test_an_uncertain_answer_is_labelled_and_worded_apart(page, tmp_path):
    """In-house q-paraphrase: answered right, at a confidence (0.49) well between the abstention
    threshold (0.114) and the confident cut (0.65)."""
    ask(page, "Buổi họp trực tuyến cuối tháng 10 năm 2018 kết nối với bao nhiêu địa điểm?")
    answer = bot_messages(page).last
    band = answer.locator(".qa-band-uncertain")
    expect(band).to_contain_text("Uncertain")
    expect(band).to_contain_text("%")
    expect(band).to_have_css("border-top-style", "dashed")
    expect(answer.locator(".qa-uncertain-note")).to_contain_text("Possibly relevant")
    expect(answer.locator(".qa-why")).to_contain_text("Why:")
    expect(answer).to_contain_text("71 điểm cầu")
    target = ROOT / "docs" / "uncertain.png" if os.environ.get("QA_BOT_SCREENSHOT") else tmp_path / "uncertain.png"
    target.parent.mkdir(exist_ok=True)
    answer.screenshot(path=str(target))
    assert target.stat().st_size > 5_000


def test_errors_are_friendly_messages_not_tracebacks(page):
    ask(page, "   ")
    error = bot_messages(page).last.locator(".qa-error")
    expect(error).to_contain_text("question is empty")
    ask(page, "điểm cầu " * 300)
    expect(bot_messages(page).last.locator(".qa-error")).to_contain_text("characters long")
    expect(page.locator("#chat")).not_to_contain_text("Traceback")


def test_upload_then_ask_and_unreadable_files_are_listed(page, tmp_path):
    good = tmp_path / "uc.txt"
    good.write_text("Thủ đô của nước Úc là thành phố Canberra từ năm 1913.\n", encoding="utf-8")
    bad = tmp_path / "hong.txt"
    bad.write_bytes(b"Ban T\xc3\x28 broken \xff\xfe\xfa")
    expect(page.locator("#stats")).to_contain_text("5 tệp / files")
    upload(page, good, bad)
    log = page.locator("#upload-log")
    expect(log).to_contain_text("uc.txt", timeout=60_000)
    expect(log).to_contain_text("hong.txt")
    expect(log).to_contain_text("UTF-8")
    expect(page.locator("#stats")).to_contain_text("6 tệp / files")
    ask(page, "Thủ đô của nước Úc là thành phố nào?")
    answer = bot_messages(page).last
    expect(answer).to_contain_text("Canberra")
    expect(answer).to_contain_text("uc.txt · ¶ 1 · line 1")
    answer.locator(".qa-ref", has_text="uc.txt").click()
    expect(page.locator("#viewer mark")).to_contain_text("Canberra")
    # what was indexed before is still answered
    ask(page, "Hội nghị trực tuyến có bao nhiêu điểm cầu?")
    expect(bot_messages(page).last).to_contain_text("71 điểm cầu")


def test_html_in_documents_is_shown_as_text_and_never_runs(page, tmp_path):
    evil = tmp_path / "evil.md"
    evil.write_text(
        "Mật khẩu kho lưu trữ của phòng hành chính là <script>window.__xss=1</script> theo quy định mới.\n\n"
        "Ảnh đại diện của phòng hành chính là <img src=x onerror=\"window.__xss=2\"> theo quy định mới.\n",
        encoding="utf-8",
    )
    upload(page, evil)
    expect(page.locator("#upload-log")).to_contain_text("evil.md", timeout=60_000)
    ask(page, "Mật khẩu kho lưu trữ của phòng hành chính là gì?")
    answer = bot_messages(page).last
    expect(answer).to_contain_text("<script>window.__xss=1</script>")
    page.get_by_label("[1] evil.md", exact=False).first.check()
    viewer = page.locator("#viewer")
    expect(viewer.locator("mark")).to_contain_text("<script>window.__xss=1</script>")
    expect(viewer).to_contain_text('<img src=x onerror="window.__xss=2">')
    assert page.evaluate("window.__xss") is None
    assert page.locator("#chat script, #viewer script, #chat img[src=x], #viewer img[src=x]").count() == 0


def test_upload_names_cannot_leave_the_upload_folder():
    from qa_bot.ui.app import safe_upload_name

    assert safe_upload_name("../../etc/passwd.txt") == "passwd.txt"
    assert safe_upload_name("..\\..\\windows\\notes.md") == "notes.md"
    assert safe_upload_name("/abs/path/uc.txt") == "uc.txt"
    for bad in ("", "..", ".", "a/..", "dir/"):
        assert safe_upload_name(bad) is None


WHERE = "Hội nghị giao ban trực tuyến Ngành Tổ chức xây dựng Đảng tháng 11-2018 được tổ chức ở đâu?"


def test_a_follow_up_in_the_chat_each_tab_its_own_conversation(page, browser, server, tmp_path):
    ask(page, WHERE)
    expect(bot_messages(page).last.locator("b.qa-short")).to_have_text("Hà Nội")
    ask(page, "Ai chủ trì?")
    answer = bot_messages(page).last
    expect(answer.locator(".qa-understood")).to_contain_text("Hiểu là / Understood as: Ai chủ trì (")
    expect(answer.locator("b.qa-short")).to_have_text("Phạm Minh Chính")  # bold, inside the verbatim quote
    expect(answer).to_contain_text(f"[1] {CITED}")
    target = ROOT / "docs" / "followup.png" if os.environ.get("QA_BOT_SCREENSHOT") else tmp_path / "followup.png"
    target.parent.mkdir(exist_ok=True)
    page.locator("#chat").screenshot(path=str(target))
    assert target.stat().st_size > 10_000

    # another tab is another conversation: the same words stand alone there
    other = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        other.goto(server)
        ask(other, "Ai chủ trì?")
        expect(bot_messages(other).last).not_to_contain_text("Phạm Minh Chính")
        expect(other.locator("#chat .qa-understood")).to_have_count(0)
    finally:
        other.close()

    # the conversation downloads as Markdown: questions, "understood as", quotes and citations
    with page.expect_download() as download:
        page.locator("#download").click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    assert "## 2. Ai chủ trì?" in text and "*Hiểu là / Understood as:* Ai chủ trì (" in text
    assert "**Phạm Minh Chính**" in text and "· ¶ 2 · line 2" in text

    # a new conversation forgets the old one
    page.locator("#new-chat").click()
    expect(bot_messages(page)).to_have_count(0)
    ask(page, "Ai chủ trì?")
    expect(page.locator("#chat .qa-understood")).to_have_count(0)


@pytest.mark.skipif(bilingual.load(bilingual.default_path()) is None,
                    reason="no English-Vietnamese dictionary (`make install` fetches it with npm)")
def test_an_english_question_shows_the_vietnamese_it_was_searched_with(page):
    ask(page, "How many delegates attended the online conference?")
    line = bot_messages(page).last.locator(".qa-translation")
    expect(line).to_contain_text("Also searched as: ")
    expect(line).to_contain_text("conference → hội nghị")
    ask(page, "Hội nghị trực tuyến có bao nhiêu điểm cầu?")
    expect(bot_messages(page).last.locator(".qa-translation")).to_have_count(0)


def test_remove_a_document_from_the_file_list(page, tmp_path):
    doc = tmp_path / "tam.txt"
    doc.write_text("Kho lưu trữ tạm thời của phòng hành chính đặt ở tầng 7 tòa nhà B.\n", encoding="utf-8")
    upload(page, doc)
    expect(page.locator("#upload-log")).to_contain_text("Đã thêm / added: tam.txt", timeout=60_000)
    files = page.locator("#stats .qa-file")
    count = files.count()
    # each file with its paragraphs and when it was indexed
    expect(page.locator("#stats li", has_text="tam.txt")).to_contain_text("1 ¶ · 20")
    ask(page, "Kho lưu trữ tạm thời của phòng hành chính đặt ở đâu?")
    expect(bot_messages(page).last).to_contain_text("tam.txt")

    page.get_by_text("Xoá tài liệu / Remove documents").click()
    page.locator("#remove-pick input").click()
    page.get_by_role("option", name="tam.txt").click()
    page.locator("#remove-btn").click()
    expect(page.locator("#remove-log")).to_contain_text("tam.txt", timeout=60_000)
    expect(page.locator("#stats .qa-file")).to_have_count(count - 1)
    ask(page, "Kho lưu trữ tạm thời của phòng hành chính đặt ở đâu?")
    expect(bot_messages(page).last).not_to_contain_text("tam.txt")


def test_a_scanned_image_uploaded_in_the_chat_is_read_and_cited_by_page(page, tmp_path):
    """The chat's upload takes the same path as the CLI: a PNG goes through Tesseract, page by page."""
    from test_ocr import scan

    image = tmp_path / "thu-vien.png"
    scan(["Thư viện tỉnh Lâm Đồng được thành lập từ năm 1976 và phục vụ bạn đọc toàn tỉnh."]).save(image)
    upload(page, image)
    log = page.locator("#upload-log")
    # while Tesseract reads, the log shows the page bar ("Nhận dạng chữ / OCR thu-vien.png"); then the result
    expect(log).to_contain_text("Đã thêm / added: thu-vien.png", timeout=120_000)
    ask(page, "Thư viện tỉnh Lâm Đồng được thành lập từ năm nào?")
    answer = bot_messages(page).last
    expect(answer).to_contain_text("1976")
    expect(answer).to_contain_text("thu-vien.png · ¶ 1 · line 1 · page 1")


def test_a_blank_page_of_an_uploaded_scan_is_said_to_be_left_out(page, tmp_path):
    from test_ocr import blank, scan

    tiff = tmp_path / "hai-trang.tiff"
    scan(["Nhà văn hóa thiếu nhi của tỉnh mở cửa đón các em vào mỗi sáng thứ bảy hằng tuần."]).save(
        tiff, save_all=True, append_images=[blank()])
    upload(page, tiff)
    log = page.locator("#upload-log")
    expect(log).to_contain_text("Đã thêm / added: hai-trang.tiff", timeout=120_000)
    expect(log).to_contain_text("Trang bỏ qua / pages left out")
    expect(log).to_contain_text("hai-trang.tiff: page 2: OCR read no text on it (blank?)")
