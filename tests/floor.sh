#!/bin/sh
# bench/floor, the benchmark's least-work filter, does what the benchmark
# says it does: on every e2e input and dev-corpus file, it writes the
# non-empty lines (as read.h cuts them: no BOM, no CR of a CRLF) and counts
# the lines, the malformed lines and the words that a reference counts.
. "$(dirname "$0")/lib.sh"
FLOOR=$BUILDDIR/bench/floor
[ -x "$FLOOR" ] || skip_all "bench/floor not built"
if [ -n "${STORYSIFT_VALGRIND:-}" ]; then
	FLOOR="$STORYSIFT_VALGRIND $FLOOR"
fi

reference() {   # reference FILE: the expected output, then the counts
	"$PYTHON3" - "$1" "$TMP/want" <<'PY'
import sys, unicodedata
data = open(sys.argv[1], "rb").read()
if data.startswith(b"\xef\xbb\xbf"):
    data = data[3:]
lines = data.split(b"\n")
if lines[-1] == b"":
    lines.pop()
out, malformed, words = [], 0, 0
for line in lines:
    if line.endswith(b"\r"):
        line = line[:-1]
    if line:
        out.append(line + b"\n")
    try:
        line.decode("utf-8")
        malformed += b"\0" in line
    except UnicodeDecodeError:
        malformed += 1
    text = line.decode("utf-8", errors="replace")
    blank = True
    for ch in text:
        space = ch == "\t" or unicodedata.category(ch) == "Zs"
        words += blank and not space
        blank = space
open(sys.argv[2], "wb").write(b"".join(out))
print("%d lines, %d malformed, %d words" % (len(lines), malformed, words))
PY
}

same_as_reference() {   # same_as_reference FILE
	reference "$1" >"$TMP/want.counts" &&
	$FLOOR words "$1" >"$TMP/got" 2>"$TMP/got.counts" &&
	cmp "$TMP/want" "$TMP/got" &&
	diff "$TMP/want.counts" "$TMP/got.counts"
}

for f in "$SRCDIR"/tests/e2e/*.in "$SRCDIR"/../shared/corpus/dev/*.txt; do
	[ -f "$f" ] || continue
	ok "floor words $(basename "$f")" same_as_reference "$f"
done

# Malformed and odd lines: invalid UTF-8, a NUL, wide spaces, a lone CR,
# no line feed at the end.
printf '\357\273\277one two\r\n\nbad \377 byte\ncut \344\270\nnul\000 here\r\n' \
	>"$TMP/odd.txt"
printf 'wide\342\200\203space\302\240and\343\200\200more\ta\rb\n  \nend' \
	>>"$TMP/odd.txt"
ok "floor words on malformed and odd lines" same_as_reference "$TMP/odd.txt"

usage_error() {
	! $FLOOR nothing "$SRCDIR/README" 2>"$TMP/err" &&
	grep -q usage "$TMP/err"
}
ok "floor rejects an unknown step" usage_error
done_testing
