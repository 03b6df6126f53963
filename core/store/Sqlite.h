#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace yiping::store {

// A failed SQLite call. The message names the statement or step that failed; the code
// is SQLite's extended result code so that callers can tell corruption from the rest.
class SqlError : public std::runtime_error
{
public:
    SqlError(int code, const QString &message);
    int code() const { return m_code; }
    QString message() const { return QString::fromUtf8(what()); }
    bool isCorruption() const;

private:
    int m_code;
};

// One connection. Move-only; closes on destruction.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the file; throws SqlError.
    static Database open(const QString &path, bool readOnly = false);

    void exec(const char *sql);
    qint64 scalarInt(const char *sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    [[noreturn]] void fail(int rc, const char *what) const;

private:
    explicit Database(sqlite3 *db)
        : m_db(db)
    {}
    sqlite3 *m_db = nullptr;
};

// A prepared statement. Binds are 1-based like SQLite's; step() returns true on a row.
// Text is bound from UTF-8 bytes without copying, so the bytes must outlive the step.
class Statement
{
public:
    Statement() = default;
    Statement(const Database &db, const char *sql);
    Statement(const Database &db, const QByteArray &sql)
        : Statement(db, sql.constData())
    {}
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int i, qint64 v);
    Statement &bind(int i, int v) { return bind(i, qint64(v)); }
    Statement &bind(int i, double v);
    Statement &bind(int i, const QByteArray &utf8); // null QByteArray binds NULL
    Statement &bindText(int i, QStringView text);   // copies (converts to UTF-8)
    Statement &bindNull(int i);
    Statement &bindStatic(int i, const char *text); // a literal that outlives the statement

    bool isValid() const { return m_stmt != nullptr; }
    bool step();
    void run(); // step to completion, expecting no rows
    void reset();

    bool isNull(int col) const;
    qint64 columnInt(int col) const;
    double columnDouble(int col) const;
    QByteArray columnBytes(int col) const;
    QString columnText(int col) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace yiping::store
