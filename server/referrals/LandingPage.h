#pragma once

#include "server/referrals/ReferralSettings.h"

#include <QString>

#include <string>

namespace kp::server::referrals {

// The page a prospect sees on opening a partner link (GET /r/{code}): server-rendered HTML5,
// responsive, with no external resource of any kind (one inline <style>, allowed by its hash;
// the logo is inline SVG). It presents the agency, says what the portal gives, shows the code to
// type by hand and carries the app link kundenportal://register?ref=CODE&click=ID, plus a
// download link when [referrals] download_url is set. It never names the partner: a guessed code
// must not reveal whose it is. German unless Accept-Language prefers English. Every dynamic
// value is HTML-escaped.
class LandingPage {
public:
    enum class Language { German, English };

    explicit LandingPage(const ReferralSettings &settings);

    // English when the header ranks en above de; German otherwise.
    static Language preferredLanguage(const std::string &acceptLanguage);

    // `clickId` empty: an app link with the code only.
    QString page(const QString &code, const QString &clickId, Language language) const;
    // The friendly page for a code nobody owns; `typed` is shown escaped (and shortened).
    QString notFound(const QString &typed, Language language) const;

    // default-src 'none'; the style by its hash; images only as data:; no forms, no frames.
    const std::string &contentSecurityPolicy() const { return m_policy; }

private:
    QString document(Language language, const QString &title, const QString &main) const;

    const ReferralSettings &m_settings;
    std::string m_policy;
};

} // namespace kp::server::referrals
