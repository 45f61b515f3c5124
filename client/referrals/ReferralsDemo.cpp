#include "client/referrals/ReferralsDemo.h"

#include <QCoreApplication>

namespace kp::client::referralsdemo {
namespace {

const QString kLink = QStringLiteral("https://portal.leadwerk-agentur.de/r/");

// The screenshots' clock, as in the other demos: fixed, so the pictures do not change.
QDateTime at(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

ReferralSource link(const QString &source, const QString &medium, const QString &campaign, const QString &referrer)
{
    return {source, medium, campaign, referrer, ReferralVia::Link};
}

ReferralSource via(ReferralVia how)
{
    ReferralSource source;
    source.via = how;
    return source;
}

Account find(const DemoData &demo, const QString &name)
{
    for (const auto &list : {demo.approved, demo.pending}) {
        for (const auto &account : list) {
            if (account.name == name)
                return account;
        }
    }
    return {};
}

ReferralParty party(const Account &account)
{
    return {account.id, account.name, account.company};
}

PartnerEntry entry(const Account &account, int clicks, int registrations, int approved)
{
    PartnerEntry entry;
    entry.account = party(account);
    entry.email = account.email;
    entry.status = statusName(account.status);
    entry.code = account.referralCode;
    entry.clicks = clicks;
    entry.registrations = registrations;
    entry.approved = approved;
    return entry;
}

PartnerEntry brought(PartnerEntry entry, const Account &partner, const QDateTime &when, const ReferralSource &source)
{
    entry.referredBy = party(partner);
    entry.attributedAt = when;
    entry.source = source;
    return entry;
}

} // namespace

ReferralSummary summary(const DemoData &demo)
{
    auto summary = emptySummary(demo);
    summary.clicks = 37;
    summary.registrations = 5;
    summary.approved = 3;
    const auto referral = [](const QString &id, const QString &name, const QString &company, const QDateTime &clicked,
                             const QDateTime &registered, const QString &status, const ReferralSource &source) {
        return Referral {id, name, company, clicked, registered, status, source};
    };
    summary.referrals = {
        referral(QStringLiteral("acc_schulz7zahn3x2p"), QStringLiteral("Dr. Markus Schulz"),
                 QStringLiteral("Zahnarztpraxis Schulz"), at(11, 22, 19, 4), at(11, 24, 16, 41),
                 QStringLiteral("registered"),
                 link(QStringLiteral("google"), QStringLiteral("cpc"), QStringLiteral("praxis-2026"),
                      QStringLiteral("www.google.de"))),
        referral(QStringLiteral("acc_r1cht3rb4u"), QStringLiteral("Frank Richter"), QStringLiteral("Richter Bau GmbH"),
                 at(11, 2, 8, 15), at(11, 3, 10, 2), QStringLiteral("rejected"),
                 link(QStringLiteral("linkedin"), QStringLiteral("social"), {}, QStringLiteral("www.linkedin.com"))),
        referral(QStringLiteral("acc_n3um4nnb3w9x1"), QStringLiteral("Claudia Neumann"),
                 QStringLiteral("Neumann Immobilienbewertung"), {}, at(10, 18, 9, 30), QStringLiteral("approved"),
                 via(ReferralVia::Code)),
        referral(QStringLiteral("acc_h4us9w4rm7e3pl"), QStringLiteral("Thomas Weber"),
                 QStringLiteral("Hauswärme Weber e.K."), at(10, 1, 20, 47), at(10, 2, 7, 55),
                 QStringLiteral("approved"),
                 link(QStringLiteral("facebook"), QStringLiteral("cpc"), QStringLiteral("winter-2026"),
                      QStringLiteral("www.instagram.com"))),
        referral(QStringLiteral("acc_c4f3schm1dt"), QStringLiteral("Anna Schmidt"), QStringLiteral("Café Schmidt"),
                 at(9, 20, 12, 10), at(9, 21, 18, 3), QStringLiteral("approved"),
                 link({}, {}, {}, QStringLiteral("www.becker-immobilien.de"))),
    };
    return summary;
}

ReferralSummary emptySummary(const DemoData &demo)
{
    ReferralSummary summary;
    summary.code = demo.customer.referralCode;
    summary.link = kLink + summary.code;
    return summary;
}

QList<PartnerEntry> partners(const DemoData &demo)
{
    const auto jana = find(demo, QStringLiteral("Jana Becker"));
    const auto thomas = find(demo, QStringLiteral("Thomas Weber"));
    const auto ali = find(demo, QStringLiteral("Ali Yılmaz"));
    const auto sophie = find(demo, QStringLiteral("Sophie Lang"));
    const auto claudia = find(demo, QStringLiteral("Claudia Neumann"));
    const auto markus = find(demo, QStringLiteral("Dr. Markus Schulz"));
    const auto lena = find(demo, QStringLiteral("Lena Hoffmann"));
    const auto kemal = find(demo, QStringLiteral("Kemal Özdemir"));
    return {
        entry(jana, 37, 5, 3),
        brought(entry(thomas, 12, 1, 1), jana, at(10, 2, 7, 55),
                link(QStringLiteral("facebook"), QStringLiteral("cpc"), QStringLiteral("winter-2026"),
                     QStringLiteral("www.instagram.com"))),
        entry(ali, 4, 1, 0),
        brought(entry(sophie, 0, 0, 0), thomas, at(11, 12, 11, 20),
                link(QStringLiteral("newsletter"), QStringLiteral("email"), QStringLiteral("herbst"), {})),
        brought(entry(claudia, 2, 0, 0), jana, at(10, 18, 9, 30), via(ReferralVia::Code)),
        brought(entry(markus, 0, 0, 0), jana, at(11, 24, 16, 41),
                link(QStringLiteral("google"), QStringLiteral("cpc"), QStringLiteral("praxis-2026"),
                     QStringLiteral("www.google.de"))),
        entry(lena, 0, 0, 0),
        brought(entry(kemal, 0, 0, 0), ali, at(12, 1, 15, 12), via(ReferralVia::Admin)),
    };
}

QString correctedAccountId(const DemoData &demo)
{
    return find(demo, QStringLiteral("Kemal Özdemir")).id;
}

QList<AttributionChange> history(const DemoData &demo)
{
    const auto ali = find(demo, QStringLiteral("Ali Yılmaz"));
    AttributionChange change;
    change.id = QStringLiteral("chg-1");
    change.at = at(12, 1, 15, 12);
    change.to = party(ali);
    change.reason
        = QCoreApplication::translate("referralsdemo", "Mr Özdemir says Ali Yılmaz recommended us; he typed no code.");
    change.by = {demo.admin.id, demo.admin.name, {}};
    return {change};
}

} // namespace kp::client::referralsdemo
