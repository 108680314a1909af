#!/bin/sh
# Options, exit status and diagnostics (SPEC §4, §5).
. "$(dirname "$0")/lib.sh"
S=$STORYSIFT
F=$SRCDIR/tests/e2e/wire.in

status() {      # status EXPECTED COMMAND...: run, keep stderr in $TMP/err
	want=$1; shift
	"$@" >"$TMP/stdout" 2>"$TMP/err"
	got=$?
	[ "$got" = "$want" ] || { echo "exit $got, expected $want"; cat "$TMP/err"; return 1; }
}
err_has() { grep -q -- "$1" "$TMP/err" || { echo "stderr:"; cat "$TMP/err"; return 1; }; }
err_empty() { [ ! -s "$TMP/err" ] || { echo "stderr:"; cat "$TMP/err"; return 1; }; }
out_has() { grep -q -- "$1" "$TMP/stdout" || { echo "stdout:"; cat "$TMP/stdout"; return 1; }; }

usage_error() { # usage_error ARGS...: exit 2, one message and the hint
	status 2 "$S" "$@" "$F" && err_has "^storysift: " &&
	err_has "Try 'storysift --help'" && [ ! -s "$TMP/stdout" ]
}
ok "unknown option" usage_error --no-such-option
ok "unknown short option" usage_error -Z
ok "bad --format" usage_error --format=yaml
ok "bad --keep" usage_error --keep=opinion
ok "empty --keep" usage_error --keep=
ok "bad --glosses" usage_error --glosses=hide
ok "bad --start regex" usage_error --start='(('
ok "bad --max-story" usage_error --max-story=lots
ok "--help exits 0" sh -c '"$0" --help | grep -q "^Usage: storysift"' "$S"
ok "--version exits 0" sh -c '"$0" --version | grep -q "^storysift "' "$S"
ok "--format json and --format=json agree" sh -c \
	'[ "$("$0" --format json "$1")" = "$("$0" --format=json "$1")" ]' "$S" "$F"
ok "bundled short options" sh -c \
	'[ "$("$0" -af json "$1")" = "$("$0" --articles --format=json "$1")" ]' "$S" "$F"
ok "-- ends options" sh -c 'cd "$(dirname "$1")" && "$0" -- "$(basename "$1")" >/dev/null' "$S" "$F"

# An unreadable file or a directory among good files: a message, the other
# files still processed, exit 1.
unreadable() {
	status 1 "$S" --format=json "$TMP/missing" "$F" "$TMP" "$F" &&
	err_has "^storysift: $TMP/missing: No such file or directory" &&
	err_has "^storysift: $TMP: Is a directory" &&
	[ "$(grep -c '"story":1,' "$TMP/stdout")" = 2 ]
}
ok "unreadable file and directory among good files" unreadable
if [ "$(id -u)" != 0 ]; then
	: >"$TMP/noperm"; chmod 000 "$TMP/noperm"
	ok "permission denied" sh -c '! "$0" "$1" 2>&1 >/dev/null | grep -q "Permission denied" && exit 1; exit 0' "$S" "$TMP/noperm"
fi

# Output that cannot be written.
if [ -w /dev/full ]; then
	ok "/dev/full: write error, exit 1" sh -c \
	  '"$0" "$1" >/dev/full 2>"$2/err"; [ $? = 1 ] && grep -q "^storysift: write error: No space left on device" "$2/err"' \
	  "$S" "$F" "$TMP"
fi
closed_pipe() {
	for i in $(seq 2000); do cat "$F"; done >"$TMP/big"
	{ "$S" "$TMP/big" 2>"$TMP/err"; echo $? >"$TMP/rc"; } | head -n 1 >/dev/null
	err_empty
}
ok "closed pipe ends quietly" closed_pipe

# Malformed input: a warning once per file, exit 0; --strict makes it 1.
printf 'A line with a bad byte \377 here.\nAnother bad one \376.\nA NUL \000 byte.\n' >"$TMP/bad.txt"
ok "invalid UTF-8 warns once, exit 0" sh -c '
	"$0" "$1/bad.txt" >/dev/null 2>"$1/err" &&
	[ "$(grep -c "invalid UTF-8" "$1/err")" = 1 ] &&
	grep -q "^storysift: $1/bad.txt:1: invalid UTF-8" "$1/err" &&
	grep -q "^storysift: $1/bad.txt:3: NUL byte" "$1/err"' "$S" "$TMP"
ok "--strict: malformed input exits 1" status 1 "$S" --strict "$TMP/bad.txt"
ok "-q: no warnings" sh -c '"$0" -q "$1/bad.txt" 2>&1 >/dev/null | grep -q . && exit 1; exit 0' "$S" "$TMP"
ok "invalid bytes become U+FFFD in json" sh -c \
	'"$0" -q --format=json "$1/bad.txt" | grep -q "bad byte \\\\ufffd\|bad byte �"' "$S" "$TMP"

# --keep, --articles, --blurbs.
A=$SRCDIR/tests/e2e/article-blurbs.in
ok "--articles keeps only articles" sh -c \
	'"$0" -a --format=json "$1" | grep -v "\"kind\":\"article\"" | grep -q . && exit 1; exit 0' "$S" "$A"
ok "--keep=blurb keeps only blurbs" sh -c \
	'[ "$("$0" --keep=blurb --format=json "$1" | grep -c "\"kind\":\"blurb\"")" = 3 ]' "$S" "$A"
ok "--keep=article,blurb keeps all" sh -c \
	'[ "$("$0" --keep=article,blurb --format=json "$1" | wc -l)" = 4 ]' "$S" "$A"
# glossary.in holds 9 glosses, 8 of them in articles (the last story is a
# blurb with one gloss and two broken ones, which are never counted).
glossary_total() { "$S" "$@" --glossary "$SRCDIR/tests/e2e/glossary.in" |
	awk -F '\t' '{ n += $4 } END { print n }'; }
ok "--glossary counts every gloss" sh -c '[ "$1" = 9 ]' - "$(glossary_total)"
ok "--glossary with --keep counts kept stories only" \
	sh -c '[ "$1" = 8 ]' - "$(glossary_total -a)"
ok "-H names the file" sh -c '"$0" -H "$1" | grep -q "^# $1: story 1: "' "$S" "$F"

# --start and --max-story.
ok "--start pattern starts a story" sh -c \
	'"$0" --format=json -e "^Governor" "$1" | grep -q "\"line\":2,.*\"boundary\":\"pattern\""' "$S" "$F"
max_story() {
	status 0 "$S" --format=json --max-story=200 "$A" &&
	err_has "story longer than 200 bytes" &&
	out_has '"boundary":"max-story"' &&
	"$PYTHON3" -c '
import json, sys
total = sum(json.loads(l)["bytes"] for l in open(sys.argv[1]))
sys.exit(total != int(sys.argv[2]))' "$TMP/stdout" "$(wc -c <"$A")"
}
ok "--max-story cuts and keeps every byte" max_story
ok "empty input: no output, exit 0" sh -c '[ -z "$("$0" </dev/null)" ]' "$S"
# -e markers and blank-only files (SPEC §4, §2.1) ---------------------------
# A line matching --start starts a story and stays with the page under it:
# furniture, never a teaser that was cut off, never the page's headline,
# kicker or byline; the page's own headline starts nothing.
M=$TMP/markers.txt
{
	echo '=== the city transport bureau said on monday that work on the'
	echo 'Harbour bridge repairs to close two lanes'
	echo 'By Lin Mei  /  Staff reporter'
	echo 'The city transport bureau said on Monday that work on the harbour bridge will close two lanes for three weeks starting next month.'
	echo 'Drivers were advised to use the tunnel instead.'
	echo ''
	echo 'URL: https://example.com/news/2025/03/12/flood-gates'
	echo ''
	echo 'The river authority opened two new flood gates north of the city on Tuesday, but residents downstream said the'
	echo '=== page 3 ==='
	echo '=== page 4 ==='
	echo 'Lending rules tightened for second homes'
	echo 'The Financial Supervisory Commission yesterday said it would tighten rules on mortgage lending for buyers of second homes, citing'
	echo 'Museum reopens southern branch'
	echo 'The National Palace Museum said its southern branch in Chiayi County reopened yesterday after renovations that took more than'
	printf '\f\n'
	printf '=== page 5 ==='
} >"$M"
markers_json() { status 0 "$S" --format=json -e '^=== ' -e '^URL: ' "$M"; }
marker_story() {        # marker_story N LINE BOUNDARY KIND TRUNCATED HEADLINE
	markers_json && out_has "^{\"file\":\"[^\"]*\",\"story\":$1,\"line\":$2,.*\"boundary\":\"$3\",\"kind\":\"$4\",\"truncated\":$5,\"kicker\":null,\"deck\":null,\"headline\":$6,"
}
ok "-e: a marker like a cut sentence opens its page, whose headline stays" \
	marker_story 1 1 first article false '"Harbour bridge repairs to close two lanes"'
ok "-e: a URL marker over one cut paragraph: a blurb, truncated, no headline" \
	marker_story 2 7 pattern blurb true null
ok "-e: a marker alone before the next marker: an article, not truncated" \
	marker_story 3 10 pattern article false null
ok "-e: the page's headline, not the marker before it, heads its story" \
	marker_story 4 11 pattern blurb true '"Lending rules tightened for second homes"'
ok "-e: a listing under a marker still splits inside it" \
	marker_story 5 14 after-blurb blurb true '"Museum reopens southern branch"'
ok "-e: a marker after a form feed, at the end of the file: boundary formfeed (SPEC §3.2), not truncated" \
	marker_story 6 17 formfeed article false null
ok "-e: six stories, no more" sh -c \
	'[ "$("$0" --format=json -e "^=== " -e "^URL: " "$1" | wc -l)" = 6 ]' "$S" "$M"
ok "-e: the page's byline is the story's" sh -c \
	'"$0" --format=json -e "^=== " "$1" | grep -q "\"byline\":\"By Lin Mei  /  Staff reporter\""' "$S" "$M"
ok "-e: the marker lines are printed with their stories" sh -c \
	'"$0" -e "^=== " -e "^URL: " "$1" | grep -c "^\(=== \|URL: \)" | grep -qx 5' "$S" "$M"
marker_tiling() {
	markers_json && "$PYTHON3" -c '
import sys
sys.path.insert(0, sys.argv[1])
from tiling import check_stories
check_stories(open(sys.argv[2], "rb").read(), open(sys.argv[3], "rb").read())' \
		"$SRCDIR/tests" "$M" "$TMP/stdout"
}
ok "-e: the stories tile the file" marker_tiling

# A file with no non-blank line has no story: nothing is printed for it,
# whatever the format, and the exit status is 0.  A BOM is skipped for
# analysis, so a BOM alone is blank too; a form feed is no white space
# (SPEC §1), so a file of form feeds keeps its stories.
printf '\n   \n\t\n\302\240\r\n\343\200\200\n\n' >"$TMP/blank.txt"
printf '\357\273\277' >"$TMP/bom.txt"
: >"$TMP/zero.txt"
nothing() {     # nothing ARGS...: exit 0, no output, no warning
	status 0 "$S" "$@" && err_empty && [ ! -s "$TMP/stdout" ] ||
		{ echo "stdout:"; cat "$TMP/stdout"; return 1; }
}
ok "blank-only file: nothing printed, exit 0" nothing "$TMP/blank.txt"
ok "blank-only file: no json" nothing --format=json "$TMP/blank.txt"
ok "blank-only file: empty --glossary" nothing --glossary "$TMP/blank.txt"
ok "blank-only file: nothing with -H" nothing -H "$TMP/blank.txt"
ok "blank-only standard input: nothing" sh -c \
	'[ -z "$("$0" --format=json <"$1")" ]' "$S" "$TMP/blank.txt"
ok "BOM-only file: nothing printed" nothing --format=json "$TMP/bom.txt"
ok "empty file: nothing printed" nothing --format=json "$TMP/zero.txt"
ok "blank-only file between two files changes nothing" sh -c \
	'[ "$("$0" -H "$1" "$2" "$1")" = "$("$0" -H "$1" "$1")" ]' "$S" "$F" "$TMP/blank.txt"
ok "form feeds only: a story for each, every line printed" sh -c \
	'printf "\f\n\n\f\n" >"$1/ff.txt" &&
	[ "$("$0" --format=json "$1/ff.txt" | wc -l)" = 2 ] &&
	[ "$("$0" --no-headers "$1/ff.txt" | grep -c "$(printf "\f")")" = 2 ]' \
	"$S" "$TMP"
done_testing
