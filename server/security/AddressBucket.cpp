#include "server/security/AddressBucket.h"

#include <arpa/inet.h>

#include <cstring>

namespace kp::server {

QString addressBucket(const QString &address)
{
    const auto text = address.toLatin1();
    in_addr v4 {};
    if (inet_pton(AF_INET, text.constData(), &v4) == 1)
        return address;
    in6_addr v6 {};
    if (inet_pton(AF_INET6, text.constData(), &v6) != 1)
        return address.left(64); // not an address (the demo seeder's "demo"): counted as it is
    char out[INET6_ADDRSTRLEN] = {};
    static const unsigned char mappedPrefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::memcmp(v6.s6_addr, mappedPrefix, sizeof mappedPrefix) == 0) {
        std::memcpy(&v4, v6.s6_addr + 12, 4);
        return QString::fromLatin1(inet_ntop(AF_INET, &v4, out, sizeof out));
    }
    std::memset(v6.s6_addr + 8, 0, 8);
    return QString::fromLatin1(inet_ntop(AF_INET6, &v6, out, sizeof out)) + QStringLiteral("/64");
}

} // namespace kp::server
