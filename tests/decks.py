#!/usr/bin/env python3
"""The generated deck test (issue 15): the decks and ledes of the corpora's
kicker paragraphs, recombined, must split where deck i ends and lede j
begins.

usage: decks.py [--bin PATH] [--seed N] [--cases N] [--min-exact R]
                [--json FILE] [--verbose] [DIR ...]

Parts.  In every FILE.txt with a FILE.gold.jsonl beside it in the DIRs, a
gold story with a kicker and a deck gives a kicker paragraph: the line that
holds its deck.  Its head is the text of that line before the deck (the
kicker as the page wrote it: `SQUEEZED OUT: `, `‘SIMPLY UNFAIR’:`,
`CLOSE CALL `); its deck is the gold deck; its lede is the rest of the line
after the deck, when that rest is the lede glued to the deck (SPEC §2.3: it
starts with a capital or an opening quote after at most one space) and
has 8 words or more (complete or cut off: a blurb's lede often is).  A head that holds more than the kicker (a headline glued before
it) is not used: the test is about the split after the deck.

Cases.  A case is head i + deck i + " " + lede j, i and j from different
files, as the one line of an input file: storysift must report kicker i
and exactly deck i.  random.Random(--seed) draws --cases distinct (i, j)
pairs, every deck in several of them.  Each deck also runs once with no
lede after it, cut off mid-sentence: then the deck is the whole rest of
the paragraph (SPEC §2.3, as revised), and these cases count too.

Prints the totals; --verbose lists every miss; --json FILE writes them as
one JSON object ("exact", "cases", "errors", ...).

Exit status: 0 when the share of exact decks >= --min-exact, 1 when not, 2
on a usage error or when the binary exits non-zero on any input.
"""
import argparse, json, os, random, re, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpusrun  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIRS = [os.path.join(HERE, "..", "..", "shared", "corpus", d)
                for d in ("dev", "dev-real")]
WORD = re.compile(r"\S*[^\W_]\S*")


def parts(dirs):
    """(file, kicker, head, deck, lede or None) of every kicker paragraph."""
    found = []
    for path, name in corpusrun.gold_files(dirs):
        with open(path, "rb") as f:
            lines = f.read().decode("utf-8", "replace").split("\n")
        with open(path[:-len(".txt")] + ".gold.jsonl", encoding="utf-8") as f:
            gold = [json.loads(l) for l in f if l.strip()]
        for g in gold:
            kicker, deck = g.get("kicker"), g.get("deck")
            if not kicker or not deck:
                continue
            first = g["line"] - 1
            for text in lines[first:first + 10]:
                text = text.rstrip("\r")
                k = text.find(deck)
                if k < 0:
                    continue
                head, rest = text[:k], text[k + len(deck):]
                # the head is the kicker and its mark, nothing glued before
                if kicker not in head or head.find(kicker) > 2:
                    break
                lede = rest.strip() if re.match(r"^ ?[A-Z‘“\"']", rest) \
                    else None
                if lede is not None and len(WORD.findall(lede)) < 8:
                    lede = None
                found.append((name, kicker, head, deck, lede))
                break
    return found


def run_case(binary, text):
    """storysift's (kicker, deck) of the first story of a one-line file."""
    with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as f:
        f.write(text.encode("utf-8") + b"\n")
        path = f.name
    try:
        first = corpusrun.stories(binary, path, text)[0]
    finally:
        os.unlink(path)
    return first.get("kicker"), first.get("deck")


def cut(deck, lede):
    """Deck i with the first words of a lede after it, cut mid-sentence:
    a paragraph with no lede in it."""
    words = lede.split()
    return deck + " " + " ".join(w.lower() for w in words[1:5])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(HERE, "..", "src",
                                                  "storysift"))
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--cases", type=int, default=500)
    ap.add_argument("--min-exact", type=float, default=0.95)
    ap.add_argument("--json")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("dirs", nargs="*")
    a = ap.parse_args()
    try:
        found = parts(a.dirs or DEFAULT_DIRS)
    except ValueError as e:
        print("decks.py: %s" % e, file=sys.stderr)
        return 2
    with_lede = [p for p in found if p[4] is not None]
    rng = random.Random(a.seed)
    pairs = [(i, j) for i in range(len(found)) for j in range(len(with_lede))
             if found[i][0] != with_lede[j][0]]
    if not pairs:
        print("decks.py: no kicker paragraphs with a lede", file=sys.stderr)
        return 2
    rng.shuffle(pairs)
    cases = []
    for i, j in pairs[:a.cases]:
        _, kicker, head, deck, _ = found[i]
        cases.append(("joined", kicker, deck,
                      head + deck + " " + with_lede[j][4]))
    for _, kicker, head, deck, lede in found:
        tail = cut(deck, lede or with_lede[rng.randrange(len(with_lede))][4])
        cases.append(("no lede", kicker, tail,
                      head + tail))
    try:
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as pool:
            got = list(pool.map(lambda c: run_case(a.bin, c[3]), cases))
    except corpusrun.BinaryError as e:
        print("decks.py: %s" % e, file=sys.stderr)
        return 2
    exact = {"joined": 0, "no lede": 0}
    count = {"joined": 0, "no lede": 0}
    misses = []
    for (kind, kicker, deck, text), (k, d) in zip(cases, got):
        count[kind] += 1
        if k == kicker and d == deck:
            exact[kind] += 1
        else:
            misses.append((kind, kicker, deck, k, d, text))
    total = sum(count.values())
    share = sum(exact.values()) / total
    print("kicker paragraphs: %d (%d with a lede)" % (len(found),
                                                    len(with_lede)))
    for kind in ("joined", "no lede"):
        print("%s: %d of %d exact" % (kind, exact[kind], count[kind]))
    print("decks exact: %.3f (%d/%d; minimum %.3f)"
          % (share, sum(exact.values()), total, a.min_exact))
    if a.verbose:
        for kind, kicker, deck, k, d, text in misses:
            print("miss (%s): kicker %r deck %r\n    want %r %r\n    in %s"
                  % (kind, k, d, kicker, deck, text))
    summary = {"exact": round(share, 4), "cases": total,
               "exact_joined": exact["joined"], "cases_joined":
               count["joined"], "exact_no_lede": exact["no lede"],
               "cases_no_lede": count["no lede"], "errors": 0}
    if a.json:
        out = sys.stdout if a.json == "-" else open(a.json, "w")
        out.write(json.dumps(summary) + "\n")
        if out is not sys.stdout:
            out.close()
    return 0 if share >= a.min_exact else 1


if __name__ == "__main__":
    sys.exit(main())
