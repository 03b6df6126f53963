#include "store/AnnotationQueue.h"

#include <QDateTime>
#include <QJsonDocument>

namespace yiping::store {

void AnnotationQueue::durably(const char *sql, const std::function<void(Statement &)> &bind)
{
    m_db.exec("PRAGMA synchronous=FULL");
    try {
        Transaction tx(m_db);
        Statement st(m_db, sql);
        bind(st);
        st.run();
        tx.commit();
    } catch (...) {
        m_db.exec("PRAGMA synchronous=NORMAL");
        throw;
    }
    m_db.exec("PRAGMA synchronous=NORMAL");
}

void AnnotationQueue::enqueue(const domain::Annotation &annotation, qint64 baseRev)
{
    const QByteArray json = QJsonDocument(annotation.toJson()).toJson(QJsonDocument::Compact);
    durably("INSERT INTO pending_annotation(id, json, base_rev, queued_at) VALUES(?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET json=excluded.json, queued_at=excluded.queued_at",
            [&](Statement &st) {
                st.bindText(1, annotation.id)
                    .bind(2, json)
                    .bind(3, baseRev)
                    .bind(4, QDateTime::currentSecsSinceEpoch());
            });
}

QList<AnnotationQueue::Entry> AnnotationQueue::pending()
{
    QList<Entry> out;
    Statement st(m_db, "SELECT json, base_rev, queued_at, attempts, conflict "
                       "FROM pending_annotation ORDER BY queued_at, id");
    while (st.step())
        out.append(
            {domain::Annotation::fromJson(QJsonDocument::fromJson(st.columnBytes(0)).object()),
             st.columnInt(1), st.columnInt(2), int(st.columnInt(3)), st.columnBytes(4)});
    return out;
}

qint64 AnnotationQueue::count()
{
    return m_db.scalarInt("SELECT count(*) FROM pending_annotation");
}

void AnnotationQueue::markUploaded(const QString &id)
{
    durably("DELETE FROM pending_annotation WHERE id=?",
            [&](Statement &st) { st.bindText(1, id); });
}

void AnnotationQueue::markAttempt(const QString &id)
{
    durably("UPDATE pending_annotation SET attempts=attempts+1 WHERE id=?",
            [&](Statement &st) { st.bindText(1, id); });
}

void AnnotationQueue::markConflict(const QString &id, const QByteArray &serverRecord)
{
    durably("UPDATE pending_annotation SET conflict=? WHERE id=?",
            [&](Statement &st) { st.bind(1, serverRecord).bindText(2, id); });
}

} // namespace yiping::store
