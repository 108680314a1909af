#!/bin/sh
# Whole corpus files pasted back to back (../shared/corpus/dev and dev-real,
# when they are beside the project): a story must start where each file
# begins, and nowhere its own run does not start one (tests/concat.py).
. "$(dirname "$0")/lib.sh"
CORPUS=$SRCDIR/../shared/corpus
[ -d "$CORPUS/dev" ] || skip_all "no ../shared/corpus/dev"
command -v "$PYTHON3" >/dev/null 2>&1 || skip_all "python3 not found"
set -- "$CORPUS/dev"
[ -d "$CORPUS/dev-real" ] && set -- "$@" "$CORPUS/dev-real"

# Exit 1 only says a threshold failed; the checks below say which.
"$PYTHON3" "$SRCDIR/tests/concat.py" --bin "$STORYSIFT" --seed 13 \
	--combos 300 --min-recall 0.98 --max-false-per-file 0.02 \
	--json "$TMP/concat.json" "$@" >"$TMP/summary" 2>"$TMP/stderr"
status=$?
sed 's/^/# /' "$TMP/summary" "$TMP/stderr"
if [ $status -gt 1 ] || [ ! -s "$TMP/concat.json" ]; then
	echo "{}" >"$TMP/concat.json"
	ok "concatenation: concat.py ran (exit status $status)" false
fi
# Issue 13's targets are not met yet (see README, "Known gaps"): they run
# as TAP TODO items, so the figures show in the log and make check turns
# red (XPASS) the day they hold, for the TODO to be removed.  The floors
# below hold what has been reached: a change that loses joins or adds
# false starts fails.
todo "issue 13: joins with no marker need issue 14's cohesion test" \
	"concatenation: join recall >= 0.98" \
	json_at_least "$TMP/concat.json" join_recall 0.98
todo "issue 13: page state still leaks across some joins" \
	"concatenation: false starts <= 1 per 50 files" \
	json_at_most "$TMP/concat.json" false_per_file 0.02
ok "concatenation: join recall >= 0.82 (floor)" \
	json_at_least "$TMP/concat.json" join_recall 0.82
ok "concatenation: false starts <= 0.19 per file (floor)" \
	json_at_most "$TMP/concat.json" false_per_file 0.19
done_testing
