"""Is the stated confidence true? Expected calibration error, precision per band, and the two pictures.

Every question counts: its confidence is the scorer's probability for the best quote (shown, or the
one an abstention would have shown), and that quote is right when it holds an expected answer (an
unanswerable question's quote is never right): ``Outcome.confidence`` and ``Outcome.best_correct``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

BANDS = ("confident", "uncertain", "not_found")


def _bins(outcomes, bins: int) -> list[tuple[int, int, float, float]]:
    """Equal-width confidence bins that hold any outcome: (bin, outcomes in it, mean confidence, share right)."""
    conf = np.array([o.confidence for o in outcomes], float)
    right = np.array([o.best_correct for o in outcomes], float)
    which = np.minimum((conf * bins).astype(int), bins - 1)
    return [(b, int((which == b).sum()), conf[which == b].mean(), right[which == b].mean())
            for b in range(bins) if (which == b).any()]


def ece(outcomes, bins: int = 10) -> float | None:
    """Expected calibration error over equal-width confidence bins: the answers-weighted mean gap
    between the mean confidence and the share right in each bin."""
    if not outcomes:
        return None
    gap = sum(abs(conf - right) * n for _, n, conf, right in _bins(outcomes, bins))
    return round(float(gap / len(outcomes)), 4)


def reliability(outcomes, bins: int = 10) -> list[dict]:
    return [{"bin": b, "n": n, "confidence": round(float(conf), 4), "right": round(float(right), 4)}
            for b, n, conf, right in _bins(outcomes, bins)]


def risks(outcomes) -> np.ndarray:
    """The risk–coverage curve: answering the k most confident, the share of them that are wrong,
    for k = 1 … n (an unanswerable question answered is wrong)."""
    order = sorted(outcomes, key=lambda o: -o.confidence)
    wrong = np.cumsum([not o.best_correct for o in order])
    return wrong / np.arange(1, len(order) + 1)


def band_table(outcomes) -> dict[str, dict]:
    """Per band: its share of the questions and how often it was right. For an answer (confident,
    uncertain) right means its quote holds an expected answer; for not_found, that the documents
    indeed do not answer it. ``answerable_share``: the share of the answerable questions in the band."""
    n = len(outcomes)
    answerable = sum(o.question.answerable for o in outcomes)
    out = {}
    for band in BANDS:
        got = [o for o in outcomes if o.band == band]
        if band == "not_found":
            right = [not o.question.answerable for o in got]
        else:
            right = [o.answer_correct for o in got]
        out[band] = {
            "questions": len(got),
            "share": round(len(got) / n, 4) if n else None,
            "precision": round(sum(right) / len(got), 4) if got else None,
            "answerable_share": round(sum(o.question.answerable for o in got) / answerable, 4) if answerable else None,
        }
    return out


def format_bands(table: dict[str, dict]) -> str:
    lines = ["| band | questions | share | precision | share of answerable |", "|---|---|---|---|---|"]
    for band, r in table.items():
        cells = [str(r["questions"])] + ["-" if r[k] is None else f"{r[k]:.3f}"
                                         for k in ("share", "precision", "answerable_share")]
        lines.append(f"| {band} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def plots(outcomes, folder: str | Path, title: str) -> list[Path]:
    """reliability.png and risk_coverage.png in ``folder``."""
    import matplotlib

    matplotlib.use("Agg")  # files only, no display
    import matplotlib.pyplot as plt

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rows = reliability(outcomes)
    fig, ax = plt.subplots(figsize=(5, 5))
    ax.plot([0, 1], [0, 1], "--", color="grey", label="perfectly calibrated")
    ax.plot([r["confidence"] for r in rows], [r["right"] for r in rows], "o-", label="qa-bot")
    for r in rows:
        ax.annotate(str(r["n"]), (r["confidence"], r["right"]), textcoords="offset points", xytext=(4, -10), fontsize=8)
    ax.set(xlabel="stated confidence (mean of bin)", ylabel="share right", xlim=(0, 1), ylim=(0, 1),
           title=f"{title}: reliability (ECE {ece(outcomes):.3f})")
    ax.legend(loc="upper left")
    reliability_png = folder / "reliability.png"
    fig.savefig(reliability_png, dpi=100, bbox_inches="tight")
    plt.close(fig)

    risk = risks(outcomes)
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(np.arange(1, len(risk) + 1) / len(risk), risk)
    ax.set(xlabel="coverage (most confident share answered)", ylabel="risk (share of those wrong)",
           xlim=(0, 1), ylim=(0, 1), title=f"{title}: risk–coverage")
    risk_png = folder / "risk_coverage.png"
    fig.savefig(risk_png, dpi=100, bbox_inches="tight")
    plt.close(fig)
    return [reliability_png, risk_png]
