/* test_pages.c — whole pages in the shapes real scrapers write (SPEC §2).
 *
 * Each test feeds one invented page, one paragraph per line, through the
 * real segmenter and the analysis stages in the order the pipeline runs
 * them, and checks every story that comes out: the line it starts at (its
 * first non-blank line), the rule that started it (§3.2 `boundary`), its
 * kind and truncation (§2.2), and its kicker, deck (§2.3), headline, byline
 * and dateline (§2.4), "" when absent.
 *
 * The expected values are what SPEC §2 says is right.  The cases that the
 * program once got wrong live in tests of their own at the end, each with
 * the SPEC rule it checks. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "blurb.h"
#include "gloss.h"
#include "kind.h"
#include "feed.h"
#include "segment.h"

enum { MAXSTORIES = 32, FIELD = 512, REPORT = 8192, PAGE = 8192 };

/* What the callback saw of one story, copied out of it. */
struct seen {
	long line;                  /* lineno of the first non-blank line */
	enum boundary boundary;
	enum kind kind;
	bool truncated;
	char kicker[FIELD], deck[FIELD];
	char headline[FIELD], byline[FIELD], dateline[FIELD];
};

static struct {
	struct seen story[MAXSTORIES];
	size_t count;
} got;

/* What a story should be.  A field left out (NULL) must be absent (""). */
struct want {
	long line;
	const char *boundary;       /* boundary_name() */
	const char *kind;           /* kind_name() */
	bool truncated;
	const char *kicker, *deck, *headline, *byline, *dateline;
};

/* A field of the story as a C string in dst (FIELD bytes). */
#define copy_span(dst, st, sp) feed_copy_span(dst, FIELD, st, sp)

static long first_content_line(const struct story *st)
{
	long lineno = st->lineno;

	for (size_t i = 0; i < st->nlines; i++) {
		if (!line_blank(&st->lines[i]))
			return lineno;
		lineno = story_next_lineno(&st->lines[i], lineno);
	}
	return 0;
}

/* The pipeline's order: kind, then blurb (which reads the roles and the
 * headline kind.c set), then glosses. */
static void on_story(struct story *st, void *ctx)
{
	struct seen *s;

	(void)ctx;
	kind_analyze(st);
	blurb_analyze(st);
	gloss_analyze(st);
	assert_true(got.count < MAXSTORIES);
	s = &got.story[got.count++];
	s->line = first_content_line(st);
	s->boundary = st->boundary;
	s->kind = st->kind;
	s->truncated = st->truncated;
	copy_span(s->kicker, st, st->kicker);
	copy_span(s->deck, st, st->deck);
	copy_span(s->headline, st, st->headline);
	copy_span(s->byline, st, st->byline);
	copy_span(s->dateline, st, st->dateline);
}

/* Feed a whole file from memory: lines end at LF, a CR before the LF is
 * part of the terminator.  Returns how many stories came out. */
static size_t split(const char *input)
{
	memset(&got, 0, sizeof got);
	feed_string(input, on_story, NULL);
	return got.count;
}

/* Reporting: every difference is collected, so one failure shows them all. */
static char report[REPORT];
static size_t reported;

static void note(const char *fmt, ...)
{
	va_list ap;

	if (reported >= sizeof report)
		return;
	va_start(ap, fmt);
	int k = vsnprintf(report + reported, sizeof report - reported, fmt, ap);
	va_end(ap);
	if (k > 0)
		reported += (size_t)k;
}

static void compare(size_t i, const char *field, const char *have,
		    const char *want)
{
	if (want == NULL)
		want = "";
	if (strcmp(have, want) != 0)
		note("story %zu (line %ld): %s is \"%s\", want \"%s\"\n",
		     i + 1, got.story[i].line, field, have, want);
}

static void list_stories(void)
{
	for (size_t i = 0; i < got.count; i++)
		note("  got story %zu: line %ld, %s, %s%s, kicker \"%s\"\n",
		     i + 1, got.story[i].line,
		     boundary_name(got.story[i].boundary),
		     kind_name(got.story[i].kind),
		     got.story[i].truncated ? ", truncated" : "",
		     got.story[i].kicker);
}

/* Split input and check that exactly the wanted stories came out. */
static void expect(const char *input, const struct want *w, size_t n)
{
	reported = 0;
	report[0] = '\0';
	if (split(input) != n) {
		note("%zu stories, want %zu\n", got.count, n);
		list_stories();
		fail_msg("%s", report);
	}
	for (size_t i = 0; i < n; i++) {
		const struct seen *s = &got.story[i];

		if (s->line != w[i].line) {
			note("story %zu: starts at line %ld, want %ld\n",
			     i + 1, s->line, w[i].line);
			continue;   /* the other fields would only echo this */
		}
		compare(i, "boundary", boundary_name(s->boundary),
			w[i].boundary);
		compare(i, "kind", kind_name(s->kind), w[i].kind);
		compare(i, "truncation",
			s->truncated ? "truncated" : "not truncated",
			w[i].truncated ? "truncated" : "not truncated");
		compare(i, "kicker", s->kicker, w[i].kicker);
		compare(i, "deck", s->deck, w[i].deck);
		compare(i, "headline", s->headline, w[i].headline);
		compare(i, "byline", s->byline, w[i].byline);
		compare(i, "dateline", s->dateline, w[i].dateline);
	}
	if (reported > 0) {
		list_stories();
		fail_msg("%s", report);
	}
}

#define EXPECT(input, want) expect(input, want, sizeof want / sizeof want[0])

/* A page from a list of lines: with `blank`, a blank line before every
 * line (so line k of the list is line 2k of the file), as many scrapers
 * write it (§1: a blank line separates nothing by itself). */
static const char *page(const char *const *lines, size_t n, bool blank)
{
	static char buf[PAGE];
	size_t len = 0;

	for (size_t i = 0; i < n; i++) {
		size_t k = strlen(lines[i]);
		assert_true(len + k + 3 < sizeof buf);
		if (blank)
			buf[len++] = '\n';
		memcpy(buf + len, lines[i], k);
		len += k;
		buf[len++] = '\n';
	}
	buf[len] = '\0';
	return buf;
}

/* ------------------------------------------------------------------ */
/* Shape 1: an article page.  A multi-paragraph article with a credit line
 * inside it, then the promo blurbs a news site prints under it. */

static const char article_page[] =
	/* 1 */ "Taiwan High Speed Rail Corp will add 12 late-night trains "
	"between Taipei and Zuoying from next month, as demand for weekend "
	"travel to the south keeps growing, the company said yesterday.\n"
	/* 2 */ "The extra trains will leave Taipei after 10pm on Fridays and "
	"Sundays, and tickets for them will go on sale 28 days in advance, the "
	"same as for other high-speed rail services.\n"
	/* 3 */ "Photo: Lin Pei-chun, Taipei Times\n"
	/* 4 */ "Ridership on the high-speed rail line rose 8 percent last year "
	"to a record 78 million trips, company data showed, with Friday evening "
	"trains to the south often sold out a week ahead.\n"
	/* 5 */ "Company spokesman Lo Chia-wei (羅家瑋) said the late trains "
	"would stop only at Taichung and Tainan, so that the journey to Zuoying "
	"would take less than two hours.\n"
	/* 6 */ "The company said it would review demand for the late trains "
	"after three months.\n"
	/* 7 */ "FERRY FARES: Ferry operators will raise ticket prices on routes "
	"to Penghu and Kinmen by up to 15 percent this summer Operators said "
	"rising fuel costs and crew wages had left them little choice, but "
	"added that island residents with household registration would still "
	"pay the old fares on most routes until the end of\n"
	/* 8 */ "‘LAST ORDERS’: Hawkers at a closing food centre serve their "
	"final plates of chicken rice Stallholders at the food centre in Tanjong "
	"Pagar said regulars had queued for hours to buy a last meal before the "
	"building shuts for two years of repairs, and several said they did not "
	"know whether they would reopen at the new centre in\n"
	/* 9 */ "NIGHT SHIFT Workers at the container terminals in Kwai Chung "
	"will move to a four-shift roster next month The terminal operators "
	"said the change would cut overtime and give dock staff more rest "
	"between shifts, but the union representing crane operators warned that "
	"it had not been consulted and said it would\n"
	/* 10 */ "Korean Air will resume direct flights between Seoul and "
	"Kaohsiung in May after a break of five years, the airline said, with "
	"four flights a week planned at first and more to follow if demand from "
	"tour groups and business travellers proves strong enough to\n"
	/* 11 */ "Residents of Setagaya Ward in Tokyo have until the end of the "
	"month to comment on a plan to turn a disused rail yard into a park with "
	"a children’s library, a skate area and a community gard\n"
	/* 12 */ "Parents in Taichung have welcomed a plan to keep after-school "
	"classes at public elementary schools open until 7pm from September, "
	"and the head of one parents’ group called it a “real\n";

/* §2.1 rules 1–3, §2.2, §2.3: the credit line stays in the article; the
 * first blurb starts at its kicker (the article ended complete), every
 * later one after the blurb before it, which was cut off (§3.2: story 3
 * of the seed is `after-blurb` although it has a kicker).  Kickers with a
 * colon, in quotes, and with no colon; a deck runs to the capitalised word
 * that opens the lede.  Cut mid-sentence, mid-word or inside an open quote
 * is truncated. */
static void article_page_with_blurbs(void **state)
{
	static const struct want want[] = {
		{ .line = 1, .boundary = "first", .kind = "article" },
		{ .line = 7, .boundary = "kicker", .kind = "blurb",
		  .truncated = true, .kicker = "FERRY FARES",
		  .deck = "Ferry operators will raise ticket prices on routes "
			  "to Penghu and Kinmen by up to 15 percent this "
			  "summer" },
		{ .line = 8, .boundary = "after-blurb", .kind = "blurb",
		  .truncated = true, .kicker = "LAST ORDERS",
		  .deck = "Hawkers at a closing food centre serve their final "
			  "plates of chicken rice" },
		{ .line = 9, .boundary = "after-blurb", .kind = "blurb",
		  .truncated = true, .kicker = "NIGHT SHIFT",
		  .deck = "Workers at the container terminals in Kwai Chung "
			  "will move to a four-shift roster next month" },
		{ .line = 10, .boundary = "after-blurb", .kind = "blurb",
		  .truncated = true },
		{ .line = 11, .boundary = "after-blurb", .kind = "blurb",
		  .truncated = true },
		{ .line = 12, .boundary = "after-blurb", .kind = "blurb",
		  .truncated = true },
	};

	(void)state;
	EXPECT(article_page, want);
}

/* ------------------------------------------------------------------ */
/* Shape 2: two article pages one after the other.  The second page's
 * article follows a cut blurb of the first page. */

static const char two_pages[] =
	/* 1 */ "The Airport Authority Hong Kong said yesterday that the new "
	"concourse of its third runway would open to passengers in the second "
	"half of the year, adding 20 boarding gates for wide-body aircraft.\n"
	/* 2 */ "The concourse will be linked to the main terminal by an "
	"automated people mover that runs every two minutes, the authority "
	"said.\n"
	/* 3 */ "Passenger numbers at the airport recovered to about 90 percent "
	"of their 2018 level last year, with travel to Japan and South Korea "
	"leading the rebound.\n"
	/* 4 */ "HARBOUR RACE: Swimmers return to Victoria Harbour for the "
	"annual cross-harbour race in October Organisers said 3,000 places would "
	"be offered this year, up from 2,500, and that entries would open on "
	"the first Monday of next month for swimmers who have completed a "
	"qualifying\n"
	/* 5 */ "The old clock tower in Tsim Sha Tsui will be closed for three "
	"months from next week for repairs to its bell and brickwork, the "
	"Antiquities and Monuments Office said, adding that the square around "
	"it would remain\n"
	/* 6 */ "Seoul will give free transit passes to residents aged 70 and "
	"over from July, the city government said on Tuesday, in an effort to "
	"help older people stay active.\n"
	/* 7 */ "The passes can be used on the subway and city buses but not on "
	"express buses, officials said.\n"
	/* 8 */ "About 1.1 million residents are expected to qualify, costing "
	"the city about 60 billion won a year.\n"
	/* 9 */ "Photo: Yonhap\n"
	/* 10 */ "The city said it hoped the national government would pay "
	"part of the bill.\n"
	/* 11 */ "TEMPLE STAY: Foreign visitors can spend a night at Buddhist "
	"temples in Seoul this spring The Jogye Order said the programme, which "
	"includes early morning chanting and a vegetarian breakfast, had drawn "
	"record numbers of visitors from Japan and Taiwan last year and that\n"
	/* 12 */ "Busan’s Haeundae Beach will open its swimming season a week "
	"early because of hot weather, district officials said, and lifeguards "
	"will be on duty from 9am to\n";

/* §2.1 rule 3: the paragraph before line 6 ended a blurb (cut off), so
 * the second page's article starts there; its own paragraphs, credit line
 * included, stay together (§2.2: several paragraphs, an article). */
static void two_pages_article_after_cut_blurb(void **state)
{
	static const struct want want[] = {
		{ .line = 1, .boundary = "first", .kind = "article" },
		{ .line = 4, .boundary = "kicker", .kind = "blurb",
		  .truncated = true, .kicker = "HARBOUR RACE",
		  .deck = "Swimmers return to Victoria Harbour for the annual "
			  "cross-harbour race in October" },
		{ .line = 5, .boundary = "after-blurb", .kind = "blurb",
		  .truncated = true },
		{ .line = 6, .boundary = "after-blurb", .kind = "article" },
		{ .line = 11, .boundary = "kicker", .kind = "blurb",
		  .truncated = true, .kicker = "TEMPLE STAY",
		  .deck = "Foreign visitors can spend a night at Buddhist "
			  "temples in Seoul this spring" },
		{ .line = 12, .boundary = "after-blurb", .kind = "blurb",
		  .truncated = true },
	};

	(void)state;
	EXPECT(two_pages, want);
}

/* ------------------------------------------------------------------ */
/* Shape 3: a listing page.  Headline, byline, teaser glued to FULL STORY,
 * repeated; an `EDITORIAL:` headline line. */

static const char *const listing[] = {
	/* 1 */ "Kaohsiung to replace harbour ferries with electric boats",
	/* 2 */ "By Chen Mei-ling  /  Staff reporter",
	/* 3 */ "The Kaohsiung City Government plans to replace all 18 of its "
	"diesel harbour ferries with electric boats by 2028, cutting emissions "
	"around the port by about 4,000 tonnes a year, the council said."
	"FULL STORY",
	/* 4 */ "Taichung night market vendors push back on stall rules",
	/* 5 */ "By Huang Yu-han  /  Staff reporter",
	/* 6 */ "Vendors at Taichung’s Fengjia Night Market have asked the "
	"city to delay new rules that limit the size of food stalls, saying the "
	"change would force dozens of family businesses to close and hurt "
	"residents of theFULL STORY",
	/* 7 */ "EDITORIAL: Keep the island ferries running",
	/* 8 */ "THE OUTLYING islands rely on ferries for almost everything, "
	"from fresh vegetables to hospital visits, and any plan to cut sailings "
	"in the off season must start from that fact rather than fromFULL STORY",
	/* 9 */ "Hsinchu science park firms to fund new bus routes",
	/* 10 */ "Staff writer, with CNA",
	/* 11 */ "Companies in the Hsinchu Science Park will pay for six new "
	"commuter bus routes linking the park with the high-speed rail station, "
	"the park bureau said.FULL STORY",
};

/* Line numbers are those of the list; with blank lines, line k is 2k. */
static void expect_listing(bool blank)
{
	struct want want[] = {
		{ .line = 1, .boundary = "first", .kind = "blurb",
		  .headline = "Kaohsiung to replace harbour ferries with "
			      "electric boats",
		  .byline = "By Chen Mei-ling  /  Staff reporter" },
		{ .line = 4, .boundary = "after-blurb", .kind = "blurb",
		  .truncated = true,
		  .headline = "Taichung night market vendors push back on "
			      "stall rules",
		  .byline = "By Huang Yu-han  /  Staff reporter" },
		{ .line = 7, .boundary = "after-blurb", .kind = "blurb",
		  .truncated = true, .kicker = "EDITORIAL",
		  .headline = "Keep the island ferries running" },
		{ .line = 9, .boundary = "after-blurb", .kind = "blurb",
		  .headline = "Hsinchu science park firms to fund new bus "
			      "routes",
		  .byline = "Staff writer, with CNA" },
	};

	if (blank)
		for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
			want[i].line *= 2;
	EXPECT(page(listing, sizeof listing / sizeof listing[0], blank),
	       want);
}

/* §2.1 rules 3–4, §2.2, §2.4: each item starts at its headline; the
 * byline belongs to it.  `said.FULL STORY` is a complete blurb, `of
 * theFULL STORY` a cut one.  §2.3: a kicker on a headline line is the
 * kicker, the rest of the line the headline, and there is no deck. */
static void listing_page(void **state)
{
	(void)state;
	expect_listing(false);
}

/* §1: the same page with a blank line before every line. */
static void listing_page_with_blank_lines(void **state)
{
	(void)state;
	expect_listing(true);
}

/* ------------------------------------------------------------------ */
/* Shape 4: an aggregator page.  Headline, source line, date line, byline,
 * then paragraphs with a photo caption and credit inserted in the middle
 * of a sentence; the item ends in `[FULL  STORY]`. */

static const char aggregator_item[] =
	/* 1 */ "Hong Kong airport to trial driverless buses for staff\n"
	/* 2 */ "Taiwan News\n"
	/* 3 */ "Date: Mar 4, 2025\n"
	/* 4 */ "By: Ko Lin, Taiwan News, Staff Writer\n"
	/* 5 */ "Hong Kong International Airport will begin a six-month trial "
	"of driverless buses next month to carry ground staff between the "
	"terminal buildings and the cargo area, the Airport Authority said on "
	"Monday.\n"
	/* 6 */ "The authority said two electric buses would run on a fixed "
	"route of about 3km, starting from the staff car park and ending at\n"
	/* 7 */ "A driverless bus is tested on a service road at Hong Kong "
	"International Airport on Friday.\n"
	/* 8 */ "Photo courtesy of the Airport Authority Hong Kong\n"
	/* 9 */ "the cargo terminal, with a safety officer on board during the "
	"first three months.\n"
	/* 10 */ "Passengers will not be allowed on the buses during the trial, "
	"the authority said. [FULL  STORY]\n";

/* §2.1 (captions never start a story; the line after one continues the
 * sentence in lower case), §2.2 (several paragraphs: an article, even with
 * a teaser link; the link is not part of the sentence), §2.4 (headline,
 * source, date and byline open the story; the byline is `By: …`). */
static void aggregator_item_with_caption(void **state)
{
	static const struct want want[] = {
		{ .line = 1, .boundary = "first", .kind = "article",
		  .headline = "Hong Kong airport to trial driverless buses for "
			      "staff",
		  .byline = "By: Ko Lin, Taiwan News, Staff Writer" },
	};

	(void)state;
	EXPECT(aggregator_item, want);
}

/* The next items of the same page, each ending in `[FULL  STORY]`, the
 * first one cut off before its link. */
static const char aggregator_page[] =
	/* 1 */ "Tainan to extend night bus service to Anping\n"
	/* 2 */ "Taipei Times\n"
	/* 3 */ "Date: Mar 4, 2025\n"
	/* 4 */ "By: Staff writer, with CNA\n"
	/* 5 */ "The Tainan City Government will extend three night bus routes "
	"to Anping District from next month, giving visitors to the old fort "
	"and the harbour a way back to the city centre after 10pm, the city’s "
	"transportation bureau said yesterday.\n"
	/* 6 */ "The buses will run every 30 minutes until 1am on Fridays and "
	"Saturdays, and every hour on other nights, the bureau said, adding "
	"that fares would stay at NT$18 for\n"
	/* 7 */ "Night buses wait at the Tainan Railway Station bus terminal "
	"yesterday.\n"
	/* 8 */ "Photo: Tsai Wen-chu, Taipei Times\n"
	/* 9 */ "adults and that holders of the city’s senior card would ride "
	"free.\n"
	/* 10 */ "Bureau officials said they would add more routes if ridership "
	"passes 500 a night, but did not say when a decision would be "
	"[FULL  STORY]\n"
	/* 11 */ "Kinmen bridge traffic tops 10,000 vehicles a day\n"
	/* 12 */ "Taipei Times\n"
	/* 13 */ "Date: Mar 4, 2025\n"
	/* 14 */ "By: Ko Lin, Taiwan News, Staff Writer\n"
	/* 15 */ "Traffic on the Kinmen Bridge has passed 10,000 vehicles a day "
	"on average since it opened, the Kinmen County Government said on "
	"Monday.\n"
	/* 16 */ "Most of the traffic is between Jincheng Township and Lieyu, "
	"where many residents commute to work, the county said. [FULL  STORY]\n";

/* §2.2: an article cut off before its link is an article, truncated.
 * Only the first item is checked here: where the next item starts is in
 * aggregator_item_after_link_starts_at_headline. */
static void aggregator_item_cut_before_link(void **state)
{
	(void)state;
	assert_true(split(aggregator_page) >= 1);
	assert_int_equal(got.story[0].line, 1);
	assert_string_equal(kind_name(got.story[0].kind), "article");
	assert_true(got.story[0].truncated);
	assert_string_equal(got.story[0].headline,
			    "Tainan to extend night bus service to Anping");
	assert_string_equal(got.story[0].byline, "By: Staff writer, with CNA");
	assert_string_equal(got.story[0].kicker, "");
	assert_string_equal(got.story[0].deck, "");
	assert_string_equal(got.story[0].dateline, "");
}

/* ------------------------------------------------------------------ */
/* Shape 5: wire briefs back to back, each opening with a dateline. */

static const char wire_briefs[] =
	/* 1 */ "Taipei, Jan. 10 (CNA) The Ministry of Labor will raise the "
	"monthly minimum wage by 3.2 percent from next year, the ministry said "
	"Friday after a meeting of its wage review committee.\n"
	/* 2 */ "The increase will affect about 2.4 million workers, the "
	"ministry said.\n"
	/* 3 */ "TAIPEI (Reuters) - Taiwan’s export orders rose for a fifth "
	"straight month in December, helped by strong demand for servers, the "
	"Ministry of Economic Affairs said on Monday.\n"
	/* 4 */ "The ministry expects orders to grow by 10 to 15 percent in "
	"January from a year earlier.\n"
	/* 5 */ "Orders from the United States rose 28 percent, while those "
	"from China fell 4 percent.\n"
	/* 6 */ "SEOUL, March 3 (Yonhap) -- South Korea will extend its cuts to "
	"fuel taxes for another two months to ease the burden on households, "
	"the finance ministry said Monday.\n"
	/* 7 */ "The cuts, first introduced in 2021, were due to expire at the "
	"end of this month.\n"
	/* 8 */ "TOKYO (Kyodo) -- Cherry trees in Tokyo are expected to bloom "
	"around March 20 this year, five days earlier than usual, a private "
	"forecaster said Thursday.\n";

/* §2.1 rule 5, §2.4: each brief is its own story, starting at its
 * dateline, which fills `dateline`; an upper-case dateline is not a
 * kicker (§2.1). */
static void wire_briefs_split_at_datelines(void **state)
{
	static const struct want want[] = {
		{ .line = 1, .boundary = "first", .kind = "article",
		  .dateline = "Taipei, Jan. 10 (CNA)" },
		{ .line = 3, .boundary = "dateline", .kind = "article",
		  .dateline = "TAIPEI (Reuters) -" },
		{ .line = 6, .boundary = "dateline", .kind = "article",
		  .dateline = "SEOUL, March 3 (Yonhap) --" },
		{ .line = 8, .boundary = "dateline", .kind = "article",
		  .dateline = "TOKYO (Kyodo) --" },
	};

	(void)state;
	EXPECT(wire_briefs, want);
}

/* ------------------------------------------------------------------ */
/* Shape 6: blog reposts.  A headline line, then `The China Post - …
 * . Full Story`. */

static const char china_post[] =
	/* 1 */ "Kaohsiung light rail to run late trains for concert weekend\n"
	/* 2 */ "The China Post - Kaohsiung’s light rail will run until 1am on "
	"Saturday and Sunday to carry fans home from two concerts at the "
	"Kaohsiung Arena, the city’s Mass Rapid Transit Bureau said "
	"Wednesday . Full Story\n"
	/* 3 */ "Yilan hot spring hotels report strong holiday bookings\n"
	/* 4 */ "The China Post - Hot spring hotels in Yilan’s Jiaoxi Township "
	"said rooms for the Lunar New Year holiday were almost fully booked, "
	"with many guests coming from Taipei by bus . Full Story\n"
	/* 5 */ "MRT Circular Line extension passes safety inspection\n"
	/* 6 */ "The China Post - The extension of the Circular Line in New "
	"Taipei passed its final safety inspection on Tuesday and could open to "
	"passengers before the end of the year, the city said . Full Story\n";

/* §2.1 rules 3–4, §2.2: each teaser is a blurb; `… said . Full Story`
 * ends a sentence once the link is removed, so none is truncated.  The
 * source prefix is neither a byline nor a dateline (§2.4), and `MRT
 * Circular` is no kicker (one capitalised word). */
static void china_post_reposts(void **state)
{
	static const struct want want[] = {
		{ .line = 1, .boundary = "first", .kind = "blurb",
		  .headline = "Kaohsiung light rail to run late trains for "
			      "concert weekend" },
		{ .line = 3, .boundary = "after-blurb", .kind = "blurb",
		  .headline = "Yilan hot spring hotels report strong holiday "
			      "bookings" },
		{ .line = 5, .boundary = "after-blurb", .kind = "blurb",
		  .headline = "MRT Circular Line extension passes safety "
			      "inspection" },
	};

	(void)state;
	EXPECT(china_post, want);
}

/* ------------------------------------------------------------------ */
/* Shape 8: a home or section page.  The lead story flattened into one
 * long line and cut off, teasers with and without kickers, teaser links
 * of every kind, and a news-in-brief block under a section label. */

static const char home_page[] =
	/* 1 */ "Typhoon warnings were issued for Taiwan’s east coast on Sunday "
	"as a strong storm moved north across the Pacific, with the Central "
	"Weather Administration saying it could bring more than 500mm of rain "
	"to mountain areas in Hualien and Taitung by Tuesday. Schools and "
	"offices in both counties will close tomorrow, and highway authorities "
	"said they would shut the Suhua Highway from 8pm tonight as a "
	"precaution. Ferries to Green Island and Orchid Island were cancelled, "
	"and airlines said dozens of domestic flights would be grounded. "
	"Residents of low-lying villages along the coast were told to move to "
	"shelters set up in local schools, and the military said it had sent "
	"troops to help\n"
	/* 2 */ "HEAT RECORD: Singapore logs its warmest night since records "
	"began in 1929 The weather service said the temperature at its Changi "
	"station did not fall below 29.8°C on Tuesday night, and warned that "
	"hot and humid weather would continue for at least\n"
	/* 3 */ "The Ngong Ping cable car on Lantau will reopen on Saturday "
	"after a month of maintenance work on its cables and cabins, the "
	"operator said, adding that […]\n"
	/* 4 */ "Seoul’s Cheonggyecheon stream will be lit up every night during "
	"the lantern festival next month, and organisers expect more than a "
	"million visitors over ...\n"
	/* 5 */ "Osaka’s municipal subway opened a new station on Saturday, its "
	"first in 15 years.\n"
	/* 6 */ "Read more\n"
	/* 7 */ "■ CRIME\n"
	/* 8 */ "Man held over fake concert tickets\n"
	/* 9 */ "Police in Taoyuan arrested a 34-year-old man on Tuesday on "
	"suspicion of selling fake tickets to a sold-out concert online and "
	"making about NT$200,000 from buyers.\n"
	/* 10 */ "POOL SAFETY: Hong Kong hires 200 more lifeguards for the "
	"summer The Leisure and Cultural Services Department said the new "
	"lifeguards would let it keep all public pools open every day of the "
	"week, after staff shortages forced\n";

/* §2.1 rules 1–3, §2.2: the flattened lead is one paragraph cut off: a
 * truncated blurb.  ` […]` and ` ...` end a cut blurb; `Read more` on its
 * own line belongs to the complete blurb above it and never starts a
 * story.  §2.4: the section label opens the news-in-brief story, whose
 * headline is the short title under it; a complete one-paragraph brief is
 * an article (§2.2).  The news-in-brief block here holds one item; with
 * two, see news_in_brief_second_headline_starts_story. */
static void home_page_lead_teasers_and_briefs(void **state)
{
	static const struct want want[] = {
		{ .line = 1, .boundary = "first", .kind = "blurb",
		  .truncated = true },
		{ .line = 2, .boundary = "after-blurb", .kind = "blurb",
		  .truncated = true, .kicker = "HEAT RECORD",
		  .deck = "Singapore logs its warmest night since records "
			  "began in 1929" },
		{ .line = 3, .boundary = "after-blurb", .kind = "blurb",
		  .truncated = true },
		{ .line = 4, .boundary = "after-blurb", .kind = "blurb",
		  .truncated = true },
		{ .line = 5, .boundary = "after-blurb", .kind = "blurb" },
		{ .line = 7, .boundary = "after-blurb", .kind = "article",
		  .headline = "Man held over fake concert tickets" },
		{ .line = 10, .boundary = "kicker", .kind = "blurb",
		  .truncated = true, .kicker = "POOL SAFETY",
		  .deck = "Hong Kong hires 200 more lifeguards for the "
			  "summer" },
	};

	(void)state;
	EXPECT(home_page, want);
}

/* ------------------------------------------------------------------ */
/* Shape 9: an article that ends in a sign-off, then another story's lede
 * with no marker in between. */

static const char signoff_then_lede[] =
	/* 1 */ "Hong Kong will build six new public swimming pools by 2030 to "
	"meet rising demand in the new towns of the northern New Territories, "
	"the Leisure and Cultural Services Department said on Monday.\n"
	/* 2 */ "Two of the pools will be in Yuen Long and one in Tung Chung, "
	"the department said, and all six will have heated indoor pools for use "
	"in winter.\n"
	/* 3 */ "Lifeguard shortages forced the department to close several "
	"public pools for part of last summer.\n"
	/* 4 */ "The department said it would raise lifeguard pay by 8 percent "
	"to attract more staff to the pools.\n"
	/* 5 */ "Additional reporting by AP\n"
	/* 6 */ "Japan’s largest convenience store chain will start selling "
	"rice balls wrapped in paper instead of plastic at all of its Tokyo "
	"stores from next month, the company said on Tuesday, as part of "
	"efforts to cut plastic waste.\n"
	/* 7 */ "The change will save about 1,200 tonnes of plastic a year, the "
	"company said.\n";

/* §2.1 rule 7: nothing ties the new lede to the article before, which the
 * sign-off closed; the sign-off is a credit line of the first article and
 * is not its last paragraph for the truncation test (§2.2). */
static void signoff_then_new_story(void **state)
{
	static const struct want want[] = {
		{ .line = 1, .boundary = "first", .kind = "article" },
		{ .line = 6, .boundary = "topic-shift", .kind = "article" },
	};

	(void)state;
	EXPECT(signoff_then_lede, want);
}

/* ------------------------------------------------------------------ */
/* Shape 10: lines that look like a new story but are not. */

static const char traps[] =
	/* 1 */ "Eat like a local at Taipei’s night markets\n"
	/* 2 */ "By Lee Hsin-yi  /  Contributing reporter\n"
	/* 3 */ "SO YOU'VE just arrived in Taipei for a long weekend and want "
	"to eat like a local. The good news is that the city’s night markets "
	"have never been easier to reach by MRT.\n"
	/* 4 */ "US officials have long listed Taipei among the safest cities "
	"in Asia for visitors, and the night markets are part of the reason: "
	"they stay busy until after midnight.\n"
	/* 5 */ "KMT lawmakers on the city council have pushed for more public "
	"toilets and rubbish bins at the markets, and the city says it will add "
	"40 of each by the summer.\n"
	/* 6 */ "Photo: Chen Yi-ting, Taipei Times\n"
	/* 7 */ "IT IS time, too, for the markets to take more kinds of "
	"payment. Many stalls still take only cash, which frustrates visitors "
	"who carry cards.\n"
	/* 8 */ "TSMC said last month that it would sponsor a night market "
	"food festival for its staff and their families, a sign of how central "
	"the markets have become to city life.\n"
	/* 9 */ "A stall owner at the Raohe Street market said she had added a "
	"QR code payment option at her stall last year, and added:\n"
	/* 10 */ "“Young people don’t carry cash any more, and tourists "
	"don’t want to queue at an ATM. If you want their business at the "
	"market, you have to change.”\n"
	/* 11 */ "The city’s markets office said most stalls would accept "
	"mobile payment by the end of the year.\n"
	/* 12 */ "(CNA photo)\n"
	/* 13 */ "SINGAPORE (Reuters) - Resale prices of Singapore’s public "
	"housing flats rose 2.1 percent in the first quarter, the slowest pace "
	"in five years, the Housing and Development Board said on Tuesday.\n"
	/* 14 */ "HDB data showed that 7,200 resale flats changed hands in the "
	"quarter, up 9 percent from a year earlier.\n"
	/* 15 */ "Photo: Reuters\n"
	/* 16 */ "MND officials have said that about 19,600 new flats will be "
	"completed this year, easing demand for resale flats.\n"
	/* 17 */ "Five questions for Busan’s new harbour master\n"
	/* 18 */ "By Park Soo-jin  /  Staff reporter\n"
	/* 19 */ "Kim Dong-hyun took over as harbour master of Busan New Port in "
	"January, after 20 years as a ship’s captain. He spoke to us about "
	"automation, typhoons and the port’s ties with Kaohsiung.\n"
	/* 20 */ "Q: What is the biggest change you have seen at the port?\n"
	/* 21 */ "A: Automation. When I started, every crane had a driver in the "
	"cab. Now most cranes at the new terminals are run from a control "
	"room.\n"
	/* 22 */ "Q: Are you worried about typhoons?\n"
	/* 23 */ "A: Every summer. We now close the port a day earlier than we "
	"used to, and the shipping lines accept that.\n"
	/* 24 */ "Q: What can Busan learn from Kaohsiung?\n"
	/* 25 */ "A: Kaohsiung is very good at bringing people to the "
	"waterfront. We want to do more of that in Busan.\n";

/* §2.1 "does not start at": a shouted lede (`SO YOU'VE just…`, `IT IS
 * time…`) is neither a kicker nor a new story; nor is a paragraph opening
 * with an acronym (`US`, `KMT`, `TSMC`, `HDB`, `MND`), a quotation
 * paragraph after `added:`, a credit line, or a Q&A label.  An upper-case
 * dateline after a complete paragraph starts a story (rule 5) but is never
 * a kicker; a headline with a byline starts the interview (rule 4).  The
 * op-ed ends in a credit line, which is not its last paragraph (§2.2). */
static void traps_do_not_start_stories(void **state)
{
	static const struct want want[] = {
		{ .line = 1, .boundary = "first", .kind = "article",
		  .headline = "Eat like a local at Taipei’s night markets",
		  .byline = "By Lee Hsin-yi  /  Contributing reporter" },
		{ .line = 13, .boundary = "dateline", .kind = "article",
		  .dateline = "SINGAPORE (Reuters) -" },
		{ .line = 17, .boundary = "headline", .kind = "article",
		  .headline = "Five questions for Busan’s new harbour master",
		  .byline = "By Park Soo-jin  /  Staff reporter" },
	};

	(void)state;
	EXPECT(traps, want);
}

/* ------------------------------------------------------------------ */
/* Cases the program once got wrong, each with the rule it checks. */

/* SPEC §2.1 rule 3 starts a story after a paragraph that
 * "ended a blurb (§2.2)", and §2.2 makes an aggregator item of several
 * paragraphs an article even when it ends in `[FULL  STORY]`.  So the
 * second item (line 11) is started by rule 4 — a headline followed by a
 * source line, a date line and a byline — and its boundary is `headline`. */
static void aggregator_item_after_link_starts_at_headline(void **state)
{
	static const struct want want[] = {
		{ .line = 1, .boundary = "first", .kind = "article",
		  .truncated = true,
		  .headline = "Tainan to extend night bus service to Anping",
		  .byline = "By: Staff writer, with CNA" },
		{ .line = 11, .boundary = "headline", .kind = "article",
		  .headline = "Kinmen bridge traffic tops 10,000 vehicles a day",
		  .byline = "By: Ko Lin, Taiwan News, Staff Writer" },
	};

	(void)state;
	EXPECT(aggregator_page, want);
}

static const char news_in_brief[] =
	/* 1 */ "■ CRIME\n"
	/* 2 */ "Man held over fake concert tickets\n"
	/* 3 */ "Police in Taoyuan arrested a 34-year-old man on Tuesday on "
	"suspicion of selling fake tickets to a sold-out concert online and "
	"making about NT$200,000 from buyers.\n"
	/* 4 */ "Scooter thief caught by security cameras\n"
	/* 5 */ "A man who stole four scooters from a car park in Hsinchu last "
	"week was arrested after security cameras recorded his face, police "
	"said.\n"
	/* 6 */ "Fraud ring leader sent back from Cambodia\n"
	/* 7 */ "Prosecutors in Kaohsiung said yesterday that the suspected "
	"leader of a phone fraud ring that cheated elderly people out of NT$30 "
	"million had been handed over by Cambodian police.\n";

/* SPEC §2.1 defines a story as the lines of one news item, and
 * rule 4 starts one at "a headline of a listing: a short title line
 * without final punctuation, followed by … a teaser paragraph".  In a
 * news-in-brief block every short headline with its one-paragraph brief
 * is its own item, so lines 4 and 6 start stories (boundary `headline`),
 * each a complete one-paragraph brief (article, §2.2). */
static void news_in_brief_second_headline_starts_story(void **state)
{
	static const struct want want[] = {
		{ .line = 1, .boundary = "first", .kind = "article",
		  .headline = "Man held over fake concert tickets" },
		{ .line = 4, .boundary = "headline", .kind = "article",
		  .headline = "Scooter thief caught by security cameras" },
		{ .line = 6, .boundary = "headline", .kind = "article",
		  .headline = "Fraud ring leader sent back from Cambodia" },
	};

	(void)state;
	EXPECT(news_in_brief, want);
}

static const char decks_with_names[] =
	/* 1 */ "The weather service said the heat would ease by the end of "
	"the month.\n"
	/* 2 */ "HEAT RECORD: Singapore logs its warmest April night since "
	"records began in 1929 The weather service said the temperature at its "
	"Changi station did not fall below 29.8°C on Tuesday night, and warned "
	"that hot and humid weather would continue for at least\n"
	/* 3 */ "FERRY FARES: Ferry operators serving Penghu and Kinmen will "
	"raise ticket prices by up to 15 percent this summer Operators said "
	"rising fuel costs and crew wages had left them little choice, but "
	"added that island residents would still pay the old fares until the "
	"end of\n";

/* SPEC §2.3: a deck "runs to the last word before a
 * capitalised word that opens the lede".  `April` and `Penghu` are
 * capitalised but open no lede; the ledes open at `The weather service`
 * and `Operators said`. */
static void deck_runs_past_capitalised_word_inside_it(void **state)
{
	static const struct want want[] = {
		{ .line = 1, .boundary = "first", .kind = "article" },
		{ .line = 2, .boundary = "kicker", .kind = "blurb",
		  .truncated = true, .kicker = "HEAT RECORD",
		  .deck = "Singapore logs its warmest April night since "
			  "records began in 1929" },
		{ .line = 3, .boundary = "after-blurb", .kind = "blurb",
		  .truncated = true, .kicker = "FERRY FARES",
		  .deck = "Ferry operators serving Penghu and Kinmen will "
			  "raise ticket prices by up to 15 percent this "
			  "summer" },
	};

	(void)state;
	EXPECT(decks_with_names, want);
}

static const char acronym_title_name[] =
	/* 1 */ "Chipmakers in Hsinchu said yesterday that orders for the second "
	"half of the year were stronger than expected, as demand for servers "
	"used in artificial intelligence kept growing.\n"
	/* 2 */ "TSMC CEO C.C. Wei said on Thursday that the company would "
	"raise its capital spending this year to meet that demand.\n"
	/* 3 */ "Analysts said the outlook for the rest of the industry was "
	"less certain.\n";

/* SPEC §2.1: a story does not start at "a one-word acronym at
 * the start of a sentence (`US President…`, `KMT lawmakers…`)"; line 2
 * opens a sentence whose subject is `TSMC CEO C.C. Wei`, an acronym, a
 * title and a name with initials — no label, and nothing of a deck.  (The
 * SPEC's example has one acronym; here there are two, so this reads §2.1
 * by its intent.) */
static void acronym_and_title_before_name_is_not_a_kicker(void **state)
{
	static const struct want want[] = {
		{ .line = 1, .boundary = "first", .kind = "article" },
	};

	(void)state;
	EXPECT(acronym_title_name, want);
}

static const char open_single_quote[] =
	/* 1 */ "Ferry operators to Lamma Island will cut night sailings from "
	"next month, and one islander told reporters: ‘We were never asked. "
	"Some of us work late shifts in Central and can’t get home.\n"
	/* 2 */ "Korean Air will resume direct flights between Seoul and "
	"Kaohsiung in May, the airline said.\n";

/* SPEC §2.2: a paragraph that "leaves a quotation … open" does
 * not end a sentence.  Line 1's quotation opens with ‘ and is never
 * closed (the ’ in `can’t` is an apostrophe), so line 1 is a blurb cut
 * off, truncated, and line 2 starts a new story (rule 3), a complete
 * one-paragraph brief. */
static void open_single_quote_is_truncated(void **state)
{
	static const struct want want[] = {
		{ .line = 1, .boundary = "first", .kind = "blurb",
		  .truncated = true },
		{ .line = 2, .boundary = "after-blurb", .kind = "article" },
	};

	(void)state;
	EXPECT(open_single_quote, want);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(article_page_with_blurbs),
		cmocka_unit_test(two_pages_article_after_cut_blurb),
		cmocka_unit_test(listing_page),
		cmocka_unit_test(listing_page_with_blank_lines),
		cmocka_unit_test(aggregator_item_with_caption),
		cmocka_unit_test(aggregator_item_cut_before_link),
		cmocka_unit_test(wire_briefs_split_at_datelines),
		cmocka_unit_test(china_post_reposts),
		cmocka_unit_test(home_page_lead_teasers_and_briefs),
		cmocka_unit_test(signoff_then_new_story),
		cmocka_unit_test(traps_do_not_start_stories),
		cmocka_unit_test(
			aggregator_item_after_link_starts_at_headline),
		cmocka_unit_test(
			news_in_brief_second_headline_starts_story),
		cmocka_unit_test(
			deck_runs_past_capitalised_word_inside_it),
		cmocka_unit_test(
			acronym_and_title_before_name_is_not_a_kicker),
		cmocka_unit_test(open_single_quote_is_truncated),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
