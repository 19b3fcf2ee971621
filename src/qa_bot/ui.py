"""The Gradio chat UI: a thin layer over QABot.

Ask → the answer streams into the chat, each quote marked [n] with its
``source · ¶ paragraph · line``; the same citations appear as choices under
the chat, and choosing one opens the source viewer with the quote highlighted.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import gradio as gr

from .bot import BuildProgress, QABot
from .errors import QABotError
from .ingest import SUPPORTED
from .ui_render import CSS, answer_markdown, citation_choice, hit_label, md_text, stats_markdown, viewer_html

EXAMPLES = [
    "Hội nghị trực tuyến có bao nhiêu điểm cầu?",
    "hoi nghi truc tuyen co bao nhieu diem cau",
    "Đến nay đã hoàn thành bao nhiêu đề án trình Ban Chấp hành Trung ương?",
    "ai la truong ban to chuc trung uong nam 2011",
]
STREAM_STEP = 24  # characters per streamed update


def build_app(bot: QABot) -> gr.Blocks:
    def ask(message: str, history: list, k: float, mode: str):
        history = list(history or []) + [{"role": "user", "content": md_text(message or "")}]
        try:
            answer = bot.ask(message or "", k=int(k), mode=mode)
        except QABotError as exc:
            history.append({"role": "assistant", "content": f"❌ {md_text(str(exc))}"})
            yield history, gr.update(choices=[], value=None), [], ""
            return
        final = answer_markdown(answer)
        if not answer.abstained:  # stream the quotes as plain text, then show them formatted
            plain = "\n\n".join(f"“{c.quote}” [{i}]" for i, c in enumerate(answer.citations, start=1))
            history.append({"role": "assistant", "content": ""})
            for n in range(STREAM_STEP, len(plain), STREAM_STEP):
                history[-1] = {"role": "assistant", "content": md_text(plain[:n])}
                yield history, gr.update(), gr.update(), gr.update()
            history[-1] = {"role": "assistant", "content": final}
            refs = [(c.source, c.paragraph, c.start, c.end) for c in answer.citations]
            choices = [citation_choice(i, c) for i, c in enumerate(answer.citations, start=1)]
        else:
            history.append({"role": "assistant", "content": final})
            near = answer.hits[:3]
            refs = [(h.source, h.paragraph, None, None) for h in near]
            choices = [f"↗ {hit_label(h)}" for h in near]
        viewer = viewer_html(bot.index, *refs[0]) if refs else ""
        yield history, gr.update(choices=choices, value=None), refs, viewer

    def pick(choice: str | None, refs: list):
        if not choice or not refs:
            return gr.update()
        if choice.startswith("["):
            i = int(choice[1 : choice.index("]")]) - 1
        else:  # "↗ source · ¶ n · line l" of an abstained answer
            i = next((j for j, r in enumerate(refs) if choice[2:].startswith(f"{r[0]} · ¶ {r[1]} ·")), 0)
        return viewer_html(bot.index, *refs[i])

    def upload(files, progress=gr.Progress()):
        if not files:
            return "Chưa chọn tệp nào. / No file chosen.", stats_markdown(bot.stats())
        folder = Path(tempfile.mkdtemp(prefix="qa-bot-upload-"))
        problems = []
        try:
            for f in files:
                path = Path(getattr(f, "name", f))
                name = os.path.basename(str(getattr(f, "orig_name", None) or path.name))
                if not name or name in (".", "..") or name.startswith("."):
                    problems.append(f"- ❌ {md_text(str(name))}: tên tệp không hợp lệ / invalid file name")
                    continue
                shutil.copyfile(path, folder / name)
            done = {"n": 0, "total": 0}

            def total(n):
                done["total"] = n
                progress((0, max(n, 1)), desc="embedding", unit="chunks")

            def advance(n):
                done["n"] += n
                progress((done["n"], max(done["total"], 1)), desc="embedding", unit="chunks")

            report = bot.add([folder], BuildProgress(total=total, advance=advance)) if any(folder.iterdir()) else None
        except QABotError as exc:
            return f"❌ {md_text(str(exc))}", stats_markdown(bot.stats())
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        lines = []
        if report is not None:
            added = [s for s in report.indexed if s not in report.reused]
            if added:
                lines.append(f"✅ Đã thêm / added: {', '.join(md_text(s) for s in added)} "
                             f"({report.embedded_chunks} chunks, {report.seconds:.1f}s)")
            lines += [f"- ❌ {md_text(e.source)}: {md_text(e.reason)}" for e in report.skipped]
        return "\n".join(lines + problems) or "Không có gì mới. / Nothing new.", stats_markdown(bot.stats())

    with gr.Blocks(title="qa-bot") as app:
        gr.Markdown("## qa-bot\nMỗi câu trả lời là trích dẫn nguyên văn từ tài liệu của bạn, kèm tệp và đoạn. "
                    "/ Every answer is a verbatim quotation from your documents, cited to file and paragraph.")
        refs = gr.State([])
        with gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(elem_id="chat", height=460, label="Hỏi đáp / Chat", sanitize_html=True)
                with gr.Row():
                    question = gr.Textbox(elem_id="question", show_label=False, scale=5,
                                          placeholder="Đặt câu hỏi về tài liệu… / Ask about your documents…")
                    send = gr.Button("Hỏi / Ask", variant="primary", elem_id="ask", scale=1)
                gr.Examples(EXAMPLES, inputs=question, label="Ví dụ / Examples")
                sources = gr.Radio([], label="Nguồn — chọn để xem / Sources — click to open", elem_id="sources")
            with gr.Column(scale=2):
                viewer = gr.HTML("<div class='qa-viewer'><p>Chọn một trích dẫn để xem đoạn gốc. "
                                 "/ Click a citation to see it in its document.</p></div>", elem_id="viewer")
                with gr.Accordion("Chỉ mục & cài đặt / Index & settings", open=True):
                    stats = gr.Markdown(stats_markdown(bot.stats()), elem_id="stats")
                    k = gr.Slider(1, 10, value=bot.settings.top_k, step=1, label="top-k")
                    mode = gr.Radio(["hybrid", "dense", "lexical"], value=bot.settings.mode, label="retrieval")
                with gr.Accordion("Thêm tài liệu / Add documents", open=True):
                    files = gr.File(file_count="multiple", file_types=sorted(SUPPORTED), elem_id="upload",
                                    label="Tệp / Files")
                    add = gr.Button("Lập chỉ mục / Index", elem_id="upload-btn")
                    log = gr.Markdown(elem_id="upload-log")

        outputs = [chat, sources, refs, viewer]
        for trigger in (send.click, question.submit):
            trigger(ask, [question, chat, k, mode], outputs).then(lambda: "", None, question)
        sources.change(pick, [sources, refs], viewer)
        add.click(upload, [files], [log, stats])
    return app


def serve(bot: QABot, host: str = "127.0.0.1", port: int = 7860, auth=None) -> None:
    build_app(bot).queue(default_concurrency_limit=4).launch(
        server_name=host, server_port=port, auth=auth, share=False, css=CSS, show_error=False,
    )
