#pragma once

#include <QByteArray>
#include <QString>

namespace kp::server {

// Files stored by content in one folder under <data_dir>, each named by its SHA-256: the name
// is the ETag, and two uploads of one content are one file. Written to a temporary file (or
// renamed from the upload spool) so a reader never sees half a file.
class ContentFiles {
public:
    ContentFiles(const QString &dataDir, const QString &folder);

    // Stores the bytes (if not there yet); returns their SHA-256 in hex.
    QString store(const QByteArray &bytes);
    // Takes the file at `path` (a spooled upload on the same file system) by renaming it,
    // or drops it when that content is stored already; returns its SHA-256 in hex.
    QString adopt(const QString &path);
    QString path(const QString &sha256) const;
    void remove(const QString &sha256);

private:
    void makeFolder() const;

    QString m_directory;
};

} // namespace kp::server
