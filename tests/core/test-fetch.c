/* test-fetch.c: downloading pages from a real HTTP server on the loopback
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A libsoup SoupServer runs in its own thread with its own main context;
 * the code under test blocks, as it does on the app's worker thread.
 */

#include "config.h"

#include <string.h>

#include <libsoup/soup.h>

#include "lectern-fetch.h"
#include "lectern-source.h"

#define ARTICLE \
  "<html><head><title>Pier closed</title><meta charset=\"utf-8\"></head><body><article>" \
  "<p>The harbour board met on Tuesday evening, and after three hours of debate it voted, " \
  "by seven votes to two, to close the old pier to ships for the whole winter season.</p>" \
  "<p>Fishermen who moor there said they had not been asked, and that the nearest other " \
  "berth is an hour away by sea in calm weather, which is far too far.</p></article>" \
  "</body></html>"

typedef struct
{
  GThread      *thread;
  GMainContext *context;
  GMainLoop    *loop;
  SoupServer   *server;
  char         *base;
  GMutex        mutex;
  GCond         cond;
  GPtrArray    *paused;   /* messages of /slow, answered at the end */
} Server;

static void
on_request (SoupServer        *server,
            SoupServerMessage *message,
            const char        *path,
            GHashTable        *query,
            gpointer           user_data)
{
  Server *self = user_data;

  if (strcmp (path, "/article") == 0)
    {
      soup_server_message_set_status (message, 200, NULL);
      soup_server_message_set_response (message, "text/html; charset=utf-8", SOUP_MEMORY_STATIC,
                                        ARTICLE, strlen (ARTICLE));
    }
  else if (strcmp (path, "/redirect") == 0)
    {
      soup_server_message_set_redirect (message, 302, "/article");
    }
  else if (strcmp (path, "/loop") == 0)
    {
      soup_server_message_set_redirect (message, 302, "/loop");
    }
  else if (strcmp (path, "/error") == 0)
    {
      soup_server_message_set_status (message, 500, NULL);
    }
  else if (strcmp (path, "/wrong-charset") == 0)
    {
      /* Latin-1 bytes under a UTF-8 label. */
      static const char body[] = "<html><body><article><p>Caf\xe9 cr\xe8me, the harbour "
                                 "board met on Tuesday evening, and after three hours of "
                                 "debate it voted to close the pier for the winter.</p>"
                                 "</article></body></html>";

      soup_server_message_set_status (message, 200, NULL);
      soup_server_message_set_response (message, "text/html; charset=utf-8", SOUP_MEMORY_STATIC,
                                        body, strlen (body));
    }
  else if (strcmp (path, "/huge") == 0)
    {
      gsize size = 3 * 1024 * 1024;
      char *body = g_malloc (size);

      memset (body, 'a', size);
      soup_server_message_set_status (message, 200, NULL);
      soup_server_message_set_response (message, "text/html", SOUP_MEMORY_TAKE, body, size);
    }
  else if (strcmp (path, "/slow") == 0)
    {
      /* Never answered until the server stops. */
      g_mutex_lock (&self->mutex);
      g_ptr_array_add (self->paused, g_object_ref (message));
      g_mutex_unlock (&self->mutex);
      soup_server_message_pause (message);
    }
  else if (strcmp (path, "/pdf") == 0)
    {
      soup_server_message_set_status (message, 200, NULL);
      soup_server_message_set_response (message, "application/pdf", SOUP_MEMORY_STATIC,
                                        "%PDF-1.4\n", 9);
    }
  else
    {
      soup_server_message_set_status (message, 404, NULL);
    }
}

static gpointer
loopback_server_thread (gpointer data)
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

  /* Answer what was kept waiting, let the connections close, then stop. */
  for (guint i = 0; i < self->paused->len; i++)
    {
      SoupServerMessage *message = g_ptr_array_index (self->paused, i);

      soup_server_message_set_status (message, 503, NULL);
      soup_server_message_unpause (message);
    }
  g_ptr_array_set_size (self->paused, 0);
  while (g_main_context_iteration (self->context, FALSE))
    ;
  soup_server_disconnect (self->server);
  while (g_main_context_iteration (self->context, FALSE))
    ;
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
  self->thread = g_thread_new ("http-server", loopback_server_thread, self);

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
url (Server     *server,
     const char *path)
{
  /* base ends with "/" */
  return g_strconcat (server->base, path + 1, NULL);
}

static Server *server;

static void
on_progress (goffset  current,
             goffset  total,
             gpointer data)
{
  goffset *last = data;

  g_assert_cmpint (current, >=, *last);
  *last = current;
}

static void
test_fetch_article (void)
{
  g_autofree char *address = url (server, "/redirect");
  g_autofree char *target = url (server, "/article");
  g_autoptr(GError) error = NULL;
  goffset received = 0;
  LecternSourceInfo info;
  g_autoptr(LecternStory) story = lectern_source_read (address, NULL, on_progress, &received,
                                                       &info, &error);

  g_assert_no_error (error);
  g_assert_cmpint (info.kind, ==, LECTERN_SOURCE_HTML);
  g_assert_cmpint (received, ==, strlen (ARTICLE));
  g_assert_true (g_str_has_prefix (story->text, "Pier closed\n\n"));
  g_assert_nonnull (strstr (story->text, "nearest other berth"));
  /* The story keeps the address it was found at, after the redirect. */
  g_assert_cmpstr (story->source, ==, target);
  g_assert_cmpstr (lectern_story_get_url (story), ==, target);
}

static void
test_fetch_wrong_charset (void)
{
  g_autofree char *address = url (server, "/wrong-charset");
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = lectern_source_read (address, NULL, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (story->text, "Café crème"));
}

static void
expect_failure (const char *path,
                guint       timeout,
                gint64      max_bytes,
                int         code,
                const char *words)
{
  g_autofree char *address = url (server, path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = lectern_fetch_url_full (address, timeout, max_bytes, NULL, NULL, NULL,
                                                    NULL, NULL, NULL, &error);

  g_assert_null (bytes);
  g_assert_error (error, LECTERN_SOURCE_ERROR, code);
  if (strstr (error->message, words) == NULL)
    g_error ("“%s” not in “%s”", words, error->message);
}

static void
test_fetch_failures (void)
{
  expect_failure ("/missing", 5, LECTERN_FETCH_MAX_BYTES, LECTERN_SOURCE_ERROR_HTTP, "HTTP 404");
  expect_failure ("/error", 5, LECTERN_FETCH_MAX_BYTES, LECTERN_SOURCE_ERROR_HTTP, "HTTP 500");
  expect_failure ("/loop", 5, LECTERN_FETCH_MAX_BYTES, LECTERN_SOURCE_ERROR_HTTP, "loop");
  expect_failure ("/huge", 5, 1024 * 1024, LECTERN_SOURCE_ERROR_TOO_BIG, "bigger than");
  expect_failure ("/slow", 1, LECTERN_FETCH_MAX_BYTES, LECTERN_SOURCE_ERROR_NETWORK,
                  "did not answer");
}

static void
test_fetch_refused_and_bad (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autofree char *pdf = url (server, "/pdf");
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GInetSocketAddress) address = NULL;
  g_autoptr(GSocketAddress) bound = NULL;
  g_autofree char *closed = NULL;

  /* A port nobody listens on: take one, then close it. */
  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  address = G_INET_SOCKET_ADDRESS (g_inet_socket_address_new_from_string ("127.0.0.1", 0));
  g_socket_bind (socket, G_SOCKET_ADDRESS (address), TRUE, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, NULL);
  closed = g_strdup_printf ("http://127.0.0.1:%u/",
                            g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  g_socket_close (socket, NULL);

  bytes = lectern_fetch_url_full (closed, 5, 1024, NULL, NULL, NULL, NULL, NULL, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_NETWORK);
  g_clear_error (&error);

  bytes = lectern_fetch_url ("http://", NULL, NULL, NULL, NULL, NULL, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_NETWORK);
  g_clear_error (&error);

  story = lectern_source_read (pdf, NULL, NULL, NULL, NULL, &error);
  g_assert_null (story);
  g_assert_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_UNSUPPORTED);
}

static void
test_fetch_cancelled (void)
{
  g_autofree char *address = url (server, "/slow");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_cancellable_cancel (cancellable);
  bytes = lectern_fetch_url (address, cancellable, NULL, NULL, NULL, NULL, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

typedef struct
{
  GThread      *main_thread;
  goffset       received;
  LecternStory *story;
  gboolean      done;
} AsyncData;

static void
on_async_progress (goffset  current,
                   goffset  total,
                   gpointer user_data)
{
  AsyncData *data = user_data;

  /* Progress arrives on the caller's context, where widgets live. */
  g_assert_true (g_thread_self () == data->main_thread);
  data->received = current;
}

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  AsyncData *data = user_data;
  g_autoptr(GError) error = NULL;
  LecternSourceInfo info;

  data->story = lectern_source_read_finish (result, &info, &error);
  g_assert_no_error (error);
  g_assert_cmpint (info.kind, ==, LECTERN_SOURCE_HTML);
  data->done = TRUE;
}

static void
test_fetch_async (void)
{
  g_autofree char *address = url (server, "/article");
  AsyncData data = { g_thread_self (), 0, NULL, FALSE };

  lectern_source_read_async (address, NULL, on_async_progress, &data, on_read, &data);
  while (!data.done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpint (data.received, ==, strlen (ARTICLE));
  g_assert_nonnull (strstr (data.story->text, "nearest other berth"));
  lectern_story_unref (data.story);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* The loopback server must not go through a proxy (and the tests' own
   * GSettings schemas have no proxy settings). */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_unsetenv ("http_proxy");
  g_unsetenv ("HTTP_PROXY");
  g_unsetenv ("https_proxy");
  g_unsetenv ("all_proxy");

  g_test_add_func ("/lectern/fetch/article", test_fetch_article);
  g_test_add_func ("/lectern/fetch/wrong-charset", test_fetch_wrong_charset);
  g_test_add_func ("/lectern/fetch/failures", test_fetch_failures);
  g_test_add_func ("/lectern/fetch/refused-and-bad", test_fetch_refused_and_bad);
  g_test_add_func ("/lectern/fetch/cancelled", test_fetch_cancelled);
  g_test_add_func ("/lectern/fetch/async", test_fetch_async);

  server = server_start ();
  status = g_test_run ();
  server_stop (server);

  return status;
}
