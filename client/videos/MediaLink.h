#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace kp::client::medialink {

// A signed media path of the list ("/media/<file>?exp=…&sig=…") on the server at `base`, the
// way ApiClient places API paths under it (a server behind a path prefix keeps the prefix).
QUrl resolve(const QUrl &base, const QString &signedPath);

// True when the link's signature expires within the next minute: the list is fetched anew
// before playing or downloading it. A link without an expiry never does.
bool expiresSoon(const QString &signedPath, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace kp::client::medialink
