"""The `qa-bot` command: index, ask, serve, eval."""

from __future__ import annotations

import argparse
import json
import os
import sys

from qa_bot.answer import bands, short_answer
from qa_bot.bot import DEFAULT_INDEX, BuildProgress, QABot
from qa_bot.errors import QABotError
from qa_bot.settings import Settings


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args) or 0
    except QABotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; the last complete index is unchanged", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (`qa-bot ask ... | head -3`): stop quietly, as Unix tools do; the
        # interpreter would flush stdout again on exit and fail, so point it at /dev/null first
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="qa-bot", description="Answers made of verbatim, cited quotations from your documents.")
    sub = p.add_subparsers(title="commands")

    s = sub.add_parser("index", help="build or update an index from files and folders")
    s.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (.txt, .md, .pdf, .docx, .html; scans: .pdf, .png, .jpg, .tif)")
    s.add_argument("--index", default=DEFAULT_INDEX, metavar="DIR", help=f"index folder (default: {DEFAULT_INDEX})")
    s.add_argument("--model", default=None, help="embedding model: the bundled multilingual-e5-small (default), "
                                                 "or a sentence-transformers model name or local path")
    s.add_argument("--quiet", action="store_true", help="no progress bar")
    s.set_defaults(func=cmd_index)

    s = sub.add_parser("ask", help="ask a question and print the cited answer")
    s.add_argument("question")
    s.add_argument("--index", default=DEFAULT_INDEX, metavar="DIR")
    s.add_argument("--k", type=int, default=5, help="paragraphs to consider (default: 5)")
    s.add_argument("--mode", choices=["hybrid", "dense", "lexical"], default="hybrid")
    s.add_argument("--json", action="store_true", help="print the answer as JSON")
    s.set_defaults(func=cmd_ask)

    s = sub.add_parser("chat", help="a conversation in the terminal: follow-ups are read against earlier turns")
    s.add_argument("--index", default=DEFAULT_INDEX, metavar="DIR")
    s.add_argument("--k", type=int, default=5, help="paragraphs to consider (default: 5)")
    s.set_defaults(func=cmd_chat)

    s = sub.add_parser("remove", help="remove documents from an index (nothing else is re-embedded)")
    s.add_argument("sources", nargs="+", metavar="SOURCE", help="document names as the index lists them")
    s.add_argument("--index", default=DEFAULT_INDEX, metavar="DIR")
    s.set_defaults(func=cmd_remove)

    s = sub.add_parser("serve", help="open the chat UI")
    s.add_argument("--index", default=DEFAULT_INDEX, metavar="DIR")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    s.add_argument("--port", type=int, default=7860)
    s.add_argument("--auth", default=None, metavar="USER:PASSWORD", help="require this login")
    s.set_defaults(func=cmd_serve)

    s = sub.add_parser("eval", help="measure retrieval, citations and abstention on a question set")
    s.add_argument("--questions", default=None, metavar="FILE", help="JSONL question set (default: eval/sets/questions.jsonl)")
    s.add_argument("--index", default=None, metavar="DIR",
                   help=f"index to ask (default: {DEFAULT_INDEX}; with --squad, where its corpus is indexed, "
                        "default indexes/squad-<file name>)")
    s.add_argument("--split", default="test", choices=["dev", "test", "fresh", "all"])
    s.add_argument("--squad", default=None, metavar="FILE",
                   help="a SQuAD v2 set (JSON or JSONL): its contexts become the corpus, its questions are asked")
    s.add_argument("--conversations", default=None, metavar="FILE",
                   help="a conversation set (JSONL, e.g. eval/sets/conversations.jsonl): each turn asked with its "
                        "history and alone")
    s.add_argument("--distractors", default=None, metavar="DIR", help="with --squad: more documents to index beside it")
    s.add_argument("--hybrid-only", action="store_true", help="skip the lexical, dense and LangChain baselines")
    s.add_argument("--json", default=None, metavar="OUT", help="also write the figures as JSON to OUT")
    s.add_argument("--plots", default=None, metavar="DIR",
                   help="write a reliability diagram and a risk–coverage curve (PNG) to DIR")
    s.set_defaults(func=cmd_eval)
    return p


def cmd_index(args) -> int:
    from tqdm import tqdm

    bar = None

    def total(n: int) -> None:
        nonlocal bar
        bar = tqdm(total=n, unit="chunk", desc="embedding", disable=args.quiet or n == 0, file=sys.stderr)

    def advance(n: int) -> None:
        if bar is not None:
            bar.update(n)

    pages = None  # OCR is seconds a page: a bar per scanned file

    def page_read(source: str, done: int, n: int) -> None:
        nonlocal pages
        if done == 0:
            pages = tqdm(total=n, unit="page", desc=f"OCR {source}", disable=args.quiet, file=sys.stderr)
        elif pages is not None:
            pages.update(1)
            if done == n:
                pages.close()

    try:
        bot = QABot.build(args.paths, args.index, Settings(model=args.model),
                          BuildProgress(total=total, advance=advance, page_read=page_read))
    finally:
        for b in (bar, pages):
            if b is not None:
                b.close()
    r = bot.report
    for err in r.skipped:
        print(f"skipped: {err}", file=sys.stderr)
    for page in r.pages_left_out:
        print(f"left out: {page}", file=sys.stderr)
    print(files_summary(r))
    st = bot.stats()
    print(
        f"indexed {st['files']} files, {st['paragraphs']} paragraphs, {st['chunks']} chunks into {args.index} "
        f"({r.embedded_chunks} chunks and {r.embedded_sentences} sentences embedded, {len(r.reused)} files unchanged, {len(r.removed)} removed) "
        f"in {r.seconds:.1f}s with {st['model']}"
    )
    return 0


def files_summary(r) -> str:
    """"indexed 11 of 15 files; left out: mat_khau.xlsx: password-protected …": no file goes unmentioned."""
    found = set(r.indexed) | {e.source for e in r.skipped}
    read = [s for s in r.indexed if s not in {e.source for e in r.skipped}]
    line = f"indexed {len(read)} of {len(found)} files"
    if r.skipped:
        # each reason's first clause: the whole of it (what to do, what is supported) is on its own line above
        line += "; left out: " + ", ".join(f"{e.source} ({e.reason.split('; ')[0]})" for e in r.skipped)
    return line


def cmd_ask(args) -> int:
    bot = QABot.load(args.index)
    answer = bot.ask(args.question, k=args.k, mode=args.mode)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return 0
    _print_answer(answer)
    return 0


def _print_answer(answer) -> None:
    if answer.rewritten:
        print(f"(Hiểu là / understood as: {answer.query})")
    if answer.translation:
        print(f"(Tìm cả bằng / also searched as: {answer.searched_as})")
    print(f"[{bands.label(answer.band, answer.confidence)}]")
    if answer.abstained:
        print(answer.text)
        if answer.why:
            print(f"Vì sao / why: {answer.why}")
        return
    if answer.band == bands.UNCERTAIN:
        print(bands.UNCERTAIN_NOTE)
        print()
    bold = sys.stdout.isatty() and os.environ.get("NO_COLOR") is None
    for i, c in enumerate(answer.citations, start=1):
        quote = c.quote
        parts = short_answer.split(quote, answer.short) if i == 1 and bold else None
        if parts is not None:  # the short answer in bold, the quote unchanged
            quote = "{}\033[1m{}\033[0m{}".format(*parts)
        print(f"“{quote}” [{i}]")
        print()
    for i, c in enumerate(answer.citations, start=1):
        print(f"[{i}] {c.label}")
    if answer.why:
        print(f"Vì sao / why: {answer.why}")


def cmd_chat(args) -> int:
    bot = QABot.load(args.index)
    chat = bot.chat()
    interactive = sys.stdin.isatty()
    if interactive:
        print("Hỏi tiếp nối được, ví dụ \"Ai chủ trì?\". Dòng trống hoặc Ctrl-D để thoát. "
              "/ Follow-ups work. An empty line or Ctrl-D ends.", file=sys.stderr)
    while True:
        try:
            question = input("› " if interactive else "")
        except EOFError:
            break
        if not question.strip():
            break
        try:
            answer = chat.ask(question, k=args.k)
        except QABotError as exc:  # a bad question ends nothing: the conversation goes on
            print(f"error: {exc}", file=sys.stderr)
            continue
        if not interactive:
            print(f"› {question}")
        _print_answer(answer)
        print()
    return 0


def cmd_remove(args) -> int:
    bot = QABot.load(args.index)
    report = bot.remove(args.sources)
    st = bot.stats()
    print(f"removed {len(report.removed)} files ({', '.join(report.removed)}) from {args.index}; "
          f"{st['files']} files, {st['chunks']} chunks left; nothing re-embedded ({report.seconds:.1f}s)")
    return 0


def cmd_serve(args) -> int:
    from qa_bot.ui.app import serve

    auth = None
    if args.auth:
        user, sep, password = args.auth.partition(":")
        if not sep or not user or not password:
            raise QABotError("--auth takes USER:PASSWORD")
        auth = (user, password)
    serve(QABot.load(args.index), host=args.host, port=args.port, auth=auth)
    return 0


def cmd_eval(args) -> int:
    from qa_bot.evaluation.command import run_cli

    return run_cli(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
