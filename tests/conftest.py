"""Shared fixtures: the seeds index is built once per test session with the real model.

Every answer any test produces through ``QABot.ask`` (and so through a
conversation's ``chat.ask``) is checked here: each quote must be a verbatim
substring of the paragraph it cites, both in the index and in the source file
on disk, and the short answer a substring of the first quote.
"""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from qa_bot import Answer, QABot

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def assert_verbatim(answer: Answer, bot: QABot, folder: Path | None = None) -> None:
    assert answer.query, "every answer says what was searched"
    if answer.short is not None:
        assert answer.citations and answer.short in answer.citations[0].quote, "short answer not in the first quote"
    for c in answer.citations:
        paragraph = bot.index.paragraph(c.source, c.paragraph)
        assert c.quote, "empty quote"
        assert c.quote in paragraph.text, f"quote not in {c.source} ¶{c.paragraph}: {c.quote!r}"
        assert paragraph.text[c.start : c.end] == c.quote
        assert c.line == paragraph.line
        for base in filter(None, [folder, SEEDS]):
            path = base / c.source
            if path.is_file() and path.suffix == ".txt":
                lines = unicodedata.normalize("NFC", path.read_text(encoding="utf-8-sig")).splitlines()
                assert c.quote in lines[c.line - 1], f"quote not on line {c.line} of {path}"
                break


@pytest.fixture(autouse=True, scope="session")
def every_answer_is_verbatim():
    original = QABot.ask

    def checked(self, *args, **kwargs):
        answer = original(self, *args, **kwargs)
        assert_verbatim(answer, self)
        return answer

    QABot.ask = checked
    yield
    QABot.ask = original


@pytest.fixture(scope="session")
def seeds_index(tmp_path_factory) -> Path:
    index_dir = tmp_path_factory.mktemp("indexes") / "seeds"
    QABot.build([SEEDS], index_dir=index_dir)
    return index_dir


@pytest.fixture(scope="session")
def seeds_bot(seeds_index) -> QABot:
    return QABot.load(seeds_index)


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    folder = tmp_path / "docs"
    shutil.copytree(SEEDS, folder)
    return folder
