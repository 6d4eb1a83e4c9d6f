#ifndef ZLIB_DEFAULT_LEVEL_H
#define ZLIB_DEFAULT_LEVEL_H

/// The compression level this process uses where a zlib caller asks for Z_DEFAULT_COMPRESSION.
/// See deflate_default_level.c: cairo asks for the default for every PDF stream it writes.
int materialen_zlib_default_level(void);

#endif
