/* lectern-library-item.c: one story of the library view's list
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-library"

#include "config.h"

#include "lectern-library-item.h"
#include "lectern-search.h"

#include <string.h>

struct _LecternLibraryItem
{
  GObject              parent_instance;

  LecternLibraryEntry *entry;
  char                *origin;
  char                *haystack;   /* folded; made on the first filter */
};

G_DEFINE_FINAL_TYPE (LecternLibraryItem, lectern_library_item, G_TYPE_OBJECT)

enum { PROP_0, PROP_SNIPPET, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
lectern_library_item_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LecternLibraryItem *self = LECTERN_LIBRARY_ITEM (object);

  switch (prop_id)
    {
    case PROP_SNIPPET:
      g_value_set_string (value, self->entry != NULL ? self->entry->snippet : NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_library_item_finalize (GObject *object)
{
  LecternLibraryItem *self = LECTERN_LIBRARY_ITEM (object);

  g_clear_pointer (&self->entry, lectern_library_entry_free);
  g_clear_pointer (&self->origin, g_free);
  g_clear_pointer (&self->haystack, g_free);

  G_OBJECT_CLASS (lectern_library_item_parent_class)->finalize (object);
}

static void
lectern_library_item_class_init (LecternLibraryItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lectern_library_item_finalize;
  object_class->get_property = lectern_library_item_get_property;

  properties[PROP_SNIPPET] =
    g_param_spec_string ("snippet", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lectern_library_item_init (LecternLibraryItem *self)
{
}

LecternLibraryItem *
lectern_library_item_new (LecternLibraryEntry *entry)
{
  LecternLibraryItem *self;

  g_return_val_if_fail (entry != NULL, NULL);

  self = g_object_new (LECTERN_TYPE_LIBRARY_ITEM, NULL);
  self->entry = entry;
  if (entry->site[0] != '\0')
    self->origin = g_strdup (entry->site);
  else if (entry->author[0] != '\0')
    self->origin = g_strdup (entry->author);
  else if (entry->source[0] != '\0')
    self->origin = g_path_get_basename (entry->source);
  else
    self->origin = g_strdup ("");

  return self;
}

gboolean
lectern_library_item_shows (LecternLibraryItem        *self,
                            const LecternLibraryEntry *entry)
{
  const LecternLibraryEntry *mine;

  g_return_val_if_fail (LECTERN_IS_LIBRARY_ITEM (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  mine = self->entry;
  return mine->id == entry->id && mine->imported_at == entry->imported_at
         && mine->n_highlights == entry->n_highlights && g_strcmp0 (mine->title, entry->title) == 0
         && g_strcmp0 (mine->source, entry->source) == 0 && g_strcmp0 (mine->site, entry->site) == 0
         && g_strcmp0 (mine->author, entry->author) == 0
         && g_strcmp0 (mine->published, entry->published) == 0
         && g_strcmp0 (mine->keywords, entry->keywords) == 0
         && mine->progress == entry->progress && mine->read_at == entry->read_at
         && g_strcmp0 (mine->story_tags, entry->story_tags) == 0;
}

const LecternLibraryEntry *
lectern_library_item_get_entry (LecternLibraryItem *self)
{
  g_return_val_if_fail (LECTERN_IS_LIBRARY_ITEM (self), NULL);

  return self->entry;
}

gint64
lectern_library_item_get_id (LecternLibraryItem *self)
{
  g_return_val_if_fail (LECTERN_IS_LIBRARY_ITEM (self), 0);

  return self->entry->id;
}

const char *
lectern_library_item_get_origin (LecternLibraryItem *self)
{
  g_return_val_if_fail (LECTERN_IS_LIBRARY_ITEM (self), "");

  return self->origin;
}

const char *
lectern_library_item_get_snippet (LecternLibraryItem *self)
{
  g_return_val_if_fail (LECTERN_IS_LIBRARY_ITEM (self), NULL);

  return self->entry->snippet;
}

void
lectern_library_item_set_snippet (LecternLibraryItem *self,
                                  const char         *snippet)
{
  g_return_if_fail (LECTERN_IS_LIBRARY_ITEM (self));

  if (g_strcmp0 (self->entry->snippet, snippet) == 0)
    return;

  g_free (self->entry->snippet);
  self->entry->snippet = g_strdup (snippet);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SNIPPET]);
}

int
lectern_library_item_compare (LecternLibraryItem *a,
                              LecternLibraryItem *b,
                              LecternLibrarySort  sort)
{
  return lectern_library_entry_compare (a->entry, b->entry, sort);
}

gboolean
lectern_library_item_matches (LecternLibraryItem  *self,
                              char               **folded_words)
{
  g_return_val_if_fail (LECTERN_IS_LIBRARY_ITEM (self), FALSE);

  if (folded_words == NULL || folded_words[0] == NULL)
    return TRUE;

  if (self->haystack == NULL)
    {
      g_autofree char *all = g_strjoin ("\n", self->entry->title, self->entry->site,
                                        self->entry->author, self->origin,
                                        self->entry->keywords, NULL);
      g_autofree char *folded = lectern_search_fold (all);

      /* Spaces around, so a word can be matched at its start only. */
      self->haystack = g_strconcat (" ", folded, NULL);
    }

  for (guint i = 0; folded_words[i] != NULL; i++)
    {
      g_autofree char *needle = g_strconcat (" ", folded_words[i], NULL);

      if (strstr (self->haystack, needle) == NULL)
        return FALSE;
    }

  return TRUE;
}
