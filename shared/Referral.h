#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kp {

// How a referred customer came to its partner (API.md "Partner program").
enum class ReferralVia {
    Link,  // a click on the partner's link (/r/{code}) within the attribution window
    Code,  // the code alone: typed by hand, or a click older than the window
    Admin, // set or corrected by an admin
};

QString referralViaName(ReferralVia via);
std::optional<ReferralVia> referralViaFromName(const QString &name);

// Where a referral came from: the utm fields of the link that was clicked and the referring site
// (host only). All empty unless `via` is Link (or an admin's correction kept a click's source).
struct ReferralSource {
    QString utmSource;
    QString utmMedium;
    QString utmCampaign;
    QString referrer; // e.g. "www.instagram.com"
    ReferralVia via = ReferralVia::Code;

    QJsonObject toJson() const;
    static ReferralSource fromJson(const QJsonObject &json);
    bool operator==(const ReferralSource &) const = default;
};

// A customer someone brought, as its partner sees it.
struct Referral {
    QString id; // the referred account's id
    QString name;
    QString company;
    QDateTime clickedAt; // the attributed click; invalid without one
    QDateTime registeredAt;
    QString status; // "registered" (waiting for approval) | "approved" | "rejected"
    ReferralSource source;

    QJsonObject toJson() const;
    static std::optional<Referral> fromJson(const QJsonObject &json);
    bool operator==(const Referral &) const = default;
};

// GET /api/v1/referrals: a customer's partner program.
struct ReferralSummary {
    QString code;
    QString link; // <public_url>/r/<code>
    int clicks = 0;
    int registrations = 0;
    int approved = 0;
    QList<Referral> referrals; // newest registration first

    QJsonObject toJson() const;
    static std::optional<ReferralSummary> fromJson(const QJsonObject &json);
    bool operator==(const ReferralSummary &) const = default;
};

// Someone named in an admin's view: an account's id, name and company.
struct ReferralParty {
    QString id;
    QString name;
    QString company;

    bool isEmpty() const { return id.isEmpty(); }
    bool operator==(const ReferralParty &) const = default;
};

// One customer in the admin's partner overview (GET /api/v1/admin/referrals): its own figures as a
// partner and who brought it.
struct PartnerEntry {
    ReferralParty account;
    QString email;
    QString status; // the account's status: "pending" | "approved" | "rejected"
    QString code;
    int clicks = 0;
    int registrations = 0;
    int approved = 0;
    ReferralParty referredBy;             // empty: nobody
    QDateTime attributedAt;               // invalid without a partner
    std::optional<ReferralSource> source; // set with a partner

    QJsonObject toJson() const;
    static std::optional<PartnerEntry> fromJson(const QJsonObject &json);
    bool operator==(const PartnerEntry &) const = default;
};

// One admin correction of who brought an account (GET /api/v1/admin/accounts/{id}/referrer/history).
struct AttributionChange {
    QString id;
    QDateTime at;
    ReferralParty from; // empty: nobody before
    ReferralParty to;   // empty: nobody after
    QString reason;
    ReferralParty by; // the admin (company empty)

    QJsonObject toJson() const;
    static std::optional<AttributionChange> fromJson(const QJsonObject &json);
    bool operator==(const AttributionChange &) const = default;
};

} // namespace kp
