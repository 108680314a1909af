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
done_testing
