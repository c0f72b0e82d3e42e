/* bench-entity-view-read.c: the core read behind the app's entity page
 * (its first rows and counts) against the full read the dossier takes,
 * on a real library; no display needed
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Brings the library's entity lists up to date once (as the app's first
 * open does), then times lectern_library_get_entity_page_sync() with the
 * page's limit and with none. Under callgrind, --runs 1 --only-first.
 *
 *   build/tools/bench-entity-view-read LIBRARY.db NAME [--runs N] [--only-first]
 *   build/tools/bench-entity-view-read LIBRARY.db --most-mentioned
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "lectern-dossier.h"
#include "lectern-store.h"

/* The thread's CPU time: on a shared, loaded machine the wall clock mostly
 * measures the wait for a core. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
time_read (LecternStore *store,
           const char   *name,
           guint         limit,
           int           runs)
{
  g_autofree double *wall = g_new0 (double, runs);
  g_autofree double *cpu = g_new0 (double, runs);

  for (int run = 0; run < runs; run++)
    {
      g_autoptr(LecternEntityPage) page = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();

      page = lectern_library_get_entity_page_sync (store, name, limit, &error);
      wall[run] = (g_get_monotonic_time () - start) / 1000.0;
      cpu[run] = cpu_ms () - cpu_start;
      if (page == NULL)
        {
          g_printerr ("%s\n", error->message);
          exit (1);
        }
      if (run == 0)
        printf ("%s (%s): %u stories, %u mentions, %u highlights, %u quotes, %u found quotes, "
                "%u notes; %u stories, %u highlights, %u quotes read\n", page->entity->name,
                limit == 0 ? "full read" : "first rows", page->entity->n_stories,
                page->entity->n_mentions, page->n_highlights, page->n_quotes,
                page->n_found_quotes, page->n_notes, page->stories->len,
                page->highlights->len, page->quotes->len);
    }
  qsort (wall, runs, sizeof (double), compare_doubles);
  qsort (cpu, runs, sizeof (double), compare_doubles);
  printf ("  %s (%d runs): CPU median %.1f ms, max %.1f ms; wall median %.1f ms\n",
          limit == 0 ? "full read" : "first rows", runs, cpu[runs / 2], cpu[runs - 1],
          wall[runs / 2]);
}

int
main (int   argc,
      char *argv[])
{
  int runs = 11;
  gboolean only_first = FALSE;
  gboolean most_mentioned = FALSE;
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Reads to time (11)", "N" },
    { "only-first", 0, 0, G_OPTION_ARG_NONE, &only_first, "Only the first rows", NULL },
    { "most-mentioned", 0, 0, G_OPTION_ARG_NONE, &most_mentioned,
      "The name with the most mentions", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("LIBRARY.db [NAME] — the entity page's read");
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStore) store = NULL;
  g_autofree char *name = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 1
      || argc != (most_mentioned ? 2 : 3))
    {
      g_printerr ("Usage: bench-entity-view-read LIBRARY.db NAME|--most-mentioned [--runs N]\n");
      return 2;
    }
  if (!g_file_test (argv[1], G_FILE_TEST_IS_REGULAR))
    {
      g_printerr ("No library at %s.\n", argv[1]);
      return 1;
    }

  setvbuf (stdout, NULL, _IOLBF, 0);
  store = lectern_store_new (argv[1], &error);
  if (store == NULL
      || !lectern_library_refresh_entities_sync (store, NULL, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (most_mentioned)
    {
      g_autoptr(GPtrArray) all = lectern_library_list_entities_sync (store, &error);
      const LecternLibraryEntity *best = NULL;

      for (guint i = 0; all != NULL && i < all->len; i++)
        {
          const LecternLibraryEntity *entity = g_ptr_array_index (all, i);

          if (best == NULL || entity->n_mentions > best->n_mentions)
            best = entity;
        }
      if (best == NULL)
        {
          g_printerr ("No person or organization in the library.\n");
          return 1;
        }
      name = g_strdup (best->name);
    }
  else
    name = g_strdup (argv[2]);

  time_read (store, name, LECTERN_ENTITY_PAGE_FIRST_ROWS, runs);
  if (!only_first)
    time_read (store, name, 0, runs);

  return 0;
}
