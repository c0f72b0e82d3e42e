/* core-util.h: helpers the core tests share
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lectern-store.h"

/* A library of the test's own, open, in a fresh temporary folder. */
typedef struct
{
  char         *dir;
  char         *path;
  LecternStore *store;
} StoreFixture;

void store_fixture_set_up      (StoreFixture  *fixture,
                                gconstpointer  user_data);
/* Closes the library, then deletes the folder and all it holds. */
void store_fixture_tear_down   (StoreFixture  *fixture,
                                gconstpointer  user_data);

/* Deletes `path` and everything below it. */
void core_util_remove_tree     (const char    *path);
