"""The same retrieval tests over every vector-store backend.

Backends: FAISS exact (IndexFlatIP), FAISS HNSW (forced with ``ann_threshold=1``)
and Qdrant in embedded local mode. The seeds are embedded once (the session
fixture ``seeds_index``); every backend is then assembled from those stored
vectors, saved, and loaded back with default settings, so the backend comes
from the manifest alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from qa_bot import QABot
from qa_bot.settings import Settings
from qa_bot.store.index import Index, read_manifest
from qa_bot.store.vectorstore import FaissStore, QdrantStore

BACKENDS = {
    # name: (settings used to build, manifest backend, FAISS kind)
    "faiss-flat": (Settings(), "faiss", "flat"),
    "faiss-hnsw": (Settings(ann_threshold=1), "faiss", "hnsw"),
    "qdrant": (Settings(vector_store="qdrant"), "qdrant", None),
}

# (question, source, paragraph) whose answers are known
KNOWN = [
    ("Hội nghị trực tuyến có bao nhiêu điểm cầu?", "001_c378dda10a3fb69b.txt", 2),
    ("Đến nay đã hoàn thành bao nhiêu đề án trình Ban Chấp hành Trung ương?", "004_f1f41421099c2c4c.txt", 10),
    ("Tính đến ngày 30/6/2015, Đảng bộ cơ quan Bộ Kế hoạch và Đầu tư có bao nhiêu đảng bộ cơ sở?",
     "002_bbfe88c0dd411bae.txt", 4),
    ("Hội nghị giao ban trực tuyến quý III diễn ra vào ngày nào?", "004_f1f41421099c2c4c.txt", 4),
]

# more questions, of every kind, for comparing backends with exact FAISS
OTHERS = [
    "hoi nghi truc tuyen co bao nhieu diem cau",
    "How many connection points did the online conference have?",
    "Ai chủ trì hội nghị giao ban trực tuyến Ngành Tổ chức xây dựng Đảng tháng 11-2018?",
    "Lớp bồi dưỡng nghiệp vụ công tác tổ chức xây dựng đảng được tổ chức cho bao nhiêu đồng chí?",
    "Giá vàng hôm nay là bao nhiêu?",
]


@dataclass
class Backend:
    name: str
    folder: Path
    built: Index  # the index as assembled, before saving
    bot: QABot  # loaded back from disk with default settings


def keys(hits) -> list[tuple[str, int]]:
    return [(h.source, h.paragraph) for h in hits]


@pytest.fixture(scope="module")
def flat_bot(seeds_bot) -> QABot:
    """The reference: the seeds as `QABot.build` made them, exact FAISS."""
    assert seeds_bot.index.dense.backend == "faiss" and seeds_bot.index.dense.kind == "flat"
    return seeds_bot


@pytest.fixture(scope="module", params=list(BACKENDS))
def backend(request, seeds_bot, tmp_path_factory) -> Backend:
    settings = BACKENDS[request.param][0]
    base = seeds_bot.index  # its stored vectors: nothing is embedded again
    built = Index.assemble(base.documents, base.chunks, base.vectors, base.model, base.dim, base.chunking, settings,
                           base.sentences, base.sentence_vectors)
    folder = tmp_path_factory.mktemp(f"vs-{request.param}") / "seeds"
    built.save(folder)
    return Backend(request.param, folder, built, QABot.load(folder))


def test_manifest_records_the_backend(backend):
    _, name, kind = BACKENDS[backend.name]
    info = read_manifest(backend.folder)["vector_store"]
    assert info["backend"] == name
    store = backend.bot.index.dense
    assert store.backend == name
    assert store.size == len(backend.bot.index.chunks) == len(backend.bot.index.vectors)
    if kind:
        assert info["kind"] == kind and store.kind == kind
        assert isinstance(store, FaissStore)
        assert (backend.folder / "CURRENT").is_file()
    else:
        assert isinstance(store, QdrantStore)
        assert info.get("url") is None  # embedded local mode


@pytest.mark.parametrize("question,source,paragraph", KNOWN)
def test_known_answers_in_top_hits(backend, flat_bot, question, source, paragraph):
    hits = keys(backend.bot.retrieve(question, k=5))
    assert (source, paragraph) in hits, f"{backend.name}: {source} ¶{paragraph} not in {hits}"
    reference = keys(flat_bot.retrieve(question, k=5))
    assert (source, paragraph) in reference
    if reference[0] == (source, paragraph):
        assert hits[0] == (source, paragraph), f"{backend.name}: exact FAISS has it first, this backend has {hits[0]}"


def test_answers_through_every_backend(backend):
    question, source, paragraph = KNOWN[0]
    answer = backend.bot.ask(question)  # quotes checked verbatim by conftest
    assert not answer.abstained
    assert (answer.citations[0].source, answer.citations[0].paragraph) == (source, paragraph)
    assert "71 điểm cầu" in answer.text


@pytest.mark.parametrize("question", [q for q, _, _ in KNOWN] + OTHERS)
def test_top5_matches_exact_faiss(backend, flat_bot, question):
    assert keys(backend.bot.retrieve(question, k=5)) == keys(flat_bot.retrieve(question, k=5))
    # and at the store itself: the same nearest chunks as exact search
    qvec = flat_bot.embedder.embed_query(question)
    ids, _ = backend.bot.index.dense.search(qvec, 5)
    exact, _ = flat_bot.index.dense.search(qvec, 5)
    assert ids.tolist() == exact.tolist()


def test_scores_are_cosines_sorted_best_first(backend, flat_bot):
    index = backend.bot.index
    for question in [q for q, _, _ in KNOWN] + OTHERS[:2]:
        qvec = flat_bot.embedder.embed_query(question)
        ids, scores = index.dense.search(qvec, 20)
        assert len(ids) == len(scores) == 20
        assert len(set(ids.tolist())) == 20
        assert np.all(scores >= -1 - 1e-5) and np.all(scores <= 1 + 1e-5)
        assert np.all(np.diff(scores) <= 1e-6), f"{backend.name}: scores not sorted descending: {scores}"
        # the score of a chunk is the cosine of the query with that chunk's stored unit vector
        cosines = index.vectors[ids] @ (qvec / np.linalg.norm(qvec))
        np.testing.assert_allclose(scores, cosines, atol=1e-4)


def test_k_larger_than_the_store(backend, flat_bot):
    store = backend.bot.index.dense
    ids, scores = store.search(flat_bot.embedder.embed_query(KNOWN[0][0]), store.size + 100)
    assert len(ids) == len(scores) and len(set(ids.tolist())) == len(ids)
    assert all(0 <= i < store.size for i in ids.tolist())
    if backend.name == "faiss-hnsw":
        # a graph walk need not reach every node: HNSW may return fewer than k = all
        assert len(ids) >= 0.9 * store.size
    else:
        assert sorted(ids.tolist()) == list(range(store.size))


def test_save_load_round_trip(backend):
    loaded, built = backend.bot.index, backend.built
    assert loaded.model == built.model and loaded.dim == built.dim and loaded.chunking == built.chunking
    assert [(c.source, c.paragraph, c.start, c.end) for c in loaded.chunks] == \
        [(c.source, c.paragraph, c.start, c.end) for c in built.chunks]
    np.testing.assert_array_equal(loaded.vectors, built.vectors)
    assert type(loaded.dense) is type(built.dense)
    assert getattr(loaded.dense, "kind", None) == getattr(built.dense, "kind", None)
    in_memory = QABot(built)
    for question, _, _ in KNOWN:
        assert keys(backend.bot.retrieve(question, k=5)) == keys(in_memory.retrieve(question, k=5))
    # loading again (a second process would) gives the same answers
    again = QABot.load(backend.folder)
    assert keys(again.retrieve(KNOWN[1][0], k=5)) == keys(backend.bot.retrieve(KNOWN[1][0], k=5))


def test_default_threshold_keeps_small_corpora_exact():
    vectors = np.eye(8, dtype=np.float32)
    assert FaissStore.build(vectors, 8, Settings()).kind == "flat"
    assert FaissStore.build(vectors, 8, Settings(ann_threshold=8)).kind == "hnsw"
    assert FaissStore.build(vectors, 8, Settings(ann_threshold=9)).kind == "flat"


@pytest.mark.parametrize("settings", [Settings(), Settings(ann_threshold=1), Settings(vector_store="qdrant")],
                         ids=["faiss-flat", "faiss-hnsw", "qdrant"])
def test_empty_store(settings):
    from qa_bot.store.vectorstore import build_store

    store = build_store(np.empty((0, 4), dtype=np.float32), 4, settings)
    assert store.size == 0
    ids, scores = store.search(np.ones(4, dtype=np.float32) / 2, 5)
    assert len(ids) == len(scores) == 0
