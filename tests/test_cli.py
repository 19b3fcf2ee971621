"""The `qa-bot` command as a user runs it: a real process, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

QABOT = [sys.executable, "-m", "qa_bot.cli"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*QABOT, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_every_command_has_help():
    for cmd in ["index", "ask", "serve", "eval"]:
        r = run(cmd, "--help")
        assert r.returncode == 0 and "usage: qa-bot" in r.stdout


def test_ask_json_prints_a_cited_verbatim_answer(seeds_index, seeds_bot):
    r = run("ask", "hoi nghi truc tuyen co bao nhieu diem cau", "--index", seeds_index, "--json")
    assert r.returncode == 0, r.stderr
    answer = json.loads(r.stdout)
    assert answer["abstained"] is False
    c = answer["citations"][0]
    assert (c["source"], c["paragraph"], c["line"]) == ("001_c378dda10a3fb69b.txt", 2, 2)
    assert c["quote"] in seeds_bot.index.paragraph(c["source"], c["paragraph"]).text


def test_ask_prints_text_and_citation_labels(seeds_index):
    r = run("ask", "Hội nghị trực tuyến có bao nhiêu điểm cầu?", "--index", seeds_index)
    assert r.returncode == 0
    assert "71 điểm cầu" in r.stdout and "[1] 001_c378dda10a3fb69b.txt · ¶ 2 · line 2" in r.stdout


def test_index_reports_skipped_files_and_counts(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ok.txt").write_text("Hà Nội là thủ đô của Việt Nam từ năm 1010.\n", encoding="utf-8")
    (docs / "bad.txt").write_bytes(b"\xc3\x28\xc3\x28")
    r = run("index", docs, "--index", tmp_path / "idx")
    assert r.returncode == 0, r.stderr
    assert "skipped: bad.txt: is not valid UTF-8" in r.stderr
    assert "indexed 1 files, 1 paragraphs, 1 chunks" in r.stdout


def test_errors_are_one_clear_line_not_a_traceback(tmp_path):
    for args in [("ask", "hello", "--index", tmp_path / "none"), ("ask", "   ", "--index", tmp_path / "none"),
                 ("index", tmp_path / "missing-folder", "--index", tmp_path / "idx")]:
        r = run(*args)
        assert r.returncode == 1
        assert r.stderr.startswith("error: ") and "Traceback" not in r.stderr
