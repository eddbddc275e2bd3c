"""The cryptography behind protected case records, with no storage in it.

A passphrase never encrypts anything itself: a slow, memory-hard KDF (Argon2id, or scrypt where the installed
OpenSSL lacks Argon2) turns it into a key-encryption key, which wraps one random 256-bit data key (AES key wrap,
RFC 3394, whose built-in check is what refuses a wrong passphrase). Each field is sealed with AES-256-GCM under the
data key, a fresh 96-bit nonce and associated data naming the record and the field, so a ciphertext edited, or moved
to another record or field, fails to open instead of showing the wrong text. A record's whole state (the clear
columns too) is authenticated with HMAC-SHA-256 under a key derived from the data key (``authenticate``).

The KDF settings are read back from the file, so they are bounded: a cost raised by someone editing the file would
otherwise make unlocking take minutes or exhaust memory before failing.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap, aes_key_wrap
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
FORMAT = b"\x01"  # first byte of every sealed field, so the format can change later without guessing
_AAD_PREFIX = b"tiphandbook case record v1"
_MAC_INFO = b"tiphandbook case record state v1"

# RFC 9106's second recommended Argon2id setting (64 MiB, 3 passes, 4 lanes); scrypt at N=2^17, r=8 (128 MiB).
# About a quarter of a second on a laptop: unnoticed at unlock, slow for anyone guessing passphrases.
ARGON2ID_COST: dict[str, int] = {"iterations": 3, "lanes": 4, "memory_cost": 64 * 1024}
SCRYPT_COST: dict[str, int] = {"n": 2**17, "r": 8, "p": 1}
# What a stored cost may be: four times today's at most (1 GiB of memory at most), at least what a test uses.
COST_BOUNDS: dict[str, dict[str, tuple[int, int]]] = {
    "argon2id": {"iterations": (1, 12), "lanes": (1, 16), "memory_cost": (8, 1024 * 1024)},
    "scrypt": {"n": (16, 2**19), "r": (1, 16), "p": (1, 4)},
}


class WrongPassphrase(Exception):
    """The passphrase does not unwrap the data key."""


class UnreadableField(Exception):
    """A sealed field failed its integrity check: damaged, edited, or moved from another record or field."""


@cache
def argon2id_available() -> bool:
    """Argon2id needs cryptography 44+ built on OpenSSL 3.2+; some distribution builds lack it."""
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        Argon2id(salt=bytes(SALT_BYTES), length=KEY_BYTES, iterations=1, lanes=1, memory_cost=8).derive(b"probe")
    except (ImportError, UnsupportedAlgorithm):
        return False
    return True


@dataclass(frozen=True)
class KdfParams:
    """Which KDF, its salt and its cost: stored beside the wrapped key so the same key can be derived again."""

    name: str  # "argon2id" or "scrypt"
    salt: bytes
    cost: dict[str, int] = field(hash=False)

    @classmethod
    def fresh(cls, name: str | None = None, cost: dict[str, int] | None = None) -> KdfParams:
        """New parameters with a random salt; Argon2id when available."""
        name = name or ("argon2id" if argon2id_available() else "scrypt")
        if name not in ("argon2id", "scrypt"):
            raise ValueError(f"unknown KDF {name!r}")
        default = ARGON2ID_COST if name == "argon2id" else SCRYPT_COST
        return cls(name, os.urandom(SALT_BYTES), dict(cost or default))

    def derive(self, passphrase: str) -> bytes:
        secret = passphrase.encode("utf-8")
        if self.name == "argon2id":
            from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

            cost = self.cost
            return Argon2id(salt=self.salt, length=KEY_BYTES, iterations=cost["iterations"], lanes=cost["lanes"],
                            memory_cost=cost["memory_cost"]).derive(secret)
        if self.name == "scrypt":
            return Scrypt(salt=self.salt, length=KEY_BYTES, **self.cost).derive(secret)
        raise ValueError(f"unknown KDF {self.name!r}")

    def cost_json(self) -> str:
        return json.dumps(self.cost, sort_keys=True)

    @classmethod
    def stored(cls, name: str, salt: bytes, cost_json: str) -> KdfParams:
        """The settings as read from the file; ``ValueError`` when they are not ones tiphandbook writes."""
        bounds = COST_BOUNDS.get(name)
        if bounds is None:
            raise ValueError(f"unknown KDF {name!r}")
        cost: Any = json.loads(cost_json)
        if not isinstance(cost, dict) or set(cost) != set(bounds):
            raise ValueError(f"the {name} settings are not the ones tiphandbook writes")
        values = {str(k): int(v) for k, v in cost.items()}
        for key, (low, high) in bounds.items():
            if not low <= values[key] <= high:
                raise ValueError(f"the {name} setting {key}={values[key]} is outside {low}..{high}")
        if name == "scrypt" and values["n"] & (values["n"] - 1):
            raise ValueError("the scrypt setting n is not a power of two")
        return cls(name, bytes(salt), values)


def new_data_key() -> bytes:
    return AESGCM.generate_key(bit_length=KEY_BYTES * 8)


def wrap_key(data_key: bytes, kdf: KdfParams, passphrase: str) -> bytes:
    return aes_key_wrap(kdf.derive(passphrase), data_key)


def unwrap_key(wrapped: bytes, kdf: KdfParams, passphrase: str) -> bytes:
    try:
        return aes_key_unwrap(kdf.derive(passphrase), bytes(wrapped))
    except InvalidUnwrap:
        raise WrongPassphrase from None


def associated_data(record_id: str, field_name: str) -> bytes:
    """What a ciphertext is bound to: NUL-separated, since neither part can contain NUL."""
    return b"\x00".join((_AAD_PREFIX, record_id.encode("utf-8"), field_name.encode("utf-8")))


class FieldCipher:
    """Seals and opens the text fields of case records, and authenticates their state, under the data key."""

    def __init__(self, data_key: bytes) -> None:
        self._aead = AESGCM(data_key)
        self._mac_key = HKDF(hashes.SHA256(), KEY_BYTES, salt=None, info=_MAC_INFO).derive(data_key)

    def authenticate(self, state: bytes) -> bytes:
        return hmac.new(self._mac_key, state, hashlib.sha256).digest()

    def is_authentic(self, state: bytes, tag: bytes | None) -> bool:
        return tag is not None and hmac.compare_digest(self.authenticate(state), bytes(tag))

    def seal(self, record_id: str, field_name: str, text: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return FORMAT + nonce + self._aead.encrypt(nonce, text.encode("utf-8"), associated_data(record_id, field_name))

    def open(self, record_id: str, field_name: str, sealed: bytes) -> str:
        blob = bytes(sealed)
        if blob[:1] != FORMAT or len(blob) < 1 + NONCE_BYTES + 16:
            raise UnreadableField(field_name)
        nonce, body = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
        try:
            return self._aead.decrypt(nonce, body, associated_data(record_id, field_name)).decode("utf-8")
        except (InvalidTag, UnicodeDecodeError):
            raise UnreadableField(field_name) from None
