#!/bin/sh
# Complete articles pasted back to back two at a time (issue 14), from
# ../shared/corpus/dev and dev-real when they are beside the project: each
# join must start a story, and each article run alone must stay one story
# (tests/pairs.py).
. "$(dirname "$0")/lib.sh"
skip_under_valgrind
corpus_script pairs pairs --seed 14 --pairs 1000 \
	--min-recall 0.90 --max-false-per-article 0.01
# Issue 14's recall target is not met yet (see README, "Known gaps"): it
# runs as a TAP TODO item, so the figure shows in the log and make check
# turns red (XPASS) the day it holds, for the TODO to be removed.  The
# floor below holds what has been reached: a change that loses joins
# fails.  The false-split target holds, and is a plain test.
todo "issue 14: a tenth of the joins still read as one story" \
	"pairs: join recall >= 0.90" \
	json_at_least "$TMP/pairs.json" join_recall 0.90
ok "pairs: false splits inside single articles <= 1 per 100 articles" \
	json_at_most "$TMP/pairs.json" false_splits_per_article 0.01
ok "pairs: join recall >= 0.89 (floor)" \
	json_at_least "$TMP/pairs.json" join_recall 0.89
done_testing
