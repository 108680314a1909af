#!/usr/bin/env python3
"""The generated romanisation test (issue 15): the corpora's person glosses,
their CJK paired with names written in every romanisation the tables of
src/roman_tables.c know, must be typed person; the same names over a CJK
that ends like a place or a hall must be typed other.

usage: romantypes.py [--bin PATH] [--seed N] [--per-style N]
                     [--min-accuracy R] [--json FILE] [--verbose] [DIR ...]

Names.  The syllable tables (pinyin, wade_giles, taiwan_forms, tongyong,
cantonese, hokkien, korean), the romanised surnames and the Western given
names are read from src/roman_tables.c.  A name is a surname of the table
that is one syllable of some table (a compound one, `Ouyang`, would take
two of the three characters) and a given name of two syllables of one table, written the way that
romanisation writes names: Pinyin run together (`Jinping`, no syllable
opening with a vowel second), Wade-Giles, Taiwan forms, Tongyong,
Cantonese and Korean hyphenated (`Ing-wen`), Hokkien as two words
(`Boon Hwee`); or a Western given name and a surname (`Lawrence Wong`).

CJK.  The CJK of the gold person glosses of the DIRs: three Han characters
for the Chinese styles and the Western given name, three Hangul syllables
for Korean.  The negative cases take a three-Han CJK and put 堂 (hall),
宮 (palace, temple) or 山 (mountain) in place of its last character,
under the Hokkien style (a hyphenated given name is a person's whatever
the CJK ends in: `Sun Yat-sen (孫中山)`).

Cases.  `Officials said NAME (CJK) spoke on Monday.`, one a line, a blank
line between two, all in one file; random.Random(--seed) draws
--per-style names for each style.  A case is right when the gloss on its
line has the name exactly and the expected type.

Exit status: 0 when the share right >= --min-accuracy, 1 when not, 2 on a
usage or run error.
"""
import argparse, json, os, random, re, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpusrun  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIRS = [os.path.join(HERE, "..", "..", "shared", "corpus", d)
                for d in ("dev", "dev-real")]
HAN = re.compile(r"^[\u4e00-\u9fff]{3}$")
HANGUL = re.compile(r"^[\uac00-\ud7af]{3}$")
STYLES = ("pinyin", "wade_giles", "taiwan_forms", "tongyong", "cantonese",
          "hokkien", "korean")


def tables(path):
    """The string tables of roman_tables.c, by name."""
    src = open(path, encoding="utf-8").read()
    found = {}
    for m in re.finditer(r"static const char \*const (\w+)\[\] = \{(.*?)\};",
                         src, re.S):
        found[m.group(1)] = re.findall(r'"([^"]*)"', m.group(2))
    return found


def person_cjk(dirs):
    """(three-Han, three-Hangul) CJK of the gold person glosses."""
    han, hangul = set(), set()
    for path, _ in corpusrun.gold_files(dirs):
        with open(path[:-len(".txt")] + ".gold.jsonl", encoding="utf-8") as f:
            for line in f:
                for g in json.loads(line).get("glosses", []):
                    if g["type"] != "person":
                        continue
                    if HAN.match(g["cjk"]):
                        han.add(g["cjk"])
                    elif HANGUL.match(g["cjk"]):
                        hangul.add(g["cjk"])
    return sorted(han), sorted(hangul)


def given(style, syllables, rng):
    """A given name of two syllables, written as the style writes it."""
    while True:
        a, b = rng.choice(syllables), rng.choice(syllables)
        if style == "pinyin":
            if b[0] in "aeiou":
                continue
            return (a + b).capitalize()
        if style == "hokkien":
            return a.capitalize() + " " + b.capitalize()
        return a.capitalize() + "-" + b


def cases(t, han, hangul, per_style, rng):
    # one-syllable surnames only (a syllable of some table): a compound
    # one (`Ouyang`, `Szeto`) takes two of the three characters
    syllables = set()
    for style in STYLES:
        syllables.update(t[style])
    surnames = [s for s in t["surnames"] if s in syllables]
    out = []
    for style in STYLES:
        for _ in range(per_style):
            name = rng.choice(surnames).capitalize() + " " + \
                given(style, t[style], rng)
            cjk = rng.choice(hangul if style == "korean" else han)
            out.append((style, name, cjk, "person"))
    for _ in range(per_style):
        name = rng.choice(t["given_names"]).capitalize() + " " + \
            rng.choice(surnames).capitalize()
        out.append(("western", name, rng.choice(han), "person"))
    for _ in range(per_style):
        name = rng.choice(surnames).capitalize() + " " + \
            given("hokkien", t["hokkien"], rng)
        cjk = rng.choice(han)[:2] + rng.choice("堂宮山")
        out.append(("hall", name, cjk, "other"))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(HERE, "..", "src",
                                                  "storysift"))
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--per-style", type=int, default=100)
    ap.add_argument("--min-accuracy", type=float, default=0.98)
    ap.add_argument("--json")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("dirs", nargs="*")
    a = ap.parse_args()
    try:
        t = tables(os.path.join(HERE, "..", "src", "roman_tables.c"))
        han, hangul = person_cjk(a.dirs or DEFAULT_DIRS)
    except (OSError, ValueError) as e:
        print("romantypes.py: %s" % e, file=sys.stderr)
        return 2
    missing = [s for s in STYLES + ("surnames", "given_names") if s not in t]
    if missing or not han or not hangul:
        print("romantypes.py: no tables %s or no person CJK" % missing,
              file=sys.stderr)
        return 2
    rng = random.Random(a.seed)
    todo = cases(t, han, hangul, a.per_style, rng)
    text = "\n\n".join("Officials said %s (%s) spoke on Monday." % (n, c)
                       for _, n, c, _ in todo) + "\n"
    with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as f:
        f.write(text.encode("utf-8"))
        path = f.name
    try:
        found = corpusrun.stories(a.bin, path, "the romanised names")
    except corpusrun.BinaryError as e:
        print("romantypes.py: %s" % e, file=sys.stderr)
        return 2
    finally:
        os.unlink(path)
    # each case is line 2k+1; a gloss's line is its story's line plus the
    # line breaks of the story's text before the gloss
    got = {}
    for s in found:
        chars = list(s["text"])
        for g in s["glosses"]:
            line = s["line"] + "".join(chars[:g["start"]]).count("\n")
            got[line] = (g["name"], g["type"])
    right, by_style = 0, {}
    for k, (style, name, cjk, want) in enumerate(todo):
        g = got.get(2 * k + 1)
        ok = g == (name, want)
        right += ok
        r = by_style.setdefault(style, [0, 0])
        r[0] += ok
        r[1] += 1
        if not ok and a.verbose:
            print("%s: want %s %s, got %s | %s (%s)"
                  % (style, name, want, g, name, cjk))
    share = right / len(todo)
    print("romanised names: %d cases (seed %d)" % (len(todo), a.seed))
    print("right: %.3f (%d/%d; minimum %.3f)"
          % (share, right, len(todo), a.min_accuracy))
    for style, (r, n) in by_style.items():
        print("  %-13s %.3f (%d/%d)" % (style, r / n, r, n))
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"accuracy": round(share, 4), "cases": len(todo),
                       "errors": 0,
                       "by_style": {k: v[0] / v[1]
                                    for k, v in by_style.items()}}, f)
            f.write("\n")
    return 0 if share >= a.min_accuracy else 1


if __name__ == "__main__":
    sys.exit(main())
