#include "IdNumbers.h"

#include "Clock.h"

namespace yiping::gen::ids {

namespace {

const char kUsccCharset[] = "0123456789ABCDEFGHJKLMNPQRTUWXY"; // 31 characters, no I O Z S V

int usccValue(char c)
{
    for (int i = 0; i < 31; ++i)
        if (kUsccCharset[i] == c)
            return i;
    return 0;
}

} // namespace

char citizenCheckDigit(QByteArrayView first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i] - '0') * weights[i];
    return "10X98765432"[sum % 11];
}

QByteArray citizenId(const QByteArray &region6, qint64 birthUtc, int sequence, bool male)
{
    QByteArray date;
    appendDate(date, birthUtc);
    date.replace("-", "");
    int seq = sequence % 1000;
    if ((seq % 2 == 1) != male)
        seq = seq == 999 ? 998 : seq + 1;
    QByteArray s = QByteArray::number(seq);
    QByteArray id = region6 + date + QByteArray(3 - s.size(), '0') + s;
    return id + citizenCheckDigit(id);
}

QByteArray mobile(Random &rng)
{
    static const int prefixes[] = {130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 147, 150, 151,
                                   152, 153, 155, 156, 157, 158, 159, 166, 173, 176, 177, 178, 180,
                                   181, 182, 183, 184, 185, 186, 187, 188, 189, 191, 198, 199};
    QByteArray s = QByteArray::number(prefixes[rng.below(int(std::size(prefixes)))]);
    for (int i = 0; i < 8; ++i)
        s += char('0' + rng.below(10));
    return s;
}

char usccCheckChar(QByteArrayView first17)
{
    static const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += usccValue(first17[i]) * weights[i];
    return kUsccCharset[(31 - sum % 31) % 31];
}

QByteArray uscc(Random &rng, const QByteArray &kind, const QByteArray &region6)
{
    QByteArray head = "91"; // market entity registered with market regulation: company
    if (kind == "social_organization")
        head = "51";
    else if (kind == "private_non_enterprise")
        head = "52";
    else if (kind == "public_institution")
        head = "12";
    // Organisation code: 8 characters, then its GB 11714 check character.
    static const int weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    QByteArray org;
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const int v = i == 0 ? rng.between(1, 9) : rng.below(10);
        org += char('0' + v);
        sum += v * weights[i];
    }
    const int c = 11 - sum % 11;
    org += c == 10 ? 'X' : c == 11 ? '0' : char('0' + c);
    const QByteArray first17 = head + region6 + org;
    return first17 + usccCheckChar(first17);
}

} // namespace yiping::gen::ids
