/* main.c: the entry point of the Lectern application
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern"

#include "config.h"

#include <locale.h>

#include "lectern-application.h"

#include <glib/gi18n.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LecternApplication) app = NULL;
  const char *localedir = g_getenv ("LECTERN_LOCALEDIR");

  gboolean uninstalled = FALSE;

  setlocale (LC_ALL, "");

#ifdef LECTERN_BUILD_ROOT
  /* Run from the build folder without installing: use the schema compiled
   * there. An installed lectern never lives under the build folder. */
  {
    g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

    uninstalled = exe != NULL && g_str_has_prefix (exe, LECTERN_BUILD_ROOT "/");
    if (uninstalled && g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
      g_setenv ("GSETTINGS_SCHEMA_DIR", LECTERN_BUILD_ROOT "/data", TRUE);
  }
#endif

  /* An uninstalled run uses the build folder's po/, where meson writes
   * fr/LC_MESSAGES/lectern.mo (LANG=fr_FR.UTF-8 build-aux/run was in
   * English); tests may point elsewhere. */
  if (localedir == NULL || localedir[0] == '\0')
    {
#ifdef LECTERN_BUILD_ROOT
      if (uninstalled)
        localedir = LECTERN_BUILD_ROOT "/po";
      else
#endif
        localedir = LOCALEDIR;
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Lectern"));
  app = lectern_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
