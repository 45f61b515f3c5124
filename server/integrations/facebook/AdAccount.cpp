#include "server/integrations/facebook/AdAccount.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kp::server::facebook {

std::optional<QString> adAccountNumber(const QString &externalId)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:act_)?([0-9]{1,20})$"));
    const auto match = pattern.match(externalId.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1);
}

QString defaultAttribution()
{
    return QStringLiteral("7d_click,1d_view");
}

QString attributionCode(const QJsonArray &spec)
{
    QStringList parts;
    for (const auto &entry : spec) {
        const auto object = entry.toObject();
        const auto type = object.value(QLatin1String("event_type")).toString();
        const int days = object.value(QLatin1String("window_days")).toInt();
        QString kind;
        if (type == QLatin1String("CLICK_THROUGH"))
            kind = QStringLiteral("click");
        else if (type == QLatin1String("VIEW_THROUGH"))
            kind = QStringLiteral("view");
        else if (type == QLatin1String("ENGAGED_VIDEO_VIEW"))
            kind = QStringLiteral("engaged_view");
        if (kind.isEmpty() || days <= 0)
            continue;
        parts.append(QStringLiteral("%1d_%2").arg(days).arg(kind));
    }
    return parts.isEmpty() ? defaultAttribution() : parts.join(QLatin1Char(','));
}

std::optional<metrics::AdAccountInfo> parseAdAccount(const QByteArray &body)
{
    const auto document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    const auto object = document.object();
    static const QRegularExpression isoCurrency(QStringLiteral("^[A-Z]{3}$"));
    metrics::AdAccountInfo info;
    info.currency = object.value(QLatin1String("currency")).toString();
    info.timeZone = object.value(QLatin1String("timezone_name")).toString();
    if (!isoCurrency.match(info.currency).hasMatch() || info.timeZone.isEmpty())
        return std::nullopt;
    // Deprecated on the account since iOS 14 and often absent; the default applies then.
    info.attribution = attributionCode(object.value(QLatin1String("attribution_spec")).toArray());
    return info;
}

} // namespace kp::server::facebook
