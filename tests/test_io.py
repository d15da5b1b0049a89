"""Tests for :mod:`analysis.io`."""

from __future__ import annotations

import pathlib
import pickle

import pytest

from analysis import io as aio
from analysis.io import (
    Article,
    ArticleError,
    article_from_text,
    find_article_files,
    iter_articles,
    load_article,
    read_article,
)

REPO = pathlib.Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "rutte_nato_2024.txt"

GOOD = (
    "The prime minister of the Netherlands said on Thursday that the country "
    "would continue to support Ukraine. He was speaking to reporters in The "
    "Hague after a meeting with his ministers, and he said that it is in the "
    "interest of all of Europe to stand with Kyiv.\n"
)

GERMAN = (
    "Die Bundesregierung hat am Donnerstag beschlossen, die Unterstützung für "
    "die Ukraine weiter auszubauen. Der Bundeskanzler sagte in Berlin, dass "
    "Deutschland an der Seite seiner Partner stehe und die Verteidigung "
    "Europas stärken werde. Die Opposition kritisierte den Beschluss als zu "
    "zögerlich.\n"
)

HTML_DOC = "<!DOCTYPE html>\n<html><body><p>" + GOOD + "</p></body></html>\n"
HTML_TAGS = (
    "<div class='story'><p>" + GOOD + "</p><br><p>" + GOOD + "</p>"
    "<script>var x = 1;</script></div>\n"
)


def write(path: pathlib.Path, content: str | bytes) -> pathlib.Path:
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


def assert_error(excinfo, name: str, *fragments: str) -> None:
    msg = str(excinfo.value)
    assert name in msg
    assert excinfo.value.reason
    for frag in fragments:
        assert frag.lower() in msg.lower(), msg


# -------------------------------------------------------------- good input


def test_read_good_file(tmp_path):
    f = write(tmp_path / "story_one.txt", GOOD)
    art = read_article(f)
    assert isinstance(art, Article)
    assert art.doc_id == "story_one"
    assert art.text == GOOD
    assert art.path == str(f)


def test_read_article_doc_id_override(tmp_path):
    f = write(tmp_path / "a.txt", GOOD)
    assert read_article(f, doc_id="custom").doc_id == "custom"


def test_bom_is_removed(tmp_path):
    f = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    art = read_article(f)
    assert art.text == GOOD
    assert not art.text.startswith("\ufeff")


def test_crlf_and_cr_become_lf(tmp_path):
    raw = GOOD.rstrip("\n") + "\r\nSecond line.\rThird line.\r\n"
    f = write(tmp_path / "crlf.txt", raw)
    art = read_article(f)
    assert "\r" not in art.text
    assert art.text == GOOD.rstrip("\n") + "\nSecond line.\nThird line.\n"


def test_text_otherwise_unchanged(tmp_path):
    raw = "  " + GOOD.replace("said", "said \u201cquote\u201d\u2014dash") + "\n\n"
    f = write(tmp_path / "keep.txt", raw)
    assert read_article(f).text == raw


def test_seed_article_loads():
    art = read_article(SEED)
    assert art.doc_id == "rutte_nato_2024"
    assert "Rutte" in art.text
    assert load_article(SEED).doc_id == "rutte_nato_2024"
    assert load_article(str(SEED)).doc_id == "rutte_nato_2024"


def test_article_from_text():
    art = article_from_text(GOOD)
    assert art == Article(doc_id="text", text=GOOD, path=None)
    assert article_from_text("\ufeffHello\r\nworld", doc_id="x").text == "Hello\nworld"
    assert article_from_text(GOOD, doc_id="x").doc_id == "x"


def test_short_text_skips_language_check():
    # fewer than 20 words: no language verdict
    assert article_from_text("Rutte wird Generalsekretär.").text


# -------------------------------------------------------------- bad files


def test_missing_file(tmp_path):
    with pytest.raises(ArticleError) as ei:
        read_article(tmp_path / "nope.txt")
    assert_error(ei, "nope.txt", "no such file")
    assert ei.value.path.endswith("nope.txt")


def test_directory_passed_to_read_article(tmp_path):
    d = tmp_path / "folder_x"
    d.mkdir()
    with pytest.raises(ArticleError) as ei:
        read_article(d)
    assert_error(ei, "folder_x", "folder")


@pytest.mark.parametrize("content", ["", "   \n\t\r\n  "])
def test_empty_file(tmp_path, content):
    f = write(tmp_path / "empty.txt", content)
    with pytest.raises(ArticleError) as ei:
        read_article(f)
    assert_error(ei, "empty.txt", "empty")


def test_binary_nul_bytes(tmp_path):
    f = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    with pytest.raises(ArticleError) as ei:
        read_article(f)
    assert_error(ei, "image.txt", "binary")


def test_binary_control_chars(tmp_path):
    f = write(tmp_path / "ctrl.txt", "abc\x01\x02\x03\x04 def " * 20)
    with pytest.raises(ArticleError) as ei:
        read_article(f)
    assert_error(ei, "ctrl.txt", "binary")


def test_utf16_is_reported(tmp_path):
    f = write(tmp_path / "utf16.txt", GOOD.encode("utf-16"))
    with pytest.raises(ArticleError) as ei:
        read_article(f)
    assert_error(ei, "utf16.txt", "UTF-8")


def test_latin1_is_not_silently_decoded(tmp_path):
    raw = GOOD.replace("Hague", "Hägue").encode("latin-1")
    offset = raw.index(b"\xe4")
    f = write(tmp_path / "latin.txt", raw)
    with pytest.raises(ArticleError) as ei:
        read_article(f)
    assert_error(ei, "latin.txt", "not valid UTF-8", f"byte offset {offset}", "re-encode")


def test_invalid_utf8_offset_counts_bom(tmp_path):
    raw = b"\xef\xbb\xbf" + b"abc \xff def"
    offset = raw.index(b"\xff")
    f = write(tmp_path / "bomlatin.txt", raw)
    with pytest.raises(ArticleError) as ei:
        read_article(f)
    assert_error(ei, "bomlatin.txt", f"byte offset {offset}")


@pytest.mark.parametrize("content", [HTML_DOC, "<html>" + GOOD, HTML_TAGS])
def test_html(tmp_path, content):
    f = write(tmp_path / "page.txt", content)
    with pytest.raises(ArticleError) as ei:
        read_article(f)
    assert_error(ei, "page.txt", "HTML", "extract")


def test_single_tag_mention_is_not_html():
    text = GOOD + "Web developers know the <p> element well.\n"
    assert article_from_text(text).text == text


def test_too_large_checked_before_reading(tmp_path, monkeypatch):
    f = write(tmp_path / "big.txt", GOOD * 10)

    def boom(*a, **k):  # reading must not even be attempted
        raise AssertionError("file was read")

    monkeypatch.setattr(aio, "open", boom, raising=False)
    with pytest.raises(ArticleError) as ei:
        read_article(f, max_bytes=100)
    assert_error(ei, "big.txt", "too large")


def test_default_max_bytes():
    assert aio.MAX_BYTES == 1_000_000


def test_not_english(tmp_path):
    f = write(tmp_path / "german.txt", GERMAN)
    with pytest.raises(ArticleError) as ei:
        read_article(f)
    assert_error(ei, "german.txt", "English", "%")
    # the measured share is in the message
    share, _ = aio._english_share(GERMAN)
    assert f"{share:.1%}" in str(ei.value)


def test_seed_passes_language_check():
    share, n = aio._english_share(SEED.read_text(encoding="utf-8"))
    assert n >= 20 and share >= aio.MIN_ENGLISH_SHARE


def test_file_deleted_between_listing_and_reading(tmp_path):
    write(tmp_path / "a.txt", GOOD)
    gone = write(tmp_path / "b_gone.txt", GOOD)
    files = find_article_files(tmp_path)
    assert [f.name for f in files] == ["a.txt", "b_gone.txt"]
    gone.unlink()
    with pytest.raises(ArticleError) as ei:
        read_article(files[1])
    assert_error(ei, "b_gone.txt")


def test_file_vanishing_during_open(tmp_path, monkeypatch):
    f = write(tmp_path / "racy.txt", GOOD)

    def vanish(*a, **k):
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(aio, "open", vanish, raising=False)
    with pytest.raises(ArticleError) as ei:
        read_article(f)
    assert_error(ei, "racy.txt", "disappeared")


def test_unreadable_file(tmp_path, monkeypatch):
    f = write(tmp_path / "locked.txt", GOOD)

    def denied(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(aio, "open", denied, raising=False)
    with pytest.raises(ArticleError) as ei:
        read_article(f)
    assert_error(ei, "locked.txt", "cannot read", "Permission denied")


# -------------------------------------------------------------- text input


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("", "empty"),
        ("   \n ", "empty"),
        (GERMAN, "English"),
        (HTML_DOC, "HTML"),
        ("abc\x00def " * 5, "binary"),
    ],
)
def test_article_from_text_errors(text, fragment):
    with pytest.raises(ArticleError) as ei:
        article_from_text(text)
    assert_error(ei, "<string>", fragment)
    assert ei.value.path == "<string>"


def test_article_from_text_too_large():
    with pytest.raises(ArticleError) as ei:
        article_from_text(GOOD * 10, max_bytes=100)
    assert_error(ei, "<string>", "too large")


def test_article_from_text_wrong_type():
    with pytest.raises(ArticleError) as ei:
        article_from_text(123)  # type: ignore[arg-type]
    assert_error(ei, "<string>", "str")


# -------------------------------------------------------------- load_article


def test_load_article_text_vs_path(tmp_path, monkeypatch):
    f = write(tmp_path / "x.txt", GOOD)
    assert load_article(f).path == str(f)
    assert load_article(str(f), doc_id="y").doc_id == "y"
    art = load_article(GOOD)
    assert art.path is None and art.doc_id == "text"
    # single line with spaces that is not a path -> text
    line = "Rutte said the alliance will stand with Ukraine."
    assert load_article(line).text == line
    # long single line -> text
    long_line = " ".join([GOOD.strip()] * 3)
    assert len(long_line) > 255
    assert load_article(long_line, doc_id="z").doc_id == "z"


@pytest.mark.parametrize("src", ["missing.txt", "data/missing.txt", "no_such_thing", "my article.txt"])
def test_load_article_missing_path(tmp_path, monkeypatch, src):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ArticleError) as ei:
        load_article(src)
    assert_error(ei, src, "no such file")


def test_load_article_missing_path_object(tmp_path):
    with pytest.raises(ArticleError) as ei:
        load_article(tmp_path / "gone with space.txt")
    assert_error(ei, "gone with space.txt", "no such file")


def test_load_article_wrong_type():
    with pytest.raises(TypeError):
        load_article(42)  # type: ignore[arg-type]


# -------------------------------------------------------------- discovery


def test_find_folder_sorted_non_recursive(tmp_path):
    for name in ["c.txt", "a.txt", "b.TXT", "notes.md"]:
        write(tmp_path / name, GOOD)
    sub = tmp_path / "sub"
    sub.mkdir()
    write(sub / "deep.txt", GOOD)
    names = [f.name for f in find_article_files(tmp_path)]
    assert names == ["a.txt", "b.TXT", "c.txt"]


def test_find_glob(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    for name in ["b.txt", "a.txt", "x.md"]:
        write(data / name, GOOD)
    monkeypatch.chdir(tmp_path)
    files = find_article_files("data/*.txt")
    assert [f.name for f in files] == ["a.txt", "b.txt"]
    # absolute pattern, list of sources, duplicates removed
    files = find_article_files([str(data / "*.txt"), data / "a.txt"])
    assert [f.name for f in files] == ["a.txt", "b.txt"]


def test_find_errors_name_source(tmp_path):
    with pytest.raises(ArticleError) as ei:
        find_article_files(tmp_path / "absent.txt")
    assert_error(ei, "absent.txt", "no such file")
    with pytest.raises(ArticleError) as ei:
        find_article_files(str(tmp_path / "nomatch_*.txt"))
    assert_error(ei, "nomatch_*.txt", "no files match")
    empty = tmp_path / "emptydir"
    empty.mkdir()
    write(empty / "readme.md", "hi")
    with pytest.raises(ArticleError) as ei:
        find_article_files(empty)
    assert_error(ei, "emptydir", "no .txt")


def test_iter_articles_good_and_bad(tmp_path):
    write(tmp_path / "good.txt", GOOD)
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "german.txt", GERMAN)
    write(tmp_path / "latin.txt", "Caf\xe9 ".encode("latin-1") * 30)
    write(tmp_path / "page.txt", HTML_DOC)
    write(tmp_path / "zero.txt", b"\x00\x01\x02" * 50)
    items = list(iter_articles(tmp_path))
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, ArticleError)]
    assert [a.doc_id for a in arts] == ["good"]
    assert sorted(pathlib.Path(e.path).name for e in errs) == [
        "empty.txt", "german.txt", "latin.txt", "page.txt", "zero.txt",
    ]
    for e in errs:
        assert pathlib.Path(e.path).name in str(e)


def test_iter_articles_missing_source_does_not_stop(tmp_path):
    write(tmp_path / "ok.txt", GOOD)
    items = list(iter_articles([tmp_path / "missing.txt", tmp_path / "ok.txt"]))
    assert isinstance(items[0], ArticleError) and "missing.txt" in str(items[0])
    assert isinstance(items[1], Article) and items[1].doc_id == "ok"


def test_iter_articles_deleted_after_listing(tmp_path, monkeypatch):
    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / "b.txt", GOOD)
    real_find = aio._find_one

    def find_then_delete(source):
        files = real_find(source)
        (tmp_path / "a.txt").unlink()
        return files

    monkeypatch.setattr(aio, "_find_one", find_then_delete)
    items = list(iter_articles(tmp_path))
    assert isinstance(items[0], ArticleError) and "a.txt" in str(items[0])
    assert isinstance(items[1], Article) and items[1].doc_id == "b"


def test_iter_articles_doc_id_collisions(tmp_path):
    for folder in ["one", "two", "three"]:
        (tmp_path / folder).mkdir()
        write(tmp_path / folder / "story.txt", GOOD)
    write(tmp_path / "one" / "story-2.txt", GOOD)
    items = list(
        iter_articles([tmp_path / "one", tmp_path / "two", tmp_path / "three"])
    )
    ids = [a.doc_id for a in items]
    assert ids == ["story-2", "story", "story-3", "story-4"]
    assert len(set(ids)) == len(ids)


# -------------------------------------------------------------- the error type


def test_article_error_attributes_and_pickle():
    err = ArticleError(pathlib.Path("x/y.txt"), "file is empty")
    assert isinstance(err, ValueError)
    assert err.path == "x/y.txt" and err.reason == "file is empty"
    assert str(err) == "x/y.txt: file is empty"
    back = pickle.loads(pickle.dumps(err))
    assert (back.path, back.reason, str(back)) == (err.path, err.reason, str(err))
