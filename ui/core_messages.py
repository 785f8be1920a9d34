"""The core's sentences for the user (app/ speaks English) in Bahasa Indonesia.

app/ has no Qt and so no tr(); its error sentences are matched here by pattern, with the file
names, field names (``watermark.position``), numbers and quoted values they carry kept, and
shown in Indonesian when the window is in Indonesian. A sentence with no pattern stays as it is.

Group names: ``f`` a file name or anything kept as it is, ``n`` a field name, ``q`` a quoted
value; ``r`` is a reason that is itself one of these sentences (or an OS reason such as
"Permission denied") and is translated in turn; ``k`` is the kind of a wrong value ("text").
The first pattern that matches wins, so a longer sentence comes before a shorter one it ends like.
"""

from __future__ import annotations

import re

_F = r"(?P<f>.+)"
_N = r"(?P<n>\S+)"
_R = r"(?P<r>.+)"
_INDONESIAN: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p + "$"), t)
    for p, t in (
        # --- sentences around another sentence (the reason is translated too) ---------------------
        (rf"^the campaign '(?P<q>.*)' is broken: {_R}", "kampanye '{q}' rusak: {r}"),
        (rf"^the pack cannot be installed: {_R}", "paket kampanye tidak bisa dipasang: {r}"),
        (r"^the pack cannot be read \((?P<r>.+)\)", "paket kampanye tidak bisa dibaca ({r})"),
        (rf"^the song cannot be copied: {_R}", "lagu tidak bisa disalin: {r}"),
        (r"^the sample clip could not be made \(ffmpeg failed\)", "klip contoh tidak bisa dibuat (ffmpeg gagal)"),
        (r"^the sample clip could not be made \((?P<r>.+)\)", "klip contoh tidak bisa dibuat ({r})"),
        (rf"^{_R} \(zip entries must stay inside the pack\)", "{r} (isi .zip harus tetap di dalam paket kampanye)"),
        (rf"^{_R}; trim it with --start/--end or add --cut", "{r}; potong dengan --start/--end atau tambahkan --cut"),
        (rf"^(?P<f>[^:]+): entry: {_R}", "{f}: entri: {r}"),
        (r"^(?P<f>[^:]+): entry (?P<r>'.+)", "{f}: entri {r}"),
        (rf"^{_F} cannot be unpacked: {_R}", "{f} tidak bisa diekstrak: {r}"),
        (rf"^{_F} cannot be read: {_R}", "{f} tidak bisa dibaca: {r}"),
        # --- reasons the operating system gives (Linux/macOS, then Windows) ---------------------
        (r"^[Pp]ermission denied", "akses ditolak"),
        (r"^Access is denied", "akses ditolak"),
        (r"^No space left on device", "disk penuh"),
        (r"^There is not enough space on the disk", "disk penuh"),
        (r"^No such file or directory", "berkas atau folder tidak ada"),
        (r"^The system cannot find the (file|path) specified", "berkas atau folder tidak ada"),
        (r"^Read-only file system", "disk ini hanya bisa dibaca"),
        (r"^The process cannot access the file because it is being used by another process",
         "berkas sedang dipakai program lain"),
        (r"^Directory not empty", "folder tidak kosong"),
        (r"^File exists", "sudah ada"),
        # --- opening clips and songs, exporting -------------------------------------------------
        (rf"^the folder {_F} does not exist", "folder {f} tidak ada"),
        (rf"^the folder {_F} cannot be written to", "folder {f} tidak bisa ditulisi"),
        # --- Windows' rules for names and paths (app/safe_names.py, app/pack_files.py) -----------
        (r"^id (?P<q>'.*') is a name Windows keeps for a device; choose another id",
         "id {q} adalah nama yang dipakai Windows untuk perangkat; pilih id lain"),
        (rf"^{_F} is not a file name Windows accepts \(no CON, NUL or COM1, no < > : \" \| \? \*, no dot or "
         r"space at the end\); rename it in the pack",
         "{f} bukan nama berkas yang diterima Windows (jangan CON, NUL atau COM1, jangan < > : \" | ? *, jangan "
         "diakhiri titik atau spasi); ganti namanya di dalam paket kampanye"),
        (r"^“(?P<f>.+)” is not a file name Windows accepts; choose another name \(for example (?P<q>.+)\)",
         "“{f}” bukan nama berkas yang diterima Windows; pilih nama lain (misalnya {q})"),
        (rf"^the path of {_F} is (?P<c>\d+) characters long and Windows allows at most (?P<l>\d+); choose a folder "
         r"nearer the top of the drive \(for example Videos\) or a shorter name",
         "jalur {f} panjangnya {c} karakter, padahal Windows hanya mengizinkan paling banyak {l}; pilih folder yang "
         "lebih dekat ke akar drive (misalnya Video) atau nama yang lebih pendek"),
        (rf"^the project file {_F} does not exist", "berkas proyek {f} tidak ada"),
        (rf"^the project file {_F} is damaged and cannot be read", "berkas proyek {f} rusak dan tidak bisa dibaca"),
        (r"^the project was saved by a newer version of AnakGENIUS Studio; please update the app",
         "proyek ini disimpan oleh AnakGENIUS Studio versi lebih baru; perbarui aplikasinya"),
        (rf"^the song {_F} could not be read; choose another song", "lagu {f} tidak bisa dibaca; pilih lagu lain"),
        (rf"^the song {_F} has no sound", "lagu {f} tidak bersuara"),
        (r"^the song is only (?P<s>[\d.]+) s long; start it earlier", "lagunya hanya {s} dtk; mulai lebih awal"),
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
        (r"^the video does not fit under (?P<m>[\d.]+) MB for (?P<p>.+); make it shorter",
         "videonya tidak muat di bawah {m} MB untuk {p}; buat lebih pendek"),
        (r"^the file came out at (?P<s>[\d.]+) MB, over the (?P<m>[\d.]+) MB limit",
         "berkasnya jadi {s} MB, melebihi batas {m} MB"),
        (r"^the export failed \(ffmpeg exit code (?P<c>-?\d+)\)", "ekspor gagal (kode ffmpeg {c})"),
        (r"^no clip was chosen", "belum ada klip yang dipilih"),
        (r"^no video clips were found in what was given", "tidak ada klip video di antara yang diberikan"),
        (r"^--end must come after --start", "--end harus sesudah --start"),
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
        (rf"^{_F} is a folder, not a video file", "{f} adalah folder, bukan berkas video"),
        (rf"^{_F} is a folder; give a file name for the video", "{f} adalah folder; beri nama berkas untuk videonya"),
        (rf"^{_F} is not a folder", "{f} bukan folder"),
        (r"^unknown preset '(?P<q>.*)'; choose one of (?P<c>.+)", "preset '{q}' tidak dikenal; pilih salah satu: {c}"),
        # --- the time fields --------------------------------------------------------------------
        (r"^'(?P<q>.*)' is not a time; use seconds \(75\) or mm:ss \(1:15\)",
         "'{q}' bukan waktu; tulis detik (75) atau menit:detik (1:15)"),
        (r"^'(?P<q>.*)' is not a valid time", "'{q}' bukan waktu yang benar"),
        # --- project files (.anakgenius) ----------------------------------------------------------
        (r"^the project file is not an AnakGENIUS project", "berkas ini bukan proyek AnakGENIUS"),
        (r"^the project file has no schema version; it is not an AnakGENIUS project",
         "berkas ini tidak punya versi skema; ini bukan proyek AnakGENIUS"),
        (r"^the project field '(?P<q>.*)' has a wrong value: (?P<v>.*)", "kolom proyek '{q}' salah isinya: {v}"),
        (r"^the project field '(?P<q>.*)' has a wrong value", "kolom proyek '{q}' salah isinya"),
        # --- fields of a project or a campaign.toml (the field name stays) ----------------------
        (rf"^{_N} must be between (?P<a>\S+) and (?P<b>\S+), not (?P<v>.+)", "{n} harus antara {a} dan {b}, bukan {v}"),
        (rf"^{_N} must be one of (?P<c>.+), not '(?P<q>.*)'", "{n} harus salah satu dari {c}, bukan '{q}'"),
        (rf"^{_N} must be a colour like (?P<e>#\w+), not '(?P<q>.*)'", "{n} harus warna seperti {e}, bukan '{q}'"),
        (rf"^{_N} is too long \((?P<m>\d+) characters at most\)", "{n} terlalu panjang (paling banyak {m} karakter)"),
        (rf"^{_N} must be a whole number between (?P<a>\S+) and (?P<b>\S+)",
         "{n} harus bilangan bulat antara {a} dan {b}"),
        (rf"^{_N} must be text, not (?P<k>.+)", "{n} harus berupa teks, bukan {k}"),
        (rf"^{_N} must be a number, not (?P<k>.+)", "{n} harus berupa angka, bukan {k}"),
        (rf"^{_N} must be a list, not (?P<k>.+)", "{n} harus berupa daftar, bukan {k}"),
        (rf"^{_N} must be a date like (?P<e>[\d-]+) \(without quotes\), not (?P<k>.+)",
         "{n} harus tanggal seperti {e} (tanpa tanda kutip), bukan {k}"),
        (rf"^{_N} must be one line of text", "{n} harus satu baris teks"),
        (rf"^{_N} must be a table \((?P<e>\[.*\])\)", "{n} harus berupa tabel ({e})"),
        (rf"^{_N} must be a table like (?P<e>\{{.*\}})", "{n} harus berupa tabel seperti {e}"),
        (rf"^{_N} needs a key and a word", "{n} harus punya key dan word"),
        (rf"^{_N} has more than (?P<m>\d+) entries", "{n} berisi lebih dari {m} butir"),
        (rf"^{_N} must be '#' and up to (?P<m>\d+) letters, digits or '_', not '(?P<q>.*)'",
         "{n} harus '#' lalu paling banyak {m} huruf, angka atau '_', bukan '{q}'"),
        (rf"^{_N} must be a file name inside the pack", "{n} harus nama berkas di dalam paket kampanye"),
        (rf"^{_N} is missing", "{n} belum diisi"),
        (r"^id must be 1–40 of a-z, 0-9 and '-', starting with a letter or digit, not '(?P<q>.*)'",
         "id harus 1–40 huruf a-z, angka 0-9 atau '-', diawali huruf atau angka, bukan '{q}'"),
        (r"^ends must not come before starts", "ends tidak boleh sebelum starts"),
        (r"^'(?P<q>.*)' is not a campaign pack field", "'{q}' bukan kolom paket kampanye"),
        (r"^format (?P<v>\d+): this pack needs a newer version of AnakGENIUS Studio",
         "format {v}: paket kampanye ini butuh AnakGENIUS Studio versi lebih baru"),
        # --- campaign packs: campaign.toml and the files it names ---------------------------------
        (r"^the pack has no (?P<f>\S+)", "tidak ada {f} di paket kampanye"),
        (r"^the pack has more than (?P<m>\d+) files", "paket kampanye berisi lebih dari {m} berkas"),
        (r"^the pack is larger than (?P<m>\d+) MB", "paket kampanye lebih besar dari {m} MB"),
        (rf"^{_F} is larger than (?P<m>\d+) (?P<u>[KM]B)", "{f} lebih besar dari {m} {u}"),
        (rf"^{_F} is not UTF-8 text", "{f} bukan teks UTF-8"),
        (rf"^{_F} is not valid TOML: .*\(at line (?P<l>\d+), column (?P<c>\d+)\)",
         "{f} bukan TOML yang benar (baris {l}, kolom {c})"),
        (rf"^{_F} is not valid TOML: .*\(at end of document\)", "{f} bukan TOML yang benar (di akhir berkas)"),
        (rf"^{_F} is not valid TOML(: .*)?", "{f} bukan TOML yang benar"),
        (rf"^{_F} must be a table of fields", "{f} harus berupa tabel berisi kolom"),
        (rf"^{_F}: the file name is not valid", "{f}: nama berkasnya tidak sah"),
        (rf"^{_F} must use '/' between folders and no drive letters",
         "{f} harus memakai '/' di antara folder, tanpa huruf drive"),
        (rf"^{_F} is an absolute path; packs may only name their own files",
         "{f} adalah jalur lengkap; paket kampanye hanya boleh menyebut berkasnya sendiri"),
        (rf"^{_F} leaves the pack folder", "{f} keluar dari folder paket kampanye"),
        (rf"^{_F} is a symbolic link; packs may not contain links",
         "{f} adalah tautan simbolis; paket kampanye tidak boleh berisi tautan"),
        (rf"^{_F}: the file (?P<q>.*) is not in the pack", "{f}: berkas {q} tidak ada di dalam paket kampanye"),
        (rf"^{_F} is not a regular file", "{f} bukan berkas biasa"),
        (rf"^{_F} is encrypted", "{f} terenkripsi"),
        (rf"^{_F} is not a TrueType or OpenType font", "{f} bukan fon TrueType atau OpenType"),
        (rf"^{_F}: the font (?P<q>.*) cannot be loaded", "{f}: fon {q} tidak bisa dimuat"),
        (rf"^{_F} must be a PNG, JPEG or WebP image", "{f} harus gambar PNG, JPEG atau WebP"),
        (rf"^{_F} is (?P<s>\d+×\d+) pixels; at most (?P<m>\d+×\d+) is allowed",
         "{f} berukuran {s} piksel; paling besar {m}"),
        (rf"^{_F} is not an image that can be read", "{f} bukan gambar yang bisa dibaca"),
        (rf"^{_F} is not a sound file that can be played", "{f} bukan berkas suara yang bisa diputar"),
        (rf"^{_F} is not a sound file", "{f} bukan berkas suara"),
        (rf"^{_F} has no sound", "{f} tidak bersuara"),
        (rf"^{_F} is not a readable \.zip file", "{f} bukan berkas .zip yang bisa dibaca"),
        (rf"^{_F} has more than (?P<m>\d+) files", "{f} berisi lebih dari {m} berkas"),
        (rf"^{_F} unpacks to more than (?P<m>\d+) MB", "isi {f} lebih dari {m} MB"),
        (rf"^{_F} unpacks to more than it declares; it is refused",
         "isi {f} lebih besar daripada yang tertulis di dalamnya; ditolak"),
        (rf"^{_F} has no (?P<t>\S+) at its top", "tidak ada {t} di tingkat teratas {f}"),
        (rf"^{_F} is neither a campaign folder nor a \.zip of one",
         "{f} bukan folder kampanye dan bukan berkas .zip berisi kampanye"),
        (rf"^{_F} is empty", "{f} kosong"),
        # --- installed campaigns ----------------------------------------------------------------
        (r"^its id '(?P<a>.*)' differs from its folder name '(?P<b>.*)'",
         "id-nya '{a}' berbeda dengan nama foldernya '{b}'"),
        (r"^there is no campaign called '(?P<q>.*)' \(see: (?P<c>.+)\)",
         "tidak ada kampanye bernama '{q}' (lihat: {c})"),
        (r"^there is no campaign called '(?P<q>.*)'", "tidak ada kampanye bernama '{q}'"),
        (r"^there is no installed campaign called '(?P<q>.*)'", "tidak ada kampanye terpasang bernama '{q}'"),
        (r"^'(?P<q>.*)' is built in and cannot be removed", "'{q}' bawaan aplikasi dan tidak bisa dihapus"),
        (r"^'(?P<q>.*)' is a built-in campaign; give the pack another id",
         "'{q}' adalah kampanye bawaan; beri paket kampanye ini id lain"),
        (r"^a campaign '(?P<q>.*)' is already installed; remove it or replace it",
         "kampanye '{q}' sudah terpasang; hapus atau ganti dulu"),
        (rf"^{_F} does not exist", "{f} tidak ada"),
    )
]

# What a wrong value in campaign.toml was instead ("must be a number, not text").
_KINDS = {"text": "teks", "a number": "angka", "a list": "daftar", "a table": "tabel",
          "date": "tanggal", "datetime": "tanggal dan jam", "time": "jam"}


def in_indonesian(text: str) -> str:
    """The Indonesian of one of the core's sentences (its file names and numbers kept)."""
    stripped = text.strip().rstrip(".")
    for pattern, template in _INDONESIAN:
        found = pattern.match(stripped)
        if found:
            parts = found.groupdict()
            if parts.get("r") is not None:
                parts["r"] = in_indonesian(parts["r"])
            if parts.get("k") is not None:
                parts["k"] = _KINDS.get(parts["k"], parts["k"])
            return template.format(**parts)
    return text
