"""Signed packs: only a pack signed by a key this computer trusts is installed, unless an administrator allows
untrusted packs, which is then logged; keys are made, used and trusted from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.helpers.pack_samples import TEST_KEY, rewrite, trust_test_key
from tiphandbook.cli import main
from tiphandbook.core.content_choice import packs_dir
from tiphandbook.core.pack_install import install_pack
from tiphandbook.core.pack_signing import SIGNATURE, TRUST_LOG, Trust
from tiphandbook.core.packs import PackError, build_pack, verify_pack
from tiphandbook.core.paths import UserDirs


def _unsigned_and_foreign(content: Path, tmp_path: Path) -> dict[str, tuple[Path, str]]:
    unsigned, foreign, altered = tmp_path / "unsigned.zip", tmp_path / "foreign.zip", tmp_path / "altered.zip"
    build_pack(content, unsigned, "test-pack", "1")
    build_pack(content, foreign, "test-pack", "1", Ed25519PrivateKey.generate())
    build_pack(content, tmp_path / "signed.zip", "test-pack", "1", TEST_KEY)
    rewrite(tmp_path / "signed.zip", altered, lambda n, d: d.replace(b'"version": "1"', b'"version": "2"'),
            resign=False)  # the manifest changed after it was signed
    forged = rewrite(tmp_path / "signed.zip", tmp_path / "forged.zip",
                     lambda n, d: b"tiphandbook-ed25519 0000 !!!" if n == SIGNATURE else d, resign=False)
    return {"unsigned": (unsigned, "the pack is not signed"),
            "signed by a key not trusted here": (foreign, "which this computer does not trust"),
            "altered after signing": (altered, "the signature does not match the manifest"),
            "a damaged signature": (forged, "which this computer does not trust")}


def test_a_pack_no_trusted_key_signed_is_refused_by_default(content: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    trust_test_key()
    for kind, (pack, reason) in _unsigned_and_foreign(content, tmp_path).items():
        with pytest.raises(PackError, match=reason):
            verify_pack(pack)
        with pytest.raises(PackError, match="an administrator can add the maker's public key"):
            install_pack(pack, tmp_path / "packs")
        assert main(["pack", "install", str(pack)]) == 1, kind
        assert reason in capsys.readouterr().err, kind
    assert not (tmp_path / "packs").exists() and not packs_dir(UserDirs.resolve()).exists()


def test_an_administrator_can_allow_an_untrusted_pack_and_it_is_logged(content: Path, tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    unsigned = tmp_path / "unsigned.zip"
    build_pack(content, unsigned, "test-pack", "1")
    assert main(["pack", "install", "--allow-untrusted", str(unsigned)]) == 0
    assert (packs_dir(UserDirs.resolve()) / "test-pack-1").is_dir()
    log = (UserDirs.resolve().data / TRUST_LOG).read_text(encoding="utf-8").splitlines()
    assert len(log) == 1 and f"ALLOWED UNTRUSTED PACK {unsigned} sha256=" in log[0] and "not signed" in log[0]
    assert verify_pack(unsigned, Trust.load(allow_untrusted=True)).signed_by == ""  # every override is logged
    assert len((UserDirs.resolve().data / TRUST_LOG).read_text(encoding="utf-8").splitlines()) == 2


def test_keygen_sign_trust_and_verify_from_the_command_line(content: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    key, pack = tmp_path / "keys" / "ministry.key", tmp_path / "pack.zip"
    assert main(["pack", "keygen", str(key)]) == 0
    assert (key.stat().st_mode & 0o777) == 0o600 and key.with_name("ministry.key.pub").is_file()
    assert main(["pack", "keygen", str(key)]) == 1  # a key is never overwritten
    assert main(["pack", "build", str(content), "-o", str(pack), "--id", "field-guide", "--version", "1",
                 "--sign", str(key)]) == 0
    assert main(["pack", "verify", str(pack)]) == 1  # not trusted yet
    assert "does not trust" in capsys.readouterr().err
    assert main(["pack", "trust", str(key.with_name("ministry.key.pub"))]) == 0
    assert main(["pack", "verify", str(pack)]) == 0
    assert "intact, signed by the trusted key" in capsys.readouterr().out
    assert main(["pack", "trust", str(key)]) == 1  # the private key is not a public key
