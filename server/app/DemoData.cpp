#include "server/app/DemoData.h"

#include "server/accounts/AccountStore.h"
#include "server/accounts/AuthService.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemo, "kp.demo")

namespace kp::server {
namespace {

constexpr const char *kDemoAdmin = "admin@kundenportal.demo";

} // namespace

DemoSeed seedDemoData(AuthService &auth, AccountStore &accounts)
{
    // The demo admin marks a database this function filled; accounts registered there since
    // (trying the app out) keep it a demo database.
    if (accounts.findCredentials(QString::fromLatin1(kDemoAdmin)))
        return DemoSeed::SeededBefore;
    if (!accounts.list(std::nullopt, 1, {}).value_or(AccountPage {}).items.isEmpty())
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
    auth.createApprovedAccount(
        demo("kunde@kundenportal.demo", "Jana Becker", "Becker Immobilien GmbH", "+49 30 1234567"),
        AccountRole::Customer);
    const char *pending[][4] = {
        {"m.schulz@zahnarzt-schulz.de", "Dr. Markus Schulz", "Zahnarztpraxis Schulz", "+49 89 5551234"},
        {"info@solar-nord.de", "Lena Hoffmann", "Solar Nord GmbH & Co. KG", ""},
        {"k.oezdemir@fitwerk.de", "Kemal Özdemir", "FitWerk Studios", "+49 221 998877"},
    };
    for (const auto &row : pending)
        auth.registerAccount(demo(row[0], row[1], row[2], row[3]), QStringLiteral("demo"));
    qCInfo(lcDemo)
        << "demo data created: admin@kundenportal.demo / kunde@kundenportal.demo, password demo-passwort-2026";
    return DemoSeed::Seeded;
}

} // namespace kp::server
