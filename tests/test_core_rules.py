"""Rules that the widgets used to write themselves, now said once in core: a part's title with its label, whether
a case record may still be changed, and a handbook reference as plain text."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.helpers.case_samples import NOW, open_store, sample_template
from tiphandbook.core.cases.records import ItemState, RecordError
from tiphandbook.core.content import load_library
from tiphandbook.core.content.model import Part
from tiphandbook.core.content.render import Renderer
from tiphandbook.core.paths import UserDirs


def test_a_part_is_titled_with_its_label_in_the_language_asked() -> None:
    part = Part("part-one", "A", {"en": "Part one", "ru": "Часть первая"}, ())
    assert part.display_title("ru") == "A. Часть первая"
    assert part.display_title("uz") == "A. Part one"  # not translated: English
    assert Part("annex", "", {"en": "Annexes"}, ()).display_title("en") == "Annexes"


def test_the_shipped_part_titles_are_the_ones_search_and_the_tree_show(content: Path) -> None:
    library = load_library(content)
    assert [p.display_title("en") for p in library.parts][0] == "A. Part one"


def test_a_record_is_editable_until_signed_off_and_the_store_agrees() -> None:
    db, _, store = open_store(UserDirs.resolve().data)
    try:
        record_id = store.start(sample_template(), "CASE-1", "Harbour case", NOW)
        assert store.load(record_id).editable
        later = NOW + timedelta(minutes=5)
        for item in ("documents", "movement", "refer"):
            store.set_item(record_id, item, ItemState.DONE, "", later)
        record = store.sign_off(record_id, "Inspector Rahimov", date(2026, 3, 3), later)
        assert not record.editable
        with pytest.raises(RecordError, match="signed off"):
            store.set_item(record_id, "movement", ItemState.OPEN, "", later)
    finally:
        db.close()


def test_a_reference_reads_as_plain_text_and_as_a_link_with_the_same_words(content: Path) -> None:
    renderer = Renderer(load_library(content))
    assert renderer.reference_title("alpha#first", "en") == "Alpha chapter › First section"
    assert renderer.reference_title("alpha", "en") == "Alpha chapter"
    assert renderer.reference_title("nowhere#x", "en") == "nowhere#x"
    assert ">Alpha chapter › First section</a>" in renderer.reference_link("alpha#first", "en")
