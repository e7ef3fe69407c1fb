#pragma once
// A thin RAII layer over SQLite: a connection, prepared statements, transactions. Errors throw
// StorageError carrying SQLite's message (for the log) — callers turn it into plain words.
#include <sqlite3.h>

#include <cstdint>
#include <stdexcept>
#include <string>

namespace kiosk::storage {

class StorageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Statement {
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const std::string& value);
    Statement& bind(int index, std::int64_t value);
    // Runs a statement that returns no rows, then resets it for the next use.
    void run();
    // Steps to the next row; false when done (the statement is then reset).
    bool next();
    std::string text(int column) const;
    std::int64_t integer(int column) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

class Database {
public:
    // Opens or creates the file, in WAL mode with foreign keys on.
    explicit Database(const std::string& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(const char* sql);
    sqlite3* handle() const { return db_; }

private:
    sqlite3* db_ = nullptr;
};

// Rolls back unless commit() was called: an exception halfway leaves the database as it was.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    void commit();

private:
    Database& db_;
    bool done_ = false;
};

}  // namespace kiosk::storage
