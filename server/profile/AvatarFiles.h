#pragma once

#include <QByteArray>
#include <QString>

namespace kp::server {

// The stored pictures, one file per content under <data_dir>/avatars/, named by its SHA-256:
// the name is the ETag, and two uploads of one picture are one file. Written to a temporary
// file and renamed, so a reader never sees half a picture.
class AvatarFiles {
public:
    explicit AvatarFiles(const QString &dataDir);

    // Stores the bytes (if not there yet); returns their SHA-256 in hex.
    QString store(const QByteArray &bytes);
    QString path(const QString &sha256) const;
    void remove(const QString &sha256);

private:
    QString m_directory;
};

} // namespace kp::server
