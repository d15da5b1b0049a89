"""Inputs that used to hang, vanish or crash now get one clear error naming the file."""

from __future__ import annotations

import os
import threading

import pytest

from analysis.io import ArticleError, iter_articles, load_article, read_article

ENGLISH = ("The minister said on Monday that the government would support the plan, and the "
           "opposition criticised it as a waste of money for the people of the country.\n")


def test_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = {}

    def read():
        try:
            read_article(fifo)
        except ArticleError as err:
            result["err"] = err

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(5)
    assert not worker.is_alive(), "reading a FIFO must not block"
    assert "named pipe" in str(result["err"]) and str(fifo) in str(result["err"])


def test_device_is_refused_without_reading():
    with pytest.raises(ArticleError, match="device"):
        read_article("/dev/zero")


def test_broken_and_looping_links_in_a_folder_are_reported(tmp_path):
    (tmp_path / "good.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    items = list(iter_articles(tmp_path))
    errors = {os.path.basename(e.path): e.reason for e in items if isinstance(e, ArticleError)}
    assert [a.doc_id for a in items if not isinstance(a, ArticleError)] == ["good"]
    assert "broken symbolic link" in errors["dangling.txt"]
    assert "loop" in errors["loop.txt"]


def test_lone_surrogate_is_an_article_error():
    with pytest.raises(ArticleError, match="surrogate"):
        load_article("An English sentence about the minister and the plan \ud800 for the people.\n" * 3)


def test_existing_path_with_newline_or_long_name_is_read_as_a_file(tmp_path):
    odd = tmp_path / "two\nlines.txt"
    odd.write_text(ENGLISH, encoding="utf-8")
    art = load_article(str(odd))
    assert art.text == ENGLISH and art.path == str(odd)
    deep = tmp_path / ("d" * 120) / ("e" * 120)
    deep.mkdir(parents=True)
    long_file = deep / "article.txt"
    long_file.write_text(ENGLISH, encoding="utf-8")
    assert len(str(long_file)) > 255
    assert load_article(str(long_file)).text == ENGLISH


def test_error_with_newline_in_the_name_stays_on_one_line(tmp_path):
    odd = tmp_path / "bad\nname.txt"
    odd.write_bytes(b"")
    with pytest.raises(ArticleError) as info:
        read_article(odd)
    message = str(info.value)
    assert "\n" not in message and "bad\\nname.txt" in message


@pytest.mark.parametrize("text", ["!!! ... ??? --- ;;;\n", "1 2 3 4.5 67,000 2024-06-20\n", "😀 🎉 ★ ☂\n"])
def test_text_without_words_is_refused(text):
    with pytest.raises(ArticleError, match="no words"):
        load_article(text + text)


# ---------------------------------------------------------------- side files: --actors, --meta, tables
def _pipe(tmp_path, name):
    path = tmp_path / name
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("option", ["--actors", "--meta"])
@pytest.mark.parametrize("kind", ["fifo", "device", "loop", "latin1"])
def test_side_file_that_cannot_be_read_is_one_error_at_once(tmp_path, capsys, option, kind):
    """A pipe used to hang the run and /dev/zero to eat all memory; now one line, exit 3."""
    from analysis.cli import EXIT_USAGE, main

    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    if kind == "fifo":
        side = _pipe(tmp_path, "side.csv")
    elif kind == "device":
        side = tmp_path / "side.csv"
        side.symlink_to("/dev/zero")
    elif kind == "loop":
        side = tmp_path / "side.csv"
        side.symlink_to(side)
    else:
        side = tmp_path / "side.csv"
        side.write_bytes(b"doc_id,actor,alias\na,Orb\xe1n,Orban\n")
    result = {}
    worker = threading.Thread(target=lambda: result.setdefault(
        "code", main(["run", str(tmp_path / "a.txt"), option, str(side), "--out", str(tmp_path / "out"),
                      "--no-figures", "--no-progress"])), daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), f"{option} {kind} must not block"
    err = capsys.readouterr().err
    assert result["code"] == EXIT_USAGE
    assert len(err.strip().splitlines()) == 1 and str(side) in err and "Traceback" not in err
    expected = {"fifo": "named pipe", "device": "device", "loop": "loop", "latin1": "iconv"}[kind]
    assert expected in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_table_file_that_is_a_pipe_or_device_is_one_failure(tmp_path, suffix):
    from analysis.corpus.sources import count_documents, iter_documents

    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    pipe = _pipe(tmp_path, "pipe" + suffix)
    zero = tmp_path / ("zero" + suffix)
    zero.symlink_to("/dev/zero")
    result = {}
    worker = threading.Thread(target=lambda: result.update(
        items=list(iter_documents([tmp_path / "a.txt", pipe, zero])),
        count=count_documents([tmp_path / "a.txt", pipe, zero])), daemon=True)
    worker.start()
    worker.join(30)
    assert not worker.is_alive(), "a pipe or device given as a table must not block"
    failures = {f.source: f.message for f in result["items"] if not hasattr(f, "text")}
    assert "named pipe" in failures[str(pipe)] and "device" in failures[str(zero)]
    assert [d.doc_id for d in result["items"] if hasattr(d, "text")] == ["a"]


# ---------------------------------------------------------------- size limit
def test_default_limit_refuses_a_2_mb_article_at_once_and_says_how_to_raise_it(tmp_path):
    from analysis.io import MAX_BYTES

    big = tmp_path / "big.txt"
    big.write_text(ENGLISH * (2 * MAX_BYTES // len(ENGLISH)), encoding="utf-8")
    with pytest.raises(ArticleError, match="too large") as info:
        read_article(big)
    assert "--max-mb" in str(info.value) and "max_bytes=" in str(info.value)


def test_analyze_text_takes_max_bytes():
    from analysis import analyze_text

    with pytest.raises(ArticleError, match="the limit is 100 bytes"):
        analyze_text(ENGLISH * 3, max_bytes=100)


def test_cli_max_mb_sets_the_limit(tmp_path, capsys):
    from analysis.cli import EXIT_NOTHING, EXIT_USAGE, main

    (tmp_path / "a.txt").write_text(ENGLISH * 20, encoding="utf-8")
    code = main(["run", str(tmp_path / "a.txt"), "--max-mb", "0.001", "--out", str(tmp_path / "out"),
                 "--no-figures", "--no-progress"])
    err = capsys.readouterr().err
    assert code == EXIT_NOTHING and "too large" in err and "the limit is 1,000 bytes" in err
    assert main(["run", str(tmp_path / "a.txt"), "--max-mb", "0", "--out", str(tmp_path / "out")]) == EXIT_USAGE
