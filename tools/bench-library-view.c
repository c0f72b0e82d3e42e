/* bench-library-view.c: how fast the library page opens and scrolls on a
 * big library (issue 13: under 100 ms on 10,000 stories, no stalled frame)
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generates a library (default 10,000 stories of about 5 KB, 10
 * highlights on every tenth, a tag on some, every seventh begun) unless given one, then times:
 * the core query the page runs off the UI thread; the page itself in a
 * window, from the reload to the first frame showing the rows; sorting
 * and filtering the whole list; and the longest frame while scrolling.
 *
 *   build/tools/bench-library-view [--stories N] [--keep DIR]
 *   build/tools/bench-library-view --library DIR/library.db [--open-only | --first-only]
 * Under `valgrind --tool=callgrind --collect-atstart=no`, only the first
 * open (reload to its first frame) is counted.
 * The window part needs a display (xvfb-run -a …); without one it is skipped.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/resource.h>
#if __has_include (<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_TOGGLE_COLLECT
#endif

#include "lectern-highlight.h"
#include "lectern-library-list.h"
#include "lectern-library-view.h"
#include "lectern-store.h"

static const char *const words[] = {
  "le", "la", "les", "un", "une", "des", "gouvernement", "ministre", "réforme", "budget",
  "élection", "député", "syndicat", "grève", "économie", "État", "l’État", "cœur", "œuvre",
  "the", "a", "of", "and", "government", "minister", "reform", "market", "court", "judge",
  "Camille", "Fournier", "Margaret", "Smith", "Europe", "Bruxelles", "said", "a dit", "selon",
};

static const char *const sites[] = { "Le Monde", "The Guardian", "Libération", "", "BBC News" };

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* CPU time of the whole process (every thread), in ms: unlike wall time,
 * it does not grow when other programs share the machine. */
static double
cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec * 1000.0 + usage.ru_utime.tv_usec / 1000.0
         + usage.ru_stime.tv_sec * 1000.0 + usage.ru_stime.tv_usec / 1000.0;
}

static char *
make_text (GRand *rand,
           guint  n_bytes,
           char **title)
{
  GString *text = g_string_new (NULL);
  GString *heading = g_string_new (NULL);

  for (guint i = 0; i < 6; i++)
    {
      const char *word = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

      if (i == 0)
        g_string_append_unichar (heading, g_unichar_toupper (g_utf8_get_char (word)));
      g_string_append (heading, i == 0 ? g_utf8_next_char (word) : word);
      g_string_append_c (heading, ' ');
    }
  g_string_truncate (heading, heading->len - 1);
  g_string_append_printf (text, "%s\n\n", heading->str);
  while (text->len < n_bytes)
    {
      g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      g_string_append_c (text, g_rand_int_range (rand, 0, 15) == 0 ? '\n' : ' ');
    }

  *title = g_string_free (heading, FALSE);
  return g_string_free (text, FALSE);
}

static void
generate (const char *path,
          guint       n_stories)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStore) store = lectern_store_new (path, &error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (13);
  double start = now_ms ();

  if (store == NULL)
    g_error ("%s", error->message);

  for (guint i = 0; i < n_stories; i++)
    {
      g_autofree char *title = NULL;
      g_autofree char *text = make_text (rand, 5000, &title);
      g_autoptr(LecternStory) story = lectern_story_new (title, "", text);

      if (i % 200 == 0 && !lectern_store_begin_batch_sync (store, &error))
        g_error ("%s", error->message);
      g_free (story->site);
      story->site = g_strdup (sites[i % G_N_ELEMENTS (sites)]);
      g_free (story->published);
      story->published = g_strdup_printf ("20%02u-%02u-%02u", 10 + i % 15, 1 + i % 12, 1 + i % 28);
      if (lectern_store_add_story_sync (store, story, &error) == 0)
        g_error ("%s", error->message);
      /* Every seventh story begun or finished, for the sort by progress. */
      if (i % 7 == 0 && !lectern_library_set_progress_sync (store, story->id, (i % 101) / 100.0, 0, &error))
        g_error ("%s", error->message);
      for (guint h = 0; i % 10 == 0 && h < 10; h++)
        {
          LecternHighlight *highlight = lectern_highlight_new_for_range (story, 100 + h * 200, 150 + h * 200,
                                                                         "yellow", "");
          const char *tags[] = { "budget", NULL };

          if (h == 0)
            lectern_highlight_set_tags (highlight, tags);
          if (lectern_store_add_highlight_sync (store, highlight, &error) == 0)
            g_error ("%s", error->message);
          lectern_highlight_free (highlight);
        }
      if ((i % 200 == 199 || i == n_stories - 1) && !lectern_store_end_batch_sync (store, TRUE, &error))
        g_error ("%s", error->message);
    }

  printf ("generated %u stories in %.1f s\n", n_stories, (now_ms () - start) / 1000);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

static void
bench_query (LecternStore *store)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  guint n = 0;

  g_autoptr(GArray) cpu_times = g_array_new (FALSE, FALSE, sizeof (double));

  for (int run = 0; run < 7; run++)
    {
      g_autoptr(GError) error = NULL;
      double start = now_ms (), cpu_start = cpu_ms ();
      g_autoptr(GPtrArray) entries = lectern_library_list_sync (store, &error);
      double ms = now_ms () - start, cpu = cpu_ms () - cpu_start;

      if (entries == NULL)
        g_error ("%s", error->message);
      n = entries->len;
      if (run == 0)
        printf ("core query (first run): %.1f ms for %u stories\n", ms, n);
      else
        {
          g_array_append_val (times, ms);
          g_array_append_val (cpu_times, cpu);
        }
    }
  printf ("core query: median %.1f ms wall, %.1f ms CPU, for %u stories (off the UI thread)\n",
          median (times), median (cpu_times), n);
}

typedef struct
{
  double  longest;
  double  last;
  double  work_start;
  double  longest_work;   /* a frame's own work: before paint to painted */
  GArray *intervals;      /* ms between frames */
} Frames;

static void
on_layout_cb (GdkFrameClock *clock,
              Frames        *frames)
{
  frames->work_start = now_ms ();
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Frames        *frames)
{
  double t = now_ms ();

  if (frames->last > 0)
    {
      double interval = t - frames->last;

      g_array_append_val (frames->intervals, interval);
      frames->longest = MAX (frames->longest, interval);
    }
  if (frames->work_start > 0)
    frames->longest_work = MAX (frames->longest_work, t - frames->work_start);
  frames->last = t;
}

static void
count_frame (guint *n_frames)
{
  (*n_frames)++;
}

static void
iterate_until (gboolean (*done) (gpointer), gpointer data)
{
  while (!done (data))
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
view_idle (gpointer data)
{
  return !lectern_library_view_is_busy (data);
}

static GtkScrolledWindow *
find_scrolled (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget))
    return GTK_SCROLLED_WINDOW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found = find_scrolled (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
bench_view (LecternStore *store,
            gboolean      open_only,
            gboolean      first_only)
{
  GtkWidget *window = gtk_window_new ();
  LecternLibraryView *view = g_object_new (LECTERN_TYPE_LIBRARY_VIEW, NULL);
  GtkSelectionModel *model = lectern_library_view_get_model (view);
  GtkAdjustment *adjustment;
  Frames frames = { 0 };
  double start, ms, cpu_start;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 800);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  lectern_library_view_set_store (view, store);

  for (int run = 0; run < (first_only ? 1 : 5); run++)
    {
      double cpu;
      guint n_frames = 0;
      gulong counter;

      counter = g_signal_connect_swapped (gtk_widget_get_frame_clock (window), "after-paint",
                                          G_CALLBACK (count_frame), &n_frames);
      if (run == 0)
        CALLGRIND_TOGGLE_COLLECT;
      cpu_start = cpu_ms ();
      start = now_ms ();
      lectern_library_view_reload (view);
      iterate_until (view_idle, view);
      ms = now_ms () - start;
      cpu = cpu_ms () - cpu_start;
      gtk_test_widget_wait_for_draw (window);
      if (run == 0)
        CALLGRIND_TOGGLE_COLLECT;
      g_signal_handler_disconnect (gtk_widget_get_frame_clock (window), counter);
      printf ("page open, run %d: rows in the model %.1f ms (CPU %.1f ms), first frame with them %.1f ms"
              " (CPU %.1f ms) (%u rows, %u frames)\n", run + 1, ms, cpu, now_ms () - start, cpu_ms () - cpu_start,
              g_list_model_get_n_items (G_LIST_MODEL (model)), n_frames);
    }
  if (open_only || first_only)
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  start = now_ms ();
  cpu_start = cpu_ms ();
  lectern_library_view_set_sort (view, LECTERN_LIBRARY_SORT_TITLE);
  printf ("sort by title: %.1f ms (CPU %.1f ms)\n", now_ms () - start, cpu_ms () - cpu_start);
  start = now_ms ();
  cpu_start = cpu_ms ();
  lectern_library_view_set_sort (view, LECTERN_LIBRARY_SORT_HIGHLIGHTS);
  printf ("sort by highlights: %.1f ms (CPU %.1f ms)\n", now_ms () - start, cpu_ms () - cpu_start);
  start = now_ms ();
  cpu_start = cpu_ms ();
  lectern_library_view_set_sort (view, LECTERN_LIBRARY_SORT_PROGRESS);
  printf ("sort by reading progress: %.1f ms (CPU %.1f ms)\n", now_ms () - start, cpu_ms () - cpu_start);
  start = now_ms ();
  cpu_start = cpu_ms ();
  lectern_library_view_set_filter_text (view, "budget");
  printf ("filter \"budget\" (first, folds every row): %.1f ms (CPU %.1f ms), %u rows\n", now_ms () - start,
          cpu_ms () - cpu_start, g_list_model_get_n_items (G_LIST_MODEL (model)));
  start = now_ms ();
  cpu_start = cpu_ms ();
  lectern_library_view_set_filter_text (view, "etat monde");
  printf ("filter \"etat monde\": %.1f ms (CPU %.1f ms), %u rows\n", now_ms () - start,
          cpu_ms () - cpu_start, g_list_model_get_n_items (G_LIST_MODEL (model)));
  lectern_library_view_set_filter_text (view, "");
  gtk_test_widget_wait_for_draw (window);

  /* Scroll through the list a screen at a time, as fast as frames come. */
  adjustment = gtk_scrolled_window_get_vadjustment (find_scrolled (GTK_WIDGET (view)));
  frames.intervals = g_array_new (FALSE, FALSE, sizeof (double));
  g_signal_connect (gtk_widget_get_frame_clock (window), "before-paint", G_CALLBACK (on_layout_cb), &frames);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_after_paint_cb), &frames);
  start = now_ms ();
  for (int step = 0; step < 300; step++)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment)
                                + gtk_adjustment_get_page_size (adjustment) * 7);
      gtk_test_widget_wait_for_draw (window);
    }
  {
    guint n = frames.intervals->len, over = 0;

    for (guint i = 0; i < n; i++)
      over += g_array_index (frames.intervals, double, i) > 33.4;
    g_array_sort (frames.intervals, compare_doubles);
    printf ("scrolling 300 screens: %.1f ms, %u frames: median %.1f ms, 99th percentile %.1f ms, longest %.1f ms,"
            " %u over 33 ms; longest frame's own work (before-paint to after-paint) %.1f ms\n",
            now_ms () - start, n, g_array_index (frames.intervals, double, n / 2),
            g_array_index (frames.intervals, double, n * 99 / 100), frames.longest, over, frames.longest_work);
  }
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (window), on_after_paint_cb, &frames);
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (window), on_layout_cb, &frames);
  g_array_unref (frames.intervals);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *library = NULL;
  g_autofree char *keep = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int n_stories = 10000;
  gboolean open_only = FALSE;
  gboolean first_only = FALSE;
  GOptionEntry entries[] = {
    { "stories", 0, 0, G_OPTION_ARG_INT, &n_stories, "Stories to generate (10000)", "N" },
    { "library", 0, 0, G_OPTION_ARG_FILENAME, &library, "Time this library instead", "FILE" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Generate into DIR and keep it", "DIR" },
    { "open-only", 0, 0, G_OPTION_ARG_NONE, &open_only, "Only open the page (to profile it)", NULL },
    { "first-only", 0, 0, G_OPTION_ARG_NONE, &first_only, "Only open the page once", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— time the library page");

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  if (library != NULL)
    path = g_strdup (library);
  else
    {
      dir = keep != NULL ? g_strdup (keep) : g_dir_make_tmp ("bench-library-view-XXXXXX", &error);
      if (dir == NULL || g_mkdir_with_parents (dir, 0700) != 0)
        g_error ("no folder for the library");
      path = g_build_filename (dir, "library.db", NULL);
      generate (path, n_stories);
    }

  store = lectern_store_new (path, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  if (!open_only && !first_only)
    bench_query (store);

  if (gtk_init_check ())
    {
      adw_init ();
      bench_view (store, open_only, first_only);
    }
  else
    printf ("no display: the page itself was not timed (run under xvfb-run -a)\n");

  g_clear_object (&store);
  if (library == NULL && keep == NULL)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
      g_rmdir (dir);
    }

  return 0;
}
