"""A UTF-8 character locale before Qt starts.

Under the C or POSIX locale (a bare service account, a minimal container, ``LANG`` unset over SSH) Qt warns that
it "depends on a UTF-8 locale" and switches by itself. The ``python`` program avoids this by coercing the C locale
(PEP 538), but an app frozen with PyInstaller embeds Python without that step, so the frozen app printed the
warning. Setting ``LC_CTYPE`` (or ``LC_ALL`` when that is what forces C) to ``C.UTF-8`` first keeps Qt quiet and
file names with Cyrillic letters intact. Windows and macOS have no such locale variables for Qt to read.
"""

from __future__ import annotations

import codecs
import locale
import os
import sys
from collections.abc import MutableMapping

UTF8_LOCALE = "C.UTF-8"


def _ctype_is_utf8() -> bool:
    try:
        locale.setlocale(locale.LC_CTYPE, "")
    except locale.Error:  # the environment names a locale this system does not have: C is what applies
        return False
    return codecs.lookup(locale.nl_langinfo(locale.CODESET)).name == "utf-8"


def use_utf8_locale(environ: MutableMapping[str, str] = os.environ) -> bool:
    """Make the character locale UTF-8 if it is not; returns whether anything was changed."""
    if sys.platform in ("win32", "darwin") or _ctype_is_utf8():
        return False
    environ["LC_ALL" if environ.get("LC_ALL") else "LC_CTYPE"] = UTF8_LOCALE
    try:
        locale.setlocale(locale.LC_CTYPE, "")
    except locale.Error:
        pass  # no C.UTF-8 on this system: Qt picks its own fallback, as before
    return True
