/* test-formats.c: HTML, JSON (and its import), CSV, text and Org exports
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "lectern-export.h"
#include "lectern-import.h"
#include "lectern-json.h"
#include "lectern-notes.h"
#include "lectern-store.h"

static const char *evil = "<script>alert(\"x\")</script> & 'q'";
/* Who the first quote is from: markup of every format in a name. */
static const char *speaker = "Satya <i>Nadella</i> & *co*";

/* A story with two highlights covering every feature. */
static LecternExportItem *
make_item (void)
{
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GPtrArray) highlights = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_highlight_free);
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_entity_free);
  g_autofree char *title = g_strconcat ("Titre ", evil, NULL);
  const char *text = "Premier paragraphe, « cité ».\n* étoile en début de ligne\n#+BEGIN_QUOTE faux\n=SUM(A1) et \"guillemets\", virgule.\nFin 😀.";
  const char *tags[] = { "fact-check", "Économie", "a,b \"c\"", NULL };
  LecternHighlight *h;

  story = lectern_story_new (title, "/home/moi/story.txt", text);
  story->id = 1;
  g_free (story->author);
  story->author = g_strdup ("Jeanne <Reporter>");
  g_free (story->url);
  story->url = g_strdup ("https://example.org/a?x=1&y=2");

  h = lectern_highlight_new_for_range (story, 0, 29, "green", evil);
  lectern_highlight_set_tags (h, tags);
  h->speaker = g_strdup (speaker);
  g_ptr_array_add (highlights, h);
  h = lectern_highlight_new_for_range (story, 30, story->n_chars, "purple", "=HYPERLINK(\"http://evil\")\nligne 2");
  g_free (h->style);
  h->style = g_strdup ("underline");
  g_ptr_array_add (highlights, h);

  g_ptr_array_add (entities, lectern_entity_new ("Jeanne <Reporter>", LECTERN_ENTITY_PERSON));

  return lectern_export_item_new (story, highlights, entities, "Note de l'article\n* liste");
}

static char *
export_one (LecternExportFormat format)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_export_item_free);
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 26, 5, 0, 0);

  g_ptr_array_add (items, make_item ());
  return lectern_export_items (format, items, NULL, now);
}

/* Runs a check in Debian's Python on `contents` written to a file; FALSE
 * (after marking the test skipped) when Python or `module` is missing. */
static gboolean
python_check (const char *module,
              const char *script,
              const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *probe = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { "/usr/bin/python3", "-c", script, NULL, NULL };
  int status = 1;

  probe = g_strdup_printf ("/usr/bin/python3 -c 'import %s'", module);
  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE)
      || !g_spawn_command_line_sync (probe, NULL, NULL, &status, NULL)
      || !g_spawn_check_wait_status (status, NULL))
    {
      g_test_skip ("Python or one of its modules is missing");
      return FALSE;
    }

  dir = g_dir_make_tmp ("lectern-python-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "export", NULL);
  g_assert_true (lectern_export_write_file (path, contents, -1, &error));
  argv[3] = path;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("Python check failed: %s", err);
  g_assert_cmpstr (out, ==, "ok\n");

  g_unlink (path);
  g_rmdir (dir);
  return TRUE;
}

static void
test_formats_names (void)
{
  LecternExportFormat format;
  const char *names[] = { "markdown", "html", "json", "csv", "text", "org" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (lectern_export_format_from_string (names[i], &format));
      g_assert_cmpint (format, ==, i);
      g_assert_cmpstr (lectern_export_format_to_string (format), ==, names[i]);
    }
  g_assert_true (lectern_export_format_from_string ("md", &format));
  g_assert_cmpint (format, ==, LECTERN_EXPORT_MARKDOWN);
  g_assert_true (lectern_export_format_from_string ("TXT", &format));
  g_assert_cmpint (format, ==, LECTERN_EXPORT_TEXT);
  g_assert_cmpstr (lectern_export_format_extension (LECTERN_EXPORT_ORG), ==, ".org");
  g_assert_false (lectern_export_format_from_string ("pdf", &format));
}

static void
test_formats_markdown (void)
{
  g_autofree char *md = export_one (LECTERN_EXPORT_MARKDOWN);

  /* Tags are the same words in the front matter and in the body. */
  g_assert_nonnull (strstr (md, "tags:\n  - \"a-b-c\"\n  - \"Économie\"\n  - \"fact-check\"\n"));
  g_assert_nonnull (strstr (md, "author: \"Jeanne <Reporter>\"\n"));
  /* The speaker opens the quote's metadata, escaped like the rest. */
  g_assert_nonnull (strstr (md, "\n\n— Satya \\<i\\>Nadella\\</i\\> \\& \\*co\\* · "
                                "*Key point* (green) #a-b-c #Économie #fact-check ^hl-"));
  g_assert_nonnull (strstr (md, "\n*Idea* (purple) · underline ^hl-"));
  /* The story note comes after the title. */
  g_assert_nonnull (strstr (md, "\n\nNote de l'article\n* liste\n"));
  g_assert_null (strstr (md, "\n^hl-"));

  python_check ("yaml",
                "import sys, yaml\n"
                "text = open(sys.argv[1], encoding='utf-8').read()\n"
                "data = yaml.safe_load(text[4:text.index('\\n---\\n', 4)])\n"
                "assert data['tags'] == ['a-b-c', 'Économie', 'fact-check'], data['tags']\n"
                "assert data['author'] == 'Jeanne <Reporter>'\n"
                "assert data['url'] == 'https://example.org/a?x=1&y=2'\n"
                "assert data['people'] == ['Jeanne <Reporter>'] and data['organizations'] == []\n"
                "assert data['title'].startswith('Titre <script>')\n"
                "print('ok')\n", md);
}

/* Every "<" in the HTML starts one of our own tags. */
static void
test_formats_html (void)
{
  g_autofree char *html = export_one (LECTERN_EXPORT_HTML);
  const char *allowed[] = { "!DOCTYPE", "html", "/html", "head", "/head", "meta", "title", "/title",
                            "style", "/style", "body", "/body", "article", "/article", "header",
                            "/header", "h1", "/h1", "p", "/p", "div", "/div", "figure", "/figure",
                            "blockquote", "/blockquote", "figcaption", "/figcaption", "span",
                            "/span", "!--", "ul", "/ul", "li", "/li" };

  g_assert_null (strstr (html, "<script"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"));
  /* The note's raw HTML is left out by libcmark, not escaped. */
  g_assert_nonnull (strstr (html, "<div class=\"note\">\n<!-- raw HTML omitted -->\n</div>"));
  g_assert_nonnull (strstr (html, "<html lang=\"fr\">"));
  g_assert_nonnull (strstr (html, "<title>Titre &lt;script&gt;"));
  g_assert_nonnull (strstr (html, "https://example.org/a?x=1&amp;y=2"));
  g_assert_nonnull (strstr (html, "class=\"green highlight\""));
  g_assert_nonnull (strstr (html, "class=\"purple underline\""));
  g_assert_nonnull (strstr (html, "<figcaption><span class=\"speaker\">— Satya &lt;i&gt;Nadella&lt;/i&gt; "
                                  "&amp; *co*</span> · <span class=\"category\">Key point</span>"));
  g_assert_nonnull (strstr (html, "<figcaption><span class=\"category\">Idea</span>"));
  g_assert_nonnull (strstr (html, "<span class=\"tag\">#a-b-c</span>"));
  g_assert_nonnull (strstr (html, "Content-Security-Policy"));

  /* A real HTML parser sees no script element and the text intact. */
  python_check ("html.parser",
                "import sys\n"
                "from html.parser import HTMLParser\n"
                "class P(HTMLParser):\n"
                "    tags = set(); text = []\n"
                "    def handle_starttag(self, tag, attrs): self.tags.add(tag)\n"
                "    def handle_data(self, data): self.text.append(data)\n"
                "p = P(); p.feed(open(sys.argv[1], encoding='utf-8').read())\n"
                "assert 'script' not in p.tags, p.tags\n"
                "assert '<script>alert(\"x\")</script> & \\'q\\'' in ''.join(p.text)\n"
                "assert '— Satya <i>Nadella</i> & *co*' in ''.join(p.text)\n"
                "print('ok')\n", html);

  for (const char *p = strchr (html, '<'); p != NULL; p = strchr (p + 1, '<'))
    {
      gboolean ok = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (allowed) && !ok; i++)
        {
          gsize len = strlen (allowed[i]);

          ok = strncmp (p + 1, allowed[i], len) == 0 && (p[1 + len] == '>' || p[1 + len] == ' ');
        }
      if (!ok)
        g_error ("Unexpected markup at: %.40s", p);
    }
}

static void
test_formats_json_shape (void)
{
  g_autofree char *json = export_one (LECTERN_EXPORT_JSON);
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternJsonNode) root = lectern_json_parse (json, -1, &error);
  LecternJsonNode *items, *first, *target, *selectors, *body;
  gint64 start = -1, end = -1;

  g_assert_no_error (error);
  g_assert_cmpstr (lectern_json_object_get_string (root, "type"), ==, "AnnotationCollection");
  items = lectern_json_object_get (lectern_json_object_get (root, "first"), "items");
  g_assert_cmpuint (lectern_json_array_length (items), ==, 2);

  first = lectern_json_array_get (items, 0);
  g_assert_cmpstr (lectern_json_object_get_string (first, "type"), ==, "Annotation");
  g_assert_true (g_str_has_prefix (lectern_json_object_get_string (first, "id"), "urn:uuid:"));
  g_assert_cmpstr (lectern_json_object_get_string (first, "motivation"), ==, "commenting");
  target = lectern_json_object_get (first, "target");
  g_assert_cmpstr (lectern_json_object_get_string (target, "styleClass"), ==, "green");
  g_assert_true (g_str_has_prefix (lectern_json_object_get_string (target, "source"), "urn:uuid:"));
  selectors = lectern_json_object_get (target, "selector");
  g_assert_cmpstr (lectern_json_object_get_string (lectern_json_array_get (selectors, 0), "type"), ==,
                   "TextQuoteSelector");
  g_assert_cmpstr (lectern_json_object_get_string (lectern_json_array_get (selectors, 0), "exact"), ==,
                   "Premier paragraphe, « cité ».");
  g_assert_true (lectern_json_object_get_int (lectern_json_array_get (selectors, 1), "start", &start));
  g_assert_true (lectern_json_object_get_int (lectern_json_array_get (selectors, 1), "end", &end));
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, 29);  /* code points, not bytes */

  body = lectern_json_object_get (first, "body");
  g_assert_cmpuint (lectern_json_array_length (body), ==, 4);
  g_assert_cmpstr (lectern_json_object_get_string (lectern_json_array_get (body, 0), "purpose"), ==, "commenting");
  g_assert_cmpstr (lectern_json_object_get_string (lectern_json_array_get (body, 0), "value"), ==, evil);
  g_assert_cmpstr (lectern_json_object_get_string (lectern_json_array_get (body, 1), "purpose"), ==, "tagging");
  g_assert_cmpstr (lectern_json_object_get_string (first, "lectern:speaker"), ==, speaker);
  g_assert_null (lectern_json_object_get (lectern_json_array_get (items, 1), "lectern:speaker"));

  /* The JSON is also valid for a strict outside parser. */
  if (g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    {
      g_autofree char *dir = g_dir_make_tmp ("lectern-json-XXXXXX", &error);
      g_autofree char *path = g_build_filename (dir, "notes.json", NULL);
      const char *argv[] = { "/usr/bin/python3", "-c",
                             "import json,sys; d=json.load(open(sys.argv[1],encoding='utf-8'));"
                             "assert d['total']==2; print('ok')", NULL, NULL };
      g_autofree char *out = NULL;
      int status;

      g_assert_true (lectern_export_write_file (path, json, -1, &error));
      argv[3] = path;
      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                    &status, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (out, ==, "ok\n");
      g_unlink (path);
      g_rmdir (dir);
    }
}

static void
test_formats_json_parser (void)
{
  const char *bad[] = { "", "{", "[1,]", "{\"a\" 1}", "tru", "01", "1.", "\"\\x\"", "\"\\ud800\"",
                        "[1] 2", "\"a\nb\"", "{\"a\":}", "-", "\"\\u0000\"" };
  g_autoptr(LecternJsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) deep = g_string_new (NULL);
  gint64 value;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(LecternJsonNode) bad_node = lectern_json_parse (bad[i], -1, &error);

      g_assert_null (bad_node);
      g_assert_error (error, LECTERN_JSON_ERROR, LECTERN_JSON_ERROR_INVALID);
      g_clear_error (&error);
    }

  node = lectern_json_parse (" {\"a\": [true, false, null, -1.5e2, 42, \"\\u00e9\\ud83d\\ude00\\n\"],"
                             " \"b\": {}} ", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lectern_json_array_length (lectern_json_object_get (node, "a")), ==, 6);
  g_assert_true (lectern_json_array_get (lectern_json_object_get (node, "a"), 0)->boolean);
  g_assert_cmpfloat (lectern_json_array_get (lectern_json_object_get (node, "a"), 3)->number, ==, -150.0);
  g_assert_cmpstr (lectern_json_array_get (lectern_json_object_get (node, "a"), 5)->string, ==, "é😀\n");
  g_assert_false (lectern_json_object_get_int (node, "a", &value));
  g_assert_null (lectern_json_object_get (node, "missing"));

  /* Deep nesting is refused, not a stack overflow. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  g_assert_null (lectern_json_parse (deep->str, -1, &error));
  g_assert_error (error, LECTERN_JSON_ERROR, LECTERN_JSON_ERROR_INVALID);
}

/* An RFC 4180 reader: fields, quotes doubled inside quoted fields, CRLF
 * between records. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GPtrArray *row = g_ptr_array_new ();
  GString *field = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          p++;
          while (*p != '\0')
            {
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p += 2;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p++);
            }
        }
      else
        while (*p != '\0' && *p != ',' && *p != '\r')
          g_string_append_c (field, *p++);

      g_ptr_array_add (row, g_strdup (field->str));
      g_string_truncate (field, 0);
      if (*p == ',')
        p++;
      else
        {
          g_assert_true (p[0] == '\r' && p[1] == '\n');
          p += 2;
          g_ptr_array_add (row, NULL);
          g_ptr_array_add (rows, g_ptr_array_free (row, FALSE));
          row = g_ptr_array_new ();
        }
    }

  g_ptr_array_free (row, TRUE);
  g_string_free (field, TRUE);
  return rows;
}

static void
test_formats_csv (void)
{
  g_autofree char *csv = export_one (LECTERN_EXPORT_CSV);
  g_autoptr(GPtrArray) rows = parse_csv (csv);
  char **header, **first, **second;
  g_autofree char *joined = NULL;

  g_assert_cmpuint (rows->len, ==, 3);
  header = g_ptr_array_index (rows, 0);
  joined = g_strjoinv ("|", header);
  g_assert_cmpstr (joined, ==, "Highlight|Title|Author|URL|Note|Location|Date");
  first = g_ptr_array_index (rows, 1);
  g_assert_cmpuint (g_strv_length (first), ==, 7);
  g_assert_cmpstr (first[0], ==, "Premier paragraphe, « cité ».");
  g_assert_true (g_str_has_prefix (first[1], "Titre <script>"));
  g_assert_cmpstr (first[2], ==, "Jeanne <Reporter>");
  g_assert_cmpstr (first[3], ==, "https://example.org/a?x=1&y=2");
  /* The speaker is the note's first line, then the note. */
  g_assert_true (g_str_has_prefix (first[4], "— Satya <i>Nadella</i> & *co*\n<script>"));
  g_assert_nonnull (strstr (first[4], ".Key-point .a-b-c .Économie .fact-check"));
  g_assert_cmpstr (first[5], ==, "0");
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$", first[6], 0, 0));

  second = g_ptr_array_index (rows, 2);
  /* The quote keeps its line breaks and quotes; the formula is defused. */
  g_assert_true (g_str_has_prefix (second[0], "* étoile en début de ligne\n"));
  g_assert_nonnull (strstr (second[0], "=SUM(A1) et \"guillemets\", virgule."));
  g_assert_true (g_str_has_prefix (second[4], "'=HYPERLINK("));
  g_assert_cmpstr (second[5], ==, "30");

  for (guint i = 1; i < rows->len; i++)
    for (char **cell = g_ptr_array_index (rows, i); *cell != NULL; cell++)
      g_assert_true (strchr ("=+-@", **cell) == NULL || **cell == '\0');

  /* And Python's csv module, strict, agrees. */
  python_check ("csv",
                "import csv, sys\n"
                "rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline=''), strict=True))\n"
                "assert rows[0] == ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date']\n"
                "assert len(rows) == 3 and all(len(r) == 7 for r in rows)\n"
                "assert rows[2][4].startswith(\"'=HYPERLINK\")\n"
                "assert '\"guillemets\", virgule' in rows[2][0]\n"
                "assert rows[1][4].startswith('— Satya <i>Nadella</i> & *co*\\n<script>')\n"
                "print('ok')\n", csv);
}

static void
test_formats_text_and_org (void)
{
  g_autofree char *text = export_one (LECTERN_EXPORT_TEXT);
  g_autofree char *org = export_one (LECTERN_EXPORT_ORG);

  g_assert_nonnull (strstr (text, "[1] “Premier paragraphe, « cité ».”\n    — Satya <i>Nadella</i> & *co*\n"
                                  "    Key point (green) #a-b-c #Économie #fact-check\n"));
  /* Continuation lines of a quote line up under its first line. */
  g_assert_nonnull (strstr (text, "[2] “* étoile en début de ligne\n    #+BEGIN_QUOTE faux\n    =SUM(A1)"));
  g_assert_nonnull (strstr (text, "    Idea (purple), underlined\n"));
  g_assert_nonnull (strstr (text, "Story note:\n  Note de l'article\n  * liste\n"));

  g_assert_true (g_str_has_prefix (org, "#+OPTIONS: ^:{} -:nil tex:verbatim toc:nil\n#+TITLE: Titre "));
  g_assert_nonnull (strstr (org, "\n** Premier paragraphe, « cité ». :a_b__c_:Économie:fact_check:\n"));
  g_assert_nonnull (strstr (org, ":LECTERN_CATEGORY: Key point\n"));
  g_assert_nonnull (strstr (org, ":LECTERN_STYLE: underline\n"));
  /* The speaker: a property, and a line after the quote that Org reads as
   * plain text ("<" and "*" neutralised). */
  g_assert_nonnull (strstr (org, ":LECTERN_SPEAKER: Satya <\u200bi>Nadella<\u200b\u200b/\u200bi> & \u200b*\u200bco*\n"));
  g_assert_nonnull (strstr (org, "#+END_QUOTE\n— Satya <\u200bi>Nadella<\u200b\u200b/\u200bi> & \u200b*\u200bco*\n"));
  {
    g_auto(GStrv) parts = g_strsplit (org, "LECTERN_SPEAKER", -1);

    g_assert_cmpuint (g_strv_length (parts), ==, 2);  /* only the quote with a speaker */
  }
  /* Lines that Org would read as headings or block ends are protected by
   * a zero-width space (Org does not remove commas in quote blocks). */
  g_assert_nonnull (strstr (org, "#+BEGIN_QUOTE\n\u200b* étoile en début de ligne\n\u200b#\u200b+\u200bBEGIN_QUOTE faux\n"));
  g_assert_nonnull (strstr (org, "#+BEGIN_SRC markdown\nNote de l'article\n,* liste\n#+END_SRC\n"));
  /* No heading line other than ours. */
  {
    g_auto(GStrv) lines = g_strsplit (org, "\n", -1);
    guint headings = 0;

    for (guint i = 0; lines[i] != NULL; i++)
      headings += lines[i][0] == '*';
    g_assert_cmpuint (headings, ==, 3);
  }
}

/* Round trip: library A → JSON → empty library B, nothing lost; a second
 * import adds nothing. */

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("lectern-roundtrip-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static LecternStore *
open_in (const char *dir,
         const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  LecternStore *store = lectern_store_new (path, &error);

  g_assert_no_error (error);
  return store;
}

static char *
export_library (LecternStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stories = lectern_store_list_stories_sync (store, &error);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_export_item_free);
  g_autoptr(GPtrArray) categories = lectern_store_list_categories_sync (store, &error);

  for (guint i = 0; i < stories->len; i++)
    {
      LecternStory *story = g_ptr_array_index (stories, i);
      g_autoptr(GPtrArray) highlights = lectern_store_list_highlights_sync (store, story->id, &error);
      g_autofree char *note = lectern_store_get_story_note_sync (store, story->id, &error);

      g_assert_no_error (error);
      g_ptr_array_add (items, lectern_export_item_new (story, highlights, NULL, note));
    }

  return lectern_export_items (LECTERN_EXPORT_JSON, items, categories, NULL);
}

static void
assert_same_library (LecternStore *a,
                     LecternStore *b)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sa = lectern_store_list_stories_sync (a, &error);
  g_autoptr(GPtrArray) sb = lectern_store_list_stories_sync (b, &error);
  g_autoptr(GPtrArray) ca = lectern_store_list_categories_sync (a, &error);
  g_autoptr(GPtrArray) cb = lectern_store_list_categories_sync (b, &error);

  g_assert_cmpuint (sa->len, ==, sb->len);
  for (guint i = 0; i < ca->len; i++)
    g_assert_cmpstr (((LecternCategory *) g_ptr_array_index (ca, i))->name, ==,
                     ((LecternCategory *) g_ptr_array_index (cb, i))->name);

  for (guint i = 0; i < sa->len; i++)
    {
      LecternStory *x = g_ptr_array_index (sa, i);
      gint64 other_id = lectern_store_find_story_by_text_sync (b, x->text, &error);
      g_autoptr(LecternStory) y = lectern_store_get_story_sync (b, other_id, &error);
      g_autoptr(GPtrArray) hx = lectern_store_list_highlights_sync (a, x->id, &error);
      g_autoptr(GPtrArray) hy = lectern_store_list_highlights_sync (b, y->id, &error);
      g_autofree char *nx = lectern_store_get_story_note_sync (a, x->id, &error);
      g_autofree char *ny = lectern_store_get_story_note_sync (b, y->id, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (x->title, ==, y->title);
      g_assert_cmpstr (x->source, ==, y->source);
      g_assert_cmpstr (x->author, ==, y->author);
      g_assert_cmpstr (x->url, ==, y->url);
      g_assert_cmpstr (x->encoding, ==, y->encoding);
      g_assert_cmpint (x->imported_at, ==, y->imported_at);
      g_assert_cmpint (x->modified_at, ==, y->modified_at);
      g_assert_cmpstr (nx, ==, ny);
      g_assert_cmpuint (hx->len, ==, hy->len);

      for (guint j = 0; j < hx->len; j++)
        {
          LecternHighlight *p = g_ptr_array_index (hx, j);
          LecternHighlight *q = g_ptr_array_index (hy, j);
          g_autofree char *tp = g_strjoinv ("|", p->tags);
          g_autofree char *tq = g_strjoinv ("|", q->tags);

          g_assert_cmpstr (p->uuid, ==, q->uuid);
          g_assert_cmpint (p->start, ==, q->start);
          g_assert_cmpint (p->end, ==, q->end);
          g_assert_cmpstr (p->quote, ==, q->quote);
          g_assert_cmpstr (p->prefix, ==, q->prefix);
          g_assert_cmpstr (p->suffix, ==, q->suffix);
          g_assert_cmpstr (p->color, ==, q->color);
          g_assert_cmpstr (p->style, ==, q->style);
          g_assert_cmpstr (p->note, ==, q->note);
          g_assert_cmpstr (tp, ==, tq);
          g_assert_cmpint (p->created_at, ==, q->created_at);
          g_assert_cmpint (p->updated_at, ==, q->updated_at);
          g_assert_cmpint (p->orphaned, ==, q->orphaned);
          g_assert_cmpstr (p->speaker, ==, q->speaker);
        }
    }
}

static void
test_formats_json_round_trip (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(LecternStore) a = open_in (dir, "a.db");
  g_autoptr(LecternStore) b = open_in (dir, "b.db");
  g_autoptr(LecternExportItem) item = make_item ();
  g_autoptr(LecternStory) second = lectern_story_new ("Deux", "", "Une autre histoire, sans notes.\n");
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json_again = NULL;
  LecternNotesImportCounts counts;

  g_assert_cmpint (lectern_store_add_story_sync (a, item->story, &error), >, 0);
  g_assert_cmpint (lectern_store_add_story_sync (a, second, &error), >, 0);
  g_assert_true (lectern_store_set_story_note_sync (a, item->story->id, item->note, &error));
  g_assert_true (lectern_store_set_category_name_sync (a, "purple", "Idée géniale", &error));
  for (guint i = 0; i < item->highlights->len; i++)
    {
      LecternHighlight *h = g_ptr_array_index (item->highlights, i);

      h->story_id = item->story->id;
      g_assert_cmpint (lectern_store_add_highlight_sync (a, h, &error), >, 0);
    }
  g_assert_no_error (error);

  json = export_library (a);
  g_assert_true (lectern_notes_import_json (b, json, -1, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.stories_added, ==, 2);
  g_assert_cmpuint (counts.highlights_added, ==, 2);
  g_assert_cmpuint (counts.duplicates, ==, 0);
  g_assert_cmpuint (counts.orphaned, ==, 0);
  assert_same_library (a, b);
  {
    g_autoptr(GPtrArray) imported = lectern_store_list_highlights_sync (
      b, lectern_store_find_story_by_text_sync (b, item->story->text, &error), &error);
    guint with_speaker = 0;

    /* The speaker came through the JSON, not from a default. */
    for (guint i = 0; i < imported->len; i++)
      with_speaker += g_strcmp0 (((LecternHighlight *) g_ptr_array_index (imported, i))->speaker,
                                 speaker) == 0;
    g_assert_cmpuint (with_speaker, ==, 1);
  }

  /* Twice: no duplicates, in either library. */
  g_assert_true (lectern_notes_import_json (b, json, -1, &counts, &error));
  g_assert_cmpuint (counts.stories_added, ==, 0);
  g_assert_cmpuint (counts.highlights_added, ==, 0);
  g_assert_cmpuint (counts.duplicates, ==, 2);
  g_assert_true (lectern_notes_import_json (a, json, -1, &counts, &error));
  g_assert_cmpuint (counts.highlights_added, ==, 0);
  assert_same_library (a, b);

  /* And the JSON of B is the JSON of A, but for the export time. */
  json_again = export_library (b);
  g_assert_cmpuint (strlen (json_again), ==, strlen (json));
}

static void
test_formats_json_import_errors (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(LecternStore) store = open_in (dir, "c.db");
  g_autoptr(GError) error = NULL;
  LecternNotesImportCounts counts;

  g_assert_false (lectern_notes_import_json (store, "{not json", -1, &counts, &error));
  g_assert_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (lectern_notes_import_json (store, "{\"hello\": 1}", -1, &counts, &error));
  g_assert_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_INVALID);
  g_clear_error (&error);

  /* An annotation of a page nobody has: skipped, not an error. */
  g_assert_true (lectern_notes_import_json (store,
                                            "{\"type\": \"Annotation\", \"target\": {\"source\": "
                                            "\"https://nowhere.example\", \"selector\": {\"type\": "
                                            "\"TextQuoteSelector\", \"exact\": \"x\"}}}",
                                            -1, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.skipped, ==, 1);
}

static void
test_formats_json_import_hypothesis (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(LecternStore) store = open_in (dir, "d.db");
  g_autoptr(LecternStory) story = lectern_story_new ("Web", "https://news.example/a", "Alpha beta gamma delta.");
  g_autoptr(GPtrArray) highlights = NULL;
  g_autoptr(GError) error = NULL;
  LecternNotesImportCounts counts;
  /* As another tool writes it: no UUID, no position, a plain tag body. */
  const char *json =
    "[{\"type\": \"Annotation\", \"body\": [{\"type\": \"TextualBody\", \"value\": \"Nice\"},"
    " {\"type\": \"TextualBody\", \"purpose\": \"tagging\", \"value\": \"greek\"}],"
    " \"target\": {\"source\": \"https://news.example/a\", \"selector\": [{\"type\":"
    " \"TextQuoteSelector\", \"exact\": \"gamma\", \"prefix\": \"beta \"}]}}]";

  g_assert_cmpint (lectern_store_add_story_sync (store, story, &error), >, 0);
  g_assert_true (lectern_notes_import_json (store, json, -1, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.highlights_added, ==, 1);
  g_assert_true (lectern_notes_import_json (store, json, -1, &counts, &error));
  g_assert_cmpuint (counts.duplicates, ==, 1);

  highlights = lectern_store_list_highlights_sync (store, story->id, &error);
  g_assert_cmpuint (highlights->len, ==, 1);
  g_assert_cmpint (((LecternHighlight *) g_ptr_array_index (highlights, 0))->start, ==, 11);
  g_assert_cmpstr (((LecternHighlight *) g_ptr_array_index (highlights, 0))->note, ==, "Nice");
  g_assert_cmpstr (((LecternHighlight *) g_ptr_array_index (highlights, 0))->tags[0], ==, "greek");
}

static void
test_formats_citation (void)
{
  g_autoptr(LecternStory) story = lectern_story_new ("Sam Altman rejoint *Microsoft*", "/tmp/a.txt",
                                                     "Il va « rejoindre » Microsoft.");
  g_autoptr(LecternHighlight) h = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *md = NULL;
  g_autofree char *bare = NULL;

  h = lectern_highlight_new_for_range (story, 3, 5, NULL, NULL);
  bare = lectern_export_citation (story, h, FALSE);
  g_assert_true (g_str_has_prefix (bare, "“va” — “Sam Altman rejoint *Microsoft*”, accessed "));
  g_assert_true (g_str_has_suffix (bare, ". /tmp/a.txt"));

  g_free (story->author);
  story->author = g_strdup ("Jeanne Reporter");
  g_free (story->url);
  story->url = g_strdup ("https://www.lemonde.fr/article");
  plain = lectern_export_citation (story, h, FALSE);
  g_assert_true (g_str_has_prefix (plain, "“va” — Jeanne Reporter, “Sam Altman rejoint *Microsoft*”, lemonde.fr, accessed "));
  g_assert_true (g_str_has_suffix (plain, ". https://www.lemonde.fr/article"));

  md = lectern_export_citation (story, h, TRUE);
  g_assert_true (g_str_has_prefix (md, "> va\n>\n> — Jeanne Reporter, [Sam Altman rejoint \\*Microsoft\\*](<https://www.lemonde.fr/article>), lemonde.fr, accessed "));

  /* A quote with its speaker, and the site's name and publication day
   * from the story's metadata. */
  h->speaker = g_strdup ("Satya <Nadella>");
  g_free (story->author);
  story->author = g_strdup ("");
  g_free (story->site);
  story->site = g_strdup ("Le Monde");
  g_free (story->published);
  story->published = g_strdup ("2026-11-20T08:30:00+01:00");
  g_clear_pointer (&plain, g_free);
  g_clear_pointer (&md, g_free);
  plain = lectern_export_citation (story, h, FALSE);
  g_assert_cmpstr (plain, ==, "“va”, Satya <Nadella>, in “Sam Altman rejoint *Microsoft*”, Le Monde, "
                              "2026-11-20. https://www.lemonde.fr/article");
  md = lectern_export_citation (story, h, TRUE);
  g_assert_cmpstr (md, ==, "> va\n>\n> — Satya \\<Nadella\\>, in [Sam Altman rejoint \\*Microsoft\\*]"
                           "(<https://www.lemonde.fr/article>), Le Monde, 2026-11-20.\n");
}

/* Damaged files must give an error, never a crash (run under ASan in CI). */
static void
test_formats_json_mutations (void)
{
  g_autofree char *json = export_one (LECTERN_EXPORT_JSON);
  g_autofree char *dir = NULL;
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (1234);
  gsize len = strlen (json);
  guint parsed = 0;

  dir = g_dir_make_tmp ("lectern-mutations-XXXXXX", NULL);
  {
    g_autofree char *path = g_build_filename (dir, "m.db", NULL);

    store = lectern_store_new (path, NULL);
    g_assert_nonnull (store);
  }

  for (guint i = 0; i < 600; i++)
    {
      g_autofree char *copy = g_strdup (json);
      g_autoptr(LecternJsonNode) node = NULL;
      g_autoptr(GError) error = NULL;
      gsize cut = len;
      guint flips = g_rand_int_range (rand, 1, 4);

      for (guint f = 0; f < flips; f++)
        copy[g_rand_int_range (rand, 0, len)] = (char) g_rand_int_range (rand, 1, 256);
      if (i % 5 == 0)
        cut = g_rand_int_range (rand, 0, len);

      node = lectern_json_parse (copy, cut, &error);
      g_assert_true ((node == NULL) == (error != NULL));
      parsed += node != NULL;
      g_clear_error (&error);

      /* Every tenth: through the whole import too. */
      if (i % 10 == 0)
        {
          LecternNotesImportCounts counts;
          gboolean ok = lectern_notes_import_json (store, copy, cut, &counts, &error);

          g_assert_true (ok == (error == NULL));
        }
    }

  /* Some flips land in string contents and still parse. */
  g_assert_cmpuint (parsed, >, 0);
}

static void
test_formats_import_random_bytes (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (99);

  for (guint i = 0; i < 2000; i++)
    {
      gsize len = g_rand_int_range (rand, 0, 64);
      g_autofree guchar *data = g_malloc (len + 1);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(LecternStory) story = NULL;
      g_autoptr(GError) error = NULL;

      for (gsize j = 0; j < len; j++)
        /* Mostly text-like bytes, so every branch of the decoder runs. */
        data[j] = g_rand_int_range (rand, 0, 4) == 0 ? g_rand_int_range (rand, 0, 256)
                                                     : g_rand_int_range (rand, 0x20, 0x7f);
      bytes = g_bytes_new (data, len);
      story = lectern_import_bytes (bytes, "random", "Random", &error);
      g_assert_true ((story == NULL) == (error != NULL));
      if (story != NULL)
        g_assert_true (g_utf8_validate (story->text, -1, NULL));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/lectern/formats/names", test_formats_names);
  g_test_add_func ("/lectern/formats/citation", test_formats_citation);
  g_test_add_func ("/lectern/formats/markdown", test_formats_markdown);
  g_test_add_func ("/lectern/formats/html", test_formats_html);
  g_test_add_func ("/lectern/formats/json-shape", test_formats_json_shape);
  g_test_add_func ("/lectern/formats/json-parser", test_formats_json_parser);
  g_test_add_func ("/lectern/formats/csv", test_formats_csv);
  g_test_add_func ("/lectern/formats/text-and-org", test_formats_text_and_org);
  g_test_add_func ("/lectern/formats/json-round-trip", test_formats_json_round_trip);
  g_test_add_func ("/lectern/formats/json-import-errors", test_formats_json_import_errors);
  g_test_add_func ("/lectern/formats/json-import-other-tools", test_formats_json_import_hypothesis);
  g_test_add_func ("/lectern/formats/json-mutations", test_formats_json_mutations);
  g_test_add_func ("/lectern/formats/import-random-bytes", test_formats_import_random_bytes);

  return g_test_run ();
}
