"""The README documents every command and every setting."""

import dataclasses
from pathlib import Path

import pytest

from warta.cli import cli
from warta.settings import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")


def _commands(group, prefix="warta"):
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            yield from _commands(command, f"{prefix} {name}")
        else:
            yield f"{prefix} {name}"


@pytest.mark.parametrize("command", sorted(_commands(cli)))
def test_docs_every_command_is_in_the_readme(command):
    assert f"`{command}" in README


@pytest.mark.parametrize("setting", [f.name for f in dataclasses.fields(Settings)])
def test_docs_every_setting_is_in_the_defaults_file(setting):
    defaults = (Path(__file__).resolve().parents[1] / "warta" / "defaults.toml").read_text("utf-8")
    assert f"\n{setting} =" in defaults
