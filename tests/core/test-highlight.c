/* test-highlight.c
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lectern-highlight.h"

static void
test_highlight_context (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(LecternHighlight) highlight = NULL;
  g_autoptr(LecternHighlight) copy = NULL;

  /* 40 accented letters, the quote, 40 more: context counts code points,
   * not bytes. */
  for (guint i = 0; i < 40; i++)
    g_string_append (text, "é");
  g_string_append (text, "« citée »");
  for (guint i = 0; i < 40; i++)
    g_string_append (text, "œ");

  story = lectern_story_new ("t", "", text->str);
  story->id = 7;
  highlight = lectern_highlight_new_for_range (story, 40, 49, "blue", "Une note");
  g_assert_nonnull (highlight);
  g_assert_cmpint (highlight->story_id, ==, 7);
  g_assert_cmpstr (highlight->quote, ==, "« citée »");
  g_assert_cmpint (g_utf8_strlen (highlight->prefix, -1), ==, LECTERN_ANCHOR_CONTEXT);
  g_assert_cmpint (g_utf8_strlen (highlight->suffix, -1), ==, LECTERN_ANCHOR_CONTEXT);
  g_assert_true (g_str_has_prefix (highlight->prefix, "éé"));
  g_assert_true (g_str_has_prefix (highlight->suffix, "œœ"));
  g_assert_cmpstr (highlight->color, ==, "blue");
  g_assert_cmpstr (highlight->note, ==, "Une note");
  g_assert_cmpint (highlight->id, ==, 0);
  g_assert_cmpint (highlight->created_at, >, 0);

  g_assert_cmpstr (highlight->style, ==, "highlight");
  g_assert_true (g_uuid_string_is_valid (highlight->uuid));
  g_assert_nonnull (highlight->tags);
  g_assert_null (highlight->tags[0]);
  g_assert_false (highlight->orphaned);
  {
    const char *tags[] = { "b", "A", NULL };

    lectern_highlight_set_tags (highlight, tags);
  }

  copy = lectern_highlight_copy (highlight);
  g_assert_cmpstr (copy->uuid, ==, highlight->uuid);
  g_assert_cmpstr (copy->style, ==, "highlight");
  g_assert_cmpuint (g_strv_length (copy->tags), ==, 2);
  g_assert_cmpstr (copy->tags[0], ==, "A");
  g_assert_true (copy->tags != highlight->tags);
  g_assert_true (copy->quote != highlight->quote);
  g_assert_cmpstr (copy->quote, ==, highlight->quote);
  g_assert_cmpstr (copy->prefix, ==, highlight->prefix);
  g_assert_cmpstr (copy->note, ==, highlight->note);
  g_assert_cmpint (copy->start, ==, 40);
}

static void
test_highlight_edges (void)
{
  g_autoptr(LecternStory) story = lectern_story_new ("t", "", "Début et fin");
  g_autoptr(LecternHighlight) start = lectern_highlight_new_for_range (story, 0, 5, NULL, NULL);
  g_autoptr(LecternHighlight) end = lectern_highlight_new_for_range (story, 9, 12, NULL, NULL);

  g_assert_cmpstr (start->quote, ==, "Début");
  g_assert_cmpstr (start->prefix, ==, "");
  g_assert_cmpstr (start->suffix, ==, " et fin");
  g_assert_cmpstr (start->color, ==, "yellow");
  g_assert_cmpstr (start->note, ==, "");
  g_assert_cmpstr (end->quote, ==, "fin");
  g_assert_cmpstr (end->suffix, ==, "");

  g_assert_null (lectern_highlight_new_for_range (story, 3, 3, NULL, NULL));
  g_assert_null (lectern_highlight_new_for_range (story, 5, 3, NULL, NULL));
  g_assert_null (lectern_highlight_new_for_range (story, -1, 3, NULL, NULL));
  g_assert_null (lectern_highlight_new_for_range (story, 0, 13, NULL, NULL));
}

static void
test_highlight_colors (void)
{
  const char *const *colors = lectern_highlight_colors ();

  g_assert_cmpuint (g_strv_length ((char **) colors), ==, 5);
  g_assert_cmpstr (colors[0], ==, "yellow");
  g_assert_cmpstr (colors[4], ==, "purple");
  for (guint i = 0; colors[i] != NULL; i++)
    g_assert_true (lectern_highlight_color_is_valid (colors[i]));
  g_assert_false (lectern_highlight_color_is_valid ("red"));
  g_assert_false (lectern_highlight_color_is_valid (""));
  g_assert_false (lectern_highlight_color_is_valid (NULL));

  g_assert_true (lectern_highlight_style_is_valid ("underline"));
  g_assert_false (lectern_highlight_style_is_valid ("bold"));
  g_assert_cmpstr (lectern_highlight_default_category_name ("yellow"), ==, "Quote");
  g_assert_cmpstr (lectern_highlight_default_category_name ("purple"), ==, "Idea");
}

static void
test_highlight_filters (void)
{
  g_autoptr(LecternStory) story = lectern_story_new ("t", "", "Satya Nadella a recruté Sam Altman chez Microsoft, dit-on.");
  g_autoptr(LecternHighlight) h = lectern_highlight_new_for_range (story, 16, 34, "blue", "Très Intéressant");
  g_autoptr(LecternEntity) nadella = lectern_entity_new ("Satya Nadella", LECTERN_ENTITY_PERSON);
  g_autoptr(LecternEntity) microsoft = lectern_entity_new ("Microsoft", LECTERN_ENTITY_ORGANIZATION);
  const char *tags[] = { "Économie", NULL };

  lectern_highlight_set_tags (h, tags);
  lectern_entity_add_mention (nadella, 0, 13);
  lectern_entity_add_mention (microsoft, 40, 49);

  g_assert_cmpstr (h->quote, ==, "recruté Sam Altman");
  g_assert_true (lectern_highlight_matches_text (h, "RECRUTE"));
  g_assert_true (lectern_highlight_matches_text (h, "interessant"));
  g_assert_true (lectern_highlight_matches_text (h, "economie"));
  g_assert_true (lectern_highlight_matches_text (h, ""));
  g_assert_false (lectern_highlight_matches_text (h, "Google"));

  /* Next to the passage counts; far away does not. */
  g_assert_false (lectern_highlight_near_entity (h, nadella, 0));
  g_assert_true (lectern_highlight_near_entity (h, nadella, 5));
  g_assert_false (lectern_highlight_near_entity (h, microsoft, 5));
  g_assert_true (lectern_highlight_near_entity (h, microsoft, 10));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/lectern/highlight/context", test_highlight_context);
  g_test_add_func ("/lectern/highlight/edges", test_highlight_edges);
  g_test_add_func ("/lectern/highlight/colors", test_highlight_colors);
  g_test_add_func ("/lectern/highlight/filters", test_highlight_filters);

  return g_test_run ();
}
