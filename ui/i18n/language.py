"""Languages: Bahasa Indonesia and English through Qt's translation system.

* ``assets/translations/anakgenius_id.ts`` is written by ``pyside6-lupdate`` from ``ui/`` (``make
  translations``) and translated there; ``qtbase_id.ts`` translates the strings of Qt's own
  buttons and dialogs, which Qt does not ship in Indonesian. ``pyside6-lrelease`` turns both into
  ``.qm`` files (``make translations``, run by ``make run`` / ``make test`` / ``make package``). An
  install without them (``pip install``) builds them once into the cache folder at start-up.
* The language follows the computer's language unless Preferences says otherwise, and a change
  applies at once: installing a translator sends ``QEvent.LanguageChange`` to every window. Our
  own widgets retranslate themselves in ``changeEvent``; for widgets built once with ``tr()``
  (their text is not kept), :class:`Retranslator` reacts to the same event and maps every shown
  text back to its source through the ``.ts`` catalogue (including texts with ``%1``/``%s``
  filled in) and asks the new translator.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import weakref
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from app import winjob
from app.paths import assets_dir, cache_dir

LANGUAGES = ("en", "id")  # English is the source language: no catalogue needed
CATALOGUES = ("anakgenius", "qtbase")  # file stems: anakgenius_id.ts, qtbase_id.ts


def ts_dir() -> Path:
    return assets_dir() / "translations"


def system_language() -> str:
    """'id' when the computer speaks Indonesian, else 'en'."""
    return "id" if QLocale.system().language() == QLocale.Language.Indonesian else "en"


def resolve(choice: str) -> str:
    """A Preferences language ('system', 'en', 'id') as the language to show."""
    return choice if choice in LANGUAGES else system_language()


# Building .qm files -------------------------------------------------------------------------------


def lrelease_exe() -> str | None:
    """The lrelease that comes with PySide6 (or one on PATH)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease", "Qt/bin/lrelease"):
        if (folder / name).is_file():
            return str(folder / name)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def build_qm(ts: Path, qm: Path) -> bool:
    """Compile one catalogue; False when lrelease is missing or fails (the app then shows English)."""
    exe = lrelease_exe()
    if exe is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    tmp = qm.with_name(qm.name + ".building")
    try:
        done = winjob.run([exe, "-silent", str(ts), "-qm", str(tmp)], capture_output=True, timeout=60)
        if done.returncode != 0 or not tmp.is_file():
            return False
        tmp.replace(qm)
        return True
    except (OSError, subprocess.SubprocessError):
        return False
    finally:
        tmp.unlink(missing_ok=True)


def qm_path(stem: str, language: str) -> Path | None:
    """The compiled catalogue, next to its .ts (built by the set-up) or else built into the cache."""
    ts = ts_dir() / f"{stem}_{language}.ts"
    shipped = ts.with_suffix(".qm")
    if shipped.is_file() and (not ts.is_file() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.is_file():
        return shipped if shipped.is_file() else None
    cached = cache_dir() / "translations" / shipped.name
    if cached.is_file() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    if build_qm(ts, cached):
        return cached
    return shipped if shipped.is_file() else None


# The catalogue, for mapping shown texts back to their source ---------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str


_PLACEHOLDER = re.compile(r"%(\d|s|n|L1)")


class Catalogue:
    """Every (context, source) the .ts files know, found by a text in any language."""

    def __init__(self) -> None:
        self.exact: dict[str, list[Message]] = {}
        self.patterns: list[tuple[re.Pattern[str], list[str], Message]] = []
        self._seen_patterns: set[tuple[str, str]] = set()
        self._loaded: set[str] = set()
        # widget or action -> {what: (its message, text shown)}; weak, so a new widget never inherits a
        # dead one's entry (an id() can be reused once its object is gone)
        self.shown: weakref.WeakKeyDictionary[object, dict[tuple, tuple[Message, str]]] = weakref.WeakKeyDictionary()

    def load(self, language: str) -> None:
        if language in self._loaded or language == "en":
            return
        self._loaded.add(language)
        for stem in CATALOGUES:
            ts = ts_dir() / f"{stem}_{language}.ts"
            if ts.is_file():
                self._read(ts)

    def _read(self, ts: Path) -> None:
        try:
            root = ET.parse(ts).getroot()
        except (OSError, ET.ParseError):
            return
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                if not source:
                    continue
                node = message.find("translation")
                texts = [source]
                if node is not None:
                    forms = [n.text or "" for n in node.iter("numerusform")] or [node.text or ""]
                    texts += [t for t in forms if t]
                msg = Message(name, source)
                for text in texts:
                    bucket = self.exact.setdefault(text, [])
                    if msg not in bucket:
                        bucket.append(msg)
                    self._add_pattern(text, msg)

    def _add_pattern(self, text: str, msg: Message) -> None:
        if not _PLACEHOLDER.search(text) or (text, msg.context) in self._seen_patterns:
            return
        self._seen_patterns.add((text, msg.context))
        names: list[str] = []
        parts: list[str] = []
        pos = 0
        for match in _PLACEHOLDER.finditer(text):
            parts.append(re.escape(text[pos:match.start()]))
            parts.append("(.+?)" if match.group(1) != "n" else "(\\d+)")
            names.append(match.group(0))
            pos = match.end()
        parts.append(re.escape(text[pos:]))
        self.patterns.append((re.compile("^" + "".join(parts) + "$", re.S), names, msg))

    def _remembered(self, key: tuple | None) -> tuple[Message, str] | None:
        if key is None:
            return None
        return self.shown.get(key[0], {}).get(key[1:])

    def _remember(self, key: tuple | None, msg: Message, text: str) -> None:
        if key is not None:
            self.shown.setdefault(key[0], {})[key[1:]] = (msg, text)

    def retranslate(self, text: str, contexts: tuple[str, ...] = (), key: tuple | None = None) -> str | None:
        """``text`` (shown in any language) in the current language, or None if unknown. ``key`` names
        the place the text is shown (the widget or action, then what): a text set there by an earlier
        switch keeps its source, so two sources with the same translation ("Open clip…", "Open a
        clip…") never swap."""
        if not text:
            return None
        remembered = self._remembered(key)
        if remembered is not None and remembered[1] == text:
            msg = remembered[0]
            new = QCoreApplication.translate(msg.context, msg.source)
            self._remember(key, msg, new)
            return new
        found = self.exact.get(text)
        if found:
            msg = _prefer(sorted(found, key=lambda m: m.source != text), contexts)
            new = QCoreApplication.translate(msg.context, msg.source)
            self._remember(key, msg, new)
            return new
        for pattern, names, msg in self.patterns:
            match = pattern.match(text)
            if match is None:
                continue
            new = QCoreApplication.translate(msg.context, msg.source)
            # a value that is itself a translated text ("Card: %s" with "At the end") follows along
            groups = [self._exact(v, contexts) or v for v in match.groups()]
            values = dict(zip(names, groups, strict=False))
            if "%s" in names:  # %-formatting: the values in order
                pieces = iter(v for n, v in zip(names, groups, strict=False) if n == "%s")
                new = re.sub(r"%s", lambda _m, p=pieces: next(p, "%s"), new)
            for name, value in values.items():
                if name != "%s":
                    new = new.replace(name, value)
            return new
        for separator in ("  ·  ", " · "):  # texts joined from several translated parts
            if separator in text:
                parts = text.split(separator)
                swapped = [self.retranslate(part, contexts) or part for part in parts]
                if swapped != parts:
                    return separator.join(swapped)
        return None

    def _exact(self, text: str, contexts: tuple[str, ...]) -> str | None:
        found = self.exact.get(text)
        if not found:
            return None
        msg = _prefer(sorted(found, key=lambda m: m.source != text), contexts)
        return QCoreApplication.translate(msg.context, msg.source)


def _prefer(found: list[Message], contexts: tuple[str, ...]) -> Message:
    """Same-language sources first (the list is sorted so), then the widget's own classes."""
    first = [m for m in found if m.source == found[0].source]
    for context in contexts:
        for msg in first:
            if msg.context == context:
                return msg
    return first[0]


# Retranslating widgets whose texts were set once ---------------------------------------------------

_WIDGET_TEXTS = ("windowTitle", "toolTip", "statusTip", "whatsThis", "accessibleName", "accessibleDescription")


def _contexts(widget: QObject) -> tuple[str, ...]:
    names: list[str] = []
    obj: QObject | None = widget
    while obj is not None:
        for cls in type(obj).__mro__:
            if cls.__module__.startswith(("ui.", "__main__")) and cls.__name__ not in names:
                names.append(cls.__name__)
        obj = obj.parent()
    return tuple(names)


def _swap(catalogue: Catalogue, getter, setter, contexts: tuple[str, ...], key: tuple | None = None) -> None:
    try:
        old = getter()
    except RuntimeError:
        return
    if not isinstance(old, str) or not old:
        return
    new = catalogue.retranslate(old, contexts, key)
    if new is not None and new != old:
        setter(new)


def retranslate_widget(widget: QWidget, catalogue: Catalogue) -> None:
    ctx = _contexts(widget)
    wid = widget
    for prop in _WIDGET_TEXTS:
        getter = getattr(widget, prop)
        setter = getattr(widget, "set" + prop[0].upper() + prop[1:])
        _swap(catalogue, getter, setter, ctx, (wid, prop))
    if isinstance(widget, (QLabel, QAbstractButton)):
        _swap(catalogue, widget.text, widget.setText, ctx, (wid, "text"))
    if isinstance(widget, QLineEdit):
        _swap(catalogue, widget.placeholderText, widget.setPlaceholderText, ctx, (wid, "placeholderText"))
    if isinstance(widget, QGroupBox):
        _swap(catalogue, widget.title, widget.setTitle, ctx, (wid, "title"))
    if isinstance(widget, QMenu):
        _swap(catalogue, widget.title, widget.setTitle, ctx, (wid, "title"))
    if isinstance(widget, QAbstractSpinBox):
        for name in ("suffix", "prefix", "specialValueText"):
            if hasattr(widget, name):
                setter = getattr(widget, "set" + name[0].upper() + name[1:])
                _swap(catalogue, getattr(widget, name), setter, ctx, (wid, name))
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            _swap(catalogue, lambda i=i: widget.itemText(i), lambda t, i=i: widget.setItemText(i, t), ctx,
                  (wid, "item", i))
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            _swap(catalogue, lambda i=i: widget.tabText(i), lambda t, i=i: widget.setTabText(i, t), ctx,
                  (wid, "tab", i))
            _swap(catalogue, lambda i=i: widget.tabToolTip(i), lambda t, i=i: widget.setTabToolTip(i, t), ctx,
                  (wid, "tabtip", i))
    if isinstance(widget, QTableWidget):
        for i in range(widget.columnCount()):
            item = widget.horizontalHeaderItem(i)
            if item is not None:
                _swap(catalogue, item.text, item.setText, ctx, (wid, "hitem", i))
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        for i in range(header.columnCount()):
            _swap(catalogue, lambda i=i: header.text(i), lambda t, i=i: header.setText(i, t), ctx, (wid, "header", i))
    for action in widget.actions():
        retranslate_action(action, catalogue, ctx)


def retranslate_action(action: QAction, catalogue: Catalogue, ctx: tuple[str, ...] = ()) -> None:
    ctx = ctx or _contexts(action)
    text = action.text()
    auto_tip = action.toolTip() == text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    _swap(catalogue, action.text, action.setText, ctx, (action, "text"))
    if not auto_tip:
        _swap(catalogue, action.toolTip, action.setToolTip, ctx, (action, "toolTip"))
    _swap(catalogue, action.statusTip, action.setStatusTip, ctx, (action, "statusTip"))
    _swap(catalogue, action.whatsThis, action.setWhatsThis, ctx, (action, "whatsThis"))
    menu = action.menu()
    if isinstance(menu, QMenu):
        _swap(catalogue, menu.title, menu.setTitle, ctx, (menu, "title"))


class Retranslator(QWidget):
    """A hidden top-level widget: on ``QEvent.LanguageChange`` (sent to every top-level widget when
    a translator is installed) it retranslates every widget and action of the app, then calls
    ``retranslate()`` on every top-level window that has one (for texts computed from the Edit)."""

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.setObjectName("Retranslator")
        self.passes = 0

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_all()
        super().changeEvent(event)

    def retranslate_all(self) -> None:
        self.passes += 1
        for widget in QApplication.allWidgets():
            if widget is self:
                continue
            retranslate_widget(widget, self.catalogue)
        for top in QApplication.topLevelWidgets():
            for action in top.findChildren(QAction):
                retranslate_action(action, self.catalogue)
            hook = getattr(top, "retranslate", None)
            if callable(hook):
                hook()


# The language of the running app -------------------------------------------------------------------


class Language(QObject):
    """Installs the translators for one language at a time."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app
        self.current = "en"
        self.translators: list[QTranslator] = []
        self.catalogue = Catalogue()
        self.retranslator = Retranslator(self.catalogue) if isinstance(app, QApplication) else None

    def set_language(self, choice: str) -> str:
        """Show the app in ``choice`` ('system', 'en' or 'id'); returns the language now shown."""
        language = resolve(choice)
        for old in self.translators:
            self.app.removeTranslator(old)
        self.translators = []
        self.catalogue.load(language)
        if language != "en":
            for stem in CATALOGUES:
                path = qm_path(stem, language)
                translator = QTranslator(self)
                if path is not None and translator.load(str(path)):
                    self.app.installTranslator(translator)
                    self.translators.append(translator)
        self.current = language
        QLocale.setDefault(QLocale("id_ID" if language == "id" else "en_US"))
        return language


_language: Language | None = None


def language() -> Language:
    """The app's one Language (created on first use)."""
    global _language
    app = QCoreApplication.instance()
    if _language is None or _language.app is not app:
        _language = Language(app)
    return _language


def set_language(choice: str) -> str:
    return language().set_language(choice)


def main(argv: list[str]) -> int:
    """``python -m ui.i18n.language build``: compile every .ts in assets/translations (used by the Makefile)."""
    if argv[:1] != ["build"]:
        print("usage: python -m ui.i18n.language build", file=sys.stderr)
        return 2
    ok = True
    for ts in sorted(ts_dir().glob("*.ts")):
        built = build_qm(ts, ts.with_suffix(".qm"))
        print(f"{'built' if built else 'FAILED'} {ts.with_suffix('.qm').name}")
        ok = ok and built
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
