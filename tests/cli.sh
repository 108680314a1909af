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
done_testing
