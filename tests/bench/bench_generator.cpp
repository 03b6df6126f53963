// How long generating the demo city takes and how much memory it needs:
//   bench_generator [--scale small|city|stress] [--seed N]
// Prints wall time, throughput and peak resident memory; for city, checks the goal
// (under 60 s) with bench::Budget.
#include "Budget.h"
#include "Generator.h"
#include "city/CityManifest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace yiping;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    gen::GeneratorOptions options;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--scale"))
            options.scale = args[i + 1];
        else if (args[i] == QLatin1String("--seed"))
            options.seed = args[i + 1].toULongLong();
    }
    QTemporaryDir dir;
    options.outPath = dir.filePath(QStringLiteral("dataset.ndjson"));
    options.now = gen::Generator::defaultNow();
    options.cityDir = CityManifest::defaultCityDir();

    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!gen::Generator::run(options, &error)) {
        out << "generation failed: " << error << Qt::endl;
        return 1;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double mib = QFileInfo(options.outPath).size() / 1048576.0;
    out << "generate " << options.scale << " (seed " << options.seed
        << "): " << QString::number(seconds, 'f', 1) << " s, " << QString::number(mib, 'f', 0)
        << " MiB written (" << QString::number(mib / seconds, 'f', 0) << " MiB/s), peak RSS "
        << usage.ru_maxrss / 1024 << " MiB" << Qt::endl;
    if (options.scale != QLatin1String("city"))
        return 0; // the README's goal is for city only
    bench::Budget budget(out);
    budget.atMost(QStringLiteral("generating city"), seconds, 60, QStringLiteral("s"));
    return budget.exitCode();
}
