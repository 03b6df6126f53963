#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>

// Synthetic records in the contract's shape, for benchmarks when no dataset is given.
class SyntheticCity
{
public:
    explicit SyntheticCity(quint32 seed)
        : m_random(seed)
    {}

    static constexpr double kWest = 118.8, kSouth = 25.2, kCellSize = 0.01;
    static constexpr int kCellsPerSide = 55; // 3,025 grid cells

    struct EventRow
    {
        QByteArray json;
        QByteArray id, source, category, status, regionId;
        QString summary;
        int severity = 0;
        qint64 occurredAt = 0;
        double lon = 0, lat = 0;
    };

    QString name();
    QByteArray idNumber();
    QList<QByteArray> cells(qint64 *rev);
    QList<QByteArray> persons(int n, qint64 *rev);
    QList<QByteArray> sites(int n, qint64 *rev);
    QList<QByteArray> cases(int n, qint64 *rev);
    QList<EventRow> events(int n, qint64 *rev);
    double lon() { return kWest + m_random.bounded(kCellsPerSide * kCellSize); }
    double lat() { return kSouth + m_random.bounded(kCellsPerSide * kCellSize); }

private:
    QRandomGenerator m_random;
};
