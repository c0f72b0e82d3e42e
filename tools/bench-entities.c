/* bench-entities.c: extraction speed and memory on 1 MB of French and 1 MB
 * of English news
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-entities [DEV_DIR]     (default: $LECTERN_SHARED_DIR/entities/dev)
 *
 * The texts are built at run time by repeating the dev stories of each
 * language until they reach 1 MB, so no corpus is copied into the project.
 */

#include "config.h"

#include "lectern-extractor.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#define TARGET_BYTES (1024 * 1024)

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
build_text (const char *dir,
            const char *prefix)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GString *text = g_string_new (NULL);
  const char *name;

  if (d == NULL)
    return NULL;
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  if (names->len == 0)
    return NULL;

  while (text->len < TARGET_BYTES)
    for (guint i = 0; i < names->len && text->len < TARGET_BYTES; i++)
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

int
main (int    argc,
      char **argv)
{
  const char *shared = g_getenv ("LECTERN_SHARED_DIR");
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternExtractor) extractor = NULL;
  const char *langs[] = { "fr", "en" };
  double total_mb = 0, total_s = 0;
  struct rusage usage;
  gint64 t0;

  if (argc > 1)
    dir = g_strdup (argv[1]);
  else
    dir = g_build_filename (shared ? shared : "../shared", "entities", "dev", NULL);

  t0 = g_get_monotonic_time ();
  extractor = lectern_extractor_new (NULL, &error);
  if (extractor == NULL)
    {
      g_printerr ("bench-entities: %s\n", error->message);
      return 1;
    }
  g_print ("model %s loaded in %.1f ms\n", lectern_extractor_get_version (extractor),
           (g_get_monotonic_time () - t0) / 1000.0);

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autofree char *text = build_text (dir, langs[l]);
      g_autoptr(GPtrArray) entities = NULL;
      guint mentions = 0;
      double seconds, mb;

      if (text == NULL)
        {
          g_printerr ("bench-entities: no %s stories in %s\n", langs[l], dir);
          return 1;
        }
      mb = strlen (text) / 1e6;
      t0 = g_get_monotonic_time ();
      entities = lectern_extractor_extract (extractor, text, NULL, NULL, NULL, &error);
      seconds = (g_get_monotonic_time () - t0) / 1e6;
      if (entities == NULL)
        {
          g_printerr ("bench-entities: %s\n", error->message);
          return 1;
        }
      for (guint i = 0; i < entities->len; i++)
        mentions += ((LecternEntity *) g_ptr_array_index (entities, i))->mentions->len;
      g_print ("%s: %.2f MB in %.3f s = %.1f MB/s (%u entities, %u mentions)\n", langs[l], mb,
               seconds, mb / seconds, entities->len, mentions);
      total_mb += mb;
      total_s += seconds;
    }

  getrusage (RUSAGE_SELF, &usage);
  g_print ("total: %.2f MB in %.3f s = %.1f MB/s; peak memory %.1f MB\n", total_mb, total_s,
           total_mb / total_s, usage.ru_maxrss / 1024.0);

  return 0;
}
