"""Write a feed of at least SIZE MiB made from the project's own fixtures.

usage: makefeed.py SIZE_MIB OUT

Pages are varied, not one page repeated: each is a fixture (tests/e2e,
samples) whose digits are redrawn, whose stories come in a shuffled order
and whose glossed names are drawn from a small pool, so the segmenter, the
gloss finder and the glossary see changing text.  The seed is fixed: the
same SIZE gives the same bytes.
"""
import glob, os, random, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
NAMES = [("Lin Mei-hua", "林美華"), ("Chen Wen-li", "陳文理"),
         ("Wang Chih-ming", "王志明"), ("Tan Wee Leng", "陳偉龍"),
         ("Park Min-jun", "박민준"), ("Haruki Nakamura", "中村春樹"),
         ("Daan", "大安"), ("Beitou", "北投"), ("Sai Kung", "西貢")]
GLOSS = re.compile(r"[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+)* \((\S+?)\)")

def pages():
    files = sorted(glob.glob(os.path.join(ROOT, "tests", "e2e", "*.in")) +
                   glob.glob(os.path.join(ROOT, "samples", "*.txt")))
    out = []
    for f in files:
        text = open(f, "rb").read().decode("utf-8", "replace")
        text = text.replace("\r\n", "\n").replace("\ufeff", "")
        # Stories, roughly: blocks of lines split before kicker lines.
        blocks = [b for b in re.split(r"\n(?=[A-Z‘“][A-Z ’'&-]{3,}[:?])",
                                      text) if b.strip()]
        out.append(blocks)
    return out

def vary(rng, block):
    block = re.sub(r"\d", lambda m: str(rng.randrange(10)), block)
    def name(m):
        n, c = rng.choice(NAMES)
        return "%s (%s)" % (n, c)
    return GLOSS.sub(name, block)

def main(size_mib, path):
    rng = random.Random(20261130)
    want = size_mib << 20
    src = pages()
    written = 0
    with open(path, "wb") as f:
        while written < want:
            blocks = list(rng.choice(src))
            rng.shuffle(blocks)
            page = "\n".join(vary(rng, b).rstrip("\n") for b in blocks)
            data = (page + "\n").encode("utf-8")
            f.write(data)
            written += len(data)

if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
