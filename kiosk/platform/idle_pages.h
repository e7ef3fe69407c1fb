#pragma once

#include <cstddef>
#include <string_view>

// Pages of the libraries that only the start and llvmpipe's shader compiles read, given back to
// the kernel once the kiosk no longer reads them (the runner calls this when the screen is still:
// core/code_release_schedule.h).
//
// - Every loaded object's dynamic-linking tables (relocations, dynamic symbols, their names,
//   versions and hash tables): the loader reads them in full while it links the object, then
//   hardly ever again. 19 MB of the settled first screen (libLLVM's alone 13.5 MB).
// - The shader compiler's code and read-only data (libLLVM's read-only segment): llvmpipe runs it
//   only while it compiles a new shader variant — the first screen's shaders, a new screen's first
//   visit — and a still kiosk compiles nothing. 26–31 MB resident after the first screen's
//   compiles, of which the next compile maps back what it runs.
//
// Only whole pages inside a read-only, file-backed segment are given back (never the RELRO part,
// never an object with text relocations), so every page given back is the file's own: whoever
// reads one again (the loader, dlsym, a compile) gets it mapped back from the page cache,
// unchanged, for the cost of a minor fault. Safe from any thread at any time; the walk over the
// loaded objects holds the loader's lock. A walk reads each object's hash table again to size its
// symbol table (mapping a few of those pages back) and costs 0.6 ms once nothing is left to give
// back, 3.5 ms the first time (libLLVM loaded, these cores).
namespace kiosk::platform {

struct GivenBackPages {
    std::size_t bytes = 0;    // the pages' span (some of it may not have been mapped)
    std::size_t objects = 0;  // loaded objects with pages given back
};

// The dynamic-linking tables of every object loaded now.
GivenBackPages giveBackLoaderTables();
// The read-only segments of the loaded objects whose file name starts with `fileNamePrefix`
// ("libLLVM" for the shader compiler).
GivenBackPages giveBackReadOnlySegments(std::string_view fileNamePrefix);

}  // namespace kiosk::platform
