/* lectern-formats.c: opens the formats module the first time it is needed
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include <gmodule.h>

#include "lectern-formats.h"

#include <glib/gi18n.h>

#define MODULE_NAME "lectern-formats.so"

/* Whether the running program is one of this build tree's, by the real
 * paths of both (the tree may be reached through a symbolic link). */
static gboolean
running_from_build_tree (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *root = realpath (BUILD_ROOT, NULL);
  g_autofree char *prefix = NULL;

  if (exe == NULL || root == NULL)
    return FALSE;
  prefix = g_strconcat (root, G_DIR_SEPARATOR_S, NULL);

  return g_str_has_prefix (exe, prefix);
}

char *
lectern_formats_module_path (void)
{
  const char *env = g_getenv ("LECTERN_FORMATS_MODULE");
  g_autofree char *installed = g_build_filename (PKGLIBDIR, MODULE_NAME, NULL);

  if (env != NULL && env[0] != '\0')
    return g_strdup (env);
  /* A build tree's programs use its module, never an older installed one. */
  if (running_from_build_tree () || !g_file_test (installed, G_FILE_TEST_IS_REGULAR))
    return g_strdup (BUILD_FORMATS_MODULE);

  return g_steal_pointer (&installed);
}

static const LecternFormats *formats;
static char *formats_failure;

static void
open_module (void)
{
  g_autofree char *path = lectern_formats_module_path ();
  const LecternFormats *(*get_table) (void) = NULL;
  const LecternFormats *table;
  GModule *module;

  /* Local binding: the module's copies of core functions stay its own. */
  module = g_module_open (path, G_MODULE_BIND_LOCAL);
  if (module == NULL)
    {
      formats_failure = g_strdup (g_module_error ());
      return;
    }
  if (!g_module_symbol (module, "lectern_formats_module_table", (gpointer *) &get_table)
      || get_table == NULL)
    {
      formats_failure = g_strdup_printf ("%s: %s", path, g_module_error ());
      g_module_close (module);
      return;
    }
  table = get_table ();
  if (table == NULL || table->abi != LECTERN_FORMATS_ABI || table->size != sizeof *table)
    {
      formats_failure = g_strdup_printf ("%s: built for another version of Lectern", path);
      g_module_close (module);
      return;
    }

  /* Its functions are called from any thread for the rest of the run. */
  g_module_make_resident (module);
  formats = table;
}

const LecternFormats *
lectern_formats_get (GError **error)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      open_module ();
      g_once_init_leave (&once, 1);
    }

  if (formats == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("This copy of Lectern is incomplete: it cannot read web pages or "
                   "e-books, nor write PDF, because its module is missing or damaged (%s). "
                   "Reinstall Lectern."),
                 formats_failure);

  return formats;
}

LecternArticle *
lectern_formats_html_read (const char  *data,
                           gsize        len,
                           const char  *charset,
                           GError     **error)
{
  const LecternFormats *f = lectern_formats_get (error);

  return f != NULL ? f->html_read (data, len, charset) : NULL;
}

LecternStory *
lectern_formats_epub_read (const char                 *data,
                           gsize                       len,
                           const char                 *source,
                           const char                 *display_name,
                           LecternFormatsPreviewFunc   preview,
                           gpointer                    preview_data,
                           GError                    **error)
{
  const LecternFormats *f = lectern_formats_get (error);

  return f != NULL ? f->epub_read_with_preview (data, len, source, display_name,
                                                preview, preview_data, error)
                   : NULL;
}

GBytes *
lectern_formats_fetch_url (const char             *url,
                           GCancellable           *cancellable,
                           GFileProgressCallback   progress,
                           gpointer                progress_data,
                           char                  **out_content_type,
                           char                  **out_charset,
                           char                  **out_final_url,
                           GError                **error)
{
  const LecternFormats *f = lectern_formats_get (error);

  return f != NULL ? f->fetch_url (url, cancellable, progress, progress_data,
                                   out_content_type, out_charset, out_final_url, error)
                   : NULL;
}

GBytes *
lectern_formats_export_pdf (GPtrArray  *items,
                            GPtrArray  *categories,
                            GError    **error)
{
  const LecternFormats *f = lectern_formats_get (error);

  return f != NULL ? f->export_pdf (items, categories, error) : NULL;
}

GBytes *
lectern_formats_export_pdf_markdown (const char  *markdown,
                                     const char  *title,
                                     GError     **error)
{
  const LecternFormats *f = lectern_formats_get (error);

  return f != NULL ? f->export_pdf_markdown (markdown, title, error) : NULL;
}

int
lectern_formats_is_grapheme_boundary (const char  *text,
                                      gint64       offset,
                                      GError     **error)
{
  const LecternFormats *f = lectern_formats_get (error);

  return f != NULL ? f->graphemes_is_boundary (text, offset) : -1;
}
