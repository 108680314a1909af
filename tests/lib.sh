# tests/lib.sh — a few TAP helpers for the script tests.
# STORYSIFT (the binary) and SRCDIR (the source tree) come from make check;
# run by hand, they default to the tree this file is in.
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${STORYSIFT:=$SRCDIR/src/storysift}"
: "${PYTHON3:=python3}"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/storysift-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
# Under `make check VALGRIND=…`, every run of the binary goes through it.
if [ -n "${STORYSIFT_VALGRIND:-}" ]; then
	printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$STORYSIFT_VALGRIND" \
		"$STORYSIFT" >"$TMP/storysift"
	chmod +x "$TMP/storysift"
	STORYSIFT=$TMP/storysift
fi
tap_n=0
tap_failed=0

# Run COMMAND... as test DESCRIPTION; DIRECTIVE is "" or " # TODO why".
# A failure fails the script unless it is a TODO: a known gap, which
# counts as XFAIL (and a pass as XPASS, which make check reports as an
# error, so that the TODO is removed once it holds).
tap_run() {     # tap_run DIRECTIVE DESCRIPTION COMMAND...
	directive=$1 desc=$2; shift 2
	tap_n=$((tap_n + 1))
	if "$@" >"$TMP/out" 2>&1; then
		echo "ok $tap_n - $desc$directive"
		[ -z "$directive" ] && return
	else
		echo "not ok $tap_n - $desc$directive"
		[ -z "$directive" ] && tap_failed=1
	fi
	sed 's/^/# /' "$TMP/out" | head -n 40
}

ok() {          # ok DESCRIPTION COMMAND...
	tap_run "" "$@"
}

todo() {        # todo REASON DESCRIPTION COMMAND...
	reason=$1; shift
	tap_run " # TODO $reason" "$@"
}

# The number KEY of the JSON object in FILE against a bound; a missing
# key, or "errors" other than 0, fails.
json_at_least() {       # json_at_least FILE KEY MIN
	json_bound ">=" "$@"
}

json_at_most() {        # json_at_most FILE KEY MAX
	json_bound "<=" "$@"
}

json_bound() {
	"$PYTHON3" -c '
import json, sys
op, path, key, bound = sys.argv[1:]
s = json.loads(open(path).read())
v = s.get(key)
print("%s = %s (%s %s)" % (key, v, "minimum" if op == ">=" else "maximum", bound))
if v is None or s.get("errors", 0) != 0:
    sys.exit(1)
sys.exit(not (v >= float(bound) if op == ">=" else v <= float(bound)))' "$@"
}

skip_all() {    # skip_all REASON
	echo "1..0 # SKIP $1"
	exit 0
}

# The corpus-metric tests (concat, pairs, rescrape) paste the same corpus
# files together thousands of ways.  Under valgrind that takes longer
# than CI allows, and checks no memory that tiling.sh and score.sh, which
# run every corpus file under it, leave unchecked; they run in every
# other build, the sanitizers' too.
skip_under_valgrind() {
	[ -z "${STORYSIFT_VALGRIND:-}" ] ||
		skip_all "under valgrind (tiling.sh runs every corpus file there)"
}

done_testing() {
	echo "1..$tap_n"
	exit $tap_failed
}

skip() {        # skip DESCRIPTION REASON
	tap_n=$((tap_n + 1))
	echo "ok $tap_n - $1 # SKIP $2"
}

# Run tests/SCRIPT.py over ../shared/corpus/dev (and dev-real, when there)
# with ARGS..., its totals in $TMP/NAME.json and its summary as TAP
# comments; skip the whole test without the corpus or python3.  Exit 1
# only says a threshold of the script's own failed (the checks that
# follow say which); anything worse, or no totals, is a failed test.
corpus_script() {       # corpus_script NAME SCRIPT ARGS...
	name=$1 script=$2; shift 2
	corpus=$SRCDIR/../shared/corpus
	[ -d "$corpus/dev" ] || skip_all "no ../shared/corpus/dev"
	command -v "$PYTHON3" >/dev/null 2>&1 || skip_all "python3 not found"
	dirs="$corpus/dev"
	[ -d "$corpus/dev-real" ] && dirs="$dirs $corpus/dev-real"
	# $dirs is split on purpose: two directories.
	# shellcheck disable=SC2086
	"$PYTHON3" "$SRCDIR/tests/$script.py" --bin "$STORYSIFT" \
		--json "$TMP/$name.json" "$@" $dirs >"$TMP/summary" 2>"$TMP/stderr"
	status=$?
	sed 's/^/# /' "$TMP/summary" "$TMP/stderr"
	if [ $status -gt 1 ] || [ ! -s "$TMP/$name.json" ]; then
		echo "{}" >"$TMP/$name.json"
		ok "$name: $script.py ran (exit status $status)" false
	fi
}
