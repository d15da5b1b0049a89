"""Hostile output folders of issue 8: one line, exit 3, nothing written, nothing created."""

from __future__ import annotations

import os

import pytest

from analysis.cli import EXIT_USAGE, main
from analysis.corpus.store import OutputError, check_output_dir, folder_problem

ENGLISH = ("The minister said on Monday that the government would support the plan, and the "
           "opposition criticised it as a waste of money for the people of the country.\n")


def _entries(folder):
    return sorted(p.name for p in folder.iterdir())


def test_a_new_folder_is_fine_and_nothing_is_created(tmp_path):
    assert folder_problem(tmp_path / "a" / "b") is None
    assert folder_problem(tmp_path) is None
    assert folder_problem(tmp_path, beside=True) is None
    assert _entries(tmp_path) == []  # the write probe is removed, no folder made


def test_looping_and_broken_links_are_named(tmp_path):
    (tmp_path / "loop1").symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(tmp_path / "loop1")
    (tmp_path / "broken").symlink_to(tmp_path / "missing" / "dir")
    assert "looping symbolic link" in folder_problem(tmp_path / "loop1")
    assert "looping symbolic link" in folder_problem(tmp_path / "loop1" / "sub")
    assert "does not exist" in folder_problem(tmp_path / "broken")
    assert "does not exist" in folder_problem(tmp_path / "broken" / "sub")
    assert not (tmp_path / "missing").exists()  # the link's target is not created


def test_a_file_on_the_way_and_a_long_name_are_named(tmp_path):
    (tmp_path / "notes").write_text("x")
    assert folder_problem(tmp_path / "notes") == "exists and is not a folder"
    assert folder_problem(tmp_path / "notes" / "sub") == f"{tmp_path / 'notes'} is a file, not a folder"
    assert "too long" in folder_problem(tmp_path / ("x" * 300))
    assert "too long" in folder_problem(tmp_path / ("y" * 300) / "sub")


def test_check_output_dir_refuses_a_broken_link_without_creating_its_target(tmp_path):
    (tmp_path / "out").symlink_to(tmp_path / "elsewhere" / "out")
    with pytest.raises(OutputError, match="symbolic link"):
        check_output_dir(tmp_path / "out")
    assert not (tmp_path / "elsewhere").exists()


@pytest.mark.skipif(os.geteuid() == 0 or not os.path.isdir("/proc/self"), reason="root may write anywhere")
def test_unwritable_parent_is_named(tmp_path):
    (tmp_path / "ro").mkdir()
    (tmp_path / "ro").chmod(0o555)
    try:
        assert "cannot write in" in folder_problem(tmp_path / "ro" / "out")
    finally:
        (tmp_path / "ro").chmod(0o755)


def test_proc_is_not_writable_even_for_root():
    if not os.path.isdir("/proc/self"):
        pytest.skip("no /proc")
    assert "cannot write in /proc" in folder_problem("/proc/analysis-out")


@pytest.mark.parametrize("option", ["--out", "--figures"])
@pytest.mark.parametrize("kind", ["loop", "broken", "file-on-the-way"])
def test_cli_bad_output_folder_is_one_line_exit_3_and_nothing_written(tmp_path, capsys, option, kind):
    (tmp_path / "a.txt").write_text(ENGLISH)
    if kind == "loop":
        (tmp_path / "l1").symlink_to(tmp_path / "l2")
        (tmp_path / "l2").symlink_to(tmp_path / "l1")
        target = tmp_path / "l1"
    elif kind == "broken":
        (tmp_path / "l1").symlink_to(tmp_path / "gone" / "dir")
        target = tmp_path / "l1"
    else:
        (tmp_path / "l1").write_text("x")
        target = tmp_path / "l1" / "sub"
    before = _entries(tmp_path)
    other = "--figures" if option == "--out" else "--out"
    code = main(["run", str(tmp_path / "a.txt"), option, str(target), other, str(tmp_path / "other"),
                 "--no-progress"])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    assert "Traceback" not in err and "RuntimeError" not in err
    assert len(err.strip().splitlines()) == 1 and str(tmp_path / "l1") in err
    assert _entries(tmp_path) == before  # no tables, no figures folder, no link target


def test_newline_in_output_folder_names_keeps_the_summary_on_one_line(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ENGLISH * 3)
    code = main(["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o\nx"), "--no-figures", "--no-progress"])
    out = capsys.readouterr().out
    assert code == 0
    assert (tmp_path / "o\nx" / "manifest.json").is_file()
    assert len(out.strip().splitlines()) == 1 and "o\\nx/" in out
