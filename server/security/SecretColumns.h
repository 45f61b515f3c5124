#pragma once

#include <array>

namespace kp::server {

// A TEXT column that holds values sealed by SecretBox (NULL allowed), and the column that names
// its row. `kundenportal-server --rotate-key` seals every value of every column listed here
// again: a feature that stores a new kind of secret adds its row.
struct SecretColumn {
    const char *table;
    const char *column;
    const char *key;
};

inline constexpr std::array secretColumns {
    SecretColumn {"ad_accounts", "credentials", "id"},
};

} // namespace kp::server
