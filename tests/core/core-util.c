/* core-util.c: helpers the core tests share
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "core-util.h"

#include <glib/gstdio.h>

void
core_util_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        core_util_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

void
store_fixture_set_up (StoreFixture  *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("lectern-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "library.db", NULL);
  fixture->store = lectern_store_new (fixture->path, &error);
  g_assert_no_error (error);
}

void
store_fixture_tear_down (StoreFixture  *fixture,
                         gconstpointer  user_data)
{
  g_clear_object (&fixture->store);
  core_util_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}
