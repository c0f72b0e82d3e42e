/* lectern-search.h: full-text search over the library (SQLite FTS5)
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "lectern-types.h"

G_BEGIN_DECLS

#define LECTERN_SEARCH_ERROR (lectern_search_error_quark ())

typedef enum
{
  LECTERN_SEARCH_ERROR_FAILED,   /* the index could not be read */
} LecternSearchError;

/* What a hit matched. */
typedef enum
{
  LECTERN_SEARCH_MATCH_TEXT,       /* the story's text */
  LECTERN_SEARCH_MATCH_TITLE,      /* the story's title */
  LECTERN_SEARCH_MATCH_HIGHLIGHT,  /* a highlighted passage */
  LECTERN_SEARCH_MATCH_NOTE,       /* a highlight's note or the note on a story */
  LECTERN_SEARCH_MATCH_TAG,        /* a highlight's tags */
  LECTERN_SEARCH_MATCH_ENTITY,     /* a person's or organization's name */
} LecternSearchMatch;

typedef struct
{
  gint64              story_id;
  char               *title;         /* the story's title */
  LecternSearchMatch  match;
  gint64              highlight_id;  /* 0 unless a highlight (or its note or tags) matched */
  /* The passage to land on, in code points into the story's text: the
   * first match in the text, the highlight, or the entity's first mention;
   * -1 when there is none (a title or story note matched). */
  gint64              start;
  gint64              end;
  /* Text around the match, on one line; each match is between U+0002 and
   * U+0003 (see lectern_search_hit_snippet_marked()). */
  char               *snippet;
  double              rank;          /* bm25: lower is better */
} LecternSearchHit;

GQuark      lectern_search_error_quark        (void);

/* Registers the "lectern" FTS5 tokenizer (unicode61 without diacritics,
 * œ/æ folded, French elisions split off) and the helper SQL functions on a
 * connection. The store calls it on every connection it opens, before the
 * schema is migrated. */
gboolean    lectern_search_register           (sqlite3             *db,
                                               GError             **error);

/* (transfer full): `text` as the index sees it, for keys: lower case,
 * accents removed, œ → oe, æ → ae, elided articles and punctuation
 * dropped, words separated by one space. */
char       *lectern_search_fold               (const char          *text) G_GNUC_WARN_UNUSED_RESULT;

/* (transfer full) (nullable): the FTS5 query for what a person typed:
 * words must all appear; "…" (also « » and “ ”) is a phrase; a word ending
 * in * is a prefix; OR between two terms means either. Everything else is
 * quoted, so no input is an FTS5 syntax error. NULL when nothing is left
 * to search for. */
char       *lectern_search_parse_query        (const char          *query) G_GNUC_WARN_UNUSED_RESULT;

/* (element-type LecternSearchHit) (transfer full): the best hits for
 * `query`, best first, skipping the first `offset`. An empty query gives an
 * empty array. */
GPtrArray  *lectern_search_sync               (LecternStore        *store,
                                               const char          *query,
                                               guint                offset,
                                               guint                limit,
                                               GError             **error) G_GNUC_WARN_UNUSED_RESULT;

/* The same on the store's database thread, for the app; finish returns
 * what lectern_search_sync() would. */
void        lectern_search_async              (LecternStore        *store,
                                               const char          *query,
                                               guint                offset,
                                               guint                limit,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
GPtrArray  *lectern_search_finish             (LecternStore        *store,
                                               GAsyncResult        *result,
                                               GError             **error) G_GNUC_WARN_UNUSED_RESULT;

/* Runs FTS5's 'integrity-check' on both search tables; FALSE with a
 * LECTERN_SEARCH_ERROR when the index disagrees with the library. */
gboolean    lectern_search_check_sync         (LecternStore        *store,
                                               GError             **error);
/* Indexes the stories added or changed since the index last caught up
 * (writes only queue them: see lectern-search-private.h). Searches and
 * checks do it first; the app may call it when idle so that the first
 * search after an import does not wait. `out_n_indexed` (nullable): how
 * many stories were indexed. */
gboolean    lectern_search_update_sync        (LecternStore        *store,
                                               guint               *out_n_indexed,
                                               GError             **error);
/* Indexes some of the waiting stories, about `max_bytes` of text (one
 * story at least), in one transaction: indexing at idle, a step at a time,
 * so that other writes never wait long. `out_n_indexed` and `out_done`
 * (nullable): how many stories it indexed, and whether none still waits.
 * A read-only library indexes nothing. */
gboolean    lectern_search_update_step_sync   (LecternStore        *store,
                                               gsize                max_bytes,
                                               guint               *out_n_indexed,
                                               gboolean            *out_done,
                                               GError             **error);
/* Rebuilds the index from the library. */
gboolean    lectern_search_rebuild_sync       (LecternStore        *store,
                                               GError             **error);

const char *lectern_search_match_to_string    (LecternSearchMatch   match);
/* (transfer full): the snippet with each match between `open` and `close`. */
char       *lectern_search_hit_snippet_marked (const LecternSearchHit *hit,
                                               const char          *open,
                                               const char          *close) G_GNUC_WARN_UNUSED_RESULT;
/* (transfer full): the snippet without marks; `out_marks` (nullable) gets
 * the matches as LecternSpan, in code points into the returned text. */
char       *lectern_search_hit_snippet_plain  (const LecternSearchHit *hit,
                                               GArray             **out_marks) G_GNUC_WARN_UNUSED_RESULT;
void        lectern_search_hit_free           (LecternSearchHit    *hit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternSearchHit, lectern_search_hit_free)

G_END_DECLS
