#include "date.h"

#include <string.h>

#include "lex.h"
#include "text.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

/* A stamp has fourteen words at most. */
enum { MAX_STAMP_WORDS = 14 };

/* Words of a date stamp besides numbers, months and weekdays: what sits
 * around the date on real pages (`Updated 5 Nov 2014 - 4:40pm`,
 * `Friday, 18 July, 2014, 3:06am 1 comment`, `5 hours ago`). */
static const char *const date_words[] = {
	"a.m.", "ago", "am", "at", "comment", "comments", "date", "day",
	"days", "gmt", "hkt", "hour", "hours", "hrs", "min", "mins", "minute",
	"minutes", "p.m.", "pm", "posted", "published", "read", "time",
	"updated", "utc", "week", "weeks",
};

const char *const date_calendar[DATE_CALENDAR_NAMES] = {
	"April", "August", "December", "February", "Friday", "January", "July",
	"June", "March", "May", "Monday", "November", "October", "Saturday",
	"September", "Sunday", "Thursday", "Tuesday", "Wednesday",
};

enum calendar { CAL_NONE, CAL_MONTH, CAL_WEEKDAY };

/* Is w (letters, a final `.` allowed) a month or a weekday, whole or cut
 * to three letters or more (`Sept`, `Thu`), ASCII case ignored?  No
 * three letters begin both a month and a weekday. */
static enum calendar calendar_name(const uint8_t *w, size_t n)
{
	char buf[16];

	if (n > 0 && w[n - 1] == '.')
		n--;
	/* No name is longer than nine letters (`September`). */
	if (n < 3 || n > 9 || lex_fold(w, n, buf, sizeof buf) == 0)
		return CAL_NONE;
	for (size_t i = 0; i < n; i++)
		if (!lex_ascii_letter((uint8_t)buf[i]))
			return CAL_NONE;
	for (size_t i = 0; i < DATE_CALENDAR_NAMES; i++) {
		const char *name = date_calendar[i];
		if ((name[0] | 0x20) != buf[0])
			continue;
		size_t k = strlen(name), j = 0;
		if (n > k)
			continue;
		while (j < n && (name[j] | 0x20) == buf[j])
			j++;
		if (j == n)
			return text_suffix_ci((const uint8_t *)name, k, "day") ?
			       CAL_WEEKDAY : CAL_MONTH;
	}
	return CAL_NONE;
}

/* A month glued to a word before it: `CultureJan.` */
static bool glued_month(const uint8_t *w, size_t n)
{
	if (n > 0 && w[n - 1] == '.')
		n--;
	for (size_t k = 3; k <= 4 && k + 1 < n; k++)
		if (w[n - k] >= 'A' && w[n - k] <= 'Z' &&
		    w[n - k - 1] >= 'a' && w[n - k - 1] <= 'z' &&
		    calendar_name(w + n - k, k) == CAL_MONTH)
			return true;
	return false;
}

/* How a word counts toward a date stamp. */
enum date_part { DP_OTHER, DP_NEUTRAL, DP_NUMBER, DP_YEAR, DP_DAYNAME,
		 DP_MONTH, DP_DATE, DP_TIME };

bool date_numeric(const uint8_t *w, size_t n, unsigned *groups,
		  bool *colon, bool *tail_ampm)
{
	size_t i = 0;

	*groups = 0;
	*colon = *tail_ampm = false;
	if (i < n && (w[i] == '+' || w[i] == '-'))
		i++;
	while (i < n) {
		if (!lex_ascii_digit(w[i]))
			return false;
		while (i < n && lex_ascii_digit(w[i]))
			i++;
		(*groups)++;
		if (i == n)
			return true;
		if (w[i] == ':')
			*colon = true;
		if (strchr("/-.:,", w[i]) != NULL && i + 1 < n &&
		    lex_ascii_digit(w[i + 1])) {
			i++;
			continue;
		}
		/* `6:02am`, `9.40am`, `11pm` */
		char buf[8];
		if (lex_fold(w + i, n - i, buf, sizeof buf) > 0 &&
		    (strcmp(buf, "am") == 0 || strcmp(buf, "pm") == 0)) {
			*tail_ampm = true;
			return true;
		}
		return false;
	}
	return true;
}

bool date_is_age(const uint8_t *w, size_t n)
{
	size_t i = 0;

	while (i < n && lex_ascii_digit(w[i]))
		i++;
	if (i == 0 || i == n || i > 3)
		return false;
	uint8_t u = w[i] | 0x20;
	return (u == 'h' || u == 'd' || u == 'm' || u == 'w') &&
	       (i + 1 == n || (w[i + 1] >= 'a' && w[i + 1] <= 'z'));
}

static enum date_part date_part(struct token t, bool *time)
{
	unsigned groups;
	bool colon, ampm;

	t = lex_bare(t);
	if (t.n > 1 && t.s[t.n - 1] == '.' && lex_ascii_digit(t.s[t.n - 2]))
		t.n--;          /* `2015.` ends a sentence */
	if (t.n == 0)
		return DP_NEUTRAL;
	/* A source glued to a date: `Mail16-06-2025`, `time02-04-2025`. */
	size_t lead = 0;
	while (lead < t.n && lex_ascii_letter(t.s[lead]))
		lead++;
	if (lead > 0 && lead < t.n && lex_ascii_digit(t.s[lead]) &&
	    date_numeric(t.s + lead, t.n - lead, &groups, &colon, &ampm) &&
	    groups >= 3)
		return DP_DATE;
	if (date_numeric(t.s, t.n, &groups, &colon, &ampm)) {
		if (colon || ampm) {
			*time = true;
			return DP_TIME;
		}
		if (groups >= 3)
			return DP_DATE;
		if (groups == 1 && t.n == 4 && (t.s[0] == '1' || t.s[0] == '2'))
			return DP_YEAR;
		return DP_NUMBER;
	}
	if (date_is_age(t.s, t.n)) {
		*time = true;
		return DP_TIME;
	}
	enum calendar cal = calendar_name(t.s, t.n);
	if (cal == CAL_MONTH || glued_month(t.s, t.n))
		return DP_MONTH;
	if (cal == CAL_WEEKDAY)
		return DP_DAYNAME;
	if (lex_on_list(date_words, LEN(date_words), t.s, t.n))
		return DP_NEUTRAL;
	/* Punctuation alone (`-`, `|`, `•`, `&`) */
	for (size_t i = 0; i < t.n; i++)
		if (lex_ascii_letter(t.s[i]) || lex_ascii_digit(t.s[i]) ||
		    t.s[i] >= 0x80)
			return DP_OTHER;
	return DP_NEUTRAL;
}

/* An age in words: `5 hours ago`, `an hour ago`. */
static bool age_words(const struct token *t, size_t k)
{
	if (k != 3 || t[2].n != 3 || !text_prefix_ci(t[2].s, 3, "ago"))
		return false;
	bool digits = t[0].n > 0;
	for (size_t i = 0; i < t[0].n; i++)
		digits &= lex_ascii_digit(t[0].s[i]);
	return digits || (t[0].n == 2 && text_prefix_ci(t[0].s, 2, "an")) ||
	       (t[0].n == 1 && (t[0].s[0] | 0x20) == 'a');
}

/* An outlet in brackets before the date counts as one word:
 * `[South China Morning Post] - 15/03/2025`, `(SCMP) July 22, 2015.`
 * The first word after it, or 0 when the line opens with none. */
static size_t after_outlet(const uint8_t *s, const struct token *t, size_t k)
{
	size_t first = 0;

	if (s[0] != '[' && s[0] != '(')
		return 0;
	uint8_t close = s[0] == '[' ? ']' : ')';
	while (first < k && t[first].s[t[first].n - 1] != close)
		first++;
	return first < k && first < 6 ? first + 1 : 0;
}

/* What the words of a line add up to. */
struct tally {
	unsigned other;         /* words no part of a date */
	unsigned strength;      /* 1 a year, 2 a weekday, 3 a date or time */
	unsigned numbers;
	unsigned parts;         /* words that are part of a date */
	bool month;
};

static void tally_words(const struct token *t, size_t from, size_t k,
			struct tally *c, bool *time, bool *day)
{
	for (size_t i = from; i < k; i++) {
		enum date_part dp = date_part(t[i], time);
		c->parts += dp != DP_OTHER && dp != DP_NEUTRAL;
		switch (dp) {
		case DP_OTHER: c->other++; break;
		case DP_NEUTRAL: break;
		case DP_NUMBER: c->numbers++; break;
		case DP_YEAR:
			c->strength = c->strength < 1 ? 1 : c->strength;
			c->numbers++;
			break;
		case DP_DAYNAME:
			c->strength = c->strength < 2 ? 2 : c->strength;
			*day = true;
			break;
		case DP_MONTH: c->month = true; break;
		case DP_DATE: case DP_TIME: c->strength = 3; break;
		}
	}
}

bool date_is_stamp(const uint8_t *s, size_t n, const struct token *t,
		   size_t k, bool *time, bool *day)
{
	*time = *day = false;
	if (k == 0 || k > MAX_STAMP_WORDS)
		return false;
	if (age_words(t, k)) {
		*time = true;   /* for SHF_TIME */
		return true;
	}
	size_t first = after_outlet(s, t, k);
	struct tally c = { .other = first > 0 };
	tally_words(t, first, k, &c, time, day);
	/* A month name is a date only beside a number (`May 6`, not `May`). */
	if (c.month && c.numbers > 0 && c.strength < 3)
		c.strength = 3;
	if (c.strength == 0 || c.other > c.parts)
		return false;
	/* `8am, the company said.` goes on with a sentence. */
	if (n > 0 && s[n - 1] == '.' &&
	    date_part(t[k - 1], &(bool){ false }) == DP_OTHER)
		return false;
	return c.other <= (c.strength >= 2 ? 4u : 1u) && c.other < k;
}

bool date_is_reading_time(const struct token *t, size_t k)
{
	unsigned g;
	bool c, a;

	return k == 2 && date_numeric(t[0].s, t[0].n, &g, &c, &a) && g == 1 &&
	       (text_prefix_ci(t[1].s, t[1].n, "min") && t[1].n <= 7);
}

bool date_tables_ok(void)
{
	return lex_sorted(date_words, LEN(date_words)) &&
	       lex_sorted(date_calendar, DATE_CALENDAR_NAMES);
}
