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
  /* How far the reader got: the fraction of the text read, -1 when the
   * story was never read (schema 11). */
  double  progress;
  char   *story_tags;    /* the story's own tags, one per line, "" when none */
  gint64  read_at;       /* unix seconds of the last progress saved, 0 when never */
  char   *title_key;     /* made on the first sort by title */
} LecternLibraryEntry;

/* The library's orders, in the app's sort menu and `lectern-cli list
 * --sort`. */
typedef enum
{
  LECTERN_LIBRARY_SORT_ADDED,       /* newest first */
  LECTERN_LIBRARY_SORT_PUBLISHED,   /* newest first; unknown dates last */
  LECTERN_LIBRARY_SORT_TITLE,
  LECTERN_LIBRARY_SORT_HIGHLIGHTS,  /* most highlighted first */
  /* "Continue reading": stories begun and not finished, the last read
   * first; then the unread ones; the finished ones last. */
  LECTERN_LIBRARY_SORT_PROGRESS,
} LecternLibrarySort;

/* A story read to at least this fraction counts as finished. */
#define LECTERN_LIBRARY_FINISHED 0.97

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

/* Reading progress: `fraction` of the text read (0 to 1) and the offset
 * of the first character on screen, to return there. */
gboolean   lectern_library_set_progress_sync    (LecternStore  *store,
                                                 gint64         story_id,
                                                 double         fraction,
                                                 gint64         offset,
                                                 GError       **error);
/* The same on the store's database thread, for a reader scrolling; a
 * failure is only logged (the position is saved again on the next scroll). */
void       lectern_library_set_progress_async   (LecternStore  *store,
                                                 gint64         story_id,
                                                 double         fraction,
                                                 gint64         offset);
/* TRUE with the story's saved progress, or with -1 and 0 when it has
 * none; FALSE on a database error. */
gboolean   lectern_library_get_progress_sync    (LecternStore  *store,
                                                 gint64         story_id,
                                                 double        *out_fraction,
                                                 gint64        *out_offset,
                                                 GError       **error);
/* (transfer full): "Unread", "Finished" or "42 %" for `progress` as in
 * LecternLibraryEntry. */
char      *lectern_library_progress_label       (double         progress) G_GNUC_WARN_UNUSED_RESULT;

/* Adds tag `tag` to the stories `ids` (add TRUE) or removes it from them,
 * in one transaction. `out_changed` (nullable, transfer full, element-type
 * gint64): the ids whose tags did change, what Undo gives back. A tag is
 * trimmed; an empty one is refused with an error. */
gboolean   lectern_library_tag_stories_sync     (LecternStore  *store,
                                                 const gint64  *ids,
                                                 guint          n_ids,
                                                 const char    *tag,
                                                 gboolean       add,
                                                 GArray       **out_changed,
                                                 GError       **error);
/* (element-type utf8) (transfer full): the story's own tags, sorted. */
GPtrArray *lectern_library_get_story_tags_sync  (LecternStore  *store,
                                                 gint64         story_id,
                                                 GError       **error) G_GNUC_WARN_UNUSED_RESULT;

/* The order `sort` of two entries, ties broken newest first, then by id.
 * Sorting by title keeps each entry's collation key in it. */
int        lectern_library_entry_compare        (LecternLibraryEntry *a,
                                                 LecternLibraryEntry *b,
                                                 LecternLibrarySort   sort);
/* Sorts `entries` (element-type LecternLibraryEntry) by `sort`. */
void       lectern_library_sort_entries         (GPtrArray           *entries,
                                                 LecternLibrarySort   sort);
/* The sort named `name` ("added", "published", "title", "highlights",
 * "progress"); FALSE for another name. */
gboolean   lectern_library_sort_from_name       (const char          *name,
                                                 LecternLibrarySort  *out_sort);

void       lectern_library_entry_free           (LecternLibraryEntry *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternLibraryEntry, lectern_library_entry_free)

G_END_DECLS
