"""The state of the legal review for the About box: how many chapters a national reviewer has checked, and when."""

from __future__ import annotations

from tiphandbook.core.content.labels import label
from tiphandbook.core.content.model import SOURCE_LANGUAGE, Library
from tiphandbook.core.review.boxes import verify_boxes


def review_summary(library: Library, lang: str) -> str:
    chapters = [d for (_, doc_lang), d in library.documents.items() if doc_lang == SOURCE_LANGUAGE and d.kind == "chapter"]
    reviewed = sorted((d.reviewed for d in chapters if d.reviewed is not None), reverse=True)
    boxes = len(verify_boxes(library, SOURCE_LANGUAGE))
    if not reviewed:
        return label("review-none", lang).replace("{boxes}", str(boxes))
    date, role = reviewed[0]
    text = label("review-summary", lang)
    for key, value in (("n", len(reviewed)), ("total", len(chapters)), ("date", date), ("by", role), ("boxes", boxes)):
        text = text.replace("{" + key + "}", str(value))
    return text
