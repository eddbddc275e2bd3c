"""The worksheet as a printable document: each box with its place, claim, question and sources, and ruled space
for the reviewer's verdict, the official text relied on and the correct statement. For reviewers who work on paper.
"""

from __future__ import annotations

from html import escape

from tiphandbook.core.review.worksheet import (
    HEADERS,
    INSTRUCTIONS,
    TITLES,
    VERDICT_LABELS,
    Row,
)

RULE = "_" * 60


def worksheet_html(rows: list[Row], lang: str) -> str:
    headers = HEADERS[lang]
    choices = " ☐ ".join(VERDICT_LABELS[lang].values())
    parts = [f"<h1>{escape(TITLES[lang])}</h1>", f'<p class="meta">{escape(INSTRUCTIONS[lang])}</p>']
    for number, row in enumerate(rows, 1):
        values = row.values
        parts.append(
            f'<h3>{number}. {escape(values["id"])}</h3>'
            f'<p class="meta">{escape(values["location"])} · {escape(values["place"])}</p>'
            + (f'<p><b>{escape(headers["claim"])}:</b> {escape(values["claim"])}</p>' if values["claim"] else "")
            + f'<p><b>{escape(headers["question"])}:</b> {escape(values["question"])}</p>'
            + (f'<p class="meta"><b>{escape(headers["sources"])}:</b> {escape(values["sources"])}</p>' if values["sources"] else "")
            + f'<p><b>{escape(headers["verdict"])}:</b> ☐ {escape(choices)}</p>'
            f'<p><b>{escape(headers["official_source"])}:</b><br/>{RULE}</p>'
            f'<p><b>{escape(headers["corrected_text"])}:</b><br/>{RULE}<br/>{RULE}</p>'
            f'<p><b>{escape(headers["note"])}:</b><br/>{RULE}</p>'
        )
    return "\n".join(parts)
