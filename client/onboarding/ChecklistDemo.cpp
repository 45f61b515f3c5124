#include "client/onboarding/ChecklistDemo.h"

namespace kp::client::checklistdemo {
namespace {

using Type = ChecklistItemType;

ChecklistItem item(const char *id, const char *label, Type type, bool required, const char *help = "",
                   ChecklistOwner owner = ChecklistOwner::Customer)
{
    ChecklistItem result;
    result.id = QString::fromUtf8(id);
    result.label = QString::fromUtf8(label);
    result.help = QString::fromUtf8(help);
    result.type = type;
    result.required = required;
    result.owner = owner;
    return result;
}

Checklist checklist()
{
    auto branche = item("branche", "Branche", Type::Choice, true, "Damit wir passende Zielgruppen wählen.");
    branche.options = {QStringLiteral("Immobilien"), QStringLiteral("Handwerk"), QStringLiteral("Gesundheit"),
                       QStringLiteral("Solar & Energie"), QStringLiteral("Sonstiges")};
    Checklist result;
    result.version = 3;
    result.sections = {
        {QStringLiteral("unternehmen"),
         QStringLiteral("Unternehmen"),
         {item("firma_name", "Firmenname laut Impressum", Type::Text, true, "So wie er in Anzeigen erscheinen darf."),
          branche,
          item("logo", "Logo (PNG oder PDF)", Type::File, true,
               "Möglichst als Vektor-PDF oder PNG mit transparentem Hintergrund.")}},
        {QStringLiteral("werbekonten"),
         QStringLiteral("Werbekonten"),
         {item("fb_business_id", "Facebook Business Manager ID", Type::Text, true,
               "Zu finden unter Unternehmenseinstellungen > Unternehmensinfo."),
          item("fb_partner_access", "Partnerzugriff für die Agentur freigegeben", Type::Checkbox, true,
               "Ohne diesen Zugriff können wir keine Kampagnen anlegen."),
          item("zahlungsmethode", "Zahlungsmethode im Werbekonto hinterlegt", Type::Checkbox, true),
          item("pixel_eingerichtet", "Meta-Pixel eingerichtet", Type::Checkbox, true, "Erledigen wir für Sie.",
               ChecklistOwner::Agency)}},
        {QStringLiteral("landingpage"),
         QStringLiteral("Landingpage"),
         {item("website", "Bestehende Website", Type::Url, false, "Falls vorhanden, z. B. https://www.ihre-firma.de"),
          item("wunschstart", "Gewünschter Kampagnenstart", Type::Date, true,
               "Frühestens zwei Wochen nach Abschluss der Checkliste."),
          item("besonderheiten", "Was macht Ihr Angebot besonders?", Type::Text, false, "Stichpunkte genügen."),
          item("landingpage_entwurf", "Entwurf der Landingpage erstellt", Type::Checkbox, true, "",
               ChecklistOwner::Agency)}},
    };
    return result;
}

ChecklistFile logo()
{
    return {QStringLiteral("9f2c1a7e5b0d4c3a8e6f1b2d7c9a0e4f5b3d8c1a2e7f6b9d0c4a3e8f1b5d2c7a"),
            QStringLiteral("Becker-Logo.pdf"), 184320, QStringLiteral("application/pdf")};
}

} // namespace

CustomerChecklist empty()
{
    CustomerChecklist result;
    result.checklist = checklist();
    result.progress = {0, 9, 0, 7, 0, 2};
    return result;
}

CustomerChecklist halfDone()
{
    auto result = empty();
    result.answers = {{QStringLiteral("firma_name"), QStringLiteral("Becker Immobilien GmbH")},
                      {QStringLiteral("branche"), QStringLiteral("Immobilien")},
                      {QStringLiteral("fb_partner_access"), true},
                      {QStringLiteral("pixel_eingerichtet"), true}};
    result.progress = {3, 9, 3, 7, 1, 2};
    return result;
}

CustomerChecklist forAgency()
{
    auto result = halfDone();
    result.answers.insert(QStringLiteral("logo"), logo().value);
    result.files.insert(QStringLiteral("logo"), logo());
    result.answers.insert(QStringLiteral("website"), QStringLiteral("https://www.becker-immobilien.de"));
    result.answers.insert(QStringLiteral("wunschstart"), QStringLiteral("2027-01-11"));
    result.answers.insert(QStringLiteral("besonderheiten"),
                          QStringLiteral("Regionale Marktkenntnis seit 1998, Bewertung innerhalb von 48 Stunden."));
    result.progress = {7, 9, 5, 7, 1, 2};
    return result;
}

CustomerChecklist completed()
{
    auto result = halfDone();
    result.answers.insert(QStringLiteral("logo"), logo().value);
    result.files.insert(QStringLiteral("logo"), logo());
    result.answers.insert(QStringLiteral("fb_business_id"), QStringLiteral("104829375610284"));
    result.answers.insert(QStringLiteral("zahlungsmethode"), true);
    result.answers.insert(QStringLiteral("website"), QStringLiteral("https://www.becker-immobilien.de"));
    result.answers.insert(QStringLiteral("wunschstart"), QStringLiteral("2027-01-11"));
    result.answers.insert(QStringLiteral("landingpage_entwurf"), true);
    result.complete = true;
    result.completedAt = QDateTime(QDate(2026, 12, 3), QTime(10, 12), Qt::UTC);
    result.progress = {8, 9, 7, 7, 2, 2};
    return result;
}

} // namespace kp::client::checklistdemo
