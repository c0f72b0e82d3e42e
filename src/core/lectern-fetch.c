/* lectern-fetch.c: downloading a web page with libsoup 3
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-fetch"

#include "config.h"

#include <libsoup/soup.h>

#include "lectern-fetch.h"
#include "lectern-source.h"

#include <glib/gi18n.h>

#define CHUNK_BYTES (64 * 1024)

/* One sentence for each way a download fails. */
static void
set_network_error (GError     **error,
                   GError      *cause,
                   const char  *url,
                   const char  *host,
                   guint        timeout_seconds)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (cause));
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    g_set_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_NETWORK,
                 _("%s did not answer within %u seconds."), host, timeout_seconds);
  else if (cause->domain == G_RESOLVER_ERROR)
    g_set_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_NETWORK,
                 _("Could not find the server %s: check the address and the network."), host);
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED))
    g_set_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_NETWORK,
                 _("%s refused the connection."), host);
  else if (g_error_matches (cause, SOUP_SESSION_ERROR, SOUP_SESSION_ERROR_TOO_MANY_REDIRECTS)
           || g_error_matches (cause, SOUP_SESSION_ERROR, SOUP_SESSION_ERROR_REDIRECT_NO_LOCATION))
    g_set_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_HTTP,
                 _("%s redirects in a loop; the page cannot be reached."), url);
  else if (cause->domain == G_TLS_ERROR)
    g_set_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_NETWORK,
                 _("The secure connection to %s failed: %s"), host, cause->message);
  else
    g_set_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_NETWORK,
                 _("Could not download %s: %s"), url, cause->message);
}

static void
set_http_error (GError     **error,
                const char  *url,
                guint        status,
                const char  *reason)
{
  if (status == 404 || status == 410)
    g_set_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_HTTP,
                 _("There is no page at %s (HTTP %u)."), url, status);
  else if (status == 401 || status == 403)
    g_set_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_HTTP,
                 _("The page at %s is not public (HTTP %u): open it in a browser and save it "
                   "as a file."), url, status);
  else if (status >= 500)
    g_set_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_HTTP,
                 _("The server of %s failed (HTTP %u); try again later."), url, status);
  else
    g_set_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_HTTP,
                 _("%s answered with an error (HTTP %u %s)."), url, status,
                 reason != NULL ? reason : "");
}

static void
set_too_big (GError     **error,
             const char  *url,
             gint64       max_bytes)
{
  g_autofree char *limit = g_format_size (max_bytes);

  g_set_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_TOO_BIG,
               _("The page at %s is bigger than %s; Lectern does not download it."), url, limit);
}

GBytes *
lectern_fetch_url (const char             *url,
                   GCancellable           *cancellable,
                   GFileProgressCallback   progress,
                   gpointer                progress_data,
                   char                  **out_content_type,
                   char                  **out_charset,
                   char                  **out_final_url,
                   GError                **error)
{
  return lectern_fetch_url_full (url, LECTERN_FETCH_TIMEOUT_SECONDS, LECTERN_FETCH_MAX_BYTES,
                                 cancellable, progress, progress_data, out_content_type,
                                 out_charset, out_final_url, error);
}

GBytes *
lectern_fetch_url_full (const char             *url,
                        guint                   timeout_seconds,
                        gint64                  max_bytes,
                        GCancellable           *cancellable,
                        GFileProgressCallback   progress,
                        gpointer                progress_data,
                        char                  **out_content_type,
                        char                  **out_charset,
                        char                  **out_final_url,
                        GError                **error)
{
  g_autoptr(SoupSession) session = NULL;
  g_autoptr(SoupMessage) message = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GByteArray) body = NULL;
  g_autoptr(GUri) uri = NULL;
  g_autofree guchar *chunk = NULL;
  SoupMessageHeaders *headers;
  GHashTable *params = NULL;
  const char *content_type;
  const char *host;
  gint64 expected, deadline;
  guint status;

  g_return_val_if_fail (url != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_NETWORK,
                   _("“%s” is not a web address Lectern can open."), url);
      return NULL;
    }
  host = g_uri_get_host (uri);

  session = soup_session_new_with_options ("timeout", timeout_seconds,
                                           "idle-timeout", timeout_seconds,
                                           "user-agent", "Lectern/" PACKAGE_VERSION " ",
                                           NULL);
  message = soup_message_new_from_uri ("GET", uri);
  soup_message_headers_append (soup_message_get_request_headers (message), "Accept",
                               "text/html,application/xhtml+xml,text/markdown;q=0.9,"
                               "text/plain;q=0.8,*/*;q=0.5");

  deadline = g_get_monotonic_time () + (gint64) timeout_seconds * G_USEC_PER_SEC;
  stream = soup_session_send (session, message, cancellable, &local_error);
  if (stream == NULL)
    {
      set_network_error (error, local_error, url, host, timeout_seconds);
      return NULL;
    }

  status = soup_message_get_status (message);
  if (status < 200 || status >= 300)
    {
      set_http_error (error, url, status, soup_message_get_reason_phrase (message));
      return NULL;
    }

  headers = soup_message_get_response_headers (message);
  expected = soup_message_headers_get_content_length (headers);
  if (expected > max_bytes)
    {
      set_too_big (error, url, max_bytes);
      return NULL;
    }

  body = g_byte_array_sized_new (expected > 0 ? (guint) expected : CHUNK_BYTES);
  chunk = g_malloc (CHUNK_BYTES);
  for (;;)
    {
      gssize n = g_input_stream_read (stream, chunk, CHUNK_BYTES, cancellable, &local_error);

      if (n < 0)
        {
          set_network_error (error, local_error, url, host, timeout_seconds);
          return NULL;
        }
      if (n == 0)
        break;
      if ((gint64) body->len + n > max_bytes)
        {
          set_too_big (error, url, max_bytes);
          return NULL;
        }
      g_byte_array_append (body, chunk, n);
      if (progress != NULL)
        progress (body->len, MAX (expected, 0), progress_data);
      /* A server that trickles bytes never trips the I/O timeout. */
      if (g_get_monotonic_time () > deadline)
        {
          g_set_error (error, LECTERN_SOURCE_ERROR, LECTERN_SOURCE_ERROR_NETWORK,
                       _("%s took longer than %u seconds to send the page."), host,
                       timeout_seconds);
          return NULL;
        }
    }
  g_input_stream_close (stream, NULL, NULL);

  content_type = soup_message_headers_get_content_type (headers, &params);
  if (out_content_type != NULL)
    *out_content_type = g_strdup (content_type);
  if (out_charset != NULL)
    *out_charset = params != NULL ? g_strdup (g_hash_table_lookup (params, "charset")) : NULL;
  if (out_final_url != NULL)
    *out_final_url = g_uri_to_string (soup_message_get_uri (message));
  g_clear_pointer (&params, g_hash_table_unref);

  return g_byte_array_free_to_bytes (g_steal_pointer (&body));
}
