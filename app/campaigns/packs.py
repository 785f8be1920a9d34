"""Installed campaign packs: built-in and the user's, importing, the official song, the active one.

Built-in packs live in the app's assets; user packs in ``data_dir()/campaigns/<id>``. Importing
unpacks or copies into a hidden staging folder beside them, checks everything there, and only
then renames the folder into place, so a refused or interrupted import leaves nothing behind.
A broken pack never breaks the app: :func:`list_packs` lists it with the reason.

These are the functions the GUI calls ("Import campaign…", "Use the official song file…",
the campaign picker); the CLI's ``anakgenius campaigns`` uses the same ones.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import files
from app.campaigns.model import DEFAULT_CAMPAIGN, Campaign, Song
from app.campaigns.pack_files import PackError, check_audio, check_tree, extract_zip
from app.campaigns.pack_format import ID, TOML_NAME, load_pack
from app.errors import UserError
from app.messages import M, Message, os_reason
from app.paths import assets_dir, data_dir

STATE_FILE = "campaigns.json"  # the active campaign and the official songs chosen, in data_dir()
SONGS_FOLDER = "official-songs"


@dataclass(frozen=True)
class PackInfo:
    """One pack as listed: its campaign, or why it cannot be used."""

    id: str
    folder: Path
    builtin: bool
    campaign: Campaign | None
    error: Message | None = None  # why it cannot be used

    @property
    def ok(self) -> bool:
        return self.campaign is not None


def builtin_folder() -> Path:
    return assets_dir() / "campaigns"


def user_folder() -> Path:
    folder = data_dir() / "campaigns"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def list_packs() -> list[PackInfo]:
    """Every built-in and installed pack, broken ones included (with the reason). Never raises."""
    found: list[PackInfo] = []
    for base, builtin in ((builtin_folder(), True), (user_folder(), False)):
        try:
            folders = sorted(p for p in base.iterdir() if not p.name.startswith(".") and p.is_dir())
        except OSError:
            continue
        for folder in folders:
            found.append(_pack_info(folder, builtin))
    return found


def _pack_info(folder: Path, builtin: bool) -> PackInfo:
    try:
        return PackInfo(folder.name, folder, builtin, _load(folder, builtin))
    except UserError as exc:
        return PackInfo(folder.name, folder, builtin, None, exc.message)
    except Exception as exc:  # noqa: BLE001 - a broken pack must never break the app
        return PackInfo(folder.name, folder, builtin, None, Message(M.PACK_UNREADABLE, error=type(exc).__name__))


def _load(folder: Path, builtin: bool) -> Campaign:
    if not builtin:
        check_tree(folder)
    campaign = load_pack(folder, builtin)
    if campaign.id != folder.name:
        raise PackError(M.ID_NOT_FOLDER, id=campaign.id, folder=folder.name)
    return _with_official_song(campaign)


def get_campaign(campaign_id: str = DEFAULT_CAMPAIGN) -> Campaign:
    """The campaign with this id, built-in first, then the user's packs."""
    if not isinstance(campaign_id, str) or not ID.match(campaign_id):
        raise UserError(M.NO_CAMPAIGN, id=campaign_id)
    for base, builtin in ((builtin_folder(), True), (user_folder(), False)):
        folder = base / campaign_id
        if (folder / TOML_NAME).is_file():
            try:
                return _load(folder, builtin)
            except PackError as exc:
                raise PackError(M.CAMPAIGN_BROKEN, id=campaign_id, reason=exc.message) from None
    raise UserError(M.NO_CAMPAIGN_SEE_LIST, id=campaign_id)


def import_pack(path: str | Path, replace: bool = False) -> Campaign:
    """Install a pack from a .zip or a folder. Raises PackError with the reason if it is refused."""
    source = Path(path)
    if not source.exists():
        raise PackError(M.NOT_FOUND, path=source)
    root = user_folder()
    staging = Path(tempfile.mkdtemp(prefix=".import-", dir=root))
    try:
        unpacked = staging / "pack"
        if source.is_dir():
            check_tree(source)
            shutil.copytree(source, unpacked, symlinks=True)
        elif source.suffix.lower() == ".zip" or zipfile.is_zipfile(source):
            unpacked.mkdir()
            extract_zip(source, unpacked)
            unpacked = _pack_root(unpacked, source.name)
        else:
            raise PackError(M.NOT_A_PACK, file=source.name)
        check_tree(unpacked)
        campaign = load_pack(unpacked)
        if (builtin_folder() / campaign.id).exists():
            raise PackError(M.BUILT_IN_ID, id=campaign.id)
        target = root / campaign.id
        old = staging / "old"
        if target.exists():
            if not replace:
                raise PackError(M.ALREADY_INSTALLED, id=campaign.id)
            os.replace(target, old)
        try:
            os.replace(unpacked, target)
        except OSError:
            if old.exists():
                os.replace(old, target)
            raise
    except OSError as exc:
        raise PackError(M.PACK_NOT_INSTALLED, reason=os_reason(exc)) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return get_campaign(campaign.id)


def _pack_root(folder: Path, archive: str) -> Path:
    """The folder holding campaign.toml: the archive's top, or its single top-level folder."""
    if (folder / TOML_NAME).is_file():
        return folder
    entries = [e for e in folder.iterdir() if e.name != "__MACOSX"]
    if len(entries) == 1 and entries[0].is_dir() and (entries[0] / TOML_NAME).is_file():
        return entries[0]
    raise PackError(M.NO_TOML_AT_TOP, file=archive, toml=TOML_NAME)


def remove_pack(campaign_id: str) -> None:
    """Uninstall a user pack (built-in packs cannot be removed)."""
    if not isinstance(campaign_id, str) or not ID.match(campaign_id):
        raise UserError(M.NO_CAMPAIGN, id=campaign_id)
    if (builtin_folder() / campaign_id).exists():
        raise UserError(M.BUILT_IN_STAYS, id=campaign_id)
    folder = user_folder() / campaign_id
    if not folder.is_dir():
        raise UserError(M.NOT_INSTALLED, id=campaign_id)
    trash = user_folder() / f".removing-{campaign_id}"
    shutil.rmtree(trash, ignore_errors=True)
    os.replace(folder, trash)
    shutil.rmtree(trash, ignore_errors=True)
    clear_official_song(campaign_id)


# --- what the user chose: the official song per campaign, the active campaign ---------------

def _state_path() -> Path:
    return data_dir() / STATE_FILE


def _read_state() -> dict[str, Any]:
    try:
        data = json.loads(_state_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_state(state: dict[str, Any]) -> None:
    files.write_text(_state_path(), json.dumps(state, indent=2, ensure_ascii=False) + "\n")


def official_song(campaign_id: str) -> Path | None:
    """The official song file chosen for this campaign on this computer, if any (and still there)."""
    songs = _read_state().get("official_songs")
    value = songs.get(campaign_id) if isinstance(songs, dict) else None
    if isinstance(value, str) and Path(value).is_file():
        return Path(value)
    return None


def set_official_song(campaign_id: str, path: str | Path) -> Campaign:
    """Use ``path`` (e.g. the ministry's recording) as this campaign's song from now on.

    The file is checked to be sound, then copied into the user data folder, so it keeps working
    when the original in Downloads is deleted. Returns the campaign with the new song.
    """
    get_campaign(campaign_id)
    source = Path(path)
    if not source.is_file():
        raise UserError(M.NOT_FOUND, path=source)
    try:
        check_audio(source, "song")
    except PackError:
        raise UserError(M.NOT_PLAYABLE, file=source.name) from None
    folder = data_dir() / SONGS_FOLDER / campaign_id
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    tmp = files.temp_for(target, files.new_token())
    note = None
    try:
        note = files.remember(tmp, target)
        shutil.copyfile(source, tmp)
        files.publish(tmp, target, overwrite=True)  # flushed, then renamed
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(M.SONG_NOT_COPIED, reason=os_reason(exc)) from None
    finally:
        files.forget(note)
    for other in folder.iterdir():
        if other != target:
            other.unlink(missing_ok=True)
    state = _read_state()
    chosen = state.get("official_songs")
    songs: dict[str, Any] = chosen if isinstance(chosen, dict) else {}
    songs[campaign_id] = str(target)
    state["official_songs"] = songs
    _write_state(state)
    return get_campaign(campaign_id)


def clear_official_song(campaign_id: str) -> None:
    """Go back to the pack's own song."""
    state = _read_state()
    songs = state.get("official_songs")
    if isinstance(songs, dict) and campaign_id in songs:
        del songs[campaign_id]
        _write_state(state)
    shutil.rmtree(data_dir() / SONGS_FOLDER / campaign_id, ignore_errors=True)


def _with_official_song(campaign: Campaign) -> Campaign:
    path = official_song(campaign.id)
    if path is None:
        return campaign
    song = Song(path=path, title=path.stem, credit="", licence="", suggested_start=0.0, official=True)
    return dataclasses.replace(campaign, song=song)


def active_campaign_id() -> str:
    """The campaign new videos use: the one chosen last, if it still loads, else the default."""
    chosen = _read_state().get("active")
    if isinstance(chosen, str) and chosen != DEFAULT_CAMPAIGN:
        try:
            get_campaign(chosen)
            return chosen
        except UserError:
            pass
    return DEFAULT_CAMPAIGN


def active_campaign() -> Campaign:
    return get_campaign(active_campaign_id())


def set_active_campaign(campaign_id: str) -> Campaign:
    campaign = get_campaign(campaign_id)
    state = _read_state()
    state["active"] = campaign.id
    _write_state(state)
    return campaign
