#include "DatasetLoader.h"

#include "Collections.h"
#include "Masking.h"
#include "ServerDatabase.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace yiping::server {

namespace {

QByteArray bytes(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString().toUtf8();
}

bool readHeader(const QByteArray &line, DatasetHeader *header, QString *error)
{
    const QJsonObject h = QJsonDocument::fromJson(line).object();
    if (h.value(QLatin1String("format")).toString() != QLatin1String("yiping-dataset") ||
        h.value(QLatin1String("version")).toInt() != 1) {
        *error = QStringLiteral("not a yiping-dataset version 1 file");
        return false;
    }
    const QJsonObject city = h.value(QLatin1String("city")).toObject();
    const QJsonArray center = city.value(QLatin1String("center")).toArray();
    header->scale = h.value(QLatin1String("scale")).toString();
    header->now = h.value(QLatin1String("now")).toString();
    header->cityCode = city.value(QLatin1String("code")).toString();
    header->cityName = city.value(QLatin1String("name")).toString();
    header->crs = city.value(QLatin1String("crs")).toString();
    header->center = QPointF(center.at(0).toDouble(), center.at(1).toDouble());
    if (header->cityCode.isEmpty() || center.size() != 2) {
        *error = QStringLiteral("the header names no city");
        return false;
    }
    return true;
}

// Where a record's region comes from when it has no region_id of its own.
QJsonObject linkedRef(const QByteArray &collection, const QJsonObject &record)
{
    if (collection == "relations")
        return record.value(QLatin1String("from")).toObject();
    if (collection == "assessments")
        return record.value(QLatin1String("unit")).toObject();
    if (collection == "alerts")
        return record.value(QLatin1String("subject")).toObject();
    if (collection == "annotations")
        return record.value(QLatin1String("target")).toObject();
    return {};
}

} // namespace

DatasetLoader::DatasetLoader(ServerDatabase &db)
    : m_db(db)
{}

bool DatasetLoader::load(const QString &path, DatasetHeader *header, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    qint64 lineNo = 1;
    if (!readHeader(file.readLine(), header, error))
        return false;

    // Regions and persons come before the records that point at them; their codes stay
    // in memory (thousands, not millions). Anything else is resolved by SQL at the end.
    QHash<QByteArray, QByteArray> codeOf[2]; // 0: regions, 1: persons
    auto lookup = [&](const QByteArray &collection, const QByteArray &id) {
        if (collection == "regions")
            return codeOf[0].value(id);
        if (collection == "persons")
            return codeOf[1].value(id);
        return QByteArray();
    };

    auto fail = [&](const QString &what) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(lineNo).arg(what);
        return false;
    };

    store::Transaction tx(m_db.db());
    store::Statement insert(m_db.db(),
                            "INSERT INTO records(collection, id, rev, deleted, classification,"
                            " region_code, link_collection, link_id, json)"
                            " VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?)");
    QByteArray collection;
    qint64 remaining = 0;
    qint64 lastRev = 0;
    m_records = 0;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        ++lineNo;
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.isEmpty())
            return fail(QStringLiteral("not a JSON object"));
        if (remaining == 0) {
            collection = bytes(object, QLatin1String("collection"));
            remaining = object.value(QLatin1String("count")).toInteger(-1);
            if (!isCollection(collection) || remaining < 0)
                return fail(QStringLiteral("expected a section line"));
            continue;
        }
        --remaining;
        const QByteArray id = bytes(object, QLatin1String("id"));
        const qint64 rev = object.value(QLatin1String("rev")).toInteger();
        if (id.isEmpty() || rev <= lastRev)
            return fail(QStringLiteral("a record needs an id and a rev above the last one"));
        lastRev = rev;
        Clearance classification = Clearance::Public;
        const QString cls = object.value(QLatin1String("classification")).toString();
        if (!cls.isEmpty() && !parseClearance(cls, &classification))
            return fail(QStringLiteral("unknown classification"));

        QByteArray code;
        QByteArray linkCollection;
        QByteArray linkId;
        if (collection == "regions") {
            code = bytes(object, QLatin1String("code"));
        } else if (object.contains(QLatin1String("region_id"))) {
            linkCollection = QByteArrayLiteral("regions");
            linkId = bytes(object, QLatin1String("region_id"));
        } else if (collection == "tracks") {
            linkCollection = QByteArrayLiteral("persons");
            linkId = bytes(object, QLatin1String("person_id"));
        } else {
            const QJsonObject ref = linkedRef(collection, object);
            linkCollection = collectionOfRefType(bytes(ref, QLatin1String("type")));
            linkId = bytes(ref, QLatin1String("id"));
        }
        if (!linkId.isEmpty())
            code = lookup(linkCollection, linkId);
        if (collection == "regions")
            codeOf[0].insert(id, code);
        else if (collection == "persons")
            codeOf[1].insert(id, code);

        const bool unresolved = code.isEmpty() && !linkId.isEmpty();
        insert.bind(1, collection).bind(2, id).bind(3, rev).bind(4, int(classification));
        insert.bind(5, code.isEmpty() ? QByteArray() : code);
        insert.bind(6, unresolved ? linkCollection : QByteArray());
        insert.bind(7, unresolved ? linkId : QByteArray());
        insert.bind(8, line);
        insert.run();
        ++m_records;
    }
    if (remaining != 0)
        return fail(QStringLiteral("the last section is %1 records short").arg(remaining));

    // Two rounds, so that a record linked to one linked in turn (a relation from a
    // track's person, say) resolves too.
    for (int round = 0; round < 2; ++round)
        m_db.db().exec("UPDATE records SET region_code = (SELECT t.region_code FROM records t"
                       " WHERE t.collection = records.link_collection"
                       " AND t.id = records.link_id)"
                       " WHERE region_code IS NULL AND link_id IS NOT NULL");
    tx.commit();
    m_db.finishLoad();
    return true;
}

} // namespace yiping::server
