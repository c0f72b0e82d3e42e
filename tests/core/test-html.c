/* test-html.c: the reader mode on small pages written for these tests
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/resource.h>

#include "lectern-html.h"

#define PARAGRAPH_1 \
  "The harbour board met on Tuesday evening, and after three hours of debate it voted, " \
  "by seven votes to two, to close the old pier to ships for the whole winter season."
#define PARAGRAPH_2 \
  "Fishermen who moor there said they had not been asked, that the repairs could wait, " \
  "and that the nearest other berth is an hour away by sea in calm weather."
#define PARAGRAPH_3 \
  "The board's chair, Maria Olsen, answered that the engineers' report left no choice, " \
  "since two of the pillars had cracked during the autumn storms, one of them badly."

static const char article_page[] =
  "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
  "<title>Harbour board closes the old pier | The Coast Gazette</title>"
  "<meta property=\"og:title\" content=\"Harbour board closes the old pier\">"
  "<meta property=\"og:site_name\" content=\"The Coast Gazette\">"
  "<meta property=\"article:published_time\" content=\"2026-03-04T18:30:00Z\">"
  "<link rel=\"canonical\" href=\"https://gazette.example/pier\">"
  "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\","
  " \"@type\": \"NewsArticle\", \"headline\": \"Harbour board closes the old pier\","
  " \"author\": [{\"@type\": \"Person\", \"name\": \"Ana Lima\"},"
  " {\"@type\": \"Person\", \"name\": \"Tom Reed\"}]}</script>"
  "<script>var ads = '<p>not text</p>';</script><style>p { color: red }</style>"
  "</head><body>"
  "<div class=\"cookie-banner\">We use cookies. Accept all cookies to go on.</div>"
  "<header class=\"site-header\"><a href=\"/\">The Coast Gazette</a></header>"
  "<nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li>"
  "<li><a href=\"/weather\">Weather</a></li></ul></nav>"
  "<main><article class=\"story\">"
  "<h1>Harbour board closes the old pier</h1>"
  "<p class=\"byline\">By Ana Lima and Tom Reed</p>"
  "<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Tweet</a></div>"
  "<p>" PARAGRAPH_1 "</p>"
  "<figure><img src=\"pier.jpg\"><figcaption>The old pier at low tide.</figcaption></figure>"
  "<p>" PARAGRAPH_2 "</p>"
  "<h2>What the engineers found</h2>"
  "<p>" PARAGRAPH_3 "</p>"
  "<blockquote><p>We cannot risk a ship on those pillars, not for one more winter.</p>"
  "</blockquote>"
  "<p>The works will cost, according to the board, about 2.4 million, shared as follows:</p>"
  "<ul><li>the town, for one half;</li><li>the region, for the other half.</li></ul>"
  "<pre>  pillar 4: cracked\n  pillar 7: cracked</pre>"
  "<p>Advertisement</p>"
  "</article>"
  "<aside class=\"related\"><h3>Related stories</h3><ul>"
  "<li><a href=\"/a\">Storm damage on the coast road, a long story of floods</a></li>"
  "<li><a href=\"/b\">Ferry timetable changes for the winter season begin</a></li></ul></aside>"
  "</main>"
  "<div id=\"comments\" class=\"comments\"><h3>3 comments</h3>"
  "<p>Finally, somebody does something about that pier, which is falling apart.</p></div>"
  "<footer><p>Copyright The Coast Gazette, all rights reserved, since forever.</p></footer>"
  "</body></html>";

static char *
block_text (const LecternArticle *article,
            guint                 i)
{
  const LecternBlock *block = &g_array_index (article->blocks, LecternBlock, i);
  const char *start = g_utf8_offset_to_pointer (article->text, block->start);
  const char *end = g_utf8_offset_to_pointer (article->text, block->end);

  return g_strndup (start, end - start);
}

static int
find_block (const LecternArticle *article,
            const char           *prefix)
{
  for (guint i = 0; i < article->blocks->len; i++)
    {
      g_autofree char *text = block_text (article, i);

      if (g_str_has_prefix (text, prefix))
        return (int) i;
    }

  return -1;
}

static LecternBlockKind
kind_at (const LecternArticle *article,
         int                   i)
{
  g_assert_cmpint (i, >=, 0);
  return g_array_index (article->blocks, LecternBlock, i).kind;
}

static void
test_html_article (void)
{
  g_autoptr(LecternArticle) article = lectern_html_read (article_page, strlen (article_page), NULL);
  g_autofree char *body = NULL;
  static const char *const dropped[] = {
    "cookies", "Sport", "Share on Facebook", "Storm damage", "comments", "falling apart",
    "Copyright", "not text", "color: red", "Advertisement", "By Ana Lima",
  };

  g_assert_true (article->found);
  g_assert_nonnull (strstr (article->text, PARAGRAPH_1));
  g_assert_nonnull (strstr (article->text, PARAGRAPH_2));
  g_assert_nonnull (strstr (article->text, PARAGRAPH_3));
  for (guint i = 0; i < G_N_ELEMENTS (dropped); i++)
    {
      if (strstr (article->text, dropped[i]) != NULL)
        g_error ("“%s” should not be in the article:\n%s", dropped[i], article->text);
    }

  /* The title is metadata; the heading that repeats it is not text. */
  g_assert_cmpint (find_block (article, "Harbour board closes"), ==, -1);
  g_assert_cmpint (kind_at (article, find_block (article, "What the engineers")), ==,
                   LECTERN_BLOCK_HEADING);
  g_assert_cmpint (kind_at (article, find_block (article, "We cannot risk")), ==,
                   LECTERN_BLOCK_QUOTE);
  g_assert_cmpint (kind_at (article, find_block (article, "• the town")), ==,
                   LECTERN_BLOCK_LIST_ITEM);
  g_assert_cmpint (kind_at (article, find_block (article, "The old pier at low tide")), ==,
                   LECTERN_BLOCK_CAPTION);
  g_assert_cmpint (kind_at (article, find_block (article, "pillar 4")), ==,
                   LECTERN_BLOCK_PREFORMATTED);
  g_assert_nonnull (strstr (article->text, "pillar 4: cracked\n  pillar 7"));

  /* The running text leaves the caption out. */
  body = lectern_article_get_body (article);
  g_assert_null (strstr (body, "low tide"));
  g_assert_nonnull (strstr (body, PARAGRAPH_3));

  g_assert_cmpstr (article->title, ==, "Harbour board closes the old pier");
  g_assert_cmpstr (article->byline, ==, "Ana Lima, Tom Reed");
  g_assert_cmpstr (article->site_name, ==, "The Coast Gazette");
  g_assert_cmpstr (article->published, ==, "2026-03-04T18:30:00Z");
  g_assert_cmpstr (article->lang, ==, "en-GB");
  g_assert_cmpstr (article->url, ==, "https://gazette.example/pier");
  g_assert_cmpstr (article->encoding, ==, "UTF-8");
}

static void
test_html_title_and_byline_fallbacks (void)
{
  static const char page[] =
    "<html><head><title>Night trains return to the valley line - Rail Weekly</title></head>"
    "<body><div class=\"post\"><span class=\"author\">Jo Brant</span>"
    "<time datetime=\"2025-11-02\">2 November</time>"
    "<p>" PARAGRAPH_1 "</p><p>" PARAGRAPH_2 "</p><p>" PARAGRAPH_3 "</p></div></body></html>";
  g_autoptr(LecternArticle) article = lectern_html_read (page, strlen (page), NULL);

  /* The site's name after the separator goes. */
  g_assert_cmpstr (article->title, ==, "Night trains return to the valley line");
  g_assert_cmpstr (article->byline, ==, "Jo Brant");
  g_assert_cmpstr (article->published, ==, "2025-11-02");
  g_assert_cmpstr (article->lang, ==, "");
  g_assert_null (strstr (article->text, "Jo Brant"));
}

static void
test_html_charsets (void)
{
  /* Windows-1252 bytes, declared in <meta>. */
  static const char cp1252[] =
    "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
    "</head><body><p>Caf\xe9 cr\xe8me \x93quoted\x94, " PARAGRAPH_1 "</p></body></html>";
  /* UTF-8 bytes under a wrong Latin-1 label: UTF-8 wins. */
  static const char mislabelled[] =
    "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xc3\xa9 "
    PARAGRAPH_1 "</p></body></html>";
  g_autoptr(LecternArticle) a = lectern_html_read (cp1252, strlen (cp1252), NULL);
  g_autoptr(LecternArticle) b = lectern_html_read (mislabelled, strlen (mislabelled), NULL);
  g_autoptr(LecternArticle) c = NULL;
  g_autoptr(LecternArticle) d = NULL;
  g_autofree char *utf16 = NULL;
  g_autoptr(GString) with_bom = g_string_new_len ("\xff\xfe", 2);
  gsize utf16_len;
  static const char plain_latin1[] = "<html><body><p>Na\xefve " PARAGRAPH_1 "</p></body></html>";

  g_assert_nonnull (strstr (a->text, "Café crème “quoted”"));
  g_assert_cmpstr (a->encoding, ==, "WINDOWS-1252");
  g_assert_nonnull (strstr (b->text, "Café " PARAGRAPH_1));
  g_assert_cmpstr (b->encoding, ==, "UTF-8");

  /* An HTTP header's charset, and a byte order mark. */
  c = lectern_html_read (plain_latin1, strlen (plain_latin1), "iso-8859-1");
  g_assert_nonnull (strstr (c->text, "Naïve"));
  utf16 = g_convert ("<html><body><p>Gr\xc3\xbc\xc3\x9f dich. " PARAGRAPH_2 "</p></body></html>",
                     -1, "UTF-16LE", "UTF-8", NULL, &utf16_len, NULL);
  g_string_append_len (with_bom, utf16, utf16_len);
  d = lectern_html_read (with_bom->str, with_bom->len, NULL);
  g_assert_nonnull (strstr (d->text, "Grüß dich."));
  g_assert_cmpstr (d->encoding, ==, "UTF-16LE");
}

static void
test_html_no_article (void)
{
  static const char page[] =
    "<html><body><nav><a href=\"/\">Home</a> <a href=\"/about\">About us</a></nav>"
    "<div>Welcome!</div></body></html>";
  g_autoptr(LecternArticle) article = lectern_html_read (page, strlen (page), NULL);

  /* Nothing is lost: the whole text, and the caller says so. */
  g_assert_false (article->found);
  g_assert_nonnull (strstr (article->text, "About us"));
  g_assert_nonnull (strstr (article->text, "Welcome!"));
}

static void
test_html_broken (void)
{
  static const char *const pages[] = {
    "<html><body><p>Unclosed <b>bold <div>and a div <p>" PARAGRAPH_1,
    "<p>" PARAGRAPH_2 "</p></body></html></html></body><p>after the end</p>",
    "<html><body><p>" PARAGRAPH_3 "</p><p>Cut in the mid",
    "<html><body><p>" PARAGRAPH_3 "</p><a href=\"",
    "<<<>>><!-- unterminated comment",
    "",
    "\xff\xfe\x00",
    "<html><body><table><tr><td><p>&amp; &lt;tag&gt; &eacute; &#x1F600; &bogus; "
    PARAGRAPH_1 "</p></td></tr></table></body></html>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(LecternArticle) article = lectern_html_read (pages[i], strlen (pages[i]), NULL);

      g_assert_true (g_utf8_validate (article->text, -1, NULL));
      for (guint j = 0; j < article->blocks->len; j++)
        g_assert_cmpint (g_array_index (article->blocks, LecternBlock, j).end, <=,
                         g_utf8_strlen (article->text, -1));
    }

  {
    g_autoptr(LecternArticle) a = lectern_html_read (pages[0], strlen (pages[0]), NULL);
    g_autoptr(LecternArticle) b = lectern_html_read (pages[7], strlen (pages[7]), NULL);

    g_assert_nonnull (strstr (a->text, PARAGRAPH_1));
    g_assert_nonnull (strstr (b->text, "& <tag> é 😀 &bogus;"));
  }
}

static void
test_html_sniff (void)
{
  g_assert_true (lectern_html_sniff ("<!DOCTYPE html><p>x", 19));
  g_assert_true (lectern_html_sniff ("\xef\xbb\xbf  <html>", 11));
  g_assert_true (lectern_html_sniff ("<div class=x>hello</div>", 24));
  g_assert_false (lectern_html_sniff ("Plain text about <html> tags", 28));
  g_assert_false (lectern_html_sniff ("<?xml version=\"1.0\"?><feed>", 27));
  g_assert_false (lectern_html_sniff ("", 0));
}

static glong
max_rss_kb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* A 50 MB page: memory stays within a small multiple of the page's size
 * (4.3 times for this page of nearly only text; see docs/sources.md), and
 * the reader keeps at most a million elements of any page. */
#if defined(__SANITIZE_ADDRESS__)
/* AddressSanitizer's red zones and quarantine say nothing about our memory:
 * a smaller page, and no bound. */
#define HUGE_PAGE_BYTES (8 * 1024 * 1024)
#define CHECK_MEMORY FALSE
#else
#define HUGE_PAGE_BYTES (50 * 1024 * 1024)
#define CHECK_MEMORY TRUE
#endif

static void
test_html_huge_page (void)
{
  g_autoptr(GString) page = g_string_new ("<html><head><title>Huge</title></head><body>");
  g_autoptr(LecternArticle) article = NULL;
  glong before;
  gsize size;

  while (page->len < HUGE_PAGE_BYTES)
    g_string_append (page, "<div class=\"row\"><p>" PARAGRAPH_1 " <a href=\"/x\">link</a></p>"
                           "<span style=\"color: red\">" PARAGRAPH_2 "</span></div>\n");
  g_string_append (page, "</body></html>");
  size = page->len;

  before = max_rss_kb ();
  article = lectern_html_read (page->str, page->len, NULL);
  g_assert_true (article->found);
  g_assert_cmpuint (strlen (article->text), >, 1024 * 1024);
  g_test_message ("peak memory grew by %ld MB for a %zu MB page",
                  (max_rss_kb () - before) / 1024, size / (1024 * 1024));
  if (CHECK_MEMORY)
    g_assert_cmpint ((max_rss_kb () - before) * 1024, <, (glong) size * 5);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/lectern/html/article", test_html_article);
  g_test_add_func ("/lectern/html/fallbacks", test_html_title_and_byline_fallbacks);
  g_test_add_func ("/lectern/html/charsets", test_html_charsets);
  g_test_add_func ("/lectern/html/no-article", test_html_no_article);
  g_test_add_func ("/lectern/html/broken", test_html_broken);
  g_test_add_func ("/lectern/html/sniff", test_html_sniff);
  g_test_add_func ("/lectern/html/huge-page", test_html_huge_page);

  return g_test_run ();
}
