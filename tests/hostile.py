"""Hostile inputs for tests/hostile.sh: make them, and check what storysift
made of them when --max-story cut them.

usage: hostile.py make DIR
       hostile.py cut FILE JSON TEXT MAX

make writes every case of CASES into DIR and prints their names: they are
made at run time so that no blob is committed, and the random bytes come
from a fixed seed, so every run sees the same files.

cut checks the --format=json output JSON and the --no-headers text output
TEXT of one run with --max-story=MAX: the invariants of tiling.py (keys,
tiling, text, lines, gloss spans), plus no story longer than MAX; and, as
the pieces of a line longer than MAX are printed on lines of their own,
that the text format prints every non-blank line once, in pieces that join
back into it.
"""
import os, random, sys

from tiling import check_stories, fail, is_blank, non_blank_lines

MIB = 1 << 20
NEWS = ("Lawrence Wong (\u9ec3\u5faa\u8ca1) met Lee Hsien Loong "
        "(\u674e\u986f\u9f8d) in Singapore, officials said. ").encode()

def lines(*ls):
    return b"".join(l + b"\n" for l in ls)

def blank_lines():
    """Empty, spaces, tab, no-break space, ideographic space, CRLF."""
    kinds = [b"", b" ", b"\t", b" \t ", "\u00a0".encode(),
             "\u3000".encode(), b"\r", b"  \r"]
    return b"".join(kinds[i % len(kinds)] + b"\n" for i in range(300000))

def crlf():
    return (b"TAIPEI (Reuters) - Ferries resumed on Monday.\r\n\r\n"
            b"Officials said the harbour (\xe6\xb8\xaf) reopened.\r\n"
            b"WATER WARFARE: Farmers and chip makers compete Rain fell.\r\n"
            b"Photo: AFP\r\n\r\n\r\n")

def lone_cr():
    """A lone CR is text (SPEC §1); the last one ends the file."""
    return (b"Rain fell.\rMore rain fell.\n"
            b"\r\r\n"
            b"Old Mac text.\rLine two.\rLine three.\r\n"
            b"\rLeading CR.\n"
            b"Trailing CR, then CRLF.\r\r\n"
            b"Ends in a lone CR.\r")

def no_final_newline():
    return lines(b"Rain fell.", b"", b"Officials said so.") + \
        b"The last line has no newline"

def nul_bytes():
    return (lines(b"A NUL \x00 byte in a line.", b"\x00", b"\x00\x00\x00",
                  b"", b"Lee (\x00\xe6\x9d\x8e) met officials.",
                  b"KICKER\x00: deck text Then the lede.") + b"\x00")

# Invalid UTF-8, one kind to a file, in plain news lines, at the start and
# the end of a line, inside a gloss and next to valid characters.
def invalid(bad):
    return lines(b"Rain fell on Taipei " + bad + b" today.",
                 bad + b"Officials said so.",
                 b"Lawrence Wong (" + bad + b"\xe9\xbb\x83) met Lee.",
                 b"Lee (\xe6\x9d\x8e" + bad + b") and Goh (\xe5\x90\xb3).",
                 bad, bad + bad + b"\xe6\xb8\xaf" + bad,
                 b"It ended" + bad)

CONTINUATION = b"\x80" + b"\xbf" + b"\x80\x80\x80\x80\x80" + b"a\x9f"
OVERLONG = (b"\xc0\xaf" b"\xc1\xbf" b"\xe0\x80\xaf" b"\xe0\x9f\xbf"
            b"\xf0\x80\x80\xaf" b"\xf0\x8f\xbf\xbf")
SURROGATE = b"\xed\xa0\x80" b"\xed\xbf\xbf" b"\xed\xa0\xbd\xed\xb8\x80"
OUT_OF_RANGE = b"\xf4\x90\x80\x80" b"\xf4\xbf\xbf\xbf"
TRUNCATED = b"\xe6\xb8 " b"\xf0\x9f\x9a" b"x\xc3" b"\xe6"
F5_FF = bytes(range(0xf5, 0x100)) + b" \xff\xfe"

def cut_at_eof():
    """The last character, 港 or 🚢, lost its last bytes with the file."""
    return lines(b"Ferries sailed to the harbour \xe6\xb8",
                 b"And to the \xf0\x9f\x9a") + b"Then it ended \xe6\xb8"

def latin1():
    return "\n".join([
        "Café owners in São Paulo and Zürich said déjà vu.",
        "« Naïve résumé », a señor wrote; 50% off ½ price - ¿qué?",
        "ÉDITORIAL: Les élèves reprennent Le ministre a parlé.",
        "Ærøskøbing ß ñ ü ÿ þ ð ±§¶µ.", ""]).encode("latin-1")

def random_binary():
    n = MIB
    return random.Random(20240601).getrandbits(8 * n).to_bytes(n, "little")

def long_line():
    """24 MiB on one line: news sentences with glosses, ASCII padded."""
    size = 24 * MIB - 1
    body = NEWS * (size // len(NEWS))
    return body + b"." * (size - len(body)) + b"\n"

def tiny_lines():
    """Lower case and punctuation: nothing starts a story, so with
    --max-story=1M the file is one story of 300 000 lines."""
    kinds = [b"a", b"b c", b"x.", b"de", b"(", "\u674e".encode(), b"y,",
             b")", b"f?"]
    return b"".join(kinds[i % len(kinds)] + b"\n" for i in range(300000))

# Issue 16: a story of many short lines may not take much more memory
# than its bytes (hostile.sh checks the peak of a default run).
def short_lines():
    """600 000 lines of one letter: 1.2 MB."""
    return b"a\n" * 600000

def empty_lines():
    """5 000 000 empty lines: 5 MB, one story of one record."""
    return b"\n" * 5000000

def open_parens():
    return lines(b"(" * 50000, b"Lee " + b"(" * 50000,
                 b"Lee (" * 20000, "\u674e (".encode() * 20000)

def many_glosses():
    return lines("Lee (\u674e) ".encode() * 50000)

def nested_brackets():
    deep = 100000
    return lines(b"(" * deep + b")" * deep,
                 b"Lee " + b"(" * deep + "\u674e".encode() + b")" * deep)

def long_kicker():
    return lines(b"A" * 100000 + b": text",
                 b"A" * 100000 + b": Officials said the ferry sailed.",
                 b"A " * 50000 + b"Taiwan might have taken a drubbing.",
                 b"\xe2\x80\x98" + b"A" * 100000 + b"\xe2\x80\x99:deck")

def fullwidth_unbalanced():
    op, cl = "\uff08".encode(), "\uff09".encode()
    return lines(op * 30000, cl * 30000, b"Lee " + op * 30000,
                 b"Lee " + cl * 30000 + b" said.",
                 ("Lee " + "\uff08" * 3 + "\u674e" + "\uff09").encode(),
                 ("Ko Wen-je \uff09\u67ef\u6587\u54f2\uff08 said.").encode())

def form_feeds():
    return (b"\f\n" + lines(b"Rain fell.", b"\f", b"\f\f", b" \f ",
                            b"Rain\ffell.", b"\f", b"\f", b"Officials said.")
            + b"\f\r\n\f")

def cjk_only():
    han = "\u53f0\u7063\u65b0\u805e\u5831\u5c0e\u3002"
    return lines((han * 3000).encode(), han.encode(),
                 "\u3053\u3093\u306b\u3061\u306f".encode(),
                 "\ud55c\uad6d\uc5b4 \ub274\uc2a4".encode(),
                 "\uff08\u674e\uff09".encode())

def combining_marks():
    return lines(("e\u0301" * 50000).encode(), ("\u0301" * 50000).encode(),
                 ("\u0301Lee (\u0301\u674e\u0301) met officials.").encode(),
                 ("A\u0301B\u0301C: deck of it Then the lede.").encode(),
                 ("Jos\u00e9 (\u0301) said.").encode())

def distinct_words():
    """20 paragraphs of 100 000 five-letter words drawn at random: as
    many distinct words as a bag of the topic-shift test can take, in
    every line the window holds (12 MB, one story)."""
    rnd = random.Random(20261203)
    out = []
    for i in range(20):
        letters = bytes(97 + b % 26 for b in rnd.getrandbits(8 * 500000)
                        .to_bytes(500000, "little"))
        words = b" ".join(letters[k:k + 5] for k in range(0, 500000, 5))
        out.append((b"The " if i % 2 == 0 else b"A ") + words + b".\n")
    return b"".join(out)

CASES = {
    "empty": lambda: b"",
    "blank-lines": blank_lines,
    "bom-only": lambda: b"\xef\xbb\xbf",
    "crlf": crlf,
    "lone-cr": lone_cr,
    "no-final-newline": no_final_newline,
    "nul-bytes": nul_bytes,
    "invalid-continuation": lambda: invalid(CONTINUATION),
    "invalid-overlong": lambda: invalid(OVERLONG),
    "invalid-surrogate": lambda: invalid(SURROGATE),
    "invalid-out-of-range": lambda: invalid(OUT_OF_RANGE),
    "invalid-truncated": lambda: invalid(TRUNCATED),
    "invalid-cut-at-eof": cut_at_eof,
    "invalid-f5-ff": lambda: invalid(F5_FF),
    "latin1": latin1,
    "random-binary": random_binary,
    "long-line": long_line,
    "tiny-lines": tiny_lines,
    "short-lines": short_lines,
    "empty-lines": empty_lines,
    "open-parens": open_parens,
    "many-glosses": many_glosses,
    "nested-brackets": nested_brackets,
    "long-kicker": long_kicker,
    "fullwidth-unbalanced": fullwidth_unbalanced,
    "form-feeds": form_feeds,
    "cjk-only": cjk_only,
    "combining-marks": combining_marks,
    "distinct-words": distinct_words,
}

def make(dir):
    for name, gen in CASES.items():
        with open(os.path.join(dir, name), "wb") as f:
            f.write(gen())
        print(name)

def check_pieces(data, out):
    """Each non-blank input line is printed once: whole, or in the pieces
    --max-story cut it into, one after the other.  (A piece of white space
    alone would not be printed; no case here has one.)"""
    got = iter(l for l in out.split(b"\n") if not is_blank(l))
    for i, line in enumerate(non_blank_lines(data), 1):
        joined = b""
        while len(joined) < len(line):
            joined += next(got, b"\n")     # a line never holds "\n"
            if not line.startswith(joined):
                fail("text format: non-blank line %d is not printed" % i)
    if next(got, None) is not None:
        fail("text format: more lines printed than the input holds")

def cut(path, json_out, text_out, max_story):
    data = open(path, "rb").read()
    check_stories(data, open(json_out, "rb").read(), int(max_story))
    check_pieces(data, open(text_out, "rb").read())

if __name__ == "__main__":
    if sys.argv[1:2] == ["make"] and len(sys.argv) == 3:
        make(sys.argv[2])
    elif sys.argv[1:2] == ["cut"] and len(sys.argv) == 6:
        cut(*sys.argv[2:])
    else:
        fail(__doc__)
