// zlib's default compression level, lowered to 1 for this process.
//
// cairo 1.16 compresses every PDF stream (page content, font subsets, ToUnicode maps) with
// deflateInit(stream, Z_DEFAULT_COMPRESSION), which is level 6, and has no setting for it. At level 6
// zlib was a large share of a personalised werkblad's instructions; level 1 is measurably faster for
// slightly larger files (the figures are in BENCHMARKS.md). Text and fonts do not change: only how
// hard zlib looks for repeats.
//
// deflateInit() is a macro for deflateInit_(), which libcairo imports from libz. A definition in the
// executable comes first in the dynamic linker's search order, so cairo's calls arrive here (ELF symbol
// interposition; the link exports the symbol because libcairo, linked in, refers to it). An explicit
// level is passed on unchanged: only "the default" is redefined. On platforms without interposition
// (macOS' two-level namespace) cairo simply keeps level 6.
#include <zlib.h>
#include "zlib_default_level.h"

enum { default_level = 1 };

int deflateInit_(z_streamp stream, int level, const char *version, int stream_size) {
    if (level == Z_DEFAULT_COMPRESSION) level = default_level;
    // The values deflateInit_ itself passes on (zlib 1.2.x, deflate.c): 15-bit window, memLevel 8.
    return deflateInit2_(stream, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, stream_size);
}
