#define _GNU_SOURCE     /* memmem */
#include "furniture.h"

#include <string.h>

#include "date.h"
#include "lex.h"
#include "para.h"
#include "text.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

/* --- the tables ------------------------------------------------------------
 * Phrases are compared with ASCII case folded; lists searched whole-word
 * are lower case and in strcmp order (furniture_tables_ok). */

/* Words that make up site furniture: share and follow buttons, players,
 * navigation, sign-up and cookie strings.  A short line of these words
 * only is furniture (`Share this page`, `Newer Post Older Post Home`). */
static const char *const ui_words[] = {
	"a", "about", "accept", "ad", "ads", "advertisement", "all", "annual",
	"app", "apps", "archive", "article", "articles", "audio", "back",
	"banner", "browse", "cancel", "change", "close", "comment", "comments",
	"connect", "contact", "content", "contents", "continue", "cookie",
	"cookies", "copy", "download", "e-mail", "edition", "email", "español",
	"facebook", "feed", "follow", "for", "free", "go", "help", "home",
	"in", "instagram", "like", "line", "link", "linkedin", "listen",
	"live", "loading", "log", "login", "logo", "main", "menu", "monthly",
	"more", "navigation", "new", "newer", "newsletter", "next", "now",
	"of", "older", "on", "or", "out", "page", "pinterest", "plan", "play",
	"post", "posts", "previous", "print", "privacy", "profile", "read",
	"register", "reply", "rss", "save", "search", "see", "share", "sign",
	"skip", "story", "subscribe", "telegram", "the", "this", "to", "top",
	"tumblr", "twitter", "up", "us", "video", "view", "wechat", "weekly",
	"weibo", "whatsapp", "with", "x", "yearly", "you", "your", "youtube",
};

/* How furniture strings open (ASCII case ignored): players, cookie and
 * subscription notices, comment policies, page counters, licences. */
static const char *const ui_prefixes[] = {
	"#", "$", "%d bloggers", "advertisement", "all rights reserved",
	"best value", "billed as", "by continuing", "by registering",
	"by subscribing", "channel:", "cite error", "click here",
	"comments will be", "connecting to", "copyright", "download our",
	"download the", "explore what", "featured header", "fill in your",
	"follow us", "get the best", "get updates", "got it", "image for post",
	"kids encyclopedia", "license for", "listen to this",
	"material on this", "new: you can", "no comments", "notify me",
	"now playing",
	"quick facts", "read a summary", "registration number", "save ",
	"selected audio", "share this", "sign up", "skip to", "subscribe to",
	"support ", "text-to-speech", "this article is issued",
	"this audio is", "this story has been viewed", "to activate the",
	"try our", "viewing all", "we use cookies", "we value your",
	"you are commenting",
};

/* Phrases that make a longer line furniture wherever they sit. */
static const char *const ui_phrases[] = {
	"all rights reserved", "privacy policy", "tracking technologies",
	"use of cookies", "terms of use", "T&C",
};

/* Lines that end an article: wire end marks and the like. */
static const char *const end_marks[] = {
	"(end)", "-- end --", "]]>", "end", "enditem", "enditem/", "— end —",
};

/* A back-to-top link alone: `Go to top`, `TOP top` (its icon's text
 * and its own).  Not `Top` alone: a forum prints that under each post. */
static const char *const to_top[] = {
	"go to top", "return to top", "to top", "top top",
};

/* Comment sections and forum replies open with these. */
static const char *const comment_prefixes[] = {
	"add a comment", "comments", "leave a comment", "leave a reply",
	"post a comment", "postby ", "re: ",
};

/* Credits that a caption ends with, after its last full stop. */
static const char *const credit_tails[] = {
	"/people visual", "illustration:", "photo/", "photo:", "photos:",
};

bool furniture_tables_ok(void)
{
	return lex_sorted(ui_words, LEN(ui_words)) &&
	       lex_sorted(end_marks, LEN(end_marks)) &&
	       lex_sorted(to_top, LEN(to_top)) &&
	       lex_first_sorted(ui_prefixes, LEN(ui_prefixes)) &&
	       lex_first_sorted(comment_prefixes, LEN(comment_prefixes));
}

/* The teaser links that fill a line of their own beyond para_link's:
 * `READ FULL ARTICLE`, an archive or paywall note, a bare URL. */
bool furniture_is_link(const uint8_t *s, size_t n, const struct para *p)
{
	if (p->link_only)
		return true;
	/* `For the Mandarin version of this commentary, please see […]` */
	if (p->has_link && p->words <= 12 && !p->titleish &&
	    (lex_holds_ci(s, n, " see ") || lex_holds_ci(s, n, "version") ||
	     lex_holds_ci(s, n, "click")))
		return true;
	if (p->words <= 4 && (text_prefix_ci(s, n, "read full") ||
			      text_prefix_ci(s, n, "read the full") ||
			      text_prefix_ci(s, n, "read entire") ||
			      text_prefix_ci(s, n, "read original")))
		return true;
	if (p->words == 1 && (text_prefix_ci(s, n, "http://") ||
			      text_prefix_ci(s, n, "https://")))
		return true;
	/* `(Full text of the story is now in CNA English news archive…)`,
	 * `(The full story is in our subscriber archive. Please read it
	 * here.)` */
	if (s[0] == '(' && p->words <= 60 &&
	    (lex_holds_ci(s, n, "full story") ||
	     lex_holds_ci(s, n, "full text")) &&
	    (lex_holds_ci(s, n, "archive") || lex_holds_ci(s, n, "subscri")))
		return true;
	return false;
}

/* Furniture that only a page's top holds: the links past its header
 * that come first on a page, the site's logo. */
bool furniture_at_top(const uint8_t *s, size_t n)
{
	return text_prefix_ci(s, n, "skip to ") ||
	       text_prefix_ci(s, n, "jump to ") ||
	       text_prefix_ci(s, n, "go to content") ||
	       text_prefix_ci(s, n, "go to main content") ||
	       (n == 4 && text_prefix_ci(s, n, "logo"));
}

bool furniture_no_comments(const uint8_t *s, size_t n)
{
	static const char *const empty[] = {
		"be the first to comment", "no comments",
		"there are no comments",
	};

	for (size_t i = 0; i < LEN(empty); i++)
		if (text_prefix_ci(s, n, empty[i]))
			return true;
	return false;
}

/* Furniture that closes a page: its copyright notice, a back-to-top
 * link, a blog's pager and feed links, an article's view count and
 * comment policy, the sign-up lines under its comment form. */
bool furniture_at_end(const uint8_t *s, size_t n)
{
	if (lex_on_list(to_top, LEN(to_top), s, n))
		return true;
	static const char *const ends[] = {
		"%d bloggers like this", "back to top", "comments are closed",
		"comments will be", "copyright", "newer post",
		"notify me of new posts", "older post", "subscribe to: post",
		"this story has been viewed",
	};
	for (size_t i = 0; i < LEN(ends); i++)
		if (text_prefix_ci(s, n, ends[i]))
			return true;
	return lex_holds_ci(s, n, "all rights reserved");
}

/* Every word furniture vocabulary: `Share this page`, `Listenfacebook`
 * is two glued (split at the capital or at a known word). */
static bool ui_line(const struct token *t, size_t k)
{
	if (k == 0 || k > 8)
		return false;
	for (size_t i = 0; i < k; i++) {
		struct token w = lex_bare(t[i]);
		while (w.n > 0 && (w.s[w.n - 1] == '.' || w.s[w.n - 1] == '!'))
			w.n--;
		if (w.n == 0)
			continue;
		if (lex_on_list(ui_words, LEN(ui_words), w.s, w.n))
			continue;
		return false;
	}
	return true;
}

/* A subscription's price, all the line says: `RM 8.63/month`,
 * `S$9.90 a month`, `US$ 99 per year`.  An amount (a word with a digit)
 * and at most a currency's code before the period; a headline about
 * prices has words of its own (`Rents top $3,000 a month`). */
static bool price_line(const uint8_t *s, size_t n)
{
	static const char *const periods[] = {
		"/month", "/mth", "/mo", "/week", "/year", "/yr", " a month",
		" per month", " a week", " per week", " a year", " per year",
	};
	size_t cut = 0;

	for (size_t i = 0; i < LEN(periods) && cut == 0; i++)
		if (text_suffix_ci(s, n, periods[i]))
			cut = strlen(periods[i]);
	if (cut == 0)
		return false;
	struct token t[4];
	size_t k = lex_tokens(s, n - cut, t, LEN(t));
	if (k == 0 || k > 3)
		return false;
	bool amount = false;
	for (size_t i = 0; i < k; i++) {
		bool digit = false, code = t[i].n <= 4;
		for (size_t j = 0; j < t[i].n; j++) {
			uint8_t c = t[i].s[j];
			digit |= lex_ascii_digit(c);
			code &= (c >= 'A' && c <= 'Z') || c == '$';
		}
		if (!digit && !code)
			return false;
		amount |= digit;
	}
	return amount;
}

bool furniture_is_ui(const uint8_t *s, size_t n, const struct para *p,
		     const struct token *t, size_t k, bool notice)
{
	if (k <= 6 && price_line(s, n))
		return true;
	if (p->words <= 60 &&
	    lex_prefix_in(s, n, ui_prefixes, LEN(ui_prefixes)))
		return true;
	if (ui_line(t, k))
		return true;
	/* Only where line_stats saw the makings of one of the phrases. */
	if (notice && p->words <= 40) {
		unsigned hits = 0;
		for (size_t i = 0; i < LEN(ui_phrases); i++)
			hits += lex_holds_ci(s, n, ui_phrases[i]);
		if (hits > 0 && (hits >= 2 || p->words <= 16))
			return true;
	}
	/* A counter or a number alone: `37`, `0`, `2041700`. */
	for (size_t i = 0; i < n; i++)
		if (!lex_ascii_digit(s[i]) && s[i] != ',')
			return false;
	return true;
}

static bool credit_tail(const uint8_t *s, size_t n)
{
	size_t i = n, stop = n > 42 ? n - 42 : 2;

	if (n == 0 || s[n - 1] == '.')
		return false;
	/* the last sentence end, forty bytes from the end at most */
	while (i > stop && !(s[i - 2] == '.' && s[i - 1] == ' '))
		i--;
	if (i <= 2 || n - i > 40 || i < 4 ||
	    !(lex_ascii_digit(s[i - 3]) || (lex_ascii_letter(s[i - 3]) &&
					   lex_ascii_letter(s[i - 4]) &&
					   s[i - 3] >= 'a')))
		return false;
	struct token t[6];
	size_t k = lex_tokens(s + i, n - i, t, 6);
	if (k == 0 || k > 4)
		return false;
	bool slash = memchr(s + i, '/', n - i) != NULL;
	if (!slash && !text_prefix_ci(s + i, n - i, "From ") && k > 2)
		return false;
	for (size_t j = 0; j < k; j++)
		if (!(t[j].s[0] >= 'A' && t[j].s[0] <= 'Z'))
			return false;
	return true;
}

/* A caption's credit in brackets at its end: `(Kaohsiung City Government
 * photo)`, and an agency after a finished sentence: `(Reuters)`,
 * `(CNS)`. */
static bool paren_credit(const uint8_t *s, size_t n)
{
	if (n <= 2 || s[n - 1] != ')')
		return false;
	size_t open = n;
	while (open > 0 && s[open - 1] != '(' && n - open < 80)
		open--;
	if (open == 0 || s[open - 1] != '(')
		return false;
	const uint8_t *in = s + open;
	size_t k = n - 1 - open;
	if (text_suffix_ci(in, k, "photo") || text_prefix_ci(in, k, "photo"))
		return true;
	size_t before = text_trim_end(s, open - 1);
	if (k < 2 || k > 8 || before == 0 || s[before - 1] != '.')
		return false;
	for (size_t i = 0; i < k; i++)
		if (!lex_ascii_letter(in[i]))
			return false;
	return lex_all_caps(in, k) || text_prefix_ci(in, k, "Reuters");
}

static bool ends_with_credit(const uint8_t *s, size_t n, unsigned words)
{
	if (words > 60)
		return false;
	/* The last 48 bytes.  Each credit tail holds `hoto`, `llustr` or
	 * `/peop`: look for those first, in one pass over the bytes as they
	 * are, and fold them to lower case only then. */
	size_t from = n > 48 ? n - 48 : 0;
	size_t len = n - from;
	const uint8_t *t = s + from;
	bool maybe = false;
	for (size_t i = 0; i + 4 <= len && !maybe; i++) {
		uint8_t c = t[i] | 0x20;
		maybe = (c == 'h' && text_prefix_ci(t + i, len - i, "hoto")) ||
			(c == 'l' && text_prefix_ci(t + i, len - i, "llustr")) ||
			(t[i] == '/' && text_prefix_ci(t + i, len - i, "/peop"));
	}
	if (!maybe)
		return credit_tail(s, n) || paren_credit(s, n);
	char tail[48];
	for (size_t i = 0; i < len; i++)
		tail[i] = (char)((t[i] >= 'A' && t[i] <= 'Z') ? t[i] | 0x20 : t[i]);
	for (size_t c = 0; c < LEN(credit_tails); c++)
		if (memmem(tail, len, credit_tails[c], strlen(credit_tails[c])))
			return true;
	if (paren_credit(s, n))
		return true;
	/* `… Sept. 4, 2020. Zhang Lei/People Visual`, `… 2021. From Weibo`:
	 * after the last sentence, a credit of a few capitalised words. */
	if (credit_tail(s, n))
		return true;
	/* `… the agreement Tuesday. CNA photo Oct. 14, 2025`: a sentence
	 * end, then `photo` within three words. */
	if (memmem(tail, len, "photo", 5) == NULL)
		return false;
	for (size_t i = from; i + 2 < n; i++) {
		if (s[i] != '.' || s[i + 1] != ' ')
			continue;
		struct token t[4];
		size_t k = lex_tokens(s + i + 2, n - i - 2, t, 4);
		for (size_t j = 0; j < k && j < 3; j++) {
			struct token w = lex_bare(t[j]);
			if (text_prefix_ci(w.s, w.n, "photo"))
				return true;
		}
	}
	return false;
}

bool furniture_is_credit(const uint8_t *s, size_t n, const struct para *p)
{
	if (p->credit && !p->signoff)
		return true;
	if (text_prefix_ci(s, n, "via ") && p->words <= 4)
		return true;
	if (n == 3 && text_prefix_ci(s, n, "via"))
		return true;
	if (text_prefix_ci(s, n, "header image:") ||
	    text_prefix_ci(s, n, "-- ") || text_prefix_ci(s, n, "\xE2\x80\x94 ")) {
		if (lex_holds_ci(s, n, "illustration") ||
		    lex_holds_ci(s, n, "photo") ||
		    text_prefix_ci(s, n, "header image:"))
			return true;
	}
	if (text_suffix_ci(s, n, " photo") && p->words <= 4)
		return true;    /* `CNA file photo` */
	/* A teaser ending in its link (`… . Full Story`) is no caption. */
	return !p->has_link && ends_with_credit(s, n, p->words);
}

bool furniture_is_signoff(const uint8_t *s, size_t n, const struct para *p)
{
	if (p->signoff)
		return true;
	/* The marks are short: a longer line is not folded to look. */
	if (n < 16 && lex_on_list(end_marks, LEN(end_marks), s, n))
		return true;
	/* `© Japan Today`, a reporter's e-mail alone on its line */
	if (n >= 2 && memcmp(s, "\xC2\xA9", 2) == 0 && p->words <= 6)
		return true;
	if (p->words == 1 && memchr(s, '@', n) != NULL && memchr(s, '.', n))
		return true;
	return false;
}

bool furniture_is_comments(const uint8_t *s, size_t n, const struct token *t,
			   size_t k)
{
	if (lex_prefix_in(s, n, comment_prefixes, LEN(comment_prefixes)))
		return true;
	/* `2 responses`, `1 comment:`, `15 Comments` */
	if (k == 2) {
		struct token w = lex_bare(t[1]);
		unsigned g;
		bool c, a;
		if (date_numeric(t[0].s, t[0].n, &g, &c, &a) && g == 1 &&
		    (text_prefix_ci(w.s, w.n, "comment") ||
		     text_prefix_ci(w.s, w.n, "response") ||
		     text_prefix_ci(w.s, w.n, "repl")))
			return true;
	}
	/* `Anonymous said...`, `taichungtom wrote:Does…` */
	if (k <= 3 && (text_suffix_ci(s, n, " said...") ||
		       text_suffix_ci(s, n, " said:")))
		return true;
	/* a forum quote: `taichungtom wrote:Does …`, `harbourwatcher
	 * wrote:` (the handle is one word, or glued to it) */
	if (k >= 1 && t[0].n > 6 && lex_holds_ci(t[0].s, t[0].n, "wrote:"))
		return true;
	if (k >= 2 && text_prefix_ci(t[1].s, t[1].n, "wrote:"))
		return true;
	return false;
}
