#include "story.h"

const char *boundary_name(enum boundary b)
{
	static const char *const names[] = {
		[B_FIRST] = "first", [B_KICKER] = "kicker",
		[B_AFTER_BLURB] = "after-blurb", [B_HEADLINE] = "headline",
		[B_DATELINE] = "dateline", [B_PATTERN] = "pattern",
		[B_FORMFEED] = "formfeed", [B_TOPIC_SHIFT] = "topic-shift",
		[B_MAX_STORY] = "max-story",
	};
	return names[b];
}

const char *kind_name(enum kind k)
{
	return k == K_BLURB ? "blurb" : "article";
}

const char *gloss_type_name(enum gloss_type t)
{
	return t == G_PERSON ? "person" : "other";
}
