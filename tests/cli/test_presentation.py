"""How the command line presents itself: version, module entry, completion, colour, pager,
language, lint order, render -o, and the message catalogue."""

from __future__ import annotations

import io
import re
import string
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from sopkit.cli import _messages, main
from sopkit.core._service import COMPONENTS

ANSI = re.compile(r"\x1b\[[0-9;]*m")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_version_names_the_installed_distribution(capsys: pytest.CaptureFixture[str]) -> None:
    """`sopkit --version` prints the version pip installed."""
    assert 0 == main(["--version"])
    assert f"sopkit {metadata.version('sopkit')}\n" == capsys.readouterr().out


def test_python_dash_m_runs_the_command_line() -> None:
    """`python -m sopkit` is the command line."""
    done = subprocess.run(
        [sys.executable, "-m", "sopkit", "--version"], capture_output=True, text=True, check=False
    )
    assert (0, f"sopkit {metadata.version('sopkit')}\n") == (done.returncode, done.stdout)


@pytest.mark.parametrize(("shell", "marker"), [("bash", "complete -o"), ("zsh", "#compdef")])
def test_completion_script_knows_the_commands(
    capsys: pytest.CaptureFixture[str], shell: str, marker: str
) -> None:
    """The completion script is for the shell asked and offers the subcommands and options."""
    assert 0 == main(["completion", shell])
    script = capsys.readouterr().out
    assert marker in script
    assert "deadline" in script
    assert "--from" in script


def test_bash_completion_script_is_valid_bash(capsys: pytest.CaptureFixture[str]) -> None:
    """bash -n accepts the generated script."""
    main(["completion", "bash"])
    done = subprocess.run(
        ["bash", "-n"], input=capsys.readouterr().out, capture_output=True, text=True, check=False
    )
    assert (0, "") == (done.returncode, done.stderr)


def _styled(argv: list[str], monkeypatch: pytest.MonkeyPatch, *, tty: bool) -> str:
    out = _Terminal() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    main([*argv, "--no-pager"])
    return out.getvalue()


def test_colour_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal gets ANSI colour; a pipe gets none."""
    monkeypatch.setenv("TERM", "xterm")
    assert ANSI.search(_styled(["lint", "--severity", "error"], monkeypatch, tty=True))
    assert not ANSI.search(_styled(["lint", "--severity", "error"], monkeypatch, tty=False))


def test_no_color_wins_even_over_color_always(monkeypatch: pytest.MonkeyPatch) -> None:
    """NO_COLOR turns colour off, on a terminal and with --color always."""
    monkeypatch.setenv("NO_COLOR", "1")
    argv = ["lint", "--severity", "error", "--color", "always"]
    assert not ANSI.search(_styled(argv, monkeypatch, tty=True))


def test_long_output_on_a_terminal_goes_through_the_pager(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Output taller than the terminal is handed to $SOPKIT_PAGER; --no-pager prints it."""
    received = tmp_path / "paged.txt"
    monkeypatch.setenv("SOPKIT_PAGER", f"tee {received}")
    monkeypatch.setenv("LINES", "20")
    out = _Terminal()
    monkeypatch.setattr(sys, "stdout", out)
    assert 0 == main(["services", "--color", "never"])
    paged = received.read_text()
    assert "magetan.bkpsdm/seleksi-asn" in paged
    assert "" == out.getvalue()
    assert paged == _styled(["services", "--color", "never"], monkeypatch, tty=True)


def test_short_output_is_not_paged(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Output that fits the terminal is printed directly."""
    received = tmp_path / "paged.txt"
    monkeypatch.setenv("SOPKIT_PAGER", f"tee {received}")
    monkeypatch.setenv("LINES", "50")
    out = _Terminal()
    monkeypatch.setattr(sys, "stdout", out)
    assert 0 == main(["agencies", "--color", "never"])
    assert not received.exists()
    assert "malang.bkpsdm" in out.getvalue()


@pytest.mark.parametrize(
    ("lang", "headers"),
    [("en", ["code", "no.", "service", "time limit"]), ("id", ["kode", "no.", "layanan"])],
)
def test_lang_switches_table_headers(
    capsys: pytest.CaptureFixture[str], lang: str, headers: list[str]
) -> None:
    """--lang switches the table headers of a listing."""
    assert 0 == main(["services", "--lang", lang])
    first = capsys.readouterr().out.splitlines()[0].split("  ")
    assert headers == [h.strip() for h in first if h.strip()][: len(headers)]


def test_sopkit_lang_environment_sets_the_default(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """SOPKIT_LANG=id makes Indonesian the default; --lang en overrides it."""
    monkeypatch.setenv("SOPKIT_LANG", "id")
    main(["agencies"])
    assert capsys.readouterr().out.startswith("kode")
    main(["agencies", "--lang", "en"])
    assert capsys.readouterr().out.startswith("code")


def test_show_labels_follow_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    """The labels of `show` are English by default and Indonesian with --lang id."""
    code = "pasuruan.bkppd/kenaikan-pangkat"
    main(["show", code])
    english = capsys.readouterr().out
    main(["show", code, "--lang", "id"])
    indonesian = capsys.readouterr().out
    assert "\nTime limit: " in english
    assert "\nJangka waktu penyelesaian: " in indonesian
    assert "Jangka waktu penyelesaian" not in english


def test_lint_prints_a_summary_per_check_then_errors_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """lint's text output opens with counts per check code and lists errors before the rest."""
    assert 1 == main(["lint"])
    out = capsys.readouterr().out
    summary, _, detail = out.partition("\n\n")
    assert summary.startswith("Findings per check\n")
    detail_rows = [line.split()[0] for line in detail.splitlines()[2:] if line[:1].isalpha()]
    severities = [s for s in detail_rows if s in ("error", "warning", "info")]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)
    assert {"error", "warning"} <= set(severities)
    rows = [row.split() for row in summary.splitlines()[3:] if row[:1].isalpha()]
    counted = {row[1]: int(row[2]) for row in rows}
    assert sum(counted.values()) == len(severities)


def test_render_to_a_file_says_what_it_wrote(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """render -o FILE writes the file and names it, with its size, on stderr."""
    target = tmp_path / "ptsp.svg"
    code = "malang.bkpsdm/sop/perubahan-pelayanan-terpadu-satu-pintu-kepegawaian"
    assert 0 == main(["render", code, "-o", str(target)])
    out, err = capsys.readouterr()
    assert "" == out
    assert f"wrote {target} ({target.stat().st_size} bytes, svg)" in err
    assert target.read_text().startswith("<svg") or "<svg" in target.read_text()[:200]


def test_render_to_a_missing_folder_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """render -o into a folder that does not exist: exit 2 naming -o, no traceback."""
    code = "malang.bkpsdm/sop/perubahan-pelayanan-terpadu-satu-pintu-kepegawaian"
    assert 2 == main(["render", code, "-o", "/nonexistent/dir/x.svg"])
    err = capsys.readouterr().err
    assert "argument -o/--output" in err
    assert "'/nonexistent/dir' does not exist" in err


def test_every_message_exists_in_both_languages_with_the_same_fields() -> None:
    """Each catalogue entry has English and Indonesian text with the same placeholders."""
    fields = string.Formatter()
    for key, texts in _messages.MESSAGES.items():
        assert len(_messages.LANGUAGES) == len(texts), key
        names = [sorted(f for _, f, _, _ in fields.parse(t) if f) for t in texts]
        assert names[0] == names[1], key
        assert all(t.strip() for t in texts), key


def test_component_names_are_the_regulations() -> None:
    """The Indonesian names of the 14 components are those the core model carries."""
    for name, label, _ in COMPONENTS:
        assert label == _messages.message("id", f"component.{name}")


def test_building_the_parser_imports_no_command_implementation() -> None:
    """`sopkit --help` and argument parsing load no linter, renderer, simulator or rules."""
    script = (
        "import sys; from sopkit.cli import build_parser; build_parser(); "
        "print(sorted(m for m in sys.modules if m.startswith('sopkit.')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    loaded = done.stdout
    for heavy in ("sopkit.lint", "sopkit.render", "sopkit.sim", "sopkit.rules", "sopkit.asn"):
        assert f"'{heavy}" not in loaded, heavy


def test_demo_speaks_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    """`sopkit demo --lang id` has Indonesian headings and dates, and none of the English ones."""
    assert 0 == main(["demo", "--lang", "id"])
    out = capsys.readouterr().out
    assert out.startswith("sopkit demo: katalog yang terpasang\n")
    assert "diterima Kamis 27 Maret 2025 15:00" in out
    for english in ("the installed catalogues", "received ", "days off in between", "for example"):
        assert english not in out


def test_calendar_speaks_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    """Weekday names, closed days and the kinds of days off follow --lang, English by default."""
    argv = ["calendar", "--agency", "magetan.bkpsdm", "--year", "2026"]
    assert 0 == main([*argv, "--lang", "id"])
    indonesian = " ".join(capsys.readouterr().out.split())
    assert 0 == main(argv)
    english = " ".join(capsys.readouterr().out.split())
    assert "sab–min tutup" in indonesian
    assert "sat–sun closed" in english
    assert "libur nasional" in indonesian
    assert " holiday " in english
    assert "cuti bersama" in indonesian
    assert "cuti_bersama" in english
    for word in ("closed", " holiday ", "sat–sun", "mon–thu"):
        assert word not in indonesian


@pytest.mark.parametrize(
    ("argv", "english", "indonesian"),
    [
        (["plugins"], "role_books", "buku peran"),
        (["roles", "--agency", "magetan.bkpsdm"], "structural", "struktural"),
        (["show", "pasuruan.bkppd"], "website:", "situs web:"),
        (["show", "pasuruan.bkppd"], "a bare 'hari' means: undeclared", "tidak dinyatakan"),
        (["show", "pasuruan.bkppd/kenaikan-gaji-berkala"], "in_person:", "datang langsung:"),
    ],
)
def test_kind_words_follow_the_language(
    argv: list[str], english: str, indonesian: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Kinds of roles, contacts, channels and what plugins register are words of --lang."""
    assert 0 == main(argv)
    shown_en = " ".join(capsys.readouterr().out.split())
    assert 0 == main([*argv, "--lang", "id"])
    shown_id = " ".join(capsys.readouterr().out.split())
    assert english in shown_en
    assert indonesian in shown_id
    assert english not in shown_id
