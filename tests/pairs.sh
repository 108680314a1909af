#!/bin/sh
# Complete articles pasted back to back two at a time (issue 14), from
# ../shared/corpus/dev and dev-real when they are beside the project: each
# join must start a story, and each article run alone must stay one story
# (tests/pairs.py).
. "$(dirname "$0")/lib.sh"
skip_under_valgrind
corpus_script pairs pairs --seed 14 --pairs 1000 \
	--min-recall 0.90 --max-false-per-article 0.01
# Issue 14's targets: make check fails below either.
ok "pairs: join recall >= 0.90" \
	json_at_least "$TMP/pairs.json" join_recall 0.90
ok "pairs: false splits inside single articles <= 1 per 100 articles" \
	json_at_most "$TMP/pairs.json" false_splits_per_article 0.01
done_testing
