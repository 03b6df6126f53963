#include "store/DatasetImport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace yiping::store {

namespace {

using L = QLatin1StringView;

QJsonObject objectOf(const QByteArray &line)
{
    return QJsonDocument::fromJson(line).object();
}

} // namespace

DatasetImport::Result DatasetImport::run(Store &store, const QString &path, int pageSize,
                                         const Progress &progress)
{
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot open the dataset %1: %2").arg(path, file.errorString());
        return result;
    }
    qint64 lineNo = 1;
    const QJsonObject header = objectOf(file.readLine().trimmed());
    if (header.value(L("format")).toString() != L("yiping-dataset") ||
        header.value(L("version")).toInt() != 1) {
        result.error = tr("%1 is not a Yiping dataset of version 1").arg(path);
        return result;
    }
    QList<QByteArray> page;
    page.reserve(pageSize);
    while (!file.atEnd()) {
        const QByteArray sectionLine = file.readLine().trimmed();
        ++lineNo;
        if (sectionLine.isEmpty())
            continue;
        const QJsonObject section = objectOf(sectionLine);
        const QString name = section.value(L("collection")).toString();
        const std::optional<domain::Collection> c = domain::collectionFromName(name);
        const qint64 count = section.value(L("count")).toInteger(-1);
        if (!c || count < 0) {
            result.error = tr("%1, line %2: expected a section header, found %3")
                               .arg(path)
                               .arg(lineNo)
                               .arg(QString::fromUtf8(sectionLine.left(80)));
            return result;
        }
        qint64 done = 0;
        while (done < count) {
            page.clear();
            while (page.size() < pageSize && done + page.size() < count) {
                if (file.atEnd()) {
                    result.error = tr("%1 ends inside the %2 section (%3 of %4 records)")
                                       .arg(path, name)
                                       .arg(done + page.size())
                                       .arg(count);
                    return result;
                }
                page.append(file.readLine().trimmed());
                ++lineNo;
            }
            // rev increases through the file, so the page's last record holds its max.
            const qint64 cursor = objectOf(page.last()).value(L("rev")).toInteger();
            const Store::PageResult applied = store.applyPage(*c, page, cursor);
            if (!applied.ok) {
                result.error =
                    tr("%1, before line %2: %3").arg(path).arg(lineNo).arg(applied.error);
                return result;
            }
            done += page.size();
            result.records += page.size();
            if (progress)
                progress(name, done, count);
        }
        result.perCollection[name] += count;
    }
    result.ok = true;
    return result;
}

} // namespace yiping::store
