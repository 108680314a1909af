#!/bin/sh
# Hostile input (SPEC §1, §5, §6): files made at run time by hostile.py —
# empty, blank, BOM only, CRLF, lone CR, no final newline, NUL bytes, each
# kind of invalid UTF-8, Latin-1, random bytes, a 24 MiB line, 300 000 tiny
# lines, runs of brackets and glosses, a huge kicker, form feeds, CJK,
# combining marks.  On each: exit status 0, --strict fails exactly on
# malformed input, the json stories tile the file, the text format prints
# every non-blank line once, and with --max-story=1M the same holds within
# a bounded peak memory; 600 000 short lines and 5 000 000 empty ones stay
# within four times their size plus 16 MiB with the default --max-story.
# A file with no non-blank line (empty, blank lines, a BOM alone) has no
# story: nothing is printed for it (SPEC §2.1).
# shellcheck disable=SC2086 # $T and $TIME are commands with their options
. "$(dirname "$0")/lib.sh"
command -v "$PYTHON3" >/dev/null 2>&1 || skip_all "python3 not found"
S=$STORYSIFT
H=$SRCDIR/tests/hostile.py
mkdir "$TMP/in" || exit 1
cases=$("$PYTHON3" "$H" make "$TMP/in") ||
	{ echo "Bail out! hostile.py could not make the inputs"; exit 1; }

# Every run is time-bound, so that a hang fails its test instead of
# blocking make check (where timeout(1) exists: coreutils has it).
T=
command -v timeout >/dev/null 2>&1 && T="timeout 60"

# Malformed input (SPEC §5), where --strict exits 1: invalid UTF-8
# (invalid-*, latin1, random-binary) and NUL bytes (nul-bytes,
# random-binary); with --max-story=1M, also the line longer than that
# (long-line).  Every other case is well-formed: no warning, exit 0.
malformed() {   # malformed CASE MAX_STORY
	case $1 in
	invalid-*|latin1|random-binary|nul-bytes) return 0 ;;
	long-line) [ "$2" = 1M ] ;;
	*) return 1 ;;
	esac
}

default_run() { # default_run CASE FILE: exit 0, warnings iff malformed
	$T "$S" "$2" >"$TMP/stdout" 2>"$TMP/err" ||
		{ echo "exit $?"; cat "$TMP/err"; return 1; }
	if malformed "$1" 64M; then
		grep -q "^storysift: $2:[0-9][0-9]*: \(invalid UTF-8\|NUL byte\)$" \
			"$TMP/err" || { echo "no warning:"; cat "$TMP/err"; return 1; }
	else
		[ ! -s "$TMP/err" ] || { echo "warnings:"; cat "$TMP/err"; return 1; }
	fi
}

strict_status() {       # strict_status CASE MAX_STORY GOT
	want=0
	malformed "$1" "$2" && want=1
	[ "$3" = "$want" ] || { echo "--strict: exit $3, expected $want"; return 1; }
}

# Peak memory with --max-story=1M (SPEC §6: bounded by the longest story,
# not the input): a story of at most 1 MiB in a buffer grown by doubling
# (2 MiB), the reader's buffer (a 1 MiB line plus a 64 KiB block, doubled:
# 2 MiB), the writer's 64 KiB stdio buffer, libc and libunistring (about
# 2 MiB resident): under 8 MiB; the 24 MiB line peaks near 7 MiB.  32 MiB,
# four times that, leaves room for malloc's slack and for what analysis
# keeps per line and per gloss, yet fails a reader or a story that holds
# the whole 24 MiB line, and per-line records that outgrow the bound.
RSS_CEILING=32768       # KiB, as GNU time's %M
TIME=
rss_skip=
if [ -n "${STORYSIFT_VALGRIND:-}" ]; then
	rss_skip="under valgrind, whose own memory counts"
elif grep -q -a __asan_init "$S"; then
	rss_skip="AddressSanitizer build: shadow memory and quarantine"
elif grep -q -a __tsan_init "$S"; then
	rss_skip="ThreadSanitizer build: shadow memory"
elif [ -x /usr/bin/time ]; then
	TIME="/usr/bin/time -o $TMP/rss -f %M"
else
	rss_skip="/usr/bin/time (GNU time) not found"
fi

under_ceiling() {       # under_ceiling KIB [CEILING]
	[ "$1" -lt "${2:-$RSS_CEILING}" ] ||
		{ echo "peak RSS $1 KiB, ceiling ${2:-$RSS_CEILING} KiB"; return 1; }
}

no_story() {     # no_story FILE: a default run prints nothing, text or json
	txt=$($T "$S" "$1") && json=$($T "$S" --format=json "$1") ||
		{ echo "exit status not 0"; return 1; }
	[ -z "$txt" ] && [ -z "$json" ] ||
		{ echo "printed:"; printf '%s\n%s\n' "$txt" "$json" | head -n 4; return 1; }
}

one_story() {    # one_story FILE: a default run gives one story, all of it
	n=$($T "$S" --format=json "$1" 2>/dev/null | grep -c '"boundary":"first"')
	m=$($T "$S" --format=json "$1" 2>/dev/null | wc -l)
	[ "$n" = 1 ] && [ "$m" = 1 ] ||
		{ echo "$m stories, $n opened by the file's start"; return 1; }
}

# Peak memory of a default run (--max-story=64M) over a file of many short
# or empty lines (issue 16): one story, whose 24-byte records (one for a
# run of blank lines) stay within four times the input, plus 16 MiB for
# the process and the batches.  A record of 32 bytes would not.
default_ceiling() {     # default_ceiling FILE: KiB
	echo $(( (4 * $(wc -c <"$1") + 16 * 1048576) / 1024 ))
}

# The 24 MiB line at --max-story=1M: at least 24 pieces (a cut backs off
# to a character boundary, so a piece may hold a few bytes less than 1 MiB),
# every story after the first starting at a cut, and the warning; that no
# byte is dropped is hostile.py cut's job.
cut_in_pieces() {       # cut_in_pieces FILE
	n=$(wc -l <"$TMP/json")
	[ "$n" -ge 24 ] &&
	[ "$(grep -c '"boundary":"max-story"' "$TMP/json")" = $((n - 1)) ] &&
	grep -q "^storysift: $1:1: line longer than 1048576 bytes, split$" \
		"$TMP/err.1M" || { echo "$n stories"; cat "$TMP/err.1M"; return 1; }
}

# With --max-story=1M: exit 0 (or the warnings), the json stories tile the
# file and none is longer than 1 MiB, and the text (of a --strict run: the
# same output, another exit status) prints every line, cut or whole.
tiles_1m() {    # tiles_1m FILE JSON_STATUS
	[ "$2" = 0 ] || { echo "exit $2"; cat "$TMP/err.1M"; return 1; }
	$T "$PYTHON3" "$H" cut "$1" "$TMP/json" "$TMP/text" 1048576
}

# tiling.py compares each story's text with the input bytes decoded by
# Python's "replace": one U+FFFD for each maximal subpart of an invalid
# sequence (Unicode §3.9, as the WHATWG and W3C decoders do), so one for
# each lone invalid byte, overlong or surrogate byte, and one for a
# sequence cut short (`E6 B8`, which tests/unit/test_output.c wants as one).
# A decoder replacing every invalid byte on its own would contradict that
# test, and comparing the tiling alone would let a wrong text pass.
for name in $cases; do
	f=$TMP/in/$name
	ok "$name: exit 0, warns only if malformed" default_run "$name" "$f"
	$T "$S" --strict "$f" >/dev/null 2>&1
	ok "$name: --strict exit status" strict_status "$name" 64M $?
	ok "$name: json keys, stories tile it, each line printed once" \
		$T "$PYTHON3" "$SRCDIR/tests/tiling.py" "$S" "$f"

	rm -f "$TMP/rss"
	$T $TIME "$S" --format=json --max-story=1M "$f" >"$TMP/json" 2>"$TMP/err.1M"
	json_status=$?
	$T "$S" --strict --no-headers --max-story=1M "$f" >"$TMP/text" 2>/dev/null
	ok "$name: --max-story=1M --strict exit status" \
		strict_status "$name" 1M $?
	ok "$name: --max-story=1M: exit 0, stories tile it, none over 1 MiB" \
		tiles_1m "$f" "$json_status"
	[ "$name" = long-line ] &&
		ok "$name: --max-story=1M: cut in pieces, with a warning" \
			cut_in_pieces "$f"
	if [ -n "$rss_skip" ]; then
		skip "$name: peak RSS under $RSS_CEILING KiB" "$rss_skip"
	else
		rss=$(tail -n 1 "$TMP/rss" 2>/dev/null)
		ok "$name: peak RSS ${rss:-?} KiB, under $RSS_CEILING KiB" \
			under_ceiling "${rss:-$RSS_CEILING}"
	fi
	case $name in
	empty|blank-lines|bom-only)
		ok "$name: no non-blank line, no story" no_story "$f" ;;
	esac
	case $name in
	short-lines|empty-lines)
		# Nothing starts a story in them (SPEC §2.1): short-lines is
		# one story, not cut, with no warning (default_run saw none);
		# empty-lines, with no non-blank line, none (and no warning).
		if [ "$name" = short-lines ]; then
			ok "$name: default run, one story" one_story "$f"
		else
			ok "$name: default run, no story" no_story "$f"
		fi
		max=$(default_ceiling "$f")
		if [ -n "$rss_skip" ]; then
			skip "$name: default run, peak RSS under $max KiB" \
				"$rss_skip"
		else
			rm -f "$TMP/rss"
			$T $TIME "$S" --format=json "$f" >/dev/null 2>&1
			rss=$(tail -n 1 "$TMP/rss" 2>/dev/null)
			ok "$name: default run, peak RSS ${rss:-?} KiB, under $max KiB" \
				under_ceiling "${rss:-$max}" "$max"
		fi ;;
	esac
done
done_testing
