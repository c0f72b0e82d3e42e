/* lectern-source.c: one import path for every kind of source
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files and URLs come in as bytes; their kind is told by their content,
 * with the name and the server's Content-Type as hints; each kind has its
 * reader (lectern-import for text, lectern-html, lectern-markdown,
 * lectern-epub); lectern_source_store_sync() is the one place that decides
 * whether a story is new, already there, or a new version of one.
 */

#define G_LOG_DOMAIN "lectern-source"

#include "config.h"

#include <string.h>

#include "lectern-article.h"
#include "lectern-formats.h"
#include "lectern-import.h"
#include "lectern-markdown-story.h"
#include "lectern-source.h"

#include <glib/gi18n.h>

G_DEFINE_QUARK (lectern-source-error-quark, lectern_source_error)

static gboolean is_mhtml (const char *data,
                          gsize       len);

static const char *
extension (const char *name)
{
  const char *slash, *dot;

  if (name == NULL)
    return "";
  slash = strrchr (name, '/');
  dot = strrchr (slash != NULL ? slash : name, '.');
  return dot != NULL ? dot + 1 : "";
}

static gboolean
extension_is (const char *name,
              const char *const *list)
{
  const char *ext = extension (name);

  for (guint i = 0; list[i] != NULL; i++)
    if (g_ascii_strcasecmp (ext, list[i]) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
is_epub_zip (const char *data,
             gsize       len)
{
  /* The first entry of an EPUB is "mimetype", stored uncompressed. */
  return len >= 58 && memcmp (data, "PK\x03\x04", 4) == 0
         && memcmp (data + 30, "mimetypeapplication/epub+zip", 28) == 0;
}

gboolean
lectern_source_is_url (const char *location)
{
  return location != NULL
         && (g_ascii_strncasecmp (location, "http://", 7) == 0
             || g_ascii_strncasecmp (location, "https://", 8) == 0);
}

LecternSourceKind
lectern_source_detect (const char *data,
                       gsize       len,
                       const char *name,
                       const char *content_type)
{
  static const char *const markdown_ext[] = { "md", "markdown", "mdown", "mkd", "mkdn", NULL };
  static const char *const epub_ext[] = { "epub", NULL };
  static const char *const text_ext[] = { "txt", "text", NULL };

  if (len >= 5 && memcmp (data, "%PDF-", 5) == 0)
    return LECTERN_SOURCE_PDF;
  if (is_epub_zip (data, len)
      || (len >= 4 && memcmp (data, "PK\x03\x04", 4) == 0 && extension_is (name, epub_ext)))
    return LECTERN_SOURCE_EPUB;

  if (content_type != NULL)
    {
      if (g_str_has_prefix (content_type, "application/pdf"))
        return LECTERN_SOURCE_PDF;
      if (g_str_has_prefix (content_type, "application/epub+zip"))
        return LECTERN_SOURCE_EPUB;
      if (g_str_has_prefix (content_type, "text/markdown"))
        return LECTERN_SOURCE_MARKDOWN;
    }

  if (lectern_html_sniff (data, len) || is_mhtml (data, len))
    return LECTERN_SOURCE_HTML;
  /* Text named .txt stays text even when it looks like Markdown. */
  if (extension_is (name, text_ext))
    return LECTERN_SOURCE_TEXT;
  if (extension_is (name, markdown_ext))
    return LECTERN_SOURCE_MARKDOWN;

  return LECTERN_SOURCE_TEXT;
}

/* MHTML ("Save page as… single file"): a MIME multipart message whose
 * text/html part is the page. */
static gboolean
is_mhtml (const char *data,
          gsize       len)
{
  g_autofree char *head = g_ascii_strdown (data, MIN (len, 2048));

  return (g_str_has_prefix (head, "mime-version:") || g_str_has_prefix (head, "from:")
          || g_str_has_prefix (head, "content-type:") || g_str_has_prefix (head, "subject:")
          || g_str_has_prefix (head, "snapshot-content-location:"))
         && strstr (head, "multipart/related") != NULL && strstr (head, "boundary=") != NULL;
}

/* The value of `name=` in MIME header text, quoted or not. */
static char *
mime_param (const char *headers,
            const char *name)
{
  g_autofree char *lower = g_ascii_strdown (headers, -1);
  g_autofree char *key = g_strconcat (name, "=", NULL);
  const char *p = strstr (lower, key);
  const char *start;
  gsize n;

  if (p == NULL)
    return NULL;
  p = headers + (p - lower) + strlen (key);
  if (*p == '"')
    {
      start = ++p;
      n = strcspn (start, "\"");
    }
  else
    {
      start = p;
      n = strcspn (start, "; \t\r\n");
    }

  return n > 0 ? g_strndup (start, n) : NULL;
}

static GBytes *
decode_quoted_printable (const char *data,
                         gsize       len)
{
  GByteArray *out = g_byte_array_sized_new (len);

  for (gsize i = 0; i < len; i++)
    {
      guint8 c = data[i];

      if (c == '=' && i + 1 < len && (data[i + 1] == '\n' || data[i + 1] == '\r'))
        {
          /* A soft line break. */
          i++;
          if (data[i] == '\r' && i + 1 < len && data[i + 1] == '\n')
            i++;
          continue;
        }
      if (c == '=' && i + 2 < len && g_ascii_isxdigit (data[i + 1])
          && g_ascii_isxdigit (data[i + 2]))
        {
          c = g_ascii_xdigit_value (data[i + 1]) * 16 + g_ascii_xdigit_value (data[i + 2]);
          i += 2;
        }
      g_byte_array_append (out, &c, 1);
    }

  return g_byte_array_free_to_bytes (out);
}

/* The blank line after MIME headers, CRLF or LF. */
static char *
end_of_headers (char *headers)
{
  char *crlf = strstr (headers, "\r\n\r\n");
  char *lf = strstr (headers, "\n\n");

  if (crlf == NULL || (lf != NULL && lf < crlf))
    return lf;
  return crlf;
}

/* The page inside an MHTML file, decoded; NULL when there is none. */
static GBytes *
mhtml_page (const char  *data,
            gsize        len,
            char       **out_charset)
{
  g_autofree char *text = g_strndup (data, len);
  g_autofree char *boundary = NULL;
  g_autofree char *delimiter = NULL;
  char *body, *part;

  body = end_of_headers (text);
  if (body == NULL)
    return NULL;
  *body = '\0';
  boundary = mime_param (text, "boundary");
  if (boundary == NULL)
    return NULL;
  delimiter = g_strconcat ("--", boundary, NULL);

  for (part = strstr (body + 1, delimiter); part != NULL; part = strstr (part, delimiter))
    {
      char *headers = part + strlen (delimiter);
      char *content, *end;
      g_autofree char *lower = NULL;

      content = end_of_headers (headers);
      if (content == NULL)
        return NULL;
      end = strstr (content, delimiter);
      lower = g_ascii_strdown (headers, content - headers);
      part = end != NULL ? end : content + strlen (content);

      if (strstr (lower, "content-type: text/html") == NULL
          && strstr (lower, "content-type:text/html") == NULL)
        continue;

      content += content[0] == '\r' ? 4 : 2;
      if (end == NULL)
        end = content + strlen (content);
      {
        g_autofree char *part_headers = g_strndup (headers, content - headers);

        *out_charset = mime_param (part_headers, "charset");
      }
      if (strstr (lower, "quoted-printable") != NULL)
        return decode_quoted_printable (content, end - content);
      if (strstr (lower, "base64") != NULL)
        {
          g_autofree char *copy = g_strndup (content, end - content);
          gsize n = 0;
          guchar *decoded;

          /* GLib asserts on input shorter than two characters. */
          if (end - content < 2)
            return g_bytes_new (NULL, 0);
          decoded = g_base64_decode_inplace (copy, &n);
          return g_bytes_new (decoded, n);
        }
      return g_bytes_new (content, end - content);
    }

  return NULL;
}

static char *
fallback_title (const char *display_name)
{
  const char *slash = strrchr (display_name, '/');
  const char *base = slash != NULL && slash[1] != '\0' ? slash + 1 : display_name;
  const char *dot = strrchr (base, '.');

  return dot != NULL && dot != base ? g_strndup (base, dot - base) : g_strdup (base);
}

static LecternStory *
story_from_article (LecternArticle *article,
                    const char     *source,
                    const char     *fallback)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) blocks = g_array_new (FALSE, FALSE, sizeof (LecternBlock));
  gint64 n_chars = 0;
  const char *title = article->title[0] != '\0' ? article->title : fallback;
  LecternStory *story;

  /* The title is the story's first line, as in a text file. */
  lectern_article_append_block (text, blocks, &n_chars, LECTERN_BLOCK_TITLE, title);
  if (article->text[0] != '\0')
    {
      g_string_append (text, "\n\n");
      n_chars += 2;
      for (guint i = 0; i < article->blocks->len; i++)
        {
          LecternBlock block = g_array_index (article->blocks, LecternBlock, i);

          block.start += n_chars;
          block.end += n_chars;
          g_array_append_val (blocks, block);
        }
      g_string_append (text, article->text);
    }

  story = lectern_story_new (title, source, text->str);
  lectern_story_set_blocks (story, blocks);
  g_free (story->author);
  story->author = g_strdup (article->byline);
  g_free (story->url);
  story->url = g_strdup (article->url[0] != '\0' || !lectern_source_is_url (source)
                         ? article->url : source);
  g_free (story->site);
  story->site = g_strdup (article->site_name);
  g_free (story->published);
  story->published = g_strdup (article->published);
  g_free (story->lang);
  story->lang = g_strdup (article->lang);
  g_free (story->encoding);
  story->encoding = g_strdup (article->encoding);

  return story;
}

static LecternStory *
read_bytes (GBytes                    *bytes,
            const char                *source,
            const char                *display_name,
            const char                *content_type,
            const char                *charset,
            LecternSourcePreviewFunc   preview,
            gpointer                   preview_data,
            LecternSourceInfo         *out_info,
            GError                   **error)
{
  gsize len;
  const char *data;
  g_autofree char *fallback = NULL;
  LecternSourceInfo info = { LECTERN_SOURCE_TEXT, FALSE };
  LecternStory *story = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  if (data == NULL)
    data = "";
  if (display_name == NULL)
    display_name = source != NULL && *source != '\0' ? source : _("The text");
  fallback = fallback_title (display_name);

  info.kind = lectern_source_detect (data, len, display_name, content_type);
  switch (info.kind)
    {
    case LECTERN_SOURCE_PDF:
      g_set_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_UNSUPPORTED,
                   _("“%s” is a PDF document: PDF is not supported yet."), display_name);
      return NULL;

    case LECTERN_SOURCE_EPUB:
      story = lectern_formats_epub_read (data, len, source, display_name,
                                         preview, preview_data, error);
      break;

    case LECTERN_SOURCE_HTML:
      {
        g_autoptr(LecternArticle) article = NULL;
        g_autoptr(GBytes) page = NULL;
        g_autofree char *page_charset = NULL;

        if (is_mhtml (data, len))
          {
            page = mhtml_page (data, len, &page_charset);
            if (page == NULL)
              {
                g_set_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_INVALID,
                             _("“%s” is a web archive (MHTML) without a web page in it."),
                             display_name);
                return NULL;
              }
            data = g_bytes_get_data (page, &len);
            if (data == NULL)
              data = "";
            charset = page_charset;
          }
        article = lectern_formats_html_read (data, len, charset, error);
        if (article == NULL)
          return NULL;

        if (article->text[0] == '\0' && article->title[0] == '\0')
          {
            g_set_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_EMPTY,
                         _("“%s” is a web page without any text."), display_name);
            return NULL;
          }
        info.no_article = !article->found;
        story = story_from_article (article, source, fallback);
        break;
      }

    case LECTERN_SOURCE_MARKDOWN:
    case LECTERN_SOURCE_TEXT:
    default:
      {
        /* Decoding and the checks for empty and binary files are the
         * text importer's. */
        g_autoptr(LecternStory) text = lectern_import_bytes (bytes, source, display_name, error);

        if (text == NULL)
          return NULL;
        if (info.kind == LECTERN_SOURCE_TEXT && content_type == NULL
            && lectern_markdown_sniff (text->text) && !g_str_has_suffix (display_name, ".txt"))
          info.kind = LECTERN_SOURCE_MARKDOWN;
        if (info.kind == LECTERN_SOURCE_TEXT)
          {
            story = g_steal_pointer (&text);
            /* A text story's title is its first line; a name is the
             * fallback, not the file's path. */
            if (g_strcmp0 (story->title, display_name) == 0)
              {
                g_free (story->title);
                story->title = g_strdup (fallback);
              }
          }
        else
          {
            story = lectern_markdown_read (text->text, source, fallback);
            g_free (story->encoding);
            story->encoding = g_strdup (text->encoding);
          }
        break;
      }
    }

  if (story != NULL && out_info != NULL)
    *out_info = info;
  return story;
}

LecternStory *
lectern_source_read_bytes (GBytes             *bytes,
                           const char         *source,
                           const char         *display_name,
                           const char         *content_type,
                           const char         *charset,
                           LecternSourceInfo  *out_info,
                           GError            **error)
{
  return read_bytes (bytes, source, display_name, content_type, charset, NULL, NULL,
                     out_info, error);
}

static LecternStory *
read_location (const char                *location,
               GCancellable              *cancellable,
               GFileProgressCallback      progress,
               gpointer                   progress_data,
               LecternSourcePreviewFunc   preview,
               gpointer                   preview_data,
               LecternSourceInfo         *out_info,
               GError                   **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;

  g_return_val_if_fail (location != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (lectern_source_is_url (location))
    {
      g_autofree char *content_type = NULL;
      g_autofree char *charset = NULL;
      g_autofree char *final_url = NULL;

      bytes = lectern_formats_fetch_url (location, cancellable, progress, progress_data,
                                         &content_type, &charset, &final_url, error);
      if (bytes == NULL)
        return NULL;
      return read_bytes (bytes, final_url, final_url, content_type, charset,
                         preview, preview_data, out_info, error);
    }

  /* Files: the text importer stats, bounds and reads them, with its
   * messages for missing files, folders and huge files. */
  file = g_file_new_for_commandline_arg (location);
  path = g_file_get_path (file);
  basename = g_file_get_basename (file);
  bytes = lectern_import_load_file (file, NULL, cancellable, error);
  if (bytes == NULL)
    return NULL;

  return read_bytes (bytes, path != NULL ? path : location,
                     basename != NULL ? basename : location,
                     NULL, NULL, preview, preview_data, out_info, error);
}

LecternStory *
lectern_source_read (const char             *location,
                     GCancellable           *cancellable,
                     GFileProgressCallback   progress,
                     gpointer                progress_data,
                     LecternSourceInfo      *out_info,
                     GError                **error)
{
  return read_location (location, cancellable, progress, progress_data, NULL, NULL,
                        out_info, error);
}

typedef struct
{
  char                  *location;
  GMainContext          *context;
  GFileProgressCallback  progress;
  gpointer               progress_data;
  LecternSourcePreviewFunc preview;
  gpointer               preview_data;
  LecternSourceInfo      info;
} ReadData;

typedef struct
{
  GFileProgressCallback  progress;
  gpointer               progress_data;
  goffset                current;
  goffset                total;
} ProgressData;

static void
read_data_free (ReadData *data)
{
  g_free (data->location);
  g_main_context_unref (data->context);
  g_free (data);
}

static gboolean
progress_idle (gpointer user_data)
{
  ProgressData *data = user_data;

  data->progress (data->current, data->total, data->progress_data);
  return G_SOURCE_REMOVE;
}

/* Runs on the worker thread: hands the figures to the caller's context. */
static void
on_worker_progress (goffset  current,
                    goffset  total,
                    gpointer user_data)
{
  ReadData *data = user_data;
  ProgressData *progress = g_new (ProgressData, 1);

  progress->progress = data->progress;
  progress->progress_data = data->progress_data;
  progress->current = current;
  progress->total = total;
  g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT, progress_idle, progress, g_free);
}

typedef struct
{
  LecternSourcePreviewFunc  preview;
  gpointer                  preview_data;
  LecternStory             *story;
} PreviewData;

static void
preview_data_free (PreviewData *data)
{
  lectern_story_unref (data->story);
  g_free (data);
}

static gboolean
preview_idle (gpointer user_data)
{
  PreviewData *data = user_data;

  data->preview (data->story, data->preview_data);
  return G_SOURCE_REMOVE;
}

/* Runs on the worker thread: hands the first part to the caller's context. */
static void
on_worker_preview (LecternStory *story,
                   gpointer      user_data)
{
  ReadData *data = user_data;
  PreviewData *preview = g_new (PreviewData, 1);

  preview->preview = data->preview;
  preview->preview_data = data->preview_data;
  preview->story = lectern_story_ref (story);
  g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT, preview_idle, preview,
                              (GDestroyNotify) preview_data_free);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadData *data = task_data;
  GError *error = NULL;
  LecternStory *story;

  story = read_location (data->location, cancellable,
                         data->progress != NULL ? on_worker_progress : NULL, data,
                         data->preview != NULL ? on_worker_preview : NULL, data,
                         &data->info, &error);
  if (story == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, story, (GDestroyNotify) lectern_story_unref);
}

void
lectern_source_read_async (const char            *location,
                           GCancellable          *cancellable,
                           GFileProgressCallback  progress,
                           gpointer               progress_data,
                           GAsyncReadyCallback    callback,
                           gpointer               user_data)
{
  lectern_source_read_with_preview_async (location, cancellable, progress, progress_data,
                                          NULL, NULL, callback, user_data);
}

void
lectern_source_read_with_preview_async (const char               *location,
                                        GCancellable             *cancellable,
                                        GFileProgressCallback     progress,
                                        gpointer                  progress_data,
                                        LecternSourcePreviewFunc  preview,
                                        gpointer                  preview_data,
                                        GAsyncReadyCallback       callback,
                                        gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;
  ReadData *data;

  g_return_if_fail (location != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (ReadData, 1);
  data->location = g_strdup (location);
  data->context = g_main_context_ref_thread_default ();
  data->progress = progress;
  data->progress_data = progress_data;
  data->preview = preview;
  data->preview_data = preview_data;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, lectern_source_read_async);
  g_task_set_task_data (task, data, (GDestroyNotify) read_data_free);
  g_task_run_in_thread (task, read_thread);
}

LecternStory *
lectern_source_read_finish (GAsyncResult       *result,
                            LecternSourceInfo  *out_info,
                            GError            **error)
{
  LecternStory *story;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  story = g_task_propagate_pointer (G_TASK (result), error);
  if (story != NULL && out_info != NULL)
    *out_info = ((ReadData *) g_task_get_task_data (G_TASK (result)))->info;
  return story;
}

gint64
lectern_source_store_sync (LecternStore           *store,
                           LecternStory           *story,
                           gboolean               *out_existing,
                           LecternReanchorCounts  *counts,
                           GError                **error)
{
  gint64 existing;

  g_return_val_if_fail (LECTERN_IS_STORE (store), 0);
  g_return_val_if_fail (story != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (out_existing != NULL)
    *out_existing = FALSE;

  /* The same text opened again is the story already in the library, with
   * its highlights, not a second copy. */
  existing = lectern_store_find_story_by_text_sync (store, story->text, error);
  if (existing < 0)
    return 0;
  if (existing > 0)
    {
      if (out_existing != NULL)
        *out_existing = TRUE;
      story->id = existing;
      return existing;
    }

  /* A file or page read before whose text changed (news stories get
   * updated) is a new version of that story: its highlights move. */
  if (story->source != NULL && story->source[0] != '\0')
    {
      existing = lectern_store_find_story_by_source_sync (store, story->source, story->url, error);
      if (existing < 0)
        return 0;
      if (existing > 0)
        {
          if (!lectern_store_replace_story_text_sync (store, existing, story, counts, error))
            return 0;
          if (out_existing != NULL)
            *out_existing = TRUE;
          story->id = existing;
          return existing;
        }
    }

  return lectern_store_add_story_sync (store, story, error);
}
