"""The passphrase-protected data key of case records, and whether it is unlocked right now.

The key row (KDF, salt, cost, wrapped data key) sits in the user database beside the records it protects, so a
backup carries both. Unlocked, the vault holds only a ``FieldCipher``; locking drops it, and with it the data key
(Python cannot wipe memory, but nothing here keeps another reference to the key). A wrong passphrase changes
nothing: it is checked by unwrapping, before anything is written.
"""

from __future__ import annotations

from datetime import datetime

from tiphandbook.core.cases.crypto import FieldCipher, KdfParams, WrongPassphrase, new_data_key, unwrap_key, wrap_key
from tiphandbook.core.cases.timestamps import utc_text
from tiphandbook.core.store.database import UserDatabase

MIN_PASSPHRASE_LENGTH = 10


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
        with self.db.transaction() as conn:
            if conn.execute("SELECT 1 FROM case_keyring WHERE id = 1").fetchone():
                raise ValueError("A passphrase is already set.")
            conn.execute(
                "INSERT INTO case_keyring (id, kdf, kdf_cost, salt, wrapped_key, changed_at) VALUES (1, ?, ?, ?, ?, ?)",
                (kdf.name, kdf.cost_json(), kdf.salt, wrap_key(data_key, kdf, passphrase), utc_text(now)),
            )
        self._cipher = FieldCipher(data_key)

    def unlock(self, passphrase: str) -> None:
        """Raises ``WrongPassphrase`` and stays locked when the passphrase does not open the key."""
        self._cipher = FieldCipher(self._unwrap(passphrase))

    def change_passphrase(self, old: str, new: str, now: datetime, kdf: KdfParams | None = None) -> None:
        """Re-wrap the same data key under a new passphrase (fresh salt); the records are not touched."""
        self._check_new(new)
        data_key = self._unwrap(old)
        kdf = kdf or KdfParams.fresh()
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE case_keyring SET kdf = ?, kdf_cost = ?, salt = ?, wrapped_key = ?, changed_at = ? WHERE id = 1",
                (kdf.name, kdf.cost_json(), kdf.salt, wrap_key(data_key, kdf, new), utc_text(now)),
            )
        self._cipher = FieldCipher(data_key)

    def lock(self) -> None:
        self._cipher = None

    def _unwrap(self, passphrase: str) -> bytes:
        rows = self.db.query("SELECT kdf, kdf_cost, salt, wrapped_key FROM case_keyring WHERE id = 1")
        if not rows:
            raise WrongPassphrase("No passphrase has been set yet.")
        row = rows[0]
        try:
            kdf = KdfParams.stored(row["kdf"], row["salt"], row["kdf_cost"])
            return unwrap_key(row["wrapped_key"], kdf, passphrase)
        except (TypeError, ValueError) as exc:  # a damaged key row cannot be opened by any passphrase
            raise WrongPassphrase(f"The stored key settings are damaged ({exc}).") from None

    @staticmethod
    def _check_new(passphrase: str) -> None:
        problem = passphrase_problem(passphrase)
        if problem:
            raise ValueError(problem)

