#!/bin/sh
# Complete articles pasted back to back two at a time (issue 14), from
# ../shared/corpus/dev and dev-real when they are beside the project: each
# join must start a story, and each article run alone must stay one story
# (tests/pairs.py).
. "$(dirname "$0")/lib.sh"
skip_under_valgrind
corpus_script pairs pairs --seed 14 --pairs 1000 \
	--min-recall 0.90 --max-false-per-article 0.01
# Issue 14's targets are not met yet (see README, "Known gaps"): they run
# as TAP TODO items, so the figures show in the log and make check turns
# red (XPASS) the day they hold, for the TODO to be removed.  The floors
# below hold what has been reached: a change that loses joins or splits
# more articles fails.
todo "issue 14: a fifth of the joins still read as one story" \
	"pairs: join recall >= 0.90" \
	json_at_least "$TMP/pairs.json" join_recall 0.90
todo "issue 14: listing cards whose caption counts as a paragraph split" \
	"pairs: false splits inside single articles <= 1 per 100 articles" \
	json_at_most "$TMP/pairs.json" false_splits_per_article 0.01
ok "pairs: join recall >= 0.79 (floor)" \
	json_at_least "$TMP/pairs.json" join_recall 0.79
ok "pairs: false splits inside single articles <= 2.7 per 100 (floor)" \
	json_at_most "$TMP/pairs.json" false_splits_per_article 0.027
done_testing
