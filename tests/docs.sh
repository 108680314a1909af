#!/bin/sh
# Every example of the README and of the man page, run as written: each
# command, each crontab line, and the output they show (tests/docs.py).
. "$(dirname "$0")/lib.sh"
"$PYTHON3" "$SRCDIR/tests/docs.py" --bin "$STORYSIFT" --srcdir "$SRCDIR"
