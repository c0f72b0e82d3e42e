/* lectern-library-list.h: the library as a list of stories to browse
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lectern-store.h"

G_BEGIN_DECLS

/* One story as the library view shows it: what a row needs and what the
 * filter matches, without the story's text. */
typedef struct
{
  gint64  id;
  char   *title;
  char   *source;        /* path or URI, "" for pasted text */
  char   *site;          /* "" when unknown */
  char   *author;        /* "" when unknown */
  char   *published;     /* ISO 8601 as the source gave it, or "" */
  gint64  imported_at;   /* unix seconds */
  guint   n_highlights;
  char   *snippet;       /* NULL from the list; see lectern_library_snippets_sync() */
  /* Tags of its highlights and the people and organizations it names (when
   * the library has listed them), one per line: what the filter matches
   * besides title, site and author. */
  char   *keywords;
} LecternLibraryEntry;

/* (element-type LecternLibraryEntry) (transfer full): every story, newest
 * first, without reading any text (snippets come apart, for the rows on
 * screen). */
GPtrArray  *lectern_library_list_sync           (LecternStore  *store,
                                                 GError       **error) G_GNUC_WARN_UNUSED_RESULT;
/* (transfer full): story id (gint64 *) → the start of its text after its
 * title, on one line, for the stories `ids` that exist. */
GHashTable *lectern_library_snippets_sync       (LecternStore  *store,
                                                 const gint64  *ids,
                                                 guint          n_ids,
                                                 GError       **error) G_GNUC_WARN_UNUSED_RESULT;

/* Deletes the stories `ids` in one transaction (all or none), with their
 * highlights and notes. */
gboolean   lectern_library_delete_stories_sync  (LecternStore  *store,
                                                 const gint64  *ids,
                                                 guint          n_ids,
                                                 GError       **error);

/* (transfer full) (nullable): the name of the person or organization of
 * `story_id` whose first mention is [start, end) (what an entity search
 * hit lands on); NULL when there is none. */
char      *lectern_library_entity_name_at_sync  (LecternStore  *store,
                                                 gint64         story_id,
                                                 gint64         start,
                                                 gint64         end,
                                                 GError       **error) G_GNUC_WARN_UNUSED_RESULT;

void       lectern_library_entry_free           (LecternLibraryEntry *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternLibraryEntry, lectern_library_entry_free)

G_END_DECLS
