/* lectern-highlight.c
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-highlight"

#include "config.h"

#include <string.h>

#include "lectern-highlight.h"
#include "lectern-utf8.h"

#include <glib/gi18n.h>

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

static const char *const styles[] = {
  "highlight",
  "underline",
  NULL
};

/* In the order of colors[]. */
static const char *const default_category_names[] = {
  N_("Quote"),
  N_("Key point"),
  N_("Question"),
  N_("Check"),
  N_("Idea"),
};

const char *const *
lectern_highlight_styles (void)
{
  return styles;
}

gboolean
lectern_highlight_style_is_valid (const char *style)
{
  return style != NULL && g_strv_contains (styles, style);
}

const char *
lectern_highlight_default_category_name (const char *color)
{
  for (guint i = 0; colors[i] != NULL; i++)
    if (g_strcmp0 (colors[i], color) == 0)
      return _(default_category_names[i]);

  return color;
}

/* A sort key that ignores case and accents, the same in every locale, so
 * exports list tags in the same order everywhere ("économie" before
 * "Fact-check"). */
static char *
tag_sort_key (const char *tag)
{
  g_autofree char *decomposed = g_utf8_normalize (tag, -1, G_NORMALIZE_NFD);
  g_autoptr(GString) base = g_string_new (NULL);

  for (const char *p = decomposed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_combining_class (c) == 0)
        g_string_append_unichar (base, c);
    }

  return g_utf8_casefold (base->str, -1);
}

static int
compare_tags (gconstpointer a,
              gconstpointer b)
{
  g_autofree char *ka = tag_sort_key (*(const char **) a);
  g_autofree char *kb = tag_sort_key (*(const char **) b);
  int result = strcmp (ka, kb);

  return result != 0 ? result : strcmp (*(const char **) a, *(const char **) b);
}

void
lectern_highlight_set_tags (LecternHighlight  *self,
                            const char *const *tags)
{
  g_autoptr(GPtrArray) clean = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_if_fail (self != NULL);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_autofree char *valid = g_utf8_make_valid (tags[i], -1);
      GString *tag = g_string_new (NULL);
      char *folded;

      /* Tags are single-line labels; control characters (tabs, line
       * breaks, the unit separator the store uses) become spaces. */
      for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          g_string_append_unichar (tag, g_unichar_iscntrl (c) ? ' ' : c);
        }
      g_strstrip (tag->str);
      tag->len = strlen (tag->str);

      folded = g_utf8_casefold (tag->str, -1);
      if (tag->len == 0 || g_hash_table_contains (seen, folded))
        {
          g_free (folded);
          g_string_free (tag, TRUE);
          continue;
        }
      g_hash_table_add (seen, folded);
      g_ptr_array_add (clean, g_string_free (tag, FALSE));
    }

  g_ptr_array_sort (clean, compare_tags);
  g_ptr_array_add (clean, NULL);

  g_strfreev (self->tags);
  self->tags = (char **) g_ptr_array_steal (clean, NULL);
}

gboolean
lectern_highlight_has_tag (const LecternHighlight *self,
                           const char             *tag)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (tag != NULL, FALSE);

  folded = g_utf8_casefold (tag, -1);
  for (guint i = 0; self->tags != NULL && self->tags[i] != NULL; i++)
    {
      g_autofree char *other = g_utf8_casefold (self->tags[i], -1);

      if (g_str_equal (folded, other))
        return TRUE;
    }

  return FALSE;
}

LecternCategory *
lectern_category_new (const char *color,
                      const char *name,
                      gboolean    custom)
{
  LecternCategory *self;

  g_return_val_if_fail (color != NULL, NULL);

  self = g_new0 (LecternCategory, 1);
  self->color = g_strdup (color);
  self->name = g_strdup (name != NULL ? name : lectern_highlight_default_category_name (color));
  self->custom = custom;

  return self;
}

void
lectern_category_free (LecternCategory *self)
{
  if (self == NULL)
    return;

  g_free (self->color);
  g_free (self->name);
  g_free (self);
}

const char *
lectern_category_name_for (GPtrArray  *categories,
                           const char *color)
{
  for (guint i = 0; categories != NULL && i < categories->len; i++)
    {
      const LecternCategory *category = g_ptr_array_index (categories, i);

      if (g_strcmp0 (category->color, color) == 0)
        return category->name;
    }

  return lectern_highlight_default_category_name (color);
}

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
  self->style = g_strdup ("highlight");
  self->tags = g_new0 (char *, 1);
  self->uuid = g_uuid_string_random ();

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
  copy->style = g_strdup (self->style);
  copy->tags = self->tags != NULL ? g_strdupv (self->tags) : g_new0 (char *, 1);
  copy->uuid = g_strdup (self->uuid);
  copy->speaker = g_strdup (self->speaker);

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
  g_free (self->style);
  g_strfreev (self->tags);
  g_free (self->uuid);
  g_free (self->speaker);
  g_free (self);
}

gboolean
lectern_highlight_matches_text (const LecternHighlight *self,
                                const char             *needle)
{
  g_autofree char *key = NULL;
  g_autofree char *haystack = NULL;
  g_autoptr(GString) all = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  if (needle == NULL || *needle == '\0')
    return TRUE;

  all = g_string_new (self->quote);
  g_string_append_c (all, '\n');
  g_string_append (all, self->note != NULL ? self->note : "");
  for (guint i = 0; self->tags != NULL && self->tags[i] != NULL; i++)
    {
      g_string_append_c (all, '\n');
      g_string_append (all, self->tags[i]);
    }

  key = tag_sort_key (needle);
  haystack = tag_sort_key (all->str);
  return strstr (haystack, key) != NULL;
}

gboolean
lectern_highlight_near_entity (const LecternHighlight *self,
                               const LecternEntity    *entity,
                               gint64                  margin)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (entity != NULL, FALSE);

  if (self->orphaned)
    return FALSE;

  for (guint i = 0; i < entity->mentions->len; i++)
    {
      const LecternSpan *span = &g_array_index (entity->mentions, LecternSpan, i);

      if (span->start < self->end + margin && span->end > self->start - margin)
        return TRUE;
    }

  return FALSE;
}
