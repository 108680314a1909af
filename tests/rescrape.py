"""Issue 19's acceptance, measured on the corpora (SPEC §8).

usage: rescrape.py --bin STORYSIFT --json SUMMARY [--roles ROLES] DIR...

Articles.  Every gold story of kind article in DIR/*.txt (with its
FILE.gold.jsonl), from its "line" to the line before the next gold
story's, trailing blank lines dropped, is cut out of its file with its
bytes and line ends as they are, and run alone.  When the tool splits it,
its largest story (most bytes) stands for it: the log says how many
articles split, and which.

1. Re-scrapes.  Four variants of every article, each in a file of its own:
     timestamp  a date line (five forms, in turn) under the gold headline,
                or under the first line when that is a short title, else
                on top;
     appended   one more paragraph of 20 to 40 words (six, in turn) after
                the last line of 8 words or more (before a sign-off,
                credits, footers), a blank line before it when the
                article spaces its paragraphs so;
     furniture  site lines before and after (three sets, in turn);
     crlf       the other line ends (LF <-> CRLF) and trailing spaces.
   The re-scrape is found the same when its main story (its largest) run
   alone has an id within 3 bits of the original's, or when a -u run over
   the original's file and the re-scrape's does not print it (equal leads,
   end to end; a drop for being a blurb that promotes the original does
   not count).  Every failure is printed with the ids, their distance,
   the stories and prose paragraphs of each side and, with --roles, the
   role the tool gave each line added and each line whose role changed.
   Also measured, not targets: re-scrapes of which -u printed nothing at
   all (no lines split off as a story of their own), and the original and
   the re-scrape written in one file with a form-feed line between them.
2. False matches.  Every two distinct articles: ids within 3 bits, unless
   their words are the same text (Jaccard > 0.8: the same article twice,
   listed apart).  Leads: one -u run over every article (each a file)
   drops every article the same as an earlier one, by id or lead, end to
   end; and pairs whose first three paragraphs (lines of 8 words or more)
   have the same words run under -u two by two.
3. Promotes.  Pairs from the gold files: a blurb whose lede (after its
   gold kicker, deck, headline, byline, dateline) opens with the same 8
   words as an article's first paragraph, or whose gold headline is the
   article's.  Each pair runs four ways: article then blurb, in two files
   and in one (form feed between), where the blurb must promote the
   article's id and nothing else; blurb then article, two files and one,
   where it must promote nothing.  Wrong links: every corpus file in one
   run (in order, and in reverse order), and every gold article before
   every gold blurb in one run, each story a file: a non-null promotes
   must name an article printed earlier in that run whose opening (its
   first 8 prose words, as above) or headline is the blurb's.  Teasers
   made from every article (its first paragraph cut after 20 words, alone
   and under its headline) must promote it.
Prints the figures and every failure; writes SUMMARY (json).  Exit status
1 when a target is missed.
"""
import argparse, concurrent.futures, json, os, re, subprocess, sys
import tempfile, time, unicodedata

import corpusrun

CJK_PREFIXES = ("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH", "HIRAGANA",
                "KATAKANA", "HANGUL", "BOPOMOFO")
FF = b"\f"      # a line holding only a form feed: a hard story boundary


def is_cjk(c):
    if ord(c) < 0x1100:
        return False
    try:
        return unicodedata.name(c).startswith(CJK_PREFIXES)
    except ValueError:
        return False


def words(text):
    """fingerprint.h's words: between white space, case-folded, letters,
    marks and digits kept, each CJK character a word."""
    out, cur = [], ""
    for c in text:
        o = ord(c)
        if o < 0x80:
            if c.isalnum():
                cur += c.lower()
            elif o <= 0x20 or o == 0x7F:
                if cur:
                    out.append(cur)
                cur = ""
            continue
        cat = unicodedata.category(c)
        if is_cjk(c):
            if cur:
                out.append(cur)
            cur = ""
            out.append(c)
        elif cat[0] == "Z":
            if cur:
                out.append(cur)
            cur = ""
        elif cat[0] in "LMN" and c != "\ufffd":
            cur += c.casefold()
    if cur:
        out.append(cur)
    return out


def bits(a, b):
    return bin(int(a, 16) ^ int(b, 16)).count("1")


def near(a, b):
    return int(a, 16) != 0 and int(b, 16) != 0 and bits(a, b) <= 3


def jaccard(a, b):
    return len(a & b) / (len(a | b) or 1)


class Story:
    """A gold story: its file, gold record and lines (bytes, without
    their line ends), and the file's line end."""

    def __init__(self, name, gold, lines, eol):
        self.name, self.gold, self.lines, self.eol = name, gold, lines, eol

    def where(self):
        return "%s:%d" % (self.name, self.gold["line"])

    def text(self):
        return [l.decode("utf-8", "replace") for l in self.lines]


def gold_stories(txt):
    data = open(txt, "rb").read()
    raw = data.split(b"\n")
    if raw and raw[-1] == b"":
        raw.pop()
    eol = b"\r\n" if data.count(b"\r\n") * 2 > data.count(b"\n") else b"\n"
    lines = [l[:-1] if l.endswith(b"\r") else l for l in raw]
    gold = [json.loads(l) for l in open(txt[:-4] + ".gold.jsonl")]
    name = os.path.basename(txt)
    for i, g in enumerate(gold):
        end = gold[i + 1]["line"] - 1 if i + 1 < len(gold) else len(lines)
        body = lines[g["line"] - 1:end]
        while body and not body[-1].strip():
            body.pop()
        if body:
            yield Story(name, g, body, eol)


def write(path, lines, eol=b"\n"):
    with open(path, "wb") as f:
        f.write(b"".join(l + eol for l in lines))


def run(binary, args, files):
    """The json stories of one run over files (one run: -u and promotes
    span them all)."""
    out = subprocess.run([binary, "-f", "json"] + args + files,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if out.returncode != 0:
        sys.exit("%s exited %d: %s" % (binary, out.returncode,
                                        out.stderr.decode()[:500]))
    return [json.loads(l) for l in out.stdout.decode().splitlines()]


def run_each(binary, args, runs):
    """The json stories of many runs (each a list of files), two at a
    time."""
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        return [s for got in pool.map(lambda f: run(binary, args, f), runs)
                for s in got]


def by_file(stories):
    out = {}
    for s in stories:
        out.setdefault(s["file"], []).append(s)
    return out


def largest(stories):
    return max(stories, key=lambda s: s["bytes"]) if stories else None


# The variants.  Date lines as sites write them; paragraphs of 20 to 40
# words that an article might grow by; site furniture.
TIMESTAMPS = [b"Updated: 2026-12-03 14:05",
              b"Last updated 3 Dec 2026, 2:05pm",
              b"Published: Dec 3, 2026 | Updated: 14:05",
              b"2026/12/03 14:05",
              b"Updated 2:05pm, 3 Dec 2026"]
APPENDED = [
    b"Additional reporting by Lee I-chia. The ministry said it would "
    b"release further details of the plan next week after consulting "
    b"local governments and industry groups.",
    b"The office said in a statement late yesterday that it would continue "
    b"to monitor the situation closely and would brief lawmakers on the "
    b"matter when the session resumes.",
    b"Officials are expected to meet again on Friday to review progress, "
    b"according to people familiar with the talks who asked not to be "
    b"named because the discussions were private.",
    b"A spokesperson declined to comment further when reached by telephone "
    b"last night, saying only that more information would be made "
    b"available in the coming days.",
    b"The committee will hold a public hearing on the proposal later this "
    b"month, and residents who wish to speak have been asked to register "
    b"in advance on its Web site.",
    b"Critics said the changes did not go far enough, while supporters "
    b"argued they struck a reasonable balance between public safety, cost "
    b"and the needs of local businesses.",
]
FURNITURE = [     # (lines before, lines after)
    ([b"Home | News | Taiwan", b"Share this article"],
     [b"Advertisement",
      "Copyright \u00a9 2026 The Daily. All rights reserved.".encode()]),
    ([b"Home > World > Asia", b"Listen to this article"],
     [b"Related: Lawmakers pass budget after all-night session",
      b"Share this article", b"Advertisement"]),
    ([b"Skip to main content", b"Advertisement", b"Follow us on Facebook"],
     [b"Related: Typhoon season starts early this year",
      b"Related: Rail fares to rise in April",
      "Copyright \u00a9 2026 The Daily. All rights reserved.".encode()]),
]
KINDS = ("timestamp", "appended", "furniture", "crlf")
SENTENCE_END = re.compile("[.!?\u3002\uff01\uff1f][\u201d\u2019\"')\\]]*$")


def short_title(line):
    """A title line: 14 words at most, not ending a sentence nor cut off
    (`Liao Chien-hung's (` is a paragraph cut at a broken gloss)."""
    t = line.decode("utf-8", "replace").strip()
    return (0 < len(t.split()) <= 14 and not SENTENCE_END.search(t) and
            t[-1] not in "(,;:-\u2013\u2014" and t.count("(") <= t.count(")"))


def spaced(lines):
    """Does the article put a blank line between its paragraphs (most
    gaps between two non-blank lines hold one)?"""
    gaps = blank = 0
    for i in range(1, len(lines)):
        if lines[i].strip():
            j = i - 1
            while j >= 0 and not lines[j].strip():
                j -= 1
            if j >= 0:
                gaps += 1
                blank += j < i - 1
    return gaps > 0 and 2 * blank > gaps


def last_paragraph(lines):
    """The index of the article's last line of 8 words or more (its last
    paragraph, before a sign-off, credits or footers)."""
    return max((i for i, l in enumerate(lines)
                if len(l.decode("utf-8", "replace").split()) >= 8),
               default=len(lines) - 1)


def stamp_at(a):
    """Where a date line goes: under the gold headline, or under a short
    title on the first line, else on top."""
    h = (a.gold.get("headline") or "").strip()
    first = next((i for i, l in enumerate(a.lines) if l.strip()), 0)
    for i, l in enumerate(a.lines):
        if h and l.decode("utf-8", "replace").strip() == h:
            return i + 1
    return first + 1 if short_title(a.lines[first]) else 0


def variant(a, kind, k):
    """(lines, line end, indexes of the lines added, what was added,
    where each line of the original went)."""
    body = a.lines
    gap = [b""] if spaced(body) else []
    n = len(body)
    if kind == "timestamp":
        at, stamp = stamp_at(a), TIMESTAMPS[k % len(TIMESTAMPS)]
        return (body[:at] + [stamp] + body[at:], a.eol, [at],
                stamp.decode(), [i + (i >= at) for i in range(n)])
    if kind == "appended":
        para = APPENDED[k % len(APPENDED)]
        at, more = last_paragraph(body) + 1, len(gap) + 1
        return (body[:at] + gap + [para] + body[at:], a.eol,
                [at + len(gap)], "paragraph %d" % (k % len(APPENDED) + 1),
                [i + more * (i >= at) for i in range(n)])
    if kind == "furniture":
        top, bottom = FURNITURE[k % len(FURNITURE)]
        top, bottom = top + gap, gap + bottom
        added = list(range(len(top))) + [len(top) + n + i
                                         for i in range(len(bottom))]
        return (top + body + bottom, a.eol, added, "set %d" % (
            k % len(FURNITURE) + 1), [len(top) + i for i in range(n)])
    eol = b"\n" if a.eol == b"\r\n" else b"\r\n"
    return ([l + b"  " if l.strip() else l for l in body], eol, [],
            "CRLF" if eol == b"\r\n" else "LF", list(range(n)))


def roles_of(roles, path):
    """Line number -> role, by tests/tools/roles."""
    out = subprocess.run([roles, path], stdout=subprocess.PIPE)
    got = {}
    for l in out.stdout.decode("utf-8", "replace").splitlines():
        m = re.match(r"^\S*\s+(\d+) (\S+)", l)
        if m:
            got[int(m.group(1))] = m.group(2)
    return got


def prose_paragraphs(role, lines):
    """Lines read as body (prose paragraphs), of the lines given."""
    return sum(1 for i, l in enumerate(lines)
               if l.strip() and role.get(i + 1) == "body")


def articles_alone(binary, articles, tmp, report):
    """Each article run alone: its main story (the largest), and the
    articles the tool splits."""
    files = []
    for k, a in enumerate(articles):
        files.append(os.path.join(tmp, "a%d.txt" % k))
        write(files[-1], a.lines, a.eol)
    got = by_file(run_each(binary, [], [[f] for f in files]))
    mains, split = [], []
    for k, a in enumerate(articles):
        stories = got.get(files[k], [])
        mains.append(largest(stories))
        mains[-1]["stories_alone"] = len(stories)
        if len(stories) != 1:
            split.append("%s: %d stories (%s); the largest, line %d, "
                         "stands for it" % (a.where(), len(stories), ", ".join(
                             "%s of %d lines" % (s["kind"], s["lines"])
                             for s in stories), mains[-1]["line"]))
    report["articles_split"] = len(split)
    report["articles_read_as_blurb"] = sum(
        1 for s in mains if s["kind"] != "article")
    print("articles: %d gold articles; %d split by the tool when run alone "
          "(the largest story stands for each), %d read as a blurb"
          % (len(articles), len(split), report["articles_read_as_blurb"]))
    for s in split:
        print("  split: " + s)
    for a, s in zip(articles, mains):
        if s["kind"] != "article":
            print("  read as a blurb: %s (%d lines, truncated %s)"
                  % (a.where(), s["lines"], s["truncated"]))
    return files, mains


class Rescrape:
    """One variant of one article: run alone, and after the original and
    a form feed."""

    def __init__(self, k, a, kind, tmp):
        self.k, self.a, self.kind = k, a, kind
        (self.lines, self.eol, self.added, self.what,
         self.where) = variant(a, kind, k)
        self.alone = os.path.join(tmp, "v%d-%s.txt" % (k, kind))
        self.pair = os.path.join(tmp, "p%d-%s.txt" % (k, kind))
        write(self.alone, self.lines, self.eol)
        with open(self.pair, "wb") as f:
            f.write(b"".join(l + a.eol for l in a.lines))
            f.write(FF + b"\n")
            f.write(b"".join(l + self.eol for l in self.lines))
        self.start = sum(len(l) + len(a.eol) for l in a.lines) + 2

    def explain(self, roles, orig_file):
        """Prose paragraphs before and after, the roles of the lines
        added, and the lines of the original whose role changed."""
        ro, rv = roles_of(roles, orig_file), roles_of(roles, self.alone)
        changed = ["line %d %s -> %s (%r)" % (
            i + 1, ro.get(i + 1), rv.get(self.where[i] + 1), l.decode(
                "utf-8", "replace")[:40])
            for i, l in enumerate(self.a.lines)
            if l.strip() and ro.get(i + 1) != rv.get(self.where[i] + 1)]
        added = ["%s (%r)" % (rv.get(i + 1, "?"),
                              self.lines[i].decode()[:40])
                 for i in self.added if self.lines[i].strip()]
        return (prose_paragraphs(ro, self.a.lines),
                prose_paragraphs(rv, self.lines),
                "; lines added read as " + (", ".join(added) or "-") +
                "; roles changed: " + (", ".join(changed) or "none"))


def rescrapes(binary, articles, files, mains, tmp, report, roles):
    """Each variant is found the same when its main story run alone has
    an id within 3 bits of the original's alone, or when a -u run of the
    original's file and the variant's does not print the variant's main
    story (equal leads, end to end).  The same pair written in one file,
    a form feed between, is measured too."""
    vs = [Rescrape(k, a, kind, tmp) for k, a in enumerate(articles)
          for kind in KINDS]
    two = [[files[v.k], v.alone] for v in vs]
    alone = by_file(run_each(binary, [], [[v.alone] for v in vs]))
    plain2 = by_file(run_each(binary, [], two))
    kept2 = printed_by(run_each(binary, ["-u"], two))
    pair = by_file(run_each(binary, [], [[v.pair] for v in vs]))
    kept = printed_by(run_each(binary, ["-u"], [[v.pair] for v in vs]))
    counts = {kind: [0, 0, 0, 0] for kind in KINDS}  # n, same, one, ff
    failures, extra, differ = [], [], []
    long_appended = [0, 0]      # articles of 3 prose paragraphs or more
    for v in vs:
        orig = mains[v.k]
        var = largest(alone[v.alone])
        v2 = largest(plain2[v.alone])
        dropped = v2["story"] not in kept2.get(v.alone, set())
        promo = v2["kind"] == "blurb" and v2["promotes"] is not None
        same = near(orig["id"], var["id"]) or (dropped and not promo)
        left = [s for s in plain2[v.alone]
                if s["story"] in kept2.get(v.alone, set())]
        stories = pair[v.pair]
        p_orig = largest([s for s in stories if s["offset"] < v.start])
        p_var = largest([s for s in stories if s["offset"] >= v.start])
        p_dropped = p_var["story"] not in kept.get(v.pair, set())
        p_promo = p_var["kind"] == "blurb" and p_var["promotes"] is not None
        same_ff = near(p_orig["id"], p_var["id"]) or (p_dropped and
                                                      not p_promo)
        c = counts[v.kind]
        c[0] += 1
        c[1] += same
        c[2] += same and not left
        c[3] += same_ff
        if (p_orig["id"], p_var["id"]) != (orig["id"], var["id"]):
            differ.append("%s %s: ids alone %s %s, after a form feed %s %s"
                          "%s" % (v.a.where(), v.kind, orig["id"], var["id"],
                                  p_orig["id"], p_var["id"],
                                  "" if same_ff else " (not found the same)"))
        if same and left:
            extra.append("%s %s: %s" % (v.a.where(), v.kind, ", ".join(
                "%s of %d lines at line %d (%s)" % (
                    s["kind"], s["lines"], s["line"], s["boundary"])
                for s in left)))
        why = ""
        if roles and (not same or v.kind == "appended"):
            po, pv, why = v.explain(roles, files[v.k])
            why = "; prose paragraphs %d -> %d%s" % (po, pv, why)
            if v.kind == "appended" and po >= 3:
                long_appended[0] += 1
                long_appended[1] += same
        if not same:
            failures.append(
                "%s %s (%s): ids %s %s, %d bits apart; -u %s; %s -> %s; "
                "stories alone %d -> %d%s"
                % (v.a.where(), v.kind, v.what, orig["id"], var["id"],
                   bits(orig["id"], var["id"]),
                   "dropped it (a blurb promoting the original)" if dropped
                   else "printed it", orig["kind"], var["kind"],
                   orig["stories_alone"],
                   len(alone[v.alone]), why))
    total = sum(c[0] for c in counts.values())
    good = sum(c[1] for c in counts.values())
    one = sum(c[2] for c in counts.values())
    ff = sum(c[3] for c in counts.values())
    report.update(same_rate=good / total, variants=total,
                  variants_same=good, one_story_rate=one / total,
                  same_rate_after_formfeed=ff / total,
                  variants_read_otherwise_after_formfeed=len(differ))
    for kind, c in counts.items():
        report["same_rate_" + kind] = c[1] / c[0]
    print("re-scrapes found the same: %d of %d (%.4f)"
          % (good, total, report["same_rate"]))
    for kind in KINDS:
        c = counts[kind]
        print("  %-10s %d of %d (%.4f)" % (kind, c[1], c[0], c[1] / c[0]))
    if roles:
        n, g = long_appended
        report["appended_long_rate"] = g / n if n else 0
        print("  appended, to articles of 3 prose paragraphs or more "
              "(where leads apply): %d of %d" % (g, n))
    for f in failures:
        print("  not found the same: " + f)
    print("found the same, and -u printed nothing of the re-scrape (none "
          "of its lines read as a story apart): %d of %d (%.4f): %s"
          % (one, total, one / total, ", ".join(
              "%s %d" % (kind, counts[kind][2]) for kind in KINDS)))
    for e in extra:
        print("  extra story: " + e)
    print("original and re-scrape in one file, a form feed between: %d of "
          "%d found the same (%.4f): %s; %d pages read otherwise than "
          "alone" % (ff, total, ff / total, ", ".join(
              "%s %d" % (kind, counts[kind][3]) for kind in KINDS),
              len(differ)))
    for d in differ:
        print("  read otherwise after a form feed: " + d)


def printed_by(stories):
    """File -> the story numbers a run printed."""
    kept = {}
    for s in stories:
        kept.setdefault(s["file"], set()).add(s["story"])
    return kept


def lead_words(a):
    """The words of its first three lines of 8 words or more (prose
    paragraphs, roughly); None under three."""
    paras = [l for l in a.text() if len(l.split()) >= 8][:3]
    return tuple(words(" ".join(paras))) if len(paras) == 3 else None


def dropped_for(binary, s, k, earlier, files, mains, index, articles,
                wordsets):
    """Why -u dropped article k's main story s in a run of every article:
    None when its id is near an earlier article's main story (a pair the
    ids count already), else ("piece", why) when it repeats a piece of its
    own file, ("twins", why) for the same text in two articles, ("false",
    why) for two distinct articles."""
    j, how = None, None
    for e in earlier:
        if near(e["id"], s["id"]):
            j = index[e["file"]]
            if j != k and e["story"] == mains[j]["story"]:
                return None
            how = "id %s within %d bits of story %d of %s" % (
                s["id"], bits(e["id"], s["id"]), e["story"],
                "its own file" if j == k else articles[j].where())
            break
    if how is None and s["story"] not in {
            x["story"] for x in run(binary, ["-u"], [files[k]])}:
        j, how = k, "the lead of a piece of its own file"
    for i in range(k) if how is None else ():
        if len(run(binary, ["-u"], [files[i], files[k]])) < len(
                run(binary, [], [files[i], files[k]])):
            j, how = i, "equal leads with %s" % articles[i].where()
            break
    where = "%s: dropped by -u over every article: %s" % (
        articles[k].where(), how or "no earlier article alone is the same")
    if j == k:
        return "piece", where
    if j is not None and jaccard(wordsets[k], wordsets[j]) > 0.8:
        return "twins", where
    return "false", where


def false_matches(binary, articles, files, mains, tmp, report):
    wordsets = [set(words(" ".join(a.text()))) for a in articles]
    false, twins, pairs = [], [], 0
    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            pairs += 1
            a, b = mains[i], mains[j]
            if not near(a["id"], b["id"]):
                continue
            entry = "%s and %s (%s, %s, %d bits, words Jaccard %.2f)" % (
                articles[i].where(), articles[j].where(), a["id"], b["id"],
                bits(a["id"], b["id"]), jaccard(wordsets[i], wordsets[j]))
            if jaccard(wordsets[i], wordsets[j]) > 0.8:
                twins.append(entry)
            else:
                false.append(entry)
    # Every article in one -u run: any drop is a story the same as an
    # earlier one, by id or lead, end to end.
    printed = {(s["file"], s["story"]) for s in run(binary, ["-u"], files)}
    plain = run(binary, [], files)
    index = {f: k for k, f in enumerate(files)}
    earlier, drops, pieces = [], 0, []
    for s in plain:
        k = index[s["file"]]
        if s["story"] == mains[k]["story"] and \
                (s["file"], s["story"]) not in printed and \
                not (s["kind"] == "blurb" and s["promotes"]):
            drops += 1
            why = dropped_for(binary, s, k, earlier, files, mains, index,
                              articles, wordsets)
            if why:
                {"piece": pieces, "twins": twins, "false": false}[
                    why[0]].append(why[1])
        earlier.append(s)
    # Pairs whose first three paragraphs have the same words, two by two.
    leads, lead_pairs = {}, 0
    for k, a in enumerate(articles):
        l = lead_words(a)
        if l:
            leads.setdefault(l, []).append(k)
    for ks in leads.values():
        for x in range(len(ks)):
            for y in range(x + 1, len(ks)):
                i, j = ks[x], ks[y]
                lead_pairs += 1
                path = os.path.join(tmp, "lead%d-%d.txt" % (i, j))
                write(path, articles[i].lines + [FF] + articles[j].lines)
                if len(run(binary, ["-u"], [path])) >= 2:
                    continue
                entry = "%s and %s: the same under -u (equal leads)" % (
                    articles[i].where(), articles[j].where())
                if jaccard(wordsets[i], wordsets[j]) > 0.8:
                    twins.append(entry)
                else:
                    false.append(entry)
    report["false_matches"] = len(false)
    report["pairs"] = pairs
    report["same_text_pairs"] = len(twins)
    report["repeats_own_piece"] = len(pieces)
    print("distinct articles: %d pairs, %d false matches, %d the same text "
          "twice; one -u run over every article dropped %d; %d pairs with "
          "the same first three paragraphs run under -u"
          % (pairs, len(false), len(twins), drops, lead_pairs))
    for f in false:
        print("  false match: " + f)
    for t in twins:
        print("  the same article twice: " + t)
    for p in pieces:
        print("  dropped for a piece of its own file (the tool split it): "
              + p)


def opening(lines, kicker=None, deck=None, headline=None, byline=None,
            dateline=None):
    """The first 8 words of the lede (a blurb's, after kicker and deck)
    or of the first paragraph (an article's): from the first line of 8
    words or more that is not the headline or byline, with the dateline,
    kicker and deck taken out; None under 8 words."""
    skip = {(v or "").strip() for v in (headline, byline)} - {""}
    lines = [l for l in lines if l.strip() and l.strip() not in skip]
    first = next((i for i, l in enumerate(lines) if len(words(l)) >= 8),
                 None)
    if first is None:
        return None
    text = " ".join(lines[first:])
    for field in (dateline, kicker, deck):
        if field and field in text[:len(field) + 80]:
            text = text[text.index(field) + len(field):]
    w = words(text)
    return tuple(w[:8]) if len(w) >= 8 else None


def gold_opening(s):
    g = s.gold
    return opening(s.text(), g.get("kicker"), g.get("deck"),
                   g.get("headline"), g.get("byline"), g.get("dateline"))


def json_opening(s):
    return opening(s["text"].split("\n"), s["kicker"], s["deck"],
                   s["headline"], s["byline"], s["dateline"])


def headline_words(h):
    w = tuple(words(h or ""))
    return w or None


def promote_pairs(stories):
    """(article, blurb, how) for the gold blurbs whose opening or headline
    is a gold article's."""
    articles = [s for s in stories if s.gold["kind"] == "article"]
    pairs = []
    for b in (s for s in stories if s.gold["kind"] == "blurb"):
        bo, bh = gold_opening(b), headline_words(b.gold.get("headline"))
        for a in articles:
            how = []
            if bo and bo == gold_opening(a):
                how.append("opening")
            if bh and bh == headline_words(a.gold.get("headline")):
                how.append("headline")
            if how:
                pairs.append((a, b, " and ".join(how)))
    return pairs


def promotes(binary, stories, articles, mains, corpus_files, tmp, report):
    pairs = promote_pairs(stories)
    right = first_null = 0
    print("promotes: %d blurb -> article pairs in the gold files" % len(pairs))
    for k, (a, b, how) in enumerate(pairs):
        aid = mains[articles.index(a)]["id"]
        pa, pb = os.path.join(tmp, "pa%d.txt" % k), os.path.join(
            tmp, "pb%d.txt" % k)
        pab, pba = os.path.join(tmp, "pab%d.txt" % k), os.path.join(
            tmp, "pba%d.txt" % k)
        write(pa, a.lines, a.eol)
        write(pb, b.lines, b.eol)
        write(pab, a.lines + [FF] + b.lines, a.eol)
        write(pba, b.lines + [FF] + a.lines, a.eol)
        cut_ab = sum(len(l) + len(a.eol) for l in a.lines) + 1
        cut_ba = sum(len(l) + len(a.eol) for l in b.lines) + 1
        results = []
        for name, files, in_blurb, want in (
                ("article, blurb (two files)", [pa, pb],
                 lambda s: s["file"] == pb, aid),
                ("article, blurb (one file)", [pab],
                 lambda s: s["offset"] > cut_ab, aid),
                ("blurb, article (two files)", [pb, pa],
                 lambda s: s["file"] == pb, None),
                ("blurb, article (one file)", [pba],
                 lambda s: s["offset"] < cut_ba, None)):
            got = [s for s in run(binary, [], files) if in_blurb(s)]
            if want:
                ok = any(s["promotes"] == want for s in got) and all(
                    s["promotes"] in (None, want) for s in got)
            else:
                ok = all(s["promotes"] is None for s in got)
            results.append((name, ok, got))
        ok_after = results[0][1] and results[1][1]
        ok_first = results[2][1] and results[3][1]
        right += ok_after
        first_null += ok_first
        note = ""
        jac = jaccard(set(words(" ".join(a.text()))),
                      set(words(" ".join(b.text()))))
        if jac < 0.2:
            note = " (words Jaccard %.2f: by the rule, though not the same " \
                   "story)" % jac
        print("  pair: blurb %s -> article %s (%s), article id %s%s: %s"
              % (b.where(), a.where(), how, aid, note, "; ".join(
                  "%s %s" % (name, "ok" if ok else "WRONG: blurb side " +
                             ", ".join("%s promotes %s" % (s["kind"],
                                                           s["promotes"])
                                       for s in got))
                  for name, ok, got in results)))
    report["promote_pairs"] = len(pairs)
    report["promote_right"] = right
    report["promote_missed"] = len(pairs) - right
    report["promote_first_null"] = first_null
    report["promote_not_null_first"] = len(pairs) - first_null
    print("promotes: %d pairs, %d right with the article first, %d null "
          "with the blurb first" % (len(pairs), right, first_null))
    teasers(binary, articles, mains, tmp, report)
    wrong_links(binary, stories, corpus_files, tmp, report)


def teasers(binary, articles, mains, tmp, report):
    """Teasers made from every article: its first paragraph cut after 20
    words, alone and under its headline, in a run after the article."""
    files, want = [], {}
    for k, a in enumerate(articles):
        h = (a.gold.get("headline") or "").strip()
        prose = [l for l in a.text() if len(l.split()) >= 12 and
                 l.strip() != h]
        if not prose:
            continue
        first = prose[0]
        d = a.gold.get("dateline")
        if d and first.startswith(d):
            first = first[len(d):].strip()
        teaser = (" ".join(first.split()[:20]) + " ...").encode()
        forms = [("teaser", [teaser])]
        if h:
            forms.append(("headline and teaser", [h.encode(), teaser]))
        for t, (what, lines) in enumerate(forms):
            path = os.path.join(tmp, "t%d-%d.txt" % (k, t))
            write(path, a.lines + [FF] + lines, a.eol)
            files.append(path)
            want[path] = (k, what, sum(len(l) + len(a.eol)
                                       for l in a.lines) + 1)
    got = by_file(run_each(binary, [], [[f] for f in files]))
    made_right, missed = 0, []
    for path, (k, what, cut) in want.items():
        stories = got.get(path, [])
        art = largest([s for s in stories if s["offset"] < cut])
        teased = [s for s in stories if s["offset"] > cut]
        if any(s["promotes"] == art["id"] for s in teased):
            made_right += 1
        else:
            missed.append("%s %s: %s" % (articles[k].where(), what, " / ".join(
                "%s promotes %s" % (s["kind"], s["promotes"])
                for s in teased)))
    report["teasers"] = len(want)
    report["teasers_right"] = made_right
    report["teaser_rate"] = made_right / len(want) if want else 0
    print("teasers made from the articles: %d of %d promote their article"
          % (made_right, len(want)))
    for m in missed:
        print("  teaser missed: " + m)


def check_links(got, label, names):
    """Wrong links of one run: a promotes that names no article printed
    earlier in it, or one whose opening and headline are not the
    blurb's.  names: a file's name for the log."""
    def where(s):
        return "%s story %d (line %d)" % (names.get(s["file"], s["file"]),
                                          s["story"], s["line"])
    by_id, wrong, links = {}, [], 0
    for s in got:
        if s["promotes"]:
            links += 1
            a = by_id.get(s["promotes"])
            bo, ao = json_opening(s), a and json_opening(a)
            bh, ah = headline_words(s["headline"]), a and headline_words(
                a["headline"])
            if a is None:
                wrong.append("%s: %s promotes %s, no article printed before"
                             % (label, where(s), s["promotes"]))
            elif not ((bo and bo == ao) or (bh and bh == ah)):
                wrong.append("%s: %s promotes %s: openings %r / %r, "
                             "headlines %r / %r"
                             % (label, where(s), where(a),
                                " ".join(bo or ()), " ".join(ao or ()),
                                s["headline"], a["headline"]))
            else:
                jac = jaccard(set(words(s["text"])), set(words(a["text"])))
                print("  link: %s: %s -> %s (%s; words Jaccard %.2f)"
                      % (label, where(s), where(a), "opening" if bo and
                         bo == ao else "headline", jac))
        if s["kind"] == "article":
            by_id.setdefault(s["id"], s)
    return links, wrong


def wrong_links(binary, stories, corpus_files, tmp, report):
    runs = [("every corpus file", corpus_files),
            ("every corpus file, last first", corpus_files[::-1])]
    names = {f: os.path.basename(f) for f in corpus_files}
    # Every gold article, then every gold blurb, each a file: every
    # blurb meets every article before it.
    files = []
    for k, s in enumerate(sorted(stories, key=lambda s: s.gold["kind"] !=
                                 "article")):
        files.append(os.path.join(tmp, "g%03d-%s.txt" % (k, s.gold["kind"])))
        names[files[-1]] = "gold %s %s" % (s.gold["kind"], s.where())
        write(files[-1], s.lines, s.eol)
    runs.append(("every gold article, then every gold blurb", files))
    links, wrong = 0, []
    for label, files in runs:
        n, w = check_links(run(binary, [], files), label, names)
        links += n
        wrong += w
    report["links"] = links
    report["wrong_links"] = len(wrong)
    print("wrong links: %d links in %d runs (%s), %d wrong"
          % (links, len(runs), "; ".join(l for l, _ in runs), len(wrong)))
    for w in wrong:
        print("  wrong link: " + w)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--json", required=True)
    ap.add_argument("--roles", help="tests/tools/roles, to count prose "
                    "paragraphs and name the role of every line added")
    ap.add_argument("dirs", nargs="+")
    a = ap.parse_args()
    began = time.time()
    try:
        corpus_files = sorted(p for p, _ in corpusrun.gold_files(a.dirs))
    except ValueError as e:
        sys.exit("rescrape.py: %s" % e)
    stories = [s for f in corpus_files for s in gold_stories(f)]
    articles = [s for s in stories if s.gold["kind"] == "article"]
    report = {"errors": 0, "articles": len(articles)}
    with tempfile.TemporaryDirectory() as tmp:
        files, mains = articles_alone(a.bin, articles, tmp, report)
        rescrapes(a.bin, articles, files, mains, tmp, report, a.roles)
        false_matches(a.bin, articles, files, mains, tmp, report)
        promotes(a.bin, stories, articles, mains, corpus_files, tmp, report)
    report["seconds"] = round(time.time() - began, 1)
    print("rescrape.py: %.1f s" % report["seconds"])
    json.dump(report, open(a.json, "w"), indent=1)
    met = (report["same_rate"] >= 0.99 and report["false_matches"] == 0 and
           report["wrong_links"] == 0 and
           report["promote_right"] == report["promote_pairs"] and
           report["promote_first_null"] == report["promote_pairs"])
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
