"""The verify box as HTML, for notes that live outside a chapter's markdown (checklist items, quiz questions).

It has the same table, classes and label as a ``::: verify`` callout, so the reader's style sheet, print and the
quiz review show it exactly as in a chapter. Kept apart from ``render`` so that the quiz pages need no markdown-it.
"""

from __future__ import annotations

from html import escape

from tiphandbook.core.content.labels import label


def verify_box(text: str, lang: str) -> str:
    return (f'<table class="callout verify" width="100%" cellspacing="0" cellpadding="10"><tr><td class="verify">'
            f'<p class="callout-label">{escape(label("verify", lang))}</p><p>{escape(text)}</p></td></tr></table>')
