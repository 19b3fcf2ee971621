"""The chat UI in a real browser: Debian's Chromium driven by Playwright, against `qa-bot serve`."""

from __future__ import annotations

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

pytestmark = pytest.mark.browser
# a loaded 2-core CI machine can take seconds per step; auto-waiting makes this cheap when fast
expect.set_options(timeout=30_000)

ROOT = Path(__file__).resolve().parents[1]
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
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "qa_bot.cli", "serve", "--index", str(index), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stdout.read().decode())
            time.sleep(0.5)
    yield url
    proc.terminate()
    proc.wait(timeout=30)


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
    page.goto(server)
    yield page
    page.close()


def ask(page, question: str) -> None:
    page.locator("#question textarea").fill(question)
    page.locator("#ask").click()


def test_answer_streams_with_citation_and_opens_the_source(page):
    ask(page, "Hội nghị trực tuyến có bao nhiêu điểm cầu?")
    chat = page.locator("#chat")
    expect(chat).to_contain_text("71 điểm cầu", timeout=30_000)
    expect(chat).to_contain_text(CITED)
    page.get_by_label(f"[1] {CITED}").check()
    mark = page.locator("#viewer mark")
    expect(mark).to_contain_text("71 điểm cầu")
    # what the page highlights is verbatim on the cited line of the file
    line = unicodedata.normalize("NFC", (ROOT / "seeds" / "001_c378dda10a3fb69b.txt").read_text(encoding="utf-8")
                                 .splitlines()[1])
    assert mark.inner_text() in line
    expect(page.locator("#viewer .qa-cited .qa-where")).to_contain_text("¶ 2 · line 2")
    assert page.locator("#viewer .qa-para").count() >= 3, "neighbouring paragraphs are shown"
    page.screenshot(path=str(ROOT / "docs" / "screenshot.png"), full_page=True)


def test_no_diacritics_question_and_abstention_look_different(page):
    ask(page, "hoi nghi truc tuyen co bao nhieu diem cau")
    expect(page.locator("#chat")).to_contain_text("71 điểm cầu", timeout=30_000)
    ask(page, "Who won the 2018 FIFA World Cup?")
    expect(page.locator("#chat .qa-abstain")).to_be_visible(timeout=30_000)
    expect(page.locator("#chat .qa-abstain")).to_contain_text("không chứa")
    expect(page.locator("#sources")).to_contain_text("↗")  # nearest passages, openable


def test_empty_question_gets_a_message_not_a_traceback(page):
    ask(page, "   ")
    expect(page.locator("#chat")).to_contain_text("question is empty", timeout=30_000)
    expect(page.locator("#chat")).not_to_contain_text("Traceback")


def test_upload_then_ask_and_unreadable_files_are_listed(page, tmp_path):
    good = tmp_path / "uc.txt"
    good.write_text("Thủ đô của nước Úc là thành phố Canberra từ năm 1913.\n", encoding="utf-8")
    bad = tmp_path / "hong.txt"
    bad.write_bytes(b"Ban T\xc3\x28 broken")
    page.locator("#upload input[type=file]").set_input_files([str(good), str(bad)])
    page.locator("#upload-btn").click()
    log = page.locator("#upload-log")
    expect(log).to_contain_text("uc.txt", timeout=60_000)
    expect(log).to_contain_text("hong.txt")
    expect(log).to_contain_text("UTF-8")
    expect(page.locator("#stats")).to_contain_text("6 tệp / files")
    ask(page, "Thủ đô của nước Úc là thành phố nào?")
    expect(page.locator("#chat")).to_contain_text("Canberra", timeout=30_000)
    expect(page.locator("#chat")).to_contain_text("uc.txt · ¶ 1 · line 1")
    # what was indexed before is still answered
    ask(page, "Hội nghị trực tuyến có bao nhiêu điểm cầu?")
    expect(page.locator("#chat")).to_contain_text("71 điểm cầu", timeout=30_000)


def test_html_in_documents_is_shown_as_text_and_never_runs(page, tmp_path):
    evil = tmp_path / "evil.md"
    evil.write_text(
        "Mật khẩu kho lưu trữ của phòng hành chính là <script>window.__xss=1</script> theo quy định mới.\n\n"
        "Ảnh đại diện của phòng hành chính là <img src=x onerror=\"window.__xss=2\"> theo quy định mới.\n",
        encoding="utf-8",
    )
    page.locator("#upload input[type=file]").set_input_files([str(evil)])
    page.locator("#upload-btn").click()
    expect(page.locator("#upload-log")).to_contain_text("evil.md", timeout=60_000)
    ask(page, "Mật khẩu kho lưu trữ của phòng hành chính là gì?")
    expect(page.locator("#chat")).to_contain_text("<script>", timeout=30_000)
    page.get_by_label("[1] evil.md", exact=False).first.check()
    expect(page.locator("#viewer")).to_contain_text("<img src=x onerror=")
    assert page.evaluate("window.__xss") is None
    assert page.locator("#chat script, #viewer script, #chat img[src=x], #viewer img[src=x]").count() == 0
