#include "server/integrations/facebook/UsageHeader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace kp::server::facebook {

std::optional<BusinessUseCaseUsage> parseBusinessUseCaseUsage(const QByteArray &header)
{
    if (header.isEmpty())
        return std::nullopt;
    const auto document = QJsonDocument::fromJson(header);
    if (!document.isObject())
        return std::nullopt;
    BusinessUseCaseUsage usage;
    const auto objects = document.object();
    for (auto object = objects.begin(); object != objects.end(); ++object) {
        for (const auto &entry : object.value().toArray()) {
            const auto bucket = entry.toObject();
            for (const auto *key : {"call_count", "total_cputime", "total_time"})
                usage.highestPercent = std::max(usage.highestPercent, bucket.value(QLatin1String(key)).toInt());
            usage.regainMinutes
                = std::max(usage.regainMinutes, bucket.value(QLatin1String("estimated_time_to_regain_access")).toInt());
        }
    }
    return usage;
}

} // namespace kp::server::facebook
