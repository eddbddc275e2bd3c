"""A screening interview kept as a case record in the vault, so it is encrypted, tamper-evident and listed with the
other records without a table or a seal of its own. It puts two features together (screening and cases), so it
sits in core's composition layer, above both.

The record's checklist id is ``screening:<guide id>`` and its version the guide's (in clear, like a checklist's);
its frozen template is the guide's title with one item, ``interview``, whose sealed note is the session's JSON
(``InterviewSession.to_dict``). The item is "done" once the interview has ended, so the records list shows 0/1 or
1/1. Every save goes through ``CaseStore.set_item``: one transaction, the record's version bumped and its state
sealed, so an edit made outside tiphandbook is reported exactly as for any other record.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from tiphandbook.core.cases.case_store import CaseStore
from tiphandbook.core.cases.records import CaseRecord, ItemState, RecordError
from tiphandbook.core.cases.templates import (
    TemplateItem,
    TemplateSection,
    TemplateSnapshot,
)
from tiphandbook.core.screening.model import Guide
from tiphandbook.core.screening.session import InterviewSession, SessionState

KIND_PREFIX = "screening:"
INTERVIEW_ITEM = "interview"


def is_interview(checklist_id: str) -> bool:
    return checklist_id.startswith(KIND_PREFIX)


def guide_id_of(checklist_id: str) -> str:
    return checklist_id.removeprefix(KIND_PREFIX)


def interview_template(guide: Guide) -> TemplateSnapshot:
    """What the record freezes: the guide's title (the list shows it) and the one item holding the interview."""
    item = TemplateItem(INTERVIEW_ITEM, guide.title, guide.summary, None, False)
    return TemplateSnapshot(KIND_PREFIX + guide.id, guide.version, guide.lang, guide.title,
                            (TemplateSection(INTERVIEW_ITEM, guide.title, (item,)),))


def start_interview(store: CaseStore, session: InterviewSession, now: datetime) -> str:
    """A new record holding ``session``; returns its id. The reference is the record's sealed case reference."""
    record_id = store.start(interview_template(session.guide), session.reference, "", now)
    save_interview(store, record_id, session, now)
    return record_id


def save_interview(store: CaseStore, record_id: str, session: InterviewSession, now: datetime) -> CaseRecord:
    ended = session.state is not SessionState.ASKING
    return store.set_item(record_id, INTERVIEW_ITEM, ItemState.DONE if ended else ItemState.OPEN,
                          json.dumps(session.to_dict(), ensure_ascii=False), now)


def load_interview(store: CaseStore, record_id: str) -> tuple[CaseRecord, dict[str, Any]]:
    """The record and the stored session data; a record that is not an interview or cannot be read is refused."""
    record = store.load(record_id)
    if not is_interview(record.template.checklist_id):
        raise RecordError("This case record is not a screening interview.")
    note = record.entry(INTERVIEW_ITEM).note
    if not note:
        raise RecordError("This interview could not be decrypted: it was damaged or altered.")
    try:
        data = json.loads(note)
    except ValueError:
        raise RecordError("This interview could not be read: its stored data is damaged.") from None
    if not isinstance(data, dict):
        raise RecordError("This interview could not be read: its stored data is damaged.")
    return record, data
