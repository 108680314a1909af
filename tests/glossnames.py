#!/usr/bin/env python3
"""The generated gloss-name test (issue 15): the glossed names of the
corpora, put into sentences behind sentence-opening words, coordinations,
titles and possessives, must come out exactly as the gold names.

usage: glossnames.py [--bin PATH] [--seed N] [--per-gloss N]
                     [--min-accuracy R] [--json FILE] [--verbose] [DIR ...]

Glosses.  Every distinct gold gloss (name, cjk, type) of the FILE.gold.jsonl
files beside the FILE.txt files of the DIRs (default
../../shared/corpus/dev and ../../shared/corpus/dev-real from this script),
except:
- a name with no capital letter (`lying flat`, `getai`): SPEC §2.5 takes
  a lower-case term only when there is no capitalised run before the
  bracket, and most templates below put capitalised words right in front
  of the name (`Nearby`, `Taiwan’s`, `Nevada and`, titles), so the
  expected name there would not be the gold name;
- a name that the source quotes before its bracket (“Shanghai Is
  Melting” (#上海要融化了#)): the quotes are what delimit it (SPEC §2.5:
  the quoted term), and without them its words (`Is`, `How`, `Would You`)
  cannot be told from the words the templates put in front;
- a byline gloss with no bracket (`By Chang Wei-ming 張偉明`): it comes from
  the byline rule, where the name is what follows `By`, not from the noun
  phrase before a bracket that this test is about.

Cases.  A template is one rule of SPEC §2.5 about what stands in front of a
name (or between it and the bracket), written as a few sentences in which
the name N and the cjk C go: `Visitors to N (C) said the queues were
long.`  Some sentences fit only persons (titles, nationality words) or only
other names.  A case is one gloss in one sentence of one template; the
expected name is always the gold name, unchanged.  A template is not used
where SPEC would not give the gold name:
- coordinations, for a name with `and` (or `&`) inside
  (`Housing and Development Board`): `Nevada and Housing and Development
  Board` does not say where the coordination ends;
- a sentence that opens with N, for a name whose first word is an ordinary
  English word (`Park Ji-hoon`, `Tan Boon Hock`, `Income Tax Act`,
  `Central`): SPEC drops such a word when it opens the sentence
  (ORDINARY below lists them);
- a possessive in front (`Taiwan’s N`), for a name that has a possessive
  itself or opens with a word that continues the possessive's noun
  phrase (`of`, `and`, ...).
random.Random(--seed) gives each gloss --per-gloss different templates (all
when fewer fit) and one of their sentences each.

Running.  One sentence is one line, with a blank line between two (each its
own paragraph), up to BATCH sentences in one input file; `PATH
--format=json -q FILE` runs on each file (in parallel).  The gloss of a
case is the one whose span ("start", "end": SPEC §3.2) ends at the case's
closing bracket, on the case's line (the story's "line" plus the line
breaks of its "text" before the span); a gloss on the line that ends
elsewhere is taken when there is none there.  A case is exact when that
gloss's name is the gold name.  The text of every story must be the input
lines it covers, or the matching cannot be trusted: that is a run error.

Prints the accuracy (the share of exact cases), the accuracy per template
and what the misses got; --verbose also lists the glosses left out, the
accuracy of every sentence, and every miss as
`template: expected NAME got NAME2 (CJK) | sentence`; --json FILE writes
the totals as one JSON object ("accuracy", "cases", "exact", "errors",
"by_template", ...) to FILE ("-": standard output).

Exit status: 0 when accuracy >= --min-accuracy, 1 when not, 2 on a usage
error or when the binary exits non-zero on any input (its stderr is
printed) or its output cannot be matched to the input.
"""
import argparse, concurrent.futures, json, os, random, re
import sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpusrun  # noqa: E402
from collections import Counter, OrderedDict  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIRS = [os.path.join(HERE, "..", "..", "shared", "corpus", d)
                for d in ("dev", "dev-real")]
BATCH = 300

# Ordinary English words, lower-cased: a name that starts with one of them
# does not open a sentence in the cases (SPEC §2.5 drops such a word when
# it opens the sentence, so the expected name would not be the gold name).
# The first words of the corpora's names that are English words are here,
# and common words besides, so that a new name is likely covered.
ORDINARY = set("""
a about across act after agricultural ah all also an and another any as at
autumn back bank bay be before big black blue board book border both bridge
brown buildings bun but by camp can canal capital cape castle center central
centre chap chew church city civil clean club coast college commission
committee company council county court cross cultural day dear department
did do double down drum each early east eight every fair fan far farm few
film first fiscal five for forest forestry fort four free from fund garden
gardens golden good grand great green hall harbour harbor have he her here
hi high hill his ho hock home hope house housing how hung i if in income
industrial inner into is island it its jack just king lake lam land lane
last law lee lesser let little lo long low main many marina mark market may
meeting middle mill mine ministry monetary more most motor mount mountain
much museum must my national new night nine no none north northern not now
oh old on once one only or orchard organic oriental other our out over
paddy palace panel pang park party pass peak personal pine plain point
pond port post prince providence provisional queen quiet rain red
regulations ride ring river road rock rose royal saint sea second see
seven she shore should sin six so some song south southern spring square
state station still stone street such summer sun tan ten that the their
then there these they third this those three to too tower town travel
travelers tree two under union upper valley very village wan was we well
west western what when where which while white who why will wind winter
with woodlands would yes yet you young your
""".split())

# Words that continue a noun phrase and so cannot start one after a
# possessive (`Taiwan’s of ...`).
CONTINUING = {"of", "and", "or", "the", "for", "on", "in", "at", "to",
              "de", "da", "van", "von"}

# A template: id, the rule it tests (SPEC §2.5), and its sentences, each
# (kinds, text): kinds "p" person glosses only, "o" other glosses only, "po"
# both; {N} is the name and {C} the cjk.
TEMPLATES = [
    ("opener-lower",
     "an ordinary word opens the sentence, a lower-case word follows it",
     [("po", "Fans of {N} ({C}) gathered outside."),
      ("o", "Visitors to {N} ({C}) said the queues were long."),
      ("o", "Shoppers in {N} ({C}) found few bargains."),
      ("o", "Residents near {N} ({C}) complained about the noise."),
      ("o", "Tourists from {N} ({C}) filled the hotels."),
      ("o", "Residents of {N} ({C}) were told to stay indoors."),
      ("p", "Supporters of {N} ({C}) waited for hours."),
      ("p", "Critics of {N} ({C}) were not convinced.")]),
    ("opener-midline",
     "the same after a sentence on the same line",
     [("po", "The rain stopped at noon. Fans of {N} ({C}) came out again."),
      ("o", "Prices rose again. Shoppers in {N} ({C}) bought less."),
      ("o", "The road reopened. Visitors to {N} ({C}) returned."),
      ("p", "The vote was close. Supporters of {N} ({C}) cheered.")]),
    ("opener-function",
     "a capitalised function word opens the sentence right before the "
     "name (When, The)",
     [("po", "When {N} ({C}) was mentioned, the room went quiet."),
      ("po", "After {N} ({C}) was named, the debate ended."),
      ("po", "While {N} ({C}) waited, the rain began."),
      ("o", "The {N} ({C}) drew large crowds.")]),
    ("opener-occupation",
     "an occupation word opens the sentence right before the name "
     "(Economist Lin)",
     [("p", "Economist {N} ({C}) said growth would slow."),
      ("p", "Forecaster {N} ({C}) expects more rain."),
      ("p", "Researcher {N} ({C}) led the study."),
      ("p", "Spokeswoman {N} ({C}) declined to comment."),
      ("p", "Architect {N} ({C}) designed the hall."),
      ("p", "Farmer {N} ({C}) lost half his crop."),
      ("p", "Veteran {N} ({C}) won the final.")]),
    ("opener-adjective",
     "an ordinary adjective opens the sentence right before the name",
     [("o", "Nearby {N} ({C}) was also affected."),
      ("o", "Neighbouring {N} ({C}) has the same problem."),
      ("o", "Historic {N} ({C}) is busy again."),
      ("o", "Rural {N} ({C}) lost power for hours."),
      ("o", "Downtown {N} ({C}) was quiet on Sunday.")]),
    ("opener-comma",
     "a sentence adverb and a comma before the name",
     [("po", "Meanwhile, {N} ({C}) stayed in the news."),
      ("po", "Separately, {N} ({C}) was mentioned in the report."),
      ("po", "On Monday, {N} ({C}) was in the headlines.")]),
    ("coordination",
     "another proper noun and `and` before the name (Tainan and Chiayi)",
     [("o", "Officials from Nevada and {N} ({C}) met on Monday."),
      ("o", "Delegates from Manitoba, Nevada and {N} ({C}) signed the pact."),
      ("o", "Flights between Zanzibar and {N} ({C}) resume next week."),
      ("p", "Okafor and {N} ({C}) shook hands on Monday."),
      ("p", "Talks between Okafor and {N} ({C}) ended late.")]),
    ("title-start",
     "a title opens the sentence (President, Premier, Dr, Mr, ...)",
     [("p", "President {N} ({C}) said the plan would go ahead."),
      ("p", "Premier {N} ({C}) visited the site on Monday."),
      ("p", "Legislator {N} ({C}) asked for a review."),
      ("p", "Dr {N} ({C}) led the team."),
      ("p", "Mr {N} ({C}) declined to comment."),
      ("p", "Ms {N} ({C}) thanked the volunteers."),
      ("p", "Professor {N} ({C}) wrote the report."),
      ("p", "Mayor {N} ({C}) opened the market."),
      ("p", "Chairman {N} ({C}) called the meeting to order.")]),
    ("title-mid",
     "a title after lower-case words, `former` too",
     [("p", "The award went to former Minister {N} ({C}) on Friday."),
      ("p", "The plan was backed by former President {N} ({C})."),
      ("p", "A letter from Dr {N} ({C}) was read out."),
      ("p", "The motion was tabled by Legislator {N} ({C}) last week."),
      ("p", "It was signed by Mr {N} ({C}) in 2019."),
      ("p", "The stall is run by Madam {N} ({C}) and her son."),
      ("p", "“We will act,” said Premier {N} ({C}).")]),
    ("title-long",
     "a long office title or a party abbreviation "
     "(Minister of the Interior, Taipei Mayor, KMT)",
     [("p", "Minister of the Interior {N} ({C}) said the rules would "
            "change."),
      ("p", "Taipei Mayor {N} ({C}) opened the market."),
      ("p", "KMT Legislator {N} ({C}) asked for a review."),
      ("p", "Deputy Prime Minister {N} ({C}) met the delegation."),
      ("p", "The bill was opposed by DPP Legislator {N} ({C})."),
      ("p", "Minister of Foreign Affairs {N} ({C}) flew to Tokyo.")]),
    ("nationality",
     "a nationality word before the name",
     [("p", "Singaporean {N} ({C}) won the race."),
      ("p", "Taiwanese {N} ({C}) took second place."),
      ("p", "The prize went to Japanese {N} ({C}) this year."),
      ("p", "South Korean {N} ({C}) finished third.")]),
    ("possessive-before",
     "a possessive qualifier in front (Taiwan’s Hsieh Yu-ting)",
     [("po", "Taiwan’s {N} ({C}) drew praise."),
      ("po", "Japan's {N} ({C}) was in the news."),
      ("po", "Crowds cheered Taiwan’s {N} ({C}) on Sunday."),
      ("po", "Reports from Singapore's {N} ({C}) were mixed."),
      ("o", "Visitors packed Taipei’s {N} ({C}) over the weekend.")]),
    ("possessive-after",
     "’s or 's between the name and the bracket (Hung Hsiu-chu’s)",
     [("po", "Critics questioned {N}’s ({C}) view of the plan."),
      ("po", "{N}’s ({C}) view was clear."),
      ("po", "{N}'s ({C}) record speaks for itself."),
      ("po", "Many praised {N}'s ({C}) role.")]),
    ("title-possessive",
     "a title before the name and ’s after it (Tainan Mayor Huang "
     "Wei-che’s)",
     [("p", "Premier {N}’s ({C}) plan was approved."),
      ("p", "Officials studied Taipei Mayor {N}’s ({C}) proposal."),
      ("p", "Dr {N}'s ({C}) findings were published.")]),
    ("plain-mid",
     "the name after lower-case words",
     [("po", "The report quoted {N} ({C}) at length."),
      ("po", "It was the first mention of {N} ({C}) in years."),
      ("po", "the list included {N} ({C}) as well.")]),
    ("plain-start",
     "the name opens the sentence",
     [("po", "{N} ({C}) said on Monday that the plan would go ahead."),
      ("po", "The talks went well. {N} ({C}) was mentioned again.")]),
    ("said-quote",
     "a closing quote and `said` before the name",
     [("po", "“It was worth it,” said {N} ({C}), who was there."),
      ("po", "\"We will be back,\" said {N} ({C})."),
      ("po", "“Nobody expected this,” {N} ({C}) said.")]),
]


def die(msg):
    print("glossnames.py: " + msg, file=sys.stderr)
    sys.exit(2)


class Gloss:
    def __init__(self, name, cjk, kind, src):
        self.name, self.cjk, self.type, self.src = name, cjk, kind, src
        self.texts = []


def collect(dirs):
    """The distinct gold glosses of the directories, in the order first
    seen, each with the texts of the files that have it."""
    glosses = OrderedDict()
    for path, name in corpusrun.gold_files(dirs):
        with open(path, "rb") as f:
            text = f.read().decode("utf-8", "replace").replace("\r\n", "\n")
        gold_path = path[:-len(".txt")] + ".gold.jsonl"
        with open(gold_path, encoding="utf-8") as f:
            for n, raw in enumerate(f, 1):
                if not raw.strip():
                    continue
                try:
                    story = json.loads(raw)
                except ValueError as e:
                    die("%s:%d: bad json: %s" % (gold_path, n, e))
                for g in story.get("glosses") or []:
                    key = (g["name"], g["cjk"], g["type"])
                    if key not in glosses:
                        glosses[key] = Gloss(g["name"], g["cjk"], g["type"],
                                             name)
                    if text not in glosses[key].texts:
                        glosses[key].texts.append(text)
    return list(glosses.values())


OPEN_Q = "“\"‘'「『"
CLOSE_Q = "”\"’'」』"


def skip_reason(g):
    """Why a gloss is left out (see the module docstring), or None."""
    if not any(c.isupper() for c in g.name):
        return "lower-case"
    n, c = re.escape(g.name), re.escape(g.cjk)
    quoted = re.compile("[%s]#?%s#?[%s]\\s*[(（]"
                        % (OPEN_Q, n, CLOSE_Q))
    bracketed = re.compile("%s[^\\n(（]{0,12}[(（][^\\n)）]{0,40}?%s" % (n, c))
    byline = re.compile("(?m)^\\s*By:?\\s.*%s\\s+%s" % (n, c))
    for text in g.texts:
        if quoted.search(text):
            return "quoted"
    if (any(byline.search(t) for t in g.texts)
            and not any(bracketed.search(t) for t in g.texts)):
        return "byline"
    return None


def name_opens(text):
    """The sentence text opens with the name."""
    return text.startswith("{N}") or ". {N}" in text


def fits(g, kinds, text, tid):
    """Sentence text of template tid gives the gold name of g."""
    if ("p" if g.type == "person" else "o") not in kinds:
        return False
    words = g.name.split()
    first = words[0].lower()
    if name_opens(text) and first in ORDINARY:
        return False
    if tid == "coordination" and (
            re.search(r"\band\b", g.name, re.I) or "&" in g.name):
        return False
    if tid == "possessive-before" and (
            first in CONTINUING or re.search("[’']s\\b", g.name)):
        return False
    return True


class Case:
    def __init__(self, idx, tid, g, text):
        self.idx, self.tid, self.gloss, self.text = idx, tid, g, text
        pre, rest = text.split("{N}", 1)
        mid, tail = rest.split("{C}", 1)
        assert tail.startswith(")"), text
        self.sentence = pre + g.name + mid + g.cjk + tail
        self.col = len(pre)                                 # name starts
        self.end = len(pre) + len(g.name) + len(mid) + len(g.cjk) + 1
        self.file = self.line = None
        self.got = None          # the gloss found (a dict), or None
        self.where = None        # "here", "elsewhere on the line", "none"

    def exact(self):
        return self.got is not None and self.got.get("name") == \
            self.gloss.name


def make_cases(glosses, per_gloss, rng):
    cases = []
    for g in glosses:
        fit = []
        for tid, _, sentences in TEMPLATES:
            ok = [t for kinds, t in sentences if fits(g, kinds, t, tid)]
            if ok:
                fit.append((tid, ok))
        for tid, ok in rng.sample(fit, min(per_gloss, len(fit))):
            cases.append(Case(len(cases), tid, g, rng.choice(ok)))
    rng.shuffle(cases)
    return cases


def run(binary, path, label):
    """The stories (parsed JSON objects) of the binary on path."""
    return corpusrun.stories(binary, path, label)


def glosses_by_line(stories, lines, label):
    """{line: [(end column, gloss), ...]} of the glosses of stories, lines
    being the input file's lines; raises BinaryError when a story's text
    is not the input lines it covers."""
    found = {}
    for st in stories:
        try:
            first, text = int(st["line"]), st["text"]
            glosses = st["glosses"]
        except (KeyError, TypeError, ValueError) as e:
            raise corpusrun.BinaryError("%s: story without %s" % (label, e))
        got = text.split("\n")
        if got != lines[first - 1:first - 1 + len(got)]:
            raise corpusrun.BinaryError(
                "%s: the text of the story at line %d is not the input "
                "lines from there" % (label, first))
        # Where each line of text starts, in code points.
        starts = [0]
        for l in got[:-1]:
            starts.append(starts[-1] + len(l) + 1)
        for g in glosses:
            end = int(g["end"])
            k = max(i for i, s in enumerate(starts) if s <= end - 1)
            found.setdefault(first + k, []).append((end - starts[k], g))
    return found


def run_batch(binary, tmp, num, batch):
    """Write the cases of batch to a file, run it, and give every case the
    gloss storysift found for it."""
    path = os.path.join(tmp, "glossnames-%03d.txt" % num)
    lines = []
    for c in batch:
        c.file, c.line = os.path.basename(path), len(lines) + 1
        lines.extend([c.sentence, ""])
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    label = "%s (%d sentences)" % (path, len(batch))
    found = glosses_by_line(run(binary, path, label), lines, label)
    for c in batch:
        on_line = found.get(c.line, [])
        here = [g for end, g in on_line if end == c.end]
        if here:
            c.got, c.where = here[0], "here"
        elif on_line:
            c.got, c.where = on_line[-1][1], "elsewhere on the line"
        else:
            c.where = "none"


def miss_kind(c):
    """What storysift got instead of the gold name."""
    if c.got is None:
        return "no gloss"
    if c.where != "here":
        return "a gloss at another bracket"
    got, want = c.got.get("name") or "", c.gloss.name
    if got.endswith(want):
        return "words in front kept"
    if want.endswith(got):
        return "words of the name dropped"
    if want in got:
        return "words around kept"
    return "another name"


def main():
    t0 = time.time()
    ap = argparse.ArgumentParser(description="storysift gloss-name test")
    ap.add_argument("--bin", default=os.environ.get(
        "STORYSIFT", os.path.join(HERE, "..", "src", "storysift")))
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--per-gloss", type=int, default=4)
    ap.add_argument("--min-accuracy", type=float, default=0.98)
    ap.add_argument("--json", metavar="FILE",
                    help="also write the totals as one JSON object to FILE")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("dirs", nargs="*")
    args = ap.parse_args()
    if args.per_gloss < 1:
        die("--per-gloss must be at least 1")

    try:
        glosses = collect(args.dirs or DEFAULT_DIRS)
    except ValueError as e:
        die(str(e))
    skipped = Counter()
    used = []
    for g in glosses:
        why = skip_reason(g)
        if why:
            skipped[why] += 1
        else:
            used.append(g)
    if not used:
        die("no glosses to test in the directories")
    rng = random.Random(args.seed)
    cases = make_cases(used, args.per_gloss, rng)

    errors = 0
    with tempfile.TemporaryDirectory(prefix="storysift-glossnames.") as tmp:
        batches = [cases[i:i + BATCH] for i in range(0, len(cases), BATCH)]
        workers = min(16, (os.cpu_count() or 1) * 2)
        with concurrent.futures.ThreadPoolExecutor(workers) as ex:
            futs = [ex.submit(run_batch, args.bin, tmp, k, b)
                    for k, b in enumerate(batches, 1)]
            for f in futs:
                try:
                    f.result()
                except corpusrun.BinaryError as e:
                    sys.stderr.write("glossnames.py: %s\n" % e)
                    errors += 1

    exact = sum(1 for c in cases if c.exact())
    accuracy = exact / len(cases)
    by_template = OrderedDict()
    for tid, _, _ in TEMPLATES:
        mine = [c for c in cases if c.tid == tid]
        n = sum(1 for c in mine if c.exact())
        by_template[tid] = {"cases": len(mine), "exact": n,
                            "accuracy": n / len(mine) if mine else 1.0}
    misses = [c for c in cases if not c.exact()]
    kinds = Counter(miss_kind(c) for c in misses)
    cjk_differs = sum(1 for c in cases if c.got is not None
                      and c.where == "here"
                      and c.got.get("cjk") != c.gloss.cjk)
    type_differs = sum(1 for c in cases if c.got is not None
                       and c.where == "here"
                       and c.got.get("type") != c.gloss.type)
    persons = sum(1 for g in used if g.type == "person")

    print("glossnames: %d cases (seed %d; %d glosses in %d templates, "
          "%d per gloss)" % (len(cases), args.seed, len(used),
                             len(TEMPLATES), args.per_gloss))
    print("glosses: %d distinct in the gold, %d used (%d person, %d other)"
          "; left out: %s" % (
              len(glosses), len(used), persons, len(used) - persons,
              ", ".join("%d %s" % (n, k) for k, n in sorted(
                  skipped.items())) or "none"))
    print("names exact: %.3f (%d/%d; minimum %.3f)"
          % (accuracy, exact, len(cases), args.min_accuracy))
    for tid, r in by_template.items():
        print("  %-18s %.3f (%d/%d)" % (tid, r["accuracy"], r["exact"],
                                        r["cases"]))
    print("misses: " + (", ".join("%s %d" % kv for kv in sorted(
        kinds.items(), key=lambda kv: (-kv[1], kv[0]))) or "none"))
    print("at the case's bracket, cjk differs: %d, type differs: %d "
          "(not scored)" % (cjk_differs, type_differs))
    if errors:
        print("run errors: %d input files" % errors)
    print("time: %.1f s" % (time.time() - t0))
    if args.verbose:
        print("left out:")
        for g in glosses:
            if skip_reason(g):
                print("  %s: %s (%s), %s" % (skip_reason(g), g.name, g.cjk,
                                             g.src))
        print("by sentence:")
        for tid, _, sentences in TEMPLATES:
            for _, text in sentences:
                mine = [c for c in cases if c.text == text]
                n = sum(1 for c in mine if c.exact())
                if mine:
                    print("  %-18s %.3f (%d/%d) %s"
                          % (tid, n / len(mine), n, len(mine), text))
        print("misses:")
        for c in sorted(misses, key=lambda c: (c.tid, c.idx)):
            got = c.got.get("name") if c.got else None
            print("%s: expected %s got %s (%s) | %s"
                  % (c.tid, c.gloss.name,
                     "nothing" if got is None else got
                     + ("" if c.where == "here" else " [" + c.where + "]"),
                     c.gloss.cjk, c.sentence))
    if args.json:
        totals = {"accuracy": accuracy, "cases": len(cases),
                  "exact": exact, "errors": errors, "seed": args.seed,
                  "glosses": len(used), "skipped": dict(skipped),
                  "misses": dict(kinds), "cjk_differs": cjk_differs,
                  "type_differs": type_differs,
                  "by_template": by_template}
        text = json.dumps(totals) + "\n"
        if args.json == "-":
            sys.stdout.write(text)
        else:
            with open(args.json, "w") as f:
                f.write(text)
    if errors:
        sys.exit(2)
    sys.exit(0 if accuracy >= args.min_accuracy else 1)


if __name__ == "__main__":
    main()
