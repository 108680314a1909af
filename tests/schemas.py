"""Check storysift's machine formats against their schemas and each other.

usage: schemas.py json SCHEMA OUTPUT     every line of OUTPUT (json) is
                                         valid against the JSON Schema
       schemas.py same JSON XML          each <story> of XML holds the text
                                         of the same story of JSON
       schemas.py stripped TEXT XML      each <story> of XML (-g strip)
                                         holds the text of the same story
                                         of TEXT (--no-headers -g strip)

SPEC §3.3: the character data of a <story> is its json text, blank lines
aside (with --glosses=strip, minus what is stripped, as the text format
prints it).  storysift writes each line as an element on a line of its
own, so the character data is those lines joined by newlines, between a
newline at either end.  Characters XML 1.0 cannot carry (C0 controls but
tab, LF and CR; U+FFFE, U+FFFF) are U+FFFD in the XML: the other side is
compared with them replaced so.  Text and the XML are read as Python's
"replace" decoding and storysift both read invalid UTF-8 (tiling.py).
Prints what it compared, or the first stories that differ; exit status 1
when any does.
"""
import json, re, sys
import xml.etree.ElementTree as ET

from tiling import is_blank

FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def as_xml_chars(s):
    return FORBIDDEN.sub("\ufffd", s)


def story_text(lines):
    """The character data of a <story> holding these non-blank lines."""
    lines = [as_xml_chars(l) for l in lines
             if not is_blank(l.encode("utf-8", "surrogatepass"))]
    return "\n" + "".join(l + "\n" for l in lines)


def xml_stories(path):
    """(file, n, character data) of each <story> of the document, parsed
    as it streams (a story of megabytes stays one)."""
    feed = None
    for event, el in ET.iterparse(path, events=("start", "end")):
        if event == "start" and el.tag == "feed":
            feed = el.get("file")
        elif event == "end" and el.tag == "story":
            yield feed, int(el.get("n")), "".join(el.itertext())
            el.clear()


def json_stories(path):
    with open(path, "rb") as f:
        for line in f:
            s = json.loads(line)
            yield s["file"], s["story"], story_text(s["text"].split("\n"))


def text_stories(path):
    """The stories of the text format without headers: lines, then an
    empty line (a line it prints is never empty)."""
    data = open(path, "rb").read()
    lines = data.split(b"\n")
    if lines.pop() != b"":
        raise SystemExit("%s: does not end in a newline" % path)
    story = []
    for line in lines:
        if line:
            story.append(line.decode("utf-8", "replace"))
            continue
        yield None, None, story_text(story)
        story = []
    if story:
        raise SystemExit("%s: its last story has no empty line" % path)


def compare(want, got):
    want, got = list(want), list(got)
    bad = 0
    if len(want) != len(got):
        print("%d stories, expected %d" % (len(got), len(want)))
        bad += 1
    for (wf, wn, wt), (gf, gn, gt) in zip(want, got):
        if wf is not None and (wf, wn) != (gf, gn):
            bad += 1
            print("story %s:%s in the xml, expected %s:%s" % (gf, gn, wf, wn))
        elif wt != gt:
            bad += 1
            if bad <= 3:
                print("%s:%s: character data differs" % (gf, gn))
                print("  expected %r" % wt[:300])
                print("  got      %r" % gt[:300])
    print("%d stories compared, %d differ" % (len(got), bad))
    return 1 if bad else 0


def validate_json(schema_path, path):
    import jsonschema
    schema = json.load(open(schema_path, encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)
    bad = n = 0
    with open(path, "rb") as f:
        for n, line in enumerate(f, 1):
            for e in validator.iter_errors(json.loads(line)):
                bad += 1
                if bad <= 3:
                    print("line %d: %s at %s" % (n, e.message[:200],
                                                 "/".join(map(str, e.path))))
    print("%d objects validated, %d errors" % (n, bad))
    return 1 if bad else 0


def main(argv):
    if len(argv) == 4 and argv[1] == "json":
        return validate_json(argv[2], argv[3])
    if len(argv) == 4 and argv[1] == "same":
        return compare(json_stories(argv[2]), xml_stories(argv[3]))
    if len(argv) == 4 and argv[1] == "stripped":
        return compare(text_stories(argv[2]), xml_stories(argv[3]))
    sys.exit(__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
