/* lectern-notes.c: importing W3C Web Annotation JSON
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-notes"

#include "config.h"

#include <string.h>

#include "lectern-anchor.h"
#include "lectern-import.h"
#include "lectern-json.h"
#include "lectern-notes.h"

#include <glib/gi18n.h>

typedef struct
{
  guint               refs;      /* one per name it is found by */
  gint64              story_id;
  gint64              n_chars;
  LecternAnchorText  *text;
} Target;

static void
target_free (gpointer pointer)
{
  Target *target = pointer;

  if (--target->refs > 0)
    return;
  lectern_anchor_text_free (target->text);
  g_free (target);
}

static gint64
parse_date (const char *text,
            gint64      fallback)
{
  g_autoptr(GDateTime) date = NULL;

  if (text == NULL || *text == '\0')
    return fallback;
  date = g_date_time_new_from_iso8601 (text, NULL);
  return date != NULL ? g_date_time_to_unix (date) : fallback;
}

static Target *
target_new (const LecternStory *story)
{
  Target *target = g_new0 (Target, 1);

  target->refs = 1;
  target->story_id = story->id;
  target->n_chars = story->n_chars;
  target->text = lectern_anchor_text_new (story->text);
  return target;
}

/* "urn:uuid:X" → "X" (lower case), else NULL. */
static char *
uuid_of_urn (const char *id)
{
  if (id == NULL || g_ascii_strncasecmp (id, "urn:uuid:", 9) != 0 || !g_uuid_string_is_valid (id + 9))
    return NULL;
  return g_ascii_strdown (id + 9, -1);
}

/* Finds or creates the story a document header describes: by its UUID
 * (exports since format 2), so two stories with the same text stay two;
 * by its exact text for older files. */
static Target *
import_document (LecternStore              *store,
                 const LecternJsonNode     *document,
                 LecternNotesImportCounts  *counts,
                 char                     **out_source,
                 char                     **out_url,
                 GError                   **error)
{
  const char *text = lectern_json_object_get_string (document, "text");
  const char *title = lectern_json_object_get_string (document, "title");
  const char *note = lectern_json_object_get_string (document, "note");
  const char *file = lectern_json_object_get_string (document, "file");
  g_autofree char *uuid = uuid_of_urn (lectern_json_object_get_string (document, "id"));
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(LecternStory) checked = NULL;
  gint64 id;

  /* What `import` refuses (invalid or blank text) is no story here either;
   * the annotations on it are skipped. */
  if (text == NULL || (checked = lectern_import_text (text, NULL)) == NULL)
    return NULL;
  if (file == NULL)
    file = lectern_json_object_get_string (document, "source");

  if (uuid != NULL)
    id = lectern_store_find_story_by_uuid_sync (store, uuid, error);
  else
    id = lectern_store_find_story_by_text_sync (store, text, error);
  if (id < 0)
    return NULL;

  if (id > 0)
    {
      story = lectern_store_get_story_sync (store, id, error);
      if (story == NULL)
        return NULL;
    }
  else
    {
      const char *value;

      story = lectern_story_new (title != NULL && *title != '\0' ? title : _("Untitled story"),
                                 file, text);
      story->uuid = g_steal_pointer (&uuid);
      if ((value = lectern_json_object_get_string (document, "encoding")) != NULL)
        {
          g_free (story->encoding);
          story->encoding = g_strdup (value);
        }
      if ((value = lectern_json_object_get_string (document, "author")) != NULL)
        {
          g_free (story->author);
          story->author = g_strdup (value);
        }
      if ((value = lectern_json_object_get_string (document, "url")) != NULL)
        {
          g_free (story->url);
          story->url = g_strdup (value);
        }
      story->imported_at = parse_date (lectern_json_object_get_string (document, "imported"),
                                       story->imported_at);
      story->modified_at = parse_date (lectern_json_object_get_string (document, "modified"),
                                       story->modified_at);
      if (lectern_store_add_story_sync (store, story, error) == 0)
        return NULL;
      counts->stories_added++;
    }

  /* A note already written here wins over the file's. */
  if (note != NULL && *note != '\0')
    {
      g_autofree char *current = lectern_store_get_story_note_sync (store, story->id, error);

      if (current == NULL)
        return NULL;
      if (*current == '\0' && !lectern_store_set_story_note_sync (store, story->id, note, error))
        return NULL;
    }

  *out_source = g_strdup (story->source != NULL ? story->source : "");
  *out_url = g_strdup (story->url != NULL ? story->url : "");
  return target_new (story);
}

/* The annotations of a collection, a page, an array or one annotation. */
static void
collect_annotations (const LecternJsonNode *root,
                     GPtrArray             *out)
{
  const char *type;

  /* A page or collection without "items" or "first". */
  if (root == NULL)
    return;

  type = lectern_json_object_get_string (root, "type");
  if (root->type == LECTERN_JSON_ARRAY)
    {
      for (guint i = 0; i < lectern_json_array_length (root); i++)
        collect_annotations (lectern_json_array_get (root, i), out);
    }
  else if (g_strcmp0 (type, "Annotation") == 0)
    {
      g_ptr_array_add (out, (gpointer) root);
    }
  else if (g_strcmp0 (type, "AnnotationCollection") == 0)
    {
      const LecternJsonNode *first = lectern_json_object_get (root, "first");

      if (first != NULL)
        collect_annotations (first, out);
      if (lectern_json_object_get (root, "items") != NULL)
        collect_annotations (lectern_json_object_get (root, "items"), out);
    }
  else if (g_strcmp0 (type, "AnnotationPage") == 0)
    {
      collect_annotations (lectern_json_object_get (root, "items"), out);
    }
}

static const LecternJsonNode *
find_selector (const LecternJsonNode *target,
               const char            *type)
{
  const LecternJsonNode *selector = lectern_json_object_get (target, "selector");

  if (selector != NULL && selector->type == LECTERN_JSON_OBJECT)
    return g_strcmp0 (lectern_json_object_get_string (selector, "type"), type) == 0
           ? selector : NULL;

  for (guint i = 0; i < lectern_json_array_length (selector); i++)
    {
      const LecternJsonNode *item = lectern_json_array_get (selector, i);

      if (g_strcmp0 (lectern_json_object_get_string (item, "type"), type) == 0)
        return item;
    }

  return NULL;
}

/* Fills note and tags from the annotation's bodies. */
static void
read_bodies (const LecternJsonNode *annotation,
             LecternHighlight      *highlight)
{
  const LecternJsonNode *body = lectern_json_object_get (annotation, "body");
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  g_autoptr(GString) note = g_string_new (NULL);
  guint n = body != NULL && body->type == LECTERN_JSON_OBJECT ? 1 : lectern_json_array_length (body);

  for (guint i = 0; i < n; i++)
    {
      const LecternJsonNode *item = body->type == LECTERN_JSON_OBJECT ? body : lectern_json_array_get (body, i);
      const char *purpose = lectern_json_object_get_string (item, "purpose");
      const char *value = lectern_json_object_get_string (item, "value");

      if (value == NULL)
        continue;
      if (g_strcmp0 (purpose, "tagging") == 0)
        g_ptr_array_add (tags, (gpointer) value);
      else
        {
          if (note->len > 0)
            g_string_append (note, "\n\n");
          g_string_append (note, value);
        }
    }

  g_ptr_array_add (tags, NULL);
  lectern_highlight_set_tags (highlight, (const char *const *) tags->pdata);
  g_free (highlight->note);
  highlight->note = g_strdup (note->str);
}

static char *
uuid_from_id (const char *id)
{
  if (id == NULL)
    return NULL;
  if (g_str_has_prefix (id, "urn:uuid:"))
    id += strlen ("urn:uuid:");
  return *id != '\0' ? g_strdup (id) : NULL;
}

/* A stable UUID for an annotation without one, so re-imports match. */
static char *
uuid_for_annotation (const char *source,
                     const char *exact,
                     gint64      start)
{
  g_autofree char *key = g_strdup_printf ("%s\n%s\n%" G_GINT64_FORMAT, source, exact, start);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);

  return g_strdup_printf ("%.8s-%.4s-5%.3s-8%.3s-%.12s", hash, hash + 8, hash + 12, hash + 15,
                          hash + 18);
}

/* Counts a skipped annotation and says why, once per reason and target. */
static void
skip (LecternNotesImportCounts *counts,
      GPtrArray                *reasons,
      char                     *reason)
{
  counts->skipped++;
  if (reasons == NULL)
    {
      g_free (reason);
      return;
    }
  for (guint i = 0; i < reasons->len; i++)
    if (g_str_equal (g_ptr_array_index (reasons, i), reason))
      {
        g_free (reason);
        return;
      }
  g_ptr_array_add (reasons, reason);
}

/* A story of this library named by its URN, for annotations exported
 * without their story (a page or a single annotation). */
static Target *
find_target_by_urn (LecternStore *store,
                    GHashTable   *targets,
                    const char   *source)
{
  g_autofree char *uuid = uuid_of_urn (source);
  g_autoptr(LecternStory) story = NULL;
  gint64 id;
  Target *target;

  if (uuid == NULL)
    return NULL;
  id = lectern_store_find_story_by_uuid_sync (store, uuid, NULL);
  if (id <= 0)
    return NULL;
  story = lectern_store_get_story_sync (store, id, NULL);
  if (story == NULL)
    return NULL;
  target = target_new (story);
  g_hash_table_insert (targets, g_strdup (source), target);
  return target;
}

static gboolean
import_annotation (LecternStore              *store,
                   const LecternJsonNode     *annotation,
                   GHashTable                *targets,
                   LecternNotesImportCounts  *counts,
                   GPtrArray                 *reasons,
                   GError                   **error)
{
  const LecternJsonNode *target = lectern_json_object_get (annotation, "target");
  const char *source = lectern_json_object_get_string (target, "source");
  const LecternJsonNode *quote = find_selector (target, "TextQuoteSelector");
  const LecternJsonNode *position = find_selector (target, "TextPositionSelector");
  const char *exact = lectern_json_object_get_string (quote, "exact");
  const char *color = lectern_json_object_get_string (target, "styleClass");
  const char *style = lectern_json_object_get_string (annotation, "lectern:style");
  g_autoptr(LecternHighlight) highlight = NULL;
  g_autoptr(LecternHighlight) existing = NULL;
  g_autofree char *uuid = NULL;
  Target *where;
  gint64 start = -1, end = -1, now;

  if (source == NULL && target != NULL && target->type == LECTERN_JSON_STRING)
    source = target->string;
  where = source != NULL ? g_hash_table_lookup (targets, source) : NULL;
  if (where == NULL && source != NULL)
    where = find_target_by_urn (store, targets, source);
  if (source == NULL)
    {
      skip (counts, reasons, g_strdup (_("an annotation names no document as its target.")));
      return TRUE;
    }
  if (where == NULL)
    {
      if (g_str_has_prefix (source, "urn:"))
        skip (counts, reasons,
              g_strdup_printf (_("annotations of the story “%s” were skipped: it is neither in "
                                 "this file nor in the library."), source));
      else
        skip (counts, reasons,
              g_strdup_printf (_("annotations of “%s” were skipped: no story in the library "
                                 "has this URL or file."), source));
      return TRUE;
    }
  if (exact == NULL || *exact == '\0')
    {
      skip (counts, reasons,
            g_strdup (_("an annotation without a TextQuoteSelector (the quoted passage) was "
                        "skipped: Lectern needs the quote to place it.")));
      return TRUE;
    }

  if (position != NULL)
    {
      lectern_json_object_get_int (position, "start", &start);
      lectern_json_object_get_int (position, "end", &end);
    }

  uuid = uuid_from_id (lectern_json_object_get_string (annotation, "id"));
  if (uuid == NULL)
    uuid = uuid_for_annotation (source, exact, start);

  existing = lectern_store_find_highlight_by_uuid_sync (store, uuid, error);
  if (existing != NULL)
    {
      counts->duplicates++;
      return TRUE;
    }
  if (error != NULL && *error != NULL)
    return FALSE;

  now = g_get_real_time () / G_USEC_PER_SEC;
  highlight = g_new0 (LecternHighlight, 1);
  highlight->story_id = where->story_id;
  highlight->start = start;
  highlight->end = end;
  highlight->quote = g_strdup (exact);
  highlight->prefix = g_strdup (lectern_json_object_get_string (quote, "prefix"));
  highlight->suffix = g_strdup (lectern_json_object_get_string (quote, "suffix"));
  highlight->color = g_strdup (lectern_highlight_color_is_valid (color) ? color : "yellow");
  highlight->style = g_strdup (lectern_highlight_style_is_valid (style) ? style : "highlight");
  highlight->uuid = g_steal_pointer (&uuid);
  highlight->created_at = parse_date (lectern_json_object_get_string (annotation, "created"), now);
  highlight->updated_at = parse_date (lectern_json_object_get_string (annotation, "modified"),
                                      highlight->created_at);
  read_bodies (annotation, highlight);
  highlight->speaker = g_strdup (lectern_json_object_get_string (annotation, "lectern:speaker"));
  if (highlight->speaker != NULL && (*highlight->speaker == '\0'
                                     || !g_utf8_validate (highlight->speaker, -1, NULL)))
    g_clear_pointer (&highlight->speaker, g_free);

  /* Trust the position only if the quote is there. */
  if (lectern_anchor_highlight (where->text, highlight, where->n_chars) == LECTERN_ANCHOR_ORPHANED)
    {
      /* Keep the passage as an orphan at a harmless place. */
      highlight->start = 0;
      highlight->end = MAX (1, g_utf8_strlen (highlight->quote, -1));
      counts->orphaned++;
    }
  if (highlight->prefix == NULL)
    highlight->prefix = g_strdup ("");
  if (highlight->suffix == NULL)
    highlight->suffix = g_strdup ("");

  if (lectern_store_add_highlight_sync (store, highlight, error) == 0)
    return FALSE;

  counts->highlights_added++;
  return TRUE;
}

static void
import_categories (LecternStore          *store,
                   const LecternJsonNode *root)
{
  const LecternJsonNode *list = lectern_json_object_get (root, "categories") != NULL
                                ? lectern_json_object_get (root, "categories")
                                : lectern_json_object_get (root, "lectern:categories");
  g_autoptr(GPtrArray) current = lectern_store_list_categories_sync (store, NULL);

  for (guint i = 0; current != NULL && i < lectern_json_array_length (list); i++)
    {
      const LecternJsonNode *item = lectern_json_array_get (list, i);
      const char *color = lectern_json_object_get_string (item, "color");
      const char *name = lectern_json_object_get_string (item, "name");

      /* Only names someone chose, and only over defaults: never undo a
       * rename made in this library. */
      if (!lectern_json_object_get_boolean (item, "custom", FALSE)
          || !lectern_highlight_color_is_valid (color) || name == NULL)
        continue;
      for (guint j = 0; j < current->len; j++)
        {
          const LecternCategory *category = g_ptr_array_index (current, j);

          if (g_str_equal (category->color, color) && !category->custom)
            lectern_store_set_category_name_sync (store, color, name, NULL);
        }
    }
}

gboolean
lectern_notes_import_json (LecternStore              *store,
                           const char                *json,
                           gssize                     length,
                           LecternNotesImportCounts  *counts,
                           GError                   **error)
{
  return lectern_notes_import_json_full (store, json, length, counts, NULL, error);
}

gboolean
lectern_notes_import_file (LecternStore              *store,
                           GFile                     *file,
                           LecternNotesImportCounts  *counts,
                           GPtrArray                 *reasons,
                           GCancellable              *cancellable,
                           GError                   **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *json;

  g_return_val_if_fail (LECTERN_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = lectern_import_read_file (file, LECTERN_IMPORT_MAX_BYTES, cancellable, error);
  if (bytes == NULL)
    return FALSE;
  json = g_bytes_get_data (bytes, &size);

  return lectern_notes_import_json_full (store, json != NULL ? json : "", size, counts, reasons, error);
}

gboolean
lectern_notes_import_json_full (LecternStore              *store,
                                const char                *json,
                                gssize                     length,
                                LecternNotesImportCounts  *counts,
                                GPtrArray                 *reasons,
                                GError                   **error)
{
  g_autoptr(LecternJsonNode) root = NULL;
  g_autoptr(GHashTable) targets = NULL;
  g_autoptr(GPtrArray) annotations = g_ptr_array_new ();
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GError) parse_error = NULL;
  LecternNotesImportCounts local = { 0, };
  const LecternJsonNode *documents;

  g_return_val_if_fail (LECTERN_IS_STORE (store), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (counts != NULL)
    *counts = local;

  root = lectern_json_parse (json, length, &parse_error);
  if (root == NULL)
    {
      g_set_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_INVALID,
                   _("The notes file is not valid JSON (%s)."), parse_error->message);
      return FALSE;
    }

  collect_annotations (root, annotations);
  documents = lectern_json_object_get (root, "documents");
  if (documents == NULL)
    documents = lectern_json_object_get (root, "lectern:documents");
  if (annotations->len == 0 && documents == NULL)
    {
      g_set_error_literal (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_INVALID,
                           _("The notes file holds no annotations Lectern can read (W3C Web "
                             "Annotation JSON)."));
      return FALSE;
    }

  targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, target_free);

  /* Stories already here can be targets by URL or source, for files from
   * other annotation tools. */
  stories = lectern_store_list_stories_sync (store, error);
  if (stories == NULL)
    return FALSE;
  for (guint i = 0; i < stories->len; i++)
    {
      const LecternStory *story = g_ptr_array_index (stories, i);

      if (story->url != NULL && *story->url != '\0' && !g_hash_table_contains (targets, story->url))
        g_hash_table_insert (targets, g_strdup (story->url), target_new (story));
      if (*story->source != '\0' && !g_hash_table_contains (targets, story->source))
        g_hash_table_insert (targets, g_strdup (story->source), target_new (story));
    }

  /* All or nothing: a file that fails halfway leaves the library as it
   * was, and is one transaction instead of thousands. */
  if (!lectern_store_begin_batch_sync (store, error))
    return FALSE;

  for (guint i = 0; i < lectern_json_array_length (documents); i++)
    {
      const LecternJsonNode *document = lectern_json_array_get (documents, i);
      const char *id = lectern_json_object_get_string (document, "id");
      g_autofree char *source = NULL;
      g_autofree char *url = NULL;
      Target *target;

      if (id == NULL)
        continue;
      target = import_document (store, document, &local, &source, &url, error);
      if (target == NULL)
        {
          if (error != NULL && *error != NULL)
            {
              lectern_store_end_batch_sync (store, FALSE, NULL);
              return FALSE;
            }
          continue;
        }
      g_hash_table_replace (targets, g_strdup (id), target);
      /* Its file and URL name it too, as for stories already here: an
       * annotation that names them is placed now, not at the next import. */
      for (const char *const *name = (const char *const[]) { source, url, NULL }; *name != NULL; name++)
        if (**name != '\0' && !g_hash_table_contains (targets, *name))
          {
            target->refs++;
            g_hash_table_insert (targets, g_strdup (*name), target);
          }
    }

  import_categories (store, root);

  for (guint i = 0; i < annotations->len; i++)
    {
      if (!import_annotation (store, g_ptr_array_index (annotations, i), targets, &local, reasons,
                              error))
        {
          lectern_store_end_batch_sync (store, FALSE, NULL);
          return FALSE;
        }
    }

  if (!lectern_store_end_batch_sync (store, TRUE, error))
    return FALSE;

  if (counts != NULL)
    *counts = local;
  return TRUE;
}
