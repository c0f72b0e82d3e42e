/* bench-store.c: how the library store and exporters scale
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds a library of N stories × M highlights plus one story with 2,000
 * highlights in a temporary folder, then times opening that story, each
 * export of the whole library, re-anchoring after an edit and importing the
 * JSON export into an empty library. Prints peak memory (RSS) at the end.
 *
 *   build/tools/bench-store [--stories 200] [--highlights 50] [--big 2000]
 */

#define G_LOG_DOMAIN "bench-store"

#include "config.h"

#include <locale.h>
#include <sys/resource.h>
#include <glib/gstdio.h>

#include "lectern-export.h"
#include "lectern-pdf.h"
#include "lectern-notes.h"
#include "lectern-store.h"

#define RUNS 5

static const char *words[] = {
  "le", "conseil", "d'administration", "a", "annoncé", "vendredi", "que", "Sam", "Altman",
  "quittait", "OpenAI", "pour", "rejoindre", "Microsoft", "où", "il", "dirigera", "une",
  "nouvelle", "équipe", "de", "recherche", "en", "intelligence", "artificielle", "selon",
  "Satya", "Nadella", "les", "employés", "ont", "signé", "lettre", "demandant", "démission",
  "du", "à", "la", "suite", "cette", "décision", "surprenante", "« »", "—", "entreprise",
};

/* About `n_chars` characters of French-looking paragraphs. */
static char *
make_text (GRand *rand,
           guint  n_chars)
{
  GString *text = g_string_new ("Titre de l’article numéro ");

  g_string_append_printf (text, "%u\n", g_rand_int (rand));
  while (text->len < n_chars)
    {
      guint n = g_rand_int_range (rand, 40, 120);

      for (guint i = 0; i < n; i++)
        {
          g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
          g_string_append_c (text, i + 1 < n ? ' ' : '.');
        }
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static gint64
add_story (LecternStore *store,
           GRand        *rand,
           guint         n_chars,
           guint         n_highlights)
{
  g_autofree char *text = make_text (rand, n_chars);
  g_autoptr(LecternStory) story = lectern_story_new ("Bench", "/tmp/bench.txt", text);
  g_autoptr(GError) error = NULL;
  const char *tags[] = { "bench", NULL, NULL };
  const char *const *colors = lectern_highlight_colors ();

  if (lectern_store_add_story_sync (store, story, &error) == 0)
    g_error ("%s", error->message);

  for (guint i = 0; i < n_highlights; i++)
    {
      gint64 start = g_rand_int_range (rand, 0, story->n_chars - 200);
      gint64 end = start + g_rand_int_range (rand, 10, 200);
      g_autoptr(LecternHighlight) h = NULL;
      g_autofree char *tag = g_strdup_printf ("t%u", i % 7);

      h = lectern_highlight_new_for_range (story, start, end, colors[i % 5],
                                           i % 3 == 0 ? "Une note, avec *Markdown*." : NULL);
      tags[1] = tag;
      lectern_highlight_set_tags (h, tags);
      if (lectern_store_add_highlight_sync (store, h, &error) == 0)
        g_error ("%s", error->message);
    }

  return story->id;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

static GPtrArray *
load_library (LecternStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stories = lectern_store_list_stories_sync (store, &error);
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_export_item_free);

  if (stories == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < stories->len; i++)
    {
      LecternStory *story = g_ptr_array_index (stories, i);
      g_autoptr(GPtrArray) highlights = lectern_store_list_highlights_sync (store, story->id, &error);
      g_autofree char *note = lectern_store_get_story_note_sync (store, story->id, &error);

      if (highlights == NULL || note == NULL)
        g_error ("%s", error->message);
      g_ptr_array_add (items, lectern_export_item_new (story, highlights, NULL, note));
    }

  return items;
}

static void
remove_library (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  int n_stories = 200, per_story = 50, big = 2000;
  const GOptionEntry entries[] = {
    { "stories", 0, 0, G_OPTION_ARG_INT, &n_stories, "Stories in the library", "N" },
    { "highlights", 0, 0, G_OPTION_ARG_INT, &per_story, "Highlights per story", "N" },
    { "big", 0, 0, G_OPTION_ARG_INT, &big, "Highlights of the one big story", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— benchmark the library store");
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *json = NULL;
  struct rusage usage;
  double times[RUNS];
  gint64 t0, big_id;
  guint total = 0;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  dir = g_dir_make_tmp ("lectern-bench-XXXXXX", &error);
  path = g_build_filename (dir, "library.db", NULL);
  store = lectern_store_new (path, &error);
  if (store == NULL)
    g_error ("%s", error->message);

  t0 = g_get_monotonic_time ();
  for (int i = 0; i < n_stories; i++)
    add_story (store, rand, 8000, per_story);
  g_print ("%-44s %9.3f s  (%d stories × %d highlights, one transaction each)\n",
           "build library", (g_get_monotonic_time () - t0) / 1e6, n_stories, per_story);


  categories = lectern_store_list_categories_sync (store, &error);
  t0 = g_get_monotonic_time ();
  items = load_library (store);
  for (guint i = 0; i < items->len; i++)
    total += ((LecternExportItem *) g_ptr_array_index (items, i))->highlights->len;
  g_print ("%-44s %9.2f ms (%u stories, %u highlights)\n", "load whole library for export",
           (g_get_monotonic_time () - t0) / 1e3, items->len, total);

  for (LecternExportFormat format = LECTERN_EXPORT_MARKDOWN; format <= LECTERN_EXPORT_ORG; format++)
    {
      gsize size = 0;

      for (int run = 0; run < RUNS; run++)
        {
          g_autofree char *out = NULL;

          t0 = g_get_monotonic_time ();
          out = lectern_export_items (format, items, categories, NULL);
          times[run] = (g_get_monotonic_time () - t0) / 1e3;
          size = strlen (out);
          if (format == LECTERN_EXPORT_JSON && json == NULL)
            json = g_steal_pointer (&out);
        }
      g_print ("export library as %-25s %9.2f ms (median of %d, %.1f MB)\n",
               lectern_export_format_to_string (format), median (times, RUNS), RUNS, size / 1e6);
    }

  /* PDF of one story (the goal is under 200 ms for 50 highlights), and of
   * the first ten: layout with Pango, drawing with cairo. */
  for (guint n = 1; n <= 10; n += 9)
    {
      g_autoptr(GPtrArray) some = g_ptr_array_new ();
      gsize size = 0;

      for (guint i = 0; i < n && i < items->len; i++)
        g_ptr_array_add (some, g_ptr_array_index (items, i));
      for (int run = 0; run < RUNS; run++)
        {
          g_autoptr(GBytes) pdf = NULL;

          t0 = g_get_monotonic_time ();
          pdf = lectern_export_pdf (some, categories, &error);
          times[run] = (g_get_monotonic_time () - t0) / 1e3;
          if (pdf == NULL)
            g_error ("%s", error->message);
          size = g_bytes_get_size (pdf);
        }
      g_print ("export %2u %-33s %9.2f ms (median of %d, %.1f MB)\n", n,
               n == 1 ? "story as pdf" : "stories as pdf", median (times, RUNS), RUNS, size / 1e6);
    }

  t0 = g_get_monotonic_time ();
  big_id = add_story (store, rand, 60000, big);
  g_print ("%-44s %9.3f s\n", "build big story", (g_get_monotonic_time () - t0) / 1e6);

  /* What the GUI does to show a story: text, highlights, structure. */
  for (int run = 0; run < RUNS; run++)
    {
      g_autoptr(LecternStory) story = NULL;
      g_autoptr(GPtrArray) highlights = NULL;
      g_autoptr(GArray) blocks = NULL;

      t0 = g_get_monotonic_time ();
      story = lectern_store_get_story_sync (store, big_id, &error);
      highlights = lectern_store_list_highlights_sync (store, big_id, &error);
      blocks = lectern_story_get_blocks (story);
      times[run] = (g_get_monotonic_time () - t0) / 1e3;
      g_assert (highlights->len == (guint) big);
    }
  g_print ("%-44s %9.2f ms (median of %d)\n", "open story with big highlights", median (times, RUNS), RUNS);

  {
    g_autoptr(LecternStory) story = lectern_store_get_story_sync (store, big_id, &error);
    g_autoptr(GPtrArray) highlights = lectern_store_list_highlights_sync (store, big_id, &error);
    g_autoptr(GPtrArray) one = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_export_item_free);
    g_autoptr(GBytes) pdf = NULL;

    g_ptr_array_add (one, lectern_export_item_new (story, highlights, NULL, NULL));
    t0 = g_get_monotonic_time ();
    pdf = lectern_export_pdf (one, categories, &error);
    if (pdf == NULL)
      g_error ("%s", error->message);
    g_print ("%-44s %9.2f ms (%.1f MB)\n", "export big story as pdf",
             (g_get_monotonic_time () - t0) / 1e3, g_bytes_get_size (pdf) / 1e6);
  }

  /* A paragraph inserted at the top: every highlight must move. */
  {
    g_autoptr(LecternStory) story = lectern_store_get_story_sync (store, big_id, &error);
    g_autofree char *text = g_strconcat ("Un paragraphe ajouté en tête, après publication.\n", story->text, NULL);
    g_autoptr(LecternStory) version = lectern_story_new ("Bench v2", story->source, text);
    LecternReanchorCounts counts;

    t0 = g_get_monotonic_time ();
    if (!lectern_store_replace_story_text_sync (store, big_id, version, &counts, &error))
      g_error ("%s", error->message);
    g_print ("%-44s %9.2f ms (%u moved, %u orphaned)\n", "re-anchor big story after an edit",
             (g_get_monotonic_time () - t0) / 1e3, counts.moved, counts.orphaned);
  }

  {
    g_autofree char *other_path = g_build_filename (dir, "other.db", NULL);
    g_autoptr(LecternStore) other = lectern_store_new (other_path, &error);
    LecternNotesImportCounts counts;

    t0 = g_get_monotonic_time ();
    if (!lectern_notes_import_json (other, json, -1, &counts, &error))
      g_error ("%s", error->message);
    g_print ("%-44s %9.3f s  (%u highlights)\n", "import JSON export into an empty library",
             (g_get_monotonic_time () - t0) / 1e6, counts.highlights_added);
  }

  getrusage (RUSAGE_SELF, &usage);
  g_print ("%-44s %9.1f MB\n", "peak RSS", usage.ru_maxrss / 1024.0);

  g_clear_object (&store);
  remove_library (dir);
  return 0;
}
