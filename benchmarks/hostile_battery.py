"""Hostile-input battery: odd inputs and conditions through the command line and the API.

Usage::

    MPLBACKEND=Agg .venv/bin/python benchmarks/hostile_battery.py [--only SUBSTRING] [--jobs 3]

Builds every input in a temporary folder, runs ``python -m analysis run ...``
(one subprocess per case, with a timeout) or the Python API, and prints one
line per case: ``name  PASS|FAIL  why``. A case passes when the exit code is
the documented one, stderr has no traceback and names the bad file, every
input is either in ``documents`` or in ``failures`` (no silent loss), no
partial or hidden temp file is left, outputs are readable by others (umask
022) and CSV cells are neutralised. Cases that need something the machine
lacks (a non-root user) are printed as SKIP with the reason.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the API cases test this checkout's package, as the CLI cases do
PY = sys.executable
ENGLISH = ("The minister said on Monday that the government would support the plan, and the opposition "
           "criticised it as a waste of money for the people of the country. Angela Merkel met Emmanuel "
           "Macron in Berlin, and Macron said the two leaders agreed on the budget.\n")
SEED = next(iter(sorted((ROOT / "seeds").glob("*.txt"))), None) if (ROOT / "seeds").is_dir() else None
FORMULAS = ["=cmd|' /C calc'!A0", "@SUM(1+1)", "+1", "-2", "=HYPERLINK(\"http://x\")"]

CASES = []


def case(name, *, cli=True):
    def register(fn):
        CASES.append((name, fn, cli))
        return fn
    return register


class Skip(Exception):
    pass


# ---------------------------------------------------------------- helpers
def run_cli(args, *, timeout=120, env=None, preexec=None, cwd=None):
    env = dict(os.environ if env is None else env, MPLBACKEND="Agg", PYTHONWARNINGS="default")
    python = getattr(preexec, "python", PY)  # a non-root run may need a Python outside /root
    env.update(getattr(preexec, "env", {}))
    proc = subprocess.run([python, "-m", "analysis", "run", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env=env, preexec_fn=preexec, cwd=cwd or ROOT,
                          errors="replace")
    return proc.returncode, proc.stdout, proc.stderr


def read_csv(path):
    csv.field_size_limit(sys.maxsize)  # a cell may hold a 200,000-character actor name
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def leftovers(*folders):
    bad = []
    for folder in folders:
        if folder is None or not Path(folder).exists():
            continue
        for p in Path(folder).rglob("*"):
            n = p.name
            if n.startswith(".") or ".tmp" in n or n.endswith(".part") or "staging" in n:
                bad.append(str(p))
    return bad


def unreadable(*folders):
    bad = []
    for folder in folders:
        if folder is None or not Path(folder).exists():
            continue
        for p in Path(folder).rglob("*"):
            if p.is_file() and not p.stat().st_mode & 0o044:
                bad.append(f"{p.name} mode {oct(p.stat().st_mode & 0o777)}")
    return bad


def unneutralised(out):
    bad = []
    for p in Path(out).glob("*.csv"):
        with open(p, newline="", encoding="utf-8") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    if cell[:1] in ("=", "@") or (cell[:1] in "+-" and cell[1:2] and not
                                                  (cell[1:2].isdigit() or cell[1:2] == ".")):
                        bad.append(f"{p.name}: {cell[:30]!r}")
    return bad


def check(tmp, args, *, codes, n_inputs=None, names=(), out=None, figures=None, timeout=120, env=None,
          preexec=None, min_docs=None, stderr_has=()):
    """Run the CLI and apply the generic checks. Returns (ok, why)."""
    out = out or tmp / "out"
    figures = figures or tmp / "fig"
    full = [*args, "--out", out, "--format", "csv"]
    if "--figures" not in map(str, args) and "--no-figures" not in map(str, args):
        full += ["--no-figures"]
    try:
        rc, so, se = run_cli(full, timeout=timeout, env=env, preexec=preexec)
    except subprocess.TimeoutExpired:
        return False, f"timeout after {timeout}s"
    problems = []
    if "Traceback" in se:
        problems.append("traceback in stderr")
    if rc not in codes:
        problems.append(f"exit {rc} not in {codes}: {se.strip()[-200:]!r}")
    for name in names:
        if name not in se:
            problems.append(f"stderr does not name {name!r}: {se.strip()[-200:]!r}")
    for text in stderr_has:
        if text not in se:
            problems.append(f"stderr lacks {text!r}")
    docs = read_csv(Path(out) / "documents.csv")
    fails = read_csv(Path(out) / "failures.csv")
    if n_inputs is not None and rc in (0, 1) and len(docs) + len(fails) != n_inputs:
        problems.append(f"silent loss: {len(docs)} documents + {len(fails)} failures != {n_inputs} inputs")
    if min_docs is not None and len(docs) < min_docs:
        problems.append(f"only {len(docs)} documents analysed, expected >= {min_docs}")
    if lo := leftovers(out, figures):
        problems.append(f"leftover temp files {lo[:3]}")
    if ur := unreadable(out, figures):
        problems.append(f"not readable by others {ur[:3]}")
    if Path(out).exists() and (un := unneutralised(out)):
        problems.append(f"CSV cells not neutralised {un[:3]}")
    return (not problems), "; ".join(problems) or f"exit {rc}"


def write(path, text, encoding="utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding=encoding, newline="")
    return path


def folder_with(tmp, bad_name, bad_bytes):
    d = tmp / "in"
    write(d / "good.txt", ENGLISH)
    p = d / bad_name
    p.write_bytes(bad_bytes)
    return d, p


def bad_file_case(bad_name, bad_bytes):
    """A folder with one good article and one bad file: exit 1, the bad file named, nothing lost."""
    def fn(tmp):
        d, p = folder_with(tmp, bad_name, bad_bytes)
        return check(tmp, [d], codes=(1,), n_inputs=2, names=(p.name,), min_docs=1)
    return fn


def good_file_case(name, data, codes=(0,)):
    def fn(tmp):
        d = tmp / "in"
        d.mkdir()
        (d / name).write_bytes(data)
        return check(tmp, [d], codes=codes, n_inputs=1, min_docs=1)
    return fn


# ---------------------------------------------------------------- bad single files
for _name, _data in [
    ("empty file", b""),
    ("whitespace-only file", b"   \n\n\t  \n"),
    ("binary file", bytes(range(256)) * 20),
    ("NUL bytes in text", (ENGLISH[:100] + "\x00" * 400 + ENGLISH).encode()),
    ("HTML page", b"<!DOCTYPE html><html><head><title>x</title></head><body><div><p>Hello</p>"
                  b"<script>var a=1;</script></div></body></html>" * 20),
    ("German article", ("Die Regierung hat am Montag beschlossen, dass die neue Regelung ab dem kommenden Jahr "
                        "gelten soll. Der Minister sagte, man werde die Kosten fuer die Buerger nicht erhoehen "
                        "und die Wirtschaft staerken. Die Opposition kritisierte den Plan scharf.\n").encode()),
    ("Chinese article", ("中国政府周一宣布，将在明年实施新的经济政策，以促进国内消费和稳定就业。"
                         "官员表示，这项政策将惠及数百万家庭。" * 5).encode()),
    ("Russian article", ("Правительство в понедельник объявило о новых мерах поддержки экономики. "
                         "Министр заявил, что налоги для граждан не будут повышены. " * 4).encode()),
    ("invalid UTF-8 garbage", b"\xff\xfe\xfd" * 300),
    ("lone surrogate bytes (CESU)", ENGLISH.encode() + b"\xed\xa0\x80" + ENGLISH.encode()),
    ("only punctuation", b"!!! ??? ... --- *** " * 50),
    ("only numbers", b"1 2 3 4 5 6 7 8 9 10 " * 50),
    # issue 8: clear errors for UTF-16 and Latin-1 files "must keep holding" (re-encode as UTF-8)
    ("UTF-16 LE with BOM", ENGLISH.encode("utf-16")),
    ("UTF-16 BE with BOM", b"\xfe\xff" + ENGLISH.encode("utf-16-be")),
    ("Latin-1 accents", ("Viktor Orbán met José Martínez in Zürich. " + ENGLISH).encode("latin-1")),
    ("Windows-1252 quotes", ("\u201cWe will win,\u201d said the minister. " + ENGLISH).encode("cp1252")),
]:
    case(f"bad: {_name}")(bad_file_case("bad.txt", _data))

# ---------------------------------------------------------------- good encodings and odd English
for _name, _data in [
    ("UTF-8 BOM + CRLF", b"\xef\xbb\xbf" + ENGLISH.replace("\n", "\r\n").encode()),
    ("old Mac CR line ends", ENGLISH.replace("\n", "\r").encode() * 2),
    ("emoji and RTL text", ("Angela Merkel 🇩🇪 said 👍 the plan works. The Israeli paper wrote "
                            "\u05e9\u05dc\u05d5\u05dd and \u202eevil\u202c. " + ENGLISH).encode()),
    ("tabs and form feeds", ("\t" + ENGLISH.replace(" ", "\t", 5) + "\f" + ENGLISH).encode()),
    ("sports results (English)", ("Premier League results on Saturday:\nArsenal 2 Chelsea 1\nLiverpool 3 "
                                  "Everton 0\nManchester United 1 Tottenham 1\nLeeds 0 Newcastle 4\n"
                                  "Aston Villa 2 Wolves 2\nLeading scorers: Kane 12, Salah 11, Haaland 10.\n"
                                  ).encode()),
    ("market table (English)", ("LONDON, March 3 - Closing prices:\nFTSE 100 7,512.3 +0.4 pct\nDAX 15,201.8 "
                                "-0.2 pct\nCAC 40 7,011.2 +0.1 pct\nBrent crude $82.14 -1.2 pct\nGold $1,843 "
                                "+0.3 pct\nEUR/USD 1.0712\nSource: Reuters\n").encode()),
    ("short English (one line)", b"Shares of Acme Corp rose 3 pct on Tuesday.\n"),
    ("all-caps English", ENGLISH.upper().encode()),
    ("formula-like text", ("=cmd|' /C calc'!A0\n@SUM(1+1) is what the minister wrote.\n+1 said the "
                           "spokesman.\n-2 percent, said Angela Merkel. \"=HYPERLINK(\\\"x\\\") is fine,\" "
                           "Merkel said. " + ENGLISH).encode()),
    ("NFD accents", ("Viktor Orba\u0301n met Angela Merkel. Orba\u0301n said he would stay. " + ENGLISH
                     ).encode()),
    ("zero-width and soft hyphen", ("Viktor Or\u200bbán met Ange\u00adla Merkel. Orbán said he would stay. "
                                    + ENGLISH).encode()),
    ("one very long word", ("x" * 20000 + " " + ENGLISH).encode()),
]:
    case(f"good: {_name}")(good_file_case("article.txt", _data))


@case("good: 120 KB single paragraph finishes")
def _(tmp):
    text = ENGLISH.replace("\n", " ")
    p = write(tmp / "in" / "long.txt", (text * (120_000 // len(text) + 1))[:120_000].rsplit(" ", 1)[0] + ".\n")
    t = time.perf_counter()
    ok, why = check(tmp, [p], codes=(0,), n_inputs=1, min_docs=1, timeout=180)
    return ok, f"{why} ({time.perf_counter() - t:.0f}s)"


@case("bad: file over the size limit")
def _(tmp):
    d = tmp / "in"
    write(d / "good.txt", ENGLISH)
    with open(d / "huge.txt", "wb") as fh:
        fh.truncate(6_000_000)
    (d / "huge.txt").write_bytes(ENGLISH.encode() * (6_000_000 // len(ENGLISH) + 1))
    return check(tmp, [d], codes=(1,), n_inputs=2, names=("huge.txt",), min_docs=1, timeout=60)


# ---------------------------------------------------------------- special files and names
@case("FIFO as PATH does not hang")
def _(tmp):
    d = tmp / "in"
    d.mkdir()
    os.mkfifo(d / "pipe.txt")
    return check(tmp, [d / "pipe.txt"], codes=(2, 3), names=("pipe.txt",), timeout=60)


@case("FIFO inside a folder")
def _(tmp):
    d = tmp / "in"
    write(d / "good.txt", ENGLISH)
    os.mkfifo(d / "pipe.txt")
    return check(tmp, [d], codes=(1,), n_inputs=2, names=("pipe.txt",), min_docs=1, timeout=60)


@case("/dev/zero as PATH")
def _(tmp):
    return check(tmp, ["/dev/zero"], codes=(2, 3), names=("/dev/zero",), timeout=90)


@case("dangling symlink in a folder")
def _(tmp):
    d = tmp / "in"
    write(d / "good.txt", ENGLISH)
    (d / "gone.txt").symlink_to(tmp / "nowhere.txt")
    return check(tmp, [d], codes=(1,), n_inputs=2, names=("gone.txt",), min_docs=1)


@case("looping symlink in a folder")
def _(tmp):
    d = tmp / "in"
    write(d / "good.txt", ENGLISH)
    (d / "a.txt").symlink_to(d / "b.txt")
    (d / "b.txt").symlink_to(d / "a.txt")
    ok, why = check(tmp, [d], codes=(1,), n_inputs=3, names=("a.txt", "b.txt"), min_docs=1)
    return ok, why


@case("looping symlink as PATH says loop")
def _(tmp):
    (tmp / "a.txt").symlink_to(tmp / "b.txt")
    (tmp / "b.txt").symlink_to(tmp / "a.txt")
    rc, so, se = run_cli([tmp / "a.txt", "--out", tmp / "out", "--no-figures"])
    ok = rc in (2, 3) and "Traceback" not in se and "no such file" not in se.lower() and "a.txt" in se
    return ok, f"exit {rc}: {se.strip()[-150:]!r}"


@case("good symlink to an article")
def _(tmp):
    write(tmp / "real" / "x.txt", ENGLISH)
    d = tmp / "in"
    d.mkdir()
    (d / "link.txt").symlink_to(tmp / "real" / "x.txt")
    return check(tmp, [d], codes=(0,), n_inputs=1, min_docs=1)


@case("missing PATH")
def _(tmp):
    return check(tmp, [tmp / "does-not-exist.txt"], codes=(2, 3), names=("does-not-exist.txt",))


@case("folder with no .txt")
def _(tmp):
    d = tmp / "in"
    write(d / "notes.md", ENGLISH)
    return check(tmp, [d], codes=(2, 3), names=("in",))


@case("empty folder")
def _(tmp):
    (tmp / "in").mkdir()
    return check(tmp, [tmp / "in"], codes=(2, 3), names=("in",))


@case("unreadable file (non-root)")
def _(tmp):
    runner = _non_root()
    d = tmp / "in"
    write(d / "good.txt", ENGLISH)
    write(d / "secret.txt", ENGLISH).chmod(0)
    _open_up(tmp)
    return check(tmp, [d], codes=(1,), n_inputs=2, names=("secret.txt",), min_docs=1, preexec=runner)


@case("file name with a newline")
def _(tmp):
    d = tmp / "in"
    write(d / "good.txt", ENGLISH)
    write(d / "bad\nname.txt", "")
    ok, why = check(tmp, [d], codes=(1,), n_inputs=2, min_docs=1)
    rc, so, se = run_cli([d, "--out", tmp / "out2", "--no-figures"])
    skipped = [line for line in se.splitlines() if line.startswith("skipped")]
    if not any("name" in line and "bad" in line for line in skipped):
        ok, why = False, f"{why}; one-line error split: {se!r}"[:300]
    return ok, why


@case("long path (> 255 chars)")
def _(tmp):
    d = tmp / "in"
    for i in range(4):
        d = d / ("d" * 60 + str(i))
    p = write(d / ("a" * 200 + ".txt"), ENGLISH)
    return check(tmp, [p], codes=(0,), n_inputs=1, min_docs=1)


@case("NFD and NFC file names")
def _(tmp):
    d = tmp / "in"
    write(d / "Orba\u0301n.txt", ENGLISH)
    write(d / "Orb\u00e1n.txt", ENGLISH.replace("Monday", "Tuesday"))
    return check(tmp, [d], codes=(0,), n_inputs=2, min_docs=2)


@case("zero-width and soft hyphen in file name")
def _(tmp):
    d = tmp / "in"
    write(d / "a\u200bb.txt", ENGLISH)
    write(d / "a\u00adb.txt", ENGLISH.replace("Monday", "Friday"))
    write(d / "ab.txt", ENGLISH.replace("Monday", "Sunday"))
    return check(tmp, [d], codes=(0,), n_inputs=3, min_docs=3)


@case("names colliding after sanitising, figures unique")
def _(tmp):
    d = tmp / "in"
    write(d / "my article.txt", ENGLISH)
    write(d / "my_article.txt", ENGLISH.replace("Monday", "Friday"))
    ok, why = check(tmp, [d, "--per-article-figures", "--figures", tmp / "fig", "--figure-format", "png"],
                    codes=(0,), n_inputs=2, min_docs=2, timeout=240)
    subdirs = [p for p in (tmp / "fig").iterdir() if p.is_dir()] if (tmp / "fig").exists() else []
    if len(subdirs) < 2:
        ok, why = False, f"{why}; per-article figure folders collide: {[p.name for p in subdirs]}"
    return ok, why


@case("non-ASCII file name readable in figures")
def _(tmp):
    d = tmp / "in"
    write(d / "Orbán 日本.txt", ENGLISH)
    ok, why = check(tmp, [d, "--per-article-figures", "--figures", tmp / "fig", "--figure-format", "png"],
                    codes=(0,), n_inputs=1, min_docs=1, timeout=240)
    names = [p.name for p in (tmp / "fig").rglob("*")] if (tmp / "fig").exists() else []
    if not any("Orbán" in n or "Orb\u00e1n" in n for n in names):
        ok, why = False, f"{why}; non-ASCII name mangled: {names[:4]}"
    return ok, why


@case("duplicate doc ids from two folders")
def _(tmp):
    write(tmp / "a" / "x.txt", ENGLISH)
    write(tmp / "b" / "x.txt", ENGLISH.replace("Monday", "Friday"))
    ok, why = check(tmp, [tmp / "a", tmp / "b"], codes=(0,), n_inputs=2, min_docs=2)
    ids = [r["doc_id"] for r in read_csv(tmp / "out" / "documents.csv")]
    if len(set(ids)) != len(ids):
        ok, why = False, f"{why}; duplicate doc_id {ids}"
    return ok, why


@case("same file given twice")
def _(tmp):
    p = write(tmp / "in" / "x.txt", ENGLISH)
    rc, so, se = run_cli([p, p, "--out", tmp / "out", "--format", "csv", "--no-figures"])
    docs = read_csv(tmp / "out" / "documents.csv")
    fails = read_csv(tmp / "out" / "failures.csv")
    ok = rc in (0, 1) and "Traceback" not in se and len(docs) >= 1 and len(docs) + len(fails) in (1, 2)
    return ok, f"exit {rc}, {len(docs)} docs, {len(fails)} failures"


# ---------------------------------------------------------------- table inputs
def table_case(name, filename, content, *, codes, n, names=(), min_docs=1):
    def fn(tmp):
        p = tmp / "in" / filename
        p.parent.mkdir(parents=True, exist_ok=True)
        if callable(content):
            content(p)
        else:
            p.write_bytes(content if isinstance(content, bytes) else content.encode())
        return check(tmp, [p], codes=codes, n_inputs=n, names=names, min_docs=min_docs)
    case(name)(fn)


def _jl(rows):
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows)


table_case("JSONL duplicate doc_ids", "a.jsonl", _jl([{"doc_id": "x", "text": ENGLISH},
                                                     {"doc_id": "x", "text": ENGLISH.replace("Monday", "Friday")}]),
           codes=(0, 1), n=2)
table_case("JSONL row without text", "a.jsonl", _jl([{"doc_id": "ok", "text": ENGLISH}, {"doc_id": "no"}]),
           codes=(1,), n=2, names=("a.jsonl",))
table_case("JSONL text null / number", "a.jsonl", _jl([{"doc_id": "ok", "text": ENGLISH},
                                                       {"doc_id": "n", "text": None}, {"doc_id": "m", "text": 5}]),
           codes=(1,), n=3, names=("a.jsonl",))
table_case("JSONL malformed line", "a.jsonl", _jl([{"doc_id": "ok", "text": ENGLISH}, "{not json",
                                                   {"doc_id": "ok2", "text": ENGLISH.replace("Monday", "Friday")}]),
           codes=(1,), n=3, names=("a.jsonl",), min_docs=2)
table_case("JSONL bad dates", "a.jsonl", _jl([{"doc_id": "d1", "text": ENGLISH, "date": "not a date"},
                                              {"doc_id": "d2", "text": ENGLISH.replace("Monday", "Friday"),
                                               "date": "2024-13-45"},
                                              {"doc_id": "d3", "text": ENGLISH.replace("Monday", "Sunday"),
                                               "date": 12345}]),
           codes=(0, 1), n=3, min_docs=3)
table_case("JSONL non-English rows", "a.jsonl", _jl([{"doc_id": "en", "text": ENGLISH},
                                                     {"doc_id": "de", "text": "Die Regierung hat am Montag "
                                                      "beschlossen, dass die neue Regelung ab dem kommenden Jahr "
                                                      "gelten soll und die Kosten nicht steigen."}]),
           codes=(1,), n=2, names=("a.jsonl",))
table_case("JSONL emoji / RTL / formula text", "a.jsonl",
           _jl([{"doc_id": "=cmd|' /C calc'!A0", "title": "@SUM(A1)", "text": "=cmd|' /C calc'!A0 said Angela "
                 "Merkel 👍 \u05e9\u05dc\u05d5\u05dd. " + ENGLISH}]), codes=(0,), n=1)
table_case("JSONL empty file", "a.jsonl", b"", codes=(2, 3), n=None, names=("a.jsonl",), min_docs=0)
table_case("JSONL a list not objects", "a.jsonl", "[1, 2, 3]\n\"text\"\n", codes=(2, 3), n=None,
           names=("a.jsonl",), min_docs=0)
table_case("CSV odd quoting", "a.csv", 'doc_id,text\n"q1","He said ""hello"", then left. ' + ENGLISH.strip()
           + '"\n"q2","Line one\nline two, with, commas. ' + ENGLISH.strip() + '"\n', codes=(0,), n=2, min_docs=2)
table_case("CSV unbalanced quote", "a.csv", 'doc_id,text\nq1,"' + ENGLISH.strip() + '\nq2,plain\n',
           codes=(0, 1, 2, 3), n=None, names=("a.csv",), min_docs=0)
table_case("CSV without text column", "a.csv", "doc_id,body\n1,hello\n", codes=(2, 3), n=None,
           names=("a.csv",), min_docs=0)
table_case("CSV Latin-1", "a.csv", ("doc_id,text\nx,\"Viktor Orbán said " + ENGLISH.strip() + "\"\n"
                                    ).encode("latin-1"), codes=(0, 1, 2, 3), n=None, names=(), min_docs=0)


def _parquet_no_text(p):
    import pandas as pd
    pd.DataFrame({"doc_id": ["a"], "body": [ENGLISH]}).to_parquet(p)


def _parquet_good(p):
    import pandas as pd
    pd.DataFrame({"doc_id": ["a", "b"], "text": [ENGLISH, None]}).to_parquet(p)


table_case("Parquet without text column", "a.parquet", _parquet_no_text, codes=(2, 3), n=None,
           names=("a.parquet",), min_docs=0)
table_case("Parquet null text row", "a.parquet", _parquet_good, codes=(1,), n=2, names=("a.parquet",))
table_case("Parquet that is not Parquet", "a.parquet", b"PAR1garbage", codes=(2, 3), n=None,
           names=("a.parquet",), min_docs=0)


# ---------------------------------------------------------------- actor tables
def actors_case(name, content, *, codes, names=("actors.csv",), once=True):
    def fn(tmp):
        d = tmp / "in"
        for i in range(3):
            write(d / f"a{i}.txt", ENGLISH.replace("Monday", ["Monday", "Friday", "Sunday"][i]))
        a = tmp / "actors.csv"
        if content is not None:
            a.write_bytes(content if isinstance(content, bytes) else content.encode())
        ok, why = check(tmp, [d, "--actors", a], codes=codes, n_inputs=3, names=names, min_docs=0)
        rc, so, se = run_cli([d, "--actors", a, "--out", tmp / "out2", "--no-figures"])
        if once and se.count("actors.csv") > 1:
            ok, why = False, f"{why}; CSV error repeated {se.count('actors.csv')}x"
        return ok, why
    case(f"--actors {name}")(fn)


actors_case("missing file", None, codes=(3,))
actors_case("empty file", b"", codes=(3,))
actors_case("missing columns", "name,other\nA,B\n", codes=(3,))
actors_case("malformed CSV", b"actor,alias\n\"Merkel,\"x\n\xff\xfe\x00", codes=(3,))


@case("--actors is a folder")
def _(tmp):
    write(tmp / "in" / "a.txt", ENGLISH)
    (tmp / "actors.csv").mkdir()
    return check(tmp, [tmp / "in", "--actors", tmp / "actors.csv"], codes=(3,), names=("actors.csv",))


def _special(tmp, name, kind):
    path = tmp / name
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        path.symlink_to("/dev/zero")
    else:
        path.symlink_to(path)
    return path


for _option in ("--actors", "--meta"):
    for _kind in ("fifo", "device", "loop"):
        @case(f"{_option} is a {_kind} (no hang, no memory blow-up)")
        def _(tmp, option=_option, kind=_kind):
            write(tmp / "in" / "a.txt", ENGLISH)
            side = _special(tmp, "side.csv", kind)
            ok, why = check(tmp, [tmp / "in", option, side], codes=(3,), names=("side.csv",), timeout=60)
            return ok and not (tmp / "out").exists(), why


@case("JSONL input that is a FIFO or /dev/zero")
def _(tmp):
    write(tmp / "in" / "a.txt", ENGLISH)
    pipe, zero = _special(tmp, "pipe.jsonl", "fifo"), _special(tmp, "zero.jsonl", "device")
    return check(tmp, [tmp / "in" / "a.txt", pipe, zero], codes=(1,), n_inputs=3,
                 names=("pipe.jsonl", "zero.jsonl"), min_docs=1, timeout=60)


for _kind in ("looping", "broken"):
    @case(f"--out and --figures are {_kind} symlinks")
    def _(tmp, kind=_kind):
        write(tmp / "in" / "a.txt", ENGLISH)
        results = []
        for option in ("--out", "--figures"):
            link = tmp / f"link{option}"
            if kind == "looping":
                link.symlink_to(link)
            else:
                link.symlink_to(tmp / f"gone{option}" / "dir")
            args = [tmp / "in", "--out", tmp / "out", "--figures", tmp / "fig", option, link]
            rc, so, se = run_cli(args)
            created = [p.name for p in tmp.iterdir() if p.name not in ("in", link.name) and "link" not in p.name]
            results.append((rc == 3 and "Traceback" not in se and "symbolic link" in se and link.name in se
                            and not created, f"{option}: exit {rc}, created {created}: {se.strip()[-120:]!r}"))
        return all(r[0] for r in results), "; ".join(r[1] for r in results)


@case("--actors long names")
def _(tmp):
    write(tmp / "in" / "a.txt", ENGLISH)
    long = "Angela Merkel " + "X" * 200_000
    (tmp / "actors.csv").write_text(f"actor,alias\n\"{long}\",Merkel\n\"{long}2\",Macron\n", encoding="utf-8")
    return check(tmp, [tmp / "in", "--actors", tmp / "actors.csv", "--figures", tmp / "fig",
                       "--figure-format", "png"], codes=(0,), n_inputs=1, min_docs=1, timeout=240)


@case("--actors formula names")
def _(tmp):
    write(tmp / "in" / "a.txt", ENGLISH)
    (tmp / "actors.csv").write_text("actor,alias\n\"=HYPERLINK(\"\"http://x\"\")\",Merkel\n@evil,Macron\n",
                                    encoding="utf-8")
    return check(tmp, [tmp / "in", "--actors", tmp / "actors.csv"], codes=(0,), n_inputs=1, min_docs=1)


@case("--actors unicode and BOM")
def _(tmp):
    write(tmp / "in" / "a.txt", "Viktor Orbán met Angela Merkel. " + ENGLISH)
    (tmp / "actors.csv").write_bytes("\ufeffactor,alias\nViktor Orbán,Orba\u0301n\n".encode())
    return check(tmp, [tmp / "in", "--actors", tmp / "actors.csv"], codes=(0,), n_inputs=1, min_docs=1)


# ---------------------------------------------------------------- output side
@case("--out is an existing file")
def _(tmp):
    write(tmp / "in" / "a.txt", ENGLISH)
    write(tmp / "out", "x")
    rc, so, se = run_cli([tmp / "in", "--out", tmp / "out", "--no-figures"])
    return rc == 3 and "Traceback" not in se and "out" in se, f"exit {rc}: {se.strip()[-150:]!r}"


@case("--figures is an existing file")
def _(tmp):
    write(tmp / "in" / "a.txt", ENGLISH)
    write(tmp / "fig", "x")
    rc, so, se = run_cli([tmp / "in", "--out", tmp / "out", "--figures", tmp / "fig"])
    return rc == 3 and "Traceback" not in se and "fig" in se, f"exit {rc}: {se.strip()[-150:]!r}"


@case("--out is a non-empty foreign folder")
def _(tmp):
    write(tmp / "in" / "a.txt", ENGLISH)
    write(tmp / "out" / "thesis.docx", "precious")
    rc, so, se = run_cli([tmp / "in", "--out", tmp / "out", "--no-figures"])
    ok = "Traceback" not in se and (tmp / "out" / "thesis.docx").read_text() == "precious"
    return ok, f"exit {rc}: {se.strip()[-150:]!r}"


def _non_root():
    if os.geteuid() != 0:
        return None
    import pwd
    for user in ("nobody", "daemon"):
        try:
            pw = pwd.getpwnam(user)
            break
        except KeyError:
            continue
    else:
        raise Skip("running as root and no 'nobody' user to drop to")
    def blocked(path):
        return next((f for f in Path(path).parents if not os.stat(f).st_mode & 0o001), None)

    def drop():
        os.setgroups([])
        os.setgid(pw.pw_gid)
        os.setuid(pw.pw_uid)

    python = PY
    if blocked(PY) or blocked(os.path.realpath(PY)):
        # the venv's interpreter lives under /root: run the same Python version from the system with
        # this checkout and the venv's site-packages on the path (the packages are pure files)
        import sysconfig
        version = f"python{sys.version_info.major}.{sys.version_info.minor}"
        python = next((c for c in (f"/usr/bin/{version}", f"/usr/local/bin/{version}")
                       if os.path.exists(c) and not blocked(os.path.realpath(c))), None)
        site = sysconfig.get_paths()["purelib"]
        if python is None or blocked(site):
            raise Skip(f"running as root; {blocked(os.path.realpath(PY))} (on the way to Python) is not "
                       f"searchable by '{user}' and no system {version} to use instead")
        drop.env = {"PYTHONPATH": os.pathsep.join([str(ROOT), site]), "HOME": tempfile.gettempdir()}
    if blocked(ROOT / "analysis" / "__init__.py"):
        raise Skip(f"running as root; {blocked(ROOT / 'analysis' / '__init__.py')} is not searchable by '{user}'")
    drop.python = python
    return drop


def _open_up(tmp):
    for p in [tmp, *tmp.rglob("*")]:
        if p.is_dir() and not p.is_symlink():
            p.chmod(0o777)
    t = tmp
    while t != t.parent:
        t = t.parent
        if not os.stat(t).st_mode & 0o001:
            raise Skip(f"{t} is not searchable by other users")


@case("--out not writable (non-root)")
def _(tmp):
    drop = _non_root()
    write(tmp / "in" / "a.txt", ENGLISH)
    (tmp / "ro").mkdir()
    _open_up(tmp)
    (tmp / "ro").chmod(0o555)
    rc, so, se = run_cli([tmp / "in", "--out", tmp / "ro" / "out", "--no-figures"], preexec=drop)
    return rc == 3 and "Traceback" not in se and "ro" in se, f"exit {rc}: {se.strip()[-150:]!r}"


@case("--figures not writable (non-root)")
def _(tmp):
    drop = _non_root()
    write(tmp / "in" / "a.txt", ENGLISH)
    (tmp / "ro").mkdir()
    _open_up(tmp)
    (tmp / "ro").chmod(0o555)
    rc, so, se = run_cli([tmp / "in", "--out", tmp / "out", "--figures", tmp / "ro" / "fig"], preexec=drop)
    return rc == 3 and "Traceback" not in se, f"exit {rc}: {se.strip()[-150:]!r}"


def _fsize(limit):
    def set_limit():
        import resource
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    return set_limit


@case("file-size limit hit writing tables")
def _(tmp):
    write(tmp / "in" / "a.txt", ENGLISH * 20)
    rc, so, se = run_cli([tmp / "in", "--out", tmp / "out", "--no-figures"], preexec=_fsize(2000))
    lo = leftovers(tmp / "out")
    ok = rc == 3 and "Traceback" not in se and not lo
    return ok, f"exit {rc}, leftovers {lo[:2]}: {se.strip()[-150:]!r}"


@case("file-size limit hit writing figures")
def _(tmp):
    write(tmp / "in" / "a.txt", ENGLISH * 20)
    rc, so, se = run_cli([tmp / "in", "--out", tmp / "out", "--figures", tmp / "fig", "--figure-format", "png"],
                         preexec=_fsize(60_000))
    lo = leftovers(tmp / "fig", tmp / "out")
    ok = rc in (3,) and "Traceback" not in se and not lo
    return ok, f"exit {rc}, leftovers {lo[:2]}: {se.strip()[-150:]!r}"


def _default_sigint():
    # a background shell job starts with SIGINT ignored, and Python would keep ignoring it
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _staged(tmp):
    """A chunk's part file is in the run's staging folder (``.out.partial-PID`` beside ``out``)."""
    return any(tmp.glob(".out.partial-*/*.parquet/part-*"))


def _signal_run(tmp, sig, *, figures, after):
    d = tmp / "in"
    for i in range(8):
        write(d / f"a{i}.txt", (ENGLISH + f"Story number {i}. ") * 30)
    args = [PY, "-m", "analysis", "run", d, "--out", tmp / "out", "--chunk-size", "1", "--no-progress"]
    args += ["--figures", tmp / "fig", "--figure-format", "png,svg,pdf"] if figures else ["--no-figures"]
    env = dict(os.environ, MPLBACKEND="Agg")
    proc = subprocess.Popen(list(map(str, args)), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT, preexec_fn=_default_sigint)
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        if after(tmp):
            break
        time.sleep(0.05)
    if proc.poll() is None:
        proc.send_signal(sig)
    so, se = proc.communicate(timeout=60)
    return proc.returncode, se


@case("SIGINT mid-run")
def _(tmp):
    rc, se = _signal_run(tmp, signal.SIGINT, figures=False, after=_staged)
    lo = leftovers(tmp / "out")
    ok = rc == 130 and "Traceback" not in se and len(se.strip().splitlines()) <= 3 and not lo
    return ok, f"exit {rc}, leftovers {lo[:2]}: {se.strip()[-200:]!r}"


@case("SIGINT during figure export")
def _(tmp):
    rc, se = _signal_run(tmp, signal.SIGINT, figures=True,
                         after=lambda t: (t / "fig").exists() and any((t / "fig").iterdir()))
    lo = leftovers(tmp / "out", tmp / "fig")
    ok = rc in (130, 0) and "Traceback" not in se and len(se.strip().splitlines()) <= 3 and not lo
    return ok, f"exit {rc}, leftovers {lo[:2]}: {se.strip()[-200:]!r}"


@case("SIGKILL mid-figure-export then rerun")
def _(tmp):
    rc, se = _signal_run(tmp, signal.SIGKILL, figures=True,
                         after=lambda t: (t / "fig").exists() and any((t / "fig").iterdir()))
    rc2, so2, se2 = run_cli([tmp / "in", "--out", tmp / "out", "--figures", tmp / "fig",
                             "--figure-format", "png"])
    lo = leftovers(tmp / "out", tmp / "fig")
    ok = rc2 == 0 and "Traceback" not in se2 and not lo
    return ok, f"kill exit {rc}, rerun exit {rc2}, leftovers {lo[:2]}"


@case("SIGKILL mid-tables then rerun")
def _(tmp):
    rc, se = _signal_run(tmp, signal.SIGKILL, figures=False, after=_staged)
    rc2, so2, se2 = run_cli([tmp / "in", "--out", tmp / "out", "--no-figures"])
    lo = leftovers(tmp / "out")
    return rc2 == 0 and "Traceback" not in se2 and not lo, f"rerun exit {rc2}, leftovers {lo[:2]}"


@case("file vanishing mid-run")
def _(tmp):
    d = tmp / "in"
    for i in range(6):
        write(d / f"a{i}.txt", (ENGLISH + f"Story {i}. ") * 20)
    args = [PY, "-m", "analysis", "run", d, "--out", tmp / "out", "--chunk-size", "1", "--no-figures",
            "--format", "csv"]
    proc = subprocess.Popen(list(map(str, args)), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, MPLBACKEND="Agg"), cwd=ROOT)
    time.sleep(0.5)
    (d / "a5.txt").unlink()
    so, se = proc.communicate(timeout=180)
    docs = read_csv(tmp / "out" / "documents.csv")
    fails = read_csv(tmp / "out" / "failures.csv")
    ok = proc.returncode in (0, 1) and "Traceback" not in se and len(docs) + len(fails) in (5, 6) \
        and len(docs) >= 5
    return ok, f"exit {proc.returncode}, {len(docs)} docs + {len(fails)} failures"


@case("rerun is byte-identical")
def _(tmp):
    write(tmp / "in" / "a.txt", ENGLISH)
    run_cli([tmp / "in", "--out", tmp / "o1", "--no-figures", "--format", "csv"])
    run_cli([tmp / "in", "--out", tmp / "o2", "--no-figures", "--format", "csv"])
    diff = [p.name for p in (tmp / "o1").glob("*.csv")
            if p.read_bytes() != (tmp / "o2" / p.name).read_bytes()]
    return not diff, f"differs: {diff}" if diff else "identical"


@case("umask 077 is respected, 022 gives readable files")
def _(tmp):
    write(tmp / "in" / "a.txt", ENGLISH)
    old = os.umask(0o022)
    try:
        run_cli([tmp / "in", "--out", tmp / "out", "--figures", tmp / "fig", "--figure-format", "png"])
    finally:
        os.umask(old)
    ur = unreadable(tmp / "out", tmp / "fig")
    return not ur, f"unreadable {ur[:3]}" if ur else "all readable"


@case("usage: bad option values")
def _(tmp):
    write(tmp / "in" / "a.txt", ENGLISH)
    results = []
    for extra in (["--jobs", "0"], ["--dpi", "1e9"], ["--figure-format", "exe"], ["--chunk-size", "-1"],
                  ["--format", "xlsx"]):
        rc, so, se = run_cli([tmp / "in", "--out", tmp / "out", *extra])
        results.append((extra[0], rc, "Traceback" in se))
    ok = all(rc == 3 and not tb for _, rc, tb in results)
    return ok, str([r for r in results if r[1] != 3 or r[2]])


@case("workers die with their parent")
def _(tmp):
    d = tmp / "in"
    for i in range(6):
        write(d / f"a{i}.txt", (ENGLISH + f"Story {i}. ") * 30)
    args = [PY, "-m", "analysis", "run", d, "--out", tmp / "out", "--jobs", "2", "--chunk-size", "1",
            "--no-figures"]
    proc = subprocess.Popen(list(map(str, args)), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=dict(os.environ, MPLBACKEND="Agg"), cwd=ROOT, start_new_session=True)
    time.sleep(8)

    def children(pid):
        out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
        return [int(x) for x in out]
    kids = children(proc.pid)
    proc.kill()
    proc.wait()
    time.sleep(4)
    alive = [k for k in kids if Path(f"/proc/{k}").exists() and
             "analysis" in Path(f"/proc/{k}/cmdline").read_bytes().decode(errors="replace")]
    for k in alive:
        os.kill(k, signal.SIGKILL)
    return not alive, f"{len(kids)} children, alive after kill: {alive}"


# ---------------------------------------------------------------- Python API
def _text(result):
    """The article text of a one-document result (``Analysis.texts`` maps doc_id to text)."""
    return "".join(result.texts.values())


def api(fn):
    return case(fn.__name__.replace("_", " ").strip(), cli=False)(fn)


@api
def api_analyze_text_lone_surrogate(tmp):
    import analysis
    try:
        analysis.analyze_text("Angela Merkel said \ud800 hello. " + ENGLISH)
    except analysis.ArticleError:
        return True, "ArticleError"
    return True, "analysed"


@api
def api_analyze_path_with_newline(tmp):
    import analysis
    p = write(tmp / "a\nb.txt", ENGLISH)
    r = analysis.analyze(p)
    r2 = analysis.analyze(str(p))
    ok = str(p) not in _text(r) and str(p) not in _text(r2) and "minister" in _text(r2)
    return ok, "read the file" if ok else "analysed the path string"


@api
def api_analyze_long_path(tmp):
    import analysis
    d = tmp
    for i in range(4):
        d = d / ("d" * 60 + str(i))
    p = write(d / "x.txt", ENGLISH)
    r = analysis.analyze(str(p))
    ok = "minister" in _text(r) and str(p) not in _text(r)
    return ok, "read the file" if ok else "analysed the path string"


@api
def api_analyze_missing_long_string(tmp):
    import analysis
    try:
        r = analysis.analyze("/no/such/" + "x" * 300 + ".txt")
    except (analysis.ArticleError, FileNotFoundError, OSError) as exc:
        return True, type(exc).__name__
    return True, f"analysed as text ({len(_text(r))} chars)"


@api
def api_analyze_empty_and_binary(tmp):
    import analysis
    bad = []
    for text in ["", "   ", "\x00" * 50, "<html><body><p>x</p></body></html>" * 10]:
        try:
            analysis.analyze_text(text)
            bad.append(repr(text[:10]))
        except analysis.ArticleError:
            pass
    return not bad, f"accepted {bad}" if bad else "all ArticleError"


@api
def api_nfd_actor(tmp):
    import analysis
    text = "Viktor Orba\u0301n arrived in Brussels. Orba\u0301n said he would veto the plan. " + ENGLISH
    r = analysis.analyze_text(text)
    m = r.mentions
    bad = [row for row in m.itertuples() if text[row.start:row.end] != row.text] if "start" in m else []
    actors = set(r.entity_frequency["actor"]) if "actor" in r.entity_frequency else set()
    # the actor may be named in NFC ("Orbán") or as written ("Orba\u0301n"): compare in NFC
    ok = not bad and any("Orb\u00e1n" in unicodedata.normalize("NFC", a) for a in actors) \
        and "Viktor" not in actors
    return ok, f"actors {sorted(actors)[:6]}, offset errors {len(bad)}"


@api
def api_zero_width_in_name(tmp):
    import analysis
    text = "Angela Mer\u200bkel met Macron. Angela Merkel said it went well. " + ENGLISH
    r = analysis.analyze_text(text)
    actors = list(r.entity_frequency["actor"])
    merkel = [a for a in actors if "kel" in a]
    ok = len(merkel) == 1
    return ok, f"Merkel actors {merkel}"


@api
def api_all_caps_no_junk(tmp):
    import analysis
    text = ("BREAKING: CORE MESSAGE THAT SUPPORTING UKRAINE MATTERS, SAYS MINISTER. BOXES DROPPED AT THE "
            "BORDER.\n" + ENGLISH)
    r = analysis.analyze_text(text)
    actors = set(r.entity_frequency["actor"])
    junk = [a for a in actors if a in {"BOXES", "DROPPED", "BREAKING", "BORDER"} or "CORE MESSAGE" in a]
    return not junk, f"junk actors {junk}" if junk else "no junk"


@api
def api_offsets_exact_on_hostile_text(tmp):
    import analysis
    text = ("\ufeffAngela Merkel 🇩🇪 said\u00a0\u201cwe win\u201d.\r\nOrba\u0301n, Ma\u200bcron and "
            "\u05e9\u05dc\u05d5\u05dd met. " + ENGLISH)
    r = analysis.analyze_text(text)
    errors = 0
    for name in ("tokens", "sentences", "mentions", "quotes"):
        t = getattr(r, name, None)
        if t is None or "start" not in t or "end" not in t:
            continue
        col = "text" if "text" in t else None
        if col:
            errors += sum(_text(r)[s:e] != v for s, e, v in zip(t["start"], t["end"], t[col]))
    return errors == 0, f"{errors} offset errors"


@api
def api_analyze_corpus_no_silent_loss(tmp):
    import analysis
    d = tmp / "in"
    write(d / "good.txt", ENGLISH)
    write(d / "empty.txt", "")
    (d / "gone.txt").symlink_to(tmp / "nowhere")
    (d / "bin.txt").write_bytes(bytes(range(256)))
    res = analysis.analyze_corpus([d])
    docs = len(res.documents) if hasattr(res, "documents") else 0
    fails = len(res.failures) if hasattr(res, "failures") else 0
    return docs + fails == 4 and docs == 1, f"{docs} documents + {fails} failures of 4"


@api
def api_huge_text_refused_or_fast(tmp):
    import analysis
    t = time.perf_counter()
    try:
        analysis.analyze_text("word " * 1_300_000)
        how = "analysed"
    except analysis.ArticleError as exc:
        how = f"ArticleError: {str(exc)[:60]}"
    s = time.perf_counter() - t
    return s < 60, f"{how} in {s:.1f}s"


# ---------------------------------------------------------------- driver
def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default=None, help="run the cases whose name contains this")
    ap.add_argument("--jobs", "-j", type=int, default=3, help="CLI cases run at once (default 3)")
    args = ap.parse_args()
    os.environ.setdefault("MPLBACKEND", "Agg")
    width = max(len(n) for n, _, _ in CASES)
    base = Path(tempfile.mkdtemp(prefix="hostile-"))
    base.chmod(0o755)
    start = time.perf_counter()

    def one(i, name, fn):
        tmp = base / f"c{i:03d}"
        tmp.mkdir()
        t = time.perf_counter()
        try:
            ok, why = fn(tmp)
            status = "PASS" if ok else "FAIL"
        except Skip as exc:
            status, why = "SKIP", str(exc)
        except Exception as exc:  # the battery itself must not die
            status, why = "FAIL", f"battery raised {type(exc).__name__}: {exc}"
            if os.environ.get("BATTERY_DEBUG"):
                traceback.print_exc()
        why = " ".join(str(why).split())[:220]
        print(f"{name:<{width}}  {status}  {why}  [{time.perf_counter() - t:.1f}s]", flush=True)
        return status

    chosen = [(i, n, f, c) for i, (n, f, c) in enumerate(CASES)
              if not args.only or args.only.lower() in n.lower()]
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(max(1, args.jobs)) as pool:  # CLI cases are subprocesses
        results = list(pool.map(lambda c: one(*c[:3]), [c for c in chosen if c[3]]))
    results += [one(i, n, f) for i, n, f, _c in chosen if not _c]  # API cases in this process
    shutil.rmtree(base, ignore_errors=True)
    n = len(results)
    print(f"\n{results.count('PASS')}/{n} PASS, {results.count('FAIL')} FAIL, {results.count('SKIP')} SKIP "
          f"in {time.perf_counter() - start:.0f}s")
    return 1 if "FAIL" in results else 0


if __name__ == "__main__":
    sys.exit(main())
