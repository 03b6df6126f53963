#include "DatasetWriter.h"

#include "Clock.h"

#include <cmath>

namespace yiping::gen {

void Json::separate()
{
    if (m_comma)
        m_out += ',';
    m_comma = false;
}

Json &Json::beginObject()
{
    separate();
    m_out += '{';
    return *this;
}

Json &Json::endObject()
{
    m_out += '}';
    m_comma = true;
    return *this;
}

Json &Json::beginArray()
{
    separate();
    m_out += '[';
    return *this;
}

Json &Json::endArray()
{
    m_out += ']';
    m_comma = true;
    return *this;
}

Json &Json::key(const char *name)
{
    separate();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    return *this;
}

Json &Json::str(QByteArrayView utf8)
{
    separate();
    m_out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        default:
            if (uchar(c) < 0x20) {
                m_out += "\\u00";
                m_out += "0123456789abcdef"[uchar(c) >> 4];
                m_out += "0123456789abcdef"[uchar(c) & 15];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
    m_comma = true;
    return *this;
}

Json &Json::integer(qint64 v)
{
    separate();
    m_out += QByteArray::number(v);
    m_comma = true;
    return *this;
}

Json &Json::real(double v, int decimals)
{
    separate();
    // Fixed decimals with a locale-independent formatter; trailing zeros trimmed so that
    // 87.50 reads 87.5 and 3.00 reads 3.
    QByteArray s = QByteArray::number(v, 'f', decimals);
    if (s.contains('.')) {
        while (s.endsWith('0'))
            s.chop(1);
        if (s.endsWith('.'))
            s.chop(1);
    }
    if (s == "-0")
        s = "0";
    m_out += s;
    m_comma = true;
    return *this;
}

Json &Json::time(qint64 utc)
{
    separate();
    m_out += '"';
    appendRfc3339(m_out, utc);
    m_out += '"';
    m_comma = true;
    return *this;
}

Json &Json::timeOrNull(qint64 utc)
{
    return utc == 0 ? null() : time(utc);
}

Json &Json::date(qint64 utc)
{
    separate();
    m_out += '"';
    appendDate(m_out, utc);
    m_out += '"';
    m_comma = true;
    return *this;
}

Json &Json::null()
{
    separate();
    m_out += "null";
    m_comma = true;
    return *this;
}

Json &Json::lonLat(QPointF p)
{
    beginArray();
    real(p.x(), 6);
    real(p.y(), 6);
    return endArray();
}

Json &Json::raw(QByteArrayView json)
{
    separate();
    m_out += json;
    m_comma = true;
    return *this;
}

bool DatasetWriter::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_buffer.reserve(1 << 21);
    return true;
}

void DatasetWriter::writeHeader(const QByteArray &json)
{
    m_buffer += json;
    m_buffer += '\n';
}

void DatasetWriter::sectionCheck()
{
    if (!m_section.isEmpty() && m_written != m_expected && m_error.isEmpty())
        m_error = QStringLiteral("section %1 announced %2 records but has %3")
                      .arg(QString::fromLatin1(m_section))
                      .arg(m_expected)
                      .arg(m_written);
}

void DatasetWriter::beginSection(const char *collection, qint64 count)
{
    sectionCheck();
    m_section = collection;
    m_expected = count;
    m_written = 0;
    m_buffer += "{\"collection\":\"";
    m_buffer += collection;
    m_buffer += "\",\"count\":";
    m_buffer += QByteArray::number(count);
    m_buffer += "}\n";
}

Json &DatasetWriter::beginRecord(QByteArrayView id, qint64 updatedAt, const char *classification)
{
    m_json.beginObject();
    m_json.key("id").str(id);
    m_json.key("rev").integer(++m_rev);
    m_json.key("updated_at").time(updatedAt);
    m_json.key("classification").str(classification);
    return m_json;
}

void DatasetWriter::endRecord()
{
    m_json.endObject();
    m_buffer += '\n';
    m_json.reset();
    ++m_written;
    flushIfFull();
}

void DatasetWriter::flushIfFull()
{
    if (m_buffer.size() < (1 << 20))
        return;
    if (m_file.write(m_buffer) != m_buffer.size() && m_error.isEmpty())
        m_error = QStringLiteral("write failed: %1").arg(m_file.errorString());
    m_buffer.clear();
}

bool DatasetWriter::finish(QString *error)
{
    sectionCheck();
    if (m_file.write(m_buffer) != m_buffer.size() && m_error.isEmpty())
        m_error = QStringLiteral("write failed: %1").arg(m_file.errorString());
    m_buffer.clear();
    m_file.close();
    if (!m_error.isEmpty()) {
        *error = m_error;
        return false;
    }
    return true;
}

QByteArray makeId(const char *prefix, qint64 n, int digits)
{
    QByteArray num = QByteArray::number(n);
    return QByteArray(prefix) + '-' + QByteArray(std::max<qsizetype>(0, digits - num.size()), '0') +
           num;
}

} // namespace yiping::gen
