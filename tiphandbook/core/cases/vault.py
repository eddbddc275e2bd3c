"""The passphrase-protected data key of case records, and whether it is unlocked right now.

The key row (KDF, salt, cost, wrapped data key) sits in the user database beside the records it protects, so a
backup carries both. Unlocked, the vault holds only a ``FieldCipher``; locking drops it, and with it the data key
(Python cannot wipe memory, but nothing here keeps another reference to the key). A wrong passphrase changes
nothing: it is checked by unwrapping, before anything is written.

The wrapped key also carries a marker saying that every record's state is authenticated (``STATE_SEALED``): it
cannot be removed without the passphrase, so records from before authentication existed are sealed once, at the
first unlock after the upgrade, and a record whose seal was removed later is reported, never sealed again.
"""

from __future__ import annotations

from datetime import datetime

from tiphandbook.core.cases.crypto import (
    KEY_BYTES,
    FieldCipher,
    KdfParams,
    WrongPassphrase,
    new_data_key,
    unwrap_key,
    wrap_key,
)
from tiphandbook.core.timestamps import utc_now, utc_text
from tiphandbook.core.store.database import UserDatabase, WriteFailed

MIN_PASSPHRASE_LENGTH = 10
STATE_SEALED = b"sealed:1"  # wrapped with the data key (AES key wrap takes 8-byte blocks)


class KeyringDamaged(WrongPassphrase):
    """The stored key settings were altered or damaged: no passphrase can open them."""


class VaultLocked(Exception):
    """Case data was asked for while the records are locked."""


def passphrase_problem(passphrase: str) -> str | None:
    """Why a new passphrase is refused, or None."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return f"Use at least {MIN_PASSPHRASE_LENGTH} characters; a short sentence is easy to remember."
    if passphrase != passphrase.strip():
        return "The passphrase must not start or end with a space."
    return None


class Vault:
    def __init__(self, db: UserDatabase) -> None:
        self.db = db
        self._cipher: FieldCipher | None = None
        self.unsealed = False  # records from before authentication that could not be sealed yet (read-only data)

    def is_set_up(self) -> bool:
        return bool(self.db.query("SELECT 1 FROM case_keyring WHERE id = 1"))

    @property
    def is_unlocked(self) -> bool:
        return self._cipher is not None

    @property
    def cipher(self) -> FieldCipher:
        if self._cipher is None:
            raise VaultLocked("The case records are locked.")
        return self._cipher

    def set_up(self, passphrase: str, now: datetime, kdf: KdfParams | None = None) -> None:
        """Create the data key under a first passphrase, and unlock."""
        self._check_new(passphrase)
        kdf = kdf or KdfParams.fresh()
        data_key = new_data_key()
        from tiphandbook.core.cases.case_store import write_ledger  # the store imports this module

        cipher = FieldCipher(data_key)
        with self.db.transaction() as conn:
            if conn.execute("SELECT 1 FROM case_keyring WHERE id = 1").fetchone():
                raise ValueError("A passphrase is already set.")
            conn.execute(
                "INSERT INTO case_keyring (id, kdf, kdf_cost, salt, wrapped_key, changed_at) VALUES (1, ?, ?, ?, ?, ?)",
                (kdf.name, kdf.cost_json(), kdf.salt, wrap_key(data_key + STATE_SEALED, kdf, passphrase), utc_text(now)),
            )
            write_ledger(conn, cipher, {})
        self._cipher = cipher

    def unlock(self, passphrase: str) -> None:
        """Raises ``WrongPassphrase`` and stays locked when the passphrase does not open the key. The first unlock
        after the upgrade to authenticated records seals every record as it stands, in one transaction."""
        data_key, sealed, kdf = self._unwrap(passphrase)
        cipher = FieldCipher(data_key)
        self.unsealed = False
        if not sealed:
            from tiphandbook.core.cases.case_store import seal_every_record

            try:
                with self.db.transaction() as conn:
                    seal_every_record(conn, cipher, utc_now())
                    conn.execute("UPDATE case_keyring SET wrapped_key = ? WHERE id = 1",
                                 (wrap_key(data_key + STATE_SEALED, kdf, passphrase),))
            except WriteFailed:
                self.unsealed = True  # shown as they are; sealed at the next unlock that can write
        self._cipher = cipher

    def change_passphrase(self, old: str, new: str, now: datetime, kdf: KdfParams | None = None,
                          re_encrypt: bool = False) -> None:
        """Wrap the data key under a new passphrase (fresh salt). ``re_encrypt``: a new data key instead, with every
        field and seal of every record redone under it in the same transaction, so an old copy of the database and
        the old passphrase open nothing written from now on. Either way the journal is then checkpointed and
        truncated, so the old wrapped key does not linger in the -wal file."""
        self._check_new(new)
        self.unlock(old)
        old_key, _, _ = self._unwrap(old)
        data_key = new_data_key() if re_encrypt else old_key
        kdf = kdf or KdfParams.fresh()
        with self.db.transaction() as conn:
            if re_encrypt:
                from tiphandbook.core.cases.case_store import re_encrypt_every_record

                re_encrypt_every_record(conn, FieldCipher(old_key), FieldCipher(data_key), now)
            conn.execute(
                "UPDATE case_keyring SET kdf = ?, kdf_cost = ?, salt = ?, wrapped_key = ?, changed_at = ? WHERE id = 1",
                (kdf.name, kdf.cost_json(), kdf.salt, wrap_key(data_key + STATE_SEALED, kdf, new), utc_text(now)),
            )
        self._cipher = FieldCipher(data_key)
        self.db.truncate_journal()

    def lock(self) -> None:
        self._cipher = None

    def _unwrap(self, passphrase: str) -> tuple[bytes, bool, KdfParams]:
        """The data key, whether records are sealed (the marker wrapped with it), and the KDF settings."""
        rows = self.db.query("SELECT kdf, kdf_cost, salt, wrapped_key FROM case_keyring WHERE id = 1")
        if not rows:
            raise WrongPassphrase("No passphrase has been set yet.")
        row = rows[0]
        try:
            kdf = KdfParams.stored(row["kdf"], row["salt"], row["kdf_cost"])
            plain = unwrap_key(row["wrapped_key"], kdf, passphrase)
        except (TypeError, ValueError) as exc:  # a damaged key row cannot be opened by any passphrase
            raise KeyringDamaged(f"The stored key settings are damaged or were altered ({exc}), so no passphrase can "
                                 "open the case records. A backup made before the damage can be restored.") from None
        return plain[:KEY_BYTES], plain[KEY_BYTES:] == STATE_SEALED, kdf

    @staticmethod
    def _check_new(passphrase: str) -> None:
        problem = passphrase_problem(passphrase)
        if problem:
            raise ValueError(problem)

