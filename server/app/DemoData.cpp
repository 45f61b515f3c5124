#include "server/app/DemoData.h"

#include "server/accounts/AccountStore.h"
#include "server/accounts/AuthService.h"
#include "server/metrics/MetricsDemo.h"
#include "server/onboarding/ChecklistService.h"
#include "server/referrals/ReferralService.h"
#include "server/roadmap/RoadmapService.h"

#include <QImage>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPainter>
#include <QTemporaryFile>

Q_LOGGING_CATEGORY(lcDemo, "kp.demo")

namespace kp::server {
namespace {

constexpr const char *kDemoAdmin = "admin@kundenportal.demo";
constexpr const char *kDemoCustomer = "kunde@kundenportal.demo";
constexpr const char *kDemoOnboarded = "solar@kundenportal.demo";

// The checklist as the agency's sheet would have it (DESIGN.md "The checklist sheet"), every
// item type and two of the agency's own items among them.
constexpr const char *kDemoChecklist
    = "section;item_id;label;type;required;options;help;stage;owner\n"
      "Unternehmen;firma_name;Firmenname laut Impressum;text;ja;;So wie er in Anzeigen erscheinen darf.;start;\n"
      "Unternehmen;branche;Branche;choice;ja;\"Immobilien;Handwerk;Gesundheit;Solar & Energie;Sonstiges\";"
      "Damit wir passende Zielgruppen wählen.;start;\n"
      "Unternehmen;logo;Logo (PNG oder PDF);file;ja;;Möglichst als Vektor-PDF oder PNG mit transparentem "
      "Hintergrund.;start;\n"
      "Werbekonten;fb_business_id;Facebook Business Manager ID;text;ja;;Zu finden unter Unternehmenseinstellungen "
      "> Unternehmensinfo.;kampagne;\n"
      "Werbekonten;fb_partner_access;Partnerzugriff für die Agentur freigegeben;checkbox;ja;;Ohne diesen Zugriff "
      "können wir keine Kampagnen anlegen.;kampagne;\n"
      "Werbekonten;zahlungsmethode;Zahlungsmethode im Werbekonto hinterlegt;checkbox;ja;;;kampagne;\n"
      "Werbekonten;pixel_eingerichtet;Meta-Pixel eingerichtet;checkbox;ja;;Erledigen wir für Sie.;kampagne;agentur\n"
      "Landingpage;website;Bestehende Website;url;nein;;Falls vorhanden, z. B. https://www.ihre-firma.de;landingpage;\n"
      "Landingpage;wunschstart;Gewünschter Kampagnenstart;date;ja;;Frühestens zwei Wochen nach Abschluss der "
      "Checkliste.;landingpage;\n"
      "Landingpage;besonderheiten;Was macht Ihr Angebot besonders?;text;nein;;Stichpunkte genügen.;landingpage;\n"
      "Landingpage;landingpage_entwurf;Entwurf der Landingpage erstellt;checkbox;ja;;;landingpage;agentur\n";

// A customer past onboarding: every item of theirs answered, the logo a small PNG, completed.
void completeChecklist(ChecklistService &checklists, const Account &customer)
{
    checklists.saveAnswers(customer,
                           {{QStringLiteral("firma_name"), QStringLiteral("Wagner Solartechnik GmbH")},
                            {QStringLiteral("branche"), QStringLiteral("Solar & Energie")},
                            {QStringLiteral("fb_business_id"), QStringLiteral("1029384756")},
                            {QStringLiteral("fb_partner_access"), true},
                            {QStringLiteral("zahlungsmethode"), true},
                            {QStringLiteral("wunschstart"), QStringLiteral("2026-01-12")}});
    QTemporaryFile logo;
    if (!logo.open())
        return;
    QImage image(160, 160, QImage::Format_ARGB32);
    image.fill(QColor(0xf5, 0xa6, 0x23));
    image.save(&logo, "PNG");
    logo.close();
    const auto file
        = checklists.attachFile(customer, QStringLiteral("logo"), logo.fileName(), QStringLiteral("logo.png"));
    checklists.saveAnswers(customer, {{QStringLiteral("logo"), file.sha256}});
    checklists.complete(customer);
}

} // namespace

DemoSeed seedDemoData(AuthService &auth, AccountStore &accounts, ChecklistService &checklists,
                      metrics::MetricsModule &metrics, referrals::ReferralService &referrals,
                      roadmap::RoadmapService &roadmap)
{
    // The demo admin marks a database this function filled; accounts registered there since
    // (trying the app out) keep it a demo database.
    if (accounts.findCredentials(QString::fromLatin1(kDemoAdmin)))
        return DemoSeed::SeededBefore;
    if (!accounts.list({}, 1, {}).value_or(AccountPage {}).items.isEmpty())
        return DemoSeed::RefusedRealData;
    const auto demo = [](const char *email, const char *name, const char *company, const char *phone) {
        Registration registration;
        registration.email = QString::fromUtf8(email);
        registration.password = QStringLiteral("demo-passwort-2026");
        registration.name = QString::fromUtf8(name);
        registration.company = QString::fromUtf8(company);
        registration.phone = QString::fromUtf8(phone);
        return registration;
    };
    auth.createApprovedAccount(demo(kDemoAdmin, "Agentur Admin", "Leadwerk Agentur", ""), AccountRole::Admin);
    auth.createApprovedAccount(demo(kDemoCustomer, "Jana Becker", "Becker Immobilien GmbH", "+49 30 1234567"),
                               AccountRole::Customer);
    auth.createApprovedAccount(demo(kDemoOnboarded, "Thomas Wagner", "Wagner Solartechnik GmbH", "+49 40 7654321"),
                               AccountRole::Customer);
    // The onboarded customer's partner link was shared: clicks from five visitors (each a
    // stand-in address, hashed like a real one), three of whom registered through the link's
    // app button; the third typed the code by hand.
    const auto partnerCode = accounts.findCredentials(QString::fromLatin1(kDemoOnboarded))->account.referralCode;
    const char *clicks[][4] = {
        {"demo-visitor-1", "instagram", "social", "https://l.instagram.com/"},
        {"demo-visitor-2", "newsletter", "email", ""},
        {"demo-visitor-3", "", "", "https://www.google.de/"},
        {"demo-visitor-4", "linkedin", "social", "https://www.linkedin.com/feed/"},
        {"demo-visitor-5", "whatsapp", "messenger", ""},
    };
    QStringList clickIds;
    for (const auto &click : clicks)
        clickIds.append(referrals
                            .recordClick(partnerCode,
                                         {QString::fromLatin1(click[0]), QString::fromLatin1(click[1]),
                                          QString::fromLatin1(click[2]), QStringLiteral("empfehlung-2026"),
                                          QString::fromLatin1(click[3])})
                            .value_or(QString()));
    const char *pending[][5] = {
        {"m.schulz@zahnarzt-schulz.de", "Dr. Markus Schulz", "Zahnarztpraxis Schulz", "+49 89 5551234", "0"},
        {"info@solar-nord.de", "Lena Hoffmann", "Solar Nord GmbH & Co. KG", "", "1"},
        {"k.oezdemir@fitwerk.de", "Kemal Özdemir", "FitWerk Studios", "+49 221 998877", ""},
    };
    for (const auto &row : pending) {
        auto registration = demo(row[0], row[1], row[2], row[3]);
        registration.referralCode = partnerCode;
        const bool byLink = *row[4] != '\0';
        if (byLink)
            registration.referralClick = clickIds.value(QByteArray(row[4]).toInt());
        auth.registerAccount(
            registration, byLink ? QString::fromLatin1(clicks[QByteArray(row[4]).toInt()][0]) : QStringLiteral("demo"));
    }
    // One of them approved already, so the partner page shows every status but "rejected".
    if (const auto schulz = accounts.findCredentials(QStringLiteral("m.schulz@zahnarzt-schulz.de")))
        accounts.decide(schulz->account.id, {AccountStatus::Pending}, AccountStatus::Approved, std::nullopt,
                        accounts.findCredentials(QString::fromLatin1(kDemoAdmin))->account.id);
    checklists.importCsv(QByteArray(kDemoChecklist));
    // Half done, so the checklist page shows progress and what is missing.
    if (const auto customer = accounts.findCredentials(QString::fromLatin1(kDemoCustomer)))
        checklists.saveAnswers(customer->account,
                               {{QStringLiteral("firma_name"), QStringLiteral("Becker Immobilien GmbH")},
                                {QStringLiteral("branche"), QStringLiteral("Immobilien")},
                                {QStringLiteral("fb_partner_access"), true},
                                {QStringLiteral("website"), QStringLiteral("https://www.becker-immobilien.de")}});
    // Past onboarding, with ad metrics: the dashboard at once.
    if (const auto customer = accounts.findCredentials(QString::fromLatin1(kDemoOnboarded))) {
        completeChecklist(checklists, customer->account);
        metrics::seedDemoMetrics(metrics, customer->account.id);
        // The agency built the landing page last week; the roadmap's other stages follow from
        // the approval, the checklist (the demo has no required video) and the metrics' leads, and
        // the ads are the current one, with the WhatsApp bot offered.
        const auto admin = accounts.findCredentials(QString::fromLatin1(kDemoAdmin))->account;
        roadmap.mark(admin, customer->account.id, QStringLiteral("landing_page"),
                     {{QStringLiteral("done"), true},
                      {QStringLiteral("completed_on"),
                       QDateTime::currentDateTimeUtc().date().addDays(-5).toString(Qt::ISODate)}});
    }
    qCInfo(lcDemo) << "demo data created: admin@kundenportal.demo / kunde@kundenportal.demo / "
                      "solar@kundenportal.demo, password demo-passwort-2026";
    return DemoSeed::Seeded;
}

} // namespace kp::server
