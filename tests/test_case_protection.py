"""Case records at rest: nothing readable in the database files, a wrong passphrase refused without harm, edited
or swapped ciphertexts detected and reported (never shown, never a crash), the passphrase changed by re-wrapping
the data key alone, and locking."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers.case_samples import KDF_NAMES, NOTE, NOW, PASSPHRASE, REFERENCE, SIGNER, TITLE, fast_kdf, open_store, sample_template
from tiphandbook.core.cases.crypto import FieldCipher, KdfParams, UnreadableField, WrongPassphrase, new_data_key
from tiphandbook.core.cases.records import ItemState, RecordError
from tiphandbook.core.cases.vault import Vault, VaultLocked
from tiphandbook.core.paths import UserDirs
from tiphandbook.core.store import DATABASE_FILE
from tiphandbook.core.user_data import open_user_database
from tiphandbook.core.cases.case_store import CaseStore


@pytest.fixture
def data_dir() -> Path:
    return UserDirs.resolve().data


def saved_record(store: CaseStore) -> str:
    record_id = store.start(sample_template(), REFERENCE, TITLE, NOW)
    store.set_item(record_id, "documents", ItemState.DONE, NOTE, NOW)
    store.set_item(record_id, "refer", ItemState.NOT_APPLICABLE, "", NOW)
    store.sign_off(record_id, SIGNER, date(2026, 3, 2), NOW)
    return record_id


def database_bytes(data_dir: Path) -> bytes:
    """The database and its WAL and shared-memory files, as they are on disk."""
    return b"".join(p.read_bytes() for p in sorted(data_dir.glob(f"{DATABASE_FILE}*")))


def test_the_database_files_hold_no_case_text_in_clear(data_dir: Path) -> None:
    db, _, store = open_store(data_dir)
    saved_record(store)
    deleted = store.start(sample_template(), "DELETED-REF-991", "", NOW)
    store.delete(deleted)
    secrets = [REFERENCE, TITLE, NOTE, SIGNER, "Passport held", "Паспорт", "DELETED-REF-991", "Check who holds"]

    def assert_nothing_readable() -> None:
        raw = database_bytes(data_dir)
        for text in secrets:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert text.encode(encoding) not in raw, (text, encoding)

    assert_nothing_readable()  # with the WAL still holding the latest pages
    db.close()
    assert_nothing_readable()  # checkpointed into the main file
    db, _, store = open_store(data_dir)
    try:
        assert store.summaries()[0].reference == REFERENCE
    finally:
        db.close()


@pytest.mark.parametrize("kdf_name", KDF_NAMES)
def test_a_wrong_passphrase_is_refused_and_harms_nothing(data_dir: Path, kdf_name: str) -> None:
    db = open_user_database(data_dir)
    vault = Vault(db)
    vault.set_up(PASSPHRASE, NOW, fast_kdf(kdf_name))
    record_id = saved_record(CaseStore(db, vault))
    vault.lock()
    db.close()
    before = (data_dir / DATABASE_FILE).read_bytes()

    db = open_user_database(data_dir)
    try:
        vault = Vault(db)
        for wrong in ("correct horse battery stapl", "", PASSPHRASE.upper(), PASSPHRASE + " "):
            with pytest.raises(WrongPassphrase):
                vault.unlock(wrong)
            assert not vault.is_unlocked
        with pytest.raises(WrongPassphrase):
            vault.change_passphrase("not the passphrase", "a brand new passphrase", NOW)
        with pytest.raises(VaultLocked):
            CaseStore(db, vault).load(record_id)
    finally:
        db.close()
    assert (data_dir / DATABASE_FILE).read_bytes() == before
    db, _, store = open_store(data_dir)
    try:
        assert store.load(record_id).reference == REFERENCE
    finally:
        db.close()


def test_the_default_kdf_is_memory_hard_and_round_trips(data_dir: Path) -> None:
    kdf = KdfParams.fresh()
    assert kdf.name == KDF_NAMES[0]
    assert kdf.cost == ({"iterations": 3, "lanes": 4, "memory_cost": 65536} if kdf.name == "argon2id" else {"n": 2**17, "r": 8, "p": 1})
    db = open_user_database(data_dir)
    try:
        vault = Vault(db)
        vault.set_up(PASSPHRASE, NOW)
        record_id = CaseStore(db, vault).start(sample_template(), REFERENCE, TITLE, NOW)
        vault.lock()
        vault.unlock(PASSPHRASE)
        assert CaseStore(db, vault).load(record_id).title == TITLE
        stored = db.query("SELECT kdf, kdf_cost, length(salt) AS salt, length(wrapped_key) AS wrapped FROM case_keyring")[0]
        # AES key wrap of the 256-bit key and the 8-byte marker that records are sealed
        assert (stored["kdf"], stored["salt"], stored["wrapped"]) == (kdf.name, 16, 48)
    finally:
        db.close()


def test_edited_ciphertexts_are_reported_not_shown(data_dir: Path) -> None:
    db, _, store = open_store(data_dir)
    try:
        record_id = saved_record(store)
        sealed = db.query("SELECT note FROM case_item WHERE record_id = ? AND item_id = 'documents'", (record_id,))[0][0]
        flipped = sealed[:-1] + bytes([sealed[-1] ^ 1])
        with db.transaction() as conn:
            conn.execute("UPDATE case_item SET note = ? WHERE item_id = 'documents'", (flipped,))
            conn.execute("UPDATE case_record SET signer = x'0102'")
        record = store.load(record_id)
        assert record.entry("documents").note is None and record.entry("documents").state == ItemState.DONE
        assert record.sign_off.name is None
        assert record.problems == ("the note on “Check who holds the documents”", "the name of the signer")
        assert (record.reference, record.title) == (REFERENCE, TITLE)  # the rest still reads
        assert store.summaries()[0].problems == record.problems
    finally:
        db.close()


def test_ciphertexts_swapped_between_records_or_fields_are_detected(data_dir: Path) -> None:
    db, _, store = open_store(data_dir)
    try:
        first = store.start(sample_template(), "REF-A", "Title A", NOW)
        second = store.start(sample_template(), "REF-B", "Title B", NOW)
        store.set_item(first, "documents", ItemState.DONE, "note on documents", NOW)
        store.set_item(first, "movement", ItemState.DONE, "note on movement", NOW)

        def column(record_id: str, name: str) -> bytes:
            return db.query(f"SELECT {name} FROM case_record WHERE id = ?", (record_id,))[0][0]

        a_reference, b_reference, a_title = column(first, "reference"), column(second, "reference"), column(first, "title")
        documents_note = db.query("SELECT note FROM case_item WHERE item_id = 'documents'")[0][0]
        with db.transaction() as conn:
            conn.execute("UPDATE case_record SET reference = ? WHERE id = ?", (b_reference, first))   # across records
            conn.execute("UPDATE case_record SET reference = ?, title = ? WHERE id = ?", (a_title, a_reference, second))  # across fields
            conn.execute("UPDATE case_item SET note = ? WHERE item_id = 'movement'", (documents_note,))  # across items
        a, b = store.load(first), store.load(second)
        assert a.reference is None and a.title == "Title A"
        assert a.entry("movement").note is None and a.entry("documents").note == "note on documents"
        assert a.problems == ("the case reference", "the note on “Note restrictions on movement”")
        assert (b.reference, b.title) == (None, None)
        assert b.problems == ("the case reference", "the case title")
        assert a.changed_outside is not None and b.changed_outside is not None  # the seals caught the swap too
        with pytest.raises(RecordError, match="changed outside tiphandbook"):  # an altered record is not edited
            with db.transaction() as conn:
                conn.execute("UPDATE case_record SET template = ? WHERE id = ?", (column(first, "template"), second))
            store.set_item(second, "documents", ItemState.DONE, "", NOW)
    finally:
        db.close()


def test_changing_the_passphrase_rewraps_the_key_and_leaves_records_untouched(data_dir: Path) -> None:
    db, vault, store = open_store(data_dir)
    try:
        record_id = saved_record(store)
        records_before = db.query("SELECT * FROM case_record")
        items_before = db.query("SELECT * FROM case_item")
        with pytest.raises(ValueError, match="at least"):
            vault.change_passphrase(PASSPHRASE, "short", NOW)
        vault.change_passphrase(PASSPHRASE, "a much better passphrase", NOW, fast_kdf())
        assert [tuple(r) for r in db.query("SELECT * FROM case_record")] == [tuple(r) for r in records_before]
        assert [tuple(r) for r in db.query("SELECT * FROM case_item")] == [tuple(r) for r in items_before]
        vault.lock()
        with pytest.raises(WrongPassphrase):
            vault.unlock(PASSPHRASE)
        vault.unlock("a much better passphrase")
        assert store.load(record_id).sign_off.name == SIGNER
    finally:
        db.close()


def test_locking_drops_the_key(data_dir: Path) -> None:
    db, vault, store = open_store(data_dir)
    try:
        record_id = store.start(sample_template(), REFERENCE, TITLE, NOW)
        vault.lock()
        assert not vault.is_unlocked
        for read in (lambda: store.load(record_id), store.summaries, lambda: store.start(sample_template(), "X", "", NOW)):
            with pytest.raises(VaultLocked):
                read()
        vault.unlock(PASSPHRASE)
        assert store.load(record_id).reference == REFERENCE
    finally:
        db.close()


def test_setup_refuses_weak_passphrases_and_a_second_setup(data_dir: Path) -> None:
    db = open_user_database(data_dir)
    try:
        vault = Vault(db)
        for weak in ("too short", " leading space here"):
            with pytest.raises(ValueError):
                vault.set_up(weak, NOW, fast_kdf())
        assert not vault.is_set_up() and not vault.is_unlocked
        vault.set_up(PASSPHRASE, NOW, fast_kdf())
        with pytest.raises(ValueError, match="already"):
            vault.set_up("another good passphrase", NOW, fast_kdf())
    finally:
        db.close()


def test_a_damaged_key_row_is_refused_like_a_wrong_passphrase(data_dir: Path) -> None:
    db, vault, _ = open_store(data_dir)
    try:
        vault.lock()
        with db.transaction() as conn:
            conn.execute("UPDATE case_keyring SET kdf_cost = '{\"bogus\": 1}'")
        with pytest.raises(WrongPassphrase, match="damaged"):
            vault.unlock(PASSPHRASE)
    finally:
        db.close()


def test_field_cipher_binds_record_and_field_and_uses_fresh_nonces() -> None:
    cipher = FieldCipher(new_data_key())
    one, two = cipher.seal("r1", "title", "same text"), cipher.seal("r1", "title", "same text")
    assert one != two and one[:1] == b"\x01" and len(one) == 1 + 12 + len("same text") + 16
    assert cipher.open("r1", "title", one) == "same text"
    for record_id, field in (("r2", "title"), ("r1", "reference"), ("r1", "title\x00")):
        with pytest.raises(UnreadableField):
            cipher.open(record_id, field, one)
    with pytest.raises(UnreadableField):
        FieldCipher(new_data_key()).open("r1", "title", one)
    with pytest.raises(UnreadableField):
        cipher.open("r1", "title", b"\x02" + one[1:])


def test_the_search_index_is_built_from_content_alone(data_dir: Path, content: Path) -> None:
    from tiphandbook.core.content import load_library
    from tiphandbook.core.search.index import SearchIndex, index_folder

    db, _, store = open_store(data_dir)
    try:
        saved_record(store)
    finally:
        db.close()
    folder = index_folder(UserDirs.resolve().cache, content)
    index = SearchIndex(folder)
    try:
        index.open_or_build(load_library(content))
    finally:
        index.close()
    raw = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    assert raw  # an index was written
    # Whole texts only: a four-digit fragment such as the reference's "7731" turns up in binary index data by chance.
    for text in (REFERENCE, TITLE, NOTE, SIGNER, "nightjar"):
        assert text.encode("utf-8") not in raw and text.lower().encode("utf-8") not in raw


NEW_PASSPHRASE = "a completely different sentence"


def old_copy_key(backup: Path, passphrase: str) -> FieldCipher:
    """What someone holding an old copy of the database and the old passphrase can decrypt with."""
    import sqlite3

    from tiphandbook.core.cases.crypto import KEY_BYTES, unwrap_key

    with sqlite3.connect(backup) as old:
        kdf, cost, salt, wrapped = old.execute("SELECT kdf, kdf_cost, salt, wrapped_key FROM case_keyring").fetchone()
    return FieldCipher(unwrap_key(wrapped, KdfParams.stored(kdf, salt, cost), passphrase)[:KEY_BYTES])


@pytest.mark.parametrize("re_encrypt", [False, True])
def test_an_old_copy_and_the_old_passphrase_open_nothing_written_after_a_re_encrypting_change(
        data_dir: Path, tmp_path: Path, re_encrypt: bool) -> None:
    db, vault, store = open_store(data_dir)
    try:
        before = saved_record(store)
        backup = tmp_path / "old-backup.sqlite3"
        db.backup_to(backup)  # the copy someone kept, with the passphrase they learnt
        old_wrapped = db.query("SELECT wrapped_key FROM case_keyring")[0][0]
        vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, NOW, fast_kdf(), re_encrypt=re_encrypt)
        after = store.start(sample_template(), "WRITTEN-AFTER", "", NOW)
        sealed_after = db.query("SELECT reference FROM case_record WHERE id = ?", (after,))[0][0]
        sealed_before = db.query("SELECT reference FROM case_record WHERE id = ?", (before,))[0][0]
        old_key = old_copy_key(backup, PASSPHRASE)
        if re_encrypt:
            with pytest.raises(UnreadableField):
                old_key.open(after, "reference", sealed_after)
            with pytest.raises(UnreadableField):
                old_key.open(before, "reference", sealed_before)
        else:  # what the quicker choice does not protect against, as the README says
            assert old_key.open(after, "reference", sealed_after) == "WRITTEN-AFTER"
        assert store.check() == [] and store.load(before).reference == REFERENCE
        wal = data_dir / f"{DATABASE_FILE}-wal"
        assert not wal.exists() or old_wrapped not in wal.read_bytes()  # checkpointed and truncated
    finally:
        db.close()
    db = open_user_database(data_dir)
    try:
        vault = Vault(db)
        with pytest.raises(WrongPassphrase):
            vault.unlock(PASSPHRASE)
        vault.unlock(NEW_PASSPHRASE)
        store = CaseStore(db, vault)
        assert {s.reference for s in store.summaries()} == {REFERENCE, "WRITTEN-AFTER"} and store.check() == []
    finally:
        db.close()


def test_re_encrypting_keeps_a_record_altered_outside_reported(data_dir: Path) -> None:
    db, vault, store = open_store(data_dir)
    try:
        altered, fine = saved_record(store), store.start(sample_template(), "FINE", "", NOW)
        with db.transaction() as conn:
            conn.execute("UPDATE case_record SET status = 'open' WHERE id = ?", (altered,))
        vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, NOW, fast_kdf(), re_encrypt=True)
        assert [f.record_id for f in store.check()] == [altered]  # not laundered by the new key
        assert store.load(altered).reference == REFERENCE and store.load(fine).changed_outside is None
    finally:
        db.close()
