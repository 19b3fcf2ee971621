"""HTML and Markdown for the chat UI. Everything that comes from a document is escaped here.

Document text is shown as text: it goes through ``html.escape`` (and, inside chat
messages, Markdown escaping as well) before it reaches the page, so HTML or
script inside a document never runs. The chat additionally runs Gradio's HTML
sanitiser, which keeps only plain markup (the ``qa-*`` classes used here survive
it; event handlers, scripts and data-* attributes do not).

A *ref* is a small dict naming what the viewer should show: the cited paragraph
of a quotation (``kind == "quote"``, with the quote and its span) or a nearest
passage offered by an abstained answer (``kind == "near"``, with the span of its
best-matching chunk). The UI keeps refs in session state under short ids; the
chat's clickable citations carry only that id, as a class name ``qa-ref-<id>``.
"""

from __future__ import annotations

import html
import re

from qa_bot.answer import bands, short_answer
from qa_bot.store.index import Index
from qa_bot.types import Answer, Citation, Hit

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")
SNIPPET_CHARS = 180


def md_text(text: str) -> str:
    """Plain text safe inside chat Markdown: Markdown syntax neutralised, then HTML escaped."""
    return html.escape(_MD_SPECIAL.sub(r"\\\1", str(text)), quote=False)


def attr(text: str) -> str:
    return html.escape(str(text), quote=True)


def citation_ref(c: Citation) -> dict:
    return {"kind": "quote", "source": c.source, "paragraph": c.paragraph, "line": c.line,
            "start": c.start, "end": c.end, "quote": c.quote, "label": c.label}


def hit_ref(h: Hit) -> dict:
    start, end = (h.chunk_start, h.chunk_end) if h.chunk_end > h.chunk_start else (None, None)
    return {"kind": "near", "source": h.source, "paragraph": h.paragraph, "line": h.line,
            "start": start, "end": end, "quote": None, "label": hit_label(h)}


def hit_label(h: Hit) -> str:
    where = f"{h.source} · ¶ {h.paragraph} · line {h.line}" + (f" · sheet {h.sheet}" if h.sheet else "")
    return f"{where} · page {h.page}" if h.page is not None else where


def _ref_link(ref_id: str, inner: str, title: str = "Mở trong trình xem / open in the viewer") -> str:
    """A clickable citation inside a chat message; the page script turns a click into a viewer update."""
    # the id travels as a class name: Gradio's sanitiser keeps classes but drops data-* attributes
    return (f'<span class="qa-ref qa-ref-{attr(ref_id)}" role="button" tabindex="0" '
            f'title="{attr(title)}">{inner}</span>')


def streaming_text(answer: Answer) -> str:
    """What streams into the chat before the formatted answer replaces it."""
    return "\n\n".join(f"“{c.quote}” [{i}]" for i, c in enumerate(answer.citations, start=1))


def answer_markdown(answer: Answer, ref_ids: list[str]) -> str:
    """The final chat message: quotes marked [n], each with its clickable citation label."""
    if answer.abstained:
        first = answer.text.splitlines()[0] if answer.text else "Tài liệu không chứa câu trả lời."
        # an HTML block: its content is not Markdown, so it is only HTML-escaped
        parts = [understood_as(answer) + band_html(answer)
                 + f'<div class="qa-abstain" role="note">⚠️ {html.escape(first)}</div>' + why_html(answer)]
        if answer.hits:
            parts.append('<div class="qa-near-title">Đoạn gần nhất — bấm để xem / nearest passages — click to open:</div>')
            for ref_id, h in zip(ref_ids, answer.hits):
                snippet = h.text if len(h.text) <= SNIPPET_CHARS else h.text[:SNIPPET_CHARS].rstrip() + "…"
                parts.append(f"- {_ref_link(ref_id, '↗ ' + md_text(hit_label(h)))}  \n"
                             f'<span class="qa-snippet">{md_text(snippet)}</span>')
        return "\n\n".join(parts)
    parts = [band_html(answer)]
    if answer.band == bands.UNCERTAIN:
        parts[0] += f'<div class="qa-uncertain-note" role="note">{html.escape(bands.UNCERTAIN_NOTE)}</div>'
    for i, (ref_id, c) in enumerate(zip(ref_ids, answer.citations), start=1):
        quote = _quote_with_short(c.quote, answer.short) if i == 1 else md_text(c.quote)
        parts.append(f"“{quote}” {_ref_link(ref_id, f'<b>[{i}]</b>')}  \n"
                     f'<span class="qa-cite">{_ref_link(ref_id, f"[{i}] " + md_text(c.label))}</span>')
    if answer.why:
        parts.append(why_html(answer))
    return understood_as(answer) + "\n\n".join(parts)


def band_html(answer: Answer) -> str:
    """The band as a visible label with the percentage; its class says which, for the styles."""
    return (f'<div class="qa-band qa-band-{attr(answer.band)}" role="status">'
            f'{html.escape(bands.label(answer.band, answer.confidence))}</div>')


def why_html(answer: Answer) -> str:
    return f'<div class="qa-why">Vì sao / Why: {html.escape(answer.why)}</div>' if answer.why else ""


def understood_as(answer: Answer) -> str:
    """The lines above an answer that say what was searched, when that is not just what was typed:
    a follow-up made whole, and the Vietnamese words an English question was searched with."""
    out = ""
    if answer.rewritten:
        out += f'<div class="qa-understood">Hiểu là / Understood as: <i>{html.escape(answer.query)}</i></div>\n\n'
    if answer.translation:
        out += (f'<div class="qa-understood qa-translation">Tìm cả bằng / Also searched as: '
                f'<i>{html.escape(answer.searched_as)}</i></div>\n\n')
    return out


def _quote_with_short(quote: str, short: str | None) -> str:
    """The quote, verbatim, with the short answer inside it in bold."""
    parts = short_answer.split(quote, short)
    if parts is None:
        return md_text(quote)
    before, middle, after = parts
    return md_text(before) + f'<b class="qa-short">{md_text(middle)}</b>' + md_text(after)


def error_markdown(message: str) -> str:
    return f'<div class="qa-error" role="alert">❌ {html.escape(message)}</div>'


VIEWER_EMPTY = ('<div class="qa-viewer qa-viewer-empty"><p>Bấm vào một trích dẫn để xem đoạn gốc trong tài liệu.<br>'
                "Click a citation to see it in its document.</p></div>")


def viewer_html(index: Index, ref: dict | None, around: int = 2) -> str:
    """The referenced paragraph in its document, the quote highlighted, ``around`` paragraphs either side."""
    if not ref:
        return VIEWER_EMPTY
    source, number = ref["source"], int(ref["paragraph"])
    doc = index.document(source)
    if doc is None or not 1 <= number <= len(doc.paragraphs):
        return (f'<div class="qa-viewer"><p class="qa-missing">{html.escape(source)} ¶ {number}: '
                "không còn trong chỉ mục / no longer in the index.</p></div>")
    cited = doc.paragraphs[number - 1]
    start, end = _span(cited.text, ref)
    lo, hi = max(1, number - around), min(len(doc.paragraphs), number + around)
    kind = "Trích dẫn / quotation" if ref.get("kind") == "quote" else "Đoạn gần nhất / nearest passage"
    rows = [
        '<div class="qa-viewer">',
        f'<div class="qa-doc"><span class="qa-doc-name">{html.escape(source)}</span>'
        f'<span class="qa-doc-meta">{kind} · ¶ {number} / {len(doc.paragraphs)} · line {cited.line}</span></div>',
        '<div class="qa-paras">',
    ]
    if lo > 1:
        rows.append(f'<div class="qa-gap">… ¶ 1–{lo - 1}</div>')
    for p in doc.paragraphs[lo - 1 : hi]:
        where = (f"¶ {p.number} · line {p.line}" + (f" · sheet {p.sheet}" if p.sheet else "")
                 + (f" · page {p.page}" if p.page is not None else ""))
        if p.number == number and start is not None:
            tag = "qa-quote" if ref.get("kind") == "quote" else "qa-near"
            body = (html.escape(p.text[:start]) + f'<mark class="{tag}">' + html.escape(p.text[start:end])
                    + "</mark>" + html.escape(p.text[end:]))
        else:
            body = html.escape(p.text)
        cls = "qa-para qa-cited" if p.number == number else "qa-para"
        rows.append(f'<div class="{cls}" data-paragraph="{p.number}"><span class="qa-where">{where}</span>'
                    f'<div class="qa-text">{body}</div></div>')
    if hi < len(doc.paragraphs):
        rows.append(f'<div class="qa-gap">… ¶ {hi + 1}–{len(doc.paragraphs)}</div>')
    rows.append("</div></div>")
    return "".join(rows)


def _span(text: str, ref: dict) -> tuple[int | None, int | None]:
    """Where to highlight; a quote is found again if the document changed since it was cited."""
    start, end, quote = ref.get("start"), ref.get("end"), ref.get("quote")
    if start is not None and end is not None and 0 <= start < end <= len(text):
        if quote is None or text[start:end] == quote:
            return start, end
    if quote:
        at = text.find(quote)
        if at >= 0:
            return at, at + len(quote)
    return None, None


def stats_html(stats: dict, documents: list, show: int = 30, left_out: list | None = None) -> str:
    """``documents``: the index's Documents; each is listed with its paragraphs and when it was indexed.
    ``left_out``: the IngestErrors of the files the last build or upload could not index, each with its reason."""
    names = "".join(
        f'<li><span class="qa-file">{html.escape(d.source)}</span> <span class="qa-file-meta">· '
        f'{len(d.paragraphs)} ¶' + (f" · {html.escape(d.indexed_at)}" if d.indexed_at else "") + "</span></li>"
        for d in documents[:show])
    more = f"<li>… +{len(documents) - show}</li>" if len(documents) > show else ""
    return (
        '<div class="qa-stats">'
        f'<div class="qa-stat-line"><b>{stats["files"]}</b> tệp / files · <b>{stats["paragraphs"]}</b> đoạn / paragraphs'
        f' · <b>{stats["chunks"]}</b> chunks</div>'
        f'<div class="qa-stat-model">model: <code>{html.escape(str(stats["model"]))}</code> ({stats.get("dim", "?")}-d)</div>'
        f"<details open><summary>Các tệp / files</summary><ul>{names}{more}</ul></details>"
        + (f'<details open class="qa-left-out"><summary>Không đưa vào / left out ({len(left_out)})</summary><ul>'
           + "".join(f'<li><span class="qa-file">{html.escape(e.source)}</span> <span class="qa-file-meta">· '
                     f'{html.escape(e.reason)}</span></li>' for e in left_out) + "</ul></details>"
           if left_out else "")
        + "</div>"
    )


CSS = """
.gradio-container { max-width: 1400px !important; }
#qa-title h2 { margin-bottom: 0; }
#chat .qa-ref { cursor: pointer; color: #3730a3; border-radius: 4px; }
#chat .qa-ref:hover, #chat .qa-ref:focus { background: #e0e7ff; outline: none; text-decoration: underline; }
#chat .qa-cite { display: inline-block; margin-top: 2px; font-size: 0.82em; color: #475569; }
#chat .qa-abstain { border-left: 4px solid #d97706; background: #fffbeb; color: #78350f;
                    padding: 8px 12px; border-radius: 6px; font-weight: 500; }
#chat .qa-band { display: inline-block; padding: 2px 10px; border-radius: 999px; font-size: 0.85em;
                 font-weight: 600; margin-bottom: 6px; }
#chat .qa-band-confident { background: #dcfce7; color: #14532d; border: 1px solid #86efac; }
#chat .qa-band-uncertain { background: #fef3c7; color: #78350f; border: 1px dashed #d97706; }
#chat .qa-band-not_found { background: #f1f5f9; color: #334155; border: 1px solid #cbd5e1; }
#chat .qa-uncertain-note { border-left: 4px dashed #d97706; background: #fffbeb; color: #78350f;
                           padding: 6px 10px; border-radius: 6px; font-style: italic; margin-bottom: 6px; }
#chat .qa-why { font-size: 0.82em; color: #475569; margin-top: 6px; }
#chat .qa-near-title { font-size: 0.9em; color: #78350f; }
#chat .qa-snippet { font-size: 0.85em; color: #64748b; }
#chat .qa-error { border-left: 4px solid #dc2626; background: #fef2f2; color: #7f1d1d;
                  padding: 8px 12px; border-radius: 6px; }
.qa-viewer { font-size: 15px; line-height: 1.55; }
.qa-viewer-empty { color: #64748b; padding: 24px 8px; text-align: center; }
.qa-doc { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; margin-bottom: 6px; }
.qa-doc-name { font-weight: 600; }
.qa-doc-meta { font-size: 12px; color: #64748b; }
.qa-paras { max-height: 560px; overflow-y: auto; padding-right: 4px; }
.qa-para { padding: 8px 10px; margin: 6px 0; border-radius: 6px; background: #f8fafc; color: #334155; }
.qa-cited { background: #eef2ff; border-left: 4px solid #4f46e5; color: #0f172a; }
.qa-where { display: block; font-size: 12px; color: #64748b; margin-bottom: 2px; }
.qa-gap { font-size: 12px; color: #94a3b8; text-align: center; }
.qa-missing { color: #7f1d1d; }
mark.qa-quote { background: #fde68a; color: inherit; padding: 0 2px; border-radius: 2px; }
mark.qa-near { background: #e0f2fe; color: inherit; padding: 0 2px; border-radius: 2px; }
.qa-stats { font-size: 14px; line-height: 1.6; }
.qa-stats ul { margin: 4px 0 0 18px; font-size: 13px; }
.qa-file-meta { color: #64748b; font-size: 12px; }
#chat .qa-understood { font-size: 0.85em; color: #475569; margin-bottom: 4px; }
#chat b.qa-short { background: #fef3c7; border-radius: 2px; padding: 0 1px; }
"""

# Runs once when the page loads: a click (or Enter) on a citation in the chat puts its
# ref id into the hidden #qa-ref box and presses the hidden #qa-open button, whose
# event renders the viewer; when the viewer changes, its cited paragraph is scrolled into view.
JS = """
() => {
  const open = (id) => {
    const box = document.querySelector('#qa-ref textarea, #qa-ref input');
    const button = document.querySelector('#qa-open');
    if (!box || !button) return;
    window.__qaRef = id;
    box.value = id;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    button.click();
  };
  const target = (event) => event.target.closest ? event.target.closest('#chat .qa-ref') : null;
  const refOf = (el) => {
    for (const c of el.classList) if (c.startsWith('qa-ref-')) return c.slice(7);
    return null;
  };
  document.addEventListener('click', (event) => {
    const el = target(event);
    if (!el) return;
    event.preventDefault();
    open(refOf(el));
  });
  document.addEventListener('keydown', (event) => {
    const el = target(event);
    if (!el || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    open(refOf(el));
  });
  const watch = () => {
    const viewer = document.querySelector('#viewer');
    if (!viewer) { setTimeout(watch, 200); return; }
    new MutationObserver(() => {
      const box = viewer.querySelector('.qa-paras');
      const cited = viewer.querySelector('.qa-cited');
      if (!box || !cited || box.dataset.placed) return;  // each new viewer content is placed once
      box.dataset.placed = '1';
      // scroll only when the cited paragraph would not be wholly visible; keep a bit of the one before
      const top = cited.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
      box.scrollTop = top + cited.offsetHeight <= box.clientHeight ? 0 : Math.max(0, top - 56);
    }).observe(viewer, { childList: true, subtree: true });
  };
  watch();
}
"""
