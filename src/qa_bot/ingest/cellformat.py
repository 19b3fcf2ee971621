"""A spreadsheet cell's value as the sheet shows it: its number format applied.

openpyxl gives a number (152340, 0.1234) and the cell's format ('#,##0', '0.0%'); a reader sees
"152,340" and "12.3%" under an English locale, "152.340" and "12,3%" under a Vietnamese one.
Which separators is ``Settings.spreadsheet_numbers`` ("en-US", the default, as Excel and
LibreOffice show a sheet out of the box; or "vi"). The common formats are enough: General, '0', '0.0', '#,##0', '#,##0.0(0)', '0%', '0.0%',
currency text and literals around them ("#,##0 \\"đ\\""), and dates (dd/mm/yyyy).
"""

from __future__ import annotations

import datetime as dt
import re

# (thousands, decimal) separators per locale
SEPARATORS = {"en-US": (",", "."), "vi": (".", ",")}

_LITERAL = re.compile(r'"([^"]*)"|\\(.)')
_BRACKETS = re.compile(r"\[[^\]]*\]")


def show(value, number_format: str | None = "General", locale: str = "en-US") -> str:
    """The text of a cell: None → "", text as is, numbers and dates formatted."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.hour or value.minute or value.second:
            return value.strftime("%d/%m/%Y %H:%M")
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if not isinstance(value, (int, float)):
        return str(value)
    return number(value, number_format or "General", locale)


def number(value: float, fmt: str, locale: str = "en-US") -> str:
    thousands, decimal = SEPARATORS.get(locale, SEPARATORS["en-US"])
    section = fmt.split(";")
    if value < 0 and len(section) > 1:
        fmt, value, sign = section[1], -value, ""  # the negative section writes its own sign (or brackets)
    else:
        fmt, sign = section[0], "-" if value < 0 else ""
        value = abs(value)
    fmt = _BRACKETS.sub("", fmt)  # [Red], [$-42A], [>=1000]
    if fmt.strip().lower() in ("general", "") or not re.search(r"[0#?]", fmt):
        return sign + _general(value, decimal)
    percent = "%" in fmt
    if percent:
        value *= 100
    # the digits part: from the first 0/#/? to the last, with its separators
    m = re.search(r"[0#?][0#?,.\s]*", _LITERAL.sub(lambda x: " " * len(x.group(0)), fmt))
    body = m.group(0).rstrip() if m else "0"
    before, after = fmt[: m.start()] if m else "", fmt[m.start() + len(body):] if m else ""
    integer, _, fraction = body.partition(".")
    decimals = sum(1 for c in fraction if c in "0#?")
    grouped = "," in integer
    text = f"{value:,.{decimals}f}" if grouped else f"{value:.{decimals}f}"
    if "#" in fraction and decimals:  # '#' decimals are dropped when zero
        text = text.rstrip("0").rstrip(".")
    text = text.replace(",", "\x00").replace(".", decimal).replace("\x00", thousands)
    return sign + _literal(before) + text + _literal(after)


def _literal(part: str) -> str:
    out = _LITERAL.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), part)
    return out.replace("_)", "").replace("*", "").replace("_", "")


def _general(value: float, decimal: str) -> str:
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.10g}".replace(".", decimal)
