/* crash-shim.c: an LD_PRELOAD library that makes one write or sync fail
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For tools/crash-test. Counts the write(), pwrite(), pwrite64(), fsync()
 * and fdatasync() calls on files whose path contains LECTERN_FAIL_PATH
 * (the library's name: the database, its -wal and its -shm), and makes
 * call number LECTERN_FAIL_AT fail with LECTERN_FAIL_ERRNO (EIO by
 * default, or ENOSPC), and every later one too when LECTERN_FAIL_STICKY=1
 * (a disk that stays broken). LECTERN_FAIL_AT=0 only counts; the count is
 * written to LECTERN_FAIL_COUNT_FILE at exit.
 */

/* Both pwrite and pwrite64 are interposed: keep their names apart. */
#undef _FILE_OFFSET_BITS
#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static long calls;
static long fail_at = -1;
static int fail_errno = EIO;
static int sticky;
static const char *fail_path;

static void
shim_init (void)
{
  const char *at;
  const char *err;

  if (fail_at >= 0)
    return;
  at = getenv ("LECTERN_FAIL_AT");
  err = getenv ("LECTERN_FAIL_ERRNO");
  fail_path = getenv ("LECTERN_FAIL_PATH");
  sticky = getenv ("LECTERN_FAIL_STICKY") != NULL && strcmp (getenv ("LECTERN_FAIL_STICKY"), "1") == 0;
  fail_at = at != NULL ? atol (at) : 0;
  if (err != NULL && strcmp (err, "ENOSPC") == 0)
    fail_errno = ENOSPC;
}

static int
watched (int fd)
{
  char link[64];
  char target[PATH_MAX];
  ssize_t len;

  shim_init ();
  if (fail_path == NULL || *fail_path == '\0')
    return 0;
  snprintf (link, sizeof link, "/proc/self/fd/%d", fd);
  len = readlink (link, target, sizeof target - 1);
  if (len <= 0)
    return 0;
  target[len] = '\0';
  return strstr (target, fail_path) != NULL;
}

/* Whether this call must fail (and then sets errno). */
static int
should_fail (int fd)
{
  if (!watched (fd))
    return 0;
  calls++;
  if (fail_at > 0 && (calls == fail_at || (sticky && calls > fail_at)))
    {
      errno = fail_errno;
      return 1;
    }
  return 0;
}

typedef ssize_t (*WriteFunc) (int, const void *, size_t);
typedef ssize_t (*PwriteFunc) (int, const void *, size_t, off_t);
typedef ssize_t (*Pwrite64Func) (int, const void *, size_t, off64_t);
typedef int (*SyncFunc) (int);

#define REAL(name, type) \
  static type real_##name; \
  if (real_##name == NULL) \
    real_##name = (type) dlsym (RTLD_NEXT, #name)

ssize_t
write (int         fd,
       const void *buf,
       size_t      count)
{
  REAL (write, WriteFunc);
  if (should_fail (fd))
    return -1;
  return real_write (fd, buf, count);
}

ssize_t
pwrite (int         fd,
        const void *buf,
        size_t      count,
        off_t       offset)
{
  REAL (pwrite, PwriteFunc);
  if (should_fail (fd))
    return -1;
  return real_pwrite (fd, buf, count, offset);
}

ssize_t
pwrite64 (int         fd,
          const void *buf,
          size_t      count,
          off64_t     offset)
{
  REAL (pwrite64, Pwrite64Func);
  if (should_fail (fd))
    return -1;
  return real_pwrite64 (fd, buf, count, offset);
}

int
fsync (int fd)
{
  REAL (fsync, SyncFunc);
  if (should_fail (fd))
    return -1;
  return real_fsync (fd);
}

int
fdatasync (int fd)
{
  REAL (fdatasync, SyncFunc);
  if (should_fail (fd))
    return -1;
  return real_fdatasync (fd);
}

__attribute__ ((destructor)) static void
shim_report (void)
{
  const char *count_file = getenv ("LECTERN_FAIL_COUNT_FILE");
  FILE *out;

  if (count_file == NULL || (out = fopen (count_file, "w")) == NULL)
    return;
  fprintf (out, "%ld\n", calls);
  fclose (out);
}
