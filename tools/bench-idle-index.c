/* bench-idle-index.c: how long a highlight write waits while the app
 * indexes the search queue at idle (LecternIndexer)
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Adds N stories of about 5 KB (default 1,000) in one batch, so that they
 * all wait in the search queue, then lets LecternIndexer index them a
 * step at a time while another thread adds a highlight every 5 ms, as a
 * reader would, and times each of those writes. Then the same with the
 * whole queue indexed in one go (lectern_search_update_sync(), what a
 * search does first) for comparison.
 *
 *   build/tools/bench-idle-index [--stories N]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "lectern-indexer.h"
#include "lectern-search.h"
#include "lectern-store.h"

static const char *const words[] = {
  "le", "la", "les", "un", "une", "des", "du", "de", "et", "à", "en", "pour", "sur", "avec",
  "gouvernement", "ministre", "réforme", "budget", "élection", "député", "syndicat", "grève",
  "économie", "inflation", "croissance", "entreprise", "salariés", "retraites", "santé",
  "l’État", "d’après", "qu’il", "cœur", "œuvre", "the", "of", "and", "government", "minister",
  "reform", "election", "union", "strike", "economy", "said", "announced", "Camille Fournier",
};

typedef struct
{
  LecternStore *store;
  gint64        story_id;
  GArray       *waits;   /* double, ms */
  gint          stop;
} Writer;

static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static gpointer
writer_thread (gpointer data)
{
  Writer *writer = data;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = 0;

  story = lectern_store_get_story_sync (writer->store, writer->story_id, &error);
  if (story == NULL)
    g_error ("%s", error->message);
  while (!g_atomic_int_get (&writer->stop))
    {
      LecternHighlight *highlight = lectern_highlight_new_for_range (story, start, start + 10,
                                                                     "yellow", "");
      gint64 before = g_get_monotonic_time ();
      double ms;

      if (lectern_store_add_highlight_sync (writer->store, highlight, &error) <= 0)
        g_error ("%s", error->message);
      ms = (g_get_monotonic_time () - before) / 1000.0;
      g_array_append_val (writer->waits, ms);
      lectern_highlight_free (highlight);
      start = (start + 20) % 4000;
      g_usleep (5000);
    }

  return NULL;
}

static void
fill (LecternStore *store,
      int           n_stories)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (13);
  g_autoptr(GError) error = NULL;

  if (!lectern_store_begin_batch_sync (store, &error))
    g_error ("%s", error->message);
  for (int i = 0; i < n_stories; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *title = g_strdup_printf ("Dépêche %d", i);
      g_autoptr(LecternStory) story = NULL;

      g_string_append_printf (text, "%s\n\n", title);
      while (text->len < 5000)
        {
          g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
          g_string_append_c (text, g_rand_int_range (rand, 0, 12) == 0 ? '\n' : ' ');
        }
      story = lectern_story_new (title, "bench", text->str);
      if (lectern_store_add_story_sync (store, story, &error) <= 0)
        g_error ("%s", error->message);
    }
  if (!lectern_store_end_batch_sync (store, TRUE, &error))
    g_error ("%s", error->message);
}

static void
report (const char *what,
        GArray     *waits,
        double      wall_ms)
{
  double *w = (double *) waits->data;

  qsort (w, waits->len, sizeof (double), compare_doubles);
  printf ("%s: indexing %.0f ms; %u highlight writes meanwhile,"
          " wait median %.2f ms, 99th percentile %.2f ms, longest %.2f ms\n", what, wall_ms,
          waits->len, waits->len ? w[waits->len / 2] : 0.0,
          waits->len ? w[MIN (waits->len - 1, waits->len * 99 / 100)] : 0.0,
          waits->len ? w[waits->len - 1] : 0.0);
}

static double index_cpu;

/* Indexes in one go, or a step at a time, timing this thread's CPU. */
static gpointer
index_thread (gpointer data)
{
  LecternStore *store = data;
  g_autoptr(GError) error = NULL;
  double start = cpu_ms ();
  gboolean done = FALSE;

  if (g_strcmp0 (g_getenv ("BENCH_STEPS"), "1") != 0)
    {
      if (!lectern_search_update_sync (store, NULL, &error))
        g_error ("%s", error->message);
    }
  else
    while (!done)
      if (!lectern_search_update_step_sync (store, LECTERN_INDEXER_STEP_BYTES, NULL, &done,
                                            &error))
        g_error ("%s", error->message);
  index_cpu = cpu_ms () - start;
  return NULL;
}

int
main (int    argc,
      char **argv)
{
  int n_stories = 1000;
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;

  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--stories") && i + 1 < argc)
      n_stories = atoi (argv[++i]);

  dir = g_dir_make_tmp ("bench-idle-index-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);

  /* 0: LecternIndexer with a writer; 1: in one go with a writer; 2 and
   * 3: in steps, then in one go, alone, for their CPU time. */
  for (int mode = 0; mode < 4; mode++)
    {
      g_autofree char *path = g_build_filename (dir, mode == 0 ? "steps.db" : "one-go.db", NULL);
      g_autoptr(LecternStore) store = lectern_store_new (path, &error);
      Writer writer = { 0 };
      GThread *thread;
      gint64 start;

      if (store == NULL)
        g_error ("%s", error->message);
      fill (store, n_stories);
      writer.store = store;
      writer.story_id = 1;
      writer.waits = g_array_new (FALSE, FALSE, sizeof (double));

      thread = mode < 2 ? g_thread_new ("writer", writer_thread, &writer) : NULL;
      g_usleep (20000);
      g_setenv ("BENCH_STEPS", mode == 2 ? "1" : "0", TRUE);
      start = g_get_monotonic_time ();
      if (mode == 0)
        {
          g_autoptr(LecternIndexer) indexer = lectern_indexer_new (store);

          lectern_indexer_schedule (indexer, 1);
          while (lectern_indexer_is_busy (indexer))
            g_main_context_iteration (NULL, TRUE);
        }
      else
        {
          GThread *indexing = g_thread_new ("index", index_thread, store);

          g_thread_join (indexing);
        }
      g_atomic_int_set (&writer.stop, 1);
      if (thread != NULL)
        g_thread_join (thread);
      if (mode < 2)
        report (mode == 0 ? "At idle, a step at a time (LecternIndexer)"
                          : "In one go (lectern_search_update_sync, as a search does first)",
                writer.waits, (g_get_monotonic_time () - start) / 1000.0);
      else
        printf ("Alone, %s: %.0f ms, CPU %.0f ms\n",
                mode == 2 ? "a step at a time" : "in one go",
                (g_get_monotonic_time () - start) / 1000.0, index_cpu);
      g_array_unref (writer.waits);
      g_clear_object (&store);
      g_unlink (path);
    }
  g_rmdir (dir);
  return 0;
}
