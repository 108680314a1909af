"""Check the stories of one file against the file itself.

usage: tiling.py STORYSIFT FILE

- every json line parses, and has the keys of SPEC §3.2 in order;
- offset/bytes of consecutive stories tile the file exactly; a file with
  no non-blank line has no story (SPEC §2.1), unless --max-story cut it
  as it came in (SPEC §6: then its pieces tile it);
- story numbers count from 1, lines are consecutive and cover the file;
- text is the story's bytes with CRLF turned into LF, BOM left out;
- every gloss span text[start:end] begins with its name and ends with the
  closing bracket (or with its cjk when the bracket was lost); a broken
  gloss span begins with its name;
- the text format prints every non-blank input line once, in order.

Text is compared with Python's "replace" decoding, which puts one U+FFFD
for each maximal subpart of an invalid sequence (Unicode §3.9): a lone
invalid byte is one, and so is a sequence cut short (`E6 B8`).
"""
import json, subprocess, sys, unicodedata

KEYS = ["file", "story", "id", "line", "lines", "offset", "bytes",
        "boundary", "kind", "truncated", "kicker", "deck", "headline",
        "byline", "dateline", "credits", "glosses", "broken_glosses",
        "promotes", "seen", "text"]

def fail(msg):
    print(msg)
    sys.exit(1)

def split_lines(data):
    """The lines of data, without LF or CRLF: a CR before the end of the
    file with no LF after it is text (SPEC §1)."""
    lines = data.split(b"\n")
    last = lines.pop()
    lines = [l[:-1] if l.endswith(b"\r") else l for l in lines]
    return lines + [last] if last else lines

def is_blank(line):
    """Only white space (SPEC §1: Zs and tab); a CR counts too, as
    storysift trims it from the end of a line."""
    return all(c in "\t\r" or unicodedata.category(c) == "Zs"
               for c in line.decode("utf-8", "replace"))

def check_stories(data, out, max_story=None):
    """The json output `out` (bytes) against the file's bytes."""
    pos, line_no = 0, 1
    # JSON Lines end in LF; str.splitlines() would also split at U+0085,
    # U+2028 and U+2029, which JSON strings may hold as they are.
    lines = out.split(b"\n")
    if lines.pop() != b"":
        fail("json output does not end in a newline")
    for n, raw in enumerate(lines, 1):
        st = json.loads(raw.decode("utf-8"))
        if list(st) != KEYS:
            fail("story %d: keys %s" % (n, list(st)))
        if st["story"] != n or st["offset"] != pos:
            fail("story %d: number %d offset %d, expected offset %d"
                 % (n, st["story"], st["offset"], pos))
        if max_story is not None and st["bytes"] > max_story:
            fail("story %d: %d bytes, more than %d"
                 % (n, st["bytes"], max_story))
        chunk = data[pos:pos + st["bytes"]]
        if pos == 0 and chunk.startswith(b"\xef\xbb\xbf"):
            chunk = chunk[3:]
        text = b"\n".join(split_lines(chunk)).decode("utf-8", "replace")
        if text != st["text"]:
            fail("story %d: text differs from the input bytes" % n)
        for g in st["glosses"] + st["broken_glosses"]:
            span = st["text"][g["start"]:g["end"]]
            if not span.startswith(g["name"]):
                fail("story %d: gloss span %r does not begin with %r"
                     % (n, span, g["name"]))
            if "cjk" in g and not (span.endswith((")", "\uff09"))
                                   or span.endswith(g["cjk"])):
                fail("story %d: gloss span %r does not end the gloss"
                     % (n, span))
        if st["lines"] != len(split_lines(data[pos:pos + st["bytes"]])):
            fail("story %d: lines %d" % (n, st["lines"]))
        pos += st["bytes"]
        line_no += st["lines"]
    if not non_blank_lines(data):
        cut = max_story is not None and len(data) > max_story
        if lines and not cut:
            fail("%d stories in a file with no non-blank line, none "
                 "expected" % len(lines))
        if not lines:
            return
    if pos != len(data):
        fail("stories cover %d of %d bytes" % (pos, len(data)))

def non_blank_lines(data):
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    return [l for l in split_lines(body) if not is_blank(l)]

def main(binary, path):
    data = open(path, "rb").read()
    out = subprocess.run([binary, "--format=json", "-q", path],
                         capture_output=True, check=False)
    if out.returncode != 0:
        fail("exit status %d: %s" % (out.returncode, out.stderr[:200]))
    check_stories(data, out.stdout)
    want = non_blank_lines(data)
    txt = subprocess.run([binary, "--no-headers", "-q", path],
                         capture_output=True, check=False).stdout
    got = [l for l in txt.split(b"\n") if not is_blank(l)]
    if got != want:
        fail("text format: %d non-blank lines printed, %d in the input"
             % (len(got), len(want)))

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
