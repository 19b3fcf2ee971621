"""The Gradio chat UI: a thin layer over QABot."""

from __future__ import annotations

import html

import gradio as gr

from .bot import QABot
from .errors import QABotError


def render_answer(answer) -> str:
    """Markdown for one answer; document text is escaped so it can never run as HTML."""
    if answer.abstained:
        return "⚠️ " + html.escape(answer.text)
    lines = [html.escape(answer.text), ""]
    for i, c in enumerate(answer.citations, start=1):
        lines.append(f"[{i}] `{html.escape(c.label)}`")
    return "\n\n".join(lines)


def build_app(bot: QABot) -> gr.Blocks:
    def respond(message: str, history: list):
        try:
            return render_answer(bot.ask(message))
        except QABotError as exc:
            return f"❌ {html.escape(str(exc))}"

    with gr.Blocks(title="qa-bot") as app:
        gr.Markdown("## qa-bot\nAnswers are verbatim quotations from your documents, each cited to file and paragraph.")
        gr.ChatInterface(
            respond,
            examples=["Hội nghị trực tuyến có bao nhiêu điểm cầu?", "hoi nghi truc tuyen co bao nhieu diem cau"],
        )
    return app


def serve(bot: QABot, host: str = "127.0.0.1", port: int = 7860, auth=None) -> None:
    build_app(bot).launch(server_name=host, server_port=port, auth=auth, share=False)
