"""Run-time files are package data found through importlib.resources, and every kind of
file under resources/ is listed in pyproject's package data (so the wheel carries it)."""

from __future__ import annotations

import fnmatch
import tomllib
from importlib.resources import files
from pathlib import Path

import pytest

from db.migrate import alembic_config, head_revision
from db.paths import MIGRATIONS, resource

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("supportdesk", "ui", "db", "resources")


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


@pytest.mark.parametrize(
    "parts",
    [
        ("data", "reference.json"),
        ("data", "municipalities-flanders-2025.csv"),
        ("fonts", "DejaVuSans.ttf"),
        ("fonts", "DejaVuSans-Bold.ttf"),
        ("fonts", "DejaVuSans-Oblique.ttf"),
        ("fonts", "LICENSE"),
        ("icons", "supportdesk.svg"),
        ("icons", "png", "supportdesk-16.png"),
        ("icons", "png", "supportdesk-512.png"),
        ("desktop", "be.supportdesk.SupportDesk.desktop"),
        ("desktop", "be.supportdesk.SupportDesk.metainfo.xml"),
        ("LICENSE",),
    ],
)
def test_each_resource_resolves_through_importlib_resources(parts: tuple[str, ...]) -> None:
    traversable = files("resources").joinpath(*parts)
    assert traversable.is_file(), parts
    assert resource(*parts).read_bytes() == traversable.read_bytes()


def test_migrations_are_found_as_package_data() -> None:
    assert (MIGRATIONS / "env.py").is_file()
    assert Path(str(files("db") / "migrations")) == MIGRATIONS
    assert alembic_config().get_main_option("script_location") == str(MIGRATIONS)
    assert head_revision()


def test_no_module_finds_files_relative_to_the_source_tree() -> None:
    """Path(__file__) (or a parent of it) breaks in a wheel and a bundle: only
    importlib.resources (db/paths.py) may find run-time files."""
    offenders = [
        str(path.relative_to(ROOT))
        for package in PACKAGES
        for path in (ROOT / package).rglob("*.py")
        if "__file__" in path.read_text("utf-8")
    ]
    assert offenders == []


def _packaged(package: str, relative: str, globs: dict[str, list[str]]) -> bool:
    return any(fnmatch.fnmatch(relative, pattern) for pattern in globs.get(package, []))


def test_every_run_time_file_is_listed_as_package_data() -> None:
    globs = _pyproject()["tool"]["setuptools"]["package-data"]
    missing = []
    for path in (ROOT / "resources").rglob("*"):
        relative = path.relative_to(ROOT / "resources").as_posix()
        if path.is_dir() or path.suffix in {".py", ".pyc", ".ts", ".qm"}:
            continue  # modules are packaged as such; .qm is compiled by setup.py
        if "__pycache__" in relative:
            continue
        if not _packaged("resources", relative, globs):
            missing.append(relative)
    for path in (ROOT / "db" / "migrations").rglob("*"):
        relative = path.relative_to(ROOT / "db").as_posix()
        if path.is_file() and "__pycache__" not in relative and path.suffix != ".pyc":
            in_package = (path.parent / "__init__.py").exists() and path.suffix == ".py"
            if not in_package and not _packaged("db", relative, globs):
                missing.append(f"db/{relative}")
    assert missing == []


def test_pyproject_names_no_file_that_does_not_exist() -> None:
    """The old pyproject listed db/alembic.ini, which never existed."""
    globs = _pyproject()["tool"]["setuptools"]["package-data"]
    for package, patterns in globs.items():
        for pattern in patterns:
            assert list((ROOT / package).glob(pattern)), f"{package}/{pattern} matches nothing"


def test_the_version_is_written_in_one_place() -> None:
    project = _pyproject()["project"]
    assert "version" not in project and "version" in project["dynamic"]
    attr = _pyproject()["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    assert attr == "supportdesk.__version__"


def test_the_licence_in_the_package_is_the_projects() -> None:
    assert resource("LICENSE").read_text("utf-8") == (ROOT / "LICENSE").read_text("utf-8")


def test_a_package_spread_over_several_folders_still_resolves(monkeypatch, tmp_path) -> None:
    """A frozen bundle hands out a MultiplexedPath, whose joinpath takes one name only
    on Python 3.11 (the bundle failed with a TypeError)."""
    from importlib.readers import MultiplexedPath

    import db.paths

    real = Path(str(files("resources")))
    spread = MultiplexedPath(tmp_path, real)
    monkeypatch.setattr(db.paths, "files", lambda package: spread)
    db.paths._real_path.cache_clear()
    try:
        assert db.paths.resource("fonts", "DejaVuSans.ttf") == real / "fonts" / "DejaVuSans.ttf"
    finally:
        db.paths._real_path.cache_clear()


def test_the_wheel_packages_the_app_and_nothing_else() -> None:
    """The layers and resources, every folder of modules in them, no tests or scripts."""
    from setuptools import find_namespace_packages, find_packages

    include = _pyproject()["tool"]["setuptools"]["packages"]["find"]["include"]
    packaged = set(find_packages(str(ROOT), include=include))
    assert {name.split(".")[0] for name in packaged} == {"db", "resources", "supportdesk", "ui"}
    with_modules = {
        name
        for name in find_namespace_packages(str(ROOT), include=include)
        if list((ROOT / name.replace(".", "/")).glob("*.py"))
    }
    # Migration scripts are package data of db, read by Alembic, not imported as modules.
    assert with_modules - packaged == {"db.migrations.versions"}
