"""Real faults: bad questions, bad files, escaping paths, threads, and a build killed mid-way.

Every case gets a clear error or is handled, nothing crashes, and nothing already
indexed is lost. The session's seeds index is never modified: tests that write
into an index work on a copy of it.
"""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import docx
import pytest
from conftest import SEEDS

from qa_bot import IngestError, QABot, QABotError, QuestionError, Settings
from qa_bot.ingest.documents import SourceFile, find_files, read_document
from qa_bot.store.index import CURRENT

QUESTION = "Hội nghị trực tuyến có bao nhiêu điểm cầu?"
ANSWER_AT = ("001_c378dda10a3fb69b.txt", 2)


def where(answer) -> list[tuple[str, int]]:
    return [(c.source, c.paragraph) for c in answer.citations]


# ---- questions ------------------------------------------------------------------------------------


@pytest.mark.parametrize("question,says", [
    ("", "empty"),
    ("   \n\t  \u00a0 ", "empty"),
    ("\x00\x01\x1b\x7f\x9f", "empty"),
    ("x" * 100_000, "100,000 characters"),
    ("điểm cầu " * 11_000, "characters long"),
    (None, "must be text"),
    (b"Hoi nghi co bao nhieu diem cau?", "must be text"),
], ids=["empty", "whitespace", "only-controls", "100kB", "100kB-vietnamese", "none", "bytes"])
def test_questions_that_cannot_be_asked_get_a_clear_error(seeds_bot, question, says):
    for call in (seeds_bot.ask, seeds_bot.retrieve):
        with pytest.raises(QuestionError) as err:
            call(question)
        assert says in str(err.value)


def test_control_characters_are_stripped_and_the_question_answered(seeds_bot):
    clean = seeds_bot.ask(QUESTION)
    dirty = seeds_bot.ask("\x00Hội nghị\x07 trực tuyến có\x1b bao nhiêu\r\n điểm cầu?\x7f\x85")
    assert where(dirty) == where(clean) and where(clean)[0] == ANSWER_AT
    assert [c.quote for c in dirty.citations] == [c.quote for c in clean.citations]


@pytest.mark.parametrize("question", [
    "😀🎉🔥",
    "ما هي عاصمة أستراليا؟",
    "Hội\u200b nghị\u200d trực\ufeff tuyến có bao nhiêu điểm cầu?",
    "\u0301\u0300\u0323",
    "?" * 1999,
    "SELECT * FROM chunks; DROP TABLE chunks; --",
    "<script>alert(1)</script> điểm cầu",
], ids=["emoji", "arabic", "zero-width", "lone-marks", "long-punctuation", "sql", "html"])
def test_odd_questions_are_answered_or_declined_without_crashing(seeds_bot, question):
    answer = seeds_bot.ask(question)
    assert answer.abstained == (not answer.citations)
    assert answer.text


def test_a_question_in_nfd_is_the_same_question(seeds_bot):
    import unicodedata

    nfd = unicodedata.normalize("NFD", QUESTION)
    assert nfd != QUESTION
    assert seeds_bot.ask(nfd).citations == seeds_bot.ask(QUESTION).citations


def test_a_lone_surrogate_in_a_question_is_handled(seeds_bot):
    answer = seeds_bot.ask("Hội nghị trực tuyến có bao nhiêu \ud800 điểm cầu?")
    assert where(answer)[:1] == [ANSWER_AT]


# ---- files ----------------------------------------------------------------------------------------

LIMIT = 60_000  # bytes; the largest seed is 27,899, an empty python-docx file about 37,000


def _bomb_docx() -> bytes:
    """A small .docx that unpacks to far more than 4 x LIMIT."""
    d = docx.Document()
    d.add_paragraph("Một câu lặp lại rất nhiều lần trong tài liệu. " * 40_000)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


BAD_FILES = {
    "empty.txt": (lambda: b"", "is empty"),
    "whitespace.md": (lambda: b"  \n\t\r\n   \n", "is empty"),
    "image.txt": (lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
    "controls.md": (lambda: bytes(range(1, 32)) * 50 + b"a few letters", "binary"),
    "utf16-cut.txt": (lambda: b"\xff\xfe" + "Hội nghị".encode("utf-16-le") + b"\x00", "binary"),
    "undecodable.txt": (lambda: b"Ch\xe0o c\xe1c b\xe1n \xff\xfe not utf-8", "UTF-8"),
    "bad-bom.txt": (lambda: b"\xef\xbb\xbfHello \xff\xfe world", "UTF-8"),
    "enormous.txt": (lambda: "Một dòng văn bản tiếng Việt.\n".encode() * 4_000, "over the 60,000 bytes limit"),
    "fake.pdf": (lambda: b"only text pretending to be a PDF", "not a readable PDF"),
    "fake.docx": (lambda: b"PK\x03\x04 only text pretending to be a zip", "not a readable Word .docx"),
    "bomb.docx": (_bomb_docx, "unpacks to"),
    "scripts.html": (lambda: b"<html><head><title>T</title></head><body><script>x()</script></body></html>", "has no text"),
}


def write_bad_files(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, (make, _) in BAD_FILES.items():
        (folder / name).write_bytes(make())
        paths.append(folder / name)
    return paths


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_each_bad_file_is_a_clear_ingest_error(tmp_path, name):
    make, reason = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(make())
    if name == "bomb.docx":
        assert path.stat().st_size < LIMIT  # small on disk: only unpacking shows the size
    with pytest.raises(IngestError) as err:
        read_document(SourceFile(path, name), Settings(max_file_bytes=LIMIT))
    assert err.value.source == name and reason in err.value.reason, err.value.reason


def test_bad_builds_and_adds_lose_nothing_already_indexed(seeds_index, tmp_path):
    idx = tmp_path / "idx"
    shutil.copytree(seeds_index, idx)
    settings = Settings(max_file_bytes=LIMIT)
    before = QABot.load(idx)
    stats, answer = before.stats(), before.ask(QUESTION)
    assert where(answer)[0] == ANSWER_AT

    # 1. a build from a folder of bad files only: an error naming every file, the index untouched
    bad = write_bad_files(tmp_path / "bad")
    with pytest.raises(QABotError) as err:
        QABot.build([tmp_path / "bad"], index_dir=idx, settings=settings)
    for name in BAD_FILES:
        assert name in str(err.value)

    # 2. the seeds plus every bad file: the seeds stay (nothing re-embedded), each bad file is listed
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    for path in bad:
        shutil.copy(path, docs / path.name)
    (docs / "001_c378dda10a3fb69b.txt").write_bytes(b"\x00\x01 now a binary file")  # an indexed file breaks
    rebuilt = QABot.build([docs], index_dir=idx, settings=settings)
    skipped = {e.source: e.reason for e in rebuilt.report.skipped}
    assert set(skipped) == set(BAD_FILES) | {"001_c378dda10a3fb69b.txt"}
    for name, (_, reason) in BAD_FILES.items():
        assert reason in skipped[name]
    assert rebuilt.report.embedded_chunks == 0 and rebuilt.stats() == stats

    # 3. the same bad files uploaded into a live bot, and a broken upload of an indexed file
    live = QABot.load(idx, settings)
    report = live.add(bad + [docs / "001_c378dda10a3fb69b.txt", tmp_path / "no" / ".." / "missing.txt"])
    assert {e.source for e in report.skipped} == set(BAD_FILES) | {"001_c378dda10a3fb69b.txt", str(tmp_path / "no" / ".." / "missing.txt")}
    assert "no such file" in {e.source: e.reason for e in report.skipped}[str(tmp_path / "no" / ".." / "missing.txt")]
    assert live.stats() == stats and where(live.ask(QUESTION)) == where(answer)

    # 4. what is on disk still answers exactly as before
    after = QABot.load(idx)
    assert after.stats() == stats
    assert after.ask(QUESTION).citations == answer.citations


# ---- paths that try to leave the indexed folder -----------------------------------------------------


def test_paths_and_links_cannot_leave_the_indexed_folder(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Mật khẩu của kho bạc là con số 424242 tuyệt mật.\n", encoding="utf-8")
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "in.txt").write_text("Thủ đô của nước Úc là thành phố Canberra từ năm 1913.\n", encoding="utf-8")
    (docs / "link-out.txt").symlink_to(outside / "secret.txt")             # a file link out
    (docs / "dir-out").symlink_to(outside, target_is_directory=True)        # a folder link out
    (docs / "sub" / "loop").symlink_to(docs, target_is_directory=True)      # a loop
    (docs / "sub" / "link-in.txt").symlink_to(Path("..") / "in.txt")       # a link that stays inside
    (docs / "..hidden.txt").write_text("tệp ẩn bắt đầu bằng dấu chấm", encoding="utf-8")

    files, errors = find_files([docs])
    sources = [f.source for f in files]
    assert sources == ["in.txt", "sub/link-in.txt"]
    assert [(e.source, "outside the indexed folder" in e.reason) for e in errors] == [("link-out.txt", True)]
    # a folder named with '..' is that folder; a file reached through '..' is cited by its name alone
    assert [f.source for f in find_files([docs / "sub" / ".."])[0]] == sources
    assert [f.source for f in find_files([docs / "sub" / ".." / ".." / "outside" / "secret.txt"])[0]] == ["secret.txt"]
    missing = find_files([docs / ".." / ".." / "etc" / "nothing-here.txt"])[1]
    assert "no such file" in missing[0].reason

    bot = QABot.build([docs], index_dir=tmp_path / "idx")
    assert sorted(d.source for d in bot.index.documents) == ["in.txt", "sub/link-in.txt"]
    assert [e.source for e in bot.report.skipped] == ["link-out.txt"]
    for d in bot.index.documents:
        assert not d.source.startswith(("/", "../")) and ".." not in d.source.split("/")
    secret = bot.ask("Mật khẩu của kho bạc là con số nào?")
    assert all("424242" not in c.quote for c in secret.citations)
    assert where(bot.ask("Thủ đô của nước Úc là thành phố nào?"))[0][0] in ("in.txt", "sub/link-in.txt")


# ---- threads --------------------------------------------------------------------------------------

THREAD_QUESTIONS = [
    # question, (source, paragraph) of the answer or None when the documents do not say, words it holds
    ("Hội nghị giao ban trực tuyến tháng 11-2018 được tổ chức đến bao nhiêu điểm cầu?",
     ("001_c378dda10a3fb69b.txt", 2), "71 điểm cầu"),
    ("Lớp bồi dưỡng nghiệp vụ công tác tổ chức xây dựng đảng được tổ chức cho bao nhiêu đồng chí?",
     ("001_c378dda10a3fb69b.txt", 8), "36 đồng chí"),
    ("Tính đến ngày 30/6/2015, Đảng bộ cơ quan Bộ Kế hoạch và Đầu tư có tổng số bao nhiêu đảng viên?",
     ("002_bbfe88c0dd411bae.txt", 4), "1.128 đảng viên"),
    ("Quy chế phối hợp số 296-QC/BCSĐ-ĐUBKH được ban hành ngày nào?", ("002_bbfe88c0dd411bae.txt", 13), "20/6/2013"),
    ("Ai là Trưởng ban Tổ chức Trung ương năm 2011?", ("003_ac896c5b02962443.txt", 6), "Tô Huy Rứa"),
    ("Hội nghị giao ban trực tuyến quý III được tổ chức vào thời gian nào?", ("004_f1f41421099c2c4c.txt", 4), "30/9"),
    ("Kế hoạch 04-KH/TW của Bộ Chính trị có bao nhiêu nhiệm vụ cần thực hiện ngay?",
     ("000_cf17c041d62915c2.txt", 8), "14 nhiệm vụ"),
    ("hoi nghi giao ban truc tuyen thang 11-2018 duoc to chuc den bao nhieu diem cau",
     ("001_c378dda10a3fb69b.txt", 2), "71 điểm cầu"),
    ("ai la truong ban to chuc trung uong nam 2011", ("003_ac896c5b02962443.txt", 6), "Tô Huy Rứa"),
    ("Giá vàng hôm nay là bao nhiêu?", None, None),
]


def test_fifty_concurrent_questions_are_answered_as_in_a_sequential_run(seeds_bot):
    questions = [q for q, _, _ in THREAD_QUESTIONS] * 5

    def key(question):
        a = seeds_bot.ask(question)
        return a.abstained, a.text, tuple(a.citations)

    sequential = [key(q) for q in questions]
    for (abstained, _, citations), (_, gold, words) in zip(sequential, THREAD_QUESTIONS):
        if gold is None:
            assert abstained
        else:
            assert (citations[0].source, citations[0].paragraph) == gold and words in citations[0].quote
    with ThreadPoolExecutor(max_workers=8) as pool:
        concurrent = list(pool.map(key, questions))
    assert concurrent == sequential


# ---- a build killed mid-way ------------------------------------------------------------------------

EXTRA_FACT = "Hồ Ba Bể ở tỉnh Bắc Kạn có diện tích mặt nước khoảng 500 hécta và nằm giữa núi đá vôi."
EXTRA_QUESTION = "Hồ Ba Bể có diện tích mặt nước khoảng bao nhiêu hécta?"


def _extra_documents(folder: Path, files: int = 4, paragraphs: int = 48) -> None:
    """Enough new text (one chunk a paragraph) to keep the embedder busy for a few seconds."""
    places = ["Hà Giang", "Lào Cai", "Điện Biên", "Sơn La", "Hòa Bình", "Thanh Hóa", "Nghệ An", "Quảng Bình"]
    topics = ["giao thông nông thôn", "trường học vùng cao", "trạm y tế xã", "nước sạch sinh hoạt",
              "chợ phiên truyền thống", "du lịch cộng đồng", "rừng phòng hộ", "điện lưới quốc gia"]
    for f in range(files):
        lines = [EXTRA_FACT] if f == 0 else []
        for p in range(paragraphs - len(lines)):
            place, topic = places[(f + p) % len(places)], topics[(3 * f + p) % len(topics)]
            lines.append(
                f"Năm {2000 + f * paragraphs + p}, tỉnh {place} đầu tư cho {topic} tại {p + 3} huyện, "
                f"với tổng kinh phí {(f + 1) * (p + 7)} tỷ đồng từ ngân sách trung ương và địa phương. "
                f"Người dân ở các bản làng xa xôi phấn khởi vì {topic} đã thay đổi cuộc sống hằng ngày, "
                f"trẻ em được đến trường đầy đủ hơn và nhiều gia đình đã thoát nghèo bền vững."
            )
        (folder / f"extra_{f}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _index_command(docs: Path, idx: Path) -> list[str]:
    return [sys.executable, "-m", "qa_bot.cli", "index", str(docs), "--index", str(idx), "--quiet"]


def _still_good(idx: Path, stats: dict) -> QABot:
    bot = QABot.load(idx)
    assert bot.stats() == stats
    assert where(bot.ask(QUESTION))[0] == ANSWER_AT
    return bot


def test_a_build_killed_at_any_moment_leaves_the_last_good_index(seeds_index, tmp_path):
    idx = tmp_path / "idx"
    shutil.copytree(seeds_index, idx)
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    _extra_documents(docs)
    stats = QABot.load(idx).stats()

    # killed while starting, reading, embedding
    for delay in (0.5, 1.5, 3.0):
        proc = subprocess.Popen(_index_command(docs, idx), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        assert proc.poll() is None, f"the build ended before {delay}s: make the extra documents bigger"
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
        _still_good(idx, stats)

    # killed while it writes the new generation: as soon as its temporary folder shows
    proc = subprocess.Popen(_index_command(docs, idx), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    caught = False
    while proc.poll() is None and time.monotonic() < deadline:
        if any(name.startswith(".tmp-") for name in os.listdir(idx)):
            proc.send_signal(signal.SIGKILL)
            caught = True
            break
        time.sleep(0.002)
    code = proc.wait(timeout=30)
    if caught and code == -signal.SIGKILL:
        _still_good(idx, stats)  # the kill came before CURRENT was switched
    else:
        assert code == 0  # the write was quicker than we could look: then it is complete
    leftovers = sorted(name for name in os.listdir(idx) if name.startswith(".tmp-"))

    # the next build, with those leftovers in place, completes and is the one loaded
    done = subprocess.run(_index_command(docs, idx), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    bot = QABot.load(idx)
    assert bot.stats()["files"] == stats["files"] + 4
    assert where(bot.ask(QUESTION))[0] == ANSWER_AT
    answer = bot.ask(EXTRA_QUESTION)
    assert where(answer)[0] == ("extra_0.txt", 1) and "500 hécta" in answer.citations[0].quote
    live = (idx / CURRENT).read_text(encoding="utf-8").strip()
    assert live.startswith("gen-") and live not in leftovers
