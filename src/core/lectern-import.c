/* lectern-import.c: decoding text files into stories
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-import"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lectern-import.h"
#include "lectern-memory-private.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

/* Titles longer than this are cut at a word boundary. */
#define TITLE_MAX_CHARS 200

G_DEFINE_QUARK (lectern-import-error-quark, lectern_import_error)

typedef struct
{
  const char *magic;
  gsize       len;
} Magic;

/* Formats people drop on a text reader by mistake. */
static const Magic binary_magics[] = {
  { "\x89PNG\r\n\x1a\n", 8 },
  { "\xff\xd8\xff", 3 },       /* JPEG */
  { "GIF87a", 6 },
  { "GIF89a", 6 },
  { "%PDF-", 5 },
  { "PK\x03\x04", 4 },         /* ZIP, and so .docx, .odt, .epub */
  { "PK\x05\x06", 4 },         /* empty ZIP */
  { "\x7f" "ELF", 4 },
  { "\x1f\x8b", 2 },           /* gzip */
};

typedef enum
{
  DECODE_OK,
  DECODE_EMPTY,
  DECODE_BINARY,
  DECODE_ENCODING,
} DecodeResult;

static gboolean
has_prefix (const guchar *data,
            gsize         len,
            const char   *prefix,
            gsize         prefix_len)
{
  return len >= prefix_len && memcmp (data, prefix, prefix_len) == 0;
}

/* Counts how the bytes that are not valid UTF-8 are spread: a file mixing
 * UTF-8 sequences and stray Windows-1252 bytes has been damaged by an editor,
 * and guessing would garble one half of it. */
static void
count_high_bytes (const guchar *data,
                  gsize         len,
                  gsize        *out_utf8_sequences,
                  gsize        *out_invalid)
{
  gsize i = 0;

  *out_utf8_sequences = 0;
  *out_invalid = 0;

  while (i < len)
    {
      gunichar c;

      if (data[i] < 0x80)
        {
          i++;
          continue;
        }

      c = g_utf8_get_char_validated ((const char *) data + i, (gssize) MIN (len - i, 4));
      if (c != (gunichar) -1 && c != (gunichar) -2)
        {
          (*out_utf8_sequences)++;
          i += g_utf8_skip[data[i]];
        }
      else
        {
          (*out_invalid)++;
          i++;
        }
    }
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0xFEFF && c != 0x00A0 && c != 0x200B)
        return FALSE;
    }

  return TRUE;
}

/* Decodes `data` to UTF-8 text exactly as the file holds it: only a byte
 * order mark is removed, so offsets match what other tools see. */
static DecodeResult
decode (const guchar  *data,
        gsize          len,
        char         **out_text,
        const char   **out_encoding)
{
  gsize controls = 0;
  gsize utf8_sequences, invalid;
  gboolean c1 = FALSE;
  g_autofree char *text = NULL;

  *out_text = NULL;
  *out_encoding = NULL;

  if (len == 0)
    return DECODE_EMPTY;

  /* UTF-16 is full of NUL bytes, so it goes before the binary checks. */
  if (has_prefix (data, len, "\xff\xfe", 2) || has_prefix (data, len, "\xfe\xff", 2))
    {
      gboolean le = data[0] == 0xff;
      const char *encoding = le ? "UTF-16LE" : "UTF-16BE";
      gsize written = 0;

      if ((len - 2) % 2 != 0)
        return DECODE_ENCODING;
      text = g_convert ((const char *) data + 2, len - 2, "UTF-8", encoding, NULL, &written,
                        NULL);
      if (text == NULL)
        return DECODE_ENCODING;
      /* U+0000 is no text, as a NUL byte in UTF-8 is not: C strings would
       * silently end there. */
      if (memchr (text, '\0', written) != NULL)
        return DECODE_BINARY;
      *out_encoding = encoding;
      goto done;
    }

  for (guint i = 0; i < G_N_ELEMENTS (binary_magics); i++)
    if (has_prefix (data, len, binary_magics[i].magic, binary_magics[i].len))
      return DECODE_BINARY;

  for (gsize i = 0; i < len; i++)
    {
      guchar b = data[i];

      if (b == 0)
        return DECODE_BINARY;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1b)
        controls++;
    }
  /* Text has almost no control characters; programs and data have many. */
  if (controls > 4 && controls * 100 > len)
    return DECODE_BINARY;

  if (has_prefix (data, len, "\xef\xbb\xbf", 3))
    {
      data += 3;
      len -= 3;
    }

  if (g_utf8_validate ((const char *) data, len, NULL))
    {
      text = g_strndup ((const char *) data, len);
      *out_encoding = "UTF-8";
      goto done;
    }

  count_high_bytes (data, len, &utf8_sequences, &invalid);
  if (utf8_sequences >= 2 && utf8_sequences * 4 >= invalid)
    return DECODE_ENCODING;

  for (gsize i = 0; i < len; i++)
    {
      /* Bytes Windows-1252 leaves undefined: this is not Western text. */
      if (data[i] == 0x81 || data[i] == 0x8d || data[i] == 0x8f || data[i] == 0x90
          || data[i] == 0x9d)
        return DECODE_ENCODING;
      if (data[i] >= 0x80 && data[i] <= 0x9f)
        c1 = TRUE;
    }

  text = g_convert ((const char *) data, len, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
  if (text == NULL)
    return DECODE_ENCODING;
  /* Without 0x80–0x9f bytes Latin-1 and Windows-1252 agree; name the
   * stricter one so the notice is accurate. */
  *out_encoding = c1 ? "WINDOWS-1252" : "ISO-8859-1";

done:
  if (is_blank (text))
    return DECODE_EMPTY;

  *out_text = g_steal_pointer (&text);
  return DECODE_OK;
}

/* The first non-empty line, trimmed and cut to a sensible length. */
static char *
title_from_text (const char *text)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *eol = strchr (p, '\n');
      g_autofree char *line = NULL;

      if (eol == NULL)
        eol = p + strlen (p);
      line = g_strndup (p, eol - p);
      g_strstrip (line);
      /* g_strstrip leaves a UTF-8 BOM or NBSP; is_blank covers those. */
      if (!is_blank (line))
        {
          if (g_utf8_strlen (line, -1) > TITLE_MAX_CHARS)
            {
              char *cut = g_utf8_offset_to_pointer (line, TITLE_MAX_CHARS - 1);
              char *space;

              *cut = '\0';
              space = strrchr (line, ' ');
              if (space != NULL && space - line > TITLE_MAX_CHARS / 2)
                *space = '\0';
              g_strchomp (line);
              return g_strconcat (line, "…", NULL);
            }
          return g_steal_pointer (&line);
        }

      p = *eol != '\0' ? eol + 1 : eol;
    }

  return NULL;
}

static LecternStory *
import_named (GBytes      *bytes,
              const char  *source,
              const char  *fallback_title,
              const char  *display_name,
              GError     **error)
{
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  const char *encoding;
  gsize len;
  const guchar *data = g_bytes_get_data (bytes, &len);
  LecternStory *story;

  switch (decode (data, len, &text, &encoding))
    {
    case DECODE_OK:
      break;
    case DECODE_EMPTY:
      g_set_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_EMPTY,
                   _("“%s” is empty."), display_name);
      return NULL;
    case DECODE_BINARY:
      g_set_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_BINARY,
                   _("“%s” looks like a binary file (an image or a program), not text."),
                   display_name);
      return NULL;
    case DECODE_ENCODING:
    default:
      g_set_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_ENCODING,
                   _("“%s” is not text in an encoding Lectern can read (UTF-8, UTF-16, "
                     "Windows-1252 or Latin-1)."),
                   display_name);
      return NULL;
    }

  title = title_from_text (text);
  if (title == NULL)
    title = g_strdup (fallback_title != NULL ? fallback_title : _("Untitled story"));

  story = lectern_story_new (title, source, text);
  g_free (story->encoding);
  story->encoding = g_strdup (encoding);

  return story;
}

/**
 * lectern_import_bytes:
 * @bytes: the raw file contents
 * @source: (nullable): where they came from
 * @fallback_title: (nullable): the title when the text has none
 * @error: return location for a #LECTERN_IMPORT_ERROR
 *
 * Returns: (transfer full) (nullable): an unsaved story whose `encoding`
 *   field names the encoding that was detected.
 */
LecternStory *
lectern_import_bytes (GBytes      *bytes,
                      const char  *source,
                      const char  *fallback_title,
                      GError     **error)
{
  const char *name;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = fallback_title != NULL ? fallback_title : source != NULL ? source : _("The text");
  return import_named (bytes, source, fallback_title, name, error);
}

static char *
basename_without_extension (const char *basename)
{
  const char *dot = strrchr (basename, '.');

  if (dot == NULL || dot == basename)
    return g_strdup (basename);

  return g_strndup (basename, dot - basename);
}

static void
set_too_big_error (GError     **error,
                   const char  *display_name,
                   gint64       size,
                   gint64       max_bytes)
{
  g_autofree char *limit = g_format_size (max_bytes);

  if (size > 0)
    {
      g_autofree char *size_text = g_format_size (size);

      g_set_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_TOO_BIG,
                   _("“%s” is too big (%s). Lectern opens text files up to %s."),
                   display_name, size_text, limit);
    }
  else
    {
      g_set_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_TOO_BIG,
                   _("“%s” is too big. Lectern opens text files up to %s."), display_name, limit);
    }
}

static void
set_read_error (GError     **error,
                const char  *display_name,
                const char  *message)
{
  g_set_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_READ,
               _("Could not read “%s”: %s"), display_name, message);
}

static void
set_not_regular_error (GError     **error,
                       const char  *display_name)
{
  g_set_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_READ,
               _("“%s” is not a regular file (it is a pipe, a device or a socket); Lectern "
                 "reads only files."), display_name);
}

/* Reads at most max_bytes + 1 bytes of a stream in steps, so that nothing
 * (a file that grows, /dev/zero behind a symlink) makes us read more. */
static GBytes *
read_bounded (GInputStream  *stream,
              const char    *display_name,
              gint64         max_bytes,
              gint64         size_hint,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GByteArray) data = NULL;
  g_autoptr(GError) local_error = NULL;
  guint8 chunk[64 * 1024];

  data = g_byte_array_sized_new (size_hint > 0 && size_hint <= max_bytes ? size_hint + 1 : 0);
  for (;;)
    {
      gssize n = g_input_stream_read (stream, chunk, sizeof chunk, cancellable, &local_error);

      if (n < 0)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            set_read_error (error, display_name, local_error->message);
          return NULL;
        }
      if (n == 0)
        break;
      if ((gint64) data->len + n > max_bytes)
        {
          set_too_big_error (error, display_name, 0, max_bytes);
          return NULL;
        }
      g_byte_array_append (data, chunk, n);
    }

  /* The NUL after the data (see lectern_import_read_file()). */
  g_byte_array_append (data, (const guint8 *) "", 1);
  g_byte_array_set_size (data, data->len - 1);
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* Opens a local file without blocking: a FIFO with no writer would block
 * open() itself, before any fstat could refuse it. */
static int
open_local (const char   *path,
            const char   *display_name,
            gint64       *out_size,
            GError      **error)
{
  struct stat st = { 0, };
  int fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  int saved_errno = errno;

  if (fd < 0)
    {
      if (saved_errno == ENOENT)
        g_set_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_NOT_FOUND,
                     _("“%s” does not exist."), display_name);
      else if (saved_errno == EISDIR)
        g_set_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_READ,
                     _("“%s” is a folder, not a text file."), display_name);
      else
        set_read_error (error, display_name, g_strerror (saved_errno));
      return -1;
    }

  /* The kind of what was actually opened, not of what the name pointed
   * to a moment earlier. */
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      if (S_ISDIR (st.st_mode))
        g_set_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_READ,
                     _("“%s” is a folder, not a text file."), display_name);
      else
        set_not_regular_error (error, display_name);
      close (fd);
      return -1;
    }

  *out_size = st.st_size;
  return fd;
}

/* read_bounded() for a file descriptor, which it closes. */
static GBytes *
read_fd_bounded (int            fd,
                 const char    *display_name,
                 gint64         max_bytes,
                 gint64         size_hint,
                 GCancellable  *cancellable,
                 GError       **error)
{
  /* Read straight into the result: a megabyte copied once more costs more
   * than reading it. Room for the size and one byte more, so that the read
   * that finds the end needs no more; and one for the NUL. */
  gsize cap = size_hint > 0 && size_hint <= max_bytes ? (gsize) size_hint + 2 : 64 * 1024;
  g_autofree guint8 *data = g_malloc (cap);
  gsize len = 0;

  /* The read fills it all. */
  lectern_prefault (data, cap);

  for (;;)
    {
      gssize n;

      if (len + 1 == cap)
        {
          cap = MIN (cap * 2, (gsize) max_bytes + 2);
          data = g_realloc (data, cap);
        }
      n = read (fd, data + len, cap - 1 - len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_read_error (error, display_name, g_strerror (errno));
          close (fd);
          return NULL;
        }
      if (n == 0)
        break;
      if ((gint64) (len + (gsize) n) > max_bytes)
        {
          set_too_big_error (error, display_name, 0, max_bytes);
          close (fd);
          return NULL;
        }
      len += (gsize) n;
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          close (fd);
          return NULL;
        }
    }

  close (fd);
  data[len] = '\0';
  return g_bytes_new_take (g_steal_pointer (&data), len);
}

/**
 * lectern_import_read_file:
 * @file: a file chosen by the user
 * @max_bytes: the most bytes to accept
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #LECTERN_IMPORT_ERROR
 *
 * Reads a regular file whole, refusing pipes, devices and sockets before
 * reading and files bigger than @max_bytes before reading (by their size)
 * and while reading (by what comes).
 *
 * Returns: (transfer full) (nullable): the contents, followed by a NUL
 *   byte that their size does not count (so text needs no copy).
 */
GBytes *
lectern_import_read_file (GFile         *file,
                          gint64         max_bytes,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autofree char *path = NULL;
  g_autofree char *display_name = NULL;
  gint64 size = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (max_bytes > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = g_file_get_parse_name (file);
  path = g_file_get_path (file);
  if (path != NULL)
    {
      int fd = open_local (path, display_name, &size, error);

      if (fd < 0)
        return NULL;
      if (size > max_bytes)
        {
          set_too_big_error (error, display_name, size, max_bytes);
          close (fd);
          return NULL;
        }
      return read_fd_bounded (fd, display_name, max_bytes, size, cancellable, error);
    }
  else
    {
      g_autoptr(GFileInfo) info = NULL;
      g_autoptr(GError) local_error = NULL;

      info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                                cancellable, &local_error);
      if (info == NULL)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
            g_set_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_NOT_FOUND,
                         _("“%s” does not exist."), display_name);
          else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            set_read_error (error, display_name, local_error->message);
          return NULL;
        }
      if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
        {
          set_not_regular_error (error, display_name);
          return NULL;
        }
      size = g_file_info_get_size (info);
      stream = G_INPUT_STREAM (g_file_read (file, cancellable, &local_error));
      if (stream == NULL)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            set_read_error (error, display_name, local_error->message);
          return NULL;
        }
    }

  /* Refused by its size before a byte of it is read. */
  if (size > max_bytes)
    {
      set_too_big_error (error, display_name, size, max_bytes);
      return NULL;
    }

  return read_bounded (stream, display_name, max_bytes, size, cancellable, error);
}

GBytes *
lectern_import_load_file (GFile         *file,
                          char         **out_display_name,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *parse_name = NULL;
  g_autofree char *basename = NULL;
  const char *display_name;
  GBytes *bytes;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  parse_name = g_file_get_parse_name (file);
  basename = g_file_get_basename (file);

  /* Stat first so a huge file is refused before a byte of it is read. */
  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_NOT_FOUND,
                     _("“%s” does not exist."), parse_name);
      else
        g_set_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_READ,
                     _("Could not read “%s”: %s"), parse_name, local_error->message);
      return NULL;
    }

  display_name = g_file_info_get_display_name (info);
  if (display_name == NULL)
    display_name = basename != NULL ? basename : parse_name;

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_READ,
                   _("“%s” is a folder, not a text file."), display_name);
      return NULL;
    }

  if (g_file_info_get_size (info) > LECTERN_IMPORT_MAX_BYTES)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (LECTERN_IMPORT_MAX_BYTES);

      g_set_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_TOO_BIG,
                   _("“%s” is too big (%s). Lectern opens text files up to %s."),
                   display_name, size, limit);
      return NULL;
    }

  /* Pipes, devices and a file that grew since are caught while reading. */
  bytes = lectern_import_read_file (file, LECTERN_IMPORT_MAX_BYTES, cancellable, error);
  if (bytes != NULL && out_display_name != NULL)
    *out_display_name = g_strdup (display_name);
  return bytes;
}

LecternStory *
lectern_import_file (GFile         *file,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *fallback = NULL;
  g_autofree char *source = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = lectern_import_load_file (file, &display_name, cancellable, error);
  if (bytes == NULL)
    return NULL;

  basename = g_file_get_basename (file);
  source = g_file_get_path (file);
  if (source == NULL)
    source = g_file_get_uri (file);
  fallback = basename_without_extension (basename != NULL ? basename : display_name);
  return import_named (bytes, source, fallback, display_name, error);
}

LecternStory *
lectern_import_text (const char  *text,
                     GError     **error)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_ENCODING,
                           _("The pasted text is not valid Unicode text."));
      return NULL;
    }
  if (is_blank (text))
    {
      g_set_error_literal (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_EMPTY,
                           _("The clipboard holds no text to read."));
      return NULL;
    }

  title = title_from_text (text);
  return lectern_story_new (title != NULL ? title : _("Untitled story"), "", text);
}
