#include "server/integrations/intercom/IntercomSettings.h"

namespace kp::server {
namespace {

// us: https://<service>.intercom.io; eu and au: https://<service>.<region>.intercom.io.
QString regionalHost(const QString &service, const QString &region)
{
    const bool us = region.isEmpty() || region == QLatin1String("us");
    return QStringLiteral("https://%1.%2intercom.io").arg(service, us ? QString() : region + QLatin1Char('.'));
}

} // namespace

QString IntercomSettings::messengerApiBaseFor(const QString &region)
{
    return regionalHost(QStringLiteral("api-iam"), region);
}

QString IntercomSettings::restApiUrlFor(const QString &region)
{
    return regionalHost(QStringLiteral("api"), region);
}

} // namespace kp::server
