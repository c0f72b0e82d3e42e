/* lectern-locks.c: SQLite's locks that survive other code closing our files
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite's unix VFS locks with POSIX advisory locks (fcntl F_SETLK). Those
 * belong to the process, and the kernel drops all of them on a file when
 * the process closes *any* descriptor of that file (SQLite's "How to
 * corrupt", 2.2). GTK's file chooser opens and closes the files of the
 * folder it shows, the library among them: the app then holds no lock,
 * the next lectern-cli believes it is alone, checkpoints and deletes the
 * -wal and -shm files, and the app goes on writing into deleted files.
 *
 * Linux open-file-description (OFD) locks conflict with POSIX locks of
 * other processes exactly as POSIX locks do, but belong to the open file
 * description: closing another descriptor leaves them alone. So for the
 * files of our libraries (the database and its -shm), SQLite's fcntl is
 * swapped (xSetSystemCall) for one that takes OFD locks.
 *
 * Checked against the unix VFS of SQLite 3.40: every lock goes through
 * osFcntl with F_SETLK (F_SETLKW only with SQLITE_ENABLE_SETLK_TIMEOUT) or
 * F_GETLK. Database locks are taken on the connection's own descriptor;
 * all -shm locks of a process go through the one descriptor of its shared
 * unixShmNode, and SQLite never unlocks through another descriptor than
 * the one it locked with while one connection has the file open. With
 * several connections on one file in one process, SQLite may unlock
 * through another connection's descriptor; an OFD lock then lingers until
 * the descriptors are closed, which can only make a write wait (busy), and
 * only in rollback-journal mode (Lectern writes in WAL mode, where the
 * database file keeps one shared lock). The app has one connection.
 * LECTERN_POSIX_LOCKS=1 turns this off.
 */

#define _GNU_SOURCE
#define G_LOG_DOMAIN "lectern-locks"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/stat.h>

#include <sqlite3.h>

#include "lectern-locks-private.h"

#include <glib/gstdio.h>

typedef struct
{
  char  *path;
  char  *shm_path;
  guint  refs;
} Library;

static GMutex libraries_lock;
static GPtrArray *libraries;
static sqlite3_syscall_ptr real_fcntl;
static gboolean installed;

typedef int (*FcntlFunc) (int, int, ...);

static void
library_free (gpointer pointer)
{
  Library *library = pointer;

  g_free (library->path);
  g_free (library->shm_path);
  g_free (library);
}

static gboolean
same_file (const struct stat *st,
           const char        *path)
{
  struct stat other;

  return stat (path, &other) == 0 && other.st_dev == st->st_dev && other.st_ino == st->st_ino;
}

/* Whether `fd` is the database or -shm file of a registered library. By
 * inode, so any name of the file matches, and a file replaced under the
 * same name does not. */
static gboolean
fd_is_library (int fd)
{
  g_autoptr(GMutexLocker) locker = NULL;
  struct stat st;
  int saved_errno = errno;
  gboolean found = FALSE;

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      errno = saved_errno;
      return FALSE;
    }

  locker = g_mutex_locker_new (&libraries_lock);
  for (guint i = 0; libraries != NULL && i < libraries->len && !found; i++)
    {
      Library *library = g_ptr_array_index (libraries, i);

      found = same_file (&st, library->path) || same_file (&st, library->shm_path);
    }

  errno = saved_errno;
  return found;
}

static int
ofd_fcntl (int fd,
           int cmd,
           ...)
{
  FcntlFunc call = (FcntlFunc) real_fcntl;
  va_list args;
  void *arg;

  /* SQLite passes a pointer (locks) or an int (F_SETFD); reading either as
   * a pointer-sized argument is what fcntl itself does. */
  va_start (args, cmd);
  arg = va_arg (args, void *);
  va_end (args);

  if ((cmd == F_SETLK || cmd == F_SETLKW || cmd == F_GETLK) && fd_is_library (fd))
    {
      struct flock *lock = arg;
      struct flock ofd = *lock;
      int ofd_cmd = cmd == F_SETLK ? F_OFD_SETLK : cmd == F_SETLKW ? F_OFD_SETLKW : F_OFD_GETLK;
      int rc;

      /* The kernel requires l_pid 0 for OFD locks. */
      ofd.l_pid = 0;
      rc = call (fd, ofd_cmd, &ofd);
      if (rc == 0 && cmd == F_GETLK)
        *lock = ofd;
      /* A kernel older than 3.15 knows no OFD locks: POSIX ones, then. */
      if (rc == 0 || errno != EINVAL)
        return rc;
    }

  return call (fd, cmd, arg);
}

void
lectern_locks_install (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      sqlite3_vfs *vfs = sqlite3_vfs_find (NULL);
      const char *env = g_getenv ("LECTERN_POSIX_LOCKS");

      if (env != NULL && g_str_equal (env, "1"))
        g_debug ("LECTERN_POSIX_LOCKS=1: keeping SQLite's POSIX locks");
      else if (vfs == NULL || vfs->iVersion < 3 || vfs->xGetSystemCall == NULL
               || (real_fcntl = vfs->xGetSystemCall (vfs, "fcntl")) == NULL)
        g_debug ("The SQLite VFS has no fcntl to replace");
      else if (vfs->xSetSystemCall (vfs, "fcntl", (sqlite3_syscall_ptr) ofd_fcntl) != SQLITE_OK)
        g_debug ("The SQLite VFS refused a replacement fcntl");
      else
        installed = TRUE;
      g_once_init_leave (&once, 1);
    }
}

gboolean
lectern_locks_are_ofd (void)
{
  return installed;
}

void
lectern_locks_register (const char *path)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  Library *library;

  locker = g_mutex_locker_new (&libraries_lock);
  if (libraries == NULL)
    libraries = g_ptr_array_new_with_free_func (library_free);

  for (guint i = 0; i < libraries->len; i++)
    {
      library = g_ptr_array_index (libraries, i);
      if (g_str_equal (library->path, absolute))
        {
          library->refs++;
          return;
        }
    }

  library = g_new0 (Library, 1);
  library->path = g_steal_pointer (&absolute);
  library->shm_path = g_strconcat (library->path, "-shm", NULL);
  library->refs = 1;
  g_ptr_array_add (libraries, library);
}

void
lectern_locks_unregister (const char *path)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);

  locker = g_mutex_locker_new (&libraries_lock);
  for (guint i = 0; libraries != NULL && i < libraries->len; i++)
    {
      Library *library = g_ptr_array_index (libraries, i);

      if (g_str_equal (library->path, absolute))
        {
          if (--library->refs == 0)
            g_ptr_array_remove_index_fast (libraries, i);
          return;
        }
    }
}
