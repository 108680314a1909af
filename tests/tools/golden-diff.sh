#!/bin/sh
# golden-diff — for developers, not run by make check: run two storysift
# binaries over the same inputs and compare their outputs byte for byte,
# so that a refactoring commit can show it changed nothing (DESIGN.md §5).
#
#   tests/tools/golden-diff.sh OLD NEW [OLD_ROLES NEW_ROLES]
#
# OLD and NEW are storysift binaries; OLD_ROLES and NEW_ROLES, when given,
# are tests/tools/roles binaries, compared on the same inputs.  Inputs:
# tests/e2e/*.in (also with their .args), bench/data/feed-16.txt (or
# $FEED), the hostile.py inputs and every file of ../shared/corpus/dev and
# dev-real (or $CORPUS, a list of directories).  Each runs in the text,
# json and --glossary formats with STORYSIFT_THREADS=1 and 2.  Exit status
# 0 if every output and exit status is the same, 1 otherwise.
set -u
[ $# -eq 2 ] || [ $# -eq 4 ] ||
	{ echo "usage: $0 OLD NEW [OLD_ROLES NEW_ROLES]" >&2; exit 2; }
OLD=$1 NEW=$2 OLD_ROLES=${3:-} NEW_ROLES=${4:-}
TOP=$(cd "$(dirname "$0")/../.." && pwd)
FEED=${FEED:-$TOP/bench/data/feed-16.txt}
CORPUS=${CORPUS:-"$TOP/../shared/corpus/dev $TOP/../shared/corpus/dev-real"}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/golden.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT INT TERM
mkdir "$TMP/hostile"
python3 "$TOP/tests/hostile.py" make "$TMP/hostile" >/dev/null ||
	{ echo "hostile.py make failed" >&2; exit 1; }

runs=0 diffs=0

# same LABEL OLD_BIN NEW_BIN CMD...: run CMD with OLD's and NEW's binary in place of @BIN@
# and compare standard output, standard error and exit status.
same() {
	label=$1 bin_old=$2 bin_new=$3
	shift 3
	for side in old new; do
		eval bin=\$bin_$side
		args=
		for a in "$@"; do
			[ "$a" = @BIN@ ] && a=$bin
			args="$args '$a'"
		done
		eval "$args" >"$TMP/$side.out" 2>"$TMP/$side.err"
		echo $? >>"$TMP/$side.err"
		# The binary's own path shows in messages only through argv[0].
		sed "s|$bin|BIN|g" "$TMP/$side.err" >"$TMP/$side.e"
	done
	runs=$((runs + 1))
	if ! cmp -s "$TMP/old.out" "$TMP/new.out" ||
	   ! cmp -s "$TMP/old.e" "$TMP/new.e"; then
		diffs=$((diffs + 1))
		echo "DIFF: $label"
		cmp "$TMP/old.out" "$TMP/new.out" | head -1
		cmp "$TMP/old.e" "$TMP/new.e" | head -1
	fi
}

each_format() { # each_format NAME FILE [OPTION...]
	name=$1 file=$2
	shift 2
	for th in 1 2; do
		for fmt in --format=text --format=json --glossary; do
			STORYSIFT_THREADS=$th
			export STORYSIFT_THREADS
			same "$name $fmt threads=$th $*" "$OLD" "$NEW" \
				@BIN@ "$fmt" "$@" "$file"
		done
	done
	[ -n "$OLD_ROLES" ] &&
		same "$name roles" "$OLD_ROLES" "$NEW_ROLES" @BIN@ "$file"
	return 0
}

for f in "$TOP"/tests/e2e/*.in; do
	each_format "e2e/${f##*/}" "$f"
	a=${f%.in}.args
	# shellcheck disable=SC2046 # an .args file is a list of options
	[ -f "$a" ] && each_format "e2e/${f##*/} $(cat "$a")" "$f" $(cat "$a")
done
if [ -f "$FEED" ]; then
	each_format "${FEED##*/}" "$FEED"
else
	echo "note: no $FEED; the feed is skipped" >&2
fi
for f in "$TMP"/hostile/*; do
	each_format "hostile/${f##*/}" "$f"
	# A small --max-story cuts stories in every case.
	STORYSIFT_THREADS=2 same "hostile/${f##*/} --max-story=1M" "$OLD" "$NEW" \
		@BIN@ --format=json --max-story=1M "$f"
done
for d in $CORPUS; do
	for f in "$d"/*; do
		[ -f "$f" ] && each_format "${d##*/}/${f##*/}" "$f"
	done
done
echo "golden-diff: $runs runs, $diffs differ"
[ "$diffs" -eq 0 ]
