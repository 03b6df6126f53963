#include "sync/AnnotationPusher.h"

#include "store/AnnotationQueue.h"
#include "sync/ApiClient.h"
#include "sync/SyncLog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace yiping::sync {

AnnotationPusher::Outcome AnnotationPusher::push()
{
    Outcome out;
    const QList<store::AnnotationQueue::Entry> entries = m_queue.pending();
    for (const store::AnnotationQueue::Entry &entry : entries) {
        if (!entry.conflict.isEmpty())
            continue; // waits for the user
        const QString id = entry.annotation.id;
        QJsonObject body = entry.annotation.toJson();
        // rev and updated_at are the server's to assign.
        body.remove(QLatin1StringView("rev"));
        body.remove(QLatin1StringView("updated_at"));
        body.insert(QLatin1StringView("base_rev"), entry.baseRev);
        m_queue.markAttempt(id);
        const ApiClient::Response r =
            m_api.put(QStringLiteral("/api/v1/annotations/") +
                          QString::fromLatin1(QUrl::toPercentEncoding(id)),
                      QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (r.cancelled) {
            out.cancelled = true;
            return out;
        }
        if (r.ok()) {
            m_queue.markUploaded(id);
            ++out.pushed;
            continue;
        }
        if (r.status == 409) {
            const QJsonValue current =
                QJsonDocument::fromJson(r.body).object().value(QLatin1StringView("current"));
            // Without a readable `current` the body itself is kept, so that the conflict is
            // recorded in any case.
            m_queue.markConflict(
                id, current.isObject()
                        ? QJsonDocument(current.toObject()).toJson(QJsonDocument::Compact)
                    : r.body.isEmpty() ? QByteArrayLiteral("{}")
                                       : r.body);
            ++out.conflicts;
            qCInfo(lcSync).noquote() << "annotation" << id << "conflicts with the server's copy";
            continue;
        }
        const QString why = tr("annotation %1 was not uploaded: %2").arg(id, r.error);
        qCWarning(lcSync).noquote() << why;
        if (out.error.isEmpty())
            out.error = why;
        if (r.status == 0)
            return out; // the network is gone after retries: the rest would fail alike
    }
    return out;
}

} // namespace yiping::sync
