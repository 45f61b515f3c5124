#pragma once

#include <QString>

namespace kp::server {

// [webhook] keys: an HTTPS endpoint of the agency that receives each callback request as JSON,
// signed with `secret`. Off while url or secret is missing.
struct WebhookSettings {
    QString url;
    QString secret; // secret, or the contents of secret_file

    bool enabled() const { return !url.isEmpty() && !secret.isEmpty(); }
};

} // namespace kp::server
