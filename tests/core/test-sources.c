/* test-sources.c: the one import path: Markdown, web pages, EPUB, PDF, and
 * de-duplication, on real files and a real library in a temporary folder
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>

#include "lectern-source.h"
#include "lectern-store.h"
#include "lectern-structure.h"

typedef struct
{
  char         *dir;
  LecternStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;

  fixture->dir = g_dir_make_tmp ("lectern-sources-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (fixture->dir, "library.db", NULL);
  fixture->store = lectern_store_new (db, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *data,
            gssize      len)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
  return path;
}

static gint64
count_stories (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stories = lectern_store_list_stories_sync (fixture->store, &error);

  g_assert_no_error (error);
  return stories->len;
}

static char *
block_text (const LecternStory *story,
            const LecternBlock *block)
{
  const char *start = g_utf8_offset_to_pointer (story->text, block->start);
  const char *end = g_utf8_offset_to_pointer (story->text, block->end);

  return g_strndup (start, end - start);
}

/* The kind of the block whose text is `text`, or -1. */
static int
kind_of (const LecternStory *story,
         const char         *text)
{
  g_autoptr(GArray) blocks = lectern_story_get_blocks (story);

  for (guint i = 0; i < blocks->len; i++)
    {
      const LecternBlock *block = &g_array_index (blocks, LecternBlock, i);
      g_autofree char *here = block_text (story, block);

      if (strcmp (here, text) == 0)
        return block->kind;
    }

  return -1;
}

static void
test_markdown (Fixture       *fixture,
               gconstpointer  data)
{
  static const char markdown[] =
    "---\ntitle: \"Notes on the pier\"\nauthor: Ana Lima\ndate: 2026-03-04\n---\n"
    "Intro with *emphasis*, **strong** and a [link](https://example.org).\n\n"
    "## The vote\n\n"
    "> Seven votes to two.\n\n"
    "- the town\n- the region\n\n"
    "1. first\n2. second\n\n"
    "```\nlet x = 1;\n```\n\n"
    "<div>raw html</div>\n";
  g_autofree char *path = write_file (fixture, "notes.md", markdown, -1);
  g_autoptr(GError) error = NULL;
  LecternSourceInfo info;
  g_autoptr(LecternStory) story = lectern_source_read (path, NULL, NULL, NULL, &info, &error);

  g_assert_no_error (error);
  g_assert_cmpint (info.kind, ==, LECTERN_SOURCE_MARKDOWN);
  g_assert_cmpstr (story->title, ==, "Notes on the pier");
  g_assert_cmpstr (lectern_story_get_author (story), ==, "Ana Lima");
  g_assert_cmpstr (lectern_story_get_published (story), ==, "2026-03-04");

  /* No markup left, and the structure is the file's. */
  g_assert_null (strchr (story->text, '*'));
  g_assert_null (strchr (story->text, '#'));
  g_assert_null (strstr (story->text, "](https"));
  g_assert_null (strstr (story->text, "raw html"));
  g_assert_cmpint (kind_of (story, "Notes on the pier"), ==, LECTERN_BLOCK_TITLE);
  g_assert_cmpint (kind_of (story, "Intro with emphasis, strong and a link."), ==,
                   LECTERN_BLOCK_PARAGRAPH);
  g_assert_cmpint (kind_of (story, "The vote"), ==, LECTERN_BLOCK_HEADING);
  g_assert_cmpint (kind_of (story, "Seven votes to two."), ==, LECTERN_BLOCK_QUOTE);
  g_assert_cmpint (kind_of (story, "• the region"), ==, LECTERN_BLOCK_LIST_ITEM);
  g_assert_cmpint (kind_of (story, "2. second"), ==, LECTERN_BLOCK_LIST_ITEM);
  g_assert_cmpint (kind_of (story, "let x = 1;"), ==, LECTERN_BLOCK_PREFORMATTED);

  /* A .txt file that looks like Markdown stays text. */
  {
    g_autofree char *txt = write_file (fixture, "plain.txt", "# Not a heading\n\n**kept**\n", -1);
    g_autoptr(LecternStory) plain = lectern_source_read (txt, NULL, NULL, NULL, &info, &error);

    g_assert_no_error (error);
    g_assert_cmpint (info.kind, ==, LECTERN_SOURCE_TEXT);
    g_assert_nonnull (strstr (plain->text, "**kept**"));
    g_assert_null (plain->blocks);
  }
}

static const char page_v1[] =
  "<!DOCTYPE html><html lang=\"fr\"><head><title>Le port ferme la vieille jetée</title>"
  "<meta name=\"author\" content=\"Ana Lima\">"
  "<meta property=\"og:site_name\" content=\"La Gazette\">"
  "<meta property=\"article:published_time\" content=\"2026-03-04\">"
  "<link rel=\"canonical\" href=\"https://gazette.example/jetee\"></head><body>"
  "<nav><a href=\"/\">Accueil</a> <a href=\"/sport\">Sport</a></nav><article>"
  "<p>Le conseil du port a voté mardi soir, après trois heures de débat, la fermeture de la "
  "vieille jetée aux navires pendant tout l'hiver, par sept voix contre deux.</p>"
  "<h2>Ce que disent les ingénieurs</h2>"
  "<p>Selon la présidente du conseil, le rapport des ingénieurs ne laissait pas le choix, "
  "puisque deux piliers se sont fissurés pendant les tempêtes de l'automne.</p>"
  "<p>Les pêcheurs, eux, disent qu'on ne leur a rien demandé, et que le prochain quai est à "
  "une heure de mer, par beau temps.</p></article></body></html>";

static void
test_html_import (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "jetee.html", page_v1, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(LecternStory) again = NULL;
  g_autoptr(LecternStory) stored = NULL;
  g_autoptr(LecternStory) v2 = NULL;
  g_autoptr(LecternStory) reread = NULL;
  g_autoptr(LecternHighlight) highlight = NULL;
  g_autoptr(GPtrArray) highlights = NULL;
  g_autofree char *page_v2 = NULL;
  LecternSourceInfo info;
  LecternReanchorCounts counts;
  gboolean existing;
  gint64 id;
  const char *quote = "par sept voix contre deux";
  glong start;

  story = lectern_source_read (path, NULL, NULL, NULL, &info, &error);
  g_assert_no_error (error);
  g_assert_cmpint (info.kind, ==, LECTERN_SOURCE_HTML);
  g_assert_false (info.no_article);
  g_assert_true (g_str_has_prefix (story->text, "Le port ferme la vieille jetée\n\n"));
  g_assert_null (strstr (story->text, "Accueil"));
  g_assert_null (strstr (story->text, "<"));

  id = lectern_source_store_sync (fixture->store, story, &existing, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_false (existing);

  /* Metadata and structure come back from the library. */
  stored = lectern_store_get_story_sync (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored->title, ==, "Le port ferme la vieille jetée");
  g_assert_cmpstr (lectern_story_get_author (stored), ==, "Ana Lima");
  g_assert_cmpstr (lectern_story_get_site (stored), ==, "La Gazette");
  g_assert_cmpstr (lectern_story_get_published (stored), ==, "2026-03-04");
  g_assert_cmpstr (lectern_story_get_lang (stored), ==, "fr");
  g_assert_cmpstr (lectern_story_get_url (stored), ==, "https://gazette.example/jetee");
  g_assert_cmpint (kind_of (stored, "Ce que disent les ingénieurs"), ==, LECTERN_BLOCK_HEADING);
  g_assert_cmpint (kind_of (stored, "Le port ferme la vieille jetée"), ==, LECTERN_BLOCK_TITLE);

  /* The same file again is the same story. */
  again = lectern_source_read (path, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lectern_source_store_sync (fixture->store, again, &existing, NULL, &error), ==, id);
  g_assert_true (existing);
  g_assert_cmpint (count_stories (fixture), ==, 1);

  /* A newer version of the page: same story, highlights follow. */
  start = g_utf8_pointer_to_offset (stored->text, strstr (stored->text, quote));
  highlight = lectern_highlight_new_for_range (stored, start, start + g_utf8_strlen (quote, -1),
                                               "yellow", NULL);
  g_assert_cmpint (lectern_store_add_highlight_sync (fixture->store, highlight, &error), >, 0);
  g_assert_no_error (error);

  {
    GString *v2_text = g_string_new (page_v1);

    g_string_replace (v2_text, "<article>", "<article><p>Mise à jour : la décision a été "
                      "confirmée mercredi matin par le préfet, qui a signé l'arrêté de "
                      "fermeture dans la foulée.</p>", 1);
    page_v2 = g_string_free (v2_text, FALSE);
  }
  g_free (path);
  path = write_file (fixture, "jetee.html", page_v2, -1);
  v2 = lectern_source_read (path, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lectern_source_store_sync (fixture->store, v2, &existing, &counts, &error), ==, id);
  g_assert_no_error (error);
  g_assert_true (existing);
  g_assert_cmpuint (counts.moved, ==, 1);
  g_assert_cmpint (count_stories (fixture), ==, 1);

  reread = lectern_store_get_story_sync (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (reread->text, "Mise à jour"));
  highlights = lectern_store_list_highlights_sync (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (highlights->len, ==, 1);
  {
    const LecternHighlight *moved = g_ptr_array_index (highlights, 0);
    const char *at = g_utf8_offset_to_pointer (reread->text, moved->start);

    g_assert_true (g_str_has_prefix (at, quote));
    g_assert_false (moved->orphaned);
  }
  /* The structure was replaced with the text. */
  g_assert_cmpint (kind_of (reread, "Ce que disent les ingénieurs"), ==, LECTERN_BLOCK_HEADING);

  /* Saved again under another name, changed again: the same address
   * makes it the same story. */
  {
    g_autofree char *page_v3 = NULL;
    g_autofree char *copy = NULL;
    g_autoptr(LecternStory) v3 = NULL;
    GString *v3_text = g_string_new (page_v2);

    g_string_replace (v3_text, "Mise à jour", "Nouvelle mise à jour", 1);
    page_v3 = g_string_free (v3_text, FALSE);
    copy = write_file (fixture, "jetee-copie.html", page_v3, -1);
    v3 = lectern_source_read (copy, NULL, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpint (lectern_source_store_sync (fixture->store, v3, &existing, NULL, &error), ==, id);
    g_assert_no_error (error);
    g_assert_true (existing);
    g_assert_cmpint (count_stories (fixture), ==, 1);
  }
}

static void
test_mhtml (Fixture       *fixture,
            gconstpointer  data)
{
  /* A page saved as one file: MIME, quoted-printable, Windows-1252. */
  static const char mhtml[] =
    "From: <Saved by a browser>\r\n"
    "Snapshot-Content-Location: https://cafe.example/story\r\n"
    "Subject: Le caf=C3=A9\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/related;\r\n"
    "\ttype=\"text/html\";\r\n"
    "\tboundary=\"----MultipartBoundary--abc\"\r\n"
    "\r\n"
    "------MultipartBoundary--abc\r\n"
    "Content-Type: text/html; charset=windows-1252\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "Content-Location: https://cafe.example/story\r\n"
    "\r\n"
    "<html><head><title>Le caf=E9 du port ferme</title></head><body><article><p>Le caf=\r\n"
    "=E9 du port, ouvert depuis soixante ans, fermera ses portes =E0 la fin du mois, a =\r\n"
    "annonc=E9 sa propri=E9taire, qui part =E0 la retraite sans avoir trouv=E9 de repreneur.</p>"
    "</article></body></html>\r\n"
    "------MultipartBoundary--abc\r\n"
    "Content-Type: image/png\r\n"
    "Content-Transfer-Encoding: base64\r\n"
    "\r\n"
    "iVBORw0KGgo=\r\n"
    "------MultipartBoundary--abc--\r\n";
  g_autofree char *path = write_file (fixture, "cafe.mhtml", mhtml, -1);
  g_autoptr(GError) error = NULL;
  LecternSourceInfo info;
  g_autoptr(LecternStory) story = lectern_source_read (path, NULL, NULL, NULL, &info, &error);

  g_assert_no_error (error);
  g_assert_cmpint (info.kind, ==, LECTERN_SOURCE_HTML);
  g_assert_cmpstr (story->title, ==, "Le café du port ferme");
  g_assert_nonnull (strstr (story->text, "Le café du port, ouvert depuis soixante ans, fermera"));
  g_assert_null (strstr (story->text, "iVBOR"));
  g_assert_null (strstr (story->text, "=E9"));
}

static void
test_no_junk (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *pdf = write_file (fixture, "report.pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", -1);
  g_autofree char *empty = write_file (fixture, "empty.html", "<html><body></body></html>", -1);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.html", NULL);
  g_autofree char *zip = write_file (fixture, "archive.zip", "PK\x03\x04garbage", 11);
  g_autofree char *nav = write_file (fixture, "nav.html",
                                     "<html><body><nav><a href=\"/\">Home</a></nav>"
                                     "<p>Hello.</p></body></html>", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = NULL;
  LecternSourceInfo info;

  story = lectern_source_read (pdf, NULL, NULL, NULL, NULL, &error);
  g_assert_null (story);
  g_assert_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, "PDF is not supported yet"));
  g_clear_error (&error);

  story = lectern_source_read (empty, NULL, NULL, NULL, NULL, &error);
  g_assert_null (story);
  g_assert_nonnull (error);
  g_clear_error (&error);

  story = lectern_source_read (missing, NULL, NULL, NULL, NULL, &error);
  g_assert_null (story);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_clear_error (&error);

  story = lectern_source_read (zip, NULL, NULL, NULL, NULL, &error);
  g_assert_null (story);
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_cmpint (count_stories (fixture), ==, 0);

  /* A page without an article still opens, and says so. */
  story = lectern_source_read (nav, NULL, NULL, NULL, &info, &error);
  g_assert_no_error (error);
  g_assert_true (info.no_article);
  g_assert_nonnull (strstr (story->text, "Hello."));
}

/* EPUB files built here with libarchive. */

typedef struct
{
  const char *name;
  const char *data;
  gssize      len;    /* -1: strlen */
} Entry;

static const char container_xml[] =
  "<?xml version=\"1.0\"?><container version=\"1.0\" "
  "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>"
  "<rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>"
  "</rootfiles></container>";

static const char content_opf[] =
  "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
  "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>The Pier Book</dc:title>"
  "<dc:creator>Ana Lima</dc:creator><dc:language>en</dc:language>"
  "<dc:date>2026-01-01</dc:date><dc:publisher>Harbour Press</dc:publisher></metadata>"
  "<manifest><item id=\"c1\" href=\"Text/one.xhtml\" media-type=\"application/xhtml+xml\"/>"
  "<item id=\"c2\" href=\"Text/two%20b.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
  "<spine><itemref idref=\"c2\"/><itemref idref=\"c1\"/></spine></package>";

static const char chapter_one[] =
  "<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
  "<head><title>One</title></head><body><h1>Chapter One</h1><p>The pier was old.</p>"
  "</body></html>";

static const char chapter_two[] =
  "<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
  "<head><title>Two</title></head><body><h1>Chapter Two</h1><p>The storm came.</p>"
  "<blockquote><p>Close it.</p></blockquote></body></html>";

/* EPUB 3 with a navigation document, and a chapter without a heading. */
static const char content_opf_nav[] =
  "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
  "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Short</dc:title></metadata>"
  "<manifest><item id=\"nav\" href=\"nav.xhtml\" properties=\"nav\" "
  "media-type=\"application/xhtml+xml\"/>"
  "<item id=\"c3\" href=\"Text/three.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
  "<spine><itemref idref=\"c3\"/></spine></package>";

static const char nav_xhtml[] =
  "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" "
  "xmlns:epub=\"http://www.idpf.org/2007/ops\"><body><nav epub:type=\"toc\"><ol>"
  "<li><a href=\"Text/three.xhtml#start\">Three: the <em>calm</em></a></li></ol></nav></body></html>";

static const char chapter_three[] =
  "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
  "<p>The sea was calm again.</p></body></html>";

static char *
write_epub (Fixture     *fixture,
            const char  *name,
            const Entry *entries,
            guint        n_entries)
{
  char *path = g_build_filename (fixture->dir, name, NULL);
  struct archive *archive = archive_write_new ();

  archive_write_set_format_zip (archive);
  g_assert_cmpint (archive_write_open_filename (archive, path), ==, ARCHIVE_OK);
  for (guint i = 0; i < n_entries; i++)
    {
      struct archive_entry *entry = archive_entry_new ();
      gsize len = entries[i].len < 0 ? strlen (entries[i].data) : (gsize) entries[i].len;

      archive_entry_set_pathname (entry, entries[i].name);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_entry_set_size (entry, len);
      archive_write_header (archive, entry);
      archive_write_data (archive, entries[i].data, len);
      archive_entry_free (entry);
    }
  archive_write_close (archive);
  archive_write_free (archive);

  return path;
}

static void
test_epub (Fixture       *fixture,
           gconstpointer  data)
{
  const Entry entries[] = {
    { "mimetype", "application/epub+zip", -1 },
    { "META-INF/container.xml", container_xml, -1 },
    { "OEBPS/content.opf", content_opf, -1 },
    { "OEBPS/Text/one.xhtml", chapter_one, -1 },
    { "OEBPS/Text/two b.xhtml", chapter_two, -1 },
  };
  g_autofree char *path = write_epub (fixture, "pier.epub", entries, G_N_ELEMENTS (entries));
  g_autoptr(GError) error = NULL;
  LecternSourceInfo info;
  g_autoptr(LecternStory) story = lectern_source_read (path, NULL, NULL, NULL, &info, &error);

  g_assert_no_error (error);
  g_assert_cmpint (info.kind, ==, LECTERN_SOURCE_EPUB);
  g_assert_cmpstr (story->title, ==, "The Pier Book");
  g_assert_cmpstr (lectern_story_get_author (story), ==, "Ana Lima");
  g_assert_cmpstr (lectern_story_get_lang (story), ==, "en");
  g_assert_cmpstr (lectern_story_get_site (story), ==, "Harbour Press");
  /* Spine order, not manifest order. */
  g_assert_nonnull (strstr (story->text, "Chapter Two"));
  g_assert_true (strstr (story->text, "Chapter Two") < strstr (story->text, "Chapter One"));
  g_assert_cmpint (kind_of (story, "Chapter One"), ==, LECTERN_BLOCK_HEADING);
  g_assert_cmpint (kind_of (story, "Close it."), ==, LECTERN_BLOCK_QUOTE);
  g_assert_cmpint (kind_of (story, "The Pier Book"), ==, LECTERN_BLOCK_TITLE);

  /* The table of contents names a chapter that has no heading. */
  {
    const Entry with_nav[] = {
      { "mimetype", "application/epub+zip", -1 },
      { "META-INF/container.xml", container_xml, -1 },
      { "OEBPS/content.opf", content_opf_nav, -1 },
      { "OEBPS/nav.xhtml", nav_xhtml, -1 },
      { "OEBPS/Text/three.xhtml", chapter_three, -1 },
    };
    g_autofree char *nav_path = write_epub (fixture, "nav.epub", with_nav, G_N_ELEMENTS (with_nav));
    g_autoptr(LecternStory) short_book = lectern_source_read (nav_path, NULL, NULL, NULL, NULL,
                                                              &error);

    g_assert_no_error (error);
    g_assert_cmpint (kind_of (short_book, "Three: the calm"), ==, LECTERN_BLOCK_HEADING);
    g_assert_cmpint (kind_of (short_book, "The sea was calm again."), ==, LECTERN_BLOCK_PARAGRAPH);
  }
}

static void
expect_refused (Fixture     *fixture,
                const char  *name,
                const Entry *entries,
                guint        n_entries,
                int          code,
                const char  *words)
{
  g_autofree char *path = write_epub (fixture, name, entries, n_entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = lectern_source_read (path, NULL, NULL, NULL, NULL, &error);

  g_assert_null (story);
  g_assert_error (error, LECTERN_SOURCE_ERROR, code);
  if (strstr (error->message, words) == NULL)
    g_error ("“%s” not in “%s”", words, error->message);
}

static void
test_epub_hostile (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char bomb_opf[] =
    "<?xml version=\"1.0\"?><!DOCTYPE package [<!ENTITY a \"aaaaaaaaaa\">"
    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
    "<package><metadata><title>&c;</title></metadata></package>";
  static const char xxe_chapter[] =
    "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
    "<html><body><p>&xxe;</p></body></html>";
  g_autofree char *zeros = g_malloc0 (70 * 1024 * 1024);
  const Entry bomb[] = {
    { "mimetype", "application/epub+zip", -1 },
    { "META-INF/container.xml", container_xml, -1 },
    { "OEBPS/content.opf", bomb_opf, -1 },
  };
  const Entry xxe[] = {
    { "mimetype", "application/epub+zip", -1 },
    { "META-INF/container.xml", container_xml, -1 },
    { "OEBPS/content.opf", content_opf, -1 },
    { "OEBPS/Text/one.xhtml", xxe_chapter, -1 },
    { "OEBPS/Text/two b.xhtml", xxe_chapter, -1 },
  };
  const Entry traversal[] = {
    { "mimetype", "application/epub+zip", -1 },
    { "../../evil.sh", "rm -rf ~", -1 },
    { "META-INF/container.xml", container_xml, -1 },
  };
  const Entry zip_bomb[] = {
    { "mimetype", "application/epub+zip", -1 },
    { "META-INF/container.xml", container_xml, -1 },
    { "OEBPS/zeros.xhtml", zeros, 70 * 1024 * 1024 },
  };
  const Entry drm[] = {
    { "mimetype", "application/epub+zip", -1 },
    { "META-INF/container.xml", container_xml, -1 },
    { "META-INF/encryption.xml",
      "<encryption><EncryptedData><CipherData><CipherReference URI=\"OEBPS/Text/one.xhtml\"/>"
      "</CipherData></EncryptedData></encryption>", -1 },
    { "OEBPS/content.opf", content_opf, -1 },
  };
  const Entry no_container[] = {
    { "mimetype", "application/epub+zip", -1 },
    { "OEBPS/content.opf", content_opf, -1 },
  };

  expect_refused (fixture, "bomb.epub", bomb, G_N_ELEMENTS (bomb),
                  LECTERN_SOURCE_ERROR_INVALID, "entities");
  expect_refused (fixture, "xxe.epub", xxe, G_N_ELEMENTS (xxe),
                  LECTERN_SOURCE_ERROR_INVALID, "entities");
  expect_refused (fixture, "traversal.epub", traversal, G_N_ELEMENTS (traversal),
                  LECTERN_SOURCE_ERROR_INVALID, "outside");
  expect_refused (fixture, "zipbomb.epub", zip_bomb, G_N_ELEMENTS (zip_bomb),
                  LECTERN_SOURCE_ERROR_INVALID, "zip bomb");
  expect_refused (fixture, "drm.epub", drm, G_N_ELEMENTS (drm),
                  LECTERN_SOURCE_ERROR_DRM, "DRM");
  expect_refused (fixture, "broken.epub", no_container, G_N_ELEMENTS (no_container),
                  LECTERN_SOURCE_ERROR_INVALID, "container.xml");

  /* A truncated book. */
  {
    const Entry good[] = {
      { "mimetype", "application/epub+zip", -1 },
      { "META-INF/container.xml", container_xml, -1 },
      { "OEBPS/content.opf", content_opf, -1 },
      { "OEBPS/Text/one.xhtml", chapter_one, -1 },
    };
    g_autofree char *path = write_epub (fixture, "whole.epub", good, G_N_ELEMENTS (good));
    g_autofree char *contents = NULL;
    g_autofree char *cut = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(LecternStory) story = NULL;
    gsize len;

    g_file_get_contents (path, &contents, &len, &error);
    g_assert_no_error (error);
    cut = write_file (fixture, "cut.epub", contents, len / 2);
    story = lectern_source_read (cut, NULL, NULL, NULL, NULL, &error);
    g_assert_null (story);
    g_assert_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_INVALID);
  }

  g_assert_cmpint (count_stories (fixture), ==, 0);
}

typedef struct
{
  LecternStory *preview;
  LecternStory *story;
  gboolean      story_before_preview;
  GError       *error;
} PreviewRun;

static void
on_preview_cb (LecternStory *preview,
               gpointer      user_data)
{
  PreviewRun *run = user_data;

  g_assert_null (run->preview);
  run->story_before_preview = run->story != NULL;
  run->preview = lectern_story_ref (preview);
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  PreviewRun *run = user_data;

  run->story = lectern_source_read_finish (result, NULL, &run->error);
  if (run->story == NULL)
    g_assert_nonnull (run->error);
}

/* A long book shows its first chapters before the rest is read: their text
 * is the start of the whole book's and their blocks are the same, so what
 * is shown and offsets in it stay right. */
static void
test_epub_preview (Fixture       *fixture,
                   gconstpointer  data)
{
  const guint n_chapters = 40;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) manifest = g_string_new (NULL);
  g_autoptr(GString) spine = g_string_new (NULL);
  g_autofree char *opf = NULL;
  g_autofree Entry *entries = g_new0 (Entry, n_chapters + 3);
  g_autofree char *path = NULL;
  g_autoptr(GArray) first_blocks = NULL;
  g_autoptr(GArray) all_blocks = NULL;
  PreviewRun run = { 0 };

  entries[0] = (Entry) { "mimetype", "application/epub+zip", -1 };
  entries[1] = (Entry) { "META-INF/container.xml", container_xml, -1 };
  for (guint i = 0; i < n_chapters; i++)
    {
      g_autoptr(GString) chapter = g_string_new ("<?xml version=\"1.0\"?><html "
                                                 "xmlns=\"http://www.w3.org/1999/xhtml\"><body>");

      g_string_append_printf (chapter, "<h1>Chapter %u</h1>", i + 1);
      for (guint p = 0; p < 30; p++)
        g_string_append_printf (chapter, "<p>Paragraph %u of chapter %u, where Ana Lima "
                                "and Élise Moreau walk by the pier and talk.</p>"
                                "<blockquote><p>Quote %u.</p></blockquote>", p, i + 1, p);
      g_string_append (chapter, "</body></html>");
      g_ptr_array_add (names, g_strdup_printf ("OEBPS/Text/ch%02u.xhtml", i));
      g_ptr_array_add (texts, g_string_free (g_steal_pointer (&chapter), FALSE));
      entries[i + 2] = (Entry) { g_ptr_array_index (names, i), g_ptr_array_index (texts, i), -1 };
      g_string_append_printf (manifest, "<item id=\"c%u\" href=\"Text/ch%02u.xhtml\" "
                              "media-type=\"application/xhtml+xml\"/>", i, i);
      g_string_append_printf (spine, "<itemref idref=\"c%u\"/>", i);
    }
  /* The package document last, as some books have it. */
  opf = g_strdup_printf ("<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" "
                         "version=\"3.0\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                         "<dc:title>Long Book</dc:title></metadata><manifest>%s</manifest>"
                         "<spine>%s</spine></package>", manifest->str, spine->str);
  entries[n_chapters + 2] = (Entry) { "OEBPS/content.opf", opf, -1 };
  path = write_epub (fixture, "long.epub", entries, n_chapters + 3);

  lectern_source_read_with_preview_async (path, NULL, NULL, NULL, on_preview_cb, &run,
                                          on_read_cb, &run);
  while (run.story == NULL && run.error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (run.error);

  g_assert_nonnull (run.preview);
  g_assert_false (run.story_before_preview);
  g_assert_cmpint (run.preview->id, ==, 0);
  g_assert_cmpstr (run.preview->title, ==, "Long Book");
  g_assert_nonnull (strstr (run.preview->text, "Chapter 1"));
  g_assert_null (strstr (run.preview->text, "Chapter 40"));
  g_assert_nonnull (strstr (run.story->text, "Chapter 40"));
  g_assert_cmpint (run.preview->n_chars, <, run.story->n_chars);
  g_assert_true (g_str_has_prefix (run.story->text, run.preview->text));

  first_blocks = lectern_story_get_blocks (run.preview);
  all_blocks = lectern_story_get_blocks (run.story);
  g_assert_cmpuint (first_blocks->len, >, 30);
  g_assert_cmpuint (first_blocks->len, <, all_blocks->len);
  for (guint i = 0; i < first_blocks->len; i++)
    {
      LecternBlock *a = &g_array_index (first_blocks, LecternBlock, i);
      LecternBlock *b = &g_array_index (all_blocks, LecternBlock, i);

      g_assert_cmpint (a->kind, ==, b->kind);
      g_assert_cmpint (a->start, ==, b->start);
      g_assert_cmpint (a->end, ==, b->end);
      g_assert_cmpint (a->end, <=, run.preview->n_chars);
    }

  /* The same book without a preview is the same story. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(LecternStory) whole = lectern_source_read (path, NULL, NULL, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (whole->text, ==, run.story->text);
  }

  lectern_story_unref (run.preview);
  lectern_story_unref (run.story);
}

static void
test_detect (void)
{
  g_assert_cmpint (lectern_source_detect ("%PDF-1.4", 8, "a.txt", NULL), ==, LECTERN_SOURCE_PDF);
  g_assert_cmpint (lectern_source_detect ("<html><p>x", 10, "a.txt", NULL), ==,
                   LECTERN_SOURCE_HTML);
  /* A name alone never decides: text named .html is text. */
  g_assert_cmpint (lectern_source_detect ("Just words.", 11, "a.html", NULL), ==,
                   LECTERN_SOURCE_TEXT);
  g_assert_cmpint (lectern_source_detect ("# Title\n", 8, "a.md", NULL), ==,
                   LECTERN_SOURCE_MARKDOWN);
  g_assert_cmpint (lectern_source_detect ("# Title\n", 8, "a.txt", NULL), ==,
                   LECTERN_SOURCE_TEXT);
  g_assert_true (lectern_source_is_url ("https://example.org/a"));
  g_assert_true (lectern_source_is_url ("HTTP://example.org"));
  g_assert_false (lectern_source_is_url ("file:///tmp/a.html"));
  g_assert_false (lectern_source_is_url ("/tmp/http://a"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/lectern/sources/detect", test_detect);
  g_test_add ("/lectern/sources/markdown", Fixture, NULL, fixture_set_up, test_markdown,
              fixture_tear_down);
  g_test_add ("/lectern/sources/html-import", Fixture, NULL, fixture_set_up, test_html_import,
              fixture_tear_down);
  g_test_add ("/lectern/sources/mhtml", Fixture, NULL, fixture_set_up, test_mhtml,
              fixture_tear_down);
  g_test_add ("/lectern/sources/no-junk", Fixture, NULL, fixture_set_up, test_no_junk,
              fixture_tear_down);
  g_test_add ("/lectern/sources/epub", Fixture, NULL, fixture_set_up, test_epub,
              fixture_tear_down);
  g_test_add ("/lectern/sources/epub-preview", Fixture, NULL, fixture_set_up, test_epub_preview,
              fixture_tear_down);
  g_test_add ("/lectern/sources/epub-hostile", Fixture, NULL, fixture_set_up, test_epub_hostile,
              fixture_tear_down);

  return g_test_run ();
}
