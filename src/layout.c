#include "layout.h"

#include <string.h>

#include "lex.h"
#include "para.h"
#include "shape.h"
#include "text.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Labels of a list of items on a page (`Latest`, `Other News`): the
 * item after them opens with them (SPEC §2.1 footers and labels). */
static const char *const list_labels[] = {
	"archives", "editor's picks", "headlines", "in the spotlight",
	"latest", "latest news", "more news", "more stories", "most popular",
	"most read", "news", "other news", "others also read",
	"recommended", "related", "related articles", "related news",
	"related stories", "top news", "top picks", "top stories",
	"trending", "what's new",
};

/* A newspaper's pages in words (`Page Two`). */
static const char *const page_numbers[] = {
	"eight", "eleven", "five", "four", "nine", "one", "seven", "six",
	"ten", "three", "twelve", "two",
};

bool layout_tables_ok(void)
{
	return lex_sorted(list_labels, LEN(list_labels)) &&
	       lex_sorted(page_numbers, LEN(page_numbers));
}

bool layout_is_separator(const uint8_t *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (lex_ascii_letter(s[i]) || lex_ascii_digit(s[i]))
			return false;
		if (s[i] >= 0x80) {
			ucs4_t uc;
			text_next(s + i, n - i, &uc);
			if (text_is_letter(uc) || text_is_digit(uc))
				return false;
		}
	}
	return true;
}

size_t layout_bullet_len(const uint8_t *s, size_t n)
{
	static const char *const marks[] = {
		"\xE2\x80\xA2", "\xE2\x97\xBC\xEF\xB8\x8E", "\xE2\x97\xBC",
		"\xE2\x96\xAA", "\xC2\xB7", "\xE2\x97\x8F", "- ", "* ",
		"\xE2\x80\x93 ",
	};
	if (n == 0)
		return 0;
	for (size_t i = 0; i < LEN(marks); i++) {
		if ((uint8_t)marks[i][0] != s[0])
			continue;       /* most lines fail on the first byte */
		size_t k = strlen(marks[i]);
		if (k < n && memcmp(s, marks[i], k) == 0)
			return text_skip_space(s, n, k);
	}
	/* `1. `, `10. ` */
	size_t i = 0;
	while (i < n && i < 3 && lex_ascii_digit(s[i]))
		i++;
	if (i > 0 && i + 1 < n && s[i] == '.' && s[i + 1] == ' ')
		return text_skip_space(s, n, i + 1);
	return 0;
}

/* `Latest`, `Other News:`, `More stories from The Straits Times` */
static bool list_label(const uint8_t *s, size_t n, size_t k)
{
	size_t m = n;

	if (m > 0 && s[m - 1] == ':')
		m--;
	if (lex_on_list(list_labels, LEN(list_labels), s, m))
		return true;
	return k >= 3 && text_prefix_ci(s, n, "more stories from");
}

/* A newspaper's page over its items: `Front Page`, `Page Two`,
 * `Page 3`. */
static bool paper_page(const struct token *t, size_t k)
{
	if (k != 2)
		return false;
	if (t[0].n == 5 && text_prefix_ci(t[0].s, 5, "front"))
		return t[1].n == 4 && text_prefix_ci(t[1].s, 4, "page");
	if (t[0].n != 4 || !text_prefix_ci(t[0].s, 4, "page"))
		return false;
	bool digits = t[1].n <= 2;
	for (size_t i = 0; i < t[1].n; i++)
		digits = digits && lex_ascii_digit(t[1].s[i]);
	return digits || lex_on_list(page_numbers, LEN(page_numbers), t[1].s,
				     t[1].n);
}

/* A place in the site or a list's label. */
bool layout_is_label(const uint8_t *s, size_t n, const struct para *p,
		     const struct token *t, size_t k, unsigned *flags)
{
	if (p->words > 8)
		return false;
	if (layout_is_separator(s, n)) {
		*flags |= SHF_SEPARATOR;
		return true;
	}
	if (para_is_section_label(s, n, p->words))
		return true;    /* `■ CRIME`, `[ LETTER ]` */
	if (text_prefix_ci(s, n, "tag:") || text_prefix_ci(s, n, "tag -") ||
	    text_prefix_ci(s, n, "tags:"))
		return true;
	for (size_t i = 0; i + 1 < n && p->words <= 6; i++)
		if ((s[i] == '>' && i > 0 && s[i - 1] != ']') ||
		    (s[i] == '/' && s[i + 1] == ' ' && i > 0 && s[i - 1] == ' '))
			return true;
	if (n >= 3 && s[0] == '-' && s[1] == ' ' && p->words <= 4)
		return true;
	/* `Tag - Kumamoto`, `Search - festival`: a word, a dash, a term */
	if (k >= 3 && k <= 4 && (text_prefix_ci(t[1].s, t[1].n, "-") ||
				 text_prefix_ci(t[1].s, t[1].n, "\xE2\x80\x93")) &&
	    (t[1].n == 1 || t[1].n == 3) && t[0].s[0] >= 'A' && t[0].s[0] <= 'Z')
		return true;
	if (list_label(s, n, k)) {
		*flags |= SHF_LISTLABEL;
		return true;
	}
	if (paper_page(t, k))
		return true;
	/* `SOCIETY`, `TOP PICKS`: a section in capitals, letters only */
	if (k <= 3 && lex_all_caps(s, n)) {
		for (size_t i = 0; i < n; i++)
			if (!lex_ascii_letter(s[i]) && s[i] != ' ' &&
			    s[i] != '&')
				return false;
		*flags |= SHF_CAPS;
		return true;
	}
	return false;
}

bool layout_is_table_row(const uint8_t *s, size_t n, unsigned pipes,
			 unsigned words)
{
	if (s[n - 1] == '|' || (n >= 4 && memcmp(s, "---|", 4) == 0))
		return true;
	return pipes >= 2 && words <= 12;
}

/* ` = = Early life = = ` is a heading too. */
bool layout_is_heading(const uint8_t *s, size_t n)
{
	return n >= 5 && s[0] == '=' && s[n - 1] == '=' &&
	       (s[1] == ' ' || s[1] == '=');
}

bool layout_is_subheading(const uint8_t *s, size_t n)
{
	return n >= 5 && (s[1] == '=' || (s[1] == ' ' && s[2] == '='));
}

/* An infobox's field whose value is a date (`Term Start: 3 May 2016`):
 * a label of three words at most and a colon, the label none that opens
 * a stamp (`Date:`, `Published:`, `Source:`). */
bool layout_is_infobox_field(const uint8_t *s, size_t n)
{
	static const char *const stamps[] = {
		"date", "posted", "published", "source", "updated",
	};
	const uint8_t *colon = memchr(s, ':', n < 32 ? n : 32);
	unsigned spaces = 0;

	if (colon == NULL || colon == s)
		return false;
	for (const uint8_t *c = s; c < colon; c++) {
		if (*c == ' ')
			spaces++;
		else if (!lex_ascii_letter(*c))
			return false;
	}
	return spaces <= 2 && !lex_prefix_in(s, n, stamps, LEN(stamps));
}

/* Is s[i, n) a spaced dash that parts a page title from its site's
 * name?  Its length (1 or 3 bytes), or 0.  (A bar parts a section from
 * its topic as often: `Topic | Taiwan`.) */
static size_t title_dash(const uint8_t *s, size_t n, size_t i)
{
	size_t len = 0;

	if (s[i] == '-')
		len = 1;
	else if (i + 3 <= n && s[i] == 0xE2 && s[i + 1] == 0x80 &&
		 (s[i + 2] == 0x93 || s[i + 2] == 0x94))
		len = 3;                /* – or — */
	if (len == 0 || i == 0 || s[i - 1] != ' ' || i + len >= n ||
	    s[i + len] != ' ')
		return 0;
	return len;
}

bool layout_is_page_title(const uint8_t *s, size_t n)
{
	unsigned before = 0, after = 0, dashes = 0;
	bool word = false;

	for (size_t i = 0; i < n; i++) {
		size_t d = title_dash(s, n, i);
		if (d > 0) {
			if (++dashes > 1)
				return false;
			word = false;
			i += d - 1;
			continue;
		}
		switch (s[i]) {
		case '0': case '1': case '2': case '3': case '4': case '5':
		case '6': case '7': case '8': case '9': case '.': case ',':
		case ':': case ';': case '!': case '?': case '(': case ')':
		case '[': case ']': case '|': case '"':
			return false;
		default:
			break;
		}
		if (s[i] == ' ') {
			word = false;
		} else if (!word) {
			word = true;
			if ((dashes == 0 ? ++before > TITLE_WORDS :
					   ++after > SITE_WORDS))
				return false;   /* most lines end here */
		}
	}
	return dashes == 1 && before >= 1 && before <= TITLE_WORDS &&
	       after >= 1 && after <= SITE_WORDS;
}

