#pragma once

#include <QString>

namespace kp::server {

// The unit a rate limit counts a client address in. IPv4 addresses count one by one; an IPv6
// client usually holds a whole /64 (SLAAC, privacy addresses), so it counts per /64: otherwise
// one host could rotate through 2^64 fresh budgets. IPv4-mapped IPv6 counts as the IPv4 address.
QString addressBucket(const QString &address);

} // namespace kp::server
