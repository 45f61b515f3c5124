#pragma once

#include <QString>

namespace kp::server {

// [facebook]: the Graph API the ad-metrics connector reads (Marketing API Insights).
struct FacebookSettings {
    QString graphUrl = QStringLiteral("https://graph.facebook.com"); // a fake on loopback in tests
    QString apiVersion = QStringLiteral("v21.0");
    // Ranges longer than this many days are read as an async report run instead of paged
    // synchronous reads (Meta's advice for large reads; the sync call times out on them).
    int asyncAfterDays = 90;
};

} // namespace kp::server
