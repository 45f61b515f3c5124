#include "client/app/AppLink.h"

#include "shared/Validation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace kp::client {
namespace {

const QString kScheme = QStringLiteral("kundenportal");

ParsedAppLink refuse(const QString &reason)
{
    return {std::nullopt, reason};
}

// The one value of `key`; empty when absent, nullopt when given more than once (which of two
// codes would the partner have meant?).
std::optional<QString> single(const QUrlQuery &query, const QString &key)
{
    const auto values = query.allQueryItemValues(key, QUrl::FullyDecoded);
    if (values.size() > 1)
        return std::nullopt;
    return values.value(0);
}

} // namespace

ParsedAppLink AppLink::parse(const QString &text)
{
    if (text.size() > maxLength)
        return refuse(QStringLiteral("the link is longer than %1 characters").arg(maxLength));
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return refuse(QStringLiteral("not a valid URL"));
    if (url.scheme() != kScheme)
        return refuse(QStringLiteral("not a %1:// link").arg(kScheme));
    if (!url.userInfo().isEmpty() || url.port() != -1)
        return refuse(QStringLiteral("unexpected user or port"));
    // Browsers may add a slash after the host; nothing else may follow it.
    if (url.host() != QLatin1String("register") || (!url.path().isEmpty() && url.path() != QLatin1String("/")))
        return refuse(QStringLiteral("unknown action (only register is known)"));

    const QUrlQuery query(url);
    const auto code = single(query, QStringLiteral("ref"));
    const auto click = single(query, QStringLiteral("click"));
    if (!code || !click)
        return refuse(QStringLiteral("a parameter is given more than once"));
    if (const auto problem = validation::checkReferralCode(*code))
        return refuse(QStringLiteral("referral code: %1").arg(*problem));
    static const QRegularExpression clickPattern(QStringLiteral("^[A-Za-z0-9_-]{1,%1}$").arg(clickIdMax));
    if (query.hasQueryItem(QStringLiteral("click")) && !clickPattern.match(*click).hasMatch())
        return refuse(QStringLiteral("click id: not 1 to %1 of A-Z a-z 0-9 _ -").arg(clickIdMax));
    return {AppLink {Action::Register, *code, *click}, QString()};
}

} // namespace kp::client
