#!/usr/bin/env python3
"""The page-concatenation test: whole corpus files pasted back to back must
split where one file ends and the next begins, and nowhere else new.

usage: concat.py [--bin PATH] [--seed N] [--combos N] [--gap N]
                 [--drop-cut-ends] [--min-recall R] [--max-false-per-file F]
                 [--json FILE] [--verbose] [DIR ...]

Every FILE.txt with a FILE.gold.jsonl beside it in the DIRs (default
../../shared/corpus/dev and ../../shared/corpus/dev-real from this script) is
run alone once; the "line" values of `PATH --format=json FILE` are its own
story starts (the gold is not used).  Then --combos random sequences of 2 to 6
different files (random.Random(--seed)) are pasted back to back into one
temporary file: each file's bytes as they are (CRLF stays CRLF), with "\\n"
added after a file that does not end in a newline, as a scraper dump would,
and --gap blank lines after each file (default 0; some scrapers part the
pages they dump with a blank line, in the file's own line ending).

Most corpus files end where the page dump cut them, inside a line and
without a newline, and a cut line tells where a page ends.
--drop-cut-ends leaves that last line out of the file (alone and pasted),
and the short lines right above it that end no sentence (the cut text's
headline, byline or date), so that the pages end on a complete
paragraph, as pages do when the scraper has them whole.

For each combination:
- a join is the first non-blank line of every file after the first; it is
  found when a story starts at it, or at one of the blank lines between the
  previous non-blank line of the concatenation and it (SPEC §2.1: "Two pages
  concatenated are two stories at least");
- a false start is a story start that is neither in a found join's range nor,
  mapped back to (file, line in file), a start that the file had alone (for
  the first file, line 1 counts too).

Prints the totals, the 10 file pairs whose joins are missed most often and,
with --verbose, every missed join and false start.  --json FILE also writes
the totals as one JSON object to FILE ("-": standard output).

Exit status: 0 when join recall >= --min-recall and false starts per pasted
file <= --max-false-per-file, 1 when not, 2 on a usage error or when the
binary exits non-zero on any input (its stderr is printed).
"""
import argparse, bisect, json, os, random, sys, tempfile

import corpusrun
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIRS = [os.path.join(HERE, "..", "..", "shared", "corpus", d)
                for d in ("dev", "dev-real")]


def die(msg):
    print("concat.py: " + msg, file=sys.stderr)
    sys.exit(2)


def split_lines(data):
    """The lines of data without LF or CRLF (as tests/tiling.py: a final
    newline ends the last line, it does not start an empty one)."""
    lines = data.split(b"\n")
    last = lines.pop()
    lines = [l[:-1] if l.endswith(b"\r") else l for l in lines]
    return lines + [last] if last else lines


def is_blank(line):
    return corpusrun.is_blank(line.decode("utf-8", "replace"))


def run(binary, path, label):
    """The (line, boundary) of every story storysift finds in path."""
    try:
        return corpusrun.starts(binary, path, label)
    except corpusrun.BinaryError as e:
        die(str(e))


SHORT_LINE_WORDS = 12        # a longer line is a paragraph, ended or not


def ends_sentence(line):
    """Does the line end a sentence (a complete paragraph's last line)?"""
    text = line.decode("utf-8", "replace").rstrip()
    text = text.rstrip("\"'”’)]")
    return text.endswith((".", "?", "!", "。", "？", "！")) or \
        len(text.split()) > SHORT_LINE_WORDS


def whole_end(data):
    """data as it is when it ends in a newline or is one line; else without
    its last line, which the dump cut, nor the short lines above it that
    end no sentence (the cut text's headline, byline, date): the page ends
    on a complete paragraph."""
    if data.endswith(b"\n") or b"\n" not in data:
        return data
    kept = data[:data.rfind(b"\n") + 1]
    lines = kept.split(b"\n")[:-1]
    while lines and (is_blank(lines[-1]) or not ends_sentence(lines[-1])):
        lines.pop()
    return b"".join(l + b"\n" for l in lines) if lines else kept


class Corpus:
    """One corpus file: its bytes, its lines and its starts when alone.
    With drop_cut, a last line the page dump cut (the file does not end in
    a newline) is left out (whole_end), and the file is written again to
    tmp, under its name with "/" made "_", to run alone as it is pasted."""
    def __init__(self, path, name, drop_cut=False, tmp=None):
        self.path, self.name = path, name
        with open(path, "rb") as f:
            self.data = f.read()
        whole = whole_end(self.data) if drop_cut else self.data
        if whole != self.data:
            self.data = whole
            self.path = os.path.join(tmp, name.replace(os.sep, "_"))
            with open(self.path, "wb") as f:
                f.write(self.data)
        lines = split_lines(self.data)
        self.nlines = len(lines)
        nb = [i + 1 for i, l in enumerate(lines) if not is_blank(l)]
        self.first_nb = nb[0] if nb else None
        self.last_nb = nb[-1] if nb else None
        self.lines = lines
        self.alone = set()

    def pasted(self, gap=0):
        data = self.data
        if data and not data.endswith(b"\n"):
            data += b"\n"
        return data + (b"\r\n" if data.endswith(b"\r\n") else b"\n") * gap


def find_files(args, drop_cut=False, tmp=None):
    try:
        return [Corpus(p, name, drop_cut, tmp)
                for p, name in corpusrun.gold_files(args)]
    except ValueError as e:
        die(str(e))


def check_combo(idx, seq, starts, res, verbose_lines, gap=0):
    """Score one combination: seq is the list of Corpus, starts the
    (line, boundary) storysift found in the concatenation, gap the blank
    lines pasted after each file."""
    bases, base = [], 0
    for f in seq:
        bases.append(base)
        base += f.nlines + gap
    start_lines = sorted(set(l for l, _ in starts))
    credited = set()
    last_nb = None   # the last non-blank line of the concatenation so far
    for j, f in enumerate(seq):
        if j > 0 and f.first_nb is not None:
            join = bases[j] + f.first_nb
            lo = (last_nb + 1) if last_nb is not None else 1
            prev = seq[j - 1]
            res["joins"] += 1
            res["pairs_seen"][(prev.name, f.name)] += 1
            a = bisect.bisect_left(start_lines, lo)
            b = bisect.bisect_right(start_lines, join)
            if a < b:
                res["found"] += 1
                credited.update(start_lines[a:b])
            else:
                res["pairs_missed"][(prev.name, f.name)] += 1
                res["missed_text"].setdefault(
                    (prev.name, f.name),
                    f.lines[f.first_nb - 1].decode("utf-8", "replace"))
                verbose_lines.append(
                    "missed join: combo %d, %s -> %s line %d (line %d of "
                    "the combination)" % (idx, prev.name, f.name,
                                          f.first_nb, join))
        if f.last_nb is not None:
            last_nb = bases[j] + f.last_nb
    for line, boundary in starts:
        if line in credited:
            continue
        # The last file whose lines begin before this one (an empty file
        # has the same base as the file after it).
        j = bisect.bisect_right(bases, line - 1) - 1
        f, local = seq[j], line - bases[j]
        if local in f.alone or (j == 0 and local == 1):
            continue
        res["false"] += 1
        res["false_files"][f.name] += 1
        verbose_lines.append(
            "false start: combo %d, %s line %d (boundary %s)"
            % (idx, f.name, local, boundary))
    # The starts each file had alone that the concatenation lost (for
    # information only; the boundary scores cover that).
    have = set(start_lines)
    for j, f in enumerate(seq):
        for local in f.alone:
            if local == min(f.alone):
                continue   # the file's first story: a join, or line 1
            res["inner"] += 1
            if bases[j] + local not in have:
                res["lost"] += 1


def main():
    ap = argparse.ArgumentParser(
        description="storysift page-concatenation test")
    ap.add_argument("--bin", default=os.environ.get(
        "STORYSIFT", os.path.join(HERE, "..", "src", "storysift")))
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--combos", type=int, default=300)
    ap.add_argument("--gap", type=int, default=0,
                    help="blank lines pasted after each file")
    ap.add_argument("--drop-cut-ends", action="store_true",
                    help="end each file on a complete paragraph: leave out "
                    "the line the dump cut it in")
    ap.add_argument("--min-recall", type=float, default=0.98)
    ap.add_argument("--max-false-per-file", type=float, default=0.02)
    ap.add_argument("--json", metavar="FILE",
                    help="also write the totals as one JSON object to FILE")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("dirs", nargs="*")
    args = ap.parse_args()
    if args.combos < 1:
        die("--combos must be at least 1")
    if args.gap < 0:
        die("--gap must be 0 or more")

    with tempfile.TemporaryDirectory(prefix="storysift-concat.") as tmp:
        files = find_files(args.dirs or DEFAULT_DIRS,
                           args.drop_cut_ends, tmp)
        if len(files) < 2:
            die("need at least two FILE.txt with a FILE.gold.jsonl beside it")
        for f in files:
            f.alone = set(l for l, _ in run(args.bin, f.path, f.name))

        rng = random.Random(args.seed)
        res = {"joins": 0, "found": 0, "false": 0, "lost": 0, "inner": 0,
               "pasted": 0,
               "pairs_seen": Counter(), "pairs_missed": Counter(),
               "missed_text": {}, "false_files": Counter()}
        verbose_lines = []
        path = os.path.join(tmp, "concat.txt")
        for idx in range(1, args.combos + 1):
            k = rng.randint(2, min(6, len(files)))
            seq = rng.sample(files, k)
            res["pasted"] += k
            with open(path, "wb") as out:
                for f in seq:
                    out.write(f.pasted(args.gap))
            label = "combination %d (%s)" % (
                idx, " + ".join(f.name for f in seq))
            check_combo(idx, seq, run(args.bin, path, label), res,
                        verbose_lines, args.gap)

    recall = res["found"] / res["joins"] if res["joins"] else 1.0
    per_file = res["false"] / res["pasted"]
    ok = recall >= args.min_recall and per_file <= args.max_false_per_file
    print("combinations: %d (seed %d, %d corpus files)"
          % (args.combos, args.seed, len(files)))
    print("files pasted: %d" % res["pasted"])
    print("joins: %d" % res["joins"])
    print("joins found: %d" % res["found"])
    print("join recall: %.3f (minimum %.3f)" % (recall, args.min_recall))
    print("false starts: %d" % res["false"])
    print("false starts per file: %.3f (maximum %.3f)"
          % (per_file, args.max_false_per_file))
    print("single-file starts lost in the concatenations: %d of %d "
          "(not scored)" % (res["lost"], res["inner"]))
    if res["pairs_missed"]:
        print("file pairs whose join is missed most often "
              "(missed/pasted, previous -> next: next's first line):")
        top = sorted(res["pairs_missed"].items(),
                     key=lambda kv: (-kv[1], kv[0]))[:10]
        for (prev, nxt), n in top:
            first = res["missed_text"][(prev, nxt)]
            if len(first) > 60:
                first = first[:57] + "..."
            print("  %d/%d  %s -> %s: %s" % (
                n, res["pairs_seen"][(prev, nxt)], prev, nxt, first))
    if res["pairs_missed"]:
        nexts, seen = Counter(), Counter()
        for (prev, nxt), n in res["pairs_missed"].items():
            nexts[nxt] += n
        for (prev, nxt), n in res["pairs_seen"].items():
            seen[nxt] += n
        print("files whose join (as the next file) is missed most often:")
        for name, n in sorted(nexts.items(),
                              key=lambda kv: (-kv[1], kv[0]))[:10]:
            print("  %d/%d  %s" % (n, seen[name], name))
    if res["false_files"]:
        print("files with the most false starts:")
        for name, n in sorted(res["false_files"].items(),
                              key=lambda kv: (-kv[1], kv[0]))[:10]:
            print("  %d  %s" % (n, name))
    if args.verbose:
        for l in verbose_lines:
            print(l)
    if args.json:
        totals = {"combos": args.combos, "seed": args.seed,
                  "files": res["pasted"], "joins": res["joins"],
                  "joins_found": res["found"], "join_recall": recall,
                  "false_starts": res["false"],
                  "false_per_file": per_file, "lost_starts": res["lost"],
                  "inner_starts": res["inner"]}
        text = json.dumps(totals) + "\n"
        if args.json == "-":
            sys.stdout.write(text)
        else:
            with open(args.json, "w") as f:
                f.write(text)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
