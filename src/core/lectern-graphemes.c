/* lectern-graphemes.c: where a passage may start and end
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-graphemes"

#include "config.h"

#include "lectern-graphemes.h"

#include <pango/pango.h>

/* Clusters are short: the rules only look this far back and ahead (a run
 * of regional indicators longer than this is not a text anyone reads). */
#define WINDOW 64

gboolean
lectern_graphemes_is_boundary (const char *text,
                               gint64      offset)
{
  const char *start, *at, *end;
  g_autofree PangoLogAttr *attrs = NULL;
  glong n_chars;
  gint64 before = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  if (offset <= 0)
    return TRUE;
  at = text;
  for (gint64 i = 0; i < offset; i++)
    {
      if (*at == '\0')
        return FALSE;
      at = g_utf8_next_char (at);
    }
  if (*at == '\0')
    return TRUE;

  start = at;
  while (start > text && before < WINDOW)
    {
      start = g_utf8_prev_char (start);
      before++;
    }
  end = at;
  for (int i = 0; i < WINDOW && *end != '\0'; i++)
    end = g_utf8_next_char (end);

  n_chars = g_utf8_strlen (start, end - start);
  attrs = g_new0 (PangoLogAttr, n_chars + 1);
  pango_get_log_attrs (start, end - start, -1, pango_language_from_string ("und"), attrs,
                       n_chars + 1);

  return attrs[before].is_cursor_position;
}
