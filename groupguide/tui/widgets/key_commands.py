"""A command palette provider that offers the keys of the current screen.

The palette (Ctrl+P) reads the same ``Binding`` declarations as the footer and the F1 help, so an
action is declared once and shows up everywhere. Only groupguide's own bindings (those with an
``id``) are offered, not the widgets' cursor keys; keys that cannot act now are left out.
"""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from groupguide.i18n import t

SKIPPED = frozenset({"quit", "app.quit", "command_palette", "app.command_palette"})


class KeyCommands(Provider):
    def _commands(self) -> list[tuple[str, str, object]]:
        screen = self.screen
        found: list[tuple[str, str, object]] = []
        seen: set[str] = set()
        for active in screen.active_bindings.values():
            binding = active.binding
            if not (binding.id and active.enabled and binding.description):
                continue
            if binding.action in SKIPPED or binding.description in seen:
                continue
            seen.add(binding.description)
            key = self.app.get_key_display(binding)
            callback = partial(self.app.run_action, binding.action, active.node)
            found.append((binding.description, t("planui.palette.key", key=key), callback))
        return found

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
