/* lectern-dossier.h: people and organizations across the library, and
 * dossiers about one of them
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lectern-corrections.h"
#include "lectern-entity.h"
#include "lectern-extractor.h"
#include "lectern-highlight.h"
#include "lectern-story-quotes.h"

G_BEGIN_DECLS

#define LECTERN_DOSSIER_ERROR (lectern_dossier_error_quark ())

typedef enum
{
  LECTERN_DOSSIER_ERROR_NOT_FOUND,  /* no person or organization of that name */
  LECTERN_DOSSIER_ERROR_AMBIGUOUS,  /* a short name that several entries share */
} LecternDossierError;

typedef enum
{
  LECTERN_DOSSIER_MARKDOWN,
  LECTERN_DOSSIER_HTML,
  LECTERN_DOSSIER_PDF,
} LecternDossierFormat;

/* One person or organization of the library: the same entity across
 * stories, merged by name (accents, case and elisions aside) and by alias
 * rules (a surname alone joins the one full name ending with it, an
 * acronym the one organization it abbreviates), unless the user split it. */
typedef struct
{
  char              *key;         /* the folded name: its identity */
  char              *name;        /* the name most stories give it */
  LecternEntityType  type;
  guint              n_stories;
  guint              n_mentions;
  GPtrArray         *keys;        /* (element-type utf8): key and the keys merged into it */
} LecternLibraryEntity;

/* A story that names the entity. */
typedef struct
{
  gint64  story_id;
  char   *title;
  char   *author;
  char   *url;
  char   *source;
  gint64  imported_at;
  guint   n_mentions;
  GArray *mentions;              /* (element-type LecternSpan), in text order */
  char   *published;             /* as the source gave it (ISO 8601 mostly), or "" */
} LecternEntityStory;

/* The note on a story that names the entity in its text. */
typedef struct
{
  gint64  story_id;
  char   *note;
} LecternEntityNote;

/* Everything the library holds about one entity, or the first rows of
 * each long section and the counts of all (complete FALSE: a page read
 * with a limit, for the app, which shows ten of each at first). */
typedef struct
{
  LecternLibraryEntity *entity;
  GPtrArray *stories;      /* (element-type LecternEntityStory), newest first */
  GPtrArray *highlights;   /* (element-type LecternHighlight) near its mentions or naming it */
  GPtrArray *notes;        /* (element-type LecternEntityNote) story notes naming it */
  GPtrArray *forms;        /* (element-type utf8) how the stories write it, sorted */
  GPtrArray *corrections;  /* (element-type LecternCorrection) the user's, about its forms */
  GPtrArray *quotes;       /* (element-type LecternHighlight) (transfer none): the highlights
                            * whose speaker is one of its forms, also in `highlights` */
  GPtrArray *found_quotes; /* (element-type LecternEntityQuote): what the quote finder
                            * attributes to it in its stories, in their order; in a
                            * page that is not complete, only those no quote highlight
                            * covers */
  gboolean   complete;     /* every row is in the arrays above */
  /* The rows of the whole page, also when only the first are read:
   * entity->n_stories stories, and these. */
  guint      n_highlights;
  guint      n_quotes;
  guint      n_found_quotes; /* only those no quote highlight covers */
  guint      n_notes;
  GPtrArray *other_stories; /* (element-type LecternEntityStory) (nullable): in a page that
                             * is not complete, the stories of the rows read that are not
                             * among `stories` (their titles), without mentions */
} LecternEntityPage;

GQuark                lectern_dossier_error_quark      (void);

/* Brings the library's entity lists up to date: every story whose list is
 * missing or stale (new text, another extractor, a correction touching
 * it) gets the extractor's result (cached, or extracted now) with the
 * user's corrections. `extractor` NULL means the default. `out_n_updated`
 * (nullable) says how many stories were updated. */
gboolean              lectern_library_refresh_entities_sync (LecternStore   *store,
                                                             LecternExtractor *extractor,
                                                             GCancellable   *cancellable,
                                                             guint          *out_n_updated,
                                                             GError        **error);
/* One step of the same, for a refresher at idle: makes the lists of at
 * most `max_stories` stale stories. `out_ids` (nullable, transfer full):
 * the ids of the stories whose lists were made; `out_done` (nullable):
 * whether no stale story is left. */
gboolean              lectern_library_refresh_entities_step_sync (LecternStore     *store,
                                                                  LecternExtractor *extractor,
                                                                  guint             max_stories,
                                                                  GCancellable     *cancellable,
                                                                  GArray          **out_ids,
                                                                  gboolean         *out_done,
                                                                  GError          **error);
/* Story `story`'s extraction `raw` by extractor `version`, as the app
 * gets it on opening: caches it, and in the same transaction corrects it
 * and makes the story's list (so the library's filter finds its names at
 * once). `out_corrected` (nullable, transfer full): the corrected list. A
 * read-only library only corrects. */
gboolean              lectern_library_store_story_sync (LecternStore  *store,
                                                        LecternStory  *story,
                                                        const char    *version,
                                                        GPtrArray     *raw,
                                                        GPtrArray    **out_corrected,
                                                        GError       **error);
/* Stores the people and organizations of `entities` (already corrected)
 * as story `story_id`'s list for extractor `version`. */
gboolean              lectern_library_put_story_entities_sync (LecternStore *store,
                                                               gint64        story_id,
                                                               const char   *version,
                                                               GPtrArray    *entities,
                                                               GError      **error);
/* (element-type LecternLibraryEntity) (transfer full): people and
 * organizations of the whole library, most stories first. Reads the lists
 * as they are; refresh first. */
GPtrArray            *lectern_library_list_entities_sync (LecternStore *store,
                                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
/* (transfer full): the page of the entity called `name` (any of its
 * forms, accents and case aside), or NULL with LECTERN_DOSSIER_ERROR. */
LecternEntityPage    *lectern_library_get_entity_sync  (LecternStore *store,
                                                        const char   *name,
                                                        GError      **error) G_GNUC_WARN_UNUSED_RESULT;
/* The rows of each long section the app's page reads first. */
#define LECTERN_ENTITY_PAGE_FIRST_ROWS 10

/* The same with at most `limit` rows in each long section (stories,
 * highlights, quotes, found quotes, notes) and the counts of all: what
 * the app's page shows first. `limit` 0 reads everything, as above. */
LecternEntityPage    *lectern_library_get_entity_page_sync (LecternStore *store,
                                                            const char   *name,
                                                            guint         limit,
                                                            GError      **error) G_GNUC_WARN_UNUSED_RESULT;
/* The full read on the store's database thread, for the app. */
void                  lectern_library_get_entity_async (LecternStore        *store,
                                                        const char          *name,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
LecternEntityPage    *lectern_library_get_entity_finish (LecternStore       *store,
                                                         GAsyncResult       *result,
                                                         GError            **error) G_GNUC_WARN_UNUSED_RESULT;
/* Keeps `name` apart from the entry the alias rules would merge it into
 * (split TRUE), or lets them merge it again (FALSE). */
gboolean              lectern_library_set_split_sync   (LecternStore *store,
                                                        const char   *name,
                                                        gboolean      split,
                                                        GError      **error);

/* (nullable): the story `story_id` of the page, among its stories or,
 * in a page that is not complete, the other stories its rows are in. */
const LecternEntityStory *lectern_entity_page_find_story (const LecternEntityPage *page,
                                                          gint64                   story_id);

/* Whether one of the page's quote highlights (`quotes`) covers the found
 * quotation: pages and dossiers show it once, as the highlight. */
gboolean              lectern_entity_page_quote_highlighted (const LecternEntityPage  *page,
                                                             const LecternEntityQuote *quote);

/* "markdown" (or "md"), "html", "pdf". */
gboolean              lectern_dossier_format_from_string (const char           *name,
                                                          LecternDossierFormat *out_format);
/* ".md", ".html", ".pdf" */
const char           *lectern_dossier_format_extension  (LecternDossierFormat  format);
/* (transfer full): the dossier, every piece of text escaped for `format`
 * (Markdown or HTML; PDF is lectern_dossier_write_bytes()'s).
 * `categories` (nullable) names the highlight colours. */
char                 *lectern_dossier_write            (const LecternEntityPage *page,
                                                        LecternDossierFormat     format,
                                                        GPtrArray               *categories,
                                                        GDateTime               *now) G_GNUC_WARN_UNUSED_RESULT;

/* (transfer full): the dossier in any format, as the bytes of its file:
 * the PDF lays out the Markdown dossier on A4 pages. */
GBytes               *lectern_dossier_write_bytes      (const LecternEntityPage *page,
                                                        LecternDossierFormat     format,
                                                        GPtrArray               *categories,
                                                        GDateTime               *now,
                                                        GError                 **error) G_GNUC_WARN_UNUSED_RESULT;

void                  lectern_library_entity_free      (LecternLibraryEntity *self);
void                  lectern_entity_page_free         (LecternEntityPage    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternLibraryEntity, lectern_library_entity_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternEntityPage, lectern_entity_page_free)

G_END_DECLS
