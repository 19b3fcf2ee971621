"""The Gradio chat UI: a thin layer over QABot.

Ask → the answer streams into the chat, each quote marked [n] with its
``source · ¶ paragraph · line``. Clicking a citation in the chat (or choosing it
under "Nguồn / Sources") opens the source viewer: the cited paragraph in its
document, the quote highlighted, two paragraphs either side. An abstained answer
is shown as a warning and offers the nearest passages, which open the same way.

Each browser session keeps its answers in its own ``gr.State``: that list is the
conversation a follow-up is read against (``bot.ask(q, history=...)``), so two
tabs never see each other's turns. "New conversation" empties it; "Download"
serves it as Markdown (transcript.py).

How a click in the chat reaches Python: chat messages are sanitised Markdown, so
they cannot carry event handlers (nor data-* attributes). Each citation is a
``<span class="qa-ref qa-ref-r7">``; a page script (``ui_render.JS``, installed at launch) catches
clicks on those, writes the id into a hidden textbox and presses a hidden button,
whose event looks the id up in the session's refs and renders the viewer.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
import uuid
from pathlib import Path

import gradio as gr

from qa_bot.bot import BuildProgress, QABot
from qa_bot.chat import transcript
from qa_bot.errors import QABotError
from qa_bot.ingest.documents import SUPPORTED
from qa_bot.ui.render import (
    CSS,
    JS,
    VIEWER_EMPTY,
    answer_markdown,
    citation_ref,
    error_markdown,
    hit_ref,
    md_text,
    stats_html,
    streaming_text,
    viewer_html,
)

log = logging.getLogger(__name__)

EXAMPLES = [
    "Hội nghị trực tuyến có bao nhiêu điểm cầu?",
    "hoi nghi truc tuyen co bao nhieu diem cau",
    "Đến nay đã hoàn thành bao nhiêu đề án trình Ban Chấp hành Trung ương?",
    "den nay da hoan thanh bao nhieu de an trinh Ban Chap hanh Trung uong",
    "ai la truong ban to chuc trung uong nam 2011",
]
STREAM_STEP = 24  # characters per streamed update
STREAM_DELAY = 0.02  # seconds between streamed updates
NEAREST = 3  # nearest passages offered by an abstained answer
TRANSCRIPT_TTL = 24 * 3600  # seconds a conversation's Markdown file is kept for its download button
UNEXPECTED = ("Đã xảy ra lỗi không mong muốn; hãy thử lại. "
              "/ Something went wrong; please try again (details are in the server log).")


def safe_upload_name(name: str) -> str | None:
    """The bare file name of an upload, or None when nothing safe is left (no folders, no '..')."""
    base = os.path.basename(str(name).replace("\\", "/")).strip()
    if not base or base in (".", "..") or "\x00" in base:
        return None
    return base


def transcript_file(turns: list) -> str | None:
    """The conversation as a Markdown file for the download button; None before the first answer."""
    if not turns:
        return None
    folder = Path(tempfile.gettempdir()) / "qa-bot-conversations"
    folder.mkdir(exist_ok=True)
    # one file per answer, so that a download is always the conversation so far; old ones go
    for old in folder.glob("qa-bot-conversation-*.md"):
        try:
            if time.time() - old.stat().st_mtime > TRANSCRIPT_TTL:
                old.unlink()
        except OSError:
            pass  # another session removed it first
    path = folder / f"qa-bot-conversation-{uuid.uuid4().hex[:12]}.md"
    path.write_text(transcript.markdown(turns), encoding="utf-8")
    return str(path)


def build_app(bot: QABot) -> gr.Blocks:
    def ask(message: str, history: list, k: float, mode: str, refs: dict, turns: list):
        message = message or ""
        refs = dict(refs or {})
        turns = list(turns or [])
        history = list(history or []) + [{"role": "user", "content": md_text(message)}]
        # first update at once: the question moves into the chat and the box is cleared;
        # later updates leave the box alone (the next question may already be typed there)
        keep = gr.update()
        yield "", history + [{"role": "assistant", "content": "…"}], gr.update(), refs, [], gr.update(), turns, \
            gr.update()
        try:
            # the session's own turns: follow-ups ("Ai chủ trì?") are read against them
            answer = bot.ask(message, k=int(k), mode=mode, history=turns)
        except QABotError as exc:
            yield keep, history + [{"role": "assistant", "content": error_markdown(str(exc))}], gr.update(), refs, [], \
                gr.update(), turns, gr.update()
            return
        except Exception:  # never a traceback in the chat
            log.exception("ask failed: %r", message)
            yield keep, history + [{"role": "assistant", "content": error_markdown(UNEXPECTED)}], gr.update(), refs, \
                [], gr.update(), turns, gr.update()
            return
        turns.append(answer)
        if answer.abstained:
            items = [hit_ref(h) for h in answer.hits[:NEAREST]]
        else:
            items = [citation_ref(c) for c in answer.citations]
        ids = []
        for item in items:
            ref_id = f"r{len(refs) + 1}"
            refs[ref_id] = item
            ids.append(ref_id)
        if not answer.abstained:  # stream the quotes as plain text, then show them formatted
            plain = streaming_text(answer)
            for n in range(STREAM_STEP, len(plain), STREAM_STEP):
                yield keep, history + [{"role": "assistant", "content": md_text(plain[:n])}], gr.update(), refs, ids, \
                    gr.update(), turns, gr.update()
                time.sleep(STREAM_DELAY)
        history.append({"role": "assistant", "content": answer_markdown(answer, ids)})
        mark = "↗ " if answer.abstained else ""
        choices = [(f"{mark}[{i}] {refs[r]['label']}", r) for i, r in enumerate(ids, start=1)]
        first = ids[0] if ids else None
        viewer = viewer_html(bot.index, refs[first]) if first else VIEWER_EMPTY
        yield keep, history, gr.update(choices=choices, value=first), refs, ids, viewer, turns, \
            gr.update(value=transcript_file(turns), interactive=True)

    def new_conversation():
        return [], gr.update(choices=[], value=None), {}, [], VIEWER_EMPTY, [], gr.update(value=None, interactive=False)

    def open_ref(ref_id: str | None, refs: dict, current: list):
        ref = (refs or {}).get(ref_id or "")
        if ref is None:
            return gr.update(), gr.update()
        return viewer_html(bot.index, ref), gr.update(value=ref_id if ref_id in (current or []) else None)

    def pick(ref_id: str | None, refs: dict):
        ref = (refs or {}).get(ref_id or "")
        return viewer_html(bot.index, ref) if ref else gr.update()

    def current_stats() -> str:
        return stats_html(bot.stats(), bot.index.documents, left_out=bot.left_out)

    def document_choices():
        return gr.update(choices=[d.source for d in bot.index.documents], value=[])

    def remove(chosen: list | None):
        if not chosen:
            return "Chưa chọn tài liệu nào. / No document chosen.", current_stats(), gr.update()
        try:
            report = bot.remove(list(chosen))
        except QABotError as exc:
            return error_markdown(str(exc)), current_stats(), document_choices()
        except Exception:
            log.exception("remove failed")
            return error_markdown(UNEXPECTED), current_stats(), document_choices()
        return (f"🗑️ Đã xoá / removed: {', '.join(md_text(s) for s in report.removed)} ({report.seconds:.1f}s)",
                current_stats(), document_choices())

    def upload(files, progress=gr.Progress()):
        if not files:
            return "Chưa chọn tệp nào. / No file chosen.", current_stats()
        folder = Path(tempfile.mkdtemp(prefix="qa-bot-upload-"))
        problems: list[str] = []
        try:
            paths = []
            for f in files:
                path = Path(getattr(f, "path", None) or getattr(f, "name", None) or f)
                name = safe_upload_name(getattr(f, "orig_name", None) or path.name)
                if name is None:
                    problems.append(f"- ❌ {md_text(str(path.name))}: tên tệp không hợp lệ / invalid file name")
                    continue
                if (folder / name).exists():
                    problems.append(f"- ❌ {md_text(name)}: hai tệp cùng tên; giữ tệp đầu / two files with this "
                                    "name; the first one is kept")
                    continue
                shutil.copyfile(path, folder / name)
                paths.append(folder / name)
            done = {"n": 0, "total": 0}

            def total(n: int) -> None:
                done["total"] = n
                progress((0, max(n, 1)), desc="Nhúng / embedding", unit="chunks")

            def advance(n: int) -> None:
                done["n"] += n
                progress((done["n"], max(done["total"], 1)), desc="Nhúng / embedding", unit="chunks")

            def file_read(source: str) -> None:
                progress(None, desc=f"Đọc / reading {source}")

            def page_read(source: str, done: int, pages: int) -> None:
                progress((done, pages), desc=f"Nhận dạng chữ / OCR {source}", unit="pages")

            report = bot.add(paths, BuildProgress(total=total, advance=advance, file_read=file_read,
                                                  page_read=page_read)) if paths else None
        except QABotError as exc:
            return error_markdown(str(exc)), current_stats()
        except Exception:
            log.exception("upload failed")
            return error_markdown(UNEXPECTED), current_stats()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        blocks = []
        bad = list(problems)
        if report is not None:
            failed = {e.source for e in report.skipped}
            uploaded = {p.name for p in paths}
            added = [s for s in report.indexed if s in uploaded and s not in report.reused and s not in failed]
            same = [s for s in report.reused if s in uploaded and s not in failed]
            if added:
                blocks.append(f"✅ Đã thêm / added: {', '.join(md_text(s) for s in added)} "
                              f"({report.embedded_chunks} chunks, {report.seconds:.1f}s)")
            if same:
                blocks.append(f"↺ Không đổi / unchanged: {', '.join(md_text(s) for s in same)}")
            bad += [f"- ❌ {md_text(e.source)}: {md_text(e.reason)}" for e in report.skipped]
            if report.pages_left_out:
                blocks.append("Trang bỏ qua / pages left out:\n" + "\n".join(f"- ⚠️ {md_text(p)}"
                                                                          for p in report.pages_left_out))
        if bad:
            blocks.append("Không đọc được / could not be read:\n" + "\n".join(bad))
        return "\n\n".join(blocks) or "Không có gì mới. / Nothing new.", current_stats()

    with gr.Blocks(title="qa-bot") as app:
        gr.Markdown("## qa-bot\nMỗi câu trả lời là trích dẫn nguyên văn từ tài liệu của bạn, kèm tệp và đoạn. "
                    "/ Every answer is a verbatim quotation from your documents, cited to file and paragraph.",
                    elem_id="qa-title")
        refs = gr.State({})  # ref id -> what the viewer shows (ui_render.citation_ref / hit_ref)
        last_ids = gr.State([])  # ref ids of the last answer (the choices under the chat)
        turns = gr.State([])  # this browser session's answers: its conversation, which no other tab sees
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                chat = gr.Chatbot(
                    elem_id="chat", height=540, label="Hỏi đáp / Chat", sanitize_html=True, allow_tags=False,
                    render_markdown=True, buttons=["copy", "copy_all"],
                    placeholder="Hỏi bằng tiếng Việt (có hoặc không dấu) hoặc tiếng Anh. "
                                "/ Ask in Vietnamese (with or without diacritics) or English.",
                )
                with gr.Row():
                    question = gr.Textbox(elem_id="question", show_label=False, scale=5, max_lines=4,
                                          placeholder="Đặt câu hỏi về tài liệu… / Ask about your documents…")
                    send = gr.Button("Hỏi / Ask", variant="primary", elem_id="ask", scale=1)
                with gr.Row():
                    fresh = gr.Button("Cuộc trò chuyện mới / New conversation", elem_id="new-chat", size="sm")
                    download = gr.DownloadButton("Tải về / Download (.md)", elem_id="download", size="sm",
                                                 interactive=False)
                gr.Examples(EXAMPLES, inputs=question, label="Ví dụ / Examples")
                sources = gr.Radio([], label="Nguồn — bấm để xem / Sources — click to open", elem_id="sources")
            with gr.Column(scale=2):
                viewer = gr.HTML(VIEWER_EMPTY, elem_id="viewer", label="Tài liệu gốc / Source", show_label=True,
                                 container=True, padding=True)
                with gr.Accordion("Chỉ mục & cài đặt / Index & settings", open=True):
                    stats = gr.HTML(current_stats(), elem_id="stats")
                    k = gr.Slider(1, 10, value=bot.settings.top_k, step=1, label="top-k (đoạn xét / paragraphs)",
                                  elem_id="top-k")
                    mode = gr.Radio(["hybrid", "dense", "lexical"], value=bot.settings.mode,
                                    label="Truy hồi / retrieval", elem_id="mode")
                with gr.Accordion("Thêm tài liệu / Add documents", open=True):
                    files = gr.File(file_count="multiple", file_types=sorted(SUPPORTED), elem_id="upload",
                                    label=f"Tệp / Files ({', '.join(sorted(SUPPORTED))})", height=140)
                    add = gr.Button("Lập chỉ mục / Index", elem_id="upload-btn")
                    upload_log = gr.Markdown(elem_id="upload-log")
                with gr.Accordion("Xoá tài liệu / Remove documents", open=False):
                    to_remove = gr.Dropdown([d.source for d in bot.index.documents], multiselect=True, value=[],
                                            label="Tài liệu / Documents", elem_id="remove-pick")
                    drop = gr.Button("Xoá khỏi chỉ mục / Remove from the index", variant="stop", elem_id="remove-btn")
                    remove_log = gr.Markdown(elem_id="remove-log")
        # the page script (ui_render.JS) fills this box and presses this button when a chat citation is clicked
        ref_box = gr.Textbox(visible="hidden", elem_id="qa-ref")
        open_btn = gr.Button(visible="hidden", elem_id="qa-open")

        gr.on([send.click, question.submit], ask, [question, chat, k, mode, refs, turns],
              [question, chat, sources, refs, last_ids, viewer, turns, download])
        fresh.click(new_conversation, None, [chat, sources, refs, last_ids, viewer, turns, download])
        drop.click(remove, [to_remove], [remove_log, stats, to_remove])
        open_btn.click(open_ref, [ref_box, refs, last_ids], [viewer, sources],
                       js="(id, refs, current) => [window.__qaRef ?? id, refs, current]")
        sources.input(pick, [sources, refs], viewer)
        add.click(upload, [files], [upload_log, stats]).then(document_choices, None, to_remove)
    return app


def serve(bot: QABot, host: str = "127.0.0.1", port: int = 7860, auth=None) -> None:
    build_app(bot).queue(default_concurrency_limit=4).launch(
        server_name=host, server_port=port, auth=auth, share=False, css=CSS, js=JS, show_error=False,
    )
