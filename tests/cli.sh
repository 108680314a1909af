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
# A closed pipe: killed by SIGPIPE, quietly, as cat is (status 128 + 13),
# also when the parent ignores SIGPIPE (the man page, EXIT STATUS).
for i in $(seq 2000); do cat "$F"; done >"$TMP/big"
closed_pipe() { # closed_pipe SIGPIPE_DISPOSITION ("-" or "")
	( trap "$1" PIPE
	  { "$S" "$TMP/big" 2>"$TMP/err"; echo $? >"$TMP/rc"; } | head -n 1 >/dev/null )
	[ "$(cat "$TMP/rc")" = 141 ] || { echo "exit $(cat "$TMP/rc")"; return 1; }
	err_empty
}
ok "closed pipe: killed by SIGPIPE, quietly" closed_pipe -
ok "closed pipe, SIGPIPE ignored by the parent: the same" closed_pipe ""

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

# --help and --version win wherever they stand; -h and -V are the same.
help_wins() {   # help_wins ARGS...: exit 0 and the usage, nothing on stderr
	status 0 "$S" "$@" && err_empty && out_has "^Usage: storysift"
}
version_wins() {
	status 0 "$S" "$@" && err_empty && out_has "^storysift [0-9]"
}
ok "-h is --help" help_wins -h
ok "--help after a bad value" help_wins --format=yaml --help
ok "--help before a bad value" help_wins --help --format=yaml
ok "--help after an unknown option" help_wins --no-such-option --help
ok "--help among files and options" help_wins -a "$F" --help -k teasers
ok "-V is --version" version_wins -V
ok "--version after a bad value" version_wins --format=yaml --version
ok "--version before a bad value" version_wins --version --format=yaml
ok "bundled -qV" version_wins -qV
ok "--help as -e's argument is a pattern" sh -c \
	'"$0" -e --help "$1" | grep -q "^# story 1:"' "$S" "$F"

# Abbreviations: unique ones work, an ambiguous one is named as such.
ok "--form=json abbreviates --format" sh -c \
	'[ "$("$0" --form=json "$1")" = "$("$0" --format=json "$1")" ]' "$S" "$F"
ambiguous() {
	usage_error --glos=strip && err_has "option '--glos' is ambiguous" &&
	err_has "'--glosses'" && err_has "'--glossary'"
}
ok "--glos is ambiguous" ambiguous
unrecognized() { usage_error --x && err_has "unrecognized option '--x'"; }
ok "--x is unrecognized" unrecognized

# Option values: case and plurals accepted; a bad one names the valid ones.
same_json() {   # same_json "ARGS" "ARGS": both give the same output
	# shellcheck disable=SC2086
	[ "$("$S" $1 "$F")" = "$("$S" $2 "$F")" ]
}
ok "--keep=articles is --keep=article" same_json --keep=articles --keep=article
ok "--keep=Blurbs,ARTICLE is both" same_json --keep=Blurbs,ARTICLE --keep=article,blurb
ok "--format=JSON is --format=json" same_json --format=JSON --format=json
ok "-f Text is -f text" same_json "-f Text" "-f text"
ok "--glosses=STRIP is --glosses=strip" same_json --glosses=STRIP --glosses=strip
bad_value() {   # bad_value ARG MESSAGE
	usage_error "$1" && err_has "$2"
}
ok "bad --keep names article, blurb" bad_value --keep=teasers \
	"^storysift: invalid --keep value 'teasers'; valid: article, blurb\$"
ok "bad --format names text, json, xml" bad_value --format=yaml \
	"invalid --format value 'yaml'; valid: text, json, xml\$"
ok "bad --glosses names keep, strip" bad_value --glosses=hide \
	"invalid --glosses value 'hide'; valid: keep, strip"
ok "bad --max-story says what a size is" bad_value --max-story=lots \
	"invalid --max-story value 'lots'; valid: a number of bytes"
ok "--max-story under 16 bytes is refused" bad_value --max-story=8 \
	"invalid --max-story value '8'"
ok "bad -o pattern says why" bad_value -o=x \
	"invalid --output pattern '=x': it needs a %n"
ok "-o with an unknown conversion" bad_value --output=%q%n \
	"valid conversions are %f, %n, %04n, %k and %%"
exclusive() { usage_error -c -o%n && err_has "exclude each other"; }
ok "-c and -o exclude each other" exclusive
max_story_sizes() {
	for size in 1.5M 1KB 1KiB 512k 64M; do
		status 0 "$S" -c --max-story="$size" "$F" || return 1
	done
	# 1.5M is 1572864 bytes: a story of 1572865 is cut, of 1572864 not.
	"$PYTHON3" -c 'import sys; sys.stdout.write("x" * 1572863 + "\n")' >"$TMP/1.5M"
	status 0 "$S" --max-story=1.5M -c "$TMP/1.5M" && err_empty &&
	printf 'y\n' >>"$TMP/1.5M" &&
	status 0 "$S" --max-story=1.5M -c "$TMP/1.5M" && err_has "story longer than"
}
ok "--max-story=1.5M, 1KB, 1KiB, 512k" max_story_sizes

# -c: a line per file; its sums are json's story counts.
count_sums() {
	set -- "$A" "$F" "$SRCDIR/tests/e2e/glossary.in"
	"$S" -c "$@" >"$TMP/counts" &&
	"$S" --format=json "$@" >"$TMP/all.json" &&
	"$PYTHON3" - "$TMP/counts" "$TMP/all.json" <<'PY'
import json, sys
from collections import Counter
want = Counter()
for line in open(sys.argv[2]):
    s = json.loads(line)
    f = s["file"]
    want[f, "stories"] += 1
    want[f, s["kind"] + "s"] += 1
    want[f, "truncated"] += s["truncated"]
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
assert len(rows) == 3, rows
for f, *n in rows:
    got = dict(zip(("stories", "articles", "blurbs", "truncated"), map(int, n)))
    for k, v in got.items():
        assert v == want[f, k], (f, k, v, want[f, k])
    assert got["stories"] == got["articles"] + got["blurbs"]
PY
}
ok "-c: one line per file, sums equal json's counts" count_sums
ok "-c with --keep counts kept stories" sh -c \
	'[ "$("$0" -c -b "$1" | cut -f2-)" = "$(printf "3\t0\t3\t%s" "$("$0" -b -f json "$1" | grep -c "\"truncated\":true")")" ]' "$S" "$A"
ok "-c on an empty file: zeros" sh -c \
	'[ "$("$0" -c /dev/null)" = "$(printf "/dev/null\t0\t0\t0\t0")" ]' "$S"

# --label names standard input.
ok "--label in json file" sh -c \
	'"$0" --label=feed.txt -f json <"$1" | grep -q "^{\"file\":\"feed.txt\","' "$S" "$F"
ok "--label in -H headers and -c" sh -c \
	'"$0" --label=feed -H <"$1" | grep -q "^# feed: story 1:" &&
	 "$0" --label=feed -c - <"$1" | grep -q "^feed	"' "$S" "$F"
ok "--label leaves named files alone" sh -c \
	'"$0" --label=x -c "$1" | grep -q "^$1	"' "$S" "$F"

# -o: a file per story, named by the pattern; names on stdout.
output_files() {
	mkdir "$TMP/o" && cd "$TMP/o" && cp "$A" feed.txt &&
	status 0 "$S" -o 'out/%f-%04n-%k.txt' feed.txt || return 1
	n=$("$S" -c feed.txt | cut -f2)
	[ "$(wc -l <"$TMP/stdout")" = "$n" ] || return 1
	head -n 1 "$TMP/stdout" | grep -q '^out/feed-0001-article\.txt$' || return 1
	# The files hold what the text format prints, story by story.
	[ "$(cat $(cat "$TMP/stdout"))" = "$("$S" feed.txt)" ] || return 1
	# Again: every file exists, exit 1, each named; --force overwrites.
	status 1 "$S" -o 'out/%f-%04n-%k.txt' feed.txt &&
	[ "$(grep -c 'File exists' "$TMP/err")" = "$n" ] &&
	status 0 "$S" --force -f json -o 'out/%f-%04n-%k.txt' feed.txt &&
	head -c 1 out/feed-0001-article.txt | grep -q '{' &&
	[ "$(cat out/*.txt | wc -l)" = "$n" ] || return 1
	# Standard input is %f "stdin", or its --label.
	"$S" -o '%f.%n' <feed.txt | head -n 1 | grep -q '^stdin\.1$' &&
	"$S" --label=x.txt -o '%f.%n' - <feed.txt | head -n 1 | grep -q '^x\.1$' &&
	"$S" -b -o 'b/%n' feed.txt >/dev/null && [ "$(ls b | wc -l)" = 3 ] &&
	cd "$SRCDIR"
}
ok "-o writes each story to its own file, --force overwrites" output_files

# -r: every regular file under a directory, in name order.
recursive() {
	mkdir -p "$TMP/tree/b" "$TMP/tree/a" && cp "$F" "$TMP/tree/b/one.txt" &&
	cp "$A" "$TMP/tree/a/two.txt" && cp "$F" "$TMP/tree/c.txt" &&
	: >"$TMP/tree/a/empty.txt" &&
	printf '\177ELF\002\001\001\000\000\000\377\376\375 data\n' >"$TMP/tree/b/binary" &&
	ln -s "$F" "$TMP/tree/link.txt" &&
	status 0 "$S" -r -c "$TMP/tree" || return 1
	printf '%s\n' a/empty.txt a/two.txt b/binary b/one.txt c.txt >"$TMP/want"
	cut -f1 "$TMP/stdout" | sed "s|^$TMP/tree/||" | cmp - "$TMP/want" &&
	grep -q "^$TMP/tree/a/empty.txt	0	0	0	0$" "$TMP/stdout" &&
	err_has "binary:1: " &&
	# Without -r a directory is a read error, as before.
	status 1 "$S" -c "$TMP/tree" && err_has "Is a directory"
}
ok "-r: a tree with a binary and an empty file, in name order" recursive
ok "-r with no file reads the working directory" sh -c \
	'cd "$1/tree/b" && "$0" -r -c | cut -f1 | tr "\n" " " | grep -qx "./binary ./one.txt "' "$S" "$TMP"

# gzip (SPEC §4) ------------------------------------------------------------
# Input starting with 1f 8b is read as its text, from files and from
# standard input; a stream cut short or corrupt is a read error for that
# file (exit 1), after the stories before it.  The feed is the dev corpus
# concatenated when ../shared is there (150 KB: several 64 KiB blocks),
# else the end-to-end fixtures.
G=$TMP/gzip
mkdir "$G"
if [ -d "$SRCDIR/../shared/corpus/dev" ]; then
	cat "$SRCDIR"/../shared/corpus/dev/*.txt >"$G/feed.txt"
else
	cat "$SRCDIR"/tests/e2e/*.in >"$G/feed.txt"
fi
gzip -n -c "$G/feed.txt" >"$G/feed.txt.gz"
"$S" -f json "$G/feed.txt" >"$G/plain.json"
"$S" "$G/feed.txt" >"$G/plain.txt"
"$S" -f json <"$G/feed.txt" >"$G/stdin.json"
gz_size=$(wc -c <"$G/feed.txt.gz")
head -c $((gz_size / 2)) "$G/feed.txt.gz" >"$G/cut.gz"
"$PYTHON3" -c '
import sys
d = bytearray(open(sys.argv[1], "rb").read())
for i in range(len(d) // 2, len(d) // 2 + 32):
    d[i] ^= 0x55
open(sys.argv[2], "wb").write(d)' "$G/feed.txt.gz" "$G/corrupt.gz"

# The json lines of FILE hold the stories of plain.json but for "file":
# all of them, or with "prefix" the first ones, the last of them cut
# short (same number, line and offset, no more bytes).
same_stories() {        # same_stories FILE [prefix]
	file=$1; shift
	"$PYTHON3" -c '
import json, sys
def load(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    for r in rows:
        del r["file"]
    return rows
got, want = load(sys.argv[1]), load(sys.argv[2])
if len(sys.argv) < 4:
    sys.exit(got != want)
print("# %d of %d stories before the cut" % (len(got), len(want)))
if not 2 <= len(got) < len(want) or got[:-1] != want[:len(got) - 1]:
    sys.exit(1)
last, same = got[-1], want[len(got) - 1]
sys.exit(any(last[k] != same[k] for k in ("story", "line", "offset")) or
         last["bytes"] > same["bytes"])' "$file" "$G/plain.json" "$@"
}
gzip_file() {
	status 0 "$S" -f json "$G/feed.txt.gz" && err_empty &&
	out_has "\"file\":\"$G/feed.txt.gz\"" && same_stories "$TMP/stdout"
}
ok "gzip file: the plain file's stories" gzip_file
ok "gzip file: the same text output" sh -c \
	'"$0" "$1.gz" | cmp - "$2"' "$S" "$G/feed.txt" "$G/plain.txt"
ok "gzip on standard input: the same as the text" sh -c \
	'gzip -c "$1" | "$0" -f json | cmp - "$2"' "$S" "$G/feed.txt" \
	"$G/stdin.json"
gzip_members() {
	e=$SRCDIR/tests/e2e
	{ gzip -c "$e/wire.in"; gzip -c "$e/glossary.in"; } >"$G/two.gz"
	cat "$e/wire.in" "$e/glossary.in" | "$S" -f json >"$G/two.json"
	status 0 "$S" -f json - <"$G/two.gz" && cmp "$TMP/stdout" "$G/two.json"
}
ok "gzip members concatenated are one text" gzip_members
ok "a lone 1f byte is text" sh -c \
	'printf "\037" | "$0" -f json | grep -q "\"bytes\":1,"' "$S"
gzip_cut() {    # gzip_cut [OPTION]: the stories before the cut, exit 1
	status 1 "$S" -f json "$@" "$G/cut.gz" &&
	err_has "^storysift: $G/cut.gz: gzip: unexpected end of file" &&
	same_stories "$TMP/stdout" prefix
}
ok "truncated gzip: exit 1, the stories before the cut" gzip_cut
ok "truncated gzip, --strict: the same" gzip_cut --strict
gzip_cut_stdin() {
	status 1 "$S" -f json <"$G/cut.gz" &&
	err_has "^storysift: -: gzip: unexpected end of file" &&
	same_stories "$TMP/stdout" prefix
}
ok "truncated gzip on standard input: the same" gzip_cut_stdin
gzip_corrupt() {        # gzip_corrupt [OPTION]
	status 1 "$S" -f json "$@" "$G/corrupt.gz" &&
	err_has "^storysift: $G/corrupt.gz: gzip: invalid compressed data" &&
	"$PYTHON3" -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
print("# %d stories before the error" % len(rows))
sys.exit(not rows or rows[0]["offset"] != 0)' "$TMP/stdout"
}
ok "corrupt gzip: exit 1, invalid compressed data" gzip_corrupt
ok "corrupt gzip, --strict: the same" gzip_corrupt --strict
gzip_then_good() {
	status 1 "$S" -f json "$G/corrupt.gz" "$F" &&
	out_has "\"file\":\"$F\"" && err_has "gzip: invalid compressed data"
}
ok "a bad gzip file does not stop the files after it" gzip_then_good
# gzip -d warns of bytes after the last member and ignores them; so do we,
# as malformed input: -q silences it, --strict makes it an error.
{ cat "$G/feed.txt.gz"; printf 'junk\n'; } >"$G/trailing.gz"
gzip_trailing() {
	status 0 "$S" -f json "$G/trailing.gz" &&
	err_has "^storysift: $G/trailing.gz: gzip: trailing garbage ignored" &&
	same_stories "$TMP/stdout"
}
ok "trailing garbage after gzip: a warning, the text whole" gzip_trailing
ok "trailing garbage after gzip, -q: no warning" sh -c \
	'"$0" -q "$1" 2>&1 >/dev/null | grep -q . && exit 1; exit 0' \
	"$S" "$G/trailing.gz"
ok "trailing garbage after gzip, --strict: exit 1" \
	status 1 "$S" --strict "$G/trailing.gz"
# ---------------------------------------------------------------------------

# --glosses=strip (SPEC §4)
# §4's five examples through the binary; json the same with and without
# the option; and (§6) every non-blank input line printed once, less only
# the CJK of its glosses and the brackets, spaces, separators and labels
# (`Chinese:`) that went with it.
cat >"$TMP/glosses.txt" <<'EOF'
Flood Defences Tested
By Paul Lin 林保華
Engineers opened the new flood gates for a test on Monday.
Residents watched from the bank, officials said.

Prime Minister Lawrence Wong (黃循財) opened the port on Monday.
Taiwan Semiconductor Manufacturing Co (TSMC, 台積電) shares rose.
Qiushi (求是, “Seeking Truth”) ran the essay.
Ko Wen-je (Chinese: 柯文哲; pinyin: Kē Wénzhé) was mayor.
Mayor Ko Wen-je（柯文哲）said the city was ready.
EOF
sed 's/$/\r/' "$TMP/glosses.txt" >"$TMP/glosses-crlf.txt"
spec_examples() {
	status 0 "$S" --no-headers -g strip "$1" &&
	out_has '^By Paul Lin$' &&
	out_has '^Prime Minister Lawrence Wong opened the port on Monday\.$' &&
	out_has '^Taiwan Semiconductor Manufacturing Co (TSMC) shares rose\.$' &&
	out_has '^Qiushi (“Seeking Truth”) ran the essay\.$' &&
	out_has '^Ko Wen-je (pinyin: Kē Wénzhé) was mayor\.$' &&
	out_has '^Mayor Ko Wen-je said the city was ready\.$'
}
ok "-g strip: the five examples of §4" spec_examples "$TMP/glosses.txt"
ok "-g strip: the five examples of §4, CRLF" spec_examples "$TMP/glosses-crlf.txt"
json_unchanged() {
	for f in "$TMP/glosses.txt" "$TMP/glosses-crlf.txt" "$SRCDIR"/tests/e2e/*.in; do
		"$S" -q --format=json "$f" >"$TMP/keep.json" &&
		"$S" -q --format=json -g strip "$f" >"$TMP/strip.json" &&
		cmp "$TMP/keep.json" "$TMP/strip.json" || return 1
	done
}
ok "-g strip: json unchanged" json_unchanged
lines_kept() {  # lines_kept FILE...: §6 with -g strip, in text format
	"$PYTHON3" -c '
import difflib, re, subprocess, sys, unicodedata
# A CJK run, with the Latin letters and digits glued to it (`村BA回来了`).
cjk = re.compile("(?:[\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029"
                 "\u3040-\u30ff\u3100-\u312f\u3131-\u318f\u31a0-\u31bf"
                 "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
                 "\U00020000-\U0003ffff\u00b7\u2027\u30fb]+"
                 "[A-Za-z0-9]{0,8})+")
# What may go with it: brackets, spaces, separators, the # of a hashtag, a label.
went_with = re.compile("(\\s|[()\uff08\uff09,;:#\u3001\uff0c\uff1b\uff1a]|"
                       "[A-Za-z]+[:\uff1a])*")
def blank(t):
    return all(c in "\t\r\f\ufeff" or unicodedata.category(c) == "Zs"
               for c in t)
def changes(a, b):
    """The pieces of a that b leaves out, or None if b adds to it (a
    space where a glued bracket was is not adding)."""
    cut = []
    for t, i1, i2, j1, j2 in difflib.SequenceMatcher(
            None, a, b, autojunk=False).get_opcodes():
        if t == "equal":
            continue
        if t != "delete" and not (t == "replace" and b[j1:j2] == " "):
            return None
        cut.append(a[i1:i2])
    return cut
bad = 0
for path in sys.argv[2:]:
    text = open(path, "rb").read().decode("utf-8", "replace")
    src = [l.rstrip("\r") for l in text.lstrip("\ufeff").split("\n")]
    src = [l for l in src if not blank(l)]
    out = subprocess.run([sys.argv[1], "-q", "--no-headers", "-g", "strip",
                          path], capture_output=True).stdout
    got = [l for l in out.decode("utf-8", "replace").split("\n")
           if not blank(l)]
    if len(src) != len(got):
        print("%s: %d lines in, %d out" % (path, len(src), len(got)))
        bad = 1
        continue
    for a, b in zip(src, got):
        cut = changes(a, b)
        if a != b and (cut is None or not cjk.search("".join(cut)) or
                       not all(went_with.fullmatch(cjk.sub("", c))
                               for c in cut)):
            print("%s:\n  in:  %s\n  out: %s" % (path, a, b))
            bad = 1
sys.exit(bad)' "$S" "$@"
}
ok "-g strip: every line printed once, less only its glosses' CJK" \
	lines_kept "$TMP/glosses.txt" "$TMP/glosses-crlf.txt" "$SRCDIR"/tests/e2e/*.in
for corpus in "$SRCDIR"/../shared/corpus/dev "$SRCDIR"/../shared/corpus/dev-real; do
	[ -d "$corpus" ] || continue
	ok "-g strip: every line printed once in ${corpus##*/}" \
		lines_kept "$corpus"/*.txt
done

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
	markers_json && out_has "^{\"file\":\"[^\"]*\",\"story\":$1,\"id\":\"[0-9a-f]*\",\"line\":$2,.*\"boundary\":\"$3\",\"kind\":\"$4\",\"truncated\":$5,\"kicker\":null,\"deck\":null,\"headline\":$6,"
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
# xml (SPEC §3.3) ------------------------------------------------------------
# One well-formed document per run, whatever happens to the files in it: a
# <feed> per file named, empty for one without a story or one that cannot
# be read, closed after a read error; with -o a document per story file.
# Python's parser checks it, so that no xmllint is needed here.
xml_feeds() {   # xml_feeds FILE: its feeds, "file stories" a line
	"$PYTHON3" -c '
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "storysift", root.tag
for f in root:
    assert f.tag == "feed", f.tag
    print(f.get("file"), len(f.findall("story")))' "$1"
}
xml_two_files() {
	status 0 "$S" -f xml "$F" "$A" && xml_feeds "$TMP/stdout" >"$TMP/feeds" &&
	printf '%s %s\n%s %s\n' "$F" "$("$S" -c "$F" | cut -f2)" \
		"$A" "$("$S" -c "$A" | cut -f2)" | diff - "$TMP/feeds" &&
	[ "$(head -n 1 "$TMP/stdout")" = '<?xml version="1.0" encoding="UTF-8"?>' ]
}
ok "xml: one document, a feed per file, every story" xml_two_files
ok "xml: an empty run is a whole document" sh -c '
	[ "$("$0" -f xml </dev/null)" = "$(printf "%s\n" \
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>" "<storysift>" \
	"<feed file=\"-\">" "</feed>" "</storysift>")" ]' "$S"
xml_unreadable() {
	status 1 "$S" -f xml "$TMP/missing" "$F" "$TMP/blank.txt" "$TMP" &&
	err_has "^storysift: $TMP/missing: No such file or directory" &&
	xml_feeds "$TMP/stdout" >"$TMP/feeds" &&
	printf '%s 0\n%s %s\n%s 0\n%s 0\n' "$TMP/missing" "$F" \
		"$("$S" -c "$F" | cut -f2)" "$TMP/blank.txt" "$TMP" |
		diff - "$TMP/feeds"
}
ok "xml: unreadable and blank files keep their feed, well-formed" xml_unreadable
xml_cut_gzip() {
	status 1 "$S" -f xml "$G/cut.gz" "$F" && xml_feeds "$TMP/stdout" >"$TMP/feeds" &&
	[ "$(sed -n 1p "$TMP/feeds" | cut -d " " -f2)" -gt 0 ] &&
	[ "$(sed -n 2p "$TMP/feeds")" = "$F $("$S" -c "$F" | cut -f2)" ]
}
command -v gzip >/dev/null 2>&1 &&
	ok "xml: a gzip stream cut short closes its feed" xml_cut_gzip
ok "xml: the file name escaped in its attribute" sh -c '
	name="$1/a&b\"<c>'"'"'d.txt"; cp "$2" "$name" &&
	"$0" -f xml "$name" >"$1/esc.xml" &&
	"$3" -c "
import sys, xml.etree.ElementTree as ET
sys.exit(ET.parse(sys.argv[1]).getroot()[0].get(\"file\") != sys.argv[2])" \
	"$1/esc.xml" "$name"' "$S" "$TMP" "$F" "$PYTHON3"
xml_own_files() {
	mkdir "$TMP/ox" && cd "$TMP/ox" &&
	status 0 "$S" -f xml -o '%f-%n.xml' "$A" || return 1
	[ "$(wc -l <"$TMP/stdout")" = "$("$S" -c "$A" | cut -f2)" ] || return 1
	for x in $(cat "$TMP/stdout"); do
		[ "$(xml_feeds "$x")" = "$A 1" ] || { echo "$x:"; cat "$x"; return 1; }
	done
	cd "$SRCDIR"
}
ok "xml -o: each story's file a document of its own" xml_own_files
ok "xml: -c and --glossary ignore the format" sh -c '
	[ "$("$0" -f xml -c "$1")" = "$("$0" -c "$1")" ] &&
	[ "$("$0" -f xml --glossary "$1")" = "$("$0" --glossary "$1")" ]' "$S" "$A"
ok "xml: /dev/full is a write error, exit 1" sh -c \
	'"$0" -f xml "$1" >/dev/full 2>"$2/err"; [ $? = 1 ] && grep -q "^storysift: write error: No space left on device" "$2/err"' \
	"$S" "$F" "$TMP"
xml_closed_pipe() {
	{ "$S" -f xml "$TMP/big" 2>"$TMP/err"; echo $? >"$TMP/rc"; } |
		head -n 1 >/dev/null
	[ "$(cat "$TMP/rc")" = 141 ] || { echo "exit $(cat "$TMP/rc")"; return 1; }
	err_empty
}
ok "xml: closed pipe, killed by SIGPIPE, quietly" xml_closed_pipe
done_testing
