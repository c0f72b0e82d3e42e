/* test-structure.c
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lectern-story.h"
#include "lectern-structure.h"
#include "lectern-utf8.h"

static char *
block_text (const char         *text,
            const LecternBlock *block)
{
  return lectern_utf8_substring (text, block->start, block->end);
}

/* The kind of the block whose text is exactly `line`, or -1. */
static int
kind_of (const char *text,
         GArray     *blocks,
         const char *line)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      const LecternBlock *block = &g_array_index (blocks, LecternBlock, i);
      g_autofree char *got = block_text (text, block);

      if (g_str_equal (got, line))
        return block->kind;
    }

  return -1;
}

static void
test_structure_seed (void)
{
  g_autofree char *text = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GArray) blocks = NULL;
  g_autoptr(GError) error = NULL;
  const LecternBlock *first;
  g_autofree char *first_text = NULL;
  guint n_headings = 0, n_dropped = 0;

  g_file_get_contents (SOURCE_DATADIR "/fr-seed.txt", &text, NULL, &error);
  g_assert_no_error (error);

  story = lectern_story_new ("seed", "", text);
  g_assert_cmpint (story->n_chars, ==, g_utf8_strlen (text, -1));
  blocks = lectern_story_get_blocks (story);
  g_assert_cmpuint (blocks->len, ==, 10);

  /* The seed starts with its lead paragraph, several sentences long: that
   * is no title (issue 7). */
  first = &g_array_index (blocks, LecternBlock, 0);
  g_assert_cmpint (first->kind, ==, LECTERN_BLOCK_PARAGRAPH);
  g_assert_cmpint (first->start, ==, 0);
  first_text = block_text (text, first);
  g_assert_true (g_str_has_prefix (first_text, "Le monde de l'intelligence artificielle"));
  g_assert_true (g_str_has_suffix (first_text, "Que s'est-il passé ?"));

  g_assert_cmpint (kind_of (text, blocks, "Motif de rupture de contrat"), ==, LECTERN_BLOCK_HEADING);
  g_assert_cmpint (kind_of (text, blocks, "La possible démission de 700 employés"), ==,
                   LECTERN_BLOCK_HEADING);
  g_assert_cmpint (kind_of (text, blocks, "Lire Aussi"), ==, LECTERN_BLOCK_DROPPED);

  for (guint i = 0; i < blocks->len; i++)
    {
      const LecternBlock *block = &g_array_index (blocks, LecternBlock, i);

      n_headings += block->kind == LECTERN_BLOCK_HEADING;
      n_dropped += block->kind == LECTERN_BLOCK_DROPPED;
      /* Blocks are in order and never overlap. */
      if (i > 0)
        g_assert_cmpint (block->start, >, g_array_index (blocks, LecternBlock, i - 1).end);
      g_assert_cmpint (block->end, <=, story->n_chars);
    }
  g_assert_cmpuint (n_headings, ==, 2);
  g_assert_cmpuint (n_dropped, ==, 1);
}

static void
test_structure_leftovers (void)
{
  const char *yes[] = { "Lire aussi", "Lire Aussi", "  LIRE AUSSI  ", "À lire aussi :", "Read more",
                        "Read More…", "Advertisement", "Publicité", "PUBLICITÉ", "Sponsored",
                        "Related", "Voir aussi", "A lire aussi",
                        "Lire aussi : Sam Altman quitte OpenAI", "À lire aussi\u00a0: un autre titre",
                        "Read more: Why it matters" };
  const char *no[] = { "", "Lire aussi le rapport du conseil", "Advertisements are everywhere.",
                       "Lireaussi: non",
                       "Related to this story", "Motif de rupture de contrat" };

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    g_assert_true (lectern_structure_is_leftover (yes[i]));
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    g_assert_false (lectern_structure_is_leftover (no[i]));
}

static void
test_structure_headings (void)
{
  /* CRLF line ends, blank lines, a byline run of short lines, a heading
   * with trailing spaces, a question that ends with "?". */
  const char *text =
    "Big news today\r\n"
    "\r\n"
    "The first paragraph says a lot of things, at length, as first paragraphs do.\r\n"
    "What happened next  \r\n"
    "The second paragraph explains what happened next, with many details.\r\n"
    "Is this a heading?\r\n"
    "No, because it ends with a question mark, which headings rarely do.\r\n"
    "Advertisement\r\n"
    "A final short line\r\n";
  g_autoptr(GArray) blocks = lectern_structure_detect (text);

  g_assert_cmpuint (blocks->len, ==, 8);
  g_assert_cmpint (kind_of (text, blocks, "Big news today"), ==, LECTERN_BLOCK_TITLE);
  /* Trimmed: no trailing spaces nor "\r" in the block. */
  g_assert_cmpint (kind_of (text, blocks, "What happened next"), ==, LECTERN_BLOCK_HEADING);
  g_assert_cmpint (kind_of (text, blocks, "Is this a heading?"), ==, LECTERN_BLOCK_PARAGRAPH);
  g_assert_cmpint (kind_of (text, blocks, "Advertisement"), ==, LECTERN_BLOCK_DROPPED);
  /* The last line has no paragraph after it. */
  g_assert_cmpint (kind_of (text, blocks, "A final short line"), ==, LECTERN_BLOCK_PARAGRAPH);
}

static void
test_structure_short_runs (void)
{
  /* A list of short lines is not a series of headings. */
  const char *text =
    "Title\n"
    "A paragraph that is long enough to be a paragraph, with a full stop.\n"
    "Apples\n"
    "Pears\n"
    "Plums\n"
    "Another paragraph that is long enough to be a paragraph, with a full stop.\n";
  g_autoptr(GArray) blocks = lectern_structure_detect (text);

  g_assert_cmpint (kind_of (text, blocks, "Apples"), ==, LECTERN_BLOCK_PARAGRAPH);
  g_assert_cmpint (kind_of (text, blocks, "Pears"), ==, LECTERN_BLOCK_PARAGRAPH);
  g_assert_cmpint (kind_of (text, blocks, "Plums"), ==, LECTERN_BLOCK_PARAGRAPH);
}

static void
test_structure_bylines (void)
{
  const char *text =
    "Le titre de l'article\n"
    "Par Jeanne Reporter\n"
    "Publié le 20 novembre 2023 à 10h00\n"
    "Le premier paragraphe, assez long pour être un vrai paragraphe de texte.\n"
    "Lire aussi : Un autre article sans rapport\n"
    "Un second paragraphe, lui aussi assez long pour être un paragraphe.\n";
  g_autoptr(GArray) blocks = lectern_structure_detect (text);

  g_assert_cmpint (kind_of (text, blocks, "Par Jeanne Reporter"), ==, LECTERN_BLOCK_PARAGRAPH);
  g_assert_cmpint (kind_of (text, blocks, "Publié le 20 novembre 2023 à 10h00"), ==,
                   LECTERN_BLOCK_PARAGRAPH);
  g_assert_cmpint (kind_of (text, blocks, "Lire aussi : Un autre article sans rapport"), ==,
                   LECTERN_BLOCK_DROPPED);
}

static void
test_structure_empty (void)
{
  g_autoptr(GArray) blocks = lectern_structure_detect ("  \n\n\t\n");

  g_assert_cmpuint (blocks->len, ==, 0);
}

static void
test_structure_lead (void)
{
  g_autoptr(GArray) lead = lectern_structure_detect ("The storm hit at dawn. Nobody was ready.\n"
                                                     "Then came the rain.\n");
  g_autoptr(GArray) title = lectern_structure_detect ("Storm hits the coast\n"
                                                      "The storm hit at dawn. Nobody was ready.\n");
  g_autoptr(GArray) question = lectern_structure_detect ("Is this the end?\nIt is not.\n");

  g_assert_cmpint (g_array_index (lead, LecternBlock, 0).kind, ==, LECTERN_BLOCK_PARAGRAPH);
  g_assert_cmpint (g_array_index (lead, LecternBlock, 1).kind, ==, LECTERN_BLOCK_PARAGRAPH);
  g_assert_cmpint (g_array_index (title, LecternBlock, 0).kind, ==, LECTERN_BLOCK_TITLE);
  /* One sentence is still a title, even with its question mark. */
  g_assert_cmpint (g_array_index (question, LecternBlock, 0).kind, ==, LECTERN_BLOCK_TITLE);
}

static void
test_structure_serialize (void)
{
  g_autoptr(GArray) blocks = g_array_new (FALSE, FALSE, sizeof (LecternBlock));
  LecternBlock a = { LECTERN_BLOCK_TITLE, 0, 5 };
  LecternBlock b = { LECTERN_BLOCK_QUOTE, 7, 12 };
  LecternBlock c = { LECTERN_BLOCK_PREFORMATTED, 14, 20 };
  g_autofree char *data = NULL;
  g_autoptr(GArray) back = NULL;
  g_autoptr(GArray) bad = NULL;

  g_array_append_val (blocks, a);
  g_array_append_val (blocks, b);
  g_array_append_val (blocks, c);
  data = lectern_structure_serialize (blocks);
  g_assert_cmpstr (data, ==, "T0-5 Q7-12 R14-20");

  back = lectern_structure_parse (data, 20);
  g_assert_nonnull (back);
  g_assert_cmpuint (back->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      const LecternBlock *x = &g_array_index (back, LecternBlock, i);
      const LecternBlock *y = &g_array_index (blocks, LecternBlock, i);

      g_assert_cmpint (x->kind, ==, y->kind);
      g_assert_cmpint (x->start, ==, y->start);
      g_assert_cmpint (x->end, ==, y->end);
    }

  /* Past the text, out of order, or not blocks at all: detect again. */
  g_assert_null ((bad = lectern_structure_parse (data, 19)));
  g_assert_null ((bad = lectern_structure_parse ("P5-9 P0-3", 20)));
  g_assert_null ((bad = lectern_structure_parse ("X0-3", 20)));
  g_assert_null ((bad = lectern_structure_parse ("P0-", 20)));
  g_assert_null ((bad = lectern_structure_parse ("", 20)));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/lectern/structure/seed", test_structure_seed);
  g_test_add_func ("/lectern/structure/leftovers", test_structure_leftovers);
  g_test_add_func ("/lectern/structure/headings", test_structure_headings);
  g_test_add_func ("/lectern/structure/short-runs", test_structure_short_runs);
  g_test_add_func ("/lectern/structure/bylines", test_structure_bylines);
  g_test_add_func ("/lectern/structure/empty", test_structure_empty);
  g_test_add_func ("/lectern/structure/lead", test_structure_lead);
  g_test_add_func ("/lectern/structure/serialize", test_structure_serialize);

  return g_test_run ();
}
