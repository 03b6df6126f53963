#include "store/Sqlite.h"

#include <sqlite3.h>

#include <utility>

namespace yiping::store {

SqlError::SqlError(int code, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_code(code)
{}

bool SqlError::isCorruption() const
{
    const int primary = m_code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Database Database::open(const QString &path, bool readOnly)
{
    sqlite3 *db = nullptr;
    const int flags =
        (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
        SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        throw SqlError(rc, msg);
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    return Database(db);
}

void Database::fail(int rc, const char *what) const
{
    // `what` is often the statement: its first line is enough to place the error, and a
    // message shown in a status bar or a log line must stay one line.
    QString context = QString::fromUtf8(what).section(QLatin1Char('\n'), 0, 0).simplified();
    if (context.size() > 80)
        context = context.left(77) + QStringLiteral("...");
    throw SqlError(rc, context + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(m_db)));
}

void Database::exec(const char *sql)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, sql);
}

qint64 Database::scalarInt(const char *sql)
{
    Statement st(*this, sql);
    return st.step() ? st.columnInt(0) : 0;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Statement::Statement(const Database &db, const char *sql)
    : m_db(db.handle())
{
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, sql);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

namespace {

[[noreturn]] void throwFor(sqlite3 *db, sqlite3_stmt *stmt, int rc)
{
    const char *sql = stmt ? sqlite3_sql(stmt) : "";
    throw SqlError(rc, QString::fromUtf8(sqlite3_errmsg(db)) + QStringLiteral(" [") +
                           QString::fromUtf8(sql) + QLatin1Char(']'));
}

} // namespace

Statement &Statement::bind(int i, qint64 v)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, i, v); rc != SQLITE_OK)
        throwFor(m_db, m_stmt, rc);
    return *this;
}

Statement &Statement::bind(int i, double v)
{
    if (const int rc = sqlite3_bind_double(m_stmt, i, v); rc != SQLITE_OK)
        throwFor(m_db, m_stmt, rc);
    return *this;
}

Statement &Statement::bind(int i, const QByteArray &utf8)
{
    if (utf8.isNull())
        return bindNull(i);
    if (const int rc =
            sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        rc != SQLITE_OK)
        throwFor(m_db, m_stmt, rc);
    return *this;
}

Statement &Statement::bindText(int i, QStringView text)
{
    if (text.isNull())
        return bindNull(i);
    const QByteArray utf8 = text.toUtf8();
    if (const int rc =
            sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        throwFor(m_db, m_stmt, rc);
    return *this;
}

Statement &Statement::bindNull(int i)
{
    if (const int rc = sqlite3_bind_null(m_stmt, i); rc != SQLITE_OK)
        throwFor(m_db, m_stmt, rc);
    return *this;
}

Statement &Statement::bindStatic(int i, const char *text)
{
    if (const int rc = sqlite3_bind_text(m_stmt, i, text, -1, SQLITE_STATIC); rc != SQLITE_OK)
        throwFor(m_db, m_stmt, rc);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    throwFor(m_db, m_stmt, rc);
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

qint64 Statement::columnInt(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::columnDouble(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QByteArray Statement::columnBytes(int col) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    const int n = sqlite3_column_bytes(m_stmt, col);
    return p ? QByteArray(p, n) : QByteArray();
}

QString Statement::columnText(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    const int n = sqlite3_column_bytes(m_stmt, col);
    return p ? QString::fromUtf8(p, n) : QString();
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const SqlError &) {
            // SQLite already rolled back on its own (e.g. after an I/O error).
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace yiping::store
