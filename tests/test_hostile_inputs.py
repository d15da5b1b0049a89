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
