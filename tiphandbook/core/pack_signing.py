"""Who made a pack: an Ed25519 signature over its manifest, checked against the public keys this laptop trusts.

The manifest holds the SHA-256 of every file and a pack may hold nothing else, so a valid signature over the
manifest's exact bytes vouches for every byte of the pack. The signature travels in the pack as ``manifest.sig``:
``tiphandbook-ed25519 KEY-ID SIGNATURE`` (KEY-ID: the first 16 hex digits of the SHA-256 of the raw public key;
SIGNATURE: base64). It is checked before the manifest is even parsed.

Trusted keys are ``*.pub`` files (``tiphandbook-ed25519 BASE64-KEY comment``) in the app's ``resources/trusted-keys``
(shipped) and in ``CONFIG/trusted-keys`` (added by an administrator, e.g. with ``tiphandbook pack trust KEY.pub``).
An unsigned pack, one signed by a key not trusted here, or one whose signature does not match is refused, unless an
administrator explicitly allows untrusted packs; each such install is then written to ``DATA/pack-trust.log``.
"""

from __future__ import annotations

import base64
import binascii
import getpass
import hashlib
import logging
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from tiphandbook.core.paths import UserDirs, resources_dir

SIGNATURE = "manifest.sig"
KEY_TYPE = "tiphandbook-ed25519"
KEYS_FOLDER = "trusted-keys"
TRUST_LOG = "pack-trust.log"
MAX_SIGNATURE_BYTES = 1024

log = logging.getLogger(__name__)


class UntrustedPack(Exception):
    """The pack's authorship cannot be established here; the message says why."""


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def public_key_line(public: Ed25519PublicKey, comment: str) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return f"{KEY_TYPE} {base64.b64encode(raw).decode('ascii')} {comment}".rstrip() + "\n"


def parse_public_key(text: str) -> Ed25519PublicKey:
    """A public key from a ``.pub`` line; ValueError when it is not one."""
    parts = text.split()
    if len(parts) < 2 or parts[0] != KEY_TYPE:
        raise ValueError(f"not a {KEY_TYPE} public key")
    try:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(parts[1], validate=True))
    except (binascii.Error, ValueError):
        raise ValueError("the public key is damaged") from None


def generate_key(private_path: Path, comment: str) -> Path:
    """Write a new private key (PEM, readable by its owner only) and its public key beside it (``.pub``)."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    private_path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # never over an existing key
    with os.fdopen(descriptor, "wb") as out:
        out.write(pem)
    public_path = private_path.with_name(private_path.name + ".pub")
    public_path.write_text(public_key_line(key.public_key(), comment), encoding="utf-8")
    return public_path


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"{path} is not a private key: {exc}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path} is not an Ed25519 private key")
    return key


def sign_manifest(manifest: bytes, key: Ed25519PrivateKey) -> bytes:
    """The ``manifest.sig`` member for these exact manifest bytes."""
    signature = base64.b64encode(key.sign(manifest)).decode("ascii")
    return f"{KEY_TYPE} {key_id(key.public_key())} {signature}\n".encode("ascii")


@dataclass
class Trust:
    """The public keys this laptop trusts, and whether an administrator allows packs no trusted key signed."""

    keys: dict[str, tuple[Ed25519PublicKey, Path]] = field(default_factory=dict)  # key id -> (key, its file)
    allow_untrusted: bool = False
    log_folder: Path | None = None  # where pack-trust.log goes

    @classmethod
    def load(cls, dirs: UserDirs | None = None, allow_untrusted: bool = False) -> Trust:
        """The shipped keys and the administrator's, from ``resources/trusted-keys`` and ``CONFIG/trusted-keys``."""
        dirs = dirs or UserDirs.resolve()
        trust = cls(allow_untrusted=allow_untrusted, log_folder=dirs.data)
        for folder in (resources_dir() / KEYS_FOLDER, dirs.config / KEYS_FOLDER):
            for path in sorted(folder.glob("*.pub")) if folder.is_dir() else ():
                try:
                    public = parse_public_key(path.read_text(encoding="utf-8"))
                except (OSError, UnicodeDecodeError, ValueError) as exc:
                    log.warning("trusted key %s ignored: %s", path, exc)
                    continue
                trust.keys[key_id(public)] = (public, path)
        return trust

    def signer(self, manifest: bytes, signature: bytes | None) -> str:
        """The trusted key file that signed ``manifest``; UntrustedPack saying why there is none."""
        if signature is None:
            raise UntrustedPack("the pack is not signed, so who made it cannot be checked")
        parts = signature.decode("ascii", errors="replace").split()
        if len(parts) != 3 or parts[0] != KEY_TYPE:
            raise UntrustedPack(f"{SIGNATURE} is damaged")
        found = self.keys.get(parts[1])
        if found is None:
            raise UntrustedPack(f"the pack is signed by key {parts[1][:16]!r}, which this computer does not trust")
        try:
            found[0].verify(base64.b64decode(parts[2], validate=True), manifest)
        except (InvalidSignature, binascii.Error, ValueError):
            raise UntrustedPack("the signature does not match the manifest: the pack was altered after it was "
                                "signed, or signed wrongly") from None
        return found[1].name

    def record_override(self, pack: Path, reason: str) -> None:
        """Log that an administrator let an untrusted pack through, and why it was untrusted."""
        digest = hashlib.sha256(pack.read_bytes()).hexdigest() if pack.is_file() else "?"
        line = (f"{datetime.now(timezone.utc).isoformat(timespec='seconds')} user={getpass.getuser()} "
                f"ALLOWED UNTRUSTED PACK {pack} sha256={digest}: {reason}\n")
        log.warning("untrusted pack allowed by the administrator: %s: %s", pack, reason)
        if self.log_folder is not None:
            self.log_folder.mkdir(parents=True, exist_ok=True)
            with (self.log_folder / TRUST_LOG).open("a", encoding="utf-8") as out:
                out.write(line)
