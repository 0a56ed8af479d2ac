"""The editor base saves: a stored record through the editor's ``update_record`` (the
service's update, with the version it loaded), a new one through its ``create_record``
— the "update or create" written once, not in every editor."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import ui.editors
import ui.pages.admin
from supportdesk.services.contacts import ContactInput, create_contact, get_contact
from supportdesk.services.local_governments import complete_local_governments
from ui.editors.contact_person import ContactPersonEditor
from ui.widgets.editor import EditorDialog


def _editor_classes() -> list[type[EditorDialog]]:
    found = []
    for package in (ui.editors, ui.pages.admin):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for _name, cls in inspect.getmembers(module, inspect.isclass):
                if issubclass(cls, EditorDialog) and cls.__module__ == module.__name__:
                    found.append(cls)
    return found


def test_every_editor_that_creates_also_names_its_update():
    creating = [c for c in _editor_classes() if "create_record" in vars(c)]
    assert len(creating) >= 12
    for cls in creating:
        update = cls.update_record
        assert callable(update) and update.__module__.startswith("supportdesk.services"), cls
        assert "save_input" not in vars(cls), cls  # the base's update-or-create


def test_a_stored_record_is_updated_with_the_version_it_loaded(qtbot, ctx):
    gent = complete_local_governments(ctx.db, "Gent", 1)[0].id
    stored = create_contact(ctx.db, ContactInput(gent, "Özdemir", "Łukasz"))
    editor = ContactPersonEditor(ctx, gent, "Gent")
    qtbot.addWidget(editor)
    editor.edit(stored)
    saved = editor.save_input(ContactInput(gent, "Özdemir", "Łukasz", role="<schepen> & co"))
    assert saved.id == stored.id and saved.version == stored.version + 1
    assert get_contact(ctx.db, stored.id).role == "<schepen> & co"
    fresh = ContactPersonEditor(ctx, gent, "Gent")
    qtbot.addWidget(fresh)
    made = fresh.save_input(ContactInput(gent, "De Wit", "Éloïse"))
    assert made.id != stored.id and get_contact(ctx.db, made.id).first_name == "Éloïse"


def test_editing_is_written_once_each_editor_only_names_its_title(qtbot, ctx):
    assert [c for c in _editor_classes() if "edit" in vars(c)] == []
    gent = complete_local_governments(ctx.db, "Gent", 1)[0].id
    stored = create_contact(ctx.db, ContactInput(gent, "Özdemir", "Łukasz"))
    editor = ContactPersonEditor(ctx, gent, "Gent")
    qtbot.addWidget(editor)
    assert editor.windowTitle() == "Nieuwe contactpersoon"
    editor.edit(stored)
    assert editor.windowTitle() == "Contactpersoon bewerken"
    assert editor.first_name.text() == "Łukasz" and not editor.is_dirty()


def test_the_base_keeps_the_id_and_version_of_what_it_shows(qtbot, ctx):
    """``load`` only fills fields: which record and which version the next save is
    checked against is the base's (edit, "load their version", bring back)."""
    from dataclasses import dataclass

    @dataclass
    class View:
        id: str
        version: int

    loaded: list[View] = []

    class Plain(EditorDialog):
        def load(self, view: View) -> None:
            loaded.append(view)

    editor = Plain(ctx)
    qtbot.addWidget(editor)
    editor.edit(View("r-1", 3))
    assert (editor.record_id, editor.expected_version) == ("r-1", 3)
    editor.show_stored(View("r-1", 4))
    assert editor.expected_version == 4 and not editor.is_dirty()
    assert [v.version for v in loaded] == [3, 4]
