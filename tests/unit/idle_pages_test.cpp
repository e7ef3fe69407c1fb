// The pages only the start and the shader compiles read, given back (platform/idle_pages.h), in
// this test program's own libraries. Where the tables and segments lie is read here from the
// library files' section and program headers on disk — not from the dynamic sections the code
// under test reads — and whether a page is mapped, from the kernel (/proc/self/pagemap).
#include "platform/idle_pages.h"

#include <dlfcn.h>
#include <elf.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <link.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace kiosk::platform {
namespace {

struct Span {
    std::uintptr_t begin = 0;
    std::uintptr_t end = 0;
};

const std::uintptr_t kPage = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));

Span wholePagesOf(Span span) {
    return {(span.begin + kPage - 1) & ~(kPage - 1), span.end & ~(kPage - 1)};
}

// How many of the span's pages are mapped in this process now.
std::size_t mappedPages(Span span) {
    const int pagemap = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
    std::size_t mapped = 0;
    for (std::uintptr_t page = span.begin & ~(kPage - 1); page < span.end; page += kPage) {
        std::uint64_t entry = 0;
        const auto offset = static_cast<off_t>(page / kPage * sizeof entry);
        if (pread(pagemap, &entry, sizeof entry, offset) == static_cast<ssize_t>(sizeof entry) && (entry >> 63) != 0)
            ++mapped;
    }
    close(pagemap);
    return mapped;
}

struct LoadedLibrary {
    void* handle = nullptr;
    std::uintptr_t base = 0;
    std::map<std::string, Span> sections;  // by name, where they are mapped
    std::vector<Span> readOnlySegments;
    std::vector<Span> writableSegments;
};

// The library as this process has it, its sections read from the file it was loaded from.
LoadedLibrary loaded(const char* soname) {
    LoadedLibrary library;
    library.handle = dlopen(soname, RTLD_NOW | RTLD_NOLOAD);
    if (library.handle == nullptr) return library;
    link_map* map = nullptr;
    if (dlinfo(library.handle, RTLD_DI_LINKMAP, &map) != 0) return library;
    library.base = map->l_addr;
    std::ifstream file(map->l_name, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    Elf64_Ehdr header{};
    std::memcpy(&header, bytes.data(), sizeof header);
    std::vector<Elf64_Shdr> sections(header.e_shnum);
    std::memcpy(sections.data(), bytes.data() + header.e_shoff, sections.size() * sizeof(Elf64_Shdr));
    const char* names = bytes.data() + sections[header.e_shstrndx].sh_offset;
    for (const Elf64_Shdr& section : sections) {
        if (section.sh_addr != 0)
            library.sections[names + section.sh_name] = {library.base + section.sh_addr,
                                                         library.base + section.sh_addr + section.sh_size};
    }
    for (int i = 0; i < header.e_phnum; ++i) {
        Elf64_Phdr segment{};
        std::memcpy(&segment, bytes.data() + header.e_phoff + i * sizeof segment, sizeof segment);
        if (segment.p_type != PT_LOAD) continue;
        const Span span{library.base + segment.p_vaddr, library.base + segment.p_vaddr + segment.p_memsz};
        ((segment.p_flags & PF_W) != 0 ? library.writableSegments : library.readOnlySegments).push_back(span);
    }
    return library;
}

std::string bytesOf(Span span) {
    return {reinterpret_cast<const char*>(span.begin), span.end - span.begin};
}

TEST(IdlePages, TheLoadersTablesAreNoLongerMappedAndReadTheSameWhenReadAgain) {
    const LoadedLibrary library = loaded("libstdc++.so.6");
    ASSERT_NE(library.handle, nullptr);
    const char* const kTables[] = {".rela.dyn", ".dynsym", ".dynstr", ".gnu.hash"};
    std::map<std::string, std::string> before;
    for (const char* name : kTables) {
        ASSERT_TRUE(library.sections.contains(name)) << name;
        before[name] = bytesOf(library.sections.at(name));  // every page read, so mapped
        ASSERT_EQ(mappedPages(wholePagesOf(library.sections.at(name))),
                  (wholePagesOf(library.sections.at(name)).end - wholePagesOf(library.sections.at(name)).begin) / kPage)
            << name;
    }
    std::size_t writableMapped = 0;
    for (const Span& segment : library.writableSegments) writableMapped += mappedPages(segment);
    void* const terminate = dlsym(library.handle, "_ZSt9terminatev");
    ASSERT_NE(terminate, nullptr);

    const GivenBackPages given = giveBackLoaderTables();

    EXPECT_GT(given.objects, 0U);
    EXPECT_GE(given.bytes, before[".rela.dyn"].size() / kPage * kPage);
    for (const char* name : kTables) {
        const Span pages = wholePagesOf(library.sections.at(name));
        ASSERT_GT(pages.end, pages.begin) << name;
        EXPECT_EQ(mappedPages(pages), 0U) << name;
    }
    // The relocated data (RELRO included) is not the file's: it stays.
    std::size_t writableMappedAfter = 0;
    for (const Span& segment : library.writableSegments) writableMappedAfter += mappedPages(segment);
    EXPECT_EQ(writableMappedAfter, writableMapped);
    // Read again, the tables are the file's, and the loader still finds symbols through them.
    for (const char* name : kTables) EXPECT_EQ(bytesOf(library.sections.at(name)), before[name]) << name;
    EXPECT_EQ(dlsym(library.handle, "_ZSt9terminatev"), terminate);
    dlclose(library.handle);
}

TEST(IdlePages, ALibrarysReadOnlySegmentsAreNoLongerMappedAndItStillRuns) {
    ASSERT_STREQ(sqlite3_libversion(), SQLITE_VERSION);  // some of its code mapped
    const LoadedLibrary sqlite = loaded("libsqlite3.so.0");
    const LoadedLibrary other = loaded("libstdc++.so.6");
    ASSERT_NE(sqlite.handle, nullptr);
    ASSERT_NE(other.handle, nullptr);
    std::size_t sqliteCode = 0;
    for (const Span& segment : sqlite.readOnlySegments) sqliteCode += mappedPages(segment);
    std::size_t otherCode = 0;
    for (const Span& segment : other.readOnlySegments) otherCode += mappedPages(segment);
    std::size_t sqliteData = 0;
    for (const Span& segment : sqlite.writableSegments) sqliteData += mappedPages(segment);
    ASSERT_GT(sqliteCode, 0U);

    const GivenBackPages given = giveBackReadOnlySegments("libsqlite3");

    EXPECT_EQ(given.objects, 1U);
    std::size_t sqliteCodeAfter = 0;
    for (const Span& segment : sqlite.readOnlySegments) sqliteCodeAfter += mappedPages(wholePagesOf(segment));
    EXPECT_EQ(sqliteCodeAfter, 0U);
    std::size_t sqliteDataAfter = 0;
    for (const Span& segment : sqlite.writableSegments) sqliteDataAfter += mappedPages(segment);
    EXPECT_EQ(sqliteDataAfter, sqliteData);
    std::size_t otherCodeAfter = 0;
    for (const Span& segment : other.readOnlySegments) otherCodeAfter += mappedPages(segment);
    EXPECT_GE(otherCodeAfter, otherCode);  // only the library asked for

    // Its code runs as before, mapped back as it runs.
    EXPECT_STREQ(sqlite3_libversion(), SQLITE_VERSION);
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(":memory:", &db), SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "select 40 + 2", -1, &statement, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(statement), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(statement, 0), 42);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    dlclose(sqlite.handle);
    dlclose(other.handle);
}

TEST(IdlePages, NoPrefixGivesBackNothing) {
    EXPECT_EQ(giveBackReadOnlySegments("").bytes, 0U);
    EXPECT_EQ(giveBackReadOnlySegments("libno-such-library").objects, 0U);
}

}  // namespace
}  // namespace kiosk::platform
