#pragma once

#include "server/core/ContentFiles.h"

namespace kp::server {

// The stored pictures, one file per content under <data_dir>/avatars/, named by its SHA-256
// (the ETag of GET /api/v1/accounts/{id}/avatar).
class AvatarFiles : public ContentFiles {
public:
    explicit AvatarFiles(const QString &dataDir)
        : ContentFiles(dataDir, QStringLiteral("avatars"))
    {
    }
};

} // namespace kp::server
