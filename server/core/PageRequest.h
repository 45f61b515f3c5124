#pragma once

#include <QString>

namespace kp::server {

// One page of a list as a service reads it: at most `limit` items after `cursor` (empty: from
// the start). The cursor is opaque to clients; the store that made it checks it.
struct PageRequest {
    int limit = 50;
    QString cursor;
};

} // namespace kp::server
