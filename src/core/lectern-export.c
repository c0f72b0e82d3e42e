/* lectern-export.c: a story's notes in other formats
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-export"

#include "config.h"

#include <errno.h>
#include <string.h>

#include "lectern-export.h"

#include <glib/gi18n.h>

/* File names longer than this (in code points, before the extension) are
 * cut; most file systems allow 255 bytes. */
#define FILENAME_MAX_CHARS 80

/* A YAML double-quoted scalar: the only style where every string, including
 * "---", "no", "#x" and "a: b", stays a string. */
static void
append_yaml_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case 0x85: g_string_append (out, "\\N"); break;
        case 0xA0: g_string_append (out, "\\_"); break;
        case 0x2028: g_string_append (out, "\\L"); break;
        case 0x2029: g_string_append (out, "\\P"); break;
        case 0xFEFF: g_string_append (out, "\\uFEFF"); break;
        default:
          if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
            g_string_append_printf (out, "\\x%02X", c);
          else
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
          break;
        }
    }
  g_string_append_c (out, '"');
}

static void
append_yaml_list (GString    *out,
                  const char *key,
                  GPtrArray  *names)
{
  g_string_append_printf (out, "%s:", key);
  if (names->len == 0)
    {
      g_string_append (out, " []\n");
      return;
    }
  g_string_append_c (out, '\n');
  for (guint i = 0; i < names->len; i++)
    {
      g_string_append (out, "  - ");
      append_yaml_string (out, g_ptr_array_index (names, i));
      g_string_append_c (out, '\n');
    }
}

/* Escapes text so Markdown shows it literally: every ASCII punctuation
 * character that can start markup gets a backslash (CommonMark allows one
 * before any ASCII punctuation), and what only means something at the start
 * of a line ("1.", "-", "+", "=") is escaped there. */
static void
append_markdown_literal (GString    *out,
                         const char *line,
                         gssize      len)
{
  const char *end = line + (len < 0 ? (gssize) strlen (line) : len);
  const char *p = line;

  /* Leading spaces would turn four of them into a code block. */
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;

  if (p < end && (*p == '-' || *p == '+' || *p == '='))
    {
      g_string_append_c (out, '\\');
      g_string_append_c (out, *p++);
    }
  else if (p < end && g_ascii_isdigit (*p))
    {
      const char *q = p;

      while (q < end && g_ascii_isdigit (*q))
        q++;
      if (q < end && (*q == '.' || *q == ')'))
        {
          g_string_append_len (out, p, q - p);
          g_string_append_c (out, '\\');
          g_string_append_c (out, *q);
          p = q + 1;
        }
    }

  for (; p < end; p++)
    {
      if (strchr ("\\`*_[]<>#|~&!", *p) != NULL && *p != '\0')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

/* Every line of `text` as a block quote line. */
static void
append_block_quote (GString    *out,
                    const char *text)
{
  const char *p = text;

  while (TRUE)
    {
      const char *eol = strchr (p, '\n');
      gssize len = eol != NULL ? eol - p : (gssize) strlen (p);

      if (len > 0 && p[len - 1] == '\r')
        len--;
      if (len == 0)
        g_string_append (out, ">\n");
      else
        {
          g_string_append (out, "> ");
          append_markdown_literal (out, p, len);
          g_string_append_c (out, '\n');
        }

      if (eol == NULL)
        break;
      p = eol + 1;
    }
}

/* Notes are the user's own Markdown and are kept as written; only raw HTML
 * is defused, so a note can never run a script where the file is shown. */
static void
append_note (GString    *out,
             const char *note)
{
  for (const char *p = note; *p != '\0'; p++)
    {
      if (*p == '<')
        g_string_append (out, "\\<");
      else if (*p != '\r')
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '\n');
}

static GPtrArray *
entity_names (GPtrArray         *entities,
              LecternEntityType  type)
{
  GPtrArray *names = g_ptr_array_new ();

  if (entities == NULL)
    return names;

  for (guint i = 0; i < entities->len; i++)
    {
      const LecternEntity *entity = g_ptr_array_index (entities, i);

      if (entity->type == type)
        g_ptr_array_add (names, entity->name);
    }

  return names;
}

/* One line, no line breaks: titles go in a heading. */
static char *
single_line (const char *text)
{
  char *copy = g_strdup (text);

  for (char *p = copy; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';

  return g_strstrip (copy);
}

/* ISO 8601 to the second, in UTC ("2026-11-26T04:40:53Z"). */
static char *
format_date (GDateTime *date)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

char *
lectern_export_markdown (const LecternStory *story,
                         GPtrArray          *highlights,
                         GPtrArray          *entities,
                         GDateTime          *now)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GDateTime) local_now = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) organizations = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (story != NULL, NULL);

  if (now == NULL)
    now = local_now = g_date_time_new_now_utc ();
  exported = format_date (now);
  people = entity_names (entities, LECTERN_ENTITY_PERSON);
  organizations = entity_names (entities, LECTERN_ENTITY_ORGANIZATION);
  title = single_line (story->title);

  g_string_append (out, "---\ntitle: ");
  append_yaml_string (out, story->title);
  g_string_append (out, "\nsource: ");
  append_yaml_string (out, story->source != NULL ? story->source : "");
  g_string_append (out, "\nexported: ");
  append_yaml_string (out, exported);
  g_string_append_c (out, '\n');
  append_yaml_list (out, "people", people);
  append_yaml_list (out, "organizations", organizations);
  g_string_append (out, "---\n\n# ");
  append_markdown_literal (out, title, -1);
  g_string_append_c (out, '\n');

  for (guint i = 0; highlights != NULL && i < highlights->len; i++)
    {
      const LecternHighlight *highlight = g_ptr_array_index (highlights, i);

      g_string_append_c (out, '\n');
      append_block_quote (out, highlight->quote);
      if (highlight->note != NULL && *highlight->note != '\0')
        {
          g_string_append_c (out, '\n');
          append_note (out, highlight->note);
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
lectern_export_suggest_filename (const char *title,
                                 const char *extension)
{
  g_autoptr(GString) name = g_string_new (NULL);
  gboolean space = FALSE;
  guint n_chars = 0;

  g_return_val_if_fail (extension != NULL, NULL);

  if (title == NULL)
    title = "";

  for (const char *p = title; *p != '\0' && n_chars < FILENAME_MAX_CHARS;
       p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;

      /* Characters that are separators or reserved on Linux, Windows or
       * macOS become spaces, and runs of spaces one. */
      if (g_unichar_iscntrl (c) || g_unichar_isspace (c) || strchr ("/\\:*?\"<>|", (int) c) != NULL
          || c == 0x2028 || c == 0x2029)
        {
          space = name->len > 0;
          continue;
        }
      /* No hidden files. */
      if (name->len == 0 && c == '.')
        continue;

      if (space)
        {
          g_string_append_c (name, ' ');
          n_chars++;
          space = FALSE;
        }
      g_string_append_unichar (name, c);
      n_chars++;
    }

  /* Windows strips trailing dots and spaces. */
  while (name->len > 0 && (name->str[name->len - 1] == '.' || name->str[name->len - 1] == ' '))
    g_string_truncate (name, name->len - 1);

  if (name->len == 0)
    g_string_assign (name, _("notes"));

  g_string_append (name, extension);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

gboolean
lectern_export_write_file (const char  *path,
                           const char  *contents,
                           gssize       length,
                           GError     **error)
{
  g_autofree char *folder = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Never create folders the person did not choose. */
  folder = g_path_get_dirname (path);
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("Could not save “%s”: the folder “%s” does not exist."), path, folder);
      return FALSE;
    }
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("Could not save “%s”: it is a folder."), path);
      return FALSE;
    }

  if (length < 0)
    length = strlen (contents);

  /* Temporary file in the same folder, fsync, then rename: a crash leaves
   * either the old file or the new one. */
  if (!g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_CONSISTENT,
                                 0644, &local_error))
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_file_error (local_error->code),
                   _("Could not save “%s”: %s"), path, local_error->message);
      return FALSE;
    }

  return TRUE;
}
