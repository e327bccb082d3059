"""Keys, declared once: every command is a ``Binding`` with an id, and everything else reads it.

- Texts name a key by its binding id, ``{key[run.toggle]}`` in the catalogs; ``KeyNames`` fills
  that in with the key the user actually has (after remapping), as a person writes it
  ("Mellomrom", "Ctrl+S", "N"). Help prose, hints and notices therefore never name a stale key.
- ``use_keymap`` applies a user keymap (binding id → keys, from settings.json's ``"keymap"``)
  through Textual's own keymap support, and reports what it cannot use instead of failing
  (an entry that would take another command's key on the same screen is left out).
- ``FooterOrder`` puts a screen's most important keys first, so that an 80-column footer shows
  them (the footer, F1 help and the command palette all list keys in that order).
- ``in_typed_order`` lets a priority binding's action act only for the screen on top.
"""

from __future__ import annotations

import functools
import importlib
import json
import pkgutil
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from textual.binding import Binding
from textual.dom import DOMNode
from textual.keys import Keys, _normalize_key_list, format_key, key_to_character
from textual.screen import Screen

from groupguide import i18n
from groupguide.i18n import t

if TYPE_CHECKING:
    from textual.app import App

MODIFIERS = ("ctrl", "shift", "alt", "meta", "super", "hyper")


def in_typed_order(action: Callable[..., Any]) -> Callable[..., Any]:
    """Decorate the action of a priority binding (Enter on a table's row, which opens it): it
    runs only while its screen is the active one.

    Textual runs a priority binding as soon as the app reads its key; the app reads a key only
    once the keys typed before it have been handled (``tui.typed_order``), so ↓↓⏎ opens the
    third row. A second Enter, or a second click on the row, that was already on its way when
    the first one opened a screen finds its screen no longer on top and does nothing, instead
    of opening the same screen a second time."""

    @functools.wraps(action)
    def run(self: DOMNode, *args: Any) -> Any:
        screen = self if isinstance(self, Screen) else getattr(self, "screen", None)
        if screen is not None and not screen.is_active:
            return None
        return action(self, *args)

    return run


_NAMED_KEYS = frozenset(k.value for k in Keys if "+" not in k.value and not k.value.startswith("<"))
_WORDS = {
    "escape": "Esc",
    "enter": "Enter",
    "tab": "Tab",
    "delete": "Delete",
    "backspace": "Backspace",
    "insert": "Insert",
    "home": "Home",
    "end": "End",
    "pageup": "PgUp",
    "pagedown": "PgDn",
}
_ARROWS = {"up": "↑", "down": "↓", "left": "←", "right": "→"}


# -- what is declared --------------------------------------------------------------------------


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


_declared: tuple[int, dict[str, Binding]] = (-1, {})


def declared_bindings() -> dict[str, Binding]:
    """Every binding with an id declared by a groupguide class loaded so far (id → binding)."""
    global _declared
    classes = [c for c in _subclasses(DOMNode) if c.__module__.startswith("groupguide.")]
    if _declared[0] != len(classes):
        found: dict[str, Binding] = {}
        for cls in classes:
            for binding in cls.__dict__.get("BINDINGS", ()):
                if isinstance(binding, Binding) and binding.id:
                    found.setdefault(binding.id, binding)
        _declared = (len(classes), found)
    return _declared[1]


def all_declared_bindings() -> dict[str, Binding]:
    """``declared_bindings`` after importing every TUI module (the app imports screens and
    dialogs only when they are first used, to start fast)."""
    import groupguide.tui as package

    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
    return declared_bindings()


# -- how a key is written in a sentence ----------------------------------------------------------


def key_label(key: str) -> str:
    """A key as a person writes it: "Ctrl+S", "Shift+↑", "Mellomrom", "Esc", "N", "F2"."""
    *modifiers, name = key.strip().split("+")
    if name == "space":
        word = t("keys.space")
    elif name in _ARROWS:
        word = _ARROWS[name]
    elif name in _WORDS:
        word = _WORDS[name]
    elif len(name) > 1 and name[0] == "f" and name[1:].isdigit():
        word = name.upper()
    else:
        word = format_key(name)
        word = word.upper() if len(word) == 1 else word
    return "+".join([m.capitalize() for m in modifiers] + [word])


class KeyNames(Mapping[str, str]):
    """Binding id → how its (first) key is written, honouring the user's keymap.

    Given to the catalogs (``i18n.set_key_names``) so that ``{key[home.undo]}`` in a text reads
    "U", or whatever the user bound Undo to. An unknown id raises ``KeyError`` (the catalog
    then shows the text unfilled, which the key tests catch)."""

    def __init__(self) -> None:
        self.keymap: dict[str, str] = {}

    def keys_of(self, binding_id: str) -> list[str]:
        keys = self.keymap.get(binding_id)
        if not keys:
            declared = declared_bindings()
            if binding_id not in declared:  # its screen is not imported yet (or a wrong id)
                declared = all_declared_bindings()
            keys = declared[binding_id].key
        return [k.strip() for k in keys.split(",") if k.strip()]

    def __getitem__(self, binding_id: str) -> str:
        return key_label(self.keys_of(binding_id)[0])

    def __iter__(self) -> Iterator[str]:
        return iter(declared_bindings())

    def __len__(self) -> int:
        return len(declared_bindings())


KEY_NAMES = KeyNames()
i18n.set_key_names(KEY_NAMES)


# -- the user's keymap ---------------------------------------------------------------------------


def valid_key(key: str) -> bool:
    """A key Textual can bind: modifiers joined with "+", then one character or a key name
    ("n", "N", "ctrl+s", "shift+up", "f5", "space", "question_mark")."""
    if not key or key != key.strip():
        return False
    *modifiers, name = key.split("+")
    if any(m not in MODIFIERS for m in modifiers) or len(set(modifiers)) != len(modifiers):
        return False
    if len(name) == 1:
        return name.isprintable() and not name.isspace()
    return name in _NAMED_KEYS or key_to_character(name) is not None


def parse_keymap(raw: Any, known: set[str]) -> tuple[dict[str, str], list[str]]:
    """Check a keymap from settings: ``{"run.next": "n,right"}`` (or a list of keys).

    Returns the usable part, normalised for Textual, and a notice for each problem (an unknown
    binding id, an invalid key, a value of the wrong kind). Never raises."""
    if raw is None:
        return {}, []
    if not isinstance(raw, dict):
        found = json.dumps(raw, ensure_ascii=False, default=str)
        found = found if len(found) <= 40 else found[:39] + "…"
        return {}, [t("keys.keymap.not_mapping", found=found)]
    usable: dict[str, str] = {}
    notices: list[str] = []
    for binding_id, value in raw.items():
        if not isinstance(binding_id, str) or binding_id not in known:
            notices.append(t("keys.keymap.unknown_id", id=str(binding_id)))
            continue
        if isinstance(value, str):
            keys = [k.strip() for k in value.split(",")]
        elif isinstance(value, list) and all(isinstance(k, str) for k in value):
            keys = [k.strip() for k in value]
        else:
            notices.append(t("keys.keymap.bad_value", id=binding_id))
            continue
        bad = [k for k in keys if not valid_key(k)]
        if bad or not keys:
            notices.append(
                t("keys.keymap.bad_key", id=binding_id, key=", ".join(repr(k) for k in bad) or "''")
            )
            continue
        usable[binding_id] = ",".join(keys)  # set_keymap names characters ("?" → question_mark)
    return usable, notices


def _namespaces(app_class: type[App]) -> list[list[Binding]]:
    """The bindings that are in effect together: the app's alone, and each groupguide screen's,
    dialog's or widget's (its own and inherited) with the app's."""
    from textual.app import App

    def bindings_of(cls: type) -> list[Binding]:
        merged = getattr(cls, "_merged_bindings", None)
        return [b for found in merged.key_to_bindings.values() for b in found] if merged else []

    app_bindings = bindings_of(app_class)
    namespaces = [app_bindings]
    for cls in _subclasses(DOMNode):
        if cls.__module__.startswith("groupguide.") and not issubclass(cls, App):
            own = bindings_of(cls)
            if any(b.id for b in own):
                namespaces.append(own + app_bindings)
    return namespaces


def _first_clash(kept: dict[str, str], bindings: list[Binding]) -> tuple[str, str, Binding] | None:
    """In one namespace: (a moved command's id, the key, the other command on that key), or None.
    Commands that share a key by design (Archive and Unarchive on A) do not clash."""
    standard = {(b.id or b.action, b.key) for b in bindings}
    owners: dict[str, dict[str, Binding]] = {}  # key → command name → binding
    for binding in bindings:
        name = binding.id or binding.action
        for key in kept[name].split(",") if name in kept else [binding.key]:
            owners.setdefault(key, {}).setdefault(name, binding)
    for key, on_key in owners.items():
        for name in on_key:
            if name in kept and key in kept[name].split(","):
                for other_name, other in on_key.items():
                    if other_name != name and not {(name, key), (other_name, key)} <= standard:
                        return name, key, other
    return None


def without_clashes(
    keymap: dict[str, str], namespaces: list[list[Binding]]
) -> tuple[dict[str, str], list[tuple[str, str, Binding]]]:
    """Leave out each keymap entry that would put its command on a key another command keeps on
    the same screen (Textual 8.2.8 would silently take the key from one of them: its clash test
    treats a binding the keymap does not mention as moved away). Returns the entries kept and,
    for each one left out, (its id, the key, the command already there)."""
    kept = {binding_id: _normalize_key_list(keys) for binding_id, keys in keymap.items()}
    dropped: list[tuple[str, str, Binding]] = []
    # An entry left out gives its command back its standard key, which may clash in turn.
    while found := next(filter(None, (_first_clash(kept, ns) for ns in namespaces)), None):
        binding_id, key, other = found
        dropped.append(found)
        del kept[binding_id]
        if other.id in kept and key in kept[other.id].split(","):  # both moved there: neither
            dropped.append((other.id, key, declared_bindings()[binding_id]))
            del kept[other.id]
    return {i: keys for i, keys in keymap.items() if i in kept}, dropped


def use_keymap(app: App, raw: Any) -> list[str]:
    """Apply the user's keymap (binding id → keys) to ``app`` through Textual's keymap support;
    show a notice for each entry that cannot be used, and return those notices."""
    if not raw:
        KEY_NAMES.keymap = {}
        return []
    known = set(all_declared_bindings())
    keymap, _ = parse_keymap(raw, known)
    keymap, dropped = without_clashes(keymap, _namespaces(type(app)))
    app.set_keymap(keymap)
    KEY_NAMES.keymap = dict(keymap)
    _, notices = parse_keymap(raw, known)  # worded now, naming the keys in effect
    declared = all_declared_bindings()
    for binding_id, key, other in dropped:
        notices.append(
            t(
                "keys.keymap.taken",
                id=binding_id,
                key=key_label(key),
                command=declared[binding_id].description or binding_id,
                other=other.description or other.id or other.action,
                standard=key_label(declared[binding_id].key.split(",")[0].strip()),
            )
        )
    for notice in notices:
        app.notify(
            notice, title=t("keys.keymap.title"), severity="warning", timeout=20, markup=False
        )
    return notices


def clash_notice(bindings: set[Binding]) -> str:
    """The notice for two commands that the keymap put on the same key."""
    names = sorted({b.description or b.id or b.action for b in bindings})
    keys = sorted({key_label(b.key) for b in bindings})
    return t("keys.keymap.clash", key=", ".join(keys), commands=", ".join(names))


# -- the footer ----------------------------------------------------------------------------------


class FooterOrder:
    """Mix into a Screen: the bindings named in ``FOOTER_FIRST`` (ids) come first, in that order,
    in the footer, in F1 help and in the command palette; the rest follow as Textual orders
    them (the focused widget's keys, then the screen's, then the app's). An 80-column footer
    cuts off what does not fit, so the keys a new user needs most go first."""

    FOOTER_FIRST: ClassVar[tuple[str, ...]] = ()

    @property
    def active_bindings(self):  # type: ignore[override]
        bindings = super().active_bindings  # type: ignore[misc]
        rank = {binding_id: i for i, binding_id in enumerate(self.FOOTER_FIRST)}
        last = len(rank)
        return dict(sorted(bindings.items(), key=lambda item: rank.get(item[1].binding.id, last)))
