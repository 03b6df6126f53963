#pragma once

#include "Random.h"

#include <QByteArray>

namespace yiping::gen::ids {

// GB 11643 citizen identity number: 6-digit region, birth date YYYYMMDD, 3-digit
// sequence whose last digit is odd for men and even for women, and the check digit.
QByteArray citizenId(const QByteArray &region6, qint64 birthUtc, int sequence, bool male);
char citizenCheckDigit(QByteArrayView first17);

// A mainland mobile number with a real carrier prefix.
QByteArray mobile(Random &rng);

// GB 32100 unified social credit code: registration authority and kind, 6-digit region,
// 9-character organisation code (GB 11714, with its own check character), check character.
QByteArray uscc(Random &rng, const QByteArray &kind, const QByteArray &region6);
char usccCheckChar(QByteArrayView first17);

} // namespace yiping::gen::ids
