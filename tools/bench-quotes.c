/* bench-quotes.c: quotation finding speed on 1 MB stories, on top of entity
 * extraction
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-quotes [DEV_DIR] [MB]    (default: $LECTERN_SHARED_DIR/entities/dev, 1 MB)
 *   bench-quotes --line MB         only the finder, on one line with one « (for the
 *                                  memory it takes: /usr/bin/time -f %M)
 *
 * Texts of 1 MB (or MB megabytes, to measure long stories): the dev stories of each language repeated (when DEV_DIR is
 * there), a story written here that is dense with quotations, names and
 * attributions (the worst case), and one line with an opening mark and no
 * closing one. Extraction and quotation finding are timed apart, in CPU
 * time of the thread (the machine may be busy); the best of three runs is
 * reported.
 */

#include "config.h"

#include "lectern-extractor.h"
#include "lectern-quotes.h"

#include <string.h>
#include <time.h>

/* The size of each text; 1 MB unless asked otherwise. */
static gsize target_bytes = 1024 * 1024;

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
repeat_stories (const char *dir,
                const char *prefix)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GString *text;
  const char *name;

  if (d == NULL)
    return NULL;
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  if (names->len == 0)
    return NULL;

  text = g_string_new (NULL);
  while (text->len < target_bytes)
    for (guint i = 0; i < names->len && text->len < target_bytes; i++)
      {
        g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
        g_autofree char *contents = NULL;

        if (g_file_get_contents (path, &contents, NULL, NULL))
          {
            g_string_append (text, contents);
            g_string_append (text, "\n\n");
          }
      }

  return g_string_free (text, FALSE);
}

/* Every sentence quotes someone, named in several ways. */
static char *
dense_story (void)
{
  static const char *first[] = { "Claire", "Marc", "Sophie", "Jean", "Amina", "Paul", "Léa", "Omar" };
  static const char *last[] = { "Fontaine", "Lefèvre", "Martin", "Diallo", "Moreau", "Garnier", "Roux", "Benali" };
  GString *text = g_string_new (NULL);
  guint i = 0;

  while (text->len < target_bytes)
    {
      const char *f = first[i % G_N_ELEMENTS (first)];
      const char *l = last[(i / 3) % G_N_ELEMENTS (last)];
      const char *f2 = first[(i + 3) % G_N_ELEMENTS (first)];
      const char *l2 = last[(i / 5 + 1) % G_N_ELEMENTS (last)];

      g_string_append_printf (text,
                              "%s %s, directrice du groupe Vinci, a déclaré : « Nous "
                              "tiendrons nos engagements, a-t-elle ajouté, sans rien céder ». "
                              "Selon %s %s, « la réforme numéro %u est nécessaire ». "
                              "\"We will not close the plant,\" said %s %s of General Motors. "
                              "According to the union, the \"so-called\" plan is \"a disaster\", "
                              "and %s %s called it \u201Ca betrayal of the workers\u201D.\n\n",
                              f, l, f2, l2, i, f2, l, f, l2);
      i++;
    }

  return g_string_free (text, FALSE);
}

static char *
open_line (void)
{
  GString *text = g_string_new ("Il a dit « ");

  while (text->len < target_bytes)
    g_string_append (text, "des mots et encore des mots, ");

  return g_string_free (text, FALSE);
}

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void
bench (LecternExtractor *extractor,
       const char       *label,
       const char       *text)
{
  g_autoptr(GError) error = NULL;
  double best_extract = G_MAXDOUBLE;
  double best_quotes = G_MAXDOUBLE;
  guint n_quotes = 0;
  guint n_named = 0;

  for (int run = 0; run < 3; run++)
    {
      g_autoptr(GPtrArray) entities = NULL;
      g_autoptr(GPtrArray) quotes = NULL;
      double t0 = cpu_ms ();
      double t1;

      entities = lectern_extractor_extract (extractor, text, NULL, NULL, NULL, &error);
      if (entities == NULL)
        g_error ("bench-quotes: %s", error->message);
      t1 = cpu_ms ();
      quotes = lectern_quotes_find (text, entities);
      best_extract = MIN (best_extract, t1 - t0);
      best_quotes = MIN (best_quotes, cpu_ms () - t1);
      n_quotes = quotes->len;
      n_named = 0;
      for (guint i = 0; i < quotes->len; i++)
        n_named += ((LecternQuote *) g_ptr_array_index (quotes, i))->speaker != NULL;
    }

  g_print ("%-22s %5.2f MB  extraction %7.1f ms  quotes %6.1f ms  (%u quotes, %u with a speaker)\n",
           label, strlen (text) / (1024.0 * 1024.0), best_extract, best_quotes, n_quotes, n_named);
}

int
main (int    argc,
      char **argv)
{
  const char *shared = g_getenv ("LECTERN_SHARED_DIR");
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternExtractor) extractor = NULL;
  g_autofree char *dense = NULL;
  g_autofree char *line = NULL;

  if (argc == 3 && strcmp (argv[1], "--line") == 0)
    {
      guint64 mb = 0;
      g_autoptr(GPtrArray) quotes = NULL;
      double t0;

      if (!g_ascii_string_to_unsigned (argv[2], 10, 1, 1024, &mb, &error))
        g_error ("bench-quotes: MB: %s", error->message);
      target_bytes = (gsize) mb * 1024 * 1024;
      line = open_line ();
      t0 = cpu_ms ();
      quotes = lectern_quotes_find (line, NULL);
      g_print ("one line, one «        %5.2f MB  quotes %6.1f ms  (%u quotes)\n",
               strlen (line) / (1024.0 * 1024.0), cpu_ms () - t0, quotes->len);
      return 0;
    }
  if (argc > 1 && argv[1][0] != '\0')
    dir = g_strdup (argv[1]);
  else
    dir = g_build_filename (shared ? shared : "../shared", "entities", "dev", NULL);
  if (argc > 2)
    {
      guint64 mb = 0;

      if (!g_ascii_string_to_unsigned (argv[2], 10, 1, 1024, &mb, &error))
        g_error ("bench-quotes: MB: %s", error->message);
      target_bytes = (gsize) mb * 1024 * 1024;
    }
  dense = dense_story ();
  line = open_line ();

  extractor = lectern_extractor_new (NULL, &error);
  if (extractor == NULL)
    g_error ("bench-quotes: %s", error->message);

  for (guint i = 0; i < 2; i++)
    {
      const char *lang = i == 0 ? "fr" : "en";
      g_autofree char *text = repeat_stories (dir, lang);
      g_autofree char *label = g_strdup_printf ("dev stories (%s)", lang);

      if (text == NULL)
        g_print ("%-22s skipped: no %s stories in %s\n", label, lang, dir);
      else
        bench (extractor, label, text);
    }
  bench (extractor, "dense with quotes", dense);
  bench (extractor, "one line, one «", line);

  return 0;
}
