#!/bin/sh
# Issue 19's acceptance on ../shared/corpus/dev and dev-real (SPEC §8):
# re-scrapes of every gold article found the same, no two distinct
# articles the same, blurbs promoting the article printed before them and
# no wrong link.  tests/rescrape.py prints every case that fails, with
# the ids, their distance and the role the tool gave each line the
# re-scrape added (tests/tools/roles).
. "$(dirname "$0")/lib.sh"
skip_under_valgrind
ROLES=${BUILDDIR:-$SRCDIR}/tests/tools/roles
[ -x "$ROLES" ] || skip_all "tests/tools/roles not built"
corpus_script rescrape rescrape --roles "$ROLES"
S=$TMP/rescrape.json
# The issue's target, not met: a TODO, so that the figure shows and make
# check turns red (XPASS) once it holds, with floors at the figures
# reached (2026-12-04), so that a regression turns it red too.  Most
# misses are articles of one or two prose paragraphs that grow by one:
# SPEC §8's id moves 4 to 28 bits and a lead needs three paragraphs.
# The log above lists each miss and why.
todo "issue 19: short articles that grow by a paragraph change their ids" \
	"re-scrapes found the same >= 0.99 (issue 19)" \
	json_at_least "$S" same_rate 0.99
ok "re-scrapes found the same >= 0.88 (floor)" \
	json_at_least "$S" same_rate 0.88
ok "distinct articles: 0 false matches over all pairs (issue 19)" \
	json_at_most "$S" false_matches 0
ok "every corpus blurb after its article promotes it (issue 19)" \
	json_at_most "$S" promote_missed 0
ok "0 wrong links: all corpus files in one run, all articles before all blurbs" \
	json_at_most "$S" wrong_links 0
# What SPEC §8 promises besides, by kind of re-scrape.
ok "a blurb before its article promotes nothing" \
	json_at_most "$S" promote_not_null_first 0
ok "a new timestamp line: all the same" \
	json_at_least "$S" same_rate_timestamp 1
ok "CRLF and trailing spaces: all the same" \
	json_at_least "$S" same_rate_crlf 1
ok "other site furniture: >= 0.98 the same (floor)" \
	json_at_least "$S" same_rate_furniture 0.98
# Two articles of three paragraphs that the new paragraph splits (the
# topic-shift test of issue 14 parts the last paragraph) lose their lead.
todo "issue 14: an appended paragraph can split a 3-paragraph article" \
	"an appended paragraph, articles of 3+ prose paragraphs: all the same" \
	json_at_least "$S" appended_long_rate 1
ok "an appended paragraph, articles of 3+ prose paragraphs: >= 0.98 (floor)" \
	json_at_least "$S" appended_long_rate 0.98
ok "teasers made from every article promote it >= 0.84 (floor)" \
	json_at_least "$S" teaser_rate 0.84
done_testing
