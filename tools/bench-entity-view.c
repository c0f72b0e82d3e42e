/* bench-entity-view.c: the app's page of one person or organization on a
 * real library: from win.show-entity to the page drawn, and its dossier
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the real window on LIBRARY, shows the page of NAME a number of
 * times (the first run also brings the library's entity lists up to date
 * if they are stale), and times each open until the page's first frame;
 * then writes the dossier as Markdown, HTML and PDF. Needs a display
 * (xvfb-run -a). A library to try: build/tools/bench-library --keep DIR
 * (its person "Camille Fournier" is in a fifth of the stories).
 *
 *   xvfb-run -a build/tools/bench-entity-view LIBRARY.db "Camille Fournier" [--runs N]
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "lectern-entity-view.h"
#include "lectern-window.h"

static gboolean painted;
static gint64 loaded_at;
static double loaded_cpu;

static double cpu_ms (void);

static void
on_loaded_cb (LecternEntityView *view,
              gpointer           user_data)
{
  loaded_at = g_get_monotonic_time ();
  loaded_cpu = cpu_ms ();
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  painted = TRUE;
}

static void
iterate_while (gboolean (*busy) (gpointer),
               gpointer   data)
{
  while (busy (data))
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
window_busy (gpointer data)
{
  return lectern_window_is_busy (data);
}

static gboolean
view_busy (gpointer data)
{
  return lectern_entity_view_get_loading (data);
}

static gboolean
not_painted (gpointer data)
{
  return !painted;
}

/* The process's CPU time (every thread): on a shared, loaded machine the
 * wall clock mostly measures the wait for a core. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static gboolean exported;

static void
on_exported_cb (LecternEntityView *view,
                const char        *path,
                const char        *error_message,
                gpointer           user_data)
{
  if (error_message != NULL)
    g_error ("%s", error_message);
  exported = TRUE;
}

static gboolean
not_exported (gpointer data)
{
  return !exported;
}

int
main (int   argc,
      char *argv[])
{
  int runs = 11;
  gboolean no_dossier = FALSE;
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Opens to time (11)", "N" },
    { "no-dossier", 0, 0, G_OPTION_ARG_NONE, &no_dossier, "Only the page", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("LIBRARY.db NAME — the entity page in the app");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree double *times = NULL;
  g_autofree double *cpu = NULL;
  LecternWindow *window;
  LecternEntityView *view;
  const LecternEntityPage *page;
  GdkFrameClock *clock;
  const struct { LecternDossierFormat format; const char *name; } formats[] = {
    { LECTERN_DOSSIER_MARKDOWN, "dossier.md" },
    { LECTERN_DOSSIER_HTML,     "dossier.html" },
    { LECTERN_DOSSIER_PDF,      "dossier.pdf" },
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 3 || runs < 1)
    {
      g_printerr ("Usage: bench-entity-view LIBRARY.db NAME [--runs N]\n");
      return 2;
    }
  if (!g_file_test (argv[1], G_FILE_TEST_IS_REGULAR))
    {
      g_printerr ("No library at %s.\n", argv[1]);
      return 1;
    }

  setvbuf (stdout, NULL, _IOLBF, 0);
  gtk_init ();
  adw_init ();
  window = lectern_window_new (NULL, argv[1]);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  gtk_window_present (GTK_WINDOW (window));
  iterate_while (window_busy, window);
  printf ("Window open on the library\n");
  view = lectern_window_get_entity_view (window);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), NULL);
  g_signal_connect (view, "loaded", G_CALLBACK (on_loaded_cb), NULL);

  times = g_new0 (double, runs);
  cpu = g_new0 (double, runs);
  for (int run = 0; run <= runs; run++)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();

      lectern_window_show_entity (window, argv[2]);
      iterate_while (view_busy, view);
      painted = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (window));
      iterate_while (not_painted, NULL);
      if (g_getenv ("LECTERN_TIMING") != NULL)
        printf ("  run %d: page in the view at %.0f ms (CPU %.1f ms), drawn at %.0f ms (CPU %.1f ms)\n",
                run, (loaded_at - start) / 1000.0, loaded_cpu - cpu_start,
                (g_get_monotonic_time () - start) / 1000.0, cpu_ms () - cpu_start);
      if (run == 0)
        {
          page = lectern_entity_view_get_page (view);
          if (page == NULL)
            {
              g_printerr ("No page for %s.\n", argv[2]);
              return 1;
            }
          printf ("Entity page of %s: %u stories, %u mentions, %u highlights, %u quotes, "
                  "%u found quotes, %u notes (%s)\n", page->entity->name,
                  page->entity->n_stories, page->entity->n_mentions, page->n_highlights,
                  page->n_quotes, page->n_found_quotes, page->n_notes,
                  page->complete ? "all read" : "first rows read");
          printf ("  first open (entity lists brought up to date): %.1f ms\n",
                  (g_get_monotonic_time () - start) / 1000.0);
          continue;
        }
      times[run - 1] = (g_get_monotonic_time () - start) / 1000.0;
      cpu[run - 1] = cpu_ms () - cpu_start;
    }
  qsort (times, runs, sizeof (double), compare_doubles);
  qsort (cpu, runs, sizeof (double), compare_doubles);
  printf ("  win.show-entity to the page drawn (%d runs): wall median %.1f ms, max %.1f ms; "
          "CPU median %.1f ms, max %.1f ms\n", runs, times[runs / 2], times[runs - 1],
          cpu[runs / 2], cpu[runs - 1]);

  if (no_dossier)
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return 0;
    }
  dir = g_dir_make_tmp ("lectern-bench-XXXXXX", &error);
  g_assert_no_error (error);
  g_signal_connect (view, "exported", G_CALLBACK (on_exported_cb), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = g_build_filename (dir, formats[i].name, NULL);
      gint64 start = g_get_monotonic_time ();
      GStatBuf buf;

      exported = FALSE;
      lectern_entity_view_export (view, path, formats[i].format);
      iterate_while (not_exported, NULL);
      g_stat (path, &buf);
      printf ("  dossier %s: %.0f ms, %.1f KB\n", formats[i].name,
              (g_get_monotonic_time () - start) / 1000.0, buf.st_size / 1024.0);
      g_unlink (path);
    }
  g_rmdir (dir);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
