#pragma once

#include "shared/Referral.h"

#include <QCoreApplication>

namespace kp::client {

// The words of the partner program, the same on the customer's page and the admin's overview.
class ReferralText {
    Q_DECLARE_TR_FUNCTIONS(ReferralText)

public:
    // A referral's state: "registriert", "freigegeben", "abgelehnt" (also an account's status
    // "pending" in the admin's table reads "registriert").
    static QString status(const QString &status);
    // The stylesheet tone of the status chip ("", "success", "danger").
    static QString tone(const QString &status);
    // Where a referral came from in one line: "facebook · cpc · winter-2026 · über
    // www.instagram.com" for a link, "Code von Hand eingegeben", "Von der Agentur zugeordnet".
    static QString source(const ReferralSource &source);
    // Only the campaign details and the referring site ("facebook · cpc · über …"), "–" without.
    static QString details(const ReferralSource &source);
    // How the partner came to be: "Persönlicher Link", "Code von Hand eingegeben", …
    static QString via(ReferralVia via);
    // "Jana Becker (Becker Immobilien)", or "nobody" for an empty party.
    static QString party(const ReferralParty &party);
    // A date and time, or "–" when there is none (e.g. no click: the code was typed).
    static QString when(const QDateTime &instant);
    // The day alone, or "–".
    static QString day(const QDateTime &instant);
    // One admin correction in a line: when, who, what, and the reason.
    static QString change(const AttributionChange &change);
};

} // namespace kp::client
