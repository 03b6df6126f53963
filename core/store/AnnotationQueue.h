#pragma once

#include "domain/Links.h"
#include "store/Sqlite.h"

#include <QList>
#include <QSet>

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

    // A new annotation by `author` on a record, made now. Its id is made here and kept
    // through retries: a PUT whose answer was lost is sent again under the same id and
    // stored once.
    static domain::Annotation make(domain::RefType targetType, const QString &targetId,
                                   domain::AnnotationKind kind, const QString &author,
                                   const QString &text);
    void enqueue(const domain::Annotation &annotation, qint64 baseRev);
    QList<Entry> pending();
    // The alerts with an acknowledgement waiting here.
    QSet<QString> pendingAcks();
    qint64 count();
    // The server stored it: the queue entry goes (the stored record arrives by sync).
    void markUploaded(const QString &id);
    void markAttempt(const QString &id);
    void markConflict(const QString &id, const QByteArray &serverRecord);

    // The entries a 409 stopped, oldest first: the user's version and, in `conflict`, the
    // server's. They wait for resolve() and are not sent meanwhile.
    QList<Entry> conflicts();
    enum class Resolution {
        KeepMine,  // send mine again, over the server's version (its rev becomes the base)
        TakeTheirs // drop mine; the server's version stays and arrives by sync
    };
    // False, changing nothing, when `id` is no conflict, or when keeping mine needs the
    // server's rev and its record has none.
    bool resolve(const QString &id, Resolution resolution);

private:
    // Runs `work` in one transaction committed with synchronous=FULL.
    void durably(const std::function<void()> &work);
    void durably(const char *sql, const std::function<void(Statement &)> &bind);
    Database &m_db;
};

} // namespace yiping::store
