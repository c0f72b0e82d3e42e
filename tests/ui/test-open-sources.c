/* test-open-sources.c: the window opens web pages, Markdown and URLs
 * through the core's one import path, on a real SQLite library, with a
 * real HTTP server on the loopback
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <sqlite3.h>

#include "ui-util.h"

#include "lectern-article-view.h"
#include "lectern-open-link-dialog.h"
#include "lectern-window.h"

#define PAGE \
  "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" \
  "<title>Harbour board closes the old pier | Coast News</title>" \
  "<meta property=\"og:site_name\" content=\"Coast News\">" \
  "<meta name=\"author\" content=\"Ann Reed\"></head><body>" \
  "<nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav>" \
  "<article><h1>Harbour board closes the old pier</h1>" \
  "<p>The harbour board met on Tuesday evening and, after three hours of debate, voted " \
  "by seven votes to two to close the old pier to ships for the whole winter season.</p>" \
  "<h2>Fishermen were not asked</h2>" \
  "<p>Fishermen who moor there said nobody had asked them, and that the nearest other " \
  "berth is an hour away by sea in calm weather, which they called far too far.</p>" \
  "<blockquote><p>We learnt it from the newspaper like everybody else.</p></blockquote>" \
  "<ul><li>Seven members voted for the closure.</li><li>Two voted against it.</li></ul>" \
  "<p>The board will meet again in March to decide whether the pier can reopen in spring.</p>" \
  "</article><footer>Copyright Coast News</footer></body></html>"

typedef UiFixture Fixture;

/* A libsoup server on its own thread and main context: the window's
 * worker downloads from it while the test's main loop runs. */
typedef struct
{
  GThread      *thread;
  GMainContext *context;
  GMainLoop    *loop;
  SoupServer   *server;
  char         *base;
  GMutex        mutex;
  GCond         cond;
  GPtrArray    *paused;
} Server;

static void
on_request (SoupServer        *server,
            SoupServerMessage *message,
            const char        *path,
            GHashTable        *query,
            gpointer           user_data)
{
  Server *self = user_data;

  if (strcmp (path, "/story") == 0)
    {
      soup_server_message_set_status (message, 200, NULL);
      soup_server_message_set_response (message, "text/html; charset=utf-8", SOUP_MEMORY_STATIC,
                                        PAGE, strlen (PAGE));
    }
  else if (strcmp (path, "/pdf") == 0)
    {
      soup_server_message_set_status (message, 200, NULL);
      soup_server_message_set_response (message, "application/pdf", SOUP_MEMORY_STATIC,
                                        "%PDF-1.4\n", 9);
    }
  else if (strcmp (path, "/slow") == 0)
    {
      g_mutex_lock (&self->mutex);
      g_ptr_array_add (self->paused, g_object_ref (message));
      g_mutex_unlock (&self->mutex);
      soup_server_message_pause (message);
    }
  else
    soup_server_message_set_status (message, 404, NULL);
}

static gpointer
server_thread (gpointer data)
{
  Server *self = data;
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (self->context);
  self->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (self->server, NULL, on_request, self, NULL);
  soup_server_listen_local (self->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (self->server);
  g_mutex_lock (&self->mutex);
  self->base = g_uri_to_string (uris->data);
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->mutex);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_main_loop_run (self->loop);

  for (guint i = 0; i < self->paused->len; i++)
    {
      soup_server_message_set_status (g_ptr_array_index (self->paused, i), 503, NULL);
      soup_server_message_unpause (g_ptr_array_index (self->paused, i));
    }
  g_ptr_array_set_size (self->paused, 0);
  while (g_main_context_iteration (self->context, FALSE))
    ;
  soup_server_disconnect (self->server);
  g_clear_object (&self->server);
  while (g_main_context_iteration (self->context, FALSE))
    ;
  g_main_context_pop_thread_default (self->context);

  return NULL;
}

static Server *
server_start (void)
{
  Server *self = g_new0 (Server, 1);

  g_mutex_init (&self->mutex);
  g_cond_init (&self->cond);
  self->paused = g_ptr_array_new_with_free_func (g_object_unref);
  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  self->thread = g_thread_new ("http-server", server_thread, self);
  g_mutex_lock (&self->mutex);
  while (self->base == NULL)
    g_cond_wait (&self->cond, &self->mutex);
  g_mutex_unlock (&self->mutex);

  return self;
}

static gboolean
quit_loop (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static void
server_stop (Server *self)
{
  g_main_context_invoke (self->context, quit_loop, self->loop);
  g_thread_join (self->thread);
  g_main_loop_unref (self->loop);
  g_main_context_unref (self->context);
  g_ptr_array_unref (self->paused);
  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->cond);
  g_free (self->base);
  g_free (self);
}

static char *
server_url (Server     *self,
            const char *path)
{
  /* The base ends with a slash. */
  return g_strconcat (self->base, path[0] == '/' ? path + 1 : path, NULL);
}

static int
story_paused (Server *self)
{
  int n;

  g_mutex_lock (&self->mutex);
  n = self->paused->len;
  g_mutex_unlock (&self->mutex);
  return n;
}

/* The banner that shows a download under way, found as a person finds
 * it: by its Cancel button. */
static GtkWidget *
fetch_cancel_button (LecternWindow *window)
{
  GtkWidget *button = ui_util_find_button (GTK_WIDGET (window), "_Cancel");

  g_assert_nonnull (button);
  g_assert_nonnull (gtk_widget_get_ancestor (button, GTK_TYPE_REVEALER));
  return button;
}

static gboolean
fetch_banner_shown (LecternWindow *window)
{
  GtkWidget *revealer = gtk_widget_get_ancestor (fetch_cancel_button (window), GTK_TYPE_REVEALER);

  return gtk_revealer_get_reveal_child (GTK_REVEALER (revealer));
}

/* The error dialog's text, and closes it; NULL when there is none. */
static char *
take_error (void)
{
  GtkWindow *dialog = ui_util_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  char *text;

  if (dialog == NULL)
    return NULL;
  text = g_strdup_printf ("%s: %s", adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                          adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
  gtk_window_destroy (dialog);
  return text;
}

static gint64
count_rows (const char *db_path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* A column of the story `id`, as another program reads it. */
static char *
story_column (const char *db_path,
              gint64      id,
              const char *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM stories WHERE id = ?", column);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static GtkTextBuffer *
window_buffer (LecternWindow *window)
{
  return gtk_text_view_get_buffer (lectern_article_view_get_text_view (lectern_window_get_article_view (window)));
}

/* The offset of `needle` in the shown story; fails when absent. */
static int
find_text (LecternWindow *window,
           const char    *needle)
{
  GtkTextBuffer *buffer = window_buffer (window);
  GtkTextIter start, match;

  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, needle, 0, &match, NULL, NULL));
  return gtk_text_iter_get_offset (&match);
}

static gboolean
has_tag_at (LecternWindow *window,
            const char    *name,
            int            offset)
{
  GtkTextBuffer *buffer = window_buffer (window);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

/* Highlights `needle` with the H action and checks the row in the file. */
static void
highlight_text (Fixture       *fixture,
                LecternWindow *window,
                const char    *needle)
{
  GtkTextBuffer *buffer = window_buffer (window);
  int start = find_text (window, needle);
  int end = start + (int) g_utf8_strlen (needle, -1);
  gint64 id = lectern_window_get_story (window)->id;
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM highlights WHERE story_id = %" G_GINT64_FORMAT
                                          " AND start_pos = %d AND end_pos = %d", id, start, end);
  GtkTextIter s, e;

  gtk_text_buffer_get_iter_at_offset (buffer, &s, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &e, end);
  gtk_text_buffer_select_range (buffer, &s, &e);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "reader.highlight", NULL));
  ui_util_wait_until_idle (window);
  g_assert_cmpint (count_rows (fixture->db_path, sql), ==, 1);
}

/* The structure a page gives is what the reader shows. */
static void
check_page_structure (LecternWindow *window)
{
  g_assert_true (has_tag_at (window, "heading", find_text (window, "Fishermen were not asked")));
  g_assert_true (has_tag_at (window, "quote", find_text (window, "We learnt it")));
  g_assert_true (has_tag_at (window, "list-item", find_text (window, "Two voted against")));
  g_assert_false (has_tag_at (window, "quote", find_text (window, "The board will meet")));
  g_assert_false (has_tag_at (window, "list-item", find_text (window, "The board will meet")));
  /* The navigation and footer are not part of the story. */
  g_assert_null (strstr (lectern_window_get_story (window)->text, "Sport"));
  g_assert_null (strstr (lectern_window_get_story (window)->text, "Copyright"));
}

static void
test_open_html_file (Fixture       *fixture,
                     gconstpointer  data)
{
  LecternWindow *window = ui_util_open_window (fixture->db_path, 0, 0);
  g_autofree char *path = g_build_filename (fixture->dir, "pier.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gint64 n_stories = count_rows (fixture->db_path, "SELECT count(*) FROM stories");
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *blocks = NULL;
  gint64 id;

  g_assert_true (g_file_set_contents (path, PAGE, -1, NULL));
  lectern_window_open_files (window, &file, 1);
  ui_util_wait_until_idle (window);
  g_assert_null (take_error ());

  id = lectern_window_get_story (window)->id;
  g_assert_cmpint (count_rows (fixture->db_path, "SELECT count(*) FROM stories"), ==, n_stories + 1);
  title = story_column (fixture->db_path, id, "title");
  g_assert_cmpstr (title, ==, "Harbour board closes the old pier");
  author = story_column (fixture->db_path, id, "author");
  g_assert_cmpstr (author, ==, "Ann Reed");
  blocks = story_column (fixture->db_path, id, "blocks");
  g_assert_cmpstr (blocks, !=, "");
  check_page_structure (window);
  highlight_text (fixture, window, "nearest other berth is an hour away");

  /* Opening it again is the same story with its highlight. */
  lectern_window_open_files (window, &file, 1);
  ui_util_wait_until_idle (window);
  g_assert_cmpint (lectern_window_get_story (window)->id, ==, id);
  g_assert_cmpint (count_rows (fixture->db_path, "SELECT count(*) FROM stories"), ==, n_stories + 1);

  /* A Markdown file gets its structure too. */
  {
    g_autofree char *md_path = g_build_filename (fixture->dir, "notes.md", NULL);
    g_autoptr(GFile) md = g_file_new_for_path (md_path);

    g_assert_true (g_file_set_contents (md_path,
                                        "# Council votes on the budget\n\n"
                                        "The council met on Monday and approved the budget for next year "
                                        "after a long debate about the library and the swimming pool.\n\n"
                                        "> Nobody is happy, which means it is fair.\n\n"
                                        "- Libraries keep their hours.\n- The pool closes in August.\n", -1, NULL));
    lectern_window_open_files (window, &md, 1);
    ui_util_wait_until_idle (window);
    g_assert_null (take_error ());
    g_assert_cmpint (lectern_window_get_story (window)->id, !=, id);
    g_assert_true (has_tag_at (window, "quote", find_text (window, "Nobody is happy")));
    g_assert_true (has_tag_at (window, "list-item", find_text (window, "The pool closes")));
    g_assert_null (strstr (lectern_window_get_story (window)->text, "# Council"));
  }

  ui_util_close_window (window);
  g_assert_cmpint (count_rows (fixture->db_path, "SELECT count(*) FROM highlights"), ==, 1);
}

/* A book of `n` chapters written with libarchive: chapter 3 has no heading
 * of its own and gets its table-of-contents entry as one. */
static char *
write_book (Fixture *fixture,
            guint    n)
{
  char *path = g_build_filename (fixture->dir, "harbour.epub", NULL);
  struct archive *archive = archive_write_new ();
  g_autoptr(GString) manifest = g_string_new (NULL);
  g_autoptr(GString) spine = g_string_new (NULL);
  g_autoptr(GString) nav = g_string_new (NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (names, g_strdup ("mimetype"));
  g_ptr_array_add (files, g_strdup ("application/epub+zip"));
  g_ptr_array_add (names, g_strdup ("META-INF/container.xml"));
  g_ptr_array_add (files, g_strdup ("<?xml version=\"1.0\"?><container version=\"1.0\" "
                                    "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
                                    "<rootfiles><rootfile full-path=\"OEBPS/book.opf\" "
                                    "media-type=\"application/oebps-package+xml\"/></rootfiles></container>"));
  for (guint i = 1; i <= n; i++)
    {
      g_autoptr(GString) chapter = g_string_new ("<?xml version=\"1.0\"?><html "
                                                 "xmlns=\"http://www.w3.org/1999/xhtml\"><body>");

      if (i != 3)
        g_string_append_printf (chapter, "<h1>Chapter %u of the harbour</h1>", i);
      for (guint p = 0; p < 20; p++)
        g_string_append_printf (chapter, "<p>In chapter %u, paragraph %u, Ann Reed walked along "
                                "the quay with the harbour master, talking of ships and storms.</p>",
                                i, p);
      g_string_append_printf (chapter, "<blockquote><p>The tide waits for nobody, said the master "
                              "in chapter %u.</p></blockquote></body></html>", i);
      g_ptr_array_add (names, g_strdup_printf ("OEBPS/ch%02u.xhtml", i));
      g_ptr_array_add (files, g_string_free (g_steal_pointer (&chapter), FALSE));
      g_string_append_printf (manifest, "<item id=\"c%u\" href=\"ch%02u.xhtml\" "
                              "media-type=\"application/xhtml+xml\"/>", i, i);
      g_string_append_printf (spine, "<itemref idref=\"c%u\"/>", i);
      g_string_append_printf (nav, "<li><a href=\"ch%02u.xhtml\">%s %u</a></li>", i,
                              i == 3 ? "Interlude" : "Chapter", i);
    }
  g_ptr_array_add (names, g_strdup ("OEBPS/nav.xhtml"));
  g_ptr_array_add (files, g_strdup_printf ("<?xml version=\"1.0\"?><html "
                                           "xmlns=\"http://www.w3.org/1999/xhtml\" "
                                           "xmlns:epub=\"http://www.idpf.org/2007/ops\"><body>"
                                           "<nav epub:type=\"toc\"><ol>%s</ol></nav></body></html>",
                                           nav->str));
  g_ptr_array_add (names, g_strdup ("OEBPS/book.opf"));
  g_ptr_array_add (files, g_strdup_printf ("<?xml version=\"1.0\"?><package "
                                           "xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
                                           "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                                           "<dc:title>Tides of the Harbour</dc:title>"
                                           "<dc:creator>Ann Reed</dc:creator></metadata><manifest>"
                                           "<item id=\"nav\" href=\"nav.xhtml\" properties=\"nav\" "
                                           "media-type=\"application/xhtml+xml\"/>%s</manifest>"
                                           "<spine>%s</spine></package>", manifest->str, spine->str));

  archive_write_set_format_zip (archive);
  g_assert_cmpint (archive_write_open_filename (archive, path), ==, ARCHIVE_OK);
  for (guint i = 0; i < names->len; i++)
    {
      struct archive_entry *entry = archive_entry_new ();
      const char *data = g_ptr_array_index (files, i);

      archive_entry_set_pathname (entry, g_ptr_array_index (names, i));
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_entry_set_size (entry, strlen (data));
      archive_write_header (archive, entry);
      archive_write_data (archive, data, strlen (data));
      archive_entry_free (entry);
    }
  archive_write_close (archive);
  archive_write_free (archive);

  return path;
}

/* A book shows its first chapters before it is stored, then the whole of
 * it with its chapters as headings; a highlight far in it lands in SQLite
 * at the offsets of the stored text. */
static void
test_open_epub (Fixture       *fixture,
                gconstpointer  data)
{
  LecternWindow *window = ui_util_open_window (fixture->db_path, 0, 0);
  g_autofree char *path = write_book (fixture, 40);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  GtkTextBuffer *buffer;
  GtkTextIter start, match;
  LecternStory *story;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *text = NULL;
  const char *needle = "In chapter 38, paragraph 7, Ann Reed walked along the quay";
  const char *found;
  gint64 n_stories = count_rows (fixture->db_path, "SELECT count(*) FROM stories");

  lectern_window_open_files (window, &file, 1);

  /* The first chapters are on screen while the book is still read and
   * stored: nothing can be annotated yet. */
  for (;;)
    {
      buffer = window_buffer (window);
      gtk_text_buffer_get_start_iter (buffer, &start);
      if (gtk_text_iter_forward_search (&start, "Chapter 1 of the harbour", 0, &match, NULL, NULL))
        break;
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_null (lectern_window_get_story (window));
  g_assert_true (lectern_article_view_get_loading (lectern_window_get_article_view (window)));
  g_assert_true (has_tag_at (window, "heading", gtk_text_iter_get_offset (&match)));
  g_assert_false (gtk_text_iter_forward_search (&start, "Chapter 40 of the harbour", 0, &match,
                                                NULL, NULL));

  ui_util_wait_until_idle (window);
  g_assert_null (take_error ());
  story = lectern_window_get_story (window);
  g_assert_nonnull (story);
  g_assert_cmpint (count_rows (fixture->db_path, "SELECT count(*) FROM stories"), ==, n_stories + 1);
  title = story_column (fixture->db_path, story->id, "title");
  g_assert_cmpstr (title, ==, "Tides of the Harbour");
  author = story_column (fixture->db_path, story->id, "author");
  g_assert_cmpstr (author, ==, "Ann Reed");

  /* Every chapter, in order, each starting with a heading. */
  g_assert_cmpint (gtk_text_buffer_get_char_count (window_buffer (window)), ==, story->n_chars);
  g_assert_true (has_tag_at (window, "title", find_text (window, "Tides of the Harbour")));
  g_assert_true (has_tag_at (window, "heading", find_text (window, "Chapter 1 of the harbour")));
  g_assert_true (has_tag_at (window, "heading", find_text (window, "Interlude 3")));
  g_assert_true (has_tag_at (window, "heading", find_text (window, "Chapter 40 of the harbour")));
  g_assert_cmpint (find_text (window, "Chapter 39 of"), <, find_text (window, "Chapter 40 of"));
  g_assert_true (has_tag_at (window, "quote", find_text (window, "said the master in chapter 40")));
  g_assert_false (has_tag_at (window, "heading", find_text (window, "In chapter 40, paragraph 0")));

  /* Contents lists the title and every chapter; an entry goes to its
   * chapter. */
  {
    GtkTextIter caret;
    guint n = lectern_contents_page_get_n_entries (lectern_window_get_contents_page (window));

    g_assert_cmpuint (n, ==, 41);
    lectern_contents_page_activate (lectern_window_get_contents_page (window), 38);
    ui_util_wait_until_idle (window);
    gtk_text_buffer_get_iter_at_mark (window_buffer (window), &caret,
                                      gtk_text_buffer_get_insert (window_buffer (window)));
    g_assert_cmpint (gtk_text_iter_get_offset (&caret), ==, find_text (window, "Chapter 38 of the harbour"));
    lectern_contents_page_activate (lectern_window_get_contents_page (window), 3);
    ui_util_wait_until_idle (window);
    gtk_text_buffer_get_iter_at_mark (window_buffer (window), &caret,
                                      gtk_text_buffer_get_insert (window_buffer (window)));
    g_assert_cmpint (gtk_text_iter_get_offset (&caret), ==, find_text (window, "Interlude 3"));
  }

  /* A highlight in a late chapter: the row's offsets are code points of
   * the stored text. */
  highlight_text (fixture, window, needle);
  text = story_column (fixture->db_path, story->id, "text");
  found = strstr (text, needle);
  g_assert_nonnull (found);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM highlights WHERE start_pos = %ld",
                                            g_utf8_pointer_to_offset (text, found));

    g_assert_cmpint (count_rows (fixture->db_path, sql), ==, 1);
  }

  ui_util_close_window (window);
  g_assert_cmpint (count_rows (fixture->db_path, "SELECT count(*) FROM highlights"), ==, 1);
}

static void
test_open_url (Fixture       *fixture,
               gconstpointer  data)
{
  Server *server = server_start ();
  LecternWindow *window = ui_util_open_window (fixture->db_path, 0, 0);
  g_autofree char *url = server_url (server, "/story");
  g_autofree char *stored_url = NULL;
  g_autofree char *site = NULL;
  gint64 n_stories = count_rows (fixture->db_path, "SELECT count(*) FROM stories");
  LecternOpenLinkDialog *dialog;
  gint64 id;

  /* Open Link… refuses what is not a web address, with a sentence. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", NULL));
  dialog = LECTERN_OPEN_LINK_DIALOG (ui_util_find_toplevel (LECTERN_TYPE_OPEN_LINK_DIALOG));
  g_assert_nonnull (dialog);
  lectern_open_link_dialog_set_url (dialog, "ftp://example.org/story");
  lectern_open_link_dialog_activate (dialog);
  g_assert_cmpstr (lectern_open_link_dialog_get_message (dialog), !=, "");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* and opens the page it is given. */
  lectern_open_link_dialog_set_url (dialog, url);
  lectern_open_link_dialog_activate (dialog);
  g_assert_null (ui_util_find_toplevel (LECTERN_TYPE_OPEN_LINK_DIALOG));
  ui_util_wait_until_idle (window);
  g_assert_null (take_error ());
  g_assert_false (fetch_banner_shown (window));

  id = lectern_window_get_story (window)->id;
  g_assert_cmpint (count_rows (fixture->db_path, "SELECT count(*) FROM stories"), ==, n_stories + 1);
  stored_url = story_column (fixture->db_path, id, "url");
  g_assert_cmpstr (stored_url, ==, url);
  site = story_column (fixture->db_path, id, "site");
  g_assert_cmpstr (site, ==, "Coast News");
  check_page_structure (window);
  highlight_text (fixture, window, "voted by seven votes to two");

  /* A pasted address is the page, not a one-line story. */
  {
    g_autofree char *pasted = g_strdup_printf ("  %s\n", url);

    lectern_window_open_text (window, pasted);
    ui_util_wait_until_idle (window);
    g_assert_null (take_error ());
    g_assert_cmpint (lectern_window_get_story (window)->id, ==, id);
    g_assert_cmpint (count_rows (fixture->db_path, "SELECT count(*) FROM stories"), ==, n_stories + 1);
  }

  /* An address on the command line arrives as a GFile. */
  {
    g_autoptr(GFile) file = g_file_new_for_uri (url);

    lectern_window_open_files (window, &file, 1);
    ui_util_wait_until_idle (window);
    g_assert_null (take_error ());
    g_assert_cmpint (lectern_window_get_story (window)->id, ==, id);
  }

  /* A link dragged from a browser opens; other dragged text does not. */
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
    GtkDropTarget *target = NULL;
    GValue value = G_VALUE_INIT;
    gboolean accepted = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          target = GTK_DROP_TARGET (controller);
      }
    g_assert_nonnull (target);

    g_value_init (&value, G_TYPE_STRING);
    g_value_set_string (&value, "just some words");
    g_signal_emit_by_name (target, "drop", &value, 1.0, 1.0, &accepted);
    g_assert_false (accepted);
    g_value_set_string (&value, url);
    g_signal_emit_by_name (target, "drop", &value, 1.0, 1.0, &accepted);
    g_assert_true (accepted);
    g_value_unset (&value);
    ui_util_wait_until_idle (window);
    g_assert_null (take_error ());
    g_assert_cmpint (lectern_window_get_story (window)->id, ==, id);
    g_assert_cmpint (count_rows (fixture->db_path, "SELECT count(*) FROM stories"), ==, n_stories + 1);
  }

  ui_util_close_window (window);
  g_assert_cmpint (count_rows (fixture->db_path, "SELECT count(*) FROM highlights"), ==, 1);
  server_stop (server);
}

static void
test_url_failures (Fixture       *fixture,
                   gconstpointer  data)
{
  Server *server = server_start ();
  LecternWindow *window = ui_util_open_window (fixture->db_path, 0, 0);
  gint64 n_stories = count_rows (fixture->db_path, "SELECT count(*) FROM stories");
  gint64 shown = lectern_window_get_story (window)->id;
  const char *paths[] = { "/missing", "/pdf" };

  /* Each failure is one sentence, and nothing is stored. */
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *url = server_url (server, paths[i]);
      g_autofree char *message = NULL;

      lectern_window_open_text (window, url);
      ui_util_wait_until_idle (window);
      message = take_error ();
      g_assert_nonnull (message);
      g_test_message ("%s: %s", paths[i], message);
      g_assert_nonnull (strstr (message, url));
      g_assert_cmpint (lectern_window_get_story (window)->id, ==, shown);
    }

  /* A page that never answers: Cancel stops it, silently. */
  {
    g_autofree char *url = server_url (server, "/slow");
    GtkWidget *button;
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    lectern_window_open_text (window, url);
    while (story_paused (server) == 0)
      {
        g_assert_cmpint (g_get_monotonic_time (), <, deadline);
        g_main_context_iteration (NULL, FALSE);
        g_usleep (1000);
      }
    g_assert_true (fetch_banner_shown (window));
    g_assert_true (lectern_window_is_busy (window));
    button = fetch_cancel_button (window);
    g_assert_true (gtk_widget_is_sensitive (button));
    g_signal_emit_by_name (button, "clicked");
    ui_util_wait_until_idle (window);
    g_assert_null (take_error ());
    g_assert_false (fetch_banner_shown (window));
    g_assert_cmpint (lectern_window_get_story (window)->id, ==, shown);
  }

  g_assert_cmpint (count_rows (fixture->db_path, "SELECT count(*) FROM stories"), ==, n_stories);

  /* Closing the window stops a download under way. */
  {
    g_autofree char *url = server_url (server, "/slow");
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    lectern_window_open_text (window, url);
    while (story_paused (server) < 2)
      {
        g_assert_cmpint (g_get_monotonic_time (), <, deadline);
        g_main_context_iteration (NULL, FALSE);
        g_usleep (1000);
      }
    /* At once, not when the window is finally disposed: the page never
     * answers, so the window is busy until the download is cancelled. */
    g_object_ref (window);
    gtk_window_close (GTK_WINDOW (window));
    deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
    while (lectern_window_is_busy (window))
      {
        g_assert_cmpint (g_get_monotonic_time (), <, deadline);
        g_main_context_iteration (NULL, FALSE);
        g_usleep (1000);
      }
    ui_util_close_window (window);
    g_object_unref (window);
  }
  g_assert_cmpint (count_rows (fixture->db_path, "SELECT count(*) FROM stories"), ==, n_stories);
  server_stop (server);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/open/html-file", Fixture, NULL, ui_fixture_setup, test_open_html_file, ui_fixture_teardown);
  g_test_add ("/open/epub", Fixture, NULL, ui_fixture_setup, test_open_epub, ui_fixture_teardown);
  g_test_add ("/open/url", Fixture, NULL, ui_fixture_setup, test_open_url, ui_fixture_teardown);
  g_test_add ("/open/url-failures", Fixture, NULL, ui_fixture_setup, test_url_failures, ui_fixture_teardown);

  return g_test_run ();
}
