"""A case record: the frozen template, what the user entered for each item, and the rules for signing it off.

Text that could not be decrypted is ``None`` and named in ``problems``: it is never replaced by an empty string,
which would pass for "nothing written".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from tiphandbook.core.cases.templates import TemplateItem, TemplateSnapshot


class ItemState(StrEnum):
    OPEN = "open"
    DONE = "done"
    NOT_APPLICABLE = "na"


class RecordStatus(StrEnum):
    IN_PROGRESS = "open"
    SIGNED = "signed"


class RecordError(Exception):
    """A change the record does not allow; the message says why, for the user."""


@dataclass(frozen=True)
class ItemEntry:
    state: ItemState = ItemState.OPEN
    note: str | None = ""  # None: the stored note could not be decrypted
    changed: datetime | None = None


@dataclass(frozen=True)
class SignOff:
    name: str | None  # None: unreadable
    on: date | None  # the date the signer gave; None: unreadable
    at: datetime  # when it was recorded


@dataclass(frozen=True)
class Progress:
    done: int
    not_applicable: int
    total: int

    @property
    def addressed(self) -> int:
        return self.done + self.not_applicable


@dataclass(frozen=True)
class OutsideChange:
    """The record's stored state is not one tiphandbook wrote: edited, rolled back, items added or removed."""

    since: datetime | None  # the last change tiphandbook made to it, when known: the edit came on or after it
    what: str  # for the user and the data check


@dataclass(frozen=True)
class CaseRecord:
    id: str
    template: TemplateSnapshot
    reference: str | None
    title: str | None
    created: datetime
    updated: datetime
    entries: Mapping[str, ItemEntry] = field(default_factory=dict)
    sign_off: SignOff | None = None
    problems: tuple[str, ...] = ()
    changed_outside: OutsideChange | None = None

    @property
    def status(self) -> RecordStatus:
        return RecordStatus.SIGNED if self.sign_off is not None else RecordStatus.IN_PROGRESS

    @property
    def editable(self) -> bool:
        """Whether the user may still change the record (the view enables its controls by this)."""
        return edit_refusal(self) is None

    def entry(self, item_id: str) -> ItemEntry:
        return self.entries.get(item_id, ItemEntry())

    def progress(self) -> Progress:
        states = [self.entry(item.id).state for item in self.template.items()]
        return Progress(states.count(ItemState.DONE), states.count(ItemState.NOT_APPLICABLE), len(states))

    def open_required(self) -> tuple[TemplateItem, ...]:
        """Required items neither done nor marked not applicable: these block sign-off."""
        return tuple(i for i in self.template.items() if i.required and self.entry(i.id).state == ItemState.OPEN)


def edit_refusal(record: CaseRecord) -> str | None:
    """Why the record can no longer be changed, or None when it can."""
    if record.changed_outside is not None:
        return ("This record was changed outside tiphandbook, so it can no longer be changed here. It is shown as "
                "stored; the other records are not affected.")
    if record.status == RecordStatus.SIGNED:
        return "This record has been signed off and can no longer be changed."
    if not record.template.sections:  # a real template always has sections: this one could not be decrypted
        return "This record's checklist could not be read, so the record cannot be changed."
    return None


def check_can_edit(record: CaseRecord) -> None:
    refusal = edit_refusal(record)
    if refusal is not None:
        raise RecordError(refusal)


def check_can_sign(record: CaseRecord) -> None:
    check_can_edit(record)
    missing = record.open_required()
    if missing:
        names = "; ".join(item.text for item in missing)
        raise RecordError(f"{len(missing)} required item(s) still open: {names}")
