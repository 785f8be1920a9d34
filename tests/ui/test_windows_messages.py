"""The sentences for Windows' name and path rules read in Indonesian in the Indonesian window.

(Here, not in tests/test_windows.py: that file also runs under Wine with the Windows CPython, which
has no Qt test fixtures.)"""

from __future__ import annotations

import pytest

from app.campaigns.pack_files import PackError, safe_relative
from app.safe_names import path_problem


def _path_of_length(n: int, name: str = "video.mp4") -> str:
    folder = "C:\\Users\\guru\\Videos\\"
    return folder + "x" * (n - len(folder) - len(name) - 1) + "\\" + name


def test_the_windows_sentences_have_indonesian(qapp) -> None:
    from ui.i18n.core_messages import translated
    from ui.i18n.language import set_language

    set_language("id")
    try:
        long = path_problem(_path_of_length(300), windows=True)
        assert long is not None
        assert translated(long).startswith("jalur video.mp4 panjangnya 300 karakter") and "259" in translated(long)
        reserved = path_problem("C:\\Videos\\aux.mp4", windows=True)
        assert reserved is not None
        assert translated(reserved) == ("“aux.mp4” bukan nama berkas yang diterima Windows; "
                                        "pilih nama lain (misalnya _aux.mp4)")
        with pytest.raises(PackError) as refused:
            safe_relative("logo?.png", "logo")
        assert translated(refused.value.message).startswith("logo: 'logo?.png' bukan nama berkas yang diterima Windows")
    finally:
        set_language("en")


