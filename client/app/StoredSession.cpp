#include "client/app/StoredSession.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kp::client {

QString StoredSession::toText() const
{
    const QJsonObject json {{QStringLiteral("token"), token}, {QStringLiteral("account_id"), accountId}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

StoredSession StoredSession::fromText(const QString &text)
{
    if (!text.startsWith(QLatin1Char('{')))
        return {text, {}};
    const auto json = QJsonDocument::fromJson(text.toUtf8()).object();
    return {json.value(QLatin1String("token")).toString(), json.value(QLatin1String("account_id")).toString()};
}

} // namespace kp::client
