"""The summary shown at the end of an interview, and the referral note printed to PDF after the officer has been
told that the file is not encrypted (as the case export asks)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tiphandbook.core.screening.labels import label
from tiphandbook.core.screening.model import Guide
from tiphandbook.core.screening.referral_note import referral_note_html
from tiphandbook.core.screening.session import InterviewSession
from tiphandbook.ui.common.page_printer import write_pdf

NOTE_CSS = """
h1 { font-size: 16pt; }
h2 { font-size: 13pt; margin-top: 14px; }
td, th { vertical-align: top; }
"""


def summary_html(session: InterviewSession, link: Callable[[str], str]) -> str:
    """Outcome, indicators found and the guide's recommendations, in the officer's language; ``link`` makes a
    handbook section's link."""
    guide, summary = session.guide, session.summary()
    lang = guide.lang
    parts = [f"<h2>{escape(label('outcome', lang))}: {escape(label(f'state-{summary.state.value}', lang))}</h2>",
             f"<h3>{escape(label('indicators', lang))}</h3>"]
    if summary.raised:
        items = "".join(f"<li><b>{escape(r.title)}</b> — {link(r.ref)}</li>" for r in summary.raised)
        parts.append(f"<ul>{items}</ul>")
    else:
        parts.append(f"<p>{escape(label('no-indicators', lang))}</p>")
    if summary.recommendations:
        parts.append(f"<h3>{escape(label('recommendation', lang))}</h3><ul>")
        for rule in summary.recommendations:
            refs = "; ".join(link(ref) for ref in rule.refer)
            verify = f"<br><b>{escape(label('verify', lang))}:</b> {escape(rule.verify)}" if rule.verify else ""
            parts.append(f"<li>{escape(rule.recommend)}<br>{escape(label('see', lang))}: {refs}{verify}</li>")
        parts.append("</ul>")
    return "".join(parts)


def write_note(session: InterviewSession, guides: Sequence[Guide], path: Path, describe_ref: Callable[[str], str]) -> int:
    """The note as an A4 PDF through the shared page printer; the footer of every page says NOT ENCRYPTED."""
    html = referral_note_html(session, guides, datetime.now(UTC), describe_ref)
    langs = [g.lang for g in guides]
    title = " / ".join(label("note-title", lang) for lang in langs)  # names the kind of paper, never the case
    notice = " / ".join(label("not-encrypted", lang).split(".")[0] for lang in langs)
    return write_pdf(html, NOTE_CSS, path, title, notice)


def export_note(parent: QWidget, session: InterviewSession, guides: Sequence[Guide],
                describe_ref: Callable[[str], str]) -> Path | None:
    """Warn, then ask where, then write; the saved path, or None when the officer stopped."""
    answer = QMessageBox.warning(
        parent, QCoreApplication.translate("ReferralNote", "The referral note is not encrypted"),
        QCoreApplication.translate("ReferralNote", "The PDF is not encrypted: anyone who can open it can read what the person said. Save it only "
                  "where the case file is kept, hand the printout only to the service it is for, and delete copies "
                  "you no longer need."),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Save:
        return None
    name = f"referral-note-{session.guide.id}-{session.started:%Y%m%d}.pdf"  # no case data in file names
    chosen, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ReferralNote", "Save the referral note"), name,
                                            QCoreApplication.translate("ReferralNote", "PDF files (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen) if Path(chosen).suffix.lower() == ".pdf" else Path(chosen).with_suffix(".pdf")
    try:
        write_note(session, guides, path, describe_ref)
    except OSError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("ReferralNote", "Save the referral note"), str(exc))
        return None
    return path
