/* test_role.c — one role per line (role_decide, role_is_cut): what a line
 * is on its page, by SPEC §2.1 and §2.4 and the promise in role.h.
 *
 * Each case is a page, its lines separated by "\n", and the role each
 * non-blank line must get, with the flags that matter: RF_LEAD where an
 * item opens, how its headline is backed (RF_STRONG, RF_WEAK, RF_ITEM),
 * RF_DUP on a repeated line.  A small driver does what the segmenter does
 * (segment.c, decide_next): it measures each line (para_analyze,
 * shape_of), counts the blank lines before it, and calls role_decide once
 * per non-blank line, in order, with the non-blank lines after it and
 * whether the file ends after them.  Every line of a case is checked
 * before the case fails, and each mismatch is printed with its shape. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "para.h"
#include "role.h"
#include "shape.h"
#include "story.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

enum { MAXLINES = 32 };

/* The flags a row speaks about; the others (RF_PLANNED, RF_ATTACHED,
 * RF_TEXT) are the segmenter's business. */
enum { CHECKED = RF_LEAD | RF_STRONG | RF_WEAK | RF_ITEM | RF_DUP };

#define LS (RF_LEAD | RF_STRONG)
#define LW (RF_LEAD | RF_WEAK)
#define LI (RF_LEAD | RF_ITEM)

/* What one non-blank line must be: its role (or alt, when not R_BLANK),
 * and exactly these CHECKED flags, apart from those in ignore. */
struct want {
	enum role role;
	uint8_t flags;
	uint8_t ignore;
	enum role alt;
};

/* A role with exactly these flags. */
#define W(role, flags) { role, flags, 0, R_BLANK }

struct page {
	const char *text[MAXLINES];     /* the non-blank lines */
	size_t len[MAXLINES];
	long lineno[MAXLINES];
	struct wline line[MAXLINES];
	size_t count;
};

/* Split s into lines and measure the non-blank ones as the reader and
 * the segmenter would: text, length, terminator, line number, blank lines
 * before it, para and shape. */
static void measure(const char *s, struct page *pg)
{
	unsigned gap = 0;
	long lineno = 0;

	memset(pg, 0, sizeof *pg);
	while (*s != '\0') {
		const char *nl = strchr(s, '\n');
		size_t len = nl != NULL ? (size_t)(nl - s) : strlen(s);
		struct para p;

		lineno++;
		para_analyze((const uint8_t *)s, len, &p);
		if (p.blank) {
			gap++;
		} else {
			struct wline *l = &pg->line[pg->count];
			assert_true(pg->count < MAXLINES);
			pg->text[pg->count] = s;
			pg->len[pg->count] = len;
			l->eol = nl != NULL ? 1 : 0;
			pg->lineno[pg->count] = lineno;
			l->para = p;
			l->gap = (uint8_t)(gap > 255 ? 255 : gap);
			shape_of((const uint8_t *)s, len, &l->para, &l->shape);
			pg->count++;
			gap = 0;
		}
		if (nl == NULL)
			break;
		s = nl + 1;
	}
}

/* Decide every line of the page in order, as one file. */
static void decide(struct page *pg)
{
	struct roles r;

	role_file(&r);
	for (size_t i = 0; i < pg->count; i++) {
		struct wline *next[ROLE_LOOKAHEAD];
		size_t n = 0;

		for (size_t j = i + 1; j < pg->count && n < ROLE_LOOKAHEAD; j++)
			next[n++] = &pg->line[j];
		role_decide(&r, &pg->line[i], next, n, i + 1 + n == pg->count);
	}
}

static const char *flag_names(uint8_t f, char *buf, size_t size)
{
	static const struct {
		uint8_t bit;
		const char *name;
	} names[] = {
		{ RF_LEAD, "LEAD" }, { RF_STRONG, "STRONG" },
		{ RF_WEAK, "WEAK" }, { RF_ITEM, "ITEM" }, { RF_DUP, "DUP" },
	};
	size_t at = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < LEN(names); i++) {
		if (!(f & names[i].bit))
			continue;
		at += (size_t)snprintf(buf + at, size - at, "%s%s",
				       at > 0 ? "|" : "", names[i].name);
	}
	if (at == 0)
		snprintf(buf, size, "-");
	return buf;
}

static bool holds(const struct wline *l, const struct want *w)
{
	uint8_t mask = (uint8_t)(CHECKED & ~w->ignore);

	if (l->role != w->role && (w->alt == R_BLANK || l->role != w->alt))
		return false;
	return (l->rflags & mask) == (w->flags & mask);
}

/* Mark the lines that open with marker (unless it is NULL) as the
 * segmenter marks the lines a --start pattern matches. */
static void mark(struct page *pg, const char *marker)
{
	for (size_t i = 0; marker != NULL && i < pg->count; i++)
		if (pg->len[i] >= strlen(marker) &&
		    strncmp(pg->text[i], marker, strlen(marker)) == 0)
			pg->line[i].shape.flags |= SHF_MARKER;
}

/* Decide the page, its lines that open with marker marked, and check
 * each non-blank line against want, which ends at its first R_BLANK
 * row. */
static void check_marked_page(const char *text, const char *marker,
			      const struct want *want)
{
	static struct page pg;
	size_t nwant = 0;
	unsigned bad = 0;

	while (nwant < MAXLINES && want[nwant].role != R_BLANK)
		nwant++;
	measure(text, &pg);
	mark(&pg, marker);
	decide(&pg);
	if (pg.count != nwant)
		fail_msg("the page has %zu non-blank lines, the case %zu",
			 pg.count, nwant);
	for (size_t i = 0; i < pg.count; i++) {
		const struct wline *l = &pg.line[i];
		const struct want *w = &want[i];
		char fw[48], fi[48], fg[48];

		if (holds(l, w))
			continue;
		print_error("line %ld \"%.*s\" (%s):\n"
			    "  want %s%s%s, flags %s (ignoring %s)\n"
			    "  got  %s, flags %s\n",
			    pg.lineno[i], (int)pg.len[i], pg.text[i],
			    shape_name((enum shape)l->shape.shape),
			    role_name(w->role), w->alt != R_BLANK ? " or " : "",
			    w->alt != R_BLANK ? role_name(w->alt) : "",
			    flag_names(w->flags, fw, sizeof fw),
			    flag_names(w->ignore, fi, sizeof fi),
			    role_name(l->role),
			    flag_names(l->rflags & CHECKED, fg, sizeof fg));
		bad++;
	}
	if (bad > 0)
		fail_msg("%u of %zu lines have the wrong role or flags", bad,
			 pg.count);
}

static void check_page(const char *text, const struct want *want)
{
	check_marked_page(text, NULL, want);
}

/* Two items of a listing, each a headline, a byline and its text. */
#define BRIDGE \
	"Harbour bridge repairs to close two lanes\n\n" \
	"By Lin Mei / Staff reporter\n\n" \
	"The city transport bureau said on Monday that work on the harbour " \
	"bridge will close two lanes for three weeks starting next month.\n\n"
#define BUS_LANES \
	"New bus lanes planned for the city centre\n\n" \
	"By Chen Yu-ting / Staff reporter\n\n" \
	"The city government will add four bus lanes downtown by the end " \
	"of the year, officials said yesterday.\n"

/* --- headlines (SPEC §2.1 rule 4, §2.4) -------------------------------- */

/* A headline and its byline open the item (strongly backed); after a
 * complete paragraph the next one opens another. */
static void listing_item_opens_at_its_headline(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE BUS_LANES, want);
}

/* Only the paragraph after it backs the title: a weak lead. */
static void headline_with_text_alone_is_weak(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LW), W(R_BODY, 0),
		W(R_HEADLINE, LW), W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page("Harbour bridge repairs to close two lanes\n\n"
		   "The city transport bureau said on Monday that work on "
		   "the harbour bridge will close two lanes for three weeks "
		   "starting next month.\n\n"
		   "New bus lanes planned for the city centre\n\n"
		   "The city government will add four bus lanes downtown by "
		   "the end of the year, officials said yesterday.\n", want);
}

/* A `Latest` list of headline-only items: the label opens the first
 * item, each later headline its own; a timestamp backs each. */
static void latest_list_of_headline_only_items(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_LABEL, LI),
		W(R_HEADLINE, 0), W(R_META, 0),
		W(R_HEADLINE, LI), W(R_META, 0),
		W(R_HEADLINE, LI), W(R_META, 0),
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE
		   "Latest\n\n"
		   "Typhoon forces ferry cancellations along east coast\n\n"
		   "01/25/2026 02:21 PM\n\n"
		   "Legislature passes revised budget after long debate\n\n"
		   "01/25/2026 01:58 PM\n\n"
		   "Chip exports hit record high in December\n\n"
		   "01/25/2026 01:30 PM\n", want);
}

/* A standfirst under the headline, before the byline, is its deck. */
static void standfirst_under_headline_is_deck(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_HEADLINE, LS), W(R_DECK, 0), W(R_BYLINE, 0),
		W(R_BODY, 0), W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE
		   "City unveils plan for riverside park\n\n"
		   "The project will turn a disused wharf into green space "
		   "by 2027.\n\n"
		   "By Chen Yu-ting / Staff reporter\n\n"
		   "The city government yesterday unveiled plans for a "
		   "riverside park on the site of the old wharf, with "
		   "construction to start next spring.\n\n"
		   "Officials said the park would include cycle paths and a "
		   "small museum.\n", want);
}

/* --- footers and stamps (SPEC §2.1 footers) ---------------------------- */

/* Under a story's last paragraph, on a page whose first item has no stamp
 * in front, a source or date line closes the item above. */
static void footer_closes_the_item_above(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_FOOTER, 0),
		W(R_HEADLINE, LW), W(R_BODY, 0),
		W(R_FOOTER, 0),
		W(R_HEADLINE, LW), W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE
		   "Source: Taipei Times\n\n"
		   "Schools reopen after the storm\n\n"
		   "Classes resumed in most districts on Wednesday after the "
		   "storm passed, the education ministry said.\n\n"
		   "June 3, 2021 09:12 UTC\n\n"
		   "Night market vendors face new rules\n\n"
		   "Vendors at the city's night markets will need permits "
		   "from July, the council decided on Friday.\n", want);
}

/* A stamp between two articles of two paragraphs or more, where no
 * stamp has closed an item on the page: it opens the article under it
 * (a compilation's `(SCMP) July 22, 2015.`).  Between one-paragraph
 * items it closes the item above, as a footer does. */
static void stamp_between_articles_opens_the_second(void **state)
{
	static const struct want articles[] = {
		W(R_BODY, 0), W(R_BODY, 0), W(R_META, LS), W(R_BODY, 0),
		W(R_BODY, 0),
		{ 0 },
	};
	static const struct want items[] = {
		W(R_BODY, 0), W(R_FOOTER, 0), W(R_BODY, 0), W(R_FOOTER, 0),
		W(R_BODY, 0),
		{ 0 },
	};
#define FIRST_ARTICLE \
	"A banyan tree estimated to be more than 100 years old collapsed " \
	"onto a minibus stop on Hollywood Road, injuring two women.\n\n" \
	"The tree, which grew out of a stone retaining wall, had been " \
	"inspected in March, the government said.\n\n"
#define SECOND_ARTICLE \
	"Residents of Sheung Wan said they had warned the authorities " \
	"about the tree for more than a year.\n\n" \
	"Shop owners said the wall had been leaning since the typhoon " \
	"season last year.\n"

	(void)state;
	check_page(FIRST_ARTICLE "(SCMP) July 22, 2015.\n\n" SECOND_ARTICLE,
		   articles);
	check_page("A banyan tree estimated to be more than 100 years old "
		   "collapsed onto a minibus stop on Hollywood Road.\n\n"
		   "July 22, 2015 16:07 UTC\n\n"
		   "Residents of Sheung Wan said they had warned the "
		   "authorities about the tree for more than a year.\n\n"
		   "July 22, 2015 15:56 UTC\n\n"
		   "Shop owners said the wall had been leaning since the "
		   "typhoon season last year.\n", items);
#undef FIRST_ARTICLE
#undef SECOND_ARTICLE
}

/* A day's date (its weekday, no time) under an article's text heads the
 * next page or the next day's items: it opens the text under it.  With
 * a time of day it is the item's own stamp, a footer. */
static void day_date_under_text_opens_the_next(void **state)
{
	static const struct want day[] = {
		W(R_BODY, 0), W(R_BODY, 0), W(R_META, LS), W(R_BODY, 0),
		{ 0 },
	};
	static const struct want stamp[] = {
		W(R_BODY, 0), W(R_BODY, 0), W(R_FOOTER, 0), W(R_BODY, 0),
		{ 0 },
	};
#define ABOVE \
	"The council voted on Tuesday to extend the night market permits " \
	"for another year, officials said.\n\n" \
	"Vendors welcomed the decision, saying the market had only just " \
	"recovered from the pandemic.\n\n"
#define UNDER \
	"\n\nThousands of people joined a lantern walk along the Esplanade " \
	"on Sunday night, the state government said.\n"

	(void)state;
	check_page(ABOVE "Thursday, February 16, 2023" UNDER, day);
	check_page(ABOVE "  \xe2\x80\xa2 Wed" UNDER, day);
	check_page(ABOVE "Thursday, February 16, 2023 3:06am" UNDER, stamp);
#undef ABOVE
#undef UNDER
}

/* The first item opens with its stamp: later stamps of that pattern open
 * their items too, and the headline under each opens nothing. */
static void stamp_over_first_item_opens_the_rest(void **state)
{
	static const struct want want[] = {
		W(R_META, LS), W(R_HEADLINE, 0), W(R_BODY, 0),
		W(R_META, LS), W(R_HEADLINE, 0), W(R_BODY, 0),
		W(R_META, LS), W(R_HEADLINE, 0), W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page("Sat, 11 Mar 2023 18:05:41 +0800\n\n"
		   "Harbour bridge repairs to close two lanes\n\n"
		   "The city transport bureau said on Monday that work on "
		   "the harbour bridge will close two lanes.\n\n"
		   "Sun, 12 Mar 2023 09:15:02 +0800\n\n"
		   "New bus lanes planned for the city centre\n\n"
		   "The city government will add four bus lanes downtown, "
		   "officials said yesterday.\n\n"
		   "Mon, 13 Mar 2023 11:40:27 +0800\n\n"
		   "Schools reopen after the storm\n\n"
		   "Classes resumed in most districts on Wednesday, the "
		   "education ministry said.\n", want);
}

/* --- page furniture (SPEC §2.1, §2.4) ---------------------------------- */

/* Share and listen buttons are furniture: inside an article or right
 * above the next headline, they open nothing. */
static void ui_lines_never_lead(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0),
		W(R_UI, 0), W(R_UI, 0), W(R_BODY, 0),
		W(R_UI, 0),
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page("Harbour bridge repairs to close two lanes\n\n"
		   "By Lin Mei / Staff reporter\n\n"
		   "Share this page\n\n"
		   "Listen to this article\n\n"
		   "The city transport bureau said on Monday that work on "
		   "the harbour bridge will close two lanes for three weeks "
		   "starting next month.\n\n"
		   "Share this page\n\n"
		   BUS_LANES, want);
}

/* A section label right above a headline opens the block; the headline
 * under it does not open a second one. */
static void section_label_leads_its_block(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_LABEL, LS), W(R_HEADLINE, 0), W(R_BYLINE, 0),
		W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE
		   "\xE2\x96\xA0 CRIME\n\n"         /* ■ CRIME */
		   "Police arrest two over jewellery store robbery\n\n"
		   "By Chen Yu-ting / Staff reporter\n\n"
		   "Two men were detained on Tuesday after a jewellery store "
		   "in the city was robbed at knifepoint, police said.\n",
		   want);
}

/* A counter between a headline and its text (`$` / `0` / `0`): the
 * separator parts no items, as no title comes under it, and the headline
 * is its text's.  A separator with a title under it still parts them:
 * it opens that title's item (SPEC §2.1: separators before a headline
 * belong to the story they precede). */
static void separator_over_text_parts_nothing(void **state)
{
	static const struct want counter[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_HEADLINE, LW), W(R_LABEL, 0), W(R_UI, 0), W(R_UI, RF_DUP),
		W(R_BODY, 0),
		{ 0 },
	};
	static const struct want parted[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_CREDIT, 0), W(R_LABEL, LS), W(R_HEADLINE, 0),
		W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE
		   "New bus lanes planned for the city centre\n\n"
		   "$\n0\n0\n\n"
		   "The city government will add four bus lanes downtown by "
		   "the end of the year, officials said yesterday.\n", counter);
	check_page(BRIDGE
		   "New bus lanes planned for the city centre\n"
		   "-\n"
		   "Night market vendors protest new stall rules\n\n"
		   "The city government will add four bus lanes downtown by "
		   "the end of the year, officials said yesterday.\n", parted);
}

/* A blog post's tags under its title (`wonton mee,chinatown,…`): the
 * title keeps its text below them and opens the post. */
static void tags_under_a_title_are_its_block(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_HEADLINE, LW), W(R_LIST, 0), W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE
		   "The best wonton mee in Chinatown\n\n"
		   "wonton mee,chinatown,food review,hawker centre\n\n"
		   "A colleague kept telling me that the best wonton mee in "
		   "the whole of Chinatown is not where the queues are.\n",
		   want);
}

/* A page whose cards open at their photo captions, as the dump cut it
 * inside its last line, then the next page. */
#define CUT_CARDS \
	"Tag - Kumamoto\n\n\n\n" \
	"Workers leave the chip plant in Kikuyo at the end of a shift on " \
	"Tuesday.\n" \
	"BUSINESS / Companies\n" \
	"Mar 12, 2025\n" \
	"Kumamoto chip plant to add third shift as orders climb\n" \
	"The factory plans to hire 400 more local workers by the summer, " \
	"most of them from technical high schools.\n" \
	"Farmers in Kikuyo say the water table has dropped since the plant " \
	"opened.\n" \
	"Mar 4, 2025\n" \
	"Kumamoto farmers fret over water as chip town booms\n" \
	"Farmers want the prefecture to publish monthly readings of the " \
	"water table near the plant.\n" \
	"Rents in the towns around the plant have risen faster than " \
	"anywhere else in Kyushu.\n" \
	"Feb 26, 2025\n"
#define PAGE_AFTER_CARDS \
	"Front Page\n\n" \
	"Night market vendors told to switch to reusable bowls\n\n" \
	"Stalls given three months to phase out single-use tableware\n\n" \
	"Harbour News\n" \
	"Date: 2021/03/16\n" \
	"By: Lin Mei, Harbour News, Staff Writer\n\n" \
	"Visitors eat at a night market in the city. (City Government " \
	"photo)\n\n" \
	"Food stalls at the night market will have to stop handing out " \
	"disposable bowls and chopsticks from June, the city government " \
	"said on Monday.\n"

/* The line the dump cut (`Second chip plant in Kumamoto to`, or a
 * sentence cut after a whole word) ends the page: a caption that leads a
 * card is a whole sentence, so it is not the next page's first card's,
 * which its label opens. */
static void line_cut_by_the_dump_leads_no_card(void **state)
{
	static const struct want want[] = {
		W(R_LABEL, LS),
		W(R_CREDIT, 0), W(R_LABEL, 0), W(R_META, 0),
		W(R_HEADLINE, 0), W(R_BODY, 0),
		W(R_CREDIT, LS), W(R_META, 0), W(R_HEADLINE, 0), W(R_BODY, 0),
		W(R_CREDIT, LS), W(R_META, 0),
		W(R_BODY, 0),
		W(R_LABEL, LS), W(R_HEADLINE, 0), W(R_DECK, 0), W(R_META, 0),
		W(R_META, 0), W(R_BYLINE, 0), W(R_CREDIT, 0), W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page(CUT_CARDS
		   "Second chip plant in Kumamoto to\n"
		   PAGE_AFTER_CARDS, want);
	check_page(CUT_CARDS
		   "Officials say the second plant will lift wages for young "
		   "workers in Kikuyo, and the prefecture expects new homes "
		   "and shops to follow in the area\n"
		   PAGE_AFTER_CARDS, want);
}
#undef CUT_CARDS
#undef PAGE_AFTER_CARDS

/* A newsletter's issue page: its dated title, then a section's label
 * over its first text (`In the Spotlight`).  The label is the page's
 * header, not a list's: the title keeps its text and opens the page. */
static void section_label_under_a_dated_title(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_HEADLINE, LS), W(R_META, 0), W(R_LABEL, 0), W(R_BODY, 0),
		W(R_HEADLINE, LW), W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE
		   "Harbour Update Issue June 2025\n\n"
		   "30 Jun 2025\n\n"
		   "In the Spotlight\n\n"
		   "Missed the harbour forum? Watch the highlights of the "
		   "closing dialogue with the port authority chairman.\n\n"
		   "Tan Mei Ling: Can the ferry piers still bring neighbours "
		   "together?\n\n"
		   "The ferry piers were designed as shared space, but many "
		   "residents now pass through them without stopping.\n", want);
}

/* An article's page closes with its player and a privacy notice, then
 * the next page opens at its headline.  A notice that long is no button
 * inside a header block: the separator of the player's clock (`0:00` /
 * `/` / `0:00`) does not open the next page eight lines early. */
static void privacy_notice_parts_a_block_from_its_label(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_SIGNOFF, 0), W(R_FOOTER, 0), W(R_LABEL, 0), W(R_FOOTER, 0),
		W(R_LABEL, 0), W(R_UI, 0), W(R_UI, 0), W(R_UI, 0), W(R_UI, 0),
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_META, 0), W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE
		   "Enditem/\n\n"
		   "    0:00\n"
		   "    /\n"
		   "    0:00\n"
		   "    Latest\n"
		   "    More\n"
		   "    We value your privacy.\n"
		   "    Harbour News uses tracking technologies to improve "
		   "your reading experience while respecting your privacy. "
		   "Click here for details of our privacy policy.\n"
		   "    Got it.Learn more\n"
		   "Terraces, Tourists and the Return of the Young: Upland "
		   "Farming in Hualien\n\n"
		   "By: Chen Yu-ting\n\n"
		   "April 2, 2021\n\n"
		   "Rice terraces in eastern Taiwan have lost most of their "
		   "farmers over the past 40 years, but some villages are "
		   "finding new ways to keep them.\n", want);
}

/* A card's alt text glued under its footer (`Posted Updated`) is the
 * card's, whatever comes next: here the next page's text, glued under
 * it, where no headline follows to show the card's layout. */
static void alt_text_under_a_footer_is_the_cards(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_FOOTER, 0), W(R_CREDIT, 0), W(R_BODY, 0), W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page("Why bubble tea shops are closing across Taipei\n\n"
		   "By Mei Lin Chan and wires\n\n"
		   "A price war and rising rents have pushed dozens of tea "
		   "shops out of business this year, owners say.\n"
		   "Posted Updated\n"
		   "Two cups of bubble tea on a shop counter.\n"
		   "South Korea will buy 200,000 tonnes of this year's rice "
		   "harvest to prop up prices, the agriculture ministry said on "
		   "Tuesday.\n"
		   "The purchase, which will cost about 500 billion won, is "
		   "the largest since 2021, the ministry said.\n", want);
}

/* A skip link is furniture found only at a page's top (SHF_TOP): after
 * text it opens the next page's first item (may_lead: LEAD_LAYOUT), and
 * the furniture and headline under it sit in that block. */
static void top_furniture_opens_the_next_page(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_UI, LS), W(R_UI, 0),
		W(R_HEADLINE, 0), W(R_BYLINE, 0), W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE
		   "Skip to main content\n\n"
		   "Menu\n\n"
		   BUS_LANES, want);
}

/* A copyright notice ends the page's view: a title above it is decided
 * without the next page's text, which would back it as a headline. */
static void copyright_ends_the_view(void **state)
{
	static const struct want ended[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_LIST, 0), W(R_UI, 0),
		W(R_BODY, 0), W(R_BODY, 0),
		{ 0 },
	};
	static const struct want open[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_HEADLINE, LW),
		W(R_BODY, 0), W(R_BODY, 0),
		{ 0 },
	};
#define NEXT_PAGE \
	"The city government will add four bus lanes downtown by the end " \
	"of the year, officials said yesterday.\n\n" \
	"Officials said the lanes would open in stages.\n"

	(void)state;
	check_page(BRIDGE
		   "Ferry fares to rise in April\n\n"
		   "Copyright \xC2\xA9 2024 Example Media. "
		   "All rights reserved.\n\n"
		   NEXT_PAGE, ended);
	check_page(BRIDGE
		   "Ferry fares to rise in April\n\n"
		   NEXT_PAGE, open);
#undef NEXT_PAGE
}

/* A headline with a timestamp right above the copyright notice: the item
 * ends in view, so it is a headline-only item. */
static void headline_only_item_before_copyright(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_UI, 0),
		W(R_HEADLINE, LI), W(R_META, 0), W(R_LINK, 0),
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE
		   "Copyright \xC2\xA9 2024 Example Media. "
		   "All rights reserved.\n\n"
		   "Ferry fares to rise in April\n\n"
		   "01/25/2026 02:21 PM\n\n"
		   "Read more\n", want);
}

/* The next page dumped under the last line of a page that glues its
 * paragraphs: its site title sits glued under that line too, a blank
 * line after it, as alt text under a teaser does on a spaced page.  On
 * a page whose lines are all glued, no blank line before is the page's
 * way; the blank line after is what sets the title apart, so it leads
 * the item below (SPEC §2.1: furniture at the top of a page belongs to
 * its first story). */
#define TIGHT_PAGE \
	"The city transport bureau said on Monday that work on the harbour " \
	"bridge will close two lanes for three weeks starting next month.\n" \
	"Drivers should expect delays of up to half an hour at peak times, " \
	"the bureau said in a statement.\n" \
	"Buses will keep their own lane throughout the works, it added.\n"
#define SITE_TITLE_OVER_ITEM \
	"Newsfeed \xE2\x80\x93 Local Malaysian News\n\n\n" \
	"Fire guts prayer hall of 90-year-old Taoist temple in Kepong\n\n" \
	"Share this page\n\n" \
	"KUALA LUMPUR: A fire destroyed the prayer hall of a 90-year-old " \
	"Taoist temple in Kepong early on Sunday, the fire department said.\n"

static void title_glued_under_glued_lines_leads(void **state)
{
	static struct page pg;

	(void)state;
	measure(TIGHT_PAGE SITE_TITLE_OVER_ITEM, &pg);
	decide(&pg);
	assert_int_equal(pg.count, 7);
	for (size_t i = 0; i < 3; i++)
		assert_int_equal(pg.line[i].role, R_BODY);
	assert_true(pg.line[3].rflags & RF_LEAD);
	assert_false(pg.line[3].rflags & RF_ATTACHED);
}

/* A title glued under a paragraph that stands apart: alt text under the
 * teaser, which closes the item above and leads nothing.  (A page's
 * title, `Newsfeed – Local Malaysian News`, is furniture only a page's
 * top holds, and leads there too: shape.h's SHF_TOP.) */
static void title_glued_under_a_paragraph_apart_closes_it(void **state)
{
	static struct page pg;

	(void)state;
	measure("Harbour bridge repairs to close two lanes\n\n"
		"The city transport bureau said on Monday that work on the "
		"harbour bridge will close two lanes for three weeks starting "
		"next month.\n"
		"Lane closures on the harbour bridge\n\n\n"
		"Fire guts prayer hall of 90-year-old Taoist temple in Kepong\n\n"
		"Share this page\n\n"
		"KUALA LUMPUR: A fire destroyed the prayer hall of a 90-year-old "
		"Taoist temple in Kepong early on Sunday, the fire department "
		"said.\n", &pg);
	decide(&pg);
	assert_int_equal(pg.count, 6);
	assert_int_equal(pg.line[1].role, R_BODY);
	assert_true(pg.line[2].rflags & RF_ATTACHED);
	assert_false(pg.line[2].rflags & RF_LEAD);
	assert_int_equal(pg.line[2].role, R_CREDIT);
	assert_true(pg.line[3].rflags & RF_LEAD);
}
#undef TIGHT_PAGE
#undef SITE_TITLE_OVER_ITEM

/* A section line of the next page (`Taipei`) under a page that glues
 * its lines, a blank line after it, then a headline: the spacing sets
 * it apart from the page above, and it leads the item.  On a spaced
 * page the same line glued under a paragraph closes that paragraph's
 * item. */
#define RADAR \
	"Taipei\n\n" \
	"Taiwan to test new coastal radar on Penghu\n\n" \
	"Taiwan's military said Tuesday it will begin testing a new coastal " \
	"radar on Penghu next month, the ministry said.\n"

static void short_line_set_apart_leads(void **state)
{
	static struct page pg;

	(void)state;
	measure("The city transport bureau said on Monday that work on the "
		"harbour bridge will close two lanes for three weeks.\n"
		"Drivers should expect delays of up to half an hour at peak "
		"times, the bureau said in a statement.\n"
		"Buses will keep their own lane throughout the works, it "
		"added.\n"
		RADAR, &pg);
	decide(&pg);
	assert_int_equal(pg.count, 6);
	assert_true(pg.line[3].rflags & RF_LEAD);
	measure("The city transport bureau said on Monday that work on the "
		"harbour bridge will close two lanes for three weeks.\n\n"
		"Buses will keep their own lane throughout the works, it "
		"added.\n"
		RADAR, &pg);
	decide(&pg);
	assert_int_equal(pg.count, 5);
	assert_false(pg.line[2].rflags & RF_LEAD);
	assert_true(pg.line[3].rflags & RF_LEAD);
}
#undef RADAR

/* Two glued lines above are an item's tail (its text, a stamp), not the
 * page's way: a caption glued under them still closes the item. */
static void caption_under_a_glued_tail_closes_it(void **state)
{
	static struct page pg;

	(void)state;
	measure("Why bubble tea shops are closing across Taipei\n\n"
		"A price war and rising rents have pushed dozens of tea shops "
		"out of business this year, owners say.\n"
		"Posted Updated\n"
		"Two cups of bubble tea on a shop counter.\n\n"
		"Pilgrims walk 300 kilometres behind the sea goddess Mazu\n\n"
		"Tens of thousands of worshippers have set off from Dajia in "
		"central Taiwan on a nine-day pilgrimage.\n", &pg);
	decide(&pg);
	assert_int_equal(pg.count, 6);
	assert_true(pg.line[3].rflags & RF_ATTACHED);
	assert_false(pg.line[3].rflags & RF_LEAD);
	assert_true(pg.line[4].rflags & RF_LEAD);
}

/* A letter signed with a name and a place, glued under its last
 * paragraph: both sign it, even when a wire story follows with no
 * headline of its own (neither is taken for that story's headline). */
#define LETTER \
	"Sidewalks are for walking\n" \
	"Every morning I walk my daughter to school along Heping East Road, " \
	"and every morning we step into the traffic.\n" \
	"Taipei is a friendly and safe city in almost every other way. It " \
	"should be possible to walk 500m with a child.\n"
#define WIRE_STORY \
	"Hualien, Feb. 2 (CNA) The Taroko National Park Headquarters said " \
	"Sunday that a trail would reopen.\n" \
	"Visitors will need to wear helmets, which will be available free " \
	"of charge at the trail entrance.\n"

#define PARTED_LETTER \
	"Sidewalks are for walking\n\n" \
	"Every morning I walk my daughter to school along Heping East Road, " \
	"and every morning we step into the traffic.\n\n" \
	"Taipei is a friendly and safe city in almost every other way. It " \
	"should be possible to walk 500m with a child.\n\n"
#define PARTED_WIRE_STORY \
	"Hualien, Feb. 2 (CNA) The Taroko National Park Headquarters said " \
	"Sunday that a trail would reopen.\n\n" \
	"Visitors will need to wear helmets, which will be available free " \
	"of charge at the trail entrance.\n"

/* The letter, its signature (name and place), the wire story. */
static const struct want signed_letter[] = {
	W(R_HEADLINE, LW), W(R_BODY, 0), W(R_BODY, 0),
	W(R_SIGNOFF, 0), W(R_SIGNOFF, 0),
	W(R_BODY, 0), W(R_BODY, 0),
	{ 0 },
};

static void signature_name_and_place_sign_the_letter(void **state)
{

	(void)state;
	check_page(LETTER "Martin Dawes\nTaipei\n" WIRE_STORY, signed_letter);
	/* the name in capitals, which alone reads as a section label */
	check_page(LETTER "HELEN WU\nKaohsiung\n" WIRE_STORY, signed_letter);
}

/* The same on a page that parts its paragraphs with a blank line: the
 * name and the place, each a blank line under the line above, sign the
 * letter; the place is no headline of the wire story under it.  Parted
 * by more than the page parts its paragraphs, the short title is no
 * place: a headline over the story. */
static void signature_spaced_as_its_letter_signs_it(void **state)
{
	/* a headline, with whatever backing its layout gives it */
	static const struct want headline = {
		R_HEADLINE, 0, (uint8_t)~0, R_BLANK
	};
	const struct want apart[] = {
		W(R_HEADLINE, LW), W(R_BODY, 0), W(R_BODY, 0),
		W(R_SIGNOFF, 0), headline,
		W(R_BODY, 0), W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page(PARTED_LETTER "Martin Dawes\n\nTaipei\n\n"
		   PARTED_WIRE_STORY, signed_letter);
	check_page(PARTED_LETTER "Martin Dawes\n\n\nTaipei\n\n"
		   PARTED_WIRE_STORY, apart);
}
#undef LETTER
#undef WIRE_STORY
#undef PARTED_LETTER
#undef PARTED_WIRE_STORY

/* --- lines inside an article (SPEC §2.1 rule 4, §2.2) ------------------ */

/* A subhead between paragraphs of an article that goes on is no strong
 * headline.  role.h: RF_WEAK marks "a title that could as well be a
 * subhead, unsure on its own" (segment.c makes it a subhead), so it is a
 * subhead or at most a weak lead. */
static void subhead_inside_article_is_at_most_weak(void **state)
{
	static const struct want subhead = {
		R_SUBHEAD, 0, RF_LEAD | RF_WEAK, R_HEADLINE
	};
	const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		subhead, W(R_BODY, 0), W(R_BODY, 0),
		subhead, W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE
		   "Changhua County\n\n"
		   "In Changhua County, officials said two new lanes would "
		   "open along the coastal highway in March.\n\n"
		   "The county also plans to widen three rural roads, a "
		   "spokesman said.\n\n"
		   "Time for a change?\n\n"
		   "Many drivers said they would switch to the ferry while "
		   "the work goes on.\n", want);
}

/* Credit and caption lines belong to the story they sit in, never open
 * one. */
static void credits_and_captions_never_lead(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_CREDIT, 0), W(R_BODY, 0),
		W(R_CREDIT, 0), W(R_CREDIT, 0), W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE
		   "Photo: AFP\n\n"
		   "Engineers said the joints had not been replaced since "
		   "the bridge opened in 1987.\n\n"
		   "A dancer performs at the opening of the festival in "
		   "Tainan on Saturday.\n\n"
		   "Photo courtesy of the Ministry of Culture\n\n"
		   "The festival runs until the end of the month, organizers "
		   "said.\n", want);
}

/* A line repeated right under itself is marked: a title printed twice,
 * a credit printed twice. */
static void repeated_line_is_dup(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_DECK, RF_DUP), W(R_BYLINE, 0),
		W(R_BODY, 0),
		W(R_CREDIT, 0), W(R_CREDIT, RF_DUP), W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page("Harbour bridge repairs to close two lanes\n\n"
		   "Harbour bridge repairs to close two lanes\n\n"
		   "By Lin Mei / Staff reporter\n\n"
		   "The city transport bureau said on Monday that work on "
		   "the harbour bridge will close two lanes for three weeks "
		   "starting next month.\n\n"
		   "Photo: Liu Wan-chun, Taipei Times\n\n"
		   "Photo: Liu Wan-chun, Taipei Times\n\n"
		   "Engineers said the joints had not been replaced since "
		   "the bridge opened in 1987.\n", want);
}

/* An encyclopedia page's infobox: bulleted fields and pipe rows are list
 * items (SPEC §2.1: `- Office: Secretary for Justice`), whatever they
 * hold, a date too.  The page's title (the file's first line, so it
 * opens the story anyway) is a headline or a list item. */
static void infobox_lines_are_list_items(void **state)
{
	static const struct want title = {
		R_HEADLINE, 0, RF_LEAD | RF_STRONG | RF_WEAK | RF_ITEM, R_LIST
	};
	const struct want want[] = {
		title,
		W(R_LIST, 0), W(R_LIST, 0), W(R_LIST, 0),
		W(R_LIST, 0), W(R_LIST, 0),
		W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page("Margaret Ho\n\n"
		   "- Office: Secretary for Transport\n\n"
		   "- Term Start: 3 May 2016\n\n"
		   "- Preceded by: Daniel Fung\n\n"
		   "Born | 2 February 1949 |\n\n"
		   "Spouse | Peter Ho |\n\n"
		   "Margaret Ho is a Hong Kong engineer who served as "
		   "Secretary for Transport from 2016 to 2020.\n", want);
}

/* A teaser link alone on its line is a link; it ends the item, and the
 * headline after it opens the next (backed by its paragraph alone). */
static void teaser_link_lines_are_links(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_LINK, 0),
		W(R_HEADLINE, LW), W(R_BODY, 0), W(R_LINK, 0),
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE
		   "Read more\n\n"
		   "Ferry fares to rise in April\n\n"
		   "Ferry operators will raise fares by 5 percent from "
		   "April, citing fuel costs, the port authority said.\n\n"
		   "FULL STORY\n", want);
}

/* The markers that open a comment section. */
static void comment_markers(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_COMMENTS, 0), W(R_COMMENTS, 0),
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE
		   "Post a Comment\n\n"
		   "2 responses\n", want);
}

/* A headline glued under the text above, with its source line and stamp
 * under it: the next page pasted under this one, not a caption. */
static void glued_title_over_source_line_is_headline(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		{ R_HEADLINE, LS, RF_WEAK, R_BLANK }, W(R_META, 0), W(R_META, 0),
		W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page("Harbour bridge repairs to close two lanes\n\n"
		   "By Lin Mei / Staff reporter\n\n"
		   "The city transport bureau said on Monday that work on the "
		   "harbour bridge will close two lanes for three weeks.\n"
		   "Dance company to tour Europe with new work\n\n"
		   "Focus Taiwan\n\n"
		   "Date: May 7, 2025\n\n"
		   "The dance company will take its new work to six cities in "
		   "Europe this autumn, its director said on Tuesday.\n", want);
}

/* A day's date under a headline-only item's own stamp opens what
 * follows (the next page, the next day's items): it leads the next
 * headline rather than closing the item above. */
static void day_under_an_items_stamp_leads_the_next(void **state)
{
	static const struct want want[] = {
		W(R_LABEL, LI), W(R_HEADLINE, 0), W(R_META, 0),
		W(R_LABEL, LI), W(R_HEADLINE, 0), W(R_META, 0),
		{ R_META, RF_LEAD, RF_STRONG | RF_WEAK, R_BLANK },
		{ R_HEADLINE, 0, RF_LEAD | RF_STRONG | RF_WEAK, R_BLANK },
		W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page("Culture\n"
		   "Golden Melody nominees to be announced on May 14\n"
		   "03/16/2026 09:20 PM -\n"
		   "Society\n"
		   "Post office to stop selling stamps at 200 small branches\n"
		   "03/16/2026 09:06 PM\n"
		   "Saturday, 17 August 2013\n"
		   "Supper run with the gang at the hawker centre\n"
		   "Finally managed to gather the whole gang after three weeks "
		   "of trying, and we met at the interchange after work.\n",
		   want);
}

/* A page's label over its first card, whose caption opens it (`Tag -
 * Kumamoto` / a caption / `JAPAN / Society` / a date / the headline):
 * the label leads the block, the caption sits inside it. */
static void label_over_a_leading_caption_leads(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		{ R_LABEL, RF_LEAD, RF_STRONG | RF_WEAK, R_BLANK },
		W(R_CREDIT, 0), W(R_LABEL, 0), W(R_META, 0), W(R_HEADLINE, 0),
		W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE
		   "Tag - Kumamoto\n\n\n\n"
		   "Workers leave the chip plant in Kikuyo at the end of a "
		   "shift on Tuesday.\n"
		   "BUSINESS / Companies\n"
		   "Mar 12, 2025\n"
		   "Chip plant to hire 500 more local staff\n"
		   "The company said it would hire 500 more workers from the "
		   "prefecture by the end of the year.\n", want);
}

/* --- a title cut off by the dump (SPEC §2.2) --------------------------- */

/* The dump ends inside a title: it is a headline (a headline-only item,
 * truncated), and an item opens there. */
static void title_cut_at_end_of_file_is_headline(void **state)
{
	static const struct want cut = {
		R_HEADLINE, RF_LEAD, RF_WEAK | RF_ITEM, R_BLANK
	};
	const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		cut,
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE "Council vote dela", want);
}

/* A header block the dump cut before its text (`■ Transport` / a cut
 * title): the label opens a headline-only item. */
static void header_block_cut_at_end_of_file_is_item(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_LABEL, LI), W(R_HEADLINE, 0),
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE
		   "\xE2\x96\xA0 Transport\n\n"     /* ■ Transport */
		   "Council vote dela", want);
}

/* The same cut words inside the file, text after them: no headline. */
static void title_cut_inside_file_heads_nothing(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_SUBHEAD, 0), W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE
		   "Council vote dela\n\n"
		   "The council postponed its vote on the budget until next "
		   "week, a spokeswoman said.\n", want);
}

/* A source line the dump cut inside its bracket (`[South China Mor`) is
 * the rest of the page above: it neither heads an item nor leads the
 * next headline, at the end of the file or before the next page. */
static void title_cut_in_its_bracket_closes_the_page(void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_SIGNOFF, 0),
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE "[South China Mor\n\n" BUS_LANES, want);
}

static void title_cut_in_its_bracket_at_end_of_file_heads_nothing(
	void **state)
{
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		/* no lead: a subhead of the text above at most */
		{ R_SIGNOFF, 0, 0, R_HEADLINE },
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE "[South China Mor", want);
}

/* --- role_is_cut (SPEC §2.2 truncated) --------------------------------- */

static const struct {
	const char *line;
	bool cut;
} cuts[] = {
	{ "The council approved the budget on Friday.", false },
	{ "\"We will finish the work by June,\" she said.", false },
	{ "The mayor asked: \"Who will pay for it?\"", false },
	{ "Residents welcomed the decision (see below).", false },
	/* a word link is not part of the sentence */
	{ "The vote was delayed, local media reported. Full Story", false },
	/* an ellipsis, an open quote, a cut mid-sentence */
	{ "The council approved the budget on Friday \xE2\x80\xA6", true },
	{ "The council approved the budget on Friday...", true },
	{ "The plan, critics say, has become a \xE2\x80\x9Creal", true },
	{ "The council approved the budget on Friday and", true },
	{ "The council approved the budget on Friday [\xE2\x80\xA6]", true },
};

static void paragraph_cut_or_complete(void **state)
{
	unsigned bad = 0;

	(void)state;
	for (size_t i = 0; i < LEN(cuts); i++) {
		struct para p;

		para_analyze((const uint8_t *)cuts[i].line,
			     strlen(cuts[i].line), &p);
		if (role_is_cut(&p) == cuts[i].cut)
			continue;
		print_error("line \"%s\": want %s, got %s\n", cuts[i].line,
			    cuts[i].cut ? "cut" : "complete",
			    cuts[i].cut ? "complete" : "cut");
		bad++;
	}
	if (bad > 0)
		fail_msg("%u of %zu paragraphs misjudged", bad, LEN(cuts));
}

/* --- --start markers (SPEC §4) ------------------------------------------ */

/* A marker is furniture whatever it looks like (here a paragraph cut
 * off, a title, a bare URL), never a lead; the page under it is decided
 * as at a file's start. */
static void marker_is_furniture_whatever_it_looks_like(void **state)
{
	static const struct want want[] = {
		W(R_MARKER, 0),
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_MARKER, 0),
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_MARKER, 0),
		W(R_MARKER, 0),
		{ 0 },
	};

	(void)state;
	check_marked_page("=== the city transport bureau said on Monday that "
			  "work on the harbour bridge will close two\n"
			  BRIDGE
			  "=== New bus lanes planned\n\n"
			  BUS_LANES
			  "=== https://example.com/news/2025/03/12/ferry\n"
			  "=== https://example.com/news/2025/03/12/rail\n",
			  "=== ", want);
}

/* The page ends at the next marker as at the end of its file (which
 * ends in a newline): a title the dump cut there is a headline, as
 * there, not a title that heads nothing inside a file (a list line,
 * title_cut_inside_file_heads_nothing). */
static void page_ends_at_a_marker_as_at_end_of_file(void **state)
{
	static const struct want alone[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_HEADLINE, 0),
		{ 0 },
	};
	static const struct want want[] = {
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		W(R_HEADLINE, 0),
		W(R_MARKER, 0),
		W(R_HEADLINE, LS), W(R_BYLINE, 0), W(R_BODY, 0),
		{ 0 },
	};

	(void)state;
	check_page(BRIDGE "Council vote dela\n", alone);
	check_marked_page(BRIDGE "Council vote dela\n=== page 2 ===\n"
			  BUS_LANES, "=== ", want);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(listing_item_opens_at_its_headline),
		cmocka_unit_test(headline_with_text_alone_is_weak),
		cmocka_unit_test(latest_list_of_headline_only_items),
		cmocka_unit_test(standfirst_under_headline_is_deck),
		cmocka_unit_test(footer_closes_the_item_above),
		cmocka_unit_test(stamp_between_articles_opens_the_second),
		cmocka_unit_test(day_date_under_text_opens_the_next),
		cmocka_unit_test(stamp_over_first_item_opens_the_rest),
		cmocka_unit_test(ui_lines_never_lead),
		cmocka_unit_test(section_label_leads_its_block),
		cmocka_unit_test(separator_over_text_parts_nothing),
		cmocka_unit_test(tags_under_a_title_are_its_block),
		cmocka_unit_test(line_cut_by_the_dump_leads_no_card),
		cmocka_unit_test(section_label_under_a_dated_title),
		cmocka_unit_test(privacy_notice_parts_a_block_from_its_label),
		cmocka_unit_test(alt_text_under_a_footer_is_the_cards),
		cmocka_unit_test(top_furniture_opens_the_next_page),
		cmocka_unit_test(copyright_ends_the_view),
		cmocka_unit_test(headline_only_item_before_copyright),
		cmocka_unit_test(title_glued_under_glued_lines_leads),
		cmocka_unit_test(
			title_glued_under_a_paragraph_apart_closes_it),
		cmocka_unit_test(caption_under_a_glued_tail_closes_it),
		cmocka_unit_test(short_line_set_apart_leads),
		cmocka_unit_test(signature_name_and_place_sign_the_letter),
		cmocka_unit_test(signature_spaced_as_its_letter_signs_it),
		cmocka_unit_test(subhead_inside_article_is_at_most_weak),
		cmocka_unit_test(credits_and_captions_never_lead),
		cmocka_unit_test(repeated_line_is_dup),
		cmocka_unit_test(infobox_lines_are_list_items),
		cmocka_unit_test(teaser_link_lines_are_links),
		cmocka_unit_test(comment_markers),
		cmocka_unit_test(title_cut_at_end_of_file_is_headline),
		cmocka_unit_test(header_block_cut_at_end_of_file_is_item),
		cmocka_unit_test(glued_title_over_source_line_is_headline),
		cmocka_unit_test(day_under_an_items_stamp_leads_the_next),
		cmocka_unit_test(label_over_a_leading_caption_leads),
		cmocka_unit_test(title_cut_inside_file_heads_nothing),
		cmocka_unit_test(title_cut_in_its_bracket_closes_the_page),
		cmocka_unit_test(
			title_cut_in_its_bracket_at_end_of_file_heads_nothing),
		cmocka_unit_test(paragraph_cut_or_complete),
		cmocka_unit_test(marker_is_furniture_whatever_it_looks_like),
		cmocka_unit_test(page_ends_at_a_marker_as_at_end_of_file),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
