/* lectern-cli.c: Lectern without a display, for scripts and tests
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-cli"

#include "config.h"

#include <locale.h>

#include "lectern-entity.h"
#include "lectern-extractor.h"

#include <glib/gi18n.h>

/* Exit codes: 0 success, 1 failure (message on stderr), 2 usage error. */
enum { EXIT_OK = 0, EXIT_FAILED = 1, EXIT_USAGE = 2 };

typedef struct
{
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} Command;

static int
fail (GError *error)
{
  g_printerr ("lectern-cli: %s\n", error->message);
  return EXIT_FAILED;
}

static int
usage_error (GOptionContext *context,
             const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr ("lectern-cli: %s\n\n%s", message, help);
  return EXIT_USAGE;
}

static gboolean
parse_options (GOptionContext  *context,
               int             *argc,
               char          ***argv,
               int             *status)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = usage_error (context, error->message);
      return FALSE;
    }

  return TRUE;
}

static int
entities_command (int    argc,
                  char **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (the format of score.py)"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — people and organizations of a text file"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autofree char *contents = NULL;
  LecternExtractor *extractor;
  gsize length;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (context, _("Give exactly one text file."));

  if (!g_file_get_contents (argv[1], &contents, &length, &error))
    return fail (error);
  if (!g_utf8_validate (contents, length, NULL))
    {
      g_printerr ("lectern-cli: %s\n", _("The file is not UTF-8 text."));
      return EXIT_FAILED;
    }

  extractor = lectern_extractor_get_default (&error);
  if (extractor == NULL)
    return fail (error);
  entities = lectern_extractor_extract (extractor, contents, NULL, NULL, NULL, &error);
  if (entities == NULL)
    return fail (error);

  if (json)
    {
      g_autofree char *out = lectern_entities_to_json (entities);

      g_print ("%s", out);
    }
  else
    {
      for (guint i = 0; i < entities->len; i++)
        {
          const LecternEntity *entity = g_ptr_array_index (entities, i);

          g_print ("%-12s %4u  %s\n", lectern_entity_type_to_string (entity->type),
                   entity->mentions->len, entity->name);
        }
    }

  return EXIT_OK;
}

static const Command commands[] = {
  { "entities", entities_command, N_("List the people and organizations of a text file") },
};

static void
print_usage (void)
{
  g_printerr ("%s\n\n%s\n", _("Usage: lectern-cli [--db PATH] COMMAND [ARGS…]"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_printerr ("  %-12s %s\n", commands[i].name, _(commands[i].summary));
}

int
main (int    argc,
      char **argv)
{
  int first = 1;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* --db PATH before the command sets the database for every command. */
  while (first + 1 < argc && g_str_equal (argv[first], "--db"))
    {
      g_setenv ("LECTERN_DB", argv[first + 1], TRUE);
      first += 2;
    }

  if (first >= argc)
    {
      print_usage ();
      return EXIT_USAGE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[first], commands[i].name))
      return commands[i].run (argc - first, argv + first);

  g_printerr ("lectern-cli: %s: %s\n\n", _("unknown command"), argv[first]);
  print_usage ();
  return EXIT_USAGE;
}
