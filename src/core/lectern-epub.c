/* lectern-epub.c: EPUB books as stories
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libarchive reads the zip into memory with limits on entries and sizes
 * (zip bombs); libxml2 reads the container and the package document without
 * the network, without loading DTDs and refusing entity declarations
 * outright (entity bombs, XXE); chapters go through the HTML reader in
 * spine order. Nothing is written to disk, so entry paths matter only as
 * names, and names that climb out of the book are refused anyway.
 */

#define G_LOG_DOMAIN "lectern-epub"

#include "config.h"

#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "lectern-epub.h"
#include "lectern-html.h"
#include "lectern-source.h"

#include <glib/gi18n.h>

#define MAX_ENTRIES 10000
#define MAX_ENTRY_BYTES (G_GINT64_CONSTANT (64) * 1024 * 1024)
#define MAX_TOTAL_BYTES (G_GINT64_CONSTANT (256) * 1024 * 1024)
/* A first screen and some reading ahead: the chapters unpacked first and
 * the text read before the rest when a preview is asked for. */
#define PREVIEW_BYTES (64 * 1024)
#define PREVIEW_CHARS 20000
#define MAX_PREVIEW_CHAPTERS 8

typedef struct
{
  GHashTable *files;   /* name → GBytes, the entries unpacked so far */
  GHashTable *sizes;   /* name → size the zip declares, for every entry */
  const char *data;
  gsize       len;
  const char *display_name;
  gint64      total;   /* bytes unpacked so far */
} Book;

static void
set_invalid (GError     **error,
             const char  *display_name,
             const char  *why)
{
  /* Translators: the second %s says what is wrong, as a sentence. */
  g_set_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_INVALID,
               _("“%s” is not an e-book Lectern can open: %s"), display_name, why);
}

static void
set_zip_bomb (GError     **error,
              const char  *display_name)
{
  set_invalid (error, display_name, _("it unpacks to far more data than it holds (a zip bomb)."));
}

/* An empty entry's bytes have no data pointer at all. */
static const char *
bytes_data (GBytes *bytes,
            gsize  *len)
{
  const char *data = g_bytes_get_data (bytes, len);

  return data != NULL ? data : "";
}

static gboolean
unsafe_name (const char *name)
{
  return name[0] == '/' || name[0] == '\\' || strstr (name, "..") != NULL
         || strchr (name, ':') != NULL;
}

/* One pass over the zip: every entry's name, encryption and declared size
 * are checked, and only the entries named in `wanted` are unpacked. The
 * seekable reader takes the entries from the central directory and skips
 * the data of the others without inflating it, so a pass costs a few ms
 * and a book's first chapter is shown without unpacking the whole book. */
static gboolean
read_zip (Book        *book,
          GHashTable  *wanted,
          GError     **error)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  gint64 declared = 0;
  guint entries = 0;
  gboolean ok = TRUE;
  int rc;

  archive_read_support_format_zip_seekable (archive);
  if (archive_read_open_memory (archive, book->data, book->len) != ARCHIVE_OK)
    {
      set_invalid (error, book->display_name, _("it is not a readable zip archive."));
      archive_read_free (archive);
      return FALSE;
    }

  while (ok && (rc = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      const char *name = archive_entry_pathname_utf8 (entry);
      GByteArray *content;
      char buffer[16384];
      la_ssize_t n;

      if (name == NULL)
        name = archive_entry_pathname (entry);
      if (name == NULL || ++entries > MAX_ENTRIES)
        {
          set_invalid (error, book->display_name, _("it holds too many files."));
          ok = FALSE;
          break;
        }
      if (unsafe_name (name))
        {
          set_invalid (error, book->display_name,
                       _("it names files outside itself, which is unsafe."));
          ok = FALSE;
          break;
        }
      if (archive_entry_is_encrypted (entry))
        {
          g_set_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_DRM,
                       _("“%s” is protected by DRM; Lectern can only open e-books "
                         "without DRM."), book->display_name);
          ok = FALSE;
          break;
        }
      if (archive_entry_filetype (entry) != AE_IFREG)
        continue;

      /* What the zip declares is refused before anything is inflated;
       * what it really holds is counted while reading, as it may lie. */
      if (archive_entry_size_is_set (entry))
        {
          gint64 size = archive_entry_size (entry);

          declared += MAX (size, 0);
          if (size > MAX_ENTRY_BYTES || declared > MAX_TOTAL_BYTES)
            {
              set_zip_bomb (error, book->display_name);
              ok = FALSE;
              break;
            }
          if (book->sizes != NULL && !g_hash_table_contains (book->sizes, name))
            g_hash_table_insert (book->sizes, g_strdup (name), GSIZE_TO_POINTER ((gsize) size));
        }

      if (wanted == NULL || !g_hash_table_contains (wanted, name)
          || g_hash_table_contains (book->files, name))
        continue;

      content = g_byte_array_new ();
      while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        {
          book->total += n;
          if ((gint64) content->len + n > MAX_ENTRY_BYTES || book->total > MAX_TOTAL_BYTES)
            {
              set_zip_bomb (error, book->display_name);
              ok = FALSE;
              break;
            }
          g_byte_array_append (content, (const guint8 *) buffer, n);
        }
      if (ok && n < 0)
        {
          set_invalid (error, book->display_name, _("it is damaged."));
          ok = FALSE;
        }
      if (ok)
        g_hash_table_insert (book->files, g_strdup (name), g_byte_array_free_to_bytes (content));
      else
        g_byte_array_unref (content);
    }

  if (ok && rc != ARCHIVE_EOF)
    {
      set_invalid (error, book->display_name, _("it is damaged."));
      ok = FALSE;
    }

  archive_read_free (archive);
  return ok;
}

/* Unpacks the named entries (a NULL-terminated list of names, NULLs
 * inside skipped up to `n`). */
static gboolean
read_entries (Book        *book,
              const char **names,
              guint        n,
              GError     **error)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    if (names[i] != NULL)
      g_hash_table_add (wanted, (gpointer) names[i]);

  return read_zip (book, wanted, error);
}

/* Parses XML from the book: no network, no DTD, and no entity
 * declarations at all, which is what entity bombs and XXE need. */
static xmlDoc *
parse_xml (Book        *book,
           GBytes      *bytes,
           GError     **error)
{
  gsize len;
  const char *data = bytes_data (bytes, &len);
  xmlDoc *doc;

  if (g_strstr_len (data, len, "<!ENTITY") != NULL)
    {
      set_invalid (error, book->display_name,
                   _("it declares XML entities, which Lectern refuses for safety."));
      return NULL;
    }

  doc = xmlReadMemory (data, (int) MIN (len, G_MAXINT), NULL, NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      set_invalid (error, book->display_name, _("its package files are not valid XML."));
      return NULL;
    }

  return doc;
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

static xmlNode *
find_element (xmlNode    *node,
              const char *name)
{
  for (xmlNode *n = node; n != NULL; n = n->next)
    {
      xmlNode *found;

      if (is_element (n, name))
        return n;
      found = find_element (n->children, name);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static char *
prop (xmlNode    *node,
      const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = value != NULL ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

static char *
text_of (xmlNode *node)
{
  xmlChar *value;
  char *copy;

  if (node == NULL)
    return NULL;
  value = xmlNodeGetContent (node);
  copy = value != NULL ? g_strstrip (g_strdup ((const char *) value)) : NULL;
  xmlFree (value);
  return copy;
}

/* "OEBPS/content.opf" + "Text/ch1.xhtml#x" → "OEBPS/Text/ch1.xhtml". */
static char *
resolve (const char *base_file,
         const char *href)
{
  g_autofree char *dir = g_path_get_dirname (base_file);
  g_autofree char *path = NULL;
  g_autofree char *unescaped = NULL;
  g_autofree char *joined = NULL;
  char *hash;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  path = g_strdup (href);
  hash = strchr (path, '#');
  if (hash != NULL)
    *hash = '\0';
  unescaped = g_uri_unescape_string (path, NULL);
  if (unescaped == NULL)
    unescaped = g_strdup (path);

  joined = g_strcmp0 (dir, ".") == 0 ? g_strdup (unescaped)
                                      : g_strjoin ("/", dir, unescaped, NULL);
  parts = g_strsplit (joined, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0' || strcmp (parts[i], ".") == 0)
        continue;
      if (strcmp (parts[i], "..") == 0)
        {
          if (kept->len > 0)
            g_ptr_array_remove_index (kept, kept->len - 1);
          continue;
        }
      g_ptr_array_add (kept, parts[i]);
    }
  g_ptr_array_add (kept, NULL);

  return g_strjoinv ("/", (char **) kept->pdata);
}

/* Entries of an EPUB 3 navigation document (<a href>) or an EPUB 2 NCX
 * (<navPoint><navLabel><text>, <content src>): chapter path → its first
 * entry's label. */
static void
read_toc (xmlNode    *node,
          const char *toc_path,
          GHashTable *labels)
{
  for (xmlNode *n = node; n != NULL; n = n->next)
    {
      g_autofree char *href = NULL;
      g_autofree char *label = NULL;

      if (is_element (n, "a"))
        {
          href = prop (n, "href");
          label = text_of (n);
        }
      else if (is_element (n, "navPoint"))
        {
          xmlNode *content = find_element (n->children, "content");
          xmlNode *text = find_element (n->children, "text");

          href = content != NULL ? prop (content, "src") : NULL;
          label = text_of (text);
        }

      if (href != NULL && label != NULL && *label != '\0')
        {
          char *path = resolve (toc_path, href);

          if (!g_hash_table_contains (labels, path))
            g_hash_table_insert (labels, path, g_steal_pointer (&label));
          else
            g_free (path);
        }
      read_toc (n->children, toc_path, labels);
    }
}

/* Encrypted content documents (not just obfuscated fonts) mean DRM. */
static gboolean
has_drm (Book *book)
{
  GBytes *encryption = g_hash_table_lookup (book->files, "META-INF/encryption.xml");
  gsize len;
  const char *data;

  if (g_hash_table_contains (book->files, "META-INF/rights.xml"))
    return TRUE;
  if (encryption == NULL)
    return FALSE;

  data = bytes_data (encryption, &len);
  for (const char *p = data; (p = g_strstr_len (p, len - (p - data), "URI=\"")) != NULL; p++)
    {
      const char *end = memchr (p + 5, '"', len - (p + 5 - data));
      g_autofree char *uri = NULL;

      if (end == NULL)
        break;
      uri = g_ascii_strdown (p + 5, end - (p + 5));
      if (g_str_has_suffix (uri, ".xhtml") || g_str_has_suffix (uri, ".html")
          || g_str_has_suffix (uri, ".htm") || g_str_has_suffix (uri, ".xml"))
        return TRUE;
    }

  return FALSE;
}

static LecternStory *
make_story (const char *title,
            const char *source,
            GString    *text,
            GArray     *blocks,
            const char *author,
            const char *lang,
            const char *date,
            const char *publisher)
{
  LecternStory *story = lectern_story_new (title, source, text->str);

  lectern_story_set_blocks (story, blocks);
  g_free (story->author);
  story->author = g_strdup (author != NULL ? author : "");
  g_free (story->lang);
  story->lang = g_strdup (lang != NULL ? lang : "");
  g_free (story->published);
  story->published = g_strdup (date != NULL ? date : "");
  g_free (story->site);
  story->site = g_strdup (publisher != NULL ? publisher : "");

  return story;
}

LecternStory *
lectern_epub_read (const char  *data,
                   gsize        len,
                   const char  *source,
                   const char  *display_name,
                   GError     **error)
{
  return lectern_epub_read_with_preview (data, len, source, display_name, NULL, NULL, error);
}

LecternStory *
lectern_epub_read_with_preview (const char             *data,
                                gsize                   len,
                                const char             *source,
                                const char             *display_name,
                                LecternEpubPreviewFunc  preview,
                                gpointer                preview_data,
                                GError                **error)
{
  Book book = { NULL, NULL, data, len, display_name, 0 };
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_bytes_unref);
  g_autoptr(GHashTable) sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) manifest = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) blocks = g_array_new (FALSE, FALSE, sizeof (LecternBlock));
  g_autoptr(GPtrArray) spine = g_ptr_array_new ();
  g_autofree char *opf_path = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *date = NULL;
  g_autofree char *publisher = NULL;
  g_autofree char *toc_path = NULL;
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *meta_inf[] = { "META-INF/container.xml", "META-INF/encryption.xml",
                             "META-INF/rights.xml" };
  xmlDoc *container = NULL;
  xmlDoc *opf = NULL;
  xmlNode *node;
  GBytes *bytes;
  gint64 n_chars = 0;
  guint chapters = 0;
  gsize first_bytes = 0;
  guint n_first = 0;
  gboolean all_read = FALSE;
  gboolean previewed = FALSE;
  const char *first[MAX_PREVIEW_CHAPTERS + 1];

  book.files = files;
  book.sizes = sizes;
  if (!read_entries (&book, meta_inf, G_N_ELEMENTS (meta_inf), error))
    return NULL;
  if (has_drm (&book))
    {
      g_set_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_DRM,
                   _("“%s” is protected by DRM; Lectern can only open e-books without DRM."),
                   display_name);
      return NULL;
    }
  /* Later passes read the sizes recorded by this one. */
  book.sizes = NULL;

  bytes = g_hash_table_lookup (files, "META-INF/container.xml");
  if (bytes == NULL)
    {
      set_invalid (error, display_name, _("it has no META-INF/container.xml."));
      return NULL;
    }
  container = parse_xml (&book, bytes, error);
  if (container == NULL)
    return NULL;
  node = find_element (xmlDocGetRootElement (container), "rootfile");
  opf_path = node != NULL ? prop (node, "full-path") : NULL;
  xmlFreeDoc (container);
  if (opf_path != NULL && !read_entries (&book, (const char **) &opf_path, 1, error))
    return NULL;
  bytes = opf_path != NULL ? g_hash_table_lookup (files, opf_path) : NULL;
  if (bytes == NULL)
    {
      set_invalid (error, display_name, _("its package document is missing."));
      return NULL;
    }
  opf = parse_xml (&book, bytes, error);
  if (opf == NULL)
    return NULL;

  node = find_element (xmlDocGetRootElement (opf), "metadata");
  if (node != NULL)
    {
      title = text_of (find_element (node->children, "title"));
      author = text_of (find_element (node->children, "creator"));
      lang = text_of (find_element (node->children, "language"));
      date = text_of (find_element (node->children, "date"));
      publisher = text_of (find_element (node->children, "publisher"));
    }
  if (title == NULL || *title == '\0')
    {
      const char *slash = strrchr (display_name, '/');

      g_free (title);
      title = g_strdup (slash != NULL ? slash + 1 : display_name);
    }
  lectern_article_append_block (text, blocks, &n_chars, LECTERN_BLOCK_TITLE, title);

  node = find_element (xmlDocGetRootElement (opf), "manifest");
  for (xmlNode *item = node != NULL ? node->children : NULL; item != NULL; item = item->next)
    if (is_element (item, "item"))
      {
        char *id = prop (item, "id");
        g_autofree char *href = prop (item, "href");
        g_autofree char *type = prop (item, "media-type");
        g_autofree char *properties = prop (item, "properties");

        if (id == NULL || href == NULL)
          {
            g_free (id);
            continue;
          }
        if ((properties != NULL && strstr (properties, "nav") != NULL)
            || g_strcmp0 (type, "application/x-dtbncx+xml") == 0)
          {
            g_free (toc_path);
            toc_path = resolve (opf_path, href);
          }
        g_hash_table_insert (manifest, id, resolve (opf_path, href));
      }

  /* Chapters in reading order (paths owned by the manifest). */
  node = find_element (xmlDocGetRootElement (opf), "spine");
  for (xmlNode *ref = node != NULL ? node->children : NULL; ref != NULL; ref = ref->next)
    {
      g_autofree char *idref = NULL;
      const char *path;

      if (!is_element (ref, "itemref"))
        continue;
      idref = prop (ref, "idref");
      path = idref != NULL ? g_hash_table_lookup (manifest, idref) : NULL;
      if (path != NULL)
        g_ptr_array_add (spine, (gpointer) path);
    }
  xmlFreeDoc (opf);

  /* The table of contents, and the first chapters when someone waits to
   * see them; or every chapter at once. */
  first[0] = toc_path;
  for (guint i = 0; i < spine->len && n_first < MAX_PREVIEW_CHAPTERS; i++)
    {
      if (preview != NULL && first_bytes >= PREVIEW_BYTES)
        break;
      first[++n_first] = g_ptr_array_index (spine, i);
      first_bytes += GPOINTER_TO_SIZE (g_hash_table_lookup (sizes, first[n_first]));
    }
  if (preview == NULL)
    {
      g_autoptr(GPtrArray) wanted = g_ptr_array_new ();

      g_ptr_array_add (wanted, toc_path);
      g_ptr_array_extend (wanted, spine, NULL, NULL);
      if (!read_entries (&book, (const char **) wanted->pdata, wanted->len, error))
        return NULL;
      all_read = TRUE;
    }
  else if (!read_entries (&book, first, n_first + 1, error))
    return NULL;

  /* The table of contents names the chapters: a chapter that does not
   * start with a heading gets its entry as one, to navigate by. */
  bytes = toc_path != NULL ? g_hash_table_lookup (files, toc_path) : NULL;
  if (bytes != NULL)
    {
      xmlDoc *toc = parse_xml (&book, bytes, error);

      if (toc == NULL)
        return NULL;
      read_toc (xmlDocGetRootElement (toc), toc_path, labels);
      xmlFreeDoc (toc);
    }

  for (guint i = 0; i < spine->len; i++)
    {
      const char *path = g_ptr_array_index (spine, i);
      GBytes *chapter;
      gsize chapter_len;
      const char *chapter_data;
      g_autoptr(LecternArticle) article = NULL;
      const char *label;

      if (!all_read && !g_hash_table_contains (files, path))
        {
          /* The rest of the book, in one more pass. */
          if (!read_entries (&book, (const char **) spine->pdata + i, spine->len - i, error))
            return NULL;
          all_read = TRUE;
        }
      chapter = g_hash_table_lookup (files, path);
      if (chapter == NULL)
        continue;
      chapter_data = bytes_data (chapter, &chapter_len);
      if (g_strstr_len (chapter_data, chapter_len, "<!ENTITY") != NULL)
        {
          set_invalid (error, display_name,
                       _("it declares XML entities, which Lectern refuses for safety."));
          return NULL;
        }

      article = lectern_html_read_whole (chapter_data, chapter_len, "UTF-8");
      if (article->text[0] == '\0')
        continue;
      chapters++;
      label = g_hash_table_lookup (labels, path);
      if (label != NULL
          && (article->blocks->len == 0
              || g_array_index (article->blocks, LecternBlock, 0).kind != LECTERN_BLOCK_HEADING))
        lectern_article_append_block (text, blocks, &n_chars, LECTERN_BLOCK_HEADING, label);
      g_string_append (text, "\n\n");
      n_chars += 2;
      for (guint j = 0; j < article->blocks->len; j++)
        {
          LecternBlock block = g_array_index (article->blocks, LecternBlock, j);

          block.start += n_chars;
          block.end += n_chars;
          g_array_append_val (blocks, block);
        }
      g_string_append (text, article->text);
      n_chars += g_utf8_strlen (article->text, -1);

      /* Enough to read while the rest is read: the text so far is the
       * start of the book's, so offsets in it stay right. */
      if (preview != NULL && !previewed && i + 1 < spine->len
          && (n_chars >= PREVIEW_CHARS || i + 1 >= n_first))
        {
          g_autoptr(LecternStory) first_part = make_story (title, source, text, blocks,
                                                           author, lang, date, publisher);

          preview (first_part, preview_data);
          previewed = TRUE;
        }
    }

  if (chapters == 0)
    {
      g_set_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_INVALID,
                   _("“%s” is an e-book without any text."), display_name);
      return NULL;
    }

  return make_story (title, source, text, blocks, author, lang, date, publisher);
}
