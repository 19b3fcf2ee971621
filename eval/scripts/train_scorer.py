"""Refit the answer scorer (src/qa_bot/answer/scorer.json) and report how it generalises.

    .venv/bin/python eval/scripts/train_scorer.py                 # refit, write scorer.json, print the figures
    .venv/bin/python eval/scripts/train_scorer.py --no-write      # figures only

Training data: every candidate sentence of the in-house *dev* questions
(the dev split of eval/sets/questions.jsonl, and eval/sets/more_dev.jsonl: 90 more written
from the seeds by someone who never ran the bot) and of the UIT-ViQuAD 2.0 sample (../shared/bench/viquad-a.jsonl,
indexed with the seeds as distractors). A candidate is positive when its paragraph
is gold and it contains an answer string. The in-house test split and
eval/sets/fresh.jsonl are never used here: they are the held-out check (`qa-bot eval`).

The model is a logistic regression on standardised features (features.FEATURES),
fixed seed, no search over hyper-parameters. The threshold is chosen on
out-of-fold probabilities of the training questions (5 folds grouped by
document): the highest that turns away at most 5 % of the answerable ones
(see ``choose_threshold``).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from qa_bot import QABot  # noqa: E402
from qa_bot.answer.answerer import paragraph_order  # noqa: E402
from qa_bot.language.question import read  # noqa: E402
from qa_bot.answer.bands import CONFIDENT_FROM  # noqa: E402
from qa_bot.answer.features import FEATURES  # noqa: E402
from qa_bot.answer.scorer import MODEL_FILE, AnswerScorer  # noqa: E402
from qa_bot.evaluation.calibration import ece  # noqa: E402
from qa_bot.evaluation.harness import Question, load_questions  # noqa: E402
from qa_bot.evaluation.squad import index_squad, load_squad  # noqa: E402

SEED = 0
MORE_DEV = ROOT / "eval" / "sets" / "more_dev.jsonl"
VERSION = "4"  # 3: the paragraph's BM25 and dense scores in place of its fused rank; 4: they, and the
# sentence's gaps, read against bests that do not hang on which paragraphs make the fused top k
# L2 strength of the logistic regression: sklearn's default, not tuned
C = 1.0


@dataclass
class Item:
    """One question's candidates: features, labels, and what is needed to score it as the bot would."""

    question: Question
    group: str  # the document it is about, for folds by document
    x: np.ndarray
    y: np.ndarray  # candidate contains the answer, in a gold paragraph
    para: list[tuple[str, int]]  # each candidate's paragraph
    fused: list[tuple[str, int]]  # retrieved paragraphs in fused order
    quotable: np.ndarray  # not a heading: headings are fitted on (as wrong answers) but never quoted


def collect(bot: QABot, questions: list[Question], group_of) -> list[Item]:
    items = []
    for q in questions:
        asked = read(q.question, bot.index.restorer.restore)
        retrieval = bot._retriever.search(asked, bot.settings.rerank_depth)
        _, cands, x = bot._answerer.candidates(asked, retrieval)
        gold = set(q.gold)
        y = np.array([
            (c.paragraph.source, c.paragraph.number) in gold
            and any(a.casefold() in c.paragraph.text[c.start:c.end].casefold() for a in q.answers)
            for c in cands], dtype=bool)
        para = [(c.paragraph.source, c.paragraph.number) for c in cands]
        items.append(Item(q, group_of(q), x, y, para, [(h.source, h.paragraph) for h in retrieval.hits],
                          np.array([k not in bot.index.headings for k in para], dtype=bool)))
    return items


def fit(items: list[Item]) -> AnswerScorer:
    x = np.concatenate([i.x for i in items])
    y = np.concatenate([i.y for i in items])
    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    model = LogisticRegression(C=C, max_iter=2000, random_state=SEED).fit((x - scaler.mean_) / scale, y)
    return AnswerScorer(FEATURES, scaler.mean_, scale, model.coef_[0], float(model.intercept_[0]), 0.5, VERSION)


@dataclass
class Decision:
    item: Item
    confidence: float
    correct: bool  # the best candidate holds the answer
    ranked: list[tuple[str, int]]


def decide(scorer: AnswerScorer, items: list[Item]) -> list[Decision]:
    out = []
    for it in items:
        p = scorer.probabilities(it.x)
        keep = np.flatnonzero(it.quotable)  # as the bot ranks and quotes them (Answerer.scored)
        order, _ = paragraph_order(it.fused, [(it.para[i], p[i]) for i in keep])
        ranked = [it.fused[i] for i in order]
        top = int(keep[np.argmax(p[keep])]) if len(keep) else -1
        out.append(Decision(it, float(p[top]) if top >= 0 else 0.0, bool(top >= 0 and it.y[top]), ranked))
    return out


def figures(ds: list[Decision], threshold: float) -> dict:
    ans = [d for d in ds if d.item.question.answerable]
    una = [d for d in ds if not d.item.question.answerable]
    answered = [d for d in ds if d.confidence >= threshold]
    order = sorted(ds, key=lambda d: -d.confidence)
    risk = np.cumsum([not d.correct for d in order]) / np.arange(1, len(order) + 1)

    def mean(xs):
        xs = list(xs)
        return round(float(np.mean(xs)), 3) if xs else None

    def hit(d, k):
        return bool(set(d.ranked[:k]) & set(d.item.question.gold))

    return {
        "n": len(ds), "answerable": len(ans), "unanswerable": len(una),
        "hit@1": mean(hit(d, 1) for d in ans), "hit@5": mean(hit(d, 5) for d in ans),
        "answer_in_quote": mean(d.correct and d.confidence >= threshold for d in ans),
        "answerable_abstained": mean(d.confidence < threshold for d in ans),
        "unanswerable_abstained": mean(d.confidence < threshold for d in una),
        "answered_precision": mean(d.correct for d in answered),
        "aurc": round(float(risk.mean()), 3) if len(ds) else None,
    }


# Share of answerable training questions (out of fold) the threshold may turn away. The product
# promises first to answer what the documents hold; a wrong quote is visible and checkable, a
# missing answer is not. Measured on 280 training questions: 0.05 keeps answered precision at
# 0.63 out of fold; "right minus wrong answers" would turn away a third of answerable questions.
MAX_ANSWERABLE_ABSTAINED = 0.05


def choose_threshold(ds: list[Decision], share: float = MAX_ANSWERABLE_ABSTAINED) -> float:
    """The highest threshold that turns away at most ``share`` of the answerable questions that have a
    right candidate.

    An answerable question none of whose candidates holds the answer (its paragraph is not retrieved,
    or not quotable, such as a dateline) is answered wrongly or not at all whatever the threshold, so it
    has no say in where the threshold goes. (Counting them lowered it from 0.136 to 0.122 once
    more_dev.jsonl, with 9 such questions, joined the training set, and let "What is machine learning?"
    through; on the earlier training set both ways give 0.140.)

    Candidates are the midpoints between sorted confidences, so the threshold sits between
    two questions, never on one, and a small change in a probability does not move a decision.
    """
    conf = np.array(sorted({d.confidence for d in ds}))
    cuts = np.concatenate([[0.0], (conf[1:] + conf[:-1]) / 2])
    answerable = [d.confidence for d in ds if d.item.question.answerable and d.item.y.any()]
    ok = [t for t in cuts if np.mean([c < t for c in answerable]) <= share]
    return float(max(ok))


# Operating points the trade-off table shows: shares of answerable questions turned away. The issue's
# targets sit at 7 % (ViQuAD-A) and 1 of 40 (the in-house test split).
TRADEOFF_SHARES = (0.0, 0.025, 0.05, 0.07, 0.10, 0.15, 0.20, 0.30)


def tradeoff(ds: list[Decision]) -> list[str]:
    """Rows of the risk–coverage trade-off: for each share of answerable questions (with a right
    candidate) turned away, the threshold ``choose_threshold`` picks for it and what the decisions
    are there. Descriptive: the thresholds are read off the same decisions."""
    rows = []
    for share in TRADEOFF_SHARES:
        t = choose_threshold(ds, share)
        f = figures(ds, t)
        rows.append(f"| {share:.1%} | {t:.3f} | {f['answer_in_quote']} | {f['answerable_abstained']} "
                    f"| {f['unanswerable_abstained']} | {f['answered_precision']} |")
    return rows


def out_of_fold(train: list[Item], n_splits: int = 5) -> list[Decision]:
    groups = [i.group for i in train]
    out: list[Decision] = []
    for tr, te in GroupKFold(n_splits=min(n_splits, len(set(groups)))).split(train, groups=groups):
        scorer = fit([train[i] for i in tr])
        out.extend(decide(scorer, [train[i] for i in te]))
    return out


def _candidates_only() -> None:
    """The bots here only make candidates and their features: when FEATURES changed, the shipped
    scorer.json no longer loads, and the refit must not depend on it."""
    import qa_bot.answer.scorer

    def load(path=None):
        try:
            return qa_bot.answer.scorer.AnswerScorer.from_dict(json.loads(MODEL_FILE.read_text(encoding="utf-8")))
        except Exception:
            return AnswerScorer.untrained()

    qa_bot.answer.scorer.load = load  # QABot calls scorer.load() through the module


def build_bots(viquad: Path) -> tuple[QABot, QABot, list[Question]]:
    """The seeds index, and the index `qa-bot eval --squad` builds (the seeds as distractors)."""
    seeds = QABot.build([ROOT / "seeds"], ROOT / "indexes" / "seeds")
    squad = load_squad(viquad)
    vbot = index_squad(squad, ROOT / "indexes" / f"squad-{viquad.stem}", ROOT / "seeds")
    return seeds, vbot, squad.questions


def calibration_row(name: str, ds: list[Decision], threshold: float) -> str:
    as_outcomes = [SimpleNamespace(confidence=d.confidence, best_correct=d.correct) for d in ds]
    answerable = sum(d.item.question.answerable for d in ds) or 1
    cells = []
    for band, inside in (("confident", lambda d: d.confidence >= CONFIDENT_FROM),
                         ("uncertain", lambda d: threshold <= d.confidence < CONFIDENT_FROM),
                         ("not_found", lambda d: d.confidence < threshold)):
        got = [d for d in ds if inside(d)]
        right = [(not d.item.question.answerable) if band == "not_found" else d.correct for d in got]
        cell = f"{len(got) / len(ds):.2f}, {np.mean(right):.2f}" if got else "0, -"
        if band == "confident":
            cell += f", {sum(d.item.question.answerable and d.correct for d in got) / answerable:.2f}"
        cells.append(cell)
    return f"| {name} | {len(ds)} | {ece(as_outcomes):.3f} | " + " | ".join(cells) + " |"


def row(name: str, f: dict) -> str:
    keys = ["n", "hit@1", "hit@5", "answer_in_quote", "answerable_abstained", "unanswerable_abstained",
            "answered_precision", "aurc"]
    return f"| {name} | " + " | ".join("-" if f[k] is None else str(f[k]) for k in keys) + " |"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--viquad", default=str(ROOT.parent / "shared" / "bench" / "viquad-a.jsonl"))
    ap.add_argument("--out", default=str(MODEL_FILE))
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    viquad = Path(args.viquad)
    if not viquad.is_file():
        print(f"error: no ViQuAD sample at {viquad} (pass --viquad FILE)", file=sys.stderr)
        return 1

    _candidates_only()
    seeds, vbot, vq = build_bots(viquad)
    questions = ROOT / "eval" / "sets" / "questions.jsonl"

    def by_gold(q: Question) -> str:
        return q.gold[0][0] if q.gold else f"none-{q.id}"  # unanswerables: folds spread them evenly

    print("collecting candidates ...", file=sys.stderr)
    # more_dev.jsonl doubles the in-house training questions. On the held-out sets it lowers the
    # risk-coverage area (AURC, no threshold involved): fresh 0.168 -> 0.155, conversation test turns
    # 0.205 -> 0.185, in-house test 0.102 and ViQuAD-A 0.28 unchanged. At the chosen threshold it answers
    # 2 more conversation turns and 1 more ViQuAD-A question right, 1 fresh question fewer, and lets
    # 1 more unanswerable through in each of the in-house test and ViQuAD-A.
    house_dev = collect(seeds, load_questions(questions, "dev") + load_questions(MORE_DEV, "dev"), by_gold)
    house_test = collect(seeds, load_questions(questions, "test"), by_gold)
    fresh = collect(seeds, load_questions(ROOT / "eval" / "sets" / "fresh.jsonl", "all"), by_gold)
    # a ViQuAD question's document is its article (the first part of its id): folds never split one
    vitems = collect(vbot, vq, lambda q: "viquad-" + q.id.split("-")[0])
    print(f"{sum(len(i.y) for i in house_dev + vitems)} candidates from {len(house_dev)} in-house dev "
          f"and {len(vitems)} ViQuAD-A questions", file=sys.stderr)

    header = ("| data | n | Hit@1 | Hit@5 | answer in quote | answerable abstained | unanswerable abstained "
              "| answered precision | AURC |\n|---|---|---|---|---|---|---|---|---|")

    # the shipped model: in-house dev + all of ViQuAD-A; its threshold from out-of-fold probabilities
    train = house_dev + vitems
    oof = out_of_fold(train)
    threshold = choose_threshold(oof)
    final = fit(train)
    final = AnswerScorer(final.features, final.mean, final.scale, final.coef, final.intercept, threshold, VERSION)
    print(f"\nthreshold {threshold:.3f} (chosen on out-of-fold probabilities of {len(train)} training questions)\n")

    print(header)
    # cross-set: train on one, test on the other
    t_house = fit(house_dev)
    t_house_thr = choose_threshold(out_of_fold(house_dev))
    print(row("train in-house dev → ViQuAD-A", figures(decide(t_house, vitems), t_house_thr)))
    t_vq = fit(vitems)
    t_vq_thr = choose_threshold(out_of_fold(vitems))
    print(row("train ViQuAD-A → in-house test", figures(decide(t_vq, house_test), t_vq_thr)))
    print(row("train ViQuAD-A → fresh", figures(decide(t_vq, fresh), t_vq_thr)))
    # 5-fold by document within each
    print(row("5-fold by document, in-house dev", figures(out_of_fold(house_dev), t_house_thr)))
    print(row("5-fold by document, ViQuAD-A", figures(out_of_fold(vitems), t_vq_thr)))
    # ViQuAD-A cross-validated the way it is reported: each fold's model also sees all in-house dev
    folds = []
    groups = [i.group for i in vitems]
    for tr, te in GroupKFold(n_splits=5).split(vitems, groups=groups):
        folds.extend(decide(fit(house_dev + [vitems[i] for i in tr]), [vitems[i] for i in te]))
    print(row("ViQuAD-A, 5-fold by article (+ in-house dev)", figures(folds, threshold)))
    print(row("shipped model → in-house test (held out)", figures(decide(final, house_test), threshold)))
    print(row("shipped model → fresh (held out)", figures(decide(final, fresh), threshold)))

    # Where the threshold could go instead: no single one meets every target of issue 12 at once
    tab = ("| answerable turned away (at most) | threshold | answer in quote | answerable abstained "
           "| unanswerable abstained | answered precision |\n|---|---|---|---|---|---|")
    for name, ds in (("ViQuAD-A, 5-fold by article (+ in-house dev)", folds),
                     ("in-house dev, 5-fold by document (+ ViQuAD-A)", [d for d in oof if not d.item.group.startswith("viquad-")])):
        print(f"\ntrade-off, {name}, out of fold:\n{tab}")
        print("\n".join(tradeoff(ds)))

    # Is the stated confidence true, out of fold? ECE, and each band's precision (answer/bands.py).
    print("\ncalibration and bands (a band's precision: its best quotes that hold the answer; not found: "
          "its questions the documents do not answer):\n")
    print("| set | n | ECE | confident: share, precision, answerable covered | uncertain: share, precision "
          "| not found: share, precision |\n|---|---|---|---|---|---|")
    for name, ds in (("ViQuAD-A, 5-fold by article (+ in-house dev)", folds),
                     ("in-house dev, 5-fold by document (+ ViQuAD-A)",
                      [d for d in oof if not d.item.group.startswith("viquad-")]),
                     ("shipped model → in-house test (held out)", decide(final, house_test)),
                     ("shipped model → fresh (held out)", decide(final, fresh))):
        print(calibration_row(name, ds, threshold))

    print("\ncoefficients (standardised features):")
    for name, w in sorted(zip(FEATURES, final.coef), key=lambda t: -abs(t[1])):
        print(f"  {name:22s} {w:+.3f}")
    if not args.no_write:
        data = final.to_dict()
        data["coef"] = [round(float(w), 6) for w in data["coef"]]
        data["mean"] = [round(float(w), 6) for w in data["mean"]]
        data["scale"] = [round(float(w), 6) for w in data["scale"]]
        data["intercept"] = round(float(data["intercept"]), 6)
        data["threshold"] = round(float(data["threshold"]), 4)
        data["fitted_on"] = (f"{len(house_dev)} in-house dev questions (eval/sets/questions.jsonl, eval/sets/more_dev.jsonl) "
                             f"and {len(vitems)} "
                             f"UIT-ViQuAD 2.0 sample questions (viquad-a.jsonl, seeds as distractors); "
                             f"{sum(len(i.y) for i in train)} candidate sentences; eval/scripts/train_scorer.py, seed {SEED}")
        Path(args.out).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
