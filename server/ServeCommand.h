#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace yiping::server {

// `yiping-server serve`: its options, and the server they describe, run until killed.
class ServeCommand
{
public:
    ServeCommand();
    void addOptions(QCommandLineParser &parser) const;
    // Loads the data, listens, prints the URL and runs the event loop; the exit code.
    int run(const QCommandLineParser &parser, const QString &cityDir);

private:
    QCommandLineOption m_port;
    QCommandLineOption m_bind;
    QCommandLineOption m_data;
    QCommandLineOption m_db;
    QCommandLineOption m_users;
    QCommandLineOption m_tokenTtl;
    QCommandLineOption m_simulate;
    QCommandLineOption m_faults;
    QCommandLineOption m_tlsCert;
    QCommandLineOption m_tlsKey;
};

} // namespace yiping::server
