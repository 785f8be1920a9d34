"""The core's sentences for the user (app/ speaks English) in Bahasa Indonesia.

app/ has no Qt and so no tr(); its error sentences are matched here by pattern, with the file
names and numbers they carry kept, and shown in Indonesian when the window is in Indonesian.
A sentence with no pattern here stays as it is.
"""

from __future__ import annotations

import re

_F = r"(?P<f>.+)"
_INDONESIAN: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p + "$"), t)
    for p, t in (
        (rf"^the folder {_F} does not exist", "folder {f} tidak ada"),
        (rf"^the folder {_F} cannot be written to", "folder {f} tidak bisa ditulisi"),
        (rf"^the project file {_F} does not exist", "berkas proyek {f} tidak ada"),
        (rf"^the project file {_F} is damaged and cannot be read", "berkas proyek {f} rusak dan tidak bisa dibaca"),
        (r"^the project was saved by a newer version of AnakGENIUS Studio; please update the app",
         "proyek ini disimpan oleh AnakGENIUS Studio versi lebih baru; perbarui aplikasinya"),
        (rf"^the song {_F} could not be read; choose another song", "lagu {f} tidak bisa dibaca; pilih lagu lain"),
        (rf"^the song {_F} has no sound", "lagu {f} tidak bersuara"),
        (rf"^the clip {_F} is damaged and could not be converted", "klip {f} rusak dan tidak bisa diubah"),
        (r"^the disk is full; free some space and export again", "disk penuh; kosongkan ruang lalu ekspor lagi"),
        (r"^the output folder cannot be written to \(permission denied\)",
         "folder tujuan tidak bisa ditulisi (akses ditolak)"),
        (r"^the output would overwrite the clip itself; choose another name",
         "hasilnya akan menimpa klip aslinya; pilih nama lain"),
        (r"^the end of the trim must come after its start", "akhir potongan harus sesudah awalnya"),
        (r"^the start \((?P<a>[^)]*)\) is beyond the end of the clip \((?P<b>[^)]*)\)",
         "awal ({a}) melewati akhir klip ({b})"),
        (r"^the video would be only (?P<s>[\d.]+) s long; it needs at least (?P<m>[\d.]+) s",
         "videonya hanya {s} dtk; minimal {m} dtk"),
        (r"^the video would be (?P<s>[\d.]+) s long, but (?P<p>.+) allows (?P<l>[\d.]+) s here",
         "videonya {s} dtk, tetapi {p} hanya menerima {l} dtk di sini"),
        (r"^the export failed \(ffmpeg exit code (?P<c>-?\d+)\)", "ekspor gagal (kode ffmpeg {c})"),
        (r"^no clip was chosen", "belum ada klip yang dipilih"),
        (rf"^{_F} is not a video or audio file that can be read", "{f} bukan berkas video atau suara yang bisa dibaca"),
        (rf"^{_F} has sound but no picture; open a video clip", "{f} hanya suara, tanpa gambar; buka klip video"),
        (rf"^{_F} is a picture, not a video clip", "{f} adalah foto, bukan klip video"),
        (rf"^{_F} holds no video or sound", "{f} tidak berisi video atau suara"),
        (rf"^{_F} is damaged: its picture size cannot be read", "{f} rusak: ukuran gambarnya tidak bisa dibaca"),
        (rf"^{_F} could not be read \(it took too long\)", "{f} tidak bisa dibaca (terlalu lama)"),
        (rf"^{_F} could not be read", "{f} tidak bisa dibaca"),
        (rf"^{_F} is empty \(0 bytes\)", "{f} kosong (0 bita)"),
        (rf"^{_F} already exists; choose another name or allow overwriting",
         "{f} sudah ada; pilih nama lain atau izinkan menimpa"),
        (rf"^{_F} cannot be read: permission denied", "{f} tidak bisa dibaca: akses ditolak"),
        (rf"^{_F} is a folder, not a video file", "{f} adalah folder, bukan berkas video"),
        (rf"^{_F} is a folder; give a file name for the video", "{f} adalah folder; beri nama berkas untuk videonya"),
        (rf"^{_F} does not exist", "{f} tidak ada"),
    )
]


def in_indonesian(text: str) -> str:
    """The Indonesian of one of the core's sentences (its file names and numbers kept)."""
    stripped = text.strip().rstrip(".")
    for pattern, template in _INDONESIAN:
        found = pattern.match(stripped)
        if found:
            return template.format(**found.groupdict())
    return text
