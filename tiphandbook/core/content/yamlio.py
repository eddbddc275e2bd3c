"""YAML reading that remembers line numbers, so every content error can name the line it is about.

Content YAML is plain data: aliases (``*name``) are refused, because a few nested ones expand exponentially (an
"alias bomb" of ten lines hangs whatever walks the result); duplicate keys are refused, because YAML would silently
keep the last; nesting is capped. All three are checked on the composed node tree before anything is constructed,
each node visited once, so the cost is linear in the size of the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

try:  # libyaml parses several times faster; the pure-Python loader is the fallback
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader = yaml.SafeLoader


class YamlMap(dict):
    """A mapping that knows the 1-based line it starts on (``line``) and the lines of its keys."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class _LineLoader(_BaseLoader):
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> YamlMap:
        mapping = YamlMap(super().construct_mapping(node, deep=deep))
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {
            str(key_node.value): key_node.start_mark.line + 1 for key_node, _ in node.value
        }
        return mapping


_LineLoader.add_constructor(
    "tag:yaml.org,2002:map",
    lambda loader, node: loader.construct_mapping(node, deep=True),
)
# Dates stay text: content files are compared and shown as written, not as datetime objects.
_LineLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)
MAX_DEPTH = 50  # content nests a handful of levels; this leaves room and keeps every later walk shallow


def _integer(loader: _LineLoader, node: yaml.ScalarNode) -> int:
    """An integer, or an error on its line (Python refuses to convert integers of more than 4,300 digits)."""
    try:
        return loader.construct_yaml_int(node)
    except ValueError:
        raise yaml.constructor.ConstructorError(None, None, "a number too long to be read", node.start_mark) from None


_LineLoader.add_constructor("tag:yaml.org,2002:int", _integer)


class YamlError(ValueError):
    """Malformed YAML, with the 1-based line of the problem."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def _check_tree(root: yaml.Node, first_line: int) -> None:
    """Refuse aliases, duplicate keys and deep nesting, visiting each composed node once."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        line = node.start_mark.line + first_line
        if id(node) in seen:  # the composer hands out the anchored node again for every alias to it
            raise YamlError(line, "YAML aliases (*name) are not allowed in content files; write the value out")
        seen.add(id(node))
        if depth > MAX_DEPTH:
            raise YamlError(line, f"nested more than {MAX_DEPTH} levels deep")
        if isinstance(node, yaml.MappingNode):
            keys: set[str] = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in keys:
                        raise YamlError(key.start_mark.line + first_line, f"duplicate key '{key.value[:80]}'")
                    keys.add(key.value)
                stack.extend(((key, depth + 1), (value, depth + 1)))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)


def parse_yaml(text: str, first_line: int = 1) -> Any:
    """Parse YAML text whose first line is file line ``first_line``; raise YamlError on malformed input."""
    loader = _LineLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_tree(node, first_line)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line if mark else 0) + first_line
        raise YamlError(line, f"malformed YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise YamlError(first_line, f"malformed YAML: {exc}") from None
    finally:
        loader.dispose()
    _shift_lines(data, first_line - 1)
    return data


def _shift_lines(data: Any, offset: int) -> None:
    if not offset:
        return
    if isinstance(data, YamlMap):
        data.line += offset
        data.key_lines = {k: v + offset for k, v in data.key_lines.items()}
        for value in data.values():
            _shift_lines(value, offset)
    elif isinstance(data, list):
        for value in data:
            _shift_lines(value, offset)


@dataclass(frozen=True)
class FrontMatterSplit:
    meta: str
    meta_line: int  # file line of the first front-matter line
    body: str
    body_line: int  # file line of the first body line


def split_front_matter(text: str) -> FrontMatterSplit:
    """Split ``---`` front matter from a Markdown body; raise YamlError when the block is missing or unclosed."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise YamlError(1, "front matter missing: the file must start with a line '---'")
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return FrontMatterSplit(
                meta="".join(lines[1:index]),
                meta_line=2,
                body="".join(lines[index + 1 :]),
                body_line=index + 2,
            )
    raise YamlError(1, "front matter not closed: no second '---' line")
