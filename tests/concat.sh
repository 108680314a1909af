#!/bin/sh
# Whole corpus files pasted back to back (../shared/corpus/dev and dev-real,
# when they are beside the project): a story must start where each file
# begins, and nowhere its own run does not start one (tests/concat.py).
. "$(dirname "$0")/lib.sh"
skip_under_valgrind
corpus_script concatenation concat --seed 13 --combos 300 \
	--min-recall 0.98 --max-false-per-file 0.02
# Issue 13's false-start target holds.  Its recall target does not (see
# README, "Known gaps": 19 of the 919 joins follow a line the dump cut
# that reads as a headline or byline, or a broken gloss, and cannot be
# found, so recall is 0.979 at most): it runs as a TAP TODO item, so the
# figure shows in the log and make check turns red (XPASS) the day it
# holds, for the TODO to be removed.  The floor under it holds what has
# been reached: a change that loses a join fails.
todo "issue 13: 19 joins follow a cut headline or a broken gloss" \
	"concatenation: join recall >= 0.98" \
	json_at_least "$TMP/concatenation.json" join_recall 0.98
ok "concatenation: false starts <= 1 per 50 files" \
	json_at_most "$TMP/concatenation.json" false_per_file 0.02
ok "concatenation: join recall >= 0.95 (floor)" \
	json_at_least "$TMP/concatenation.json" join_recall 0.95
# The same pages parted by a blank line, as some scrapers dump them: the
# rules that read the spacing must not take that line for a page's own.
corpus_script concatenation-gap concat --seed 13 --combos 300 --gap 1 \
	--min-recall 0.98 --max-false-per-file 0.02
ok "concatenation, a blank line between pages: join recall >= 0.94 (floor)" \
	json_at_least "$TMP/concatenation-gap.json" join_recall 0.94
ok "concatenation, a blank line between pages: false starts <= 0.025 per file (floor)" \
	json_at_most "$TMP/concatenation-gap.json" false_per_file 0.025
# The same pages with the line the dump cut them in left out (most corpus
# files end inside a line): they end on a complete paragraph, as pages do
# when the scraper has them whole, and no cut line tells where the next
# begins.
corpus_script concatenation-whole concat --seed 13 --combos 300 \
	--drop-cut-ends --min-recall 0.98 --max-false-per-file 0.02
ok "concatenation, pages ending whole: join recall >= 0.84 (floor)" \
	json_at_least "$TMP/concatenation-whole.json" join_recall 0.84
ok "concatenation, pages ending whole: false starts <= 0.07 per file (floor)" \
	json_at_most "$TMP/concatenation-whole.json" false_per_file 0.07
done_testing
