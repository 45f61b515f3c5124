#pragma once

#include "server/metrics/MetricsConnector.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace kp::server::facebook {

// The ad account as an admin enters it ("act_123456" or just "123456") → its number
// ("123456"); nullopt for anything else, so a typo never reaches the Graph API as a path.
std::optional<QString> adAccountNumber(const QString &externalId);

// Meta's default attribution setting (7-day click, 1-day view), reported when the account does
// not say: insights are read with use_unified_attribution_setting=true, which counts with each
// ad set's own setting, and for accounts that never changed it that is this default.
QString defaultAttribution();

// attribution_spec [{"event_type": "CLICK_THROUGH", "window_days": 7}, …] → "7d_click,1d_view"
// (ENGAGED_VIDEO_VIEW → "engaged_view"). Entries of an unknown type are left out; an empty or
// absent spec gives defaultAttribution().
QString attributionCode(const QJsonArray &spec);

// GET /{v}/act_{id}?fields=currency,timezone_name,account_status,attribution_spec. nullopt when
// the currency is not an ISO code or the time zone is missing: the dashboard could not label
// its numbers correctly with them.
std::optional<metrics::AdAccountInfo> parseAdAccount(const QByteArray &body);

} // namespace kp::server::facebook
