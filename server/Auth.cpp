#include "Auth.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace yiping::server {

namespace {

QByteArray sha256Hex(const QString &password)
{
    return QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256).toHex();
}

const QStringList &roles()
{
    static const QStringList r{QStringLiteral("admin"), QStringLiteral("analyst"),
                               QStringLiteral("leader"), QStringLiteral("reviewer")};
    return r;
}

} // namespace

QJsonObject User::toJson() const
{
    QJsonObject o{{QStringLiteral("username"), username},
                  {QStringLiteral("display_name"), displayName},
                  {QStringLiteral("role"), role},
                  {QStringLiteral("clearance"), clearanceName(clearance)}};
    if (!regionScope.isEmpty())
        o.insert(QStringLiteral("region_scope"), regionScope);
    return o;
}

bool Auth::loadUsers(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isArray()) {
        *error = QStringLiteral("%1: not a JSON array of users").arg(path);
        return false;
    }
    m_users.clear();
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        User u;
        u.username = o.value(QLatin1String("username")).toString();
        u.displayName = o.value(QLatin1String("display_name")).toString(u.username);
        u.role = o.value(QLatin1String("role")).toString();
        u.regionScope = o.value(QLatin1String("region_scope")).toString();
        u.passwordSha256 =
            o.contains(QLatin1String("password"))
                ? sha256Hex(o.value(QLatin1String("password")).toString())
                : o.value(QLatin1String("password_sha256")).toString().toLower().toLatin1();
        const bool ok =
            !u.username.isEmpty() && u.passwordSha256.size() == 64 && roles().contains(u.role) &&
            parseClearance(o.value(QLatin1String("clearance")).toString(), &u.clearance);
        if (!ok) {
            // Only the index: the entry may hold a password.
            *error = QStringLiteral("%1: user #%2 needs username, password or password_sha256,"
                                    " a role (admin, analyst, leader, reviewer) and a clearance"
                                    " (public, limited, restricted)")
                         .arg(path)
                         .arg(m_users.size() + 1);
            return false;
        }
        m_users.append(u);
    }
    return true;
}

void Auth::createDemoUsers()
{
    // The admin sees everything; the others see limited records with identifiers masked,
    // which is what a command center, a video wall and a laptop away from the office need.
    struct Demo
    {
        const char *name;
        const char *display;
        Clearance clearance;
    };
    static const Demo demos[] = {
        {"admin", "Administrator", Clearance::Restricted},
        {"analyst", "Command-center analyst", Clearance::Limited},
        {"leader", "Leader (video wall)", Clearance::Limited},
        {"reviewer", "Offline reviewer", Clearance::Limited},
    };
    m_users.clear();
    for (const Demo &d : demos) {
        User u;
        u.username = QString::fromLatin1(d.name);
        u.passwordSha256 = sha256Hex(u.username + QLatin1String("-demo"));
        u.displayName = QString::fromLatin1(d.display);
        u.role = u.username;
        u.clearance = d.clearance;
        m_users.append(u);
    }
}

QByteArray Auth::login(const QString &username, const QString &password, const User **user)
{
    const QByteArray hash = sha256Hex(password);
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).username != username || m_users.at(i).passwordSha256 != hash)
            continue;
        QByteArray raw(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()),
                                              raw.size() / 4);
        const QByteArray token =
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        m_tokens.insert(token, {i, QDateTime::currentDateTimeUtc().addSecs(m_ttlSeconds), 0});
        *user = &m_users.at(i);
        return token;
    }
    return {};
}

const User *Auth::authenticate(const QByteArray &token)
{
    auto it = m_tokens.find(token);
    if (it == m_tokens.end())
        return nullptr;
    ++it->requests;
    if (QDateTime::currentDateTimeUtc() >= it->expires ||
        (m_requestsPerToken > 0 && it->requests > m_requestsPerToken)) {
        m_tokens.erase(it);
        return nullptr;
    }
    return &m_users.at(it->user);
}

const User *Auth::userOfToken(const QByteArray &token) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend() || QDateTime::currentDateTimeUtc() >= it->expires)
        return nullptr;
    return &m_users.at(it->user);
}

} // namespace yiping::server
