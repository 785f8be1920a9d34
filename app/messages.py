"""Every sentence app/ can show a user: a stable id, one English template, and the values it names.

An error app/ raises for a user (:mod:`app.errors`) carries a :class:`Message`: an id from
:class:`M` (the member's name, e.g. ``M.FILE_EMPTY``) and the values its template names
(``file="kosong.mp4"``). ``str()`` of the message, and so of the error, is the English sentence
the CLI prints. The GUI shows the same message in the window's language by translating the
template with ``QCoreApplication.translate(CONTEXT, template)`` and filling in the same values
(:mod:`ui.i18n.core_messages`); a value that is itself a Message (the reason inside "the campaign
'x' is broken: …", the kind of a wrong value) is translated the same way.

The templates are marked with ``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate`` finds them (app/
has no Qt: the mark here is a plain function); their Indonesian is in the ``core`` context of
``assets/translations/anakgenius_id.ts``. Change a template and its translation must change too
(tests/ui/test_core_messages.py fails until it does).
"""

from __future__ import annotations

import errno
import string
from collections.abc import Callable, Mapping
from enum import Enum, unique

CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


@unique
class M(Enum):
    """The message ids; each member's value is its English template (``str.format`` fields)."""

    # --- opening clips and songs ---------------------------------------------------------------
    NOT_FOUND = QT_TRANSLATE_NOOP("core", "{path} does not exist")
    FOLDER_NOT_VIDEO = QT_TRANSLATE_NOOP("core", "{path} is a folder, not a video file")
    FILE_EMPTY = QT_TRANSLATE_NOOP("core", "{file} is empty (0 bytes)")
    READ_TOO_SLOW = QT_TRANSLATE_NOOP("core", "{file} could not be read (it took too long)")
    READ_DENIED = QT_TRANSLATE_NOOP("core", "{file} cannot be read: permission denied")
    COULD_NOT_READ = QT_TRANSLATE_NOOP("core", "{file} could not be read")
    NOT_MEDIA = QT_TRANSLATE_NOOP("core", "{file} is not a video or audio file that can be read")
    NO_STREAMS = QT_TRANSLATE_NOOP("core", "{file} holds no video or sound")
    NO_PICTURE_SIZE = QT_TRANSLATE_NOOP("core", "{file} is damaged: its picture size cannot be read")
    SOUND_ONLY = QT_TRANSLATE_NOOP("core", "{file} has sound but no picture; open a video clip")
    PICTURE = QT_TRANSLATE_NOOP("core", "{file} is a picture, not a video clip")
    NOT_A_VIDEO_CLIP = QT_TRANSLATE_NOOP("core", "{file} is not a video clip")
    SAMPLE_FAILED = QT_TRANSLATE_NOOP("core", "the sample clip could not be made ({reason})")
    SAMPLE_FFMPEG_FAILED = QT_TRANSLATE_NOOP("core", "the sample clip could not be made (ffmpeg failed)")

    # --- the trim, the output, the song: checked before an export --------------------------------
    NO_CLIP = QT_TRANSLATE_NOOP("core", "no clip was chosen")
    TRIM_END_BEFORE_START = QT_TRANSLATE_NOOP("core", "the end of the trim must come after its start")
    START_BEYOND_END = QT_TRANSLATE_NOOP("core", "the start ({start}) is beyond the end of the clip ({end})")
    VIDEO_TOO_SHORT = QT_TRANSLATE_NOOP(
        "core", "the video would be only {seconds:.2f} s long; it needs at least {minimum:g} s")
    VIDEO_TOO_LONG = QT_TRANSLATE_NOOP(
        "core", "the video would be {seconds:.1f} s long, but {preset} allows {limit:g} s here")
    FOLDER_MISSING = QT_TRANSLATE_NOOP("core", "the folder {folder} does not exist")
    NOT_A_FOLDER = QT_TRANSLATE_NOOP("core", "{path} is not a folder")
    OUTPUT_IS_FOLDER = QT_TRANSLATE_NOOP("core", "{path} is a folder; give a file name for the video")
    OUTPUT_IS_SOURCE = QT_TRANSLATE_NOOP("core", "the output would overwrite the clip itself; choose another name")
    ALREADY_EXISTS = QT_TRANSLATE_NOOP("core", "{file} already exists; choose another name or allow overwriting")
    BEING_WRITTEN = QT_TRANSLATE_NOOP(
        "core", "another export is still making {file}; wait until it is done or choose another name")
    FOLDER_NOT_WRITABLE = QT_TRANSLATE_NOOP("core", "the folder {folder} cannot be written to")
    SONG_SILENT = QT_TRANSLATE_NOOP("core", "the song {file} has no sound")
    SONG_TOO_SHORT = QT_TRANSLATE_NOOP("core", "the song is only {seconds:.0f} s long; start it earlier")
    UNKNOWN_PRESET = QT_TRANSLATE_NOOP("core", "unknown preset '{preset}'; choose one of {choices}")

    # --- the export itself --------------------------------------------------------------------
    DISK_FULL = QT_TRANSLATE_NOOP("core", "the disk is full; free some space and export again")
    OUTPUT_DENIED = QT_TRANSLATE_NOOP("core", "the output folder cannot be written to (permission denied)")
    SONG_UNREADABLE = QT_TRANSLATE_NOOP("core", "the song {file} could not be read; choose another song")
    CLIP_DAMAGED = QT_TRANSLATE_NOOP("core", "the clip {file} is damaged and could not be converted")
    FFMPEG_FAILED = QT_TRANSLATE_NOOP("core", "the export failed (ffmpeg exit code {code})")
    EXPORT_UNEXPECTED = QT_TRANSLATE_NOOP("core", "the export failed for an unexpected reason")
    EXPORT_INCOMPLETE = QT_TRANSLATE_NOOP(
        "core", "the new video came out incomplete, so it was not saved; export again")
    FILE_TOO_BIG = QT_TRANSLATE_NOOP("core", "the file came out at {size_mb:.1f} MB, over the {limit_mb:.0f} MB limit")
    DOES_NOT_FIT = QT_TRANSLATE_NOOP(
        "core", "the video does not fit under {limit_mb:.0f} MB for {preset}; make it shorter")

    # --- the time fields ------------------------------------------------------------------------
    NOT_A_TIME = QT_TRANSLATE_NOOP("core", "'{text}' is not a time; use seconds (75) or mm:ss (1:15)")
    BAD_TIME = QT_TRANSLATE_NOOP("core", "'{text}' is not a valid time")

    # --- project files (.anakgenius) ------------------------------------------------------------
    PROJECT_MISSING = QT_TRANSLATE_NOOP("core", "the project file {path} does not exist")
    PROJECT_DAMAGED = QT_TRANSLATE_NOOP("core", "the project file {file} is damaged and cannot be read")
    NOT_A_PROJECT = QT_TRANSLATE_NOOP("core", "the project file is not an AnakGENIUS project")
    NO_SCHEMA = QT_TRANSLATE_NOOP("core", "the project file has no schema version; it is not an AnakGENIUS project")
    NEWER_PROJECT = QT_TRANSLATE_NOOP(
        "core", "the project was saved by a newer version of AnakGENIUS Studio; please update the app")
    PROJECT_VALUE = QT_TRANSLATE_NOOP("core", "the project field '{field}' has a wrong value: {value}")
    PROJECT_SECTION = QT_TRANSLATE_NOOP("core", "the project field '{field}' has a wrong value")

    # --- fields of a project or a campaign.toml (the field name stays as it is) ------------------
    OUT_OF_RANGE = QT_TRANSLATE_NOOP("core", "{field} must be between {low:g} and {high:g}, not {value}")
    NOT_ONE_OF = QT_TRANSLATE_NOOP("core", "{field} must be one of {choices}, not '{value}'")
    NOT_A_COLOUR = QT_TRANSLATE_NOOP("core", "{field} must be a colour like {example}, not '{value}'")
    TEXT_TOO_LONG = QT_TRANSLATE_NOOP("core", "{field} is too long ({limit} characters at most)")
    NOT_WHOLE = QT_TRANSLATE_NOOP("core", "{field} must be a whole number between {low} and {high}")
    NOT_TEXT = QT_TRANSLATE_NOOP("core", "{field} must be text, not {kind}")
    NOT_A_NUMBER = QT_TRANSLATE_NOOP("core", "{field} must be a number, not {kind}")
    NOT_A_LIST = QT_TRANSLATE_NOOP("core", "{field} must be a list, not {kind}")
    NOT_A_DATE = QT_TRANSLATE_NOOP("core", "{field} must be a date like {example} (without quotes), not {kind}")
    NOT_ONE_LINE = QT_TRANSLATE_NOOP("core", "{field} must be one line of text")
    NOT_A_TABLE = QT_TRANSLATE_NOOP("core", "{field} must be a table ({example})")
    NOT_A_TABLE_LIKE = QT_TRANSLATE_NOOP("core", "{field} must be a table like {example}")
    NEEDS_KEY_AND_WORD = QT_TRANSLATE_NOOP("core", "{field} needs a key and a word")
    TOO_MANY_ENTRIES = QT_TRANSLATE_NOOP("core", "{field} has more than {limit} entries")
    BAD_HASHTAG = QT_TRANSLATE_NOOP("core", "{field} must be '#' and up to 39 letters, digits or '_', not '{value}'")
    NOT_A_PACK_FILE_NAME = QT_TRANSLATE_NOOP("core", "{field} must be a file name inside the pack")
    MISSING = QT_TRANSLATE_NOOP("core", "{field} is missing")
    BAD_ID = QT_TRANSLATE_NOOP(
        "core", "id must be 1–40 of a-z, 0-9 and '-', starting with a letter or digit, not '{value}'")
    ENDS_BEFORE_STARTS = QT_TRANSLATE_NOOP("core", "ends must not come before starts")
    UNKNOWN_FIELD = QT_TRANSLATE_NOOP("core", "'{field}' is not a campaign pack field")
    NEWER_FORMAT = QT_TRANSLATE_NOOP("core", "format {version}: this pack needs a newer version of AnakGENIUS Studio")
    # what a wrong value was instead ("must be a number, not text")
    KIND_TEXT = QT_TRANSLATE_NOOP("core", "text")
    KIND_NUMBER = QT_TRANSLATE_NOOP("core", "a number")
    KIND_LIST = QT_TRANSLATE_NOOP("core", "a list")
    KIND_TABLE = QT_TRANSLATE_NOOP("core", "a table")
    KIND_TRUE_FALSE = QT_TRANSLATE_NOOP("core", "true/false")
    KIND_DATE = QT_TRANSLATE_NOOP("core", "date")
    KIND_DATETIME = QT_TRANSLATE_NOOP("core", "datetime")
    KIND_TIME = QT_TRANSLATE_NOOP("core", "time")

    # --- campaign packs: campaign.toml and the files it names -----------------------------------
    PACK_NO_TOML = QT_TRANSLATE_NOOP("core", "the pack has no {file}")
    PACK_TOO_MANY_FILES = QT_TRANSLATE_NOOP("core", "the pack has more than {limit} files")
    PACK_TOO_BIG = QT_TRANSLATE_NOOP("core", "the pack is larger than {limit} MB")
    PACK_UNREADABLE = QT_TRANSLATE_NOOP("core", "the pack cannot be read ({error})")
    PACK_NOT_INSTALLED = QT_TRANSLATE_NOOP("core", "the pack cannot be installed: {reason}")
    FILE_LARGER_THAN = QT_TRANSLATE_NOOP("core", "{file} is larger than {limit} {unit}")
    NOT_UTF8 = QT_TRANSLATE_NOOP("core", "{file} is not UTF-8 text")
    CANNOT_READ_BECAUSE = QT_TRANSLATE_NOOP("core", "{file} cannot be read: {reason}")
    TOML_AT = QT_TRANSLATE_NOOP("core", "{file} is not valid TOML: {problem} (at line {line}, column {column})")
    TOML_AT_END = QT_TRANSLATE_NOOP("core", "{file} is not valid TOML: {problem} (at end of document)")
    TOML_BECAUSE = QT_TRANSLATE_NOOP("core", "{file} is not valid TOML: {problem}")
    TOML_INVALID = QT_TRANSLATE_NOOP("core", "{file} is not valid TOML")
    NOT_A_FIELD_TABLE = QT_TRANSLATE_NOOP("core", "{file} must be a table of fields")
    BAD_FILE_NAME = QT_TRANSLATE_NOOP("core", "{field}: the file name is not valid")
    BACKSLASH_PATH = QT_TRANSLATE_NOOP("core", "{field}: '{name}' must use '/' between folders and no drive letters")
    ABSOLUTE_PATH = QT_TRANSLATE_NOOP(
        "core", "{field}: '{name}' is an absolute path; packs may only name their own files")
    LEAVES_PACK = QT_TRANSLATE_NOOP("core", "{field}: '{name}' leaves the pack folder")
    NAMED_LINK = QT_TRANSLATE_NOOP("core", "{field}: '{name}' is a symbolic link; packs may not contain links")
    NOT_IN_PACK = QT_TRANSLATE_NOOP("core", "{field}: the file '{name}' is not in the pack")
    LINK = QT_TRANSLATE_NOOP("core", "'{name}' is a symbolic link; packs may not contain links")
    NOT_REGULAR = QT_TRANSLATE_NOOP("core", "'{name}' is not a regular file")
    NOT_A_FONT = QT_TRANSLATE_NOOP("core", "{field}: '{file}' is not a TrueType or OpenType font")
    FONT_UNLOADABLE = QT_TRANSLATE_NOOP("core", "{field}: the font '{file}' cannot be loaded")
    IMAGE_FORMAT = QT_TRANSLATE_NOOP("core", "{field}: '{file}' must be a PNG, JPEG or WebP image")
    IMAGE_TOO_BIG = QT_TRANSLATE_NOOP(
        "core", "{field}: '{file}' is {width}×{height} pixels; at most {limit}×{limit} is allowed")
    IMAGE_EMPTY = QT_TRANSLATE_NOOP("core", "{field}: '{file}' is empty")
    NOT_AN_IMAGE = QT_TRANSLATE_NOOP("core", "{field}: '{file}' is not an image that can be read")
    NOT_SOUND = QT_TRANSLATE_NOOP("core", "{field}: '{file}' is not a sound file")
    NO_SOUND = QT_TRANSLATE_NOOP("core", "{field}: '{file}' has no sound")

    # --- .zip packs -----------------------------------------------------------------------------
    ZIP_ENTRY = QT_TRANSLATE_NOOP("core", "{archive}: entry")
    ZIP_ENTRY_OUTSIDE = QT_TRANSLATE_NOOP("core", "{reason} (zip entries must stay inside the pack)")
    ZIP_ENTRY_LINK = QT_TRANSLATE_NOOP(
        "core", "{archive}: entry '{name}' is a symbolic link; packs may not contain links")
    ZIP_ENTRY_ENCRYPTED = QT_TRANSLATE_NOOP("core", "{archive}: entry '{name}' is encrypted")
    ZIP_TOO_MANY_FILES = QT_TRANSLATE_NOOP("core", "{file} has more than {limit} files")
    ZIP_TOO_BIG = QT_TRANSLATE_NOOP("core", "{file} unpacks to more than {limit} MB")
    ZIP_LIES = QT_TRANSLATE_NOOP("core", "{file} unpacks to more than it declares; it is refused")
    NOT_A_ZIP = QT_TRANSLATE_NOOP("core", "{file} is not a readable .zip file")
    CANNOT_UNPACK = QT_TRANSLATE_NOOP("core", "{file} cannot be unpacked: {reason}")
    NO_TOML_AT_TOP = QT_TRANSLATE_NOOP("core", "{file} has no {toml} at its top")
    NOT_A_PACK = QT_TRANSLATE_NOOP("core", "{file} is neither a campaign folder nor a .zip of one")

    # --- installed campaigns --------------------------------------------------------------------
    ID_NOT_FOLDER = QT_TRANSLATE_NOOP("core", "its id '{id}' differs from its folder name '{folder}'")
    NO_CAMPAIGN = QT_TRANSLATE_NOOP("core", "there is no campaign called '{id}'")
    NO_CAMPAIGN_SEE_LIST = QT_TRANSLATE_NOOP(
        "core", "there is no campaign called '{id}' (see: anakgenius campaigns list)")
    CAMPAIGN_BROKEN = QT_TRANSLATE_NOOP("core", "the campaign '{id}' is broken: {reason}")
    BUILT_IN_ID = QT_TRANSLATE_NOOP("core", "'{id}' is a built-in campaign; give the pack another id")
    ALREADY_INSTALLED = QT_TRANSLATE_NOOP("core", "a campaign '{id}' is already installed; remove it or replace it")
    BUILT_IN_STAYS = QT_TRANSLATE_NOOP("core", "'{id}' is built in and cannot be removed")
    NOT_INSTALLED = QT_TRANSLATE_NOOP("core", "there is no installed campaign called '{id}'")
    NOT_PLAYABLE = QT_TRANSLATE_NOOP("core", "{file} is not a sound file that can be played")
    SONG_NOT_COPIED = QT_TRANSLATE_NOOP("core", "the song cannot be copied: {reason}")

    # --- Windows' rules for names and paths (app/safe_names.py) ---------------------------------
    NAME_NOT_WINDOWS = QT_TRANSLATE_NOOP(
        "core", "“{name}” is not a file name Windows accepts; choose another name (for example {example})")
    PATH_TOO_LONG = QT_TRANSLATE_NOOP(
        "core", "the path of {file} is {length} characters long and Windows allows at most {limit}; choose a "
        "folder nearer the top of the drive (for example Videos) or a shorter name")
    PACK_NAME_NOT_WINDOWS = QT_TRANSLATE_NOOP(
        "core", "{field}: '{name}' is not a file name Windows accepts (no CON, NUL or COM1, no < > : \" | ? *, "
        "no dot or space at the end); rename it in the pack")
    ID_RESERVED = QT_TRANSLATE_NOOP("core", "id '{id}' is a name Windows keeps for a device; choose another id")

    # --- stories: several clips and photos --------------------------------------------------------
    SHOT_UNUSABLE = QT_TRANSLATE_NOOP("core", "shot {n} cannot be used: {reason}")
    SHOT_REASON = QT_TRANSLATE_NOOP("core", "shot {n}: {reason}")
    SHOT_STARTS_BEYOND = QT_TRANSLATE_NOOP(
        "core", "shot {n} ({file}) starts at {start}, beyond the end of the clip ({length})")
    SHOT_TOO_SHORT = QT_TRANSLATE_NOOP("core", "shot {n} ({file}) is shorter than {seconds:g} s")
    SHOT_DAMAGED = QT_TRANSLATE_NOOP("core", "shot {n} in the project file is damaged")
    SHOT_NO_FILE = QT_TRANSLATE_NOOP("core", "shot {n} in the project file has no file")
    SHOT_NOW_LASTS = QT_TRANSLATE_NOOP("core", "shot {n} now lasts {seconds:.1f} s")
    TOO_MANY_SHOTS = QT_TRANSLATE_NOOP("core", "a story holds at most {limit} shots, not {count}")
    TOO_MANY_SHOTS_ADD = QT_TRANSLATE_NOOP("core", "a story holds at most {limit} shots")
    STORY_TOO_LONG = QT_TRANSLATE_NOOP(
        "core", "the story is too long for {limit:g} s even with every shot cut short; remove some shots")
    PHOTO_HEIC = QT_TRANSLATE_NOOP(
        "core", "{file} is a HEIC photo, which this version cannot read; save it as JPEG first")
    PHOTO_UNREADABLE = QT_TRANSLATE_NOOP("core", "{file} is not a photo that can be read")
    PHOTO_KIND = QT_TRANSLATE_NOOP("core", "{file} is a {kind} picture; use a JPEG or PNG photo")
    PHOTO_TOO_LARGE = QT_TRANSLATE_NOOP("core", "{file} is too large a picture ({size})")
    PHOTO_DAMAGED = QT_TRANSLATE_NOOP("core", "{file} is damaged and could not be read")
    PHOTO_NOT_CONVERTED = QT_TRANSLATE_NOOP("core", "the photo {file} could not be converted")
    # #15, adding shots in the window
    FILE_NOT_ADDED = QT_TRANSLATE_NOOP("core", "{file} was not added: {reason}")
    FOLDER_HAS_NO_SHOTS = QT_TRANSLATE_NOOP("core", "the folder {folder} holds no clips or photos")

    # --- the command line (English only in practice, but translatable like the rest) -----------
    CLI_END_BEFORE_START = QT_TRANSLATE_NOOP("core", "--end must come after --start")
    CLI_TRIM_OR_CUT = QT_TRANSLATE_NOOP("core", "{reason}; trim it with --start/--end or add --cut")
    CLI_NO_CLIPS = QT_TRANSLATE_NOOP("core", "no video clips were found in what was given")
    CLI_NO_STORIES = QT_TRANSLATE_NOOP("core", "no folders with clips or photos were found in what was given")
    CLI_STORY_CUT = QT_TRANSLATE_NOOP("core", "{reason}; add --cut to trim the last shots")
    CLI_STORY_NO_TRIM = QT_TRANSLATE_NOOP(
        "core", "--start and --end are for one clip; give each shot's times in a project file")
    CLI_PROJECT_TWICE = QT_TRANSLATE_NOOP("core", "give the project either as INPUT or with --project, not both")

    # --- #16 words on the video: text blocks, subtitles, speech → captions ----------------------
    TOO_MANY_TEXTS = QT_TRANSLATE_NOOP("core", "a video holds at most {limit} text blocks, not {count}")
    TEXT_EMPTY = QT_TRANSLATE_NOOP("core", "text block {n} has no text")
    TEXT_BLOCK_TOO_LONG = QT_TRANSLATE_NOOP("core", "text block {n} is too long ({limit} characters at most)")
    TEXT_BAD_TIMES = QT_TRANSLATE_NOOP(
        "core", "text block {n}: its start must be 0 s or later and its end after its start")
    TEXT_DAMAGED = QT_TRANSLATE_NOOP("core", "text block {n} in the project file is damaged")
    TEXT_BAD_WORDS = QT_TRANSLATE_NOOP("core", "text block {n}: its word timings are out of order")
    TEXT_TOO_SHORT_TO_SPLIT = QT_TRANSLATE_NOOP("core", "this text block is too short to split")
    TEXT_NOTHING_TO_MERGE = QT_TRANSLATE_NOOP("core", "there is no next text block to merge with")
    SRT_UNREADABLE = QT_TRANSLATE_NOOP("core", "{file} cannot be read as subtitles")
    SRT_NO_BLOCKS = QT_TRANSLATE_NOOP("core", "{file} holds no subtitles that can be used")
    SRT_BAD_LINE = QT_TRANSLATE_NOOP("core", "line {line}: {reason}; that subtitle was left out")
    SRT_BAD_TIMING = QT_TRANSLATE_NOOP("core", "the time is not like 00:00:01,000 --> 00:00:02,500")
    SRT_END_BEFORE_START = QT_TRANSLATE_NOOP("core", "the subtitle ends before it starts")
    SRT_NO_TEXT = QT_TRANSLATE_NOOP("core", "the subtitle has no text")
    SRT_TOO_LONG = QT_TRANSLATE_NOOP("core", "the subtitle is longer than {limit} characters")
    NO_SOUND_TO_HEAR = QT_TRANSLATE_NOOP("core", "{file} has no sound, so there is no speech to turn into captions")
    NO_SPEECH_HEARD = QT_TRANSLATE_NOOP("core", "no speech was heard in {file}; no captions were made")
    SPEECH_MODEL_MISSING = QT_TRANSLATE_NOOP(
        "core", "the speech model is not installed; install the add-on “{name}” (see the README: speech to captions)")
    SPEECH_MODEL_DAMAGED = QT_TRANSLATE_NOOP(
        "core", "the speech model {name} is damaged (its checksum does not match); install it again")
    SPEECH_FAILED = QT_TRANSLATE_NOOP("core", "the speech could not be recognised: {reason}")
    CLI_AUTO_CAPTIONS_ONE_CLIP = QT_TRANSLATE_NOOP(
        "core", "--auto-captions works on one clip; make the story's captions in the app or give --captions")
    CLI_NO_CAPTIONS_FOR_SRT = QT_TRANSLATE_NOOP("core", "--srt-out needs captions (--captions or --auto-captions)")
    # #16 the window's Words card and "Buat teks dari suara" (branch card16)
    NO_SOUND_IN_STORY = QT_TRANSLATE_NOOP(
        "core", "none of the story's clips has sound, so there is no speech to turn into captions")
    NO_SPEECH_IN_STORY = QT_TRANSLATE_NOOP("core", "no speech was heard in the story's clips; no captions were made")
    SRT_SOME_LEFT_OUT = QT_TRANSLATE_NOOP(
        "core", "{kept} subtitles were imported; the ones at line {lines} of {file} were left out (their time or "
        "text is broken)")
    # #16 the speech add-on for the packaged app: libraries + model from a USB stick (branch addon16)
    SPEECH_ADDON_UNREADABLE = QT_TRANSLATE_NOOP(
        "core", "{path} is not a speech add-on for AnakGENIUS Studio (its addon.json is missing or unreadable)")
    SPEECH_ADDON_WRONG_PLATFORM = QT_TRANSLATE_NOOP(
        "core", "this speech add-on is made for {platform}, but this computer runs {here}; copy the add-on for {here}")
    SPEECH_ADDON_WRONG_VERSION = QT_TRANSLATE_NOOP(
        "core", "this speech add-on is made for AnakGENIUS Studio {version} ({python}), but this app is {here} "
        "({here_python}); copy the add-on made for this version of the app")
    SPEECH_ADDON_DAMAGED = QT_TRANSLATE_NOOP(
        "core", "the speech add-on is damaged ({file} is missing or changed); copy it from the USB stick again")
    SPEECH_ADDON_FAILED = QT_TRANSLATE_NOOP("core", "the speech add-on could not be installed: {reason}")
    SPEECH_ADDON_BROKEN = QT_TRANSLATE_NOOP(
        "core", "the speech add-on does not work with this app ({reason}); install the add-on made for this version")

    # --- reasons the operating system gives ----------------------------------------------------
    OS_DENIED = QT_TRANSLATE_NOOP("core", "Permission denied")
    OS_DISK_FULL = QT_TRANSLATE_NOOP("core", "No space left on device")
    OS_NO_SUCH_FILE = QT_TRANSLATE_NOOP("core", "No such file or directory")
    OS_READ_ONLY = QT_TRANSLATE_NOOP("core", "Read-only file system")
    OS_IN_USE = QT_TRANSLATE_NOOP(
        "core", "The process cannot access the file because it is being used by another process")
    OS_NOT_EMPTY = QT_TRANSLATE_NOOP("core", "Directory not empty")
    OS_EXISTS = QT_TRANSLATE_NOOP("core", "File exists")
    # words that come from elsewhere (an unusual OS reason, a library's) and are shown as they are
    AS_IS = QT_TRANSLATE_NOOP("core", "{text}")

    # --- #19 encoders: the laptop's video chip (app/export/encoders.py) ---------------------------
    ENC_WORKING = QT_TRANSLATE_NOOP("core", "working")
    ENC_NOT_PRESENT = QT_TRANSLATE_NOOP("core", "not present: {reason}")
    ENC_FAILED = QT_TRANSLATE_NOOP("core", "failed: {reason}")
    ENC_NOT_IN_FFMPEG = QT_TRANSLATE_NOOP("core", "this ffmpeg cannot use it")
    ENC_TIMED_OUT = QT_TRANSLATE_NOOP("core", "no answer within {seconds:g} s")
    ENC_CRASHED = QT_TRANSLATE_NOOP(
        "core", "the app stopped during its last test (a driver crash?), so it is not tried again")
    ENC_EXIT_CODE = QT_TRANSLATE_NOOP("core", "ffmpeg stopped with code {code}")
    ENC_BAD_FILE = QT_TRANSLATE_NOOP("core", "its video does not pass the checks: {reason}")
    ENC_B_FRAMES = QT_TRANSLATE_NOOP("core", "it has B-frames, which WhatsApp cannot play")
    ENC_PROFILE = QT_TRANSLATE_NOOP("core", "H.264 profile {profile} instead of {expected}")
    ENC_PIXELS = QT_TRANSLATE_NOOP("core", "pixel format {pix_fmt} instead of yuv420p")
    ENC_KEYFRAMES = QT_TRANSLATE_NOOP("core", "a keyframe only every {frames} frames (at most {limit})")
    ENC_FRAME_RATE = QT_TRANSLATE_NOOP("core", "{count} frames at an uneven rate instead of {expected} at 30 fps")
    ENC_FELL_BACK = QT_TRANSLATE_NOOP(
        "core", "The laptop's video chip ({chip}) did not make a good video, so it was made again without it; "
        "the next videos will not use the chip.")
    ENC_UNKNOWN = QT_TRANSLATE_NOOP("core", "there is no encoder called '{name}'; choose one of: {choices}")
    ENC_SOFTWARE = QT_TRANSLATE_NOOP("core", "software, always works")
    # --- #21 decoders: the laptop's video chip decoding 4K phone clips (app/export/decoders.py) ----
    DEC_WRONG_PICTURE = QT_TRANSLATE_NOOP("core", "its pictures are not the clip's")
    DEC_FELL_BACK = QT_TRANSLATE_NOOP(
        "core", "The laptop's video chip ({chip}) could not read the clip, so the video was made without it.")
    DEC_GIVEN_UP = QT_TRANSLATE_NOOP(
        "core", "The laptop's video chip ({chip}) could not read the clip, so the video was made without it; "
        "the next videos will not use it to read clips.")
    # --- #18 share: "Kirim ke HP", the videos to phones over the local network (app/share) -----
    SHARE_NOTHING = QT_TRANSLATE_NOOP("core", "choose at least one video to send")
    SHARE_TOO_MANY = QT_TRANSLATE_NOOP("core", "at most {limit} files can be sent at once")
    SHARE_FOLDER = QT_TRANSLATE_NOOP("core", "{path} is a folder; choose the video files in it")
    SHARE_NOT_REGULAR = QT_TRANSLATE_NOOP("core", "{path} is not an ordinary file and cannot be sent")
    SHARE_CANNOT_LISTEN = QT_TRANSLATE_NOOP("core", "sending to phones cannot start: {reason}")
    SHARE_OPEN_ON_PHONE = QT_TRANSLATE_NOOP("core", "On the phone, scan the code or open {url}")
    SHARE_TYPE_CODE = QT_TRANSLATE_NOOP("core", "then type the code {code}")
    SHARE_OTHER_ADDRESSES = QT_TRANSLATE_NOOP("core", "if that does not open, try {urls}")
    SHARE_NO_NETWORK = QT_TRANSLATE_NOOP(
        "core", "this computer is on no local network, so phones cannot reach it; turn on its hotspot, "
        "join it from the phone and start again")
    SHARE_SERVING = QT_TRANSLATE_NOOP("core", "Sending for {minutes} minutes; press Ctrl-C to stop.")
    SHARE_TIME_UP = QT_TRANSLATE_NOOP("core", "time is up; phones that finished downloading: {count}")
    SHARE_STOPPED = QT_TRANSLATE_NOOP("core", "stopped; phones that finished downloading: {count}")

    # --- #17 follow the subject: the face detector and the clip's analysis (app/analysis) -------
    FACE_DETECTOR_BROKEN = QT_TRANSLATE_NOOP(
        "core", "the face detector cannot start (the app's files are damaged or incomplete); following the subject "
        "and hiding faces are off until the app is installed again, everything else works")
    NO_FACES_FOUND = QT_TRANSLATE_NOOP("core", "no face was found in {file}, so it is framed with Blur instead")
    ANALYSIS_FAILED = QT_TRANSLATE_NOOP("core", "{file} could not be analysed: {reason}")

    # --- #17 hide faces: "Sembunyikan wajah" (app/analysis/tracks.py, app/render/faces.py) ---------
    HIDE_NO_FACES = QT_TRANSLATE_NOOP(
        "core", "no face to hide was found in {file}; it is exported as it is (draw a box by hand where a face "
        "must not be seen)")
    HIDE_BAD_CHOICE = QT_TRANSLATE_NOOP(
        "core", "--hide-faces takes 'all' or the numbers of the people to hide, like 1,3; not '{value}'")
    HIDE_NO_PERSON = QT_TRANSLATE_NOOP("core", "there is no person {n} in {file}: its faces belong to {count} people")

    @property
    def template(self) -> str:
        return str(self.value)

    @property
    def fields(self) -> frozenset[str]:
        """The names the template fills in."""
        return template_fields(self.template)


def template_fields(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


Translate = Callable[[str], str]


def _as_is(template: str) -> str:
    return template


class Message:
    """One sentence: its id and values. ``str()`` is the English; :meth:`render` any language."""

    __slots__ = ("id", "params")

    def __init__(self, id: M, /, **params: object) -> None:  # noqa: A002 - the message id
        if not isinstance(id, M):
            raise TypeError(f"a Message needs an id from app.messages.M (add the sentence there), not {id!r}")
        missing = id.fields - params.keys()
        if missing:
            raise TypeError(f"{id.name} needs {', '.join(sorted(missing))}")
        self.id = id
        self.params: Mapping[str, object] = params

    def render(self, translate: Translate = _as_is) -> str:
        """The sentence with ``translate`` applied to its template and to every Message inside it."""
        values = {k: v.render(translate) if isinstance(v, Message) else v for k, v in self.params.items()}
        return translate(self.id.template).format(**values)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        values = "".join(f", {k}={v!r}" for k, v in self.params.items())
        return f"Message(M.{self.id.name}{values})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.id, dict(self.params)) == (other.id, dict(other.params))

    __hash__ = None  # type: ignore[assignment]  # mutable values inside: not hashable


_OS_REASONS = {
    errno.EACCES: M.OS_DENIED, errno.EPERM: M.OS_DENIED, errno.ENOSPC: M.OS_DISK_FULL,
    errno.ENOENT: M.OS_NO_SUCH_FILE, errno.EROFS: M.OS_READ_ONLY, errno.ENOTEMPTY: M.OS_NOT_EMPTY,
    errno.EEXIST: M.OS_EXISTS, errno.EBUSY: M.OS_IN_USE,
}
_WINDOWS_SHARING_VIOLATION = 32


def os_reason(exc: OSError) -> Message:
    """Why the operating system refused, as a Message (the usual reasons have their own id)."""
    if getattr(exc, "winerror", None) == _WINDOWS_SHARING_VIOLATION:
        return Message(M.OS_IN_USE)
    known = _OS_REASONS.get(exc.errno) if exc.errno is not None else None
    if known is not None:
        return Message(known)
    return Message(M.AS_IS, text=exc.strerror or str(exc))


def as_is(text: str) -> Message:
    """Words from elsewhere, shown as they are."""
    return Message(M.AS_IS, text=text)
