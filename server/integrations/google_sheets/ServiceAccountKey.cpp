#include "server/integrations/google_sheets/ServiceAccountKey.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace kp::server::google {

std::optional<ServiceAccountKey> ServiceAccountKey::load(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("cannot read %1").arg(path);
        return std::nullopt;
    }
    QJsonParseError error {};
    const auto document = QJsonDocument::fromJson(file.read(1024 * 1024), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = QStringLiteral("%1 is not a JSON key file").arg(path);
        return std::nullopt;
    }
    const auto json = document.object();
    if (json.value(QLatin1String("type")).toString() != QLatin1String("service_account")) {
        *problem = QStringLiteral("%1 is not a service account key (\"type\" is not \"service_account\")").arg(path);
        return std::nullopt;
    }
    ServiceAccountKey key;
    key.clientEmail = json.value(QLatin1String("client_email")).toString();
    key.privateKey = json.value(QLatin1String("private_key")).toString().toUtf8();
    key.privateKeyId = json.value(QLatin1String("private_key_id")).toString();
    key.tokenUri = json.value(QLatin1String("token_uri")).toString();
    if (key.clientEmail.isEmpty() || key.privateKey.isEmpty()) {
        *problem = QStringLiteral("%1 lacks client_email or private_key").arg(path);
        return std::nullopt;
    }
    return key;
}

} // namespace kp::server::google
