/* lectern-cli-front.c: the `lectern-cli` users run
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The full command line (lectern-cli.c, built as lectern-cli-full) links
 * the PDF, HTML, EPUB and network libraries of the core: 66 shared
 * libraries, about two thirds of the 14 ms of CPU a process took before
 * it read a byte. This front links only GLib and the extractor (14): it
 * runs `entities [--json] FILE` itself, the command that runs once per
 * story (issue 9), and hands every other command line, and every failure
 * of its own, to lectern-cli-full beside it, which reports it as always.
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lectern-entity.h"
#include "lectern-extractor.h"
#include "lectern-import.h"

#include <glib/gstdio.h>

static int
run_full (char **argv)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = self != NULL ? g_path_get_dirname (self) : NULL;
  g_autofree char *full = dir != NULL ? g_build_filename (dir, "lectern-cli-full", NULL)
                                      : g_strdup ("lectern-cli-full");

  /* Installed and built beside this one; else found on the PATH. */
  execvp (full, argv);
  g_printerr ("lectern-cli: %s: %s\n", full, g_strerror (errno));
  return 1;
}

/* `entities [--json] FILE` of a regular local file, or FALSE when the
 * full command line must take it (other options, errors). */
static gboolean
try_entities (int    argc,
              char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autofree char *contents = NULL;
  const char *path = NULL;
  gboolean json = FALSE;
  LecternExtractor *extractor;
  struct stat st;
  gsize length;

  if (argc < 3 || argc > 4 || !g_str_equal (argv[1], "entities"))
    return FALSE;
  for (int i = 2; i < argc; i++)
    if (g_str_equal (argv[i], "--json") && !json)
      json = TRUE;
    else if (argv[i][0] != '-' && path == NULL && strstr (argv[i], "://") == NULL)
      path = argv[i];
    else
      return FALSE;
  if (path == NULL || g_stat (path, &st) != 0 || !S_ISREG (st.st_mode) ||
      st.st_size > LECTERN_IMPORT_MAX_BYTES ||
      !g_file_get_contents (path, &contents, &length, NULL) ||
      !lectern_extractor_validate_text (contents, length))
    return FALSE;

  extractor = lectern_extractor_get_default (&error);
  if (extractor == NULL)
    return FALSE;
  entities = lectern_extractor_extract (extractor, contents, NULL, NULL, NULL, &error);
  if (entities == NULL)
    return FALSE;

  /* As lectern-cli.c prints them. */
  if (json)
    {
      g_autofree char *out = lectern_entities_to_json (entities);

      g_print ("%s", out);
    }
  else
    for (guint i = 0; i < entities->len; i++)
      {
        const LecternEntity *entity = g_ptr_array_index (entities, i);

        g_print ("%-12s %4u  %s\n", lectern_entity_type_to_string (entity->type),
                 entity->mentions->len, entity->name);
      }

  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  /* g_print writes in the locale's character set, as in lectern-cli.c. */
  setlocale (LC_ALL, "");

  if (try_entities (argc, argv))
    return 0;

  return run_full (argv);
}
