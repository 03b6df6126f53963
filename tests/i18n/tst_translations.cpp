#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

// Both catalogues must be complete: every message translated and finished, Chinese text
// in the Chinese one, and the same set of source strings in both.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Message
    {
        QString context, source, translation, type;
        bool numerus = false;
    };

    static QList<Message> read(const QString &path)
    {
        QList<Message> out;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        QXmlStreamReader xml(&f);
        QString context;
        Message m;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                m = Message{context,
                            {},
                            {},
                            {},
                            xml.attributes().value(QLatin1String("numerus")) ==
                                QLatin1String("yes")};
            } else if (name == QLatin1String("source"))
                m.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (m.numerus) {
                    // <numerusform> children
                    QString forms;
                    while (xml.readNextStartElement())
                        forms += xml.readElementText();
                    m.translation = forms;
                } else {
                    m.translation = xml.readElementText();
                }
                out.append(m);
            }
        }
        return out;
    }

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("zh_CN") << QStringLiteral("yiping_zh_CN.ts");
        QTest::newRow("en") << QStringLiteral("yiping_en.ts");
    }

    void complete()
    {
        QFETCH(QString, file);
        const QList<Message> messages = read(QDir(QStringLiteral(YIPING_TS_DIR)).filePath(file));
        QVERIFY2(messages.size() > 30, qPrintable(QString::number(messages.size())));
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        static const QRegularExpression letters(QStringLiteral("[A-Za-z]{2}"));
        static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9]+$"));
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.type != QLatin1String("unfinished"), qPrintable(where));
            QVERIFY2(m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"),
                     qPrintable(where));
            QVERIFY2(!m.translation.trimmed().isEmpty(), qPrintable(where));
            // Chinese for every phrase; a single-token proper name (OpenGL) may stay as-is.
            const bool properName = m.translation == m.source && m.source.contains(token);
            if (file.contains(QLatin1String("zh_CN")) && m.source.contains(letters) && !properName)
                QVERIFY2(m.translation.contains(han), qPrintable(where));
        }
    }

    void sameStringsInBoth()
    {
        const QDir dir(QStringLiteral(YIPING_TS_DIR));
        QSet<QString> zh, en;
        for (const Message &m : read(dir.filePath(QStringLiteral("yiping_zh_CN.ts"))))
            zh.insert(m.context + QLatin1Char('\x1f') + m.source);
        for (const Message &m : read(dir.filePath(QStringLiteral("yiping_en.ts"))))
            en.insert(m.context + QLatin1Char('\x1f') + m.source);
        QCOMPARE(zh, en);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
