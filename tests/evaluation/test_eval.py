"""The eval harness on a regression subset: figures stay at or above what was measured."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from qa_bot.evaluation.harness import evaluate, load_questions

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = ROOT / "eval" / "sets" / "questions.jsonl"
FRESH = ROOT / "eval" / "sets" / "fresh.jsonl"
FRESH2 = ROOT / "eval" / "sets" / "fresh2.jsonl"
FRESH3 = ROOT / "eval" / "sets" / "fresh3.jsonl"
ARTICLE_FACTS = ROOT / "eval" / "sets" / "article_facts.jsonl"
FRESH4 = ROOT / "eval" / "sets" / "fresh4.jsonl"
VIQUAD = ROOT.parent / "shared" / "bench" / "viquad-a.jsonl"

# Each floor sits at least two questions below the figure measured on the test split (README):
# hit@1 35/40 → 33/40, hit@5 38/40 → 36/40, answer_correct 34/40 → 32/40, abstain_recall 14/16 → 12/16,
# abstain_precision 14/16 → 12/14 (two fewer right) or 14/18 (two more answerable turned away).
FLOORS = {"hit@1": 0.825, "hit@5": 0.9, "answer_correct": 0.8, "verbatim": 1.0,
          "abstain_precision": 0.73, "abstain_recall": 0.75}
MAX_ANSWERABLE_ABSTAINED = 4  # measured 2
# Vietnamese, with and without diacritics, is the product's first promise (14/14 and 10/10 measured).
KIND_FLOORS = {"vi": {"hit@1": 0.85, "answer_correct": 0.85}, "vi_nodiac": {"hit@1": 0.8, "answer_correct": 0.8},
               "en": {"hit@1": 0.28},  # 4/7 measured
               # everyday questions get no answer, in Vietnamese (4/6) or in English (10/10)
               "unanswerable": {"abstain_recall": 0.33}, "unanswerable_en": {"abstain_recall": 0.8}}


def assert_gold_stands(bot, questions, citable: bool = False) -> None:
    """Each answerable question's gold answer stands in its gold paragraphs (``citable``: paragraphs the
    index quotes from), and an unanswerable one has no gold answer."""
    for q in questions:
        golds = " ".join(bot.index.paragraph(s, n).text for s, n in q.gold)
        if citable:
            assert all(bot.index.paragraph(s, n).citable for s, n in q.gold), q.id
        assert (q.answerable and any(a in golds for a in q.answers)) or (not q.answerable and not q.answers), q.id


def test_question_set_is_well_formed(seeds_bot):
    questions = load_questions(QUESTIONS)
    assert len(questions) >= 80
    assert len({q.id for q in questions}) == len(questions)
    assert sum(not q.answerable for q in questions) >= 10
    assert {q.kind for q in questions} >= {"vi", "vi_nodiac", "en", "paraphrase", "multi", "unanswerable",
                                           "unanswerable_en"}
    for q in questions:
        for source, number in q.gold:
            assert seeds_bot.index.paragraph(source, number).citable, (q.id, source, number)
        if q.answerable:
            golds = " ".join(seeds_bot.index.paragraph(s, n).text for s, n in q.gold)
            assert any(a in golds for a in q.answers), q.id


def test_more_dev_questions_are_well_formed(seeds_bot):
    """eval/sets/more_dev.jsonl (fitting only): its gold strings stand in its gold paragraphs, which may be
    page chrome (a dateline): those questions count for the scorer as answerable and unanswered."""
    more = load_questions(ROOT / "eval" / "sets" / "more_dev.jsonl")
    assert len(more) == 90 and {q.split for q in more} == {"dev"}
    assert len({q.id for q in more}) == len(more)
    assert not {q.id for q in more} & {q.id for q in load_questions(QUESTIONS)}
    for q in more:
        if q.answerable:
            golds = " ".join(seeds_bot.index.paragraph(s, n).text for s, n in q.gold)
            assert any(a in golds for a in q.answers), q.id
        else:
            assert not q.answers, q.id


def test_regression_subset_meets_its_floors(seeds_bot):
    questions = load_questions(QUESTIONS, split="test")
    report = evaluate(seeds_bot, questions, systems=("hybrid",))
    hybrid = report["systems"]["hybrid"]
    for metric, floor in FLOORS.items():
        assert hybrid[metric] >= floor, (metric, hybrid[metric], report["failures"])
    assert hybrid["answerable_abstained"] <= MAX_ANSWERABLE_ABSTAINED
    for kind, floors in KIND_FLOORS.items():
        for metric, floor in floors.items():
            assert report["by_kind"]["hybrid"][kind][metric] >= floor, (kind, metric)


def test_eval_command_prints_the_table_and_writes_json(seeds_index, tmp_path):
    out = tmp_path / "eval.json"
    subset = tmp_path / "q.jsonl"
    subset.write_text("\n".join(QUESTIONS.read_text(encoding="utf-8").splitlines()[:12]), encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "qa_bot.cli", "eval", "--questions", subset, "--split", "all",
                        "--index", seeds_index, "--json", out, "--plots", tmp_path / "plots"],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    # calibration: the expected calibration error, the band table, and the two pictures
    assert "expected calibration error" in r.stdout and "| confident |" in r.stdout
    for png in ("reliability.png", "risk_coverage.png"):
        assert (tmp_path / "plots" / png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    for system in ["lexical", "dense", "hybrid", "langchain"]:
        assert f"| {system} |" in r.stdout
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["systems"]["hybrid"]["verbatim"] == 1.0
    assert report["systems"]["hybrid"]["questions"] == 12
    bands = report["systems"]["hybrid"]["bands"]
    assert sum(b["questions"] for b in bands.values()) == 12
    assert 0.0 <= report["systems"]["hybrid"]["ece"] <= 1.0


def test_fresh_questions_meet_their_floors(seeds_bot):
    """eval/sets/fresh.jsonl: written before the answer scorer existed and never used to fit or tune it.

    Measured: hit@1 37/40, answer in quote 37/40, 1 answerable question turned away.
    """
    report = evaluate(seeds_bot, load_questions(FRESH), systems=("hybrid",))
    hybrid = report["systems"]["hybrid"]
    assert hybrid["hit@1"] >= 0.875, report["failures"]
    assert hybrid["answer_correct"] >= 0.825, report["failures"]
    assert hybrid["answerable_abstained"] <= 3
    assert hybrid["verbatim"] == 1.0


def test_second_fresh_set_meets_its_floors(seeds_bot):
    """eval/sets/fresh2.jsonl: 120 questions written from the seeds alone, never used to fit or tune, weighted
    to what the bot does worst (30 English, 25 paraphrases, 35 unanswerable). Measured: hit@1 60/85,
    answer in quote 52/85, 6 answerable turned away, 11 of 35 unanswerable abstained; floors two below
    or lower."""
    questions = load_questions(FRESH2)
    assert len(questions) == 120 and not {q.id for q in questions} & {q.id for q in load_questions(FRESH)}
    assert_gold_stands(seeds_bot, questions, citable=True)
    hybrid = evaluate(seeds_bot, questions, systems=("hybrid",))["systems"]["hybrid"]
    assert hybrid["hit@1"] >= 50 / 85 and hybrid["answer_correct"] >= 44 / 85
    assert hybrid["answerable_abstained"] <= 10 and hybrid["abstain_recall"] >= 8 / 35
    assert hybrid["verbatim"] == 1.0


def test_fourth_fresh_set_meets_its_floors(seeds_bot):
    """eval/sets/fresh4.jsonl: 60 questions of the in-house kinds (20 Vietnamese, 12 unaccented, 10 English,
    8 paraphrases, 10 unanswerable), written from the seeds alone at the end of session 12 and asked once.
    Measured: hit@1 44/50, answer in quote 40/50 (Vietnamese 20/20, unaccented 11/12), 5 answerable
    turned away, 2 of 10 unanswerable abstained (1 with the code before session 12); floors two below
    or lower."""
    questions = load_questions(FRESH4)
    assert len(questions) == 60 and sum(q.answerable for q in questions) == 50
    assert_gold_stands(seeds_bot, questions, citable=True)
    hybrid = evaluate(seeds_bot, questions, systems=("hybrid",))["systems"]["hybrid"]
    assert hybrid["hit@1"] >= 39 / 50 and hybrid["answer_correct"] >= 38 / 50
    assert hybrid["answerable_abstained"] <= 7
    assert hybrid["verbatim"] == 1.0


def test_page_fact_set_meets_its_floors(seeds_bot):
    """eval/sets/article_facts.jsonl: 18 questions about the pages themselves (when posted, which paper or
    agency, whose photo, who signed), written from the seeds alone after article.py's words were chosen
    on the dev sets. Measured: 12 of 14 answerable answered right (none before article.py; 11 before the
    author reading, which this set's signature question led to), 3 of 4 unanswerable turned away (0
    before); floors two below."""
    questions = load_questions(ARTICLE_FACTS)
    assert len(questions) == 18
    assert_gold_stands(seeds_bot, questions)
    hybrid = evaluate(seeds_bot, questions, systems=("hybrid",))["systems"]["hybrid"]
    assert hybrid["answer_correct"] >= 10 / 14
    assert hybrid["abstain_recall"] >= 1 / 4
    assert hybrid["verbatim"] == 1.0


def test_short_answer_set_meets_its_floors(seeds_bot):
    """eval/sets/fresh3.jsonl: 60 questions whose answer is a few words (counts, ordinals, dates, names, bodies,
    places, document numbers; 20 typed without diacritics), written from the seeds alone after the short
    answer's readings were chosen. Measured: hit@1 57/60, answer in quote 58/60, short answer holds the
    gold 37/60 (31/60 when first asked; 25/60 before the readings); floors two below."""
    questions = load_questions(FRESH3)
    assert len(questions) == 60 and all(q.answerable for q in questions)
    assert_gold_stands(seeds_bot, questions)  # all answerable
    hybrid = evaluate(seeds_bot, questions, systems=("hybrid",))["systems"]["hybrid"]
    assert hybrid["hit@1"] >= 55 / 60 and hybrid["answer_correct"] >= 56 / 60
    assert hybrid["short_correct"] >= 35 / 60
    assert hybrid["verbatim"] == 1.0


@pytest.mark.skipif(not VIQUAD.is_file(), reason=f"the UIT-ViQuAD sample is not at {VIQUAD} (it lives in "
                    "the project's shared/ folder, not in this repository)")
def test_viquad_through_the_squad_command(tmp_path):
    """`qa-bot eval --squad` on the external benchmark, seeds as distractors, as the README runs it.

    The shipped scorer was fitted on these questions, so these are in-sample floors that catch a
    broken pipeline; the honest figures are cross-validated (eval/scripts/train_scorer.py). Measured:
    hit@1 131/142, hit@5 142/142, answer in quote 115/142, 5 answerable and 5 unanswerable abstained.
    """
    out = tmp_path / "viquad.json"
    r = subprocess.run([sys.executable, "-m", "qa_bot.cli", "eval", "--squad", VIQUAD, "--distractors",
                        ROOT / "seeds", "--index", tmp_path / "index", "--hybrid-only", "--json", out],
                       capture_output=True, text=True, timeout=1200)
    assert r.returncode == 0, r.stderr
    assert "risk–coverage" in r.stdout
    hybrid = json.loads(out.read_text(encoding="utf-8"))["systems"]["hybrid"]
    assert hybrid["questions"] == 198
    assert hybrid["hit@1"] >= 0.89 and hybrid["hit@5"] >= 0.975
    assert hybrid["answer_correct"] >= 0.78
    assert hybrid["answerable_abstained"] <= 8
    assert hybrid["verbatim"] == 1.0
    assert 0 < hybrid["aurc"] < 0.35


def test_decisions_do_not_flip_on_float_rounding(seeds_bot, monkeypatch):
    """Another CPU rounds the encoder's floats differently: a question vector off by ~1e-3
    must not change whether the bot answers, nor which passage it quotes first.

    Measured on all 183 in-house and fresh questions with two noise draws: no decision flipped.
    """
    questions = load_questions(QUESTIONS, split="test")

    def decisions():
        out = []
        for q in questions:
            a = seeds_bot.ask(q.question)
            out.append((a.abstained, [(c.source, c.paragraph, c.start) for c in a.citations][:1]))
        return out

    before = decisions()
    real = seeds_bot.embedder.embed_query
    rng = np.random.default_rng(0)

    def off_by_1e3(text):  # the real embedding, nudged by a vector of norm 1e-3
        v = real(text)
        nudge = rng.normal(size=v.shape)
        v = v + 1e-3 * nudge / np.linalg.norm(nudge)
        return (v / np.linalg.norm(v)).astype(np.float32)

    monkeypatch.setattr(seeds_bot.embedder, "embed_query", off_by_1e3)
    after = decisions()
    flipped = [q.id for q, b, a in zip(questions, before, after) if b != a]
    assert len(flipped) <= 2, flipped


CONVERSATIONS = ROOT / "eval" / "sets" / "conversations.jsonl"


def test_conversations_through_the_eval_command(seeds_index, tmp_path):
    """`qa-bot eval --conversations` on the test split, with the in-house test questions asked after a turn.

    Measured (README): follow-ups with their history 22/39 answered correctly; first and
    standalone turns are searched as typed, so they answer exactly as alone (13/17, 6/7); the 165
    in-house test questions asked after another conversation's opening turn answer exactly as alone.
    """
    out = tmp_path / "conversations.json"
    r = subprocess.run([sys.executable, "-m", "qa_bot.cli", "eval", "--conversations", CONVERSATIONS,
                        "--questions", QUESTIONS, "--split", "test", "--index", seeds_index, "--json", out],
                       capture_output=True, text=True, timeout=1200)
    assert r.returncode == 0, r.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    rows = report["rows"]
    assert report["conversations"] == 17 and report["turns"] == 63
    assert rows["followup · history"]["answer_correct"] >= 20 / 39
    for kind in ("first", "standalone", "standalone questions after a turn"):
        history, alone = rows[f"{kind} · history"], rows[f"{kind} · alone"]
        assert history["answer_correct"] == alone["answer_correct"], kind  # history never makes them worse
        assert history["abstain_recall"] == alone["abstain_recall"], kind
    assert all(row["verbatim"] in (1.0, None) for row in rows.values())


def test_conversation_set_is_well_formed(seeds_bot):
    from qa_bot.evaluation.conversations import load_conversations

    conversations = load_conversations(CONVERSATIONS)
    turns = [(q, t) for c in conversations for q, t in zip(c.turns, c.types)]
    assert len(conversations) >= 25 and len(turns) >= 60
    assert sum(t == "followup" for _, t in turns) >= 40
    assert {q.kind for q, _ in turns} >= {"vi", "en", "no_diacritics"}
    for q, _ in turns:
        golds = " ".join(seeds_bot.index.paragraph(s, n).text for s, n in q.gold)
        assert any(a in golds for a in q.answers), q.id


def test_every_follow_up_has_its_hand_resolved_question():
    """eval/sets/followups_resolved.json (read by eval/scripts/resolved_followups.py): one standalone question per
    follow-up turn, in the follow-up's language, typed without diacritics where the follow-up was."""
    from qa_bot.evaluation.conversations import load_conversations

    resolved = json.loads((ROOT / "eval" / "sets" / "followups_resolved.json").read_text(encoding="utf-8"))
    followups = {f"{c.id}#{i}": q for c in load_conversations(CONVERSATIONS)
                 for i, (q, t) in enumerate(zip(c.turns, c.types)) if t == "followup"}
    assert resolved.keys() == followups.keys()
    for key, q in followups.items():
        assert resolved[key].strip() and resolved[key] != q.question, key
        if q.kind == "no_diacritics":
            assert resolved[key].isascii(), key
