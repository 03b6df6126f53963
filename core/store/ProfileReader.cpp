#include "store/ProfileReader.h"

#include "store/ProfileBuilder.h"

namespace yiping::store {

using domain::RefType;

ProfileReader::ProfileReader(Database &db)
    : m_db(db)
{}

ProfileReader::~ProfileReader() = default;

std::optional<Profile> ProfileReader::read(domain::RefType type, const QString &id)
{
    if (!m_map)
        m_map = std::make_unique<MapData>(m_db);
    profile::Builder b(m_db, *m_map);
    switch (type) {
    case RefType::Person:
        return b.person(id);
    case RefType::Site:
        return b.site(id);
    case RefType::Region:
        return b.region(id);
    case RefType::Event:
        return b.event(id);
    case RefType::Case:
        return b.caseFile(id);
    case RefType::Dispute:
        return b.dispute(id);
    case RefType::Alert:
        return b.alert(id);
    case RefType::Org:
        return b.org(id);
    case RefType::Unknown:
        break;
    }
    return std::nullopt;
}

} // namespace yiping::store
