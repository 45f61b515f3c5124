#pragma once

#include <QLoggingCategory>

// One category for everything the Google Ads connector logs (token exchanges, searchStream
// requests, problems), so an admin can turn it up alone: QT_LOGGING_RULES="kp.google_ads.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcGoogleAds)
