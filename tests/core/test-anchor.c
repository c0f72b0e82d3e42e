/* test-anchor.c: re-anchoring highlights after real edits of a story
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "lectern-anchor.h"
#include "lectern-store.h"
#include "lectern-utf8.h"

static char *
load_seed (void)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (SOURCE_DATADIR "/fr-seed.txt", &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* A highlight of the first occurrence of `quote` in `text`. */
static LecternHighlight *
highlight_quote (const LecternStory *story,
                 const char         *quote)
{
  const char *at = strstr (story->text, quote);
  gint64 start, end;

  g_assert_nonnull (at);
  start = g_utf8_pointer_to_offset (story->text, at);
  end = start + g_utf8_strlen (quote, -1);
  return lectern_highlight_new_for_range (story, start, end, NULL, NULL);
}

static char *
replace (const char *text,
         const char *from,
         const char *to)
{
  const char *at = strstr (text, from);
  GString *out;

  g_assert_nonnull (at);
  out = g_string_new_len (text, at - text);
  g_string_append (out, to);
  g_string_append (out, at + strlen (from));
  return g_string_free (out, FALSE);
}

/* Re-anchors `h` in `new_text` and checks that the text at its new place
 * is its quote. */
static LecternAnchorResult
reanchor (LecternHighlight   *h,
          const LecternStory *old,
          const char         *new_text)
{
  g_autoptr(LecternAnchorText) anchor = lectern_anchor_text_new (new_text);
  LecternAnchorResult result = lectern_anchor_highlight (anchor, h, old->n_chars);

  if (result != LECTERN_ANCHOR_ORPHANED)
    {
      g_autofree char *at = lectern_utf8_substring (new_text, h->start, h->end);

      g_assert_cmpstr (at, ==, h->quote);
      g_assert_false (h->orphaned);
    }
  return result;
}

static void
test_anchor_unchanged (void)
{
  g_autofree char *text = load_seed ();
  g_autoptr(LecternStory) story = lectern_story_new ("t", "", text);
  g_autoptr(LecternHighlight) h = highlight_quote (story, "Motif de rupture de contrat");
  gint64 start = h->start;

  g_assert_cmpint (reanchor (h, story, text), ==, LECTERN_ANCHOR_UNCHANGED);
  g_assert_cmpint (h->start, ==, start);
}

static void
test_anchor_inserted_paragraph (void)
{
  const char *inserted = "Mise à jour : OpenAI a depuis annoncé le retour de Sam Altman.\n";
  g_autofree char *text = load_seed ();
  g_autoptr(LecternStory) story = lectern_story_new ("t", "", text);
  g_autoptr(LecternHighlight) h = highlight_quote (story, "Motif de rupture de contrat");
  g_autoptr(LecternHighlight) first = highlight_quote (story, "Le monde de l'intelligence");
  g_autofree char *new_text = replace (text, "Lire Aussi\n", inserted);
  gint64 start = h->start;

  g_assert_cmpint (reanchor (h, story, new_text), ==, LECTERN_ANCHOR_MOVED);
  g_assert_cmpint (h->start, ==, start + g_utf8_strlen (inserted, -1) - 11);
  g_assert_cmpstr (h->quote, ==, "Motif de rupture de contrat");
  /* Before the edit: untouched. */
  g_assert_cmpint (reanchor (first, story, new_text), ==, LECTERN_ANCHOR_UNCHANGED);
}

static void
test_anchor_typo_fix (void)
{
  const char *quote = "Votre conduite montre que vous n’avez pas les compétences pour superviser OpenAI\", ont-ils écrient";
  g_autofree char *text = load_seed ();
  g_autoptr(LecternStory) story = lectern_story_new ("t", "", text);
  g_autoptr(LecternHighlight) h = highlight_quote (story, quote);
  g_autoptr(LecternHighlight) short_one = highlight_quote (story, "ont-ils écrient");
  g_autofree char *new_text = replace (text, "ont-ils écrient", "ont-ils écrit");

  /* A long quote: matched by both ends, then checked whole. */
  g_assert_cmpint (reanchor (h, story, new_text), ==, LECTERN_ANCHOR_FUZZY);
  g_assert_true (g_str_has_suffix (h->quote, "ont-ils écrit"));
  g_assert_true (g_str_has_prefix (h->quote, "Votre conduite"));

  g_assert_cmpint (reanchor (short_one, story, new_text), ==, LECTERN_ANCHOR_FUZZY);
  g_assert_cmpstr (short_one->quote, ==, "ont-ils écrit");
}

static void
test_anchor_removed_sentence (void)
{
  const char *sentence = " Pour Sam Altman qui a 38 ans, \"la mission continue\".";
  g_autofree char *text = load_seed ();
  g_autoptr(LecternStory) story = lectern_story_new ("t", "", text);
  g_autoptr(LecternHighlight) gone = highlight_quote (story, "Pour Sam Altman qui a 38 ans");
  g_autoptr(LecternHighlight) after = highlight_quote (story, "La possible démission de 700 employés");
  g_autofree char *new_text = replace (text, sentence, "");
  g_autofree char *old_quote = g_strdup (gone->quote);
  gint64 old_start = gone->start;

  g_assert_cmpint (reanchor (gone, story, new_text), ==, LECTERN_ANCHOR_ORPHANED);
  g_assert_true (gone->orphaned);
  /* An orphan keeps what it had, for the person to see. */
  g_assert_cmpstr (gone->quote, ==, old_quote);
  g_assert_cmpint (gone->start, ==, old_start);

  g_assert_cmpint (reanchor (after, story, new_text), ==, LECTERN_ANCHOR_MOVED);

  /* Put the sentence back: the orphan finds its place again. */
  g_assert_cmpint (reanchor (gone, story, text), !=, LECTERN_ANCHOR_ORPHANED);
  g_assert_cmpint (gone->start, ==, old_start);
}

static void
test_anchor_changed_quote (void)
{
  g_autofree char *text = load_seed ();
  g_autoptr(LecternStory) story = lectern_story_new ("t", "", text);
  g_autoptr(LecternHighlight) light = highlight_quote (story, "exprimaient leur intention de démissionner collectivement");
  g_autoptr(LecternHighlight) heavy = highlight_quote (story, "représentant la quasi-totalité du personnel");
  g_autofree char *step = replace (text, "leur intention de", "leur volonté de");
  g_autofree char *new_text = replace (step, "représentant la quasi-totalité du personnel",
                                       "soit presque tous les salariés");

  g_assert_cmpint (reanchor (light, story, new_text), ==, LECTERN_ANCHOR_FUZZY);
  g_assert_cmpstr (light->quote, ==, "exprimaient leur volonté de démissionner collectivement");
  g_assert_cmpint (reanchor (heavy, story, new_text), ==, LECTERN_ANCHOR_ORPHANED);
}

static void
test_anchor_context_picks_copy (void)
{
  g_autofree char *text = load_seed ();
  g_autoptr(LecternStory) story = lectern_story_new ("t", "", text);
  /* "Sam Altman" appears five times; take the one before "sera accompagné". */
  const char *at = strstr (text, "Sam Altman sera accompagné");
  gint64 start = g_utf8_pointer_to_offset (text, at);
  g_autoptr(LecternHighlight) h = lectern_highlight_new_for_range (story, start, start + 10, NULL, NULL);
  g_autofree char *new_text = g_strconcat ("Sam Altman, Sam Altman, Sam Altman.\n", text, NULL);
  g_autofree char *after = NULL;

  g_assert_cmpint (reanchor (h, story, new_text), ==, LECTERN_ANCHOR_MOVED);
  after = lectern_utf8_substring (new_text, h->end, h->end + 16);
  g_assert_cmpstr (after, ==, " sera accompagné");
}

static void
test_anchor_no_chance_match (void)
{
  g_autoptr(LecternStory) story = lectern_story_new ("t", "", "Hier, le conseil a voté la fin du contrat. Rien d'autre.");
  g_autoptr(LecternHighlight) h = lectern_highlight_new_for_range (story, 6, 16, NULL, NULL);

  g_assert_cmpstr (h->quote, ==, "le conseil");
  /* The sentence is gone; a look-alike with other surroundings is not it. */
  g_assert_cmpint (reanchor (h, story, "Tout autre texte : la conseil municipal se réunit."), ==,
                   LECTERN_ANCHOR_ORPHANED);
  /* The same look-alike with the old surroundings is. */
  g_assert_cmpint (reanchor (h, story, "Hier, la conseil a voté la fin du contrat. Rien d'autre."), ==,
                   LECTERN_ANCHOR_FUZZY);
  g_assert_cmpstr (h->quote, ==, "la conseil");
}

static void
test_anchor_empty_and_short (void)
{
  g_autoptr(LecternStory) story = lectern_story_new ("t", "", "abc def ghi");
  g_autoptr(LecternHighlight) h = lectern_highlight_new_for_range (story, 4, 7, NULL, NULL);

  /* Three letters changed by one: too short to call it a match. */
  g_assert_cmpint (reanchor (h, story, "abc dxf ghi"), ==, LECTERN_ANCHOR_ORPHANED);
  g_assert_cmpint (reanchor (h, story, ""), ==, LECTERN_ANCHOR_ORPHANED);
}

static void
test_anchor_store_reimport (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lectern-anchor-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *text = load_seed ();
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(LecternStory) story = lectern_story_new ("Seed", "seed.txt", text);
  g_autoptr(LecternStory) new_version = NULL;
  g_autoptr(LecternStory) stored = NULL;
  g_autoptr(GPtrArray) highlights = NULL;
  g_autofree char *step1 = NULL, *step2 = NULL, *step3 = NULL, *new_text = NULL;
  const char *quotes[] = {
    "Le monde de l'intelligence artificielle",   /* unchanged */
    "Motif de rupture de contrat",                /* moved */
    "ont-ils écrient",                            /* typo fixed: fuzzy */
    "Pour Sam Altman qui a 38 ans",               /* removed: orphan */
  };
  LecternReanchorCounts counts;
  LecternHighlight *last;

  g_assert_no_error (error);
  store = lectern_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lectern_store_add_story_sync (store, story, &error), >, 0);
  for (guint i = 0; i < G_N_ELEMENTS (quotes); i++)
    {
      g_autoptr(LecternHighlight) h = highlight_quote (story, quotes[i]);

      g_free (h->note);
      h->note = g_strdup_printf ("note %u", i);
      g_assert_cmpint (lectern_store_add_highlight_sync (store, h, &error), >, 0);
    }

  step1 = replace (text, "Lire Aussi\n", "Un paragraphe ajouté par la rédaction.\n");
  step2 = replace (step1, "ont-ils écrient", "ont-ils écrit");
  step3 = replace (step2, " Pour Sam Altman qui a 38 ans, \"la mission continue\".", "");
  new_text = g_strdup (step3);
  new_version = lectern_story_new ("Seed v2", "seed.txt", new_text);

  g_assert_true (lectern_store_replace_story_text_sync (store, story->id, new_version, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.total, ==, 4);
  g_assert_cmpuint (counts.unchanged, ==, 1);
  g_assert_cmpuint (counts.moved, ==, 1);
  g_assert_cmpuint (counts.fuzzy, ==, 1);
  g_assert_cmpuint (counts.orphaned, ==, 1);

  /* Persisted: new text, orphan kept and listed last with its note. */
  g_assert_finalize_object (g_steal_pointer (&store));
  store = lectern_store_new (path, &error);
  g_assert_no_error (error);
  stored = lectern_store_get_story_sync (store, story->id, &error);
  g_assert_cmpstr (stored->text, ==, new_text);
  g_assert_cmpstr (stored->title, ==, "Seed v2");
  highlights = lectern_store_list_highlights_sync (store, story->id, &error);
  g_assert_cmpuint (highlights->len, ==, 4);
  last = g_ptr_array_index (highlights, 3);
  g_assert_true (last->orphaned);
  g_assert_cmpstr (last->quote, ==, "Pour Sam Altman qui a 38 ans");
  g_assert_cmpstr (last->note, ==, "note 3");
  for (guint i = 0; i < 3; i++)
    {
      LecternHighlight *h = g_ptr_array_index (highlights, i);
      g_autofree char *at = lectern_utf8_substring (new_text, h->start, h->end);

      g_assert_false (h->orphaned);
      g_assert_cmpstr (at, ==, h->quote);
    }

  g_assert_finalize_object (g_steal_pointer (&store));
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/lectern/anchor/unchanged", test_anchor_unchanged);
  g_test_add_func ("/lectern/anchor/inserted-paragraph", test_anchor_inserted_paragraph);
  g_test_add_func ("/lectern/anchor/typo-fix", test_anchor_typo_fix);
  g_test_add_func ("/lectern/anchor/removed-sentence", test_anchor_removed_sentence);
  g_test_add_func ("/lectern/anchor/changed-quote", test_anchor_changed_quote);
  g_test_add_func ("/lectern/anchor/context-picks-copy", test_anchor_context_picks_copy);
  g_test_add_func ("/lectern/anchor/empty-and-short", test_anchor_empty_and_short);
  g_test_add_func ("/lectern/anchor/no-chance-match", test_anchor_no_chance_match);
  g_test_add_func ("/lectern/anchor/store-reimport", test_anchor_store_reimport);

  return g_test_run ();
}
