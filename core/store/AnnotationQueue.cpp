#include "store/AnnotationQueue.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace yiping::store {

void AnnotationQueue::durably(const std::function<void()> &work)
{
    m_db.exec("PRAGMA synchronous=FULL");
    try {
        Transaction tx(m_db);
        work();
        tx.commit();
    } catch (...) {
        m_db.exec("PRAGMA synchronous=NORMAL");
        throw;
    }
    m_db.exec("PRAGMA synchronous=NORMAL");
}

void AnnotationQueue::durably(const char *sql, const std::function<void(Statement &)> &bind)
{
    durably([&] {
        Statement st(m_db, sql);
        bind(st);
        st.run();
    });
}

domain::Annotation AnnotationQueue::make(domain::RefType targetType, const QString &targetId,
                                         domain::AnnotationKind kind, const QString &author,
                                         const QString &text)
{
    domain::Annotation a;
    a.id = QStringLiteral("an-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.target.type = domain::EnumValue<domain::RefType>::of(targetType);
    a.target.id = targetId;
    a.kind = domain::EnumValue<domain::AnnotationKind>::of(kind);
    a.author = author;
    a.createdAt = QDateTime::currentSecsSinceEpoch();
    a.text = text;
    return a;
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

namespace {

QList<AnnotationQueue::Entry> entries(Database &db, const char *sql)
{
    QList<AnnotationQueue::Entry> out;
    Statement st(db, sql);
    while (st.step())
        out.append(
            {domain::Annotation::fromJson(QJsonDocument::fromJson(st.columnBytes(0)).object()),
             st.columnInt(1), st.columnInt(2), int(st.columnInt(3)), st.columnBytes(4)});
    return out;
}

} // namespace

QList<AnnotationQueue::Entry> AnnotationQueue::pending()
{
    return entries(m_db, "SELECT json, base_rev, queued_at, attempts, conflict "
                         "FROM pending_annotation ORDER BY queued_at, id");
}

QSet<QString> AnnotationQueue::pendingAcks()
{
    QSet<QString> out;
    // Conflicted entries count too: the user's ack still waits, for a decision.
    for (const Entry &e : pending()) {
        const domain::Annotation &a = e.annotation;
        if (a.kind.value == domain::AnnotationKind::Ack &&
            a.target.type.value == domain::RefType::Alert)
            out.insert(a.target.id);
    }
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

QList<AnnotationQueue::Entry> AnnotationQueue::conflicts()
{
    return entries(m_db, "SELECT json, base_rev, queued_at, attempts, conflict "
                         "FROM pending_annotation WHERE conflict IS NOT NULL "
                         "ORDER BY queued_at, id");
}

bool AnnotationQueue::resolve(const QString &id, Resolution resolution)
{
    bool resolved = false;
    // Read and write in one transaction: a sync pushing meanwhile sees the entry before or
    // after, never half-resolved.
    durably([&] {
        QByteArray conflict;
        {
            Statement select(m_db, "SELECT conflict FROM pending_annotation "
                                   "WHERE id=? AND conflict IS NOT NULL");
            select.bindText(1, id);
            if (!select.step())
                return;
            conflict = select.columnBytes(0);
        }
        if (resolution == Resolution::TakeTheirs) {
            Statement remove(m_db, "DELETE FROM pending_annotation WHERE id=?");
            remove.bindText(1, id).run();
            resolved = true;
            return;
        }
        const QJsonValue rev =
            QJsonDocument::fromJson(conflict).object().value(QLatin1StringView("rev"));
        if (!rev.isDouble() || rev.toInteger(-1) < 0)
            return;
        Statement requeue(m_db, "UPDATE pending_annotation "
                                "SET base_rev=?, conflict=NULL, attempts=0 WHERE id=?");
        requeue.bind(1, rev.toInteger()).bindText(2, id).run();
        resolved = true;
    });
    return resolved;
}

} // namespace yiping::store
