"""What the group screen's tabs share: the group they show, the undo slot, and saving."""

from __future__ import annotations

from dataclasses import dataclass

from textual.containers import Vertical
from textual.message import Message

from groupguide.domain.model import Group
from groupguide.domain.planning import Removal, UndoSlot


@dataclass
class GroupEdited(Message):
    """A tab changed the group and saved it (``saved`` False when the store refused)."""

    saved: bool


@dataclass
class OpenGathering(Message):
    """Open the gathering editor on this gathering."""

    gathering_id: str


class GroupPane(Vertical):
    """A tab of the group screen. The screen hands it the group (calls go down); the tab changes
    the group through the domain, saves at once, and says so with ``GroupEdited`` (messages go
    up) so the screen can refresh the other tabs."""

    def __init__(self, group: Group, undo: UndoSlot, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.group = group
        self.undo = undo

    def show_group(self, group: Group) -> None:
        self.group = group
        if self.is_mounted:
            self.refresh_view()

    def refresh_view(self) -> None:  # pragma: no cover - every tab overrides it
        raise NotImplementedError

    def focus_main(self) -> None:
        """Focus the tab's main widget, so that its keys are live."""

    def commit(self, removal: Removal | None = None) -> bool:
        """Save the group at once; remember ``removal`` for undo."""
        saved = self.app.save_group(self.group)
        if saved and removal is not None:
            self.undo.push(removal)
        self.post_message(GroupEdited(saved))
        return saved
