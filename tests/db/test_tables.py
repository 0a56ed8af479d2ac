"""The schema's Core tables (``db.tables``) are the one definition: they load without the
ORM, and every model and every link table ``db.models`` exports is mapped onto them."""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

from sqlalchemy import Table

import db.tables
from db.metadata import metadata

ROOT = Path(__file__).resolve().parents[2]
TABLE_MODULES = sorted(f"db.tables.{m.name}" for m in pkgutil.iter_modules(db.tables.__path__))


def tables_of(module_name: str) -> dict[str, Table]:
    """The tables a ``db.tables`` module defines, by the name it exports them under."""
    module = importlib.import_module(module_name)
    return {
        name: value
        for name, value in vars(module).items()
        if isinstance(value, Table) and not name.startswith("_")
    }


def test_the_tables_load_without_the_orm() -> None:
    modules = [*TABLE_MODULES, "db.metadata", "db.enums", "db.plan_enums"]
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(m for m in sys.modules"
        " if m.startswith(('sqlalchemy.orm', 'db.models', 'db.base')))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert len(TABLE_MODULES) >= 16
    assert json.loads(done.stdout) == []


def test_each_table_is_exported_once_under_its_own_name() -> None:
    seen: dict[str, str] = {}
    for module_name in TABLE_MODULES:
        for name, table in tables_of(module_name).items():
            assert name == table.name, module_name
            assert table.metadata is metadata
            assert name not in seen, f"{name} in {seen.get(name)} and {module_name}"
            seen[name] = module_name
    assert sorted(seen) == sorted(metadata.tables)


def test_every_model_maps_the_table_of_its_area() -> None:
    from db import models
    from db.base import Base

    mappers = list(Base.registry.mappers)
    assert len(mappers) == 25
    for mapper in mappers:
        cls = mapper.class_
        area = cls.__module__.rsplit(".", 1)[-1]
        table = tables_of(f"db.tables.{area}")[cls.__table__.name]
        assert cls.__table__ is table, cls.__name__
        assert mapper.local_table is table, cls.__name__
    assert Base.metadata is metadata
    for name in models.__all__:
        exported = getattr(models, name)
        if isinstance(exported, Table):
            assert exported is metadata.tables[name]
