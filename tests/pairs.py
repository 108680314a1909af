#!/usr/bin/env python3
"""The pairs test (issue 14): complete articles pasted back to back, two at
a time, must split at the join and nowhere else; each run alone must stay
one story.

usage: pairs.py [--bin PATH] [--seed N] [--pairs N] [--min-recall R]
                [--max-false-per-article F] [--json FILE] [--verbose]
                [--dump DIR] [DIR ...]

Articles.  In every FILE.txt with a FILE.gold.jsonl beside it in the DIRs
(default ../../shared/corpus/dev and ../../shared/corpus/dev-real from this
script), a gold story spans from its "line" to the line before the next gold
story's "line" (or to the end of the file).  A story is a complete article
when its gold kind is "article", truncated is false, and it has at least 2
body paragraphs.  A body paragraph is a non-blank line that reads as prose:
- at least 8 words (white-space separated tokens with a letter or a digit in
  them; Chinese and Japanese do not space their words, so each ideograph
  and kana counts as one more);
- ending a sentence: its last character, after any closing quotes or
  brackets (” ’ " ' ) ] 」 』), is . ! ? 。 ！ or ？, and it does not end in an
  ellipsis (... or …); a word teaser link at its end (FULL STORY,
  [FULL  STORY], Read more, Continue reading, read full story: SPEC §2.2) is
  removed before this test, as it is before the truncation test.
The 2 body paragraphs must differ (a page that repeats a deck has one).
Headlines, bylines, datelines on a line of their own, credits, subheads,
footers and UI strings are not body paragraphs; a photo caption that is a
full sentence of 8 words or more is one (the definition cannot tell).

Variants.  Every complete article is used in two variants:
- kept: the gold story's lines as they are (headline, kicker, byline and
  other furniture included, footers too), without its leading and trailing
  blank lines;
- stripped: from its first body paragraph to its last body paragraph (the
  lines in between as they are): leading furniture and trailing footers
  dropped.  It starts at the first body paragraph whose first letter is not
  a lower-case one: a line that opens in lower case is the tail of a
  paragraph that the scraper split around a photo caption (SPEC §2.1),
  and a story does not begin there.
Lines keep their bytes and their line ending (CRLF stays CRLF); a last line
with no line ending gets the file's.

Pairs.  Each pair is an ordered (A, B) of two articles from different files,
both in the same variant: half the pairs are kept + kept, half are
stripped + stripped.  For each variant, a round pairs a shuffled list of all
the articles (the A sides) with another shuffled list of them (the B sides),
swapping B sides until no pair has both from one file and no ordered pair
repeats; so each round puts every article once first and once second.
There are as many rounds as it takes to reach --pairs in all (rounded up to
whole rounds: every article is first and second the same number of times in
each variant).  random.Random(--seed) draws everything.
The pair file is A's lines, then the separator, then B's lines.  The
separator is one blank line (with A's last line ending) when A's file
separates its paragraphs by blank lines -- more than half of the gaps
between two consecutive non-blank lines of that file hold a blank line --
and nothing otherwise (the paragraphs of such files follow each other line
after line, and so do A and B).

Scoring.  `PATH --format=json -q` runs on every pair file and on every
article variant alone (in parallel).
- The join is B's first line (B has no leading blank line); it is found when
  a story starts at it or at the separator's blank line.  The "boundary" of
  that story is counted (SPEC §3.2).
- A false split is a story start beyond the first in an article run alone.
- A pair false start is a story start strictly inside A (after its line 1)
  or inside B (after the join) that the same article does not have alone.
  A missed join where a story starts inside B before its first body
  paragraph (at its headline, after a location or section label) is a late
  join: it counts as missed, the start as a pair false start, and the
  summary says how many there are.

Prints the totals (per variant too); --verbose also lists every missed join,
false split and pair false start; --json FILE writes the totals as one JSON
object to FILE ("-": standard output); --dump DIR writes every pair file
(pair-0001.txt, ...) with a pairs.tsv index, and every article variant as
run alone, with a singles.tsv index, to DIR.

Exit status: 0 when join recall >= --min-recall and false splits per article
(run alone, both variants counted) <= --max-false-per-article, 1 when not, 2
on a usage error or when the binary exits non-zero on any input (its stderr
is printed).
"""
import argparse, bisect, concurrent.futures, json, math, os, random
import re, shutil, sys, tempfile, time, unicodedata

import corpusrun
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIRS = [os.path.join(HERE, "..", "..", "shared", "corpus", d)
                for d in ("dev", "dev-real")]
VARIANTS = ("kept", "stripped")
MIN_WORDS = 8
SENTENCE_END = re.compile("[.!?\u3002\uff01\uff1f][\u201d\u2019\"')\\]"
                          "\u300d\u300f]*$")
# A word teaser link at the end of a line (SPEC §2.2), glued on or not.
WORD_LINK = re.compile(r"\[?\s*(full\s+story|read\s+full\s+story|"
                       r"read\s+more|continue\s+reading)\s*\]?$", re.I)
ELLIPSIS_END = re.compile("(\\.\\.\\.|\u2026)[\u201d\u2019\"')\\]"
                          "\u300d\u300f]*$")


def die(msg):
    print("pairs.py: " + msg, file=sys.stderr)
    sys.exit(2)


def raw_lines(data):
    """The lines of data, each with its own line ending (LF or CRLF; the
    last line may have none)."""
    lines = data.split(b"\n")
    last = lines.pop()
    lines = [l + b"\n" for l in lines]
    return lines + [last] if last else lines


def text_of(raw):
    """A raw line without its line ending, decoded."""
    if raw.endswith(b"\n"):
        raw = raw[:-1]
    if raw.endswith(b"\r"):
        raw = raw[:-1]
    return raw.decode("utf-8", "replace")


is_blank = corpusrun.is_blank


def is_cjk(c):
    """A Han ideograph or a kana."""
    o = ord(c)
    return (0x3040 <= o <= 0x30ff or 0x3400 <= o <= 0x4dbf
            or 0x4e00 <= o <= 0x9fff or 0xf900 <= o <= 0xfaff
            or 0x20000 <= o <= 0x3134f)


def opens_lower(text):
    """Its first letter is a lower-case one (quotes and brackets before it
    skipped)."""
    for c in text:
        if c.isalpha():
            return c.islower()
        if not (c.isspace() or unicodedata.category(c)[0] in "PS"):
            return False
    return False


def is_body(text):
    """A body paragraph: prose of at least MIN_WORDS words that ends a
    sentence (see the module docstring)."""
    s = WORD_LINK.sub("", text.strip().strip("\ufeff")).strip()
    if not s:
        return False
    words = sum(1 for w in s.split() if any(c.isalnum() for c in w))
    # Chinese and Japanese do not space their words: count each ideograph
    # and each kana as one (Korean spaces its words).
    words += sum(1 for c in s if is_cjk(c))
    if words < MIN_WORDS:
        return False
    return bool(SENTENCE_END.search(s)) and not ELLIPSIS_END.search(s)


class Article:
    """One variant of one complete article: its raw lines and where they
    come from."""
    def __init__(self, src, variant, first, lines):
        self.src, self.variant = src, variant
        self.first = first            # its line 1 in the source file
        self.lines = lines            # raw lines, each ending in a newline
        self.id = None
        self.alone = set()            # its story starts when run alone
        self.alone_stories = []
        self.body = 1                 # its first body paragraph (line)

    def label(self):
        return "%s:%d" % (self.src.name, self.first)

    def data(self):
        return b"".join(self.lines)


class Source:
    """One corpus file: its lines, its gold stories and its complete
    articles."""
    def __init__(self, path, name):
        self.path, self.name = path, name
        with open(path, "rb") as f:
            data = f.read()
        self.raw = raw_lines(data)
        self.text = [text_of(l) for l in self.raw]
        eol = b"\r\n" if b"\r\n" in data else b"\n"
        if self.raw and not self.raw[-1].endswith(b"\n"):
            self.raw[-1] += eol
        nb = [i for i, t in enumerate(self.text) if not is_blank(t)]
        gaps = list(zip(nb, nb[1:]))
        blank_gaps = sum(1 for a, b in gaps if b > a + 1)
        self.blank_separated = bool(gaps) and 2 * blank_gaps > len(gaps)
        self.gold = []
        gold_path = path[:-len(".txt")] + ".gold.jsonl"
        with open(gold_path, encoding="utf-8") as f:
            for n, raw in enumerate(f, 1):
                if not raw.strip():
                    continue
                try:
                    self.gold.append(json.loads(raw))
                except ValueError as e:
                    die("%s:%d: bad json: %s" % (gold_path, n, e))
        self.candidates = 0   # gold articles, complete or not

    def articles(self):
        """The (kept, stripped) Article pairs of its complete articles."""
        out = []
        starts = [int(g["line"]) for g in self.gold]
        for k, g in enumerate(self.gold):
            if g.get("kind") != "article":
                continue
            self.candidates += 1
            if g.get("truncated"):
                continue
            lo = starts[k] - 1
            hi = (starts[k + 1] - 1 if k + 1 < len(starts)
                  else len(self.raw))        # lines lo..hi-1 (0-based)
            body = [i for i in range(lo, hi) if is_body(self.text[i])]
            if len(set(self.text[i].strip() for i in body)) < 2:
                continue
            nb = [i for i in range(lo, hi) if not is_blank(self.text[i])]
            kept = Article(self, "kept", nb[0] + 1,
                           self.raw[nb[0]:nb[-1] + 1])
            # Not at a paragraph's tail that a caption cut off (SPEC §2.1):
            # a line that opens in lower case.
            opens = [i for i in body if not opens_lower(self.text[i])]
            first = opens[0] if opens and opens[0] < body[-1] else body[0]
            stripped = Article(self, "stripped", first + 1,
                               self.raw[first:body[-1] + 1])
            kept.body = first - nb[0] + 1
            out.append((kept, stripped))
        return out


def find_sources(args):
    try:
        return [Source(p, name) for p, name in corpusrun.gold_files(args)]
    except ValueError as e:
        die(str(e))


def run_all(binary, jobs):
    """Run binary on every (path, label) of jobs in parallel; the list of
    their story starts, in order."""
    workers = min(32, (os.cpu_count() or 1) * 2)
    with concurrent.futures.ThreadPoolExecutor(workers) as ex:
        futs = [ex.submit(corpusrun.starts, binary, p, l) for p, l in jobs]
        try:
            return [f.result() for f in futs]
        except corpusrun.BinaryError as e:
            for f in futs:
                f.cancel()
            sys.stderr.write("pairs.py: %s\n" % e)
            sys.exit(2)


def make_pairs(arts, rounds, rng):
    """rounds rounds of (A, B) pairs over the list arts: in each, every
    article is A once and B once; A and B never from the same file, and
    no ordered pair twice."""
    n = len(arts)
    seen = set()
    out = []

    def bad(i, a, b):
        return (arts[a[i]].src is arts[b[i]].src
                or (a[i], b[i]) in seen)

    for _ in range(rounds):
        for attempt in range(1000):
            a = list(range(n))
            b = list(range(n))
            rng.shuffle(a)
            rng.shuffle(b)
            for i in range(n):
                if not bad(i, a, b):
                    continue
                order = list(range(n))
                rng.shuffle(order)
                for j in order:
                    b[i], b[j] = b[j], b[i]
                    if not bad(i, a, b) and not bad(j, a, b):
                        break
                    b[i], b[j] = b[j], b[i]
            if not any(bad(i, a, b) for i in range(n)):
                break
        else:
            die("cannot pair the articles from different files")
        for i in range(n):
            seen.add((a[i], b[i]))
            out.append((arts[a[i]], arts[b[i]]))
    return out


class Pair:
    def __init__(self, idx, a, b):
        self.idx, self.a, self.b = idx, a, b
        sep = b""
        if a.src.blank_separated:
            sep = b"\r\n" if a.lines[-1].endswith(b"\r\n") else b"\n"
        self.sep = sep
        self.nsep = 1 if sep else 0
        self.join = len(a.lines) + self.nsep + 1   # B's line 1
        self.found = None      # boundary of the story at the join, or None

    def data(self):
        return self.a.data() + self.sep + self.b.data()


def short(text, n=60):
    text = text.strip()
    return text if len(text) <= n else text[:n - 3] + "..."


def main():
    t0 = time.time()
    ap = argparse.ArgumentParser(description="storysift pairs test")
    ap.add_argument("--bin", default=os.environ.get(
        "STORYSIFT", os.path.join(HERE, "..", "src", "storysift")))
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--pairs", type=int, default=1000)
    ap.add_argument("--min-recall", type=float, default=0.90)
    ap.add_argument("--max-false-per-article", type=float, default=0.01)
    ap.add_argument("--json", metavar="FILE",
                    help="also write the totals as one JSON object to FILE")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--dump", metavar="DIR",
                    help="write the pair and single article files to DIR")
    ap.add_argument("dirs", nargs="*")
    args = ap.parse_args()
    if args.pairs < 1:
        die("--pairs must be at least 1")

    sources = find_sources(args.dirs or DEFAULT_DIRS)
    both = []
    for s in sources:
        both.extend(s.articles())
    if len(set(k.src for k, _ in both)) < 2:
        die("need complete articles from at least two files")
    by_variant = {"kept": [k for k, _ in both],
                  "stripped": [s for _, s in both]}
    n = len(both)

    rng = random.Random(args.seed)
    per_variant = math.ceil(args.pairs / 2)
    rounds = max(1, math.ceil(per_variant / n))
    pairs = []
    for v in VARIANTS:
        pairs.extend(make_pairs(by_variant[v], rounds, rng))
    # Interleave the variants in a seeded order (the index is only a name).
    rng.shuffle(pairs)
    pairs = [Pair(i, a, b) for i, (a, b) in enumerate(pairs, 1)]

    singles = by_variant["kept"] + by_variant["stripped"]
    for i, art in enumerate(singles, 1):
        art.id = i

    with tempfile.TemporaryDirectory(prefix="storysift-pairs.") as tmp:
        if args.dump:
            os.makedirs(args.dump, exist_ok=True)
        jobs = []
        for art in singles:
            path = os.path.join(tmp, "single-%04d.txt" % art.id)
            with open(path, "wb") as f:
                f.write(art.data())
            jobs.append((path, "%s (%s, alone)" % (art.label(),
                                                     art.variant)))
        for p in pairs:
            path = os.path.join(tmp, "pair-%04d.txt" % p.idx)
            with open(path, "wb") as f:
                f.write(p.data())
            jobs.append((path, "pair %d (%s + %s, %s)"
                         % (p.idx, p.a.label(), p.b.label(), p.a.variant)))
        results = run_all(args.bin, jobs)
        if args.dump:
            dump(args.dump, tmp, singles, pairs)

    verbose = []
    # Single runs: false splits.
    splits = Counter()
    split_articles = Counter()
    split_boundaries = Counter()
    for art, starts in zip(singles, results[:len(singles)]):
        art.alone_stories = starts
        art.alone = set(l for l, _ in starts)
        extra = [(l, bd) for l, bd in starts if l > min(art.alone)]
        splits[art.variant] += len(extra)
        if extra:
            split_articles[art.variant] += 1
        for l, bd in extra:
            split_boundaries[bd] += 1
            verbose.append("false split: %s, %s (alone), %s line %d "
                           "(boundary %s): %s"
                           % (art.label(), art.variant, art.src.name,
                              art.first + l - 1, bd,
                              short(text_of(art.lines[l - 1]), 80)))

    # Pair runs: joins and false starts.
    found = Counter()
    total = Counter()
    boundaries = Counter()
    boundaries_by = {v: Counter() for v in VARIANTS}
    pair_false = Counter()
    late_joins = Counter()
    for p, starts in zip(pairs, results[len(singles):]):
        v = p.a.variant
        total[v] += 1
        lines = sorted(set(l for l, _ in starts))
        bmap = dict(starts)
        lo = len(p.a.lines) + 1
        k = bisect.bisect_left(lines, lo)
        m = bisect.bisect_right(lines, p.join)
        if k < m:
            at = lines[m - 1]
            p.found = bmap[at]
            found[v] += 1
            boundaries[p.found] += 1
            boundaries_by[v][p.found] += 1
        else:
            late = [l for l in lines
                    if p.join < l <= p.join + p.b.body - 1]
            if late:
                late_joins[v] += 1
            verbose.append(
                "missed join: pair %d (%s), %s -> %s: A ends \"%s\" | "
                "B begins \"%s\"%s" % (
                    p.idx, v, p.a.label(), p.b.label(),
                    short(text_of(p.a.lines[-1])),
                    short(text_of(p.b.lines[0])),
                    " (a story starts at B's line %d, %s)"
                    % (late[0] - p.join + 1, bmap[late[0]]) if late
                    else ""))
        for l in lines:
            if 1 < l < lo:
                art, local = p.a, l
            elif l > p.join:
                art, local = p.b, l - p.join + 1
            else:
                continue
            if local in art.alone:
                continue
            pair_false[v] += 1
            verbose.append(
                "pair false start: pair %d (%s), %s line %d (boundary %s)"
                ": %s" % (p.idx, v, art.src.name, art.first + local - 1,
                          bmap[l], short(text_of(art.lines[local - 1]),
                                         80)))

    if args.dump:
        write_pairs_tsv(args.dump, pairs)
    npairs = len(pairs)
    nfound = sum(found.values())
    recall = nfound / npairs
    nsplits = sum(splits.values())
    per_article = nsplits / len(singles)
    npf = sum(pair_false.values())
    per_pair = npf / npairs
    ok = (recall >= args.min_recall
          and per_article <= args.max_false_per_article)
    nfiles = len(set(k.src for k, _ in both))
    ncand = sum(s.candidates for s in sources)
    same = sum(1 for k, s in both if k.lines == s.lines)

    print("pairs: %d (seed %d; %d kept + kept, %d stripped + stripped; "
          "%d rounds per variant)" % (npairs, args.seed, total["kept"],
                                      total["stripped"], rounds))
    print("articles: %d complete (of %d gold articles) from %d of %d "
          "files, in 2 variants (%d stripped the same as kept); each "
          "variant is first in %d pairs and second in %d"
          % (n, ncand, nfiles, len(sources), same, rounds, rounds))
    print("join recall: %.3f (%d/%d; minimum %.3f)"
          % (recall, nfound, npairs, args.min_recall))
    for v in VARIANTS:
        print("  %s: %.3f (%d/%d)" % (v, found[v] / total[v] if total[v]
                                      else 1.0, found[v], total[v]))
    print("boundary at found joins: " + (", ".join(
        "%s %d" % kv for kv in sorted(boundaries.items(),
                                      key=lambda kv: (-kv[1], kv[0])))
        or "none"))
    for v in VARIANTS:
        print("  %s: %s" % (v, ", ".join(
            "%s %d" % kv for kv in sorted(boundaries_by[v].items(),
                                          key=lambda kv: (-kv[1], kv[0])))
            or "none"))
    print("false splits inside single articles: %d in %d runs alone "
          "= %.2f per 100 articles (maximum %.2f)"
          % (nsplits, len(singles), 100 * per_article,
             100 * args.max_false_per_article))
    for v in VARIANTS:
        print("  %s: %d splits, %d of %d articles split"
              % (v, splits[v], split_articles[v], n))
    if split_boundaries:
        print("  boundary of the false splits: " + ", ".join(
            "%s %d" % kv for kv in sorted(split_boundaries.items(),
                                          key=lambda kv: (-kv[1], kv[0]))))
    print("missed joins where a story starts later in B's furniture, "
          "before its first body paragraph: %d (kept %d, stripped %d)"
          % (sum(late_joins.values()), late_joins["kept"],
             late_joins["stripped"]))
    print("pair false starts: %d = %.3f per pair (kept %d, stripped %d; "
          "not scored)" % (npf, per_pair, pair_false["kept"],
                           pair_false["stripped"]))
    print("time: %.1f s" % (time.time() - t0))
    if args.verbose:
        for l in verbose:
            print(l)
    if args.json:
        totals = {"pairs": npairs, "seed": args.seed, "articles": n,
                  "runs_alone": len(singles),
                  "joins_found": nfound, "join_recall": recall,
                  "join_recall_kept": (found["kept"] / total["kept"]
                                       if total["kept"] else 1.0),
                  "join_recall_stripped": (
                      found["stripped"] / total["stripped"]
                      if total["stripped"] else 1.0),
                  "false_splits": nsplits,
                  "false_splits_per_article": per_article,
                  "pair_false_starts": npf,
                  "pair_false_starts_per_pair": per_pair,
                  "late_joins": sum(late_joins.values()),
                  "boundaries": dict(boundaries)}
        text = json.dumps(totals) + "\n"
        if args.json == "-":
            sys.stdout.write(text)
        else:
            with open(args.json, "w") as f:
                f.write(text)
    sys.exit(0 if ok else 1)


def dump(dest, tmp, singles, pairs):
    """Copy the files run to dest, with their indexes."""
    for art in singles:
        shutil.copyfile(os.path.join(tmp, "single-%04d.txt" % art.id),
                        os.path.join(dest, "single-%04d.txt" % art.id))
    for p in pairs:
        shutil.copyfile(os.path.join(tmp, "pair-%04d.txt" % p.idx),
                        os.path.join(dest, "pair-%04d.txt" % p.idx))
    with open(os.path.join(dest, "singles.tsv"), "w") as f:
        f.write("file\tvariant\tsource\tfirst_line\tlines\n")
        for art in singles:
            f.write("single-%04d.txt\t%s\t%s\t%d\t%d\n"
                    % (art.id, art.variant, art.src.name, art.first,
                       len(art.lines)))


def write_pairs_tsv(dest, pairs):
    """The pairs index, with the boundary found at each join ("-": none)."""
    with open(os.path.join(dest, "pairs.tsv"), "w") as f:
        f.write("file\tvariant\tA\tA_single\tB\tB_single\tjoin_line\t"
                "found\n")
        for p in pairs:
            f.write("pair-%04d.txt\t%s\t%s\tsingle-%04d.txt\t%s\t"
                    "single-%04d.txt\t%d\t%s\n"
                    % (p.idx, p.a.variant, p.a.label(), p.a.id,
                       p.b.label(), p.b.id, p.join, p.found or "-"))


if __name__ == "__main__":
    main()
