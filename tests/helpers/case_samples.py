"""Helpers for case-record tests: a cheap KDF (the real cost is tested once), a template, an open store."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from tiphandbook.core.cases.crypto import KdfParams, argon2id_available
from tiphandbook.core.cases.templates import TemplateItem, TemplateSection, TemplateSnapshot
from tiphandbook.core.cases.vault import Vault
from tiphandbook.core.store import UserDatabase
from tiphandbook.core.user_data import open_user_database
from tiphandbook.core.cases.case_store import CaseStore

PASSPHRASE = "correct horse battery staple"
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
FAST_COST = {"argon2id": {"iterations": 1, "lanes": 1, "memory_cost": 8}, "scrypt": {"n": 16, "r": 8, "p": 1}}
KDF_NAMES = ("argon2id", "scrypt") if argon2id_available() else ("scrypt",)

# Distinctive texts that must never appear in clear in the database files.
REFERENCE = "CASE-7731/ZQ"
TITLE = "Operation Nightjar"
NOTE = "Passport held by employer X.K.; Паспорт у работодателя"
SIGNER = "Inspector Dilnoza Qodirova"


def fast_kdf(name: str | None = None) -> KdfParams:
    name = name or KDF_NAMES[0]
    return KdfParams.fresh(name, FAST_COST[name])


def sample_template(version: int = 2) -> TemplateSnapshot:
    return TemplateSnapshot("screen", version, "en", "Screening checklist", (
        TemplateSection("observe", "Observe", (
            TemplateItem("documents", "Check who holds the documents", "Ask politely.", "alpha#first", True),
            TemplateItem("movement", "Note restrictions on movement", "", None, False),
        )),
        TemplateSection("act", "Act", (
            TemplateItem("refer", "Refer to support services", "", "beta#details", True),
        )),
    ))


def open_store(data_dir: Path) -> tuple[UserDatabase, Vault, CaseStore]:
    """The user database with an unlocked vault (set up on first use with the cheap KDF)."""
    db = open_user_database(data_dir)
    vault = Vault(db)
    if vault.is_set_up():
        vault.unlock(PASSPHRASE)
    else:
        vault.set_up(PASSPHRASE, NOW, fast_kdf())
    return db, vault, CaseStore(db, vault)
