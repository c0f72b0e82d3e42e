/* lectern-story.c
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-story"

#include "config.h"

#include "lectern-story.h"
#include "lectern-structure.h"

/* The public struct has no room for a reference count, and callers may read
 * its fields directly; so the count lives in a wrapper allocated around it. */
typedef struct
{
  LecternStory     story;
  gatomicrefcount  ref_count;
} StoryBox;

G_DEFINE_BOXED_TYPE (LecternStory, lectern_story, lectern_story_ref, lectern_story_unref)

/**
 * lectern_story_new:
 * @title: the title shown in the library
 * @source: (nullable): the path or URI it came from
 * @text: the text, valid UTF-8
 *
 * Returns: (transfer full): a new unsaved story, imported and modified now.
 */
LecternStory *
lectern_story_new (const char *title,
                   const char *source,
                   const char *text)
{
  StoryBox *box;
  LecternStory *self;

  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  box = g_new0 (StoryBox, 1);
  g_atomic_ref_count_init (&box->ref_count);

  self = &box->story;
  self->title = g_strdup (title);
  self->source = g_strdup (source != NULL ? source : "");
  self->text = g_strdup (text);
  self->n_chars = g_utf8_strlen (text, -1);
  self->encoding = g_strdup ("UTF-8");
  self->imported_at = g_get_real_time () / G_USEC_PER_SEC;
  self->modified_at = self->imported_at;
  self->author = g_strdup ("");
  self->url = g_strdup ("");
  self->site = g_strdup ("");
  self->published = g_strdup ("");
  self->lang = g_strdup ("");

  return self;
}

LecternStory *
lectern_story_ref (LecternStory *self)
{
  StoryBox *box = (StoryBox *) self;

  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&box->ref_count);
  return self;
}

void
lectern_story_unref (LecternStory *self)
{
  StoryBox *box = (StoryBox *) self;

  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&box->ref_count))
    return;

  g_free (self->title);
  g_free (self->source);
  g_free (self->text);
  g_free (self->encoding);
  g_free (self->author);
  g_free (self->url);
  g_free (self->uuid);
  g_free (self->site);
  g_free (self->published);
  g_free (self->lang);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_free (box);
}

GArray *
lectern_story_get_blocks (const LecternStory *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->blocks != NULL)
    {
      GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (LecternBlock), self->blocks->len);

      g_array_append_vals (copy, self->blocks->data, self->blocks->len);
      return copy;
    }

  return lectern_structure_detect (self->text);
}

void
lectern_story_set_blocks (LecternStory *self,
                          GArray       *blocks)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->blocks, g_array_unref);
  if (blocks != NULL)
    {
      self->blocks = g_array_sized_new (FALSE, FALSE, sizeof (LecternBlock), blocks->len);
      g_array_append_vals (self->blocks, blocks->data, blocks->len);
    }
}

static const char *
or_empty (const char *value)
{
  return value != NULL ? value : "";
}

const char *
lectern_story_get_author (const LecternStory *self)
{
  g_return_val_if_fail (self != NULL, "");
  return or_empty (self->author);
}

const char *
lectern_story_get_url (const LecternStory *self)
{
  g_return_val_if_fail (self != NULL, "");
  return or_empty (self->url);
}

const char *
lectern_story_get_site (const LecternStory *self)
{
  g_return_val_if_fail (self != NULL, "");
  return or_empty (self->site);
}

const char *
lectern_story_get_published (const LecternStory *self)
{
  g_return_val_if_fail (self != NULL, "");
  return or_empty (self->published);
}

const char *
lectern_story_get_lang (const LecternStory *self)
{
  g_return_val_if_fail (self != NULL, "");
  return or_empty (self->lang);
}
