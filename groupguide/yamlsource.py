"""YAML loading that remembers where every key and item came from.

``load_yaml`` returns plain ``dict``/``list`` subclasses that also carry line numbers, so that a
validator can say "plan.yaml:14: gatherings[0].blocks[2].minutes: ..." A syntax error becomes a
``YamlSyntaxError`` with file, line and column. Duplicate keys are errors (YAML silently keeps the
last one, which hides mistakes in hand-written files).

A plan file may come from anyone, so a small file must not be able to make a big document: before
anything is built, one pass over the parser's events refuses nesting deeper than ``MAX_DEPTH``, an
alias that points into its own anchor, and aliases that together would repeat more than
``MAX_ALIAS_VALUES`` values or ``MAX_ALIAS_CHARS`` characters (a 500-byte "billion laughs" file
otherwise expands to millions of values: 18 s and 770 MB in ``check``); a file over ``MAX_BYTES``
is refused unread. Anchors and aliases as such stay allowed: the shipped goal catalogue reuses a
note with ``&samvalg``/``*samvalg``, and a plan may reuse a block the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from groupguide.domain.problems import Problem
from groupguide.i18n import get_language, t

MAX_BYTES = 1024 * 1024  # the example plan is 7 kB, the FKM catalogue 10 kB
MAX_DEPTH = 40  # a plan nests 7 levels; the constructor recurses per level
MAX_ALIAS_VALUES = 10_000  # values aliases may add in total (a reused block adds ~15) …
MAX_ALIAS_CHARS = 256 * 1024  # … and characters of text (a reused note adds a few hundred)


class LocatedDict(dict):
    line: int = 0

    def __init__(self) -> None:
        super().__init__()
        self.key_lines: dict[Any, int] = {}

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line)


class LocatedList(list):
    line: int = 0

    def __init__(self) -> None:
        super().__init__()
        self.item_lines: list[int] = []

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if 0 <= index < len(self.item_lines) else self.line


class YamlSyntaxError(Exception):
    def __init__(self, file: str, line: int | None, column: int | None, reason: str) -> None:
        self.file, self.line, self.column, self.reason = file, line, column, reason
        super().__init__(f"{file}:{line}:{column}: {reason}")


# libyaml's C parser (when PyYAML was built with it) is ~10× faster and still gives every node
# its line; construction stays in Python so the located containers work the same with both.
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc, valid-type]
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode):
    loader.flatten_mapping(node)
    result = LocatedDict()
    result.line = node.start_mark.line + 1
    yield result
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError as exc:
            raise yaml.constructor.ConstructorError(
                None, None, "unhashable key", key_node.start_mark
            ) from exc
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode):
    result = LocatedList()
    result.line = node.start_mark.line + 1
    yield result
    for child in node.value:
        result.append(loader.construct_object(child, deep=True))
        result.item_lines.append(child.start_mark.line + 1)


def _construct_int(loader: _Loader, node: yaml.ScalarNode):
    # YAML 1.1 reads an unquoted 9:30 as the base-60 number 570; in our files it is a clock time.
    if ":" in str(node.value):
        return str(node.value)
    return yaml.SafeLoader.construct_yaml_int(loader, node)


def _construct_timestamp(loader: _Loader, node: yaml.ScalarNode):
    # An impossible date such as 2027-13-01 stays text, so the validator can name it.
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return str(node.value)


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)
_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def _count(value: int) -> str:
    """A whole number with a thousands separator: 10 000 in Norwegian, 10,000 in English."""
    return f"{value:,}".replace(",", "\u00a0" if get_language() == "nb" else ",")


def _refuse(file: str, mark: Any, key: str, **params: object) -> YamlSyntaxError:
    return YamlSyntaxError(
        file, mark.line + 1 if mark else None, mark.column + 1 if mark else None, t(key, **params)
    )


def _check_shape(text: str, file: str) -> None:
    """Refuse, before anything is built, nesting deeper than ``MAX_DEPTH``, an alias into its own
    anchor, and aliases that together would repeat more than ``MAX_ALIAS_VALUES`` values or
    ``MAX_ALIAS_CHARS`` characters of text.

    One pass over the parser's events, keeping only the open collections and the expanded size of
    every anchor (values, characters), so the cost follows the file's length, never its expanded
    size.
    """
    # per open collection: [start index, anchor, values inside, characters added by aliases]
    stack: list[list[Any]] = []
    anchors: dict[str, tuple[int, int] | None] = {}  # None while the anchored value is open
    added_values = added_chars = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.CollectionStartEvent):
            if len(stack) >= MAX_DEPTH:
                raise _refuse(file, event.start_mark, "yaml.too_deep", limit=MAX_DEPTH)
            if event.anchor is not None:
                anchors[event.anchor] = None
            stack.append([event.start_mark.index, event.anchor, 1, 0])
        elif isinstance(event, yaml.CollectionEndEvent):
            start, anchor, values, extra = stack.pop()
            chars = event.end_mark.index - start + extra
            if anchor is not None:
                anchors[anchor] = (values, chars)
            if stack:
                stack[-1][2] += values
                stack[-1][3] += extra
        elif isinstance(event, yaml.ScalarEvent):
            if event.anchor is not None:
                anchors[event.anchor] = (1, len(event.value))
            if stack:
                stack[-1][2] += 1
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor not in anchors:
                continue  # an undefined alias: the loader itself names it
            size = anchors[event.anchor]
            if size is None:
                raise _refuse(file, event.start_mark, "yaml.alias_recursive", alias=event.anchor)
            added_values += size[0]
            added_chars += size[1]
            if added_values > MAX_ALIAS_VALUES or added_chars > MAX_ALIAS_CHARS:
                raise _refuse(
                    file,
                    event.start_mark,
                    "yaml.alias_limit",
                    alias=event.anchor,
                    values=_count(MAX_ALIAS_VALUES),
                    size=_count(MAX_ALIAS_CHARS // 1024),
                )
            if stack:
                stack[-1][2] += size[0]
                stack[-1][3] += size[1]
        elif isinstance(event, yaml.DocumentStartEvent):
            anchors.clear()  # anchors belong to one document


def _too_large(file: str, size: int) -> YamlSyntaxError:
    return YamlSyntaxError(
        file,
        None,
        None,
        t("yaml.too_large", size=_count(-(-size // 1024)), limit=_count(MAX_BYTES // 1024)),
    )


def parse_yaml(text: str, file: str = "<text>") -> Any:
    if len(text) * 4 > MAX_BYTES:  # a character is at most 4 bytes: count only when it matters
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > MAX_BYTES:
            raise _too_large(file, size)
    try:
        _check_shape(text, file)
        return yaml.load(text, Loader=_Loader)  # safe: _Loader is a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        if "maximum nesting depth" in (exc.problem or ""):  # libyaml stops at 1,000 levels
            raise YamlSyntaxError(file, line, column, t("yaml.too_deep", limit=MAX_DEPTH)) from None
        detail = " ".join(p for p in (exc.context, exc.problem) if p) or str(exc)
        raise YamlSyntaxError(file, line, column, t("yaml.invalid", detail=detail)) from None
    except RecursionError:
        raise YamlSyntaxError(file, None, None, t("yaml.too_deep", limit=MAX_DEPTH)) from None
    except (yaml.YAMLError, ValueError, TypeError) as exc:
        raise YamlSyntaxError(file, None, None, t("yaml.invalid", detail=str(exc))) from None


def read_yaml(path: Path, text: str | None = None) -> tuple[Any, list[Problem]]:
    """The one reader of YAML files for people: the parsed data, or None and the problem that
    stopped it (unreadable, not UTF-8, a syntax error), naming the file and, where known, the
    line. ``text`` is the file's content when the caller has read it already."""
    file = str(path)
    if text is None:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            return None, [Problem.of("yaml.not_utf8", file=file)]
        except OSError as exc:
            return None, [Problem.of("yaml.unreadable", file=file, reason=exc.strerror or str(exc))]
    try:
        return parse_yaml(text, file), []
    except YamlSyntaxError as exc:
        return None, [Problem.of("yaml.syntax", file=file, line=exc.line, reason=exc.reason)]


def load_yaml(path: Path) -> Any:
    """Read and parse a YAML file; OSError and UnicodeDecodeError are left to the caller."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise _too_large(str(path), size)
    return parse_yaml(path.read_text(encoding="utf-8"), str(path))


def dump_yaml(data: Any) -> str:
    return yaml.safe_dump(
        data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100
    )
