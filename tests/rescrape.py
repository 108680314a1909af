"""Issue 19's acceptance, measured on the corpora (SPEC §8).

usage: rescrape.py --bin STORYSIFT --json SUMMARY DIR...

1. Re-scrapes: every gold article of DIR/*.txt is cut out of its file and
   run beside a re-scrape of itself (a new timestamp line, an appended
   paragraph, other site furniture, CRLF line ends and trailing spaces),
   each page under a `=== ` marker line (-e), once with -u and once
   without.  The re-scrape is found the same when its main story (its
   largest) is dropped by -u as a repeat: ids within 3 bits, or equal
   leads (a drop for promoting the original does not count).
2. False matches: ids of every two distinct articles (the main story of
   each run alone) within 3 bits; articles whose words are the same text
   (Jaccard > 0.8) are the same article twice and listed apart.  Leads
   are compared by -u on the two articles, for the pairs whose first
   three paragraphs normalise to the same words.
3. Promotes: gold blurbs whose lede (after kicker and deck) opens with
   the first 8 words of a gold article's first paragraph, or whose
   headline is the article's: article then blurb, in one file and in
   two, must give the blurb promotes = the article's id; blurb first,
   null.  Then every corpus file in one run: each non-null promotes
   must name an article met earlier whose opening or headline matches
   (wrong links).
Prints the figures and every failure; writes SUMMARY (json).  Exit status
1 when a target is missed.
"""
import argparse, glob, json, os, re, subprocess, sys, tempfile, unicodedata

CJK_PREFIXES = ("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH", "HIRAGANA",
                "KATAKANA", "HANGUL", "BOPOMOFO")


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


def near(a, b):
    a, b = int(a, 16), int(b, 16)
    return a != 0 and b != 0 and bin(a ^ b).count("1") <= 3


def gold_stories(txt):
    """(gold record, lines) of each gold story of a corpus file."""
    lines = open(txt, encoding="utf-8", errors="replace").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    gold = [json.loads(l) for l in open(txt[:-4] + ".gold.jsonl")]
    for i, g in enumerate(gold):
        end = gold[i + 1]["line"] - 1 if i + 1 < len(gold) else len(lines)
        body = lines[g["line"] - 1:end]
        while body and not body[-1].strip():
            body.pop()
        yield g, body


TIMESTAMPS = ["Updated: 2026-12-03 14:05", "Last updated 3 Dec 2026, 2:05pm",
              "2026/12/03 14:05", "Published: Dec 3, 2026 | Updated: 14:05"]
APPENDED = [
    "Additional reporting by Lee I-chia. The ministry said it would release "
    "further details of the plan next week after consulting local "
    "governments and industry groups.",
    "The office said in a statement late yesterday that it would continue "
    "to monitor the situation closely and would brief lawmakers on the "
    "matter when the session resumes.",
    "Officials are expected to meet again on Friday to review progress, "
    "according to people familiar with the talks who asked not to be "
    "named because the discussions were private.",
    "A spokesperson declined to comment further when reached by telephone "
    "last night, saying only that more information would be made "
    "available in the coming days.",
]


def variants(body, k):
    """The re-scrapes of an article's lines, by kind."""
    first_short = body and len(body[0].split()) <= 14
    at = 1 if first_short else 0
    stamp = TIMESTAMPS[k % len(TIMESTAMPS)]
    yield "timestamp", body[:at] + [stamp] + body[at:]
    yield "appended", body + ["", APPENDED[k % len(APPENDED)]]
    yield "furniture", (["Home | News | Taiwan", "Share this article", ""]
                        + body + ["", "Advertisement",
                                  "Copyright © 2026 The Daily. All rights "
                                  "reserved."])
    yield "crlf", [l + "  " if l.strip() else l for l in body]


def run(binary, args, files):
    out = subprocess.run([binary] + args + files, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    if out.returncode not in (0, 1):
        sys.exit("%s exited %d: %s" % (binary, out.returncode,
                                        out.stderr.decode()[:500]))
    return [json.loads(l) for l in out.stdout.decode().splitlines()]


def write(path, lines, crlf=False):
    eol = "\r\n" if crlf else "\n"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("".join(l + eol for l in lines))


def main_story(stories, start):
    """The largest story starting at or after byte `start`."""
    cands = [s for s in stories if s["offset"] >= start]
    return max(cands, key=lambda s: s["bytes"]) if cands else None


def body_paragraphs(roles, body, tmp):
    """How many lines of the article the tool reads as body (its prose
    paragraphs), by tests/tools/roles; None without it."""
    if not roles:
        return None
    path = os.path.join(tmp, "roles.txt")
    write(path, body)
    out = subprocess.run([roles, path], stdout=subprocess.PIPE)
    return sum(1 for l in out.stdout.decode("utf-8", "replace").splitlines()
               if re.match(r"^\S*\s+\d+ body ", l))


def rescrapes(binary, articles, tmp, report, roles):
    by_kind, failures = {}, []
    long_appended = [0, 0]      # articles of 3 prose paragraphs or more
    files, meta = [], []
    for k, (name, g, body) in enumerate(articles):
        for kind, var in variants(body, k):
            path = os.path.join(tmp, "v%d-%s.txt" % (k, kind))
            head = ["=== original ==="] + body + ["", "=== re-scrape ==="]
            crlf = kind == "crlf"
            write(path, head + var, crlf)
            start = sum(len((l + ("\r\n" if crlf else "\n")).encode())
                        for l in head[:-1])
            files.append(path)
            meta.append((name, g["line"], kind, start))
    plain, unique = [], []
    for i in range(0, len(files), 200):
        plain += run(binary, ["-f", "json", "-e", "^=== "], files[i:i + 200])
        unique += run(binary, ["-u", "-f", "json", "-e", "^=== "],
                      files[i:i + 200])
    per_file, kept = {}, {}
    for s in plain:
        per_file.setdefault(s["file"], []).append(s)
    for s in unique:
        kept.setdefault(s["file"], set()).add(s["story"])
    for path, (name, line, kind, start) in zip(files, meta):
        stories = per_file.get(path, [])
        orig = main_story([s for s in stories if s["offset"] < start], 0)
        var = main_story(stories, start)
        ok = False
        bits = None
        if orig and var:
            bits = bin(int(orig["id"], 16) ^ int(var["id"], 16)).count("1")
            dropped = var["story"] not in kept.get(path, set())
            promo = var["kind"] == "blurb" and var["promotes"] is not None
            ok = near(orig["id"], var["id"]) or (dropped and not promo)
        n, good = by_kind.get(kind, (0, 0))
        by_kind[kind] = (n + 1, good + ok)
        if kind == "appended" and roles:
            body = next(b for nm, g, b in articles
                        if nm == name and g["line"] == line)
            if body_paragraphs(roles, body, os.path.dirname(path)) >= 3:
                long_appended[0] += 1
                long_appended[1] += ok
        if not ok:
            failures.append("%s:%d %s: ids %s %s, %s bits apart; "
                            "original %s, re-scrape %s"
                            % (name, line, kind, orig and orig["id"],
                               var and var["id"], bits,
                               orig and orig["kind"], var and var["kind"]))
    total = sum(n for n, _ in by_kind.values())
    good = sum(g for _, g in by_kind.values())
    report["same_rate"] = good / total if total else 0
    report["variants"] = total
    for k, (n, g) in by_kind.items():
        report["same_rate_" + k] = g / n
    print("re-scrapes found the same: %d of %d (%.4f)" % (good, total,
                                                          report["same_rate"]))
    if roles:
        n, g = long_appended
        report["appended_long_rate"] = g / n if n else 0
        print("  appended, to articles of 3 prose paragraphs or more "
              "(where leads apply): %d of %d" % (g, n))
    for k, (n, g) in sorted(by_kind.items()):
        print("  %-10s %d of %d" % (k, g, n))
    for f in failures:
        print("  not found the same: " + f)


def false_matches(binary, articles, tmp, report):
    files = []
    for k, (name, g, body) in enumerate(articles):
        path = os.path.join(tmp, "a%d.txt" % k)
        write(path, body)
        files.append(path)
    ids = {}
    for s in run(binary, ["-f", "json"], files):
        best = ids.get(s["file"])
        if best is None or s["bytes"] > best["bytes"]:
            ids[s["file"]] = s
    wordsets = [set(words(" ".join(body))) for _, _, body in articles]
    false, twins, pairs = [], [], 0
    for i in range(len(files)):
        for j in range(i + 1, len(files)):
            a, b = ids.get(files[i]), ids.get(files[j])
            if not a or not b:
                continue
            pairs += 1
            if not near(a["id"], b["id"]):
                continue
            inter = len(wordsets[i] & wordsets[j])
            union = len(wordsets[i] | wordsets[j]) or 1
            entry = "%s:%d and %s:%d (%s, %s)" % (
                articles[i][0], articles[i][1]["line"], articles[j][0],
                articles[j][1]["line"], a["id"], b["id"])
            (twins if inter / union > 0.8 else false).append(entry)
    # Leads: pairs whose first three paragraphs have the same words.
    def lead(body):
        paras = [l for l in body if len(l.split()) >= 8][:3]
        return tuple(words(" ".join(paras))) if len(paras) == 3 else None
    leads = {}
    for k, (_, _, body) in enumerate(articles):
        l = lead(body)
        if l:
            leads.setdefault(l, []).append(k)
    lead_false = 0
    for ks in leads.values():
        for x in range(len(ks)):
            for y in range(x + 1, len(ks)):
                i, j = ks[x], ks[y]
                path = os.path.join(tmp, "lead%d-%d.txt" % (i, j))
                write(path, ["=== a ==="] + articles[i][2] +
                      ["", "=== b ==="] + articles[j][2])
                printed = run(binary, ["-u", "-f", "json", "-e", "^=== "],
                              [path])
                inter = len(wordsets[i] & wordsets[j])
                union = len(wordsets[i] | wordsets[j]) or 1
                if len(printed) < 2 and inter / union <= 0.8:
                    lead_false += 1
                    false.append("%s:%d and %s:%d: equal leads"
                                 % (articles[i][0], articles[i][1]["line"],
                                    articles[j][0], articles[j][1]["line"]))
    report["false_matches"] = len(false)
    report["pairs"] = pairs
    print("distinct articles: %d pairs, %d false matches, %d pairs the same "
          "text twice" % (pairs, len(false), len(twins)))
    for f in false:
        print("  false match: " + f)
    for t in twins:
        print("  the same article twice: " + t)


def opening8(body_words):
    return tuple(body_words[:8]) if len(body_words) >= 8 else None


def blurb_lede(g, body):
    """The blurb's words after its kicker and deck (gold's)."""
    text = " ".join(body)
    for field in ("kicker", "deck"):
        v = g.get(field)
        if v and v in text:
            text = text[text.index(v) + len(v):]
    return words(text)


def article_prose(g, body):
    """The article's words without its headline, byline and dateline."""
    lines = list(body)
    for field in ("headline", "byline"):
        v = g.get(field)
        if v:
            lines = [l for l in lines if l.strip() != v.strip()]
    text = " ".join(lines)
    d = g.get("dateline")
    if d and d in text:
        text = text.replace(d, " ", 1)
    return words(text)


def promotes(binary, stories, corpus_files, tmp, report):
    articles = [(n, g, b) for n, g, b in stories if g["kind"] == "article"]
    blurbs = [(n, g, b) for n, g, b in stories if g["kind"] == "blurb"]
    openings, headlines = {}, {}
    for a in articles:
        o = opening8(article_prose(a[1], a[2]))
        if o:
            openings.setdefault(o, a)
        if a[1].get("headline"):
            headlines.setdefault(tuple(words(a[1]["headline"])), a)
    pairs = []
    for b in blurbs:
        o = opening8(blurb_lede(b[1], b[2]))
        a = openings.get(o) if o else None
        if a is None and b[1].get("headline"):
            a = headlines.get(tuple(words(b[1]["headline"])))
        if a is not None:
            pairs.append((a, b))
    right, wrong_pairs, first_null = 0, [], 0
    for k, (a, b) in enumerate(pairs):
        pa = os.path.join(tmp, "pa%d.txt" % k)
        pb = os.path.join(tmp, "pb%d.txt" % k)
        pab = os.path.join(tmp, "pab%d.txt" % k)
        pba = os.path.join(tmp, "pba%d.txt" % k)
        write(pa, ["=== a ==="] + a[2])
        write(pb, ["=== b ==="] + b[2])
        write(pab, ["=== a ==="] + a[2] + ["", "=== b ==="] + b[2])
        write(pba, ["=== b ==="] + b[2] + ["", "=== a ==="] + a[2])
        alone = max(run(binary, ["-f", "json", "-e", "^=== "], [pa]),
                    key=lambda s: s["bytes"])
        ok = True
        for files in ([pa, pb], [pab]):
            got = run(binary, ["-f", "json", "-e", "^=== "], files)
            last = [s for s in got if s["file"] == files[-1]]
            if len(files) == 1:
                start = open(pab, "rb").read().index(b"=== b ===")
                last = [s for s in last if s["offset"] >= start]
            if not any(s["promotes"] == alone["id"] for s in last):
                ok = False
        got = run(binary, ["-f", "json", "-e", "^=== "], [pba])
        start = open(pba, "rb").read().index(b"=== a ===")
        if all(s["promotes"] is None for s in got if s["offset"] < start):
            first_null += 1
        right += ok
        print("  pair: blurb %s:%d -> article %s:%d%s"
              % (b[0], b[1]["line"], a[0], a[1]["line"],
                 "" if ok else "  NOT FOUND"))
    # Teasers made from every article: its first paragraph cut after 20
    # words, alone and under its headline, printed after the article.
    made, made_right, missed = 0, 0, []
    for k, (name, g, body) in enumerate(articles):
        prose = [l for l in body if len(l.split()) >= 12 and
                 l.strip() != (g.get("headline") or "").strip()]
        if not prose:
            continue
        first = prose[0]
        d = g.get("dateline")
        if d and first.startswith(d):
            first = first[len(d):].strip()
        teaser = " ".join(first.split()[:20]) + " ..."
        heads = [[teaser]]
        if g.get("headline"):
            heads.append([g["headline"], teaser])
        for t, lines in enumerate(heads):
            pa = os.path.join(tmp, "ta%d.txt" % k)
            pt = os.path.join(tmp, "tt%d-%d.txt" % (k, t))
            write(pa, body)
            write(pt, lines)
            got = run(binary, ["-f", "json"], [pa, pt])
            art = max((x for x in got if x["file"] == pa),
                      key=lambda x: x["bytes"])
            teased = [x for x in got if x["file"] == pt]
            made += 1
            if any(x["promotes"] == art["id"] for x in teased):
                made_right += 1
            else:
                missed.append("%s:%d %s: %s" % (
                    name, g["line"], "headline and teaser" if t else
                    "teaser", " / ".join(
                        "%s promotes %s" % (x["kind"], x["promotes"])
                        for x in teased)))
    report["teasers"] = made
    report["teasers_right"] = made_right
    report["teaser_rate"] = made_right / made if made else 0
    print("teasers made from the articles: %d of %d promote their article"
          % (made_right, made))
    for m in missed:
        print("  teaser missed: " + m)
    # Every corpus file in one run: no wrong link.
    got = run(binary, ["-f", "json"], corpus_files)
    by_id, wrong = {}, []
    for s in got:
        if s["kind"] == "blurb" and s["promotes"]:
            a = by_id.get(s["promotes"])
            if a is None:
                wrong.append("%s:%d promotes %s, no article met before"
                             % (s["file"], s["story"], s["promotes"]))
            else:
                bw = set(words(s["text"]))
                aw = set(words(a["text"]))
                if len(bw & aw) < 0.5 * len(bw):
                    wrong.append("%s:%d promotes %s:%d, which shares %d of "
                                 "its %d words"
                                 % (s["file"], s["story"], a["file"],
                                    a["story"], len(bw & aw), len(bw)))
        if s["kind"] == "article":
            by_id.setdefault(s["id"], s)
    links = sum(1 for s in got if s["promotes"])
    report["promote_pairs"] = len(pairs)
    report["promote_right"] = right
    report["promote_missed"] = len(pairs) - right
    report["promote_not_null_first"] = len(pairs) - first_null
    report["promote_first_null"] = first_null
    report["wrong_links"] = len(wrong)
    report["links"] = links
    print("promotes: %d pairs, %d right, %d null with the blurb first; "
          "one run of every corpus file: %d links, %d wrong"
          % (len(pairs), right, first_null, links, len(wrong)))
    for w in wrong:
        print("  wrong link: " + w)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--json", required=True)
    ap.add_argument("--roles", help="tests/tools/roles, to count an "
                    "article's prose paragraphs")
    ap.add_argument("dirs", nargs="+")
    a = ap.parse_args()
    corpus_files = sorted(f for d in a.dirs for f in glob.glob(d + "/*.txt"))
    stories = []
    for txt in corpus_files:
        if not os.path.exists(txt[:-4] + ".gold.jsonl"):
            continue
        name = os.path.basename(txt)
        for g, body in gold_stories(txt):
            if body:
                stories.append((name, g, body))
    articles = [s for s in stories if s[1]["kind"] == "article"]
    report = {"errors": 0, "articles": len(articles)}
    with tempfile.TemporaryDirectory() as tmp:
        rescrapes(a.bin, articles, tmp, report, a.roles)
        false_matches(a.bin, articles, tmp, report)
        promotes(a.bin, stories, corpus_files, tmp, report)
    json.dump(report, open(a.json, "w"), indent=1)
    met = (report["same_rate"] >= 0.99 and report["false_matches"] == 0 and
           report["wrong_links"] == 0 and
           report["promote_right"] == report["promote_pairs"])
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
