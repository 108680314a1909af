#!/usr/bin/env python3
"""Run every example of the README and the man page, as written.

usage: docs.py --bin STORYSIFT --srcdir DIR

The examples are taken from the documents, not retyped here:
- README: an indented line `    $ COMMAND`;
- man/storysift.1: a line `$ COMMAND` between .EX and .EE (roff escapes
  decoded; an escape this script does not know is an error);
- a command that ends in `|` or `\\` goes on over the next lines;
- the lines after a command, up to the next command or the end of the
  block, are its output as shown: each must be a line of what the command
  prints (stdout and stderr), and one holding `…` must match up to the
  `…` (the rest was elided);
- a crontab line (five time fields, then the command) is run as cron runs
  it: `sh -c` with cron's environment (PATH=/usr/bin:/bin, nothing else)
  and `\\%` read as `%`.  The absolute paths a crontab needs are the one
  thing rewritten: /usr/local/bin/storysift becomes the binary under test
  and /srv/ the sandbox's srv/;
- in every command, /usr/local/share/storysift/ (where the schemas are
  installed) becomes the sandbox's copy of the clone's schema/.

Each command runs with `sh -c` in a fresh copy of a sandbox that holds the
files the examples name (feed.txt, feeds/, dump.txt, dump.txt.gz, scrape/,
samples/, src/storysift, the schemas) and `storysift` first on PATH.  A
command that names jq, parallel, gzip, xmllint or less is skipped (TAP SKIP)
where that tool is not installed.  A command must exit 0, unless its shown
output holds a `storysift: ` diagnostic.  Prints one TAP line per example.
"""
import argparse, gzip, os, re, shutil, subprocess, sys, tempfile

ROFF = [("\\-", "-"), ("\\(aq", "'"), ("\\(dq", '"'), ("\\(cq", "'"),
        ("\\(oq", "'"), ("\\(rs", "\\"), ("\\(ti", "~"), ("\\(ha", "^"),
        ("\\&", ""), ("\\fB", ""), ("\\fI", ""), ("\\fP", ""), ("\\fR", ""),
        ("\\e", "\\")]
CRON = re.compile(r"^(?:[0-9*,/-]+\s+){5}(.*)$")


def unroff(line, where):
    line = re.sub(r"\\\[u([0-9A-F]{4,5})\]",
                  lambda m: chr(int(m.group(1), 16)), line)
    out, i = [], 0
    while i < len(line):
        if line[i] != "\\":
            out.append(line[i])
            i += 1
            continue
        for esc, text in ROFF:
            if line.startswith(esc, i):
                out.append(text)
                i += len(esc)
                break
        else:
            sys.exit("docs.py: %s: unknown roff escape in %r" % (where, line))
    return "".join(out)


def blocks(srcdir):
    """(where, lines) of every example block of the two documents."""
    readme = os.path.join(srcdir, "README")
    block, start = [], 0
    for n, line in enumerate(open(readme, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if line.startswith("    "):
            if not block:
                start = n
            block.append(line[4:])
            continue
        if line.strip() == "" and block:
            block.append("")
            continue
        if block:
            yield "README:%d" % start, block
        block = []
    if block:
        yield "README:%d" % start, block
    man = os.path.join(srcdir, "man", "storysift.1")
    block = None
    for n, line in enumerate(open(man, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if line == ".EX":
            block, start = [], n
        elif line == ".EE":
            yield "storysift.1:%d" % start, block
            block = None
        elif block is not None:
            block.append(unroff(line, "storysift.1:%d" % n))


def examples(srcdir):
    """(where, kind, command, shown) for every command of every block."""
    for where, lines in blocks(srcdir):
        i = 0
        while i < len(lines):
            line = lines[i]
            cron = CRON.match(line)
            if not line.startswith("$ ") and not cron:
                i += 1
                continue
            kind = "cron" if cron else "shell"
            cmd = cron.group(1) if cron else line[2:]
            i += 1
            while (cmd.rstrip().endswith(("|", "\\")) and i < len(lines)):
                cmd += "\n" + lines[i]
                i += 1
            shown = []
            while (i < len(lines) and not lines[i].startswith("$ ")
                   and not CRON.match(lines[i])):
                if lines[i].strip():
                    shown.append(lines[i])
                i += 1
            yield where, kind, cmd, shown


def sandbox(root, srcdir, binary):
    os.makedirs(os.path.join(root, "bin"))
    os.makedirs(os.path.join(root, "src"))
    for name in ("bin/storysift", "src/storysift"):
        path = os.path.join(root, name)
        with open(path, "w") as f:
            f.write('#!/bin/sh\nexec "%s" "$@"\n' % binary)
        os.chmod(path, 0o755)
    feed = os.path.join(srcdir, "samples", "feed.txt")
    wire = os.path.join(srcdir, "tests", "e2e", "wire.in")
    shutil.copytree(os.path.join(srcdir, "samples"),
                    os.path.join(root, "samples"))
    shutil.copytree(os.path.join(srcdir, "schema"),
                    os.path.join(root, "share", "storysift"))
    shutil.copy(feed, os.path.join(root, "feed.txt"))
    os.makedirs(os.path.join(root, "feeds"))
    shutil.copy(feed, os.path.join(root, "feeds", "taipei.txt"))
    shutil.copy(wire, os.path.join(root, "feeds", "wire.txt"))
    data = b""
    for name, path in (("taipei", feed), ("wire", wire)):
        data += b"=== %s ===\n" % name.encode() + open(path, "rb").read()
    open(os.path.join(root, "dump.txt"), "wb").write(data)
    with gzip.open(os.path.join(root, "dump.txt.gz"), "wb") as f:
        f.write(data)
    for day in ("2026-12-01", "2026-12-02"):
        d = os.path.join(root, "scrape", day)
        os.makedirs(d)
        shutil.copy(feed, os.path.join(d, "taipei.txt"))
        with gzip.open(os.path.join(d, "wire.txt.gz"), "wb") as f:
            f.write(open(wire, "rb").read())
    os.makedirs(os.path.join(root, ".cache"))
    srv = os.path.join(root, "srv")
    shutil.copytree(os.path.join(root, "scrape"), os.path.join(srv, "scrape"))
    os.makedirs(os.path.join(srv, "clean"))
    shutil.copy(feed, os.path.join(srv, "scrape", "night.txt"))


def run(where, kind, cmd, shown, base, binary):
    work = base + ".run"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(base, work, symlinks=True)
    cmd = cmd.replace("/usr/local/share/storysift/",
                      os.path.join(work, "share", "storysift") + "/")
    if kind == "cron":
        cmd = cmd.replace("/usr/local/bin/storysift", binary)
        cmd = cmd.replace("/srv/", os.path.join(work, "srv") + "/")
        cmd = cmd.replace("\\%", "%")
        env = {"PATH": "/usr/bin:/bin", "HOME": work, "SHELL": "/bin/sh",
               "LOGNAME": "cron"}
    else:
        env = dict(os.environ)
        env["PATH"] = os.path.join(work, "bin") + ":" + env["PATH"]
        env["HOME"] = work      # `~/.cache/storysift.db` stays inside
    p = subprocess.run(["sh", "-c", cmd], cwd=work, env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       timeout=120)
    out = p.stdout.decode("utf-8", "replace").splitlines()
    problems = []
    diagnostic = any(s.startswith("storysift: ") for s in shown)
    if p.returncode != 0 and not diagnostic:
        problems.append("exit status %d" % p.returncode)
    for s in shown:
        if "…" in s:
            head = s.split("…")[0].rstrip()
            if not any(o.startswith(head) for o in out):
                problems.append("no output line starts %r" % head)
        elif s.rstrip() not in (o.rstrip() for o in out):
            problems.append("no output line is %r" % s)
    if problems:
        problems += ["output:"] + ["  " + o for o in out[:30]]
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--srcdir", required=True)
    a = ap.parse_args()
    binary = os.path.abspath(a.bin)
    found = list(examples(a.srcdir))
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        base = os.path.join(tmp, "sandbox")
        sandbox(base, a.srcdir, binary)
        for n, (where, kind, cmd, shown) in enumerate(found, 1):
            title = "%s: %s" % (where, cmd.splitlines()[0])
            missing = [t for t in ("jq", "parallel", "gzip", "xmllint", "less")
                       if re.search(r"\b%s\b" % t, cmd) and not shutil.which(t)]
            if missing:
                print("ok %d - %s # SKIP %s not installed"
                      % (n, title, missing[0]))
                continue
            problems = run(where, kind, cmd, shown, base, binary)
            print("%sok %d - %s" % ("not " if problems else "", n, title))
            for line in ["command: " + cmd] + problems if problems else []:
                print("# " + line.replace("\n", "\n# "))
            failed += bool(problems)
    print("1..%d" % len(found))
    kinds = {k for _, k, _, _ in found}
    if len(found) < 20 or "cron" not in kinds:
        print("# too few examples found (%d) or no crontab line" % len(found))
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
