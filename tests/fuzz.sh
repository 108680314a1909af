#!/bin/sh
# Replay the fuzz harnesses (fuzz/) without libFuzzer: on the project's
# fixtures, as fuzz/run.sh seeds them, and on every finding kept in
# fuzz/regressions/ (pipeline-* and gloss-* by harness).
. "$(dirname "$0")/lib.sh"
# The replay programs are built beside src/; under `make check
# VALGRIND=…` they run under it too.
: "${BUILDDIR:=$SRCDIR}"
B=$BUILDDIR/fuzz
V=${STORYSIFT_VALGRIND:-}
R=$SRCDIR/fuzz/regressions

seeds() {       # the fixtures with an option byte in front, as run.sh does
	for f in "$SRCDIR"/tests/e2e/*.in "$SRCDIR"/samples/*.txt; do
		for knob in 0 1 2 3 4 5 6 7 8 16 24 32 33 96 97 255; do
			out=$TMP/seed-$knob-$(basename "$f")
			{ printf "\\$(printf %o "$knob")"; cat "$f"; } >"$out"
		done
	done
}
seeds
# shellcheck disable=SC2086 # $V is a command with its options, or empty
ok "pipeline harness on the seeds" $V "$B/replay_pipeline" "$TMP"/seed-*
# shellcheck disable=SC2086
ok "pipeline harness on its regressions" $V "$B/replay_pipeline" "$R"/pipeline-*
# shellcheck disable=SC2086
ok "gloss harness on the seeds" $V "$B/replay_gloss" "$TMP"/seed-*
# shellcheck disable=SC2086
ok "gloss harness on its regressions" $V "$B/replay_gloss" "$R"/gloss-*
done_testing
