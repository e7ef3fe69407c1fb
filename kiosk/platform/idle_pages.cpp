#include "platform/idle_pages.h"

#include <elf.h>
#include <link.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <vector>

// Why no library does this: where an object's tables lie is in its dynamic section (the ELF
// gABI's DT_* entries), which the loader hands over through dl_iterate_phdr, and giving pages
// back is one madvise; nothing in Debian wraps the two.

namespace kiosk::platform {
namespace {

struct AddressRange {
    std::uintptr_t begin = 0;
    std::uintptr_t end = 0;
};

std::uintptr_t pageSize() {
    static const auto size = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    return size;
}

const ElfW(Dyn) * dynamicSectionOf(const dl_phdr_info& object) {
    for (ElfW(Half) i = 0; i < object.dlpi_phnum; ++i) {
        if (object.dlpi_phdr[i].p_type == PT_DYNAMIC)
            return reinterpret_cast<const ElfW(Dyn)*>(object.dlpi_addr + object.dlpi_phdr[i].p_vaddr);
    }
    return nullptr;
}

// An object whose read-only segments the loader wrote to (text relocations) has pages in them
// that are not the file's: nothing of it is given back.
bool hasTextRelocations(const ElfW(Dyn) * dynamic) {
    for (const ElfW(Dyn)* entry = dynamic; entry->d_tag != DT_NULL; ++entry) {
        if (entry->d_tag == DT_TEXTREL) return true;
        if (entry->d_tag == DT_FLAGS && (entry->d_un.d_val & DF_TEXTREL) != 0) return true;
    }
    return false;
}

// The dynamic section's addresses: glibc rewrites most of them to absolute ones when it links an
// object, but not every object's; an address below the object's base is still relative to it.
std::uintptr_t absoluteAddress(const dl_phdr_info& object, std::uintptr_t address) {
    return address < object.dlpi_addr ? object.dlpi_addr + address : address;
}

// The number of dynamic symbols, which the dynamic section does not state: the SysV hash table
// holds it; in the GNU one it is where the last chain ends.
std::size_t dynamicSymbolCount(const std::uint32_t* sysvHash, const std::uint32_t* gnuHash) {
    if (sysvHash != nullptr) return sysvHash[1];
    if (gnuHash == nullptr) return 0;
    const std::uint32_t bucketCount = gnuHash[0];
    const std::uint32_t firstSymbol = gnuHash[1];
    const std::uint32_t bloomWords = gnuHash[2];
    const auto* bloom = reinterpret_cast<const ElfW(Addr)*>(gnuHash + 4);
    const auto* buckets = reinterpret_cast<const std::uint32_t*>(bloom + bloomWords);
    const std::uint32_t* chains = buckets + bucketCount;
    std::uint32_t last = 0;
    for (std::uint32_t i = 0; i < bucketCount; ++i) last = std::max(last, buckets[i]);
    if (last < firstSymbol) return firstSymbol;
    while ((chains[last - firstSymbol] & 1U) == 0) ++last;
    return last + 1;
}

std::size_t gnuHashBytes(const std::uint32_t* gnuHash, std::size_t symbolCount) {
    const std::uint32_t bucketCount = gnuHash[0];
    const std::uint32_t firstSymbol = gnuHash[1];
    const std::uint32_t bloomWords = gnuHash[2];
    const std::size_t chained = symbolCount > firstSymbol ? symbolCount - firstSymbol : 0;
    return 16 + bloomWords * sizeof(ElfW(Addr)) + (bucketCount + chained) * sizeof(std::uint32_t);
}

std::vector<AddressRange> loaderTablesOf(const dl_phdr_info& object, const ElfW(Dyn) * dynamic) {
    std::uintptr_t relocations = 0;
    std::uintptr_t relocationsSize = 0;
    std::uintptr_t names = 0;
    std::uintptr_t namesSize = 0;
    std::uintptr_t symbols = 0;
    std::uintptr_t symbolSize = sizeof(ElfW(Sym));
    std::uintptr_t versions = 0;
    const std::uint32_t* sysvHash = nullptr;
    const std::uint32_t* gnuHash = nullptr;
    for (const ElfW(Dyn)* entry = dynamic; entry->d_tag != DT_NULL; ++entry) {
        const std::uintptr_t value = entry->d_un.d_val;
        switch (entry->d_tag) {
            case DT_RELA: relocations = absoluteAddress(object, value); break;
            case DT_RELASZ: relocationsSize = value; break;
            case DT_STRTAB: names = absoluteAddress(object, value); break;
            case DT_STRSZ: namesSize = value; break;
            case DT_SYMTAB: symbols = absoluteAddress(object, value); break;
            case DT_SYMENT: symbolSize = value; break;
            case DT_VERSYM: versions = absoluteAddress(object, value); break;
            case DT_HASH: sysvHash = reinterpret_cast<const std::uint32_t*>(absoluteAddress(object, value)); break;
            case DT_GNU_HASH: gnuHash = reinterpret_cast<const std::uint32_t*>(absoluteAddress(object, value)); break;
            default: break;
        }
    }
    const std::size_t symbolCount = dynamicSymbolCount(sysvHash, gnuHash);
    std::vector<AddressRange> tables;
    tables.reserve(6);
    if (relocations != 0) tables.push_back({relocations, relocations + relocationsSize});
    if (names != 0) tables.push_back({names, names + namesSize});
    if (symbols != 0) tables.push_back({symbols, symbols + symbolCount * symbolSize});
    if (versions != 0) tables.push_back({versions, versions + symbolCount * sizeof(ElfW(Half))});
    if (sysvHash != nullptr) {
        const auto begin = reinterpret_cast<std::uintptr_t>(sysvHash);
        tables.push_back({begin, begin + (2 + sysvHash[0] + sysvHash[1]) * sizeof(std::uint32_t)});
    }
    if (gnuHash != nullptr) {
        const auto begin = reinterpret_cast<std::uintptr_t>(gnuHash);
        tables.push_back({begin, begin + gnuHashBytes(gnuHash, symbolCount)});
    }
    return tables;
}

// The range's whole pages, if they lie in one read-only loaded segment outside the RELRO part
// (read-only once linked, but written while linking); empty otherwise.
AddressRange wholeReadOnlyPages(const dl_phdr_info& object, AddressRange range) {
    const AddressRange pages{(range.begin + pageSize() - 1) & ~(pageSize() - 1), range.end & ~(pageSize() - 1)};
    if (pages.end <= pages.begin) return {};
    bool inReadOnlySegment = false;
    for (ElfW(Half) i = 0; i < object.dlpi_phnum; ++i) {
        const ElfW(Phdr)& segment = object.dlpi_phdr[i];
        const std::uintptr_t begin = object.dlpi_addr + segment.p_vaddr;
        const std::uintptr_t end = begin + segment.p_memsz;
        if (segment.p_type == PT_GNU_RELRO && pages.begin < end && begin < pages.end) return {};
        if (segment.p_type == PT_LOAD && (segment.p_flags & PF_W) == 0 && begin <= pages.begin && pages.end <= end)
            inReadOnlySegment = true;
    }
    return inReadOnlySegment ? pages : AddressRange{};
}

// Gives the object's pages back and counts them. Called once every range is known: the headers
// and tables the walk reads lie in these pages too, and reading one after it went back would map
// it (and, by the kernel's fault-around, its neighbours) back at once.
void giveBack(const std::vector<AddressRange>& ranges, GivenBackPages& total) {
    std::size_t bytes = 0;
    for (const AddressRange& pages : ranges) {
        if (pages.end <= pages.begin) continue;
        // NOLINTNEXTLINE(performance-no-int-to-ptr): the loader's addresses, handed to the kernel
        if (madvise(reinterpret_cast<void*>(pages.begin), pages.end - pages.begin, MADV_DONTNEED) == 0)
            bytes += pages.end - pages.begin;
    }
    if (bytes == 0) return;
    total.bytes += bytes;
    ++total.objects;
}

// The objects a walk gives pages of: not the vDSO (the kernel's, mapped specially), nor one with
// text relocations.
const ElfW(Dyn) * eligibleDynamicSection(const dl_phdr_info& object) {
    if (std::string_view(object.dlpi_name).starts_with("linux-vdso")) return nullptr;
    const ElfW(Dyn)* dynamic = dynamicSectionOf(object);
    if (dynamic == nullptr || hasTextRelocations(dynamic)) return nullptr;
    return dynamic;
}

int giveBackTablesOf(dl_phdr_info* object, std::size_t /*size*/, void* total) {
    const ElfW(Dyn)* dynamic = eligibleDynamicSection(*object);
    if (dynamic == nullptr) return 0;
    std::vector<AddressRange> pages = loaderTablesOf(*object, dynamic);
    for (AddressRange& table : pages) table = wholeReadOnlyPages(*object, table);
    giveBack(pages, *static_cast<GivenBackPages*>(total));
    return 0;
}

struct SegmentWalk {
    std::string_view fileNamePrefix;
    GivenBackPages total;
};

int giveBackReadOnlySegmentsOf(dl_phdr_info* object, std::size_t /*size*/, void* walkPointer) {
    auto& walk = *static_cast<SegmentWalk*>(walkPointer);
    const std::string_view path(object->dlpi_name);
    const std::size_t slash = path.rfind('/');
    const std::string_view fileName = slash == std::string_view::npos ? path : path.substr(slash + 1);
    if (walk.fileNamePrefix.empty() || !fileName.starts_with(walk.fileNamePrefix)) return 0;
    if (eligibleDynamicSection(*object) == nullptr) return 0;
    std::vector<AddressRange> pages;
    pages.reserve(object->dlpi_phnum);
    for (ElfW(Half) i = 0; i < object->dlpi_phnum; ++i) {
        const ElfW(Phdr)& segment = object->dlpi_phdr[i];
        if (segment.p_type != PT_LOAD || (segment.p_flags & PF_W) != 0) continue;
        const std::uintptr_t begin = object->dlpi_addr + segment.p_vaddr;
        pages.push_back(wholeReadOnlyPages(*object, {begin, begin + segment.p_memsz}));
    }
    giveBack(pages, walk.total);
    return 0;
}

}  // namespace

GivenBackPages giveBackLoaderTables() {
    GivenBackPages total;
    dl_iterate_phdr(&giveBackTablesOf, &total);
    return total;
}

GivenBackPages giveBackReadOnlySegments(std::string_view fileNamePrefix) {
    SegmentWalk walk{fileNamePrefix, {}};
    dl_iterate_phdr(&giveBackReadOnlySegmentsOf, &walk);
    return walk.total;
}

}  // namespace kiosk::platform
