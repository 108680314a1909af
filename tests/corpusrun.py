"""What tests/concat.py and tests/pairs.py share: the gold-annotated corpus
files of some directories, blank lines as SPEC §1 has them, and storysift's
story starts on a file."""
import glob, json, os, subprocess, time, unicodedata


class BinaryError(Exception):
    pass


def is_blank(text):
    """Empty after stripping white space (SPEC §1: Zs and tab), CR, form
    feeds (and a byte-order mark)."""
    return all(c in "\t\r\f\ufeff" or unicodedata.category(c) == "Zs"
               for c in text)


def gold_files(args):
    """(path, name) of every FILE.txt with a FILE.gold.jsonl beside it in
    the directories (or files) of args, name being DIR/FILE.txt; raises
    ValueError for an argument that is neither."""
    found = []
    for d in args:
        if os.path.isdir(d):
            paths = sorted(glob.glob(os.path.join(d, "*.txt")))
        elif os.path.isfile(d):
            paths = [d]
        else:
            raise ValueError("no such directory: %s" % d)
        for p in paths:
            if os.path.isfile(p[:-len(".txt")] + ".gold.jsonl"):
                name = os.path.join(
                    os.path.basename(os.path.dirname(os.path.abspath(p))),
                    os.path.basename(p))
                found.append((p, name))
    return found


def stories(binary, path, label):
    """The stories (parsed JSON objects) of `binary --format=json -q path`.
    An exec that fails (the binary being relinked) is retried a few times;
    any other failure raises BinaryError."""
    for attempt in range(6):
        try:
            p = subprocess.run([binary, "--format=json", "-q", path],
                               capture_output=True)
            break
        except OSError as e:
            if attempt == 5:
                raise BinaryError("cannot run %s: %s" % (binary, e))
            time.sleep(0.5)
    if p.returncode != 0:
        raise BinaryError("%s exited with status %d on %s\n%s"
                          % (binary, p.returncode, label,
                             p.stderr.decode("utf-8", "replace")))
    found = []
    # JSON Lines end in LF; U+2028 and the like may sit inside strings.
    for raw in p.stdout.split(b"\n"):
        if not raw.strip():
            continue
        try:
            found.append(json.loads(raw.decode("utf-8")))
        except ValueError as e:
            raise BinaryError("%s: bad json output on %s: %s: %r"
                              % (binary, label, e, raw[:120]))
    return found


def starts(binary, path, label):
    """The (line, boundary) of every story storysift finds in path
    (stories() says what fails how)."""
    try:
        return [(int(st["line"]), str(st["boundary"]))
                for st in stories(binary, path, label)]
    except (KeyError, TypeError) as e:
        raise BinaryError("%s: bad json output on %s: %s"
                          % (binary, label, e))
