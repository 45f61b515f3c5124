#include "client/app/ClientSettings.h"

#include <QHostAddress>
#include <QSettings>

namespace kp::client {

QUrl ClientSettings::defaultServer()
{
    return QUrl(QStringLiteral("http://127.0.0.1:8080"));
}

QUrl ClientSettings::server() const
{
    const auto stored = parseServer(QSettings().value(QStringLiteral("server/url")).toString());
    return stored.isValid() ? stored : defaultServer();
}

void ClientSettings::setServer(const QUrl &server)
{
    QSettings().setValue(QStringLiteral("server/url"), server.toString());
}

QUrl ClientSettings::parseServer(const QString &text)
{
    const auto trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // A bare host name means HTTPS: the documented public deployment sits behind TLS.
    const auto withScheme = trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("https://") + trimmed;
    QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    url = url.adjusted(QUrl::StripTrailingSlash);
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    return url;
}

bool ClientSettings::isUnencryptedRemote(const QUrl &server)
{
    if (server.scheme() != QLatin1String("http"))
        return false;
    const auto host = server.host().toLower();
    return host != QLatin1String("localhost") && !QHostAddress(host).isLoopback();
}

} // namespace kp::client
