#pragma once

#include "Masking.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace yiping::server {

struct User
{
    QString username;
    QByteArray passwordSha256; // hex, lower case
    QString displayName;
    QString role; // admin, analyst, leader, reviewer
    Clearance clearance = Clearance::Public;
    QString regionScope;  // a region id; empty = the whole city
    QByteArray scopeCode; // that region's code, resolved at start

    QJsonObject toJson() const;
    Viewer viewer() const { return {clearance, scopeCode}; }
};

// Users and their bearer tokens. Tokens are random, held in memory only, and expire
// after a time-to-live or, when a fault asks for it, after a number of requests.
class Auth
{
public:
    // Reads a JSON array of {username, password | password_sha256, display_name, role,
    // clearance, region_scope}; false with *error when malformed.
    bool loadUsers(const QString &path, QString *error);
    // admin, analyst, leader, reviewer with password "<name>-demo".
    void createDemoUsers();
    QList<User> &users() { return m_users; }

    void setTokenTtl(int seconds) { m_ttlSeconds = seconds; }
    void setRequestsPerToken(int n) { m_requestsPerToken = n; }
    int tokenTtl() const { return m_ttlSeconds; }

    // A new token for valid credentials; empty otherwise.
    QByteArray login(const QString &username, const QString &password, const User **user);
    // The user behind an unexpired token, counting the request; nullptr otherwise.
    const User *authenticate(const QByteArray &token);
    // The user behind an unexpired token, without counting a request.
    const User *userOfToken(const QByteArray &token) const;

private:
    struct Token
    {
        int user = 0;
        QDateTime expires;
        int requests = 0;
    };

    QList<User> m_users;
    QHash<QByteArray, Token> m_tokens;
    int m_ttlSeconds = 3600;
    int m_requestsPerToken = 0; // 0 = no limit
};

} // namespace yiping::server
