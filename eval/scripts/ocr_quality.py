"""OCR quality on the seeds: print them, "scan" them, read them back, and compare.

Every seed (seeds/*.txt) is typeset on A4 pages in DejaVu Sans 11 pt (--points), one seed
paragraph after another, rendered at --scan-dpi (300), then made to look
scanned: a slight blur (scanner optics), mild Gaussian noise, a few specks and a
skew of 0.3-1.0 degrees either way. Each seed becomes an image-only PDF of the
same name (001_xxx.txt -> 001_xxx.pdf), indexed by ``QABot.build`` like any
folder, so OCR runs exactly as it does for a user. Reported:

(a) character error rate (CER): Levenshtein distance between the seed's text and
    the text of the scanned copy's paragraphs, whitespace collapsed on both
    sides, divided by the seed's length; also with diacritics removed from both
    (what is left is letters, digits and punctuation misread), and the seconds
    of OCR per page;
(b) the eval questions (eval/sets/questions.jsonl) asked of the scanned copies and of
    the seeds as text, judged by qa_bot.eval (a quote holds the answer, the cited
    paragraph is a gold one, abstention). Gold paragraphs of 001_xxx.txt are
    mapped to the paragraphs of 001_xxx.pdf whose text each best matches.

    .venv/bin/python eval/scripts/ocr_quality.py                 # both, ~5 min on 2 CPUs
    .venv/bin/python eval/scripts/ocr_quality.py --dpi 200 --no-questions   # OCR at another resolution
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from qa_bot import QABot, Settings
from qa_bot.bot import BuildProgress
from qa_bot.evaluation.harness import Question, evaluate, format_table, load_questions

ROOT = Path(__file__).resolve().parents[2]
FONTS = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")]  # Debian fonts-dejavu-core (make ocr)
try:
    import matplotlib

    FONTS.append(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")
except ImportError:
    pass

A4_INCHES = (8.27, 11.69)


def font_path() -> Path:
    for path in FONTS:
        if path.is_file():
            return path
    sys.exit("no DejaVu Sans found: apt-get install fonts-dejavu-core (make ocr does)")


# ---- scanning ------------------------------------------------------------------------------------


def wrap(text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """``text`` broken into lines at spaces, each no wider than ``width`` pixels in ``font``
    (a single word wider than that stands alone). tests/ingest/test_ocr.py typesets its scans with it too."""
    measure = ImageDraw.Draw(Image.new("L", (1, 1)))
    lines, line = [], ""
    for word in text.split():
        wider = f"{line} {word}".strip()
        if line and measure.textlength(wider, font=font) > width:
            lines.append(line)
            line = word
        else:
            line = wider
    return lines + [line]


def typeset(paragraphs: list[str], dpi: int, points: float = 11) -> list[Image.Image]:
    """Clean A4 pages: 1-inch margins, paragraphs wrapped and a half line apart."""
    font = ImageFont.truetype(str(font_path()), round(points * dpi / 72))
    width, height = round(A4_INCHES[0] * dpi), round(A4_INCHES[1] * dpi)
    margin, pitch = dpi, round(font.size * 1.4)
    rows: list[str | None] = []  # None: the gap between paragraphs
    for text in paragraphs:
        rows += [*wrap(text, font, width - 2 * margin), None]
    pages, page, y = [], None, 0
    for row in rows:
        if row is None:
            y += pitch // 2
            continue
        if page is None or y + pitch > height - margin:
            page = Image.new("L", (width, height), 255)
            pages.append(page)
            y = margin
        ImageDraw.Draw(page).text((margin, y), row, font=font, fill=0)
        y += pitch
    return pages


def scanned(page: Image.Image, rng: random.Random) -> Image.Image:
    """What a flatbed scanner makes of a printed page: a little blur, noise, specks, skew."""
    angle = rng.uniform(0.3, 1.0) * rng.choice((-1, 1))
    page = page.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(0.7))
    noise = np.random.default_rng(rng.randrange(2**32))
    pixels = np.asarray(page, dtype=np.float32) + noise.normal(0, 12, (page.height, page.width))
    pixels[noise.random(pixels.shape) < 2e-4] = 0  # dust
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")


def scan_seeds(seeds: list[Path], out: Path, dpi: int, points: float = 11, seed: int = 14) -> dict[str, int]:
    """Write each seed as an image-only PDF into ``out``; {pdf name: pages}."""
    rng = random.Random(seed)
    pages: dict[str, int] = {}
    for path in seeds:
        images = [scanned(p, rng) for p in typeset(paragraphs_of(path), dpi, points)]
        name = path.with_suffix(".pdf").name
        images[0].save(out / name, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
        pages[name] = len(images)
    return pages


def paragraphs_of(path: Path) -> list[str]:
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8-sig"))
    return [line.strip() for line in text.splitlines() if line.strip()]


# ---- measuring -----------------------------------------------------------------------------------


def squash(text: str) -> str:
    return " ".join(text.split())


def bare(text: str) -> str:
    """Without diacritics (đ kept as d): what is left when tone and vowel marks are ignored."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def cer(reference: str, hypothesis: str) -> float:
    return Levenshtein.distance(reference, hypothesis) / max(1, len(reference))


def paragraph_map(bot: QABot, seeds: list[Path]) -> dict[tuple[str, int], set[tuple[str, int]]]:
    """(seed.txt, paragraph) -> the paragraphs of seed.pdf whose text it best matches."""
    mapping: dict[tuple[str, int], set[tuple[str, int]]] = {}
    for path in seeds:
        doc = bot.index.document(path.with_suffix(".pdf").name)
        if doc is None:
            continue
        originals = paragraphs_of(path)
        for p in doc.paragraphs:
            # the original paragraphs this one holds or is part of: a paragraph split by a page
            # break maps to both halves, two that Tesseract merged map to the merged one
            ratios = [fuzz.partial_ratio(p.text, o) for o in originals]
            best = max(range(len(originals)), key=ratios.__getitem__)
            for i in {best} | {i for i, r in enumerate(ratios) if r >= 90}:
                mapping.setdefault((path.name, i + 1), set()).add((doc.source, p.number))
    return mapping


def scanned_questions(questions: list[Question], mapping) -> list[Question]:
    """The questions with their gold paragraphs in the scanned copies; a gold paragraph that
    maps to nothing keeps its old name, so the question stays answerable (and scores a miss)."""
    return [dataclasses.replace(q, gold=tuple(sorted({g for gold in q.gold for g in mapping.get(gold, {gold})})))
            for q in questions]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", default=str(ROOT / "seeds"))
    ap.add_argument("--questions", default=str(ROOT / "eval" / "sets" / "questions.jsonl"))
    ap.add_argument("--split", default="all", choices=["dev", "test", "all"])
    ap.add_argument("--scan-dpi", type=int, default=300, help="resolution the pages are scanned at (default 300)")
    ap.add_argument("--points", type=float, default=11, help="font size of the printed pages (default 11)")
    ap.add_argument("--dpi", type=int, default=Settings().ocr_dpi, help="resolution pages are rendered at for OCR")
    ap.add_argument("--no-questions", action="store_true", help="only the character error rate")
    ap.add_argument("--keep", default=None, metavar="DIR", help="write the scanned PDFs here (default: a temp folder)")
    args = ap.parse_args(argv)

    seeds = sorted(Path(args.seeds).glob("*.txt"))
    work = Path(tempfile.mkdtemp(prefix="ocr-quality-"))
    folder = Path(args.keep) if args.keep else work / "scans"
    folder.mkdir(parents=True, exist_ok=True)
    pages = scan_seeds(seeds, folder, args.scan_dpi, args.points)
    print(f"{len(seeds)} seeds -> {sum(pages.values())} scanned pages at {args.scan_dpi} dpi in {folder}; "
          f"OCR at {args.dpi} dpi", file=sys.stderr)

    started: dict[str, float] = {}
    ocr_seconds: dict[str, float] = {}

    def page_read(source: str, done: int, total: int) -> None:
        if done == 0:
            started[source] = time.perf_counter()
        elif done == total:
            ocr_seconds[source] = time.perf_counter() - started[source]
        print(f"\rOCR {source} {done}/{total}", end="", file=sys.stderr)

    settings = Settings(ocr_dpi=args.dpi)
    bot = QABot.build([folder], index_dir=work / "scans-index", settings=settings,
                      progress=BuildProgress(page_read=page_read))
    print(file=sys.stderr)
    for err in bot.report.skipped:
        print(f"skipped: {err}", file=sys.stderr)

    print(f"\n(a) OCR of the seeds printed at {args.points:g} pt, scanned at {args.scan_dpi} dpi, "
          f"read at {args.dpi} dpi\n")
    print("| document | pages | characters | CER | CER without diacritics | s/page |")
    print("|---|---|---|---|---|---|")
    totals = {"chars": 0, "errors": 0, "bare_errors": 0}
    for path in seeds:
        name = path.with_suffix(".pdf").name
        doc = bot.index.document(name)
        reference = squash(" ".join(paragraphs_of(path)))
        hypothesis = squash(" ".join(p.text for p in doc.paragraphs)) if doc else ""
        errors = Levenshtein.distance(reference, hypothesis)
        bare_errors = Levenshtein.distance(bare(reference), bare(hypothesis))
        totals["chars"] += len(reference)
        totals["errors"] += errors
        totals["bare_errors"] += bare_errors
        seconds = ocr_seconds.get(name, float("nan")) / pages[name]
        print(f"| {name} | {pages[name]} | {len(reference):,} | {errors / len(reference):.4f} | "
              f"{bare_errors / len(reference):.4f} | {seconds:.2f} |")
    per_page = sum(ocr_seconds.values()) / sum(pages.values())
    print(f"| all | {sum(pages.values())} | {totals['chars']:,} | {totals['errors'] / totals['chars']:.4f} | "
          f"{totals['bare_errors'] / totals['chars']:.4f} | {per_page:.2f} |")
    if args.no_questions:
        return 0

    questions = load_questions(args.questions, args.split)
    text_bot = QABot.build(seeds, index_dir=work / "text-index")
    mapping = paragraph_map(bot, seeds)
    golds = {g for q in questions for g in q.gold}
    unmapped = sorted(g for g in golds if g not in mapping)
    if unmapped:
        print(f"gold paragraphs with no scanned counterpart (their questions lose them): {unmapped}", file=sys.stderr)
    rows = {
        "seeds as text": evaluate(text_bot, questions, systems=("hybrid",))["systems"]["hybrid"],
        "seeds scanned": evaluate(bot, scanned_questions(questions, mapping), systems=("hybrid",))["systems"]["hybrid"],
    }
    answerable = sum(q.answerable for q in questions)
    print(f"\n(b) {len(questions)} questions ({args.split}; {answerable} answerable), hybrid retrieval\n")
    print("| corpus | answered correctly | Hit@1 | Hit@5 | answered precision | unanswerable abstained |")
    print("|---|---|---|---|---|---|")
    for name, r in rows.items():
        print(f"| {name} | {r['answer_correct']:.3f} | {r['hit@1']:.3f} | {r['hit@5']:.3f} | "
              f"{r['answered_precision']:.3f} | {r['unanswerable_abstained']} of {len(questions) - answerable} |")
    print("\nevery figure:\n")
    print(format_table(rows, first="corpus"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
