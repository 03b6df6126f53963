#pragma once

#include "domain/Links.h"
#include "store/Sqlite.h"

#include <QList>

#include <functional>

namespace yiping::store {

// Annotations made locally, waiting for upload (PUT /annotations/{id}). Every write
// commits with synchronous=FULL: a note the user typed must survive a power cut, unlike
// pulled data that can be pulled again.
class AnnotationQueue
{
public:
    explicit AnnotationQueue(Database &db)
        : m_db(db)
    {}

    struct Entry
    {
        domain::Annotation annotation;
        qint64 baseRev = 0;
        qint64 queuedAt = 0;
        int attempts = 0;
        QByteArray conflict; // the server's record after a 409, kept for the user
    };

    void enqueue(const domain::Annotation &annotation, qint64 baseRev);
    QList<Entry> pending();
    qint64 count();
    // The server stored it: the queue entry goes (the stored record arrives by sync).
    void markUploaded(const QString &id);
    void markAttempt(const QString &id);
    void markConflict(const QString &id, const QByteArray &serverRecord);

private:
    void durably(const char *sql, const std::function<void(Statement &)> &bind);
    Database &m_db;
};

} // namespace yiping::store
