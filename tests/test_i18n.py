"""Texts in two languages: templates kept, Indonesian found for every template the source uses."""

from __future__ import annotations

import ast
import pickle
import re
import string
from pathlib import Path

import pytest

import sopkit
from sopkit._errors import DataError, DataProblem, PluginError
from sopkit._i18n import Text, catalogue, localize, localize_error
from sopkit.cli import build_parser
from sopkit.cli._language import requested_language, translate_parser

SOURCE = Path(sopkit.__file__).parent


def _placeholders(template: str) -> set[str]:
    braces = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    percents = set(re.findall(r"%\((\w+)\)", template))
    return braces | percents | ({"%s"} if "%s" in template else set())


def _text_templates() -> list[tuple[str, int, str]]:
    """Return (file, line, template) of every Text("literal", ...) in the package."""
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Text"
                and node.args
            ):
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.append((str(path.relative_to(SOURCE)), node.lineno, first.value))
                elif isinstance(first, ast.IfExp):  # singular / plural
                    for branch in (first.body, first.orelse):
                        if isinstance(branch, ast.Constant) and isinstance(branch.value, str):
                            found.append((str(path.relative_to(SOURCE)), node.lineno, branch.value))
    return found


def _help_texts() -> set[str]:
    """Return every description, epilog, group title and help text of the English parser."""
    import argparse

    out: set[str] = set()

    def walk(parser: argparse.ArgumentParser) -> None:
        out.update(t for t in (parser.description, parser.epilog) if t)
        out.update(g.title for g in parser._action_groups if g.title)
        for action in parser._actions:
            if action.help and action.help != argparse.SUPPRESS:
                out.add(action.help)
            if isinstance(action, argparse._SubParsersAction):
                out.update(c.help for c in action._choices_actions if c.help)
                for sub in action.choices.values():
                    walk(sub)

    walk(build_parser("en"))
    return out


def test_a_text_is_its_english_and_keeps_template_and_fields() -> None:
    """Text compares and prints as English; it pickles with its template."""
    text = Text("no {what} with code {code}", what="service", code="'x'")
    assert "no service with code 'x'" == text
    assert text.template == pickle.loads(pickle.dumps(text)).template


def test_localize_uses_the_catalogue_and_localizes_nested_texts() -> None:
    """Fields that are Texts are shown in the language too; unknown templates stay English."""
    inner = Text(
        "{count} problems in {where}:{lines}", count=2, where=Text("catalogue data"), lines=""
    )
    outer = Text("plugin {plugin}: {message}", plugin="'p'", message=inner)
    assert "plugin 'p': 2 masalah pada data katalog:" == localize(outer, "id")
    assert str(outer) == localize(outer, "en")
    assert "not in any catalogue" == localize(Text("not in any catalogue"), "id")


def test_errors_render_in_either_language() -> None:
    """A DataError inside a PluginError comes out whole in Indonesian, English by str()."""
    problem = DataProblem(
        "$.code", Text("cannot read duration {text}: {reason}", text="'x'", reason="?"), "x"
    )
    error = PluginError("uji", Text("invalid catalogue data\n{error}", error=DataError([problem])))
    assert "(got 'x')" in str(error)
    shown = localize_error(error, "id")
    assert "masalah pada data katalog" in shown
    assert "(diperoleh 'x')" in shown


def test_the_language_is_read_before_parsing() -> None:
    """--lang X and --lang=X anywhere before '--' choose the language; a bad value is ignored."""
    assert "id" == requested_language(["services", "--lang", "id"])
    assert "id" == requested_language(["--lang=id", "show", "x"])
    assert "en" == requested_language(["--lang", "xx"])
    assert "en" == requested_language(["--", "--lang", "id"])


@pytest.mark.parametrize(("file", "line", "template"), _text_templates())
def test_every_text_template_has_indonesian_with_the_same_fields(
    file: str, line: int, template: str
) -> None:
    """Each Text written in the source has an Indonesian template with the same placeholders."""
    if not re.search(r"[A-Za-z]{2}", re.sub(r"\{[^}]*\}", "", template)):
        return  # nothing to translate: punctuation and placeholders only
    table = catalogue("id")
    assert template in table, f"{file}:{line}: no Indonesian for {template!r}"
    assert _placeholders(template) == _placeholders(table[template])


def test_every_help_text_has_indonesian() -> None:
    """Every help text, description and title of every command is in the catalogue."""
    table = catalogue("id")
    missing = sorted(t for t in _help_texts() if t not in table)
    assert [] == missing


def test_indonesian_help_shows_no_english_help_text() -> None:
    """Translated in place, no English help string is left in the parser tree."""
    parser = build_parser("en")
    translate_parser(parser, "id")
    english = {t for t in _help_texts() if t not in {catalogue("id").get(t) for t in _help_texts()}}
    left: set[str] = set()

    def walk(p: object) -> None:
        import argparse

        assert isinstance(p, argparse.ArgumentParser)
        for action in p._actions:
            if action.help in english and catalogue("id").get(action.help) != action.help:
                left.add(action.help)
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    walk(sub)

    walk(parser)
    assert set() == left
