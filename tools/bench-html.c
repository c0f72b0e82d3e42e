/* bench-html.c: speed and memory of the reader mode
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * build/tools/bench-html [FILE…]: for each page (by default a generated
 * 1 MB page dense with markup, and the largest page of
 * $LECTERN_SHARED_DIR/articles/dev when present), the median time of the
 * reader mode over 15 runs in this process, wall clock and CPU time (on a
 * shared machine the wall clock also counts the other programs); then the
 * peak memory for a generated 50 MB page.
 * build/tools/bench-html --write-dense FILE writes the generated 1 MB page
 * to FILE (to profile it: valgrind --tool=callgrind build/tools/bench-html FILE).
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <gio/gio.h>

#include "lectern-html.h"

#define RUNS 15

static const char paragraph[] =
  "<div class=\"row\"><p>The harbour board met on Tuesday evening, and after three hours of "
  "debate it voted, by seven votes to two, to close the <a href=\"/pier\">old pier</a> to "
  "ships for the whole winter season.</p><span class=\"share\"><a href=\"/s\">Share</a></span>"
  "<ul class=\"related\"><li><a href=\"/a\">Storm damage</a></li><li><a href=\"/b\">Ferries"
  "</a></li></ul></div>\n";

static GString *
generated_page (gsize size)
{
  GString *page = g_string_new ("<html><head><title>Generated page</title></head><body>"
                                "<nav><a href=\"/\">Home</a></nav><article>");

  while (page->len < size)
    g_string_append (page, paragraph);
  g_string_append (page, "</article></body></html>");
  return page;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void
bench (const char *label,
       const char *data,
       gsize       len)
{
  double times[RUNS];
  double cpu[RUNS];
  gsize text_len = 0;

  for (int i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();
      g_autoptr(LecternArticle) article = lectern_html_read (data, len, NULL);

      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      cpu[i] = cpu_ms () - cpu_start;
      text_len = strlen (article->text);
    }
  qsort (times, RUNS, sizeof (double), compare_doubles);
  qsort (cpu, RUNS, sizeof (double), compare_doubles);
  g_print ("%-40s %7.2f MB  median %7.2f ms  min %7.2f ms  CPU median %7.2f ms  min %7.2f ms"
           "  (%zu bytes of article)\n", label, len / 1048576.0, times[RUNS / 2], times[0],
           cpu[RUNS / 2], cpu[0], text_len);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GString) page = generated_page (1024 * 1024);
  g_autoptr(GString) huge = NULL;
  const char *shared = g_getenv ("LECTERN_SHARED_DIR");
  struct rusage usage;
  glong before;
  gint64 start;

  if (argc == 3 && strcmp (argv[1], "--write-dense") == 0)
    {
      g_autoptr(GError) error = NULL;

      if (!g_file_set_contents (argv[2], page->str, page->len, &error))
        g_error ("%s", error->message);
      return 0;
    }
  if (argc > 1)
    {
      for (int i = 1; i < argc; i++)
        {
          g_autofree char *contents = NULL;
          gsize len;

          if (!g_file_get_contents (argv[i], &contents, &len, NULL))
            g_error ("cannot read %s", argv[i]);
          bench (argv[i], contents, len);
        }
      return 0;
    }

  bench ("generated, dense markup", page->str, page->len);
  if (shared != NULL)
    {
      g_autofree char *dir = g_build_filename (shared, "articles", "dev", NULL);
      g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
      const char *name;
      g_autofree char *largest = NULL;
      goffset largest_size = 0;

      while (d != NULL && (name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);
          g_autoptr(GFile) file = g_file_new_for_path (path);
          g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                         0, NULL, NULL);

          if (g_str_has_suffix (name, ".html") && info != NULL
              && g_file_info_get_size (info) > largest_size)
            {
              largest_size = g_file_info_get_size (info);
              g_free (largest);
              largest = g_steal_pointer (&path);
            }
        }
      if (largest != NULL)
        {
          g_autofree char *contents = NULL;
          gsize len;

          if (g_file_get_contents (largest, &contents, &len, NULL))
            bench ("largest page of articles/dev", contents, len);
        }
    }

  huge = generated_page (50 * 1024 * 1024);
  getrusage (RUSAGE_SELF, &usage);
  before = usage.ru_maxrss;
  start = g_get_monotonic_time ();
  {
    g_autoptr(LecternArticle) article = lectern_html_read (huge->str, huge->len, NULL);

    getrusage (RUSAGE_SELF, &usage);
    g_print ("%-40s %7.2f MB  %7.0f ms, peak memory +%ld MB\n", "generated, one read",
             huge->len / 1048576.0, (g_get_monotonic_time () - start) / 1000.0,
             (usage.ru_maxrss - before) / 1024);
  }

  return 0;
}
