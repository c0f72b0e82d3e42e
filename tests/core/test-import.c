/* test-import.c
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "lectern-import.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("lectern-import-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

/* Writes `data` to a file in the fixture folder and imports it. */
static LecternStory *
import_data (Fixture     *fixture,
             const char  *name,
             const char  *data,
             gssize       len,
             GError     **error)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) write_error = NULL;

  g_file_set_contents (path, data, len, &write_error);
  g_assert_no_error (write_error);

  return lectern_import_file (file, NULL, error);
}

static void
assert_import_fails (Fixture    *fixture,
                     const char *data,
                     gssize      len,
                     int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = import_data (fixture, "bad.txt", data, len, &error);

  g_assert_null (story);
  g_assert_error (error, LECTERN_IMPORT_ERROR, code);
  /* Messages name the file, for people. */
  g_assert_nonnull (strstr (error->message, "bad.txt"));
}

static void
test_import_utf8 (Fixture       *fixture,
                  gconstpointer  user_data)
{
  const char *text = "Élysée : le président reçoit\n\nLe texte « complet », œuvre.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = import_data (fixture, "story.txt", text, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (story->text, ==, text);
  g_assert_cmpstr (story->title, ==, "Élysée : le président reçoit");
  g_assert_cmpstr (story->encoding, ==, "UTF-8");
  g_assert_cmpint (story->n_chars, ==, g_utf8_strlen (text, -1));
  g_assert_true (g_str_has_suffix (story->source, "story.txt"));
  g_assert_cmpint (story->id, ==, 0);
}

static void
test_import_utf8_bom (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = import_data (fixture, "bom.txt", "\xef\xbb\xbf" "Titre\r\nCorps.\r\n",
                                               -1, &error);

  g_assert_no_error (error);
  /* The BOM goes; CRLF stays, so offsets match the file. */
  g_assert_cmpstr (story->text, ==, "Titre\r\nCorps.\r\n");
  g_assert_cmpstr (story->title, ==, "Titre");
}

static void
test_import_windows_1252 (Fixture       *fixture,
                          gconstpointer  user_data)
{
  /* "L’été de l’œuvre – café" in Windows-1252: ’ = 0x92, œ = 0x9c, – = 0x96. */
  const char data[] = "L\x92" "\xe9t\xe9 de l\x92\x9cuvre \x96 caf\xe9\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = import_data (fixture, "cp1252.txt", data, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (story->text, ==, "L’été de l’œuvre – café\n");
  g_assert_cmpstr (story->encoding, ==, "WINDOWS-1252");
  g_assert_cmpstr (story->title, ==, "L’été de l’œuvre – café");
}

static void
test_import_latin1 (Fixture       *fixture,
                    gconstpointer  user_data)
{
  const char data[] = "Le gar\xe7on na\xefve \xe0 No\xebl\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = import_data (fixture, "latin1.txt", data, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (story->text, ==, "Le garçon naïve à Noël\n");
  g_assert_cmpstr (story->encoding, ==, "ISO-8859-1");
}

static void
test_import_utf16 (Fixture       *fixture,
                   gconstpointer  user_data)
{
  /* "Été\n" in UTF-16LE and UTF-16BE with their BOMs. */
  const char le[] = "\xff\xfe" "\xc9\x00" "t\x00" "\xe9\x00" "\n\x00";
  const char be[] = "\xfe\xff" "\x00\xc9" "\x00t" "\x00\xe9" "\x00\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story_le = import_data (fixture, "le.txt", le, sizeof le - 1, &error);
  g_autoptr(LecternStory) story_be = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (story_le->text, ==, "Été\n");
  g_assert_cmpstr (story_le->encoding, ==, "UTF-16LE");

  story_be = import_data (fixture, "be.txt", be, sizeof be - 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (story_be->text, ==, "Été\n");
  g_assert_cmpstr (story_be->encoding, ==, "UTF-16BE");
}

static void
test_import_empty (Fixture       *fixture,
                   gconstpointer  user_data)
{
  assert_import_fails (fixture, "", 0, LECTERN_IMPORT_ERROR_EMPTY);
  assert_import_fails (fixture, " \n\t\r\n  \n", -1, LECTERN_IMPORT_ERROR_EMPTY);
  assert_import_fails (fixture, "\xef\xbb\xbf\n\xc2\xa0\n", -1, LECTERN_IMPORT_ERROR_EMPTY);
}

static void
test_import_binary (Fixture       *fixture,
                    gconstpointer  user_data)
{
  const char nul[] = "Some text\0with a NUL byte\n";
  const char png[] = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";
  const char pdf[] = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n";
  const char elf[] = "\x7f" "ELF\x02\x01\x01";
  const char controls[] = "\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11 abc";

  assert_import_fails (fixture, nul, sizeof nul - 1, LECTERN_IMPORT_ERROR_BINARY);
  assert_import_fails (fixture, png, sizeof png - 1, LECTERN_IMPORT_ERROR_BINARY);
  assert_import_fails (fixture, pdf, sizeof pdf - 1, LECTERN_IMPORT_ERROR_BINARY);
  assert_import_fails (fixture, elf, sizeof elf - 1, LECTERN_IMPORT_ERROR_BINARY);
  assert_import_fails (fixture, controls, sizeof controls - 1, LECTERN_IMPORT_ERROR_BINARY);
}

static void
test_import_bad_encoding (Fixture       *fixture,
                          gconstpointer  user_data)
{
  /* UTF-8 "é" and "œ" next to a lone Windows-1252 "é": an editor mixed
   * two encodings, and any guess garbles half the text. */
  const char mixture[] = "caf\xc3\xa9 et \xc5\x93uvre, puis caf\xe9 et \xc3\xa0 demain\n";
  /* 0x81 and 0x8d are undefined in Windows-1252. */
  const char undefined[] = "abc \x81\x8d\x90 def\n";

  assert_import_fails (fixture, mixture, -1, LECTERN_IMPORT_ERROR_ENCODING);
  assert_import_fails (fixture, undefined, -1, LECTERN_IMPORT_ERROR_ENCODING);
}

static void
test_import_missing (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "nowhere.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = lectern_import_file (file, NULL, &error);

  g_assert_null (story);
  g_assert_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "nowhere.txt"));
}

static void
test_import_folder (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GFile) file = g_file_new_for_path (fixture->dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = lectern_import_file (file, NULL, &error);

  g_assert_null (story);
  g_assert_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_READ);
}

static void
test_import_too_big (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "huge.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = NULL;
  int fd;

  /* A sparse file: big by its size, no disk used, and never read. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, LECTERN_IMPORT_MAX_BYTES + 1), ==, 0);
  close (fd);

  story = lectern_import_file (file, NULL, &error);
  g_assert_null (story);
  g_assert_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_TOO_BIG);
}

static void
test_import_cancelled (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "story.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = NULL;

  g_file_set_contents (path, "Title\nText.\n", -1, &error);
  g_assert_no_error (error);
  g_cancellable_cancel (cancellable);
  story = lectern_import_file (file, cancellable, &error);
  g_assert_null (story);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_import_title (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GString) long_line = g_string_new ("\n\n   ");
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(LecternStory) pasted = NULL;
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; i < 60; i++)
    g_string_append (long_line, "mot long ");
  g_string_append (long_line, "\nSecond line.\n");

  story = import_data (fixture, "long.txt", long_line->str, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_utf8_strlen (story->title, -1), <=, 200);
  g_assert_true (g_str_has_prefix (story->title, "mot long mot"));
  g_assert_true (g_str_has_suffix (story->title, "…"));
  /* The text itself keeps its leading blank lines. */
  g_assert_cmpstr (story->text, ==, long_line->str);

  pasted = lectern_import_text ("  Collé depuis le presse-papiers  \nSuite.", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pasted->title, ==, "Collé depuis le presse-papiers");
  g_assert_cmpstr (pasted->source, ==, "");

  g_assert_null (lectern_import_text (" \n ", &error));
  g_assert_error (error, LECTERN_IMPORT_ERROR, LECTERN_IMPORT_ERROR_EMPTY);
  g_clear_error (&error);

  bytes = g_bytes_new_static ("Un titre\n", 9);
  g_clear_pointer (&story, lectern_story_unref);
  story = lectern_import_bytes (bytes, "memory", "Fallback", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (story->title, ==, "Un titre");
}

static void
test_import_seed (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GFile) file = g_file_new_for_path (SOURCE_DATADIR "/fr-seed.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = lectern_import_file (file, NULL, &error);
  g_autofree char *contents = NULL;

  g_assert_no_error (error);
  g_file_get_contents (SOURCE_DATADIR "/fr-seed.txt", &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (story->text, ==, contents);
  g_assert_true (g_str_has_prefix (story->title, "Le monde de l'intelligence artificielle"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/lectern/import/utf8", test_import_utf8);
  ADD ("/lectern/import/utf8-bom", test_import_utf8_bom);
  ADD ("/lectern/import/windows-1252", test_import_windows_1252);
  ADD ("/lectern/import/latin1", test_import_latin1);
  ADD ("/lectern/import/utf16", test_import_utf16);
  ADD ("/lectern/import/empty", test_import_empty);
  ADD ("/lectern/import/binary", test_import_binary);
  ADD ("/lectern/import/bad-encoding", test_import_bad_encoding);
  ADD ("/lectern/import/missing", test_import_missing);
  ADD ("/lectern/import/folder", test_import_folder);
  ADD ("/lectern/import/too-big", test_import_too_big);
  ADD ("/lectern/import/cancelled", test_import_cancelled);
  ADD ("/lectern/import/title", test_import_title);
  ADD ("/lectern/import/seed", test_import_seed);

  return g_test_run ();
}
