#!/bin/sh
# The generated gloss-name test (issue 15): the glossed names of the
# corpora (../shared/corpus/dev and dev-real, when they are beside the
# project) put into sentences behind sentence-opening words, coordinations,
# titles and possessives (4 seeded templates per gloss) must come out as
# the gold names exactly (tests/glossnames.py).
. "$(dirname "$0")/lib.sh"
corpus_script glossnames glossnames --seed 15
# Issue 15's target is not met yet: it runs as a TAP TODO item, so the
# figure shows in the log and make check turns red (XPASS) the day it
# holds, for the TODO to be removed.  The floor below holds what has been
# reached (0.929 when this test was written, 0.972 now, rounded down to
# two decimals): a change that gets fewer names right fails.
todo "issue 15: a sentence-opening adjective before a name the CJK cannot measure" \
	"gloss names: exact >= 0.98" \
	json_at_least "$TMP/glossnames.json" accuracy 0.98
ok "gloss names: exact >= 0.97 (floor)" \
	json_at_least "$TMP/glossnames.json" accuracy 0.97
done_testing
