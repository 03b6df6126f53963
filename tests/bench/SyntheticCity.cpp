#include "SyntheticCity.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace {

using L = QLatin1StringView;

// Common surnames and given-name characters, enough for realistic name collisions.
const QString kSurnames =
    QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋"
                   "余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫"
                   "段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向汤");
const QString kGiven = QStringLiteral("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红"
                                      "娥玲芬燕彬斌鹏辉建国志文海波宇浩然晨阳欣怡子涵梓轩思远雨婷");
const char *const kSources[] = {"police", "grid", "opinion", "hotline", "sensor"};
const char *const kCategories[] = {"theft", "fight", "fraud", "noise", "fire_hazard", "traffic"};
const char *const kStatuses[] = {"new", "dispatched", "handling", "resolved", "closed"};

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject common(const QString &id, qint64 rev)
{
    return {{L("id"), id}, {L("rev"), rev}, {L("updated_at"), L("2026-11-27T08:30:00+08:00")}};
}

} // namespace

QString SyntheticCity::name()
{
    QString n = kSurnames.at(m_random.bounded(int(kSurnames.size())));
    const int given = 1 + m_random.bounded(2);
    for (int i = 0; i < given; ++i)
        n += kGiven.at(m_random.bounded(int(kGiven.size())));
    return n;
}

QByteArray SyntheticCity::idNumber()
{
    QByteArray id = "3503" + QByteArray::number(1 + m_random.bounded(5)).rightJustified(2, '0');
    id += QByteArray::number(1950 + m_random.bounded(55));
    id += QByteArray::number(1 + m_random.bounded(12)).rightJustified(2, '0');
    id += QByteArray::number(1 + m_random.bounded(28)).rightJustified(2, '0');
    id += QByteArray::number(m_random.bounded(10000)).rightJustified(4, '0');
    return id;
}

QList<QByteArray> SyntheticCity::cells(qint64 *rev)
{
    QList<QByteArray> out;
    for (int x = 0; x < kCellsPerSide; ++x)
        for (int y = 0; y < kCellsPerSide; ++y) {
            const double w = kWest + x * kCellSize, s = kSouth + y * kCellSize;
            // Eight vertices per ring, like a real cell's boundary.
            QJsonArray ring;
            for (int k = 0; k < 8; ++k) {
                const double fx = k < 3 ? k / 2.0 : k < 5 ? 1.0 : k < 7 ? (6 - k) / 2.0 : 0.0;
                const double fy = k < 2 ? 0.0 : k < 5 ? (k - 2) / 2.0 : k < 7 ? 1.0 : 0.5;
                ring.append(QJsonArray{w + fx * kCellSize, s + fy * kCellSize});
            }
            ring.append(ring.first());
            QJsonObject o = common(QStringLiteral("cell-%1-%2").arg(x).arg(y), ++*rev);
            o.insert(L("code"), QStringLiteral("3503%1%2")
                                    .arg(x, 3, 10, QLatin1Char('0'))
                                    .arg(y, 3, 10, QLatin1Char('0')));
            o.insert(L("name"), QStringLiteral("第%1网格").arg(x * kCellsPerSide + y));
            o.insert(L("level"), 4);
            o.insert(L("geometry"),
                     QJsonObject{{L("type"), L("Polygon")}, {L("coordinates"), QJsonArray{ring}}});
            o.insert(L("centroid"), QJsonArray{w + kCellSize / 2, s + kCellSize / 2});
            out.append(compact(o));
        }
    return out;
}

QList<QByteArray> SyntheticCity::persons(int n, qint64 *rev)
{
    QList<QByteArray> out;
    for (int i = 0; i < n; ++i) {
        QJsonObject o = common(QStringLiteral("p-%1").arg(i), ++*rev);
        o.insert(L("name"), name());
        o.insert(L("id_number"), QString::fromLatin1(idNumber()));
        o.insert(L("phone"),
                 QStringLiteral("13%1").arg(m_random.bounded(1000000000), 9, 10, QLatin1Char('0')));
        o.insert(L("category"), L("petitioner"));
        o.insert(L("risk_level"), 1 + m_random.bounded(4));
        o.insert(L("status"), L("managed"));
        o.insert(L("address"),
                 QStringLiteral("莆田市城厢区%1路%2号").arg(name()).arg(m_random.bounded(300)));
        o.insert(L("location"), QJsonArray{lon(), lat()});
        out.append(compact(o));
    }
    return out;
}

QList<QByteArray> SyntheticCity::sites(int n, qint64 *rev)
{
    QList<QByteArray> out;
    for (int i = 0; i < n; ++i) {
        QJsonObject o = common(QStringLiteral("s-%1").arg(i), ++*rev);
        o.insert(L("name"), QString(name() + QStringLiteral("商行")));
        o.insert(L("kind"), L("market"));
        o.insert(L("risk_level"), 1 + m_random.bounded(4));
        o.insert(L("address"),
                 QStringLiteral("莆田市荔城区%1街%2号").arg(name()).arg(m_random.bounded(300)));
        o.insert(L("location"), QJsonArray{lon(), lat()});
        out.append(compact(o));
    }
    return out;
}

QList<QByteArray> SyntheticCity::cases(int n, qint64 *rev)
{
    QList<QByteArray> out;
    for (int i = 0; i < n; ++i) {
        QJsonObject o = common(QStringLiteral("c-%1").arg(i), ++*rev);
        o.insert(L("case_no"), QStringLiteral("(2026)闽03%1刑初%2号")
                                   .arg(m_random.bounded(100), 2, 10, QLatin1Char('0'))
                                   .arg(i));
        o.insert(L("title"), QString(name().left(1) + QStringLiteral("某盗窃案")));
        o.insert(L("kind"), L("criminal"));
        o.insert(L("stage"), L("investigation"));
        o.insert(L("agency"), L("police"));
        o.insert(L("opened_at"), L("2026-03-01T09:00:00+08:00"));
        o.insert(L("stages"),
                 QJsonArray{QJsonObject{{L("stage"), L("filing")},
                                        {L("agency"), L("police")},
                                        {L("entered_at"), L("2026-03-01T09:00:00+08:00")}}});
        out.append(compact(o));
    }
    return out;
}

QList<SyntheticCity::EventRow> SyntheticCity::events(int n, qint64 *rev)
{
    QList<EventRow> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        EventRow e;
        e.id = "e-" + QByteArray::number(i);
        e.source = kSources[m_random.bounded(5)];
        e.category = kCategories[m_random.bounded(6)];
        e.status = kStatuses[m_random.bounded(5)];
        e.regionId = "cell-" + QByteArray::number(m_random.bounded(kCellsPerSide)) + '-' +
                     QByteArray::number(m_random.bounded(kCellsPerSide));
        e.severity = 1 + m_random.bounded(4);
        e.occurredAt = 1767225600 + m_random.bounded(31536000);
        e.lon = lon();
        e.lat = lat();
        QJsonObject o = common(QString::fromLatin1(e.id), ++*rev);
        o.insert(L("source"), QString::fromLatin1(e.source));
        o.insert(L("category"), QString::fromLatin1(e.category));
        o.insert(L("severity"), e.severity);
        o.insert(L("occurred_at"), QDateTime::fromSecsSinceEpoch(
                                       e.occurredAt, QTimeZone::fromSecondsAheadOfUtc(8 * 3600))
                                       .toString(Qt::ISODate));
        o.insert(L("status"), QString::fromLatin1(e.status));
        o.insert(L("region_id"), QString::fromLatin1(e.regionId));
        o.insert(L("location"), QJsonArray{e.lon, e.lat});
        e.summary = QStringLiteral("%1发生%2，已派%3处置")
                        .arg(name(), QString::fromLatin1(e.category), name());
        o.insert(L("summary"), e.summary);
        e.json = compact(o);
        out.append(std::move(e));
    }
    return out;
}
