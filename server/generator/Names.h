#pragma once

#include "Random.h"

#include <QByteArray>
#include <QList>

// Names as UTF-8 bytes: they go straight into the JSON output.
namespace yiping::gen::names {

// Surname by frequency, weighted up for Putian's 陈 林 黄 吴 郑, and a 1–2 character
// given name typical for the gender.
QByteArray person(Random &rng, bool male);

// Real town and street names of a district, streets first; empty for an unknown district.
QList<QByteArray> realTowns(const QByteArray &districtCode);
// A made-up town name ("X镇") or street name ("X街道").
QByteArray syntheticTown(Random &rng, bool street);

// A two-character local place word ("霞溪", "东埔"): villages, communities, shops.
QByteArray placeWord(Random &rng);
// A road name: a real Putian road or a made-up "X路" / "X街" / "X大道".
QByteArray road(Random &rng);

// The short form of a town name without its suffix: "拱辰街道" → "拱辰".
QByteArray shortTown(const QByteArray &town);

QByteArray orgName(Random &rng, const QByteArray &kind);
extern const QList<QByteArray> orgKinds;

} // namespace yiping::gen::names
