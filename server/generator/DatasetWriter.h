#pragma once

#include <QByteArray>
#include <QFile>
#include <QPointF>
#include <QString>

namespace yiping::gen {

// Appends compact JSON to a byte buffer, inserting commas itself. Hand-written rather
// than QJsonDocument because two million track records must stream out in seconds, and
// because the field order (common fields first) is then ours to fix.
class Json
{
public:
    explicit Json(QByteArray &out)
        : m_out(out)
    {}

    Json &beginObject();
    Json &endObject();
    Json &beginArray();
    Json &endArray();
    Json &key(const char *name); // `name` is ASCII and needs no escaping
    Json &str(QByteArrayView utf8);
    Json &integer(qint64 v);
    Json &real(double v, int decimals);
    Json &time(qint64 utc);       // RFC 3339 in +08:00
    Json &timeOrNull(qint64 utc); // 0 means null
    Json &date(qint64 utc);
    Json &null();
    Json &lonLat(QPointF p); // [lon, lat], 6 decimals (about 0.1 m)
    Json &raw(QByteArrayView json);
    void reset() { m_comma = false; } // a new line starts with no pending comma

private:
    void separate();

    QByteArray &m_out;
    bool m_comma = false;
};

// Writes the dataset file: the header line, then per collection a section line and its
// records. Owns the global `rev` counter and checks that each section holds exactly the
// number of records its header announced.
class DatasetWriter
{
public:
    bool open(const QString &path, QString *error);
    void writeHeader(const QByteArray &json);
    void beginSection(const char *collection, qint64 count);

    // Starts a record with the common fields; add the rest through the returned Json and
    // call endRecord().
    Json &beginRecord(QByteArrayView id, qint64 updatedAt, const char *classification);
    void endRecord();

    bool finish(QString *error);

private:
    void flushIfFull();
    void sectionCheck();

    QFile m_file;
    QByteArray m_buffer;
    Json m_json{m_buffer};
    qint64 m_rev = 0;
    QByteArray m_section;
    qint64 m_expected = 0;
    qint64 m_written = 0;
    QString m_error;
};

// "p-000123": type prefix and a zero-padded sequence number.
QByteArray makeId(const char *prefix, qint64 n, int digits);

} // namespace yiping::gen
