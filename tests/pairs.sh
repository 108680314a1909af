#!/bin/sh
# Complete articles pasted back to back two at a time (issue 14), from
# ../shared/corpus/dev and dev-real when they are beside the project: each
# join must start a story, and each article run alone must stay one story
# (tests/pairs.py).
. "$(dirname "$0")/lib.sh"
CORPUS=$SRCDIR/../shared/corpus
[ -d "$CORPUS/dev" ] || skip_all "no ../shared/corpus/dev"
command -v "$PYTHON3" >/dev/null 2>&1 || skip_all "python3 not found"
set -- "$CORPUS/dev"
[ -d "$CORPUS/dev-real" ] && set -- "$@" "$CORPUS/dev-real"

# Exit 1 only says a threshold failed; the checks below say which.
"$PYTHON3" "$SRCDIR/tests/pairs.py" --bin "$STORYSIFT" --seed 14 \
	--pairs 1000 --min-recall 0.90 --max-false-per-article 0.01 \
	--json "$TMP/pairs.json" "$@" >"$TMP/summary" 2>"$TMP/stderr"
status=$?
sed 's/^/# /' "$TMP/summary" "$TMP/stderr"
if [ $status -gt 1 ] || [ ! -s "$TMP/pairs.json" ]; then
	echo "{}" >"$TMP/pairs.json"
	ok "pairs: pairs.py ran (exit status $status)" false
fi
# Issue 14's targets are not met yet (see README, "Known gaps"): they run
# as TAP TODO items, so the figures show in the log and make check turns
# red (XPASS) the day they hold, for the TODO to be removed.  The floors
# below hold what has been reached: a change that loses joins or splits
# more articles fails.
todo "issue 14: a third of the joins still read as one story" \
	"pairs: join recall >= 0.90" \
	json_at_least "$TMP/pairs.json" join_recall 0.90
todo "issue 14: listing cards whose caption counts as a paragraph split" \
	"pairs: false splits inside single articles <= 1 per 100 articles" \
	json_at_most "$TMP/pairs.json" false_splits_per_article 0.01
ok "pairs: join recall >= 0.68 (floor)" \
	json_at_least "$TMP/pairs.json" join_recall 0.68
ok "pairs: false splits inside single articles <= 2.7 per 100 (floor)" \
	json_at_most "$TMP/pairs.json" false_splits_per_article 0.027
done_testing
