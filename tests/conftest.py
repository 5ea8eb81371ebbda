"""Test session setup: one compiled lexicon index per session, unless the caller already chose a cache."""

from __future__ import annotations

import importlib.util
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"

_SET_BY_US = False


@pytest.hookimpl(trylast=True)  # after the tmpdir plugin has made the session's tmp_path_factory
def pytest_configure(config: pytest.Config) -> None:
    """Point TRANSLIT_CACHE at a session directory if it is unset, so the index compiles once (~15 s) per run.

    Set in os.environ, so the CLI subprocesses the tests start share it too. A TRANSLIT_CACHE set by the
    caller (e.g. a developer's warm cache) is left alone.
    """
    global _SET_BY_US
    if os.environ.get("TRANSLIT_CACHE"):
        return
    factory = getattr(config, "_tmp_path_factory", None)  # absent under -p no:tmpdir
    path = factory.mktemp("translit-cache", numbered=False) if factory else tempfile.mkdtemp(prefix="translit-cache-")
    os.environ["TRANSLIT_CACHE"] = str(path)
    _SET_BY_US = True


def pytest_unconfigure(config: pytest.Config) -> None:
    if _SET_BY_US:
        os.environ.pop("TRANSLIT_CACHE", None)


@pytest.fixture(scope="session")
def script() -> Callable[[str], ModuleType]:
    """Import a script of scripts/ by name (they are no package; each puts the checkout on sys.path)."""
    def load(name: str) -> ModuleType:
        spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    return load
