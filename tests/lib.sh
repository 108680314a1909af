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

ok() {          # ok DESCRIPTION COMMAND...
	desc=$1; shift
	tap_n=$((tap_n + 1))
	if "$@" >"$TMP/out" 2>&1; then
		echo "ok $tap_n - $desc"
	else
		echo "not ok $tap_n - $desc"
		sed 's/^/# /' "$TMP/out" | head -n 40
		tap_failed=1
	fi
}

todo() {        # todo REASON DESCRIPTION COMMAND...: a known gap (TAP
	# TODO): a failure counts as XFAIL, a pass as XPASS, which make
	# check reports as an error, so the TODO is removed once it holds.
	reason=$1 desc=$2; shift 2
	tap_n=$((tap_n + 1))
	if "$@" >"$TMP/out" 2>&1; then
		echo "ok $tap_n - $desc # TODO $reason"
	else
		echo "not ok $tap_n - $desc # TODO $reason"
	fi
	sed 's/^/# /' "$TMP/out" | head -n 40
}

skip_all() {    # skip_all REASON
	echo "1..0 # SKIP $1"
	exit 0
}

done_testing() {
	echo "1..$tap_n"
	exit $tap_failed
}

skip() {        # skip DESCRIPTION REASON
	tap_n=$((tap_n + 1))
	echo "ok $tap_n - $1 # SKIP $2"
}
