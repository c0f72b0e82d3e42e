/* lectern-highlight.c
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-highlight"

#include "config.h"

#include "lectern-highlight.h"
#include "lectern-utf8.h"

G_DEFINE_BOXED_TYPE (LecternHighlight, lectern_highlight,
                     lectern_highlight_copy, lectern_highlight_free)

static const char *const colors[] = {
  "yellow",
  "green",
  "blue",
  "pink",
  "purple",
  NULL
};

const char *const *
lectern_highlight_colors (void)
{
  return colors;
}

gboolean
lectern_highlight_color_is_valid (const char *color)
{
  return color != NULL && g_strv_contains (colors, color);
}

/**
 * lectern_highlight_new_for_range:
 * @story: the story the passage is in
 * @start: first code point
 * @end: code point after the last
 * @color: (nullable): one of lectern_highlight_colors(), yellow when NULL
 * @note: (nullable): the note
 *
 * Returns: (transfer full) (nullable): an unsaved highlight, or NULL if the
 *   range is empty or outside the story.
 */
LecternHighlight *
lectern_highlight_new_for_range (const LecternStory *story,
                                 gint64              start,
                                 gint64              end,
                                 const char         *color,
                                 const char         *note)
{
  LecternHighlight *self;
  gint64 now;

  g_return_val_if_fail (story != NULL, NULL);
  g_return_val_if_fail (color == NULL || lectern_highlight_color_is_valid (color), NULL);

  if (start < 0 || end <= start || end > story->n_chars)
    return NULL;

  now = g_get_real_time () / G_USEC_PER_SEC;

  self = g_new0 (LecternHighlight, 1);
  self->story_id = story->id;
  self->start = start;
  self->end = end;
  self->quote = lectern_utf8_substring (story->text, start, end);
  self->prefix = lectern_utf8_substring (story->text, MAX (0, start - LECTERN_ANCHOR_CONTEXT),
                                         start);
  self->suffix = lectern_utf8_substring (story->text, end, end + LECTERN_ANCHOR_CONTEXT);
  self->color = g_strdup (color != NULL ? color : "yellow");
  self->note = g_strdup (note != NULL ? note : "");
  self->created_at = now;
  self->updated_at = now;

  return self;
}

LecternHighlight *
lectern_highlight_copy (const LecternHighlight *self)
{
  LecternHighlight *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->quote = g_strdup (self->quote);
  copy->prefix = g_strdup (self->prefix);
  copy->suffix = g_strdup (self->suffix);
  copy->color = g_strdup (self->color);
  copy->note = g_strdup (self->note);

  return copy;
}

void
lectern_highlight_free (LecternHighlight *self)
{
  if (self == NULL)
    return;

  g_free (self->quote);
  g_free (self->prefix);
  g_free (self->suffix);
  g_free (self->color);
  g_free (self->note);
  g_free (self);
}
