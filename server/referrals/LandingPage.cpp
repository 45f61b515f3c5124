#include "server/referrals/LandingPage.h"

#include <QCryptographicHash>
#include <QStringList>

namespace kp::server::referrals {
namespace {

// System fonts only; light and dark; one column on a phone, a card on a desktop.
const char *const kStyle
    = ":root{color-scheme:light dark;--bg:#f3f5f8;--card:#fff;--text:#1c2430;--muted:#5b6675;--accent:#1f5fd1;"
      "--accent-text:#fff;--line:#dde3ea}"
      "@media (prefers-color-scheme:dark){:root{--bg:#12161c;--card:#1b212a;--text:#e8edf3;--muted:#a3afbd;"
      "--accent:#5b8ff0;--accent-text:#0b1220;--line:#2c3541}}"
      "*{box-sizing:border-box}"
      "body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;padding:24px 16px;"
      "background:var(--bg);color:var(--text);font:16px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,"
      "'Helvetica Neue',Arial,sans-serif}"
      "main{width:100%;max-width:560px;background:var(--card);border:1px solid var(--line);border-radius:16px;"
      "padding:32px 28px;box-shadow:0 8px 30px rgba(0,0,0,.06)}"
      ".brand{display:flex;align-items:center;gap:12px;margin-bottom:20px;font-weight:600;color:var(--muted)}"
      ".brand svg{flex:none}"
      "h1{font-size:1.6rem;line-height:1.25;margin:0 0 12px}"
      "p{margin:0 0 16px;color:var(--muted)}"
      "ul{margin:0 0 24px;padding-left:1.2em}li{margin:4px 0}"
      ".code{display:flex;flex-wrap:wrap;align-items:center;gap:8px 12px;margin:0 0 24px;padding:14px 16px;"
      "border:1px dashed var(--line);border-radius:12px}"
      ".code b{font:600 1.35rem/1 ui-monospace,'SFMono-Regular',Menlo,Consolas,monospace;letter-spacing:.12em;"
      "overflow-wrap:anywhere}"
      ".code span{color:var(--muted);font-size:.9rem}"
      ".actions{display:flex;flex-wrap:wrap;gap:12px}"
      ".button{display:inline-block;padding:12px 20px;border-radius:10px;font-weight:600;text-decoration:none;"
      "background:var(--accent);color:var(--accent-text)}"
      ".button.secondary{background:transparent;color:var(--accent);border:1px solid var(--accent)}"
      ".hint{margin:20px 0 0;font-size:.9rem}"
      "@media (max-width:480px){main{padding:24px 18px}h1{font-size:1.35rem}.button{width:100%;text-align:center}}";

// The portal's mark, inline: the page loads nothing.
const char *const kLogo
    = "<svg width=\"36\" height=\"36\" viewBox=\"0 0 36 36\" aria-hidden=\"true\">"
      "<rect width=\"36\" height=\"36\" rx=\"9\" fill=\"#1f5fd1\"/>"
      "<path d=\"M11 25V11h4v5.5L20.5 11H25l-6.2 6.6L25.4 25H20.6l-4.4-5.3-1.2 1.3V25z\" fill=\"#fff\"/></svg>";

struct Texts {
    const char *lang;
    const char *title;    // %1: agency
    const char *lead;     // %1: agency
    const char *benefits; // "|"-separated
    const char *codeLabel;
    const char *codeHint;
    const char *openApp;
    const char *download;
    const char *hint;
    const char *unknownTitle;
    const char *unknownText; // %1: the typed code
};

const Texts kGerman {"de",
                     "Willkommen bei %1",
                     "Sie wurden eingeladen, Kunde von %1 zu werden. Im Kundenportal haben Sie alles an einem Ort:",
                     "Ihre Kampagnen-Ergebnisse jederzeit im Blick|Geführtes Onboarding mit klarer Checkliste|"
                     "Kurze Schulungsvideos|Direkter Draht zu Ihrem Team: Chat und Rückruf",
                     "Ihr Empfehlungscode",
                     "Bei der Registrierung in der App eingeben, falls der Knopf nicht funktioniert.",
                     "In der App registrieren",
                     "App herunterladen",
                     "Der Knopf öffnet die Kundenportal-App, sofern sie installiert ist.",
                     "Dieser Empfehlungslink ist nicht gültig",
                     "Den Code „%1“ kennen wir nicht. Bitte prüfen Sie den Link oder fragen Sie die Person, die ihn "
                     "Ihnen geschickt hat."};

const Texts kEnglish {"en",
                      "Welcome to %1",
                      "You have been invited to become a client of %1. The client portal puts everything in one "
                      "place:",
                      "Your campaign results at a glance|Guided onboarding with a clear checklist|Short training "
                      "videos|A direct line to your team: chat and callbacks",
                      "Your referral code",
                      "Enter it when you register in the app if the button does not work.",
                      "Register in the app",
                      "Download the app",
                      "The button opens the Kundenportal app if it is installed.",
                      "This referral link is not valid",
                      "We do not know the code “%1”. Please check the link or ask the person who sent it to you."};

const Texts &textsFor(LandingPage::Language language)
{
    return language == LandingPage::Language::English ? kEnglish : kGerman;
}

QString tr(const char *text)
{
    return QString::fromUtf8(text);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

LandingPage::LandingPage(const ReferralSettings &settings)
    : m_settings(settings)
{
    const auto hash = QCryptographicHash::hash(QByteArray(kStyle), QCryptographicHash::Sha256).toBase64();
    m_policy = "default-src 'none'; style-src 'sha256-" + hash.toStdString()
        + "'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
}

LandingPage::Language LandingPage::preferredLanguage(const std::string &acceptLanguage)
{
    double german = 0;
    double english = 0;
    for (const auto &part : QString::fromStdString(acceptLanguage).split(QLatin1Char(','))) {
        const auto tag = part.section(QLatin1Char(';'), 0, 0).trimmed().section(QLatin1Char('-'), 0, 0).toLower();
        double quality = 1;
        for (const auto &parameter : part.split(QLatin1Char(';')).mid(1)) {
            const auto trimmed = parameter.trimmed();
            if (trimmed.startsWith(QLatin1String("q="))) {
                bool ok = false;
                quality = trimmed.mid(2).toDouble(&ok);
                if (!ok)
                    quality = 0;
            }
        }
        if (tag == QLatin1String("de"))
            german = std::max(german, quality);
        else if (tag == QLatin1String("en"))
            english = std::max(english, quality);
    }
    return english > german ? Language::English : Language::German;
}

QString LandingPage::document(Language language, const QString &title, const QString &main) const
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                          "<meta name=\"robots\" content=\"noindex\"><title>%2</title><style>%3</style></head>"
                          "<body><main><div class=\"brand\">%4<span>%5</span></div>%6</main></body></html>\n")
        .arg(QLatin1String(textsFor(language).lang), title, QString::fromUtf8(kStyle), QString::fromUtf8(kLogo),
             escaped(m_settings.agencyName), main);
}

QString LandingPage::page(const QString &code, const QString &clickId, Language language) const
{
    const auto &texts = textsFor(language);
    auto appLink = QStringLiteral("kundenportal://register?ref=") + escaped(code);
    if (!clickId.isEmpty())
        appLink += QStringLiteral("&amp;click=") + escaped(clickId);
    QString benefits;
    for (const auto &benefit : tr(texts.benefits).split(QLatin1Char('|')))
        benefits += QStringLiteral("<li>%1</li>").arg(escaped(benefit));
    QString actions = QStringLiteral("<a class=\"button\" href=\"%1\">%2</a>").arg(appLink, escaped(tr(texts.openApp)));
    if (!m_settings.downloadUrl.isEmpty())
        actions += QStringLiteral("<a class=\"button secondary\" href=\"%1\">%2</a>")
                       .arg(escaped(m_settings.downloadUrl), escaped(tr(texts.download)));
    const auto title = escaped(tr(texts.title).arg(m_settings.agencyName));
    const auto main
        = QStringLiteral("<h1>%1</h1><p>%2</p><ul>%3</ul>"
                         "<div class=\"code\"><span>%4</span><b>%5</b><span>%6</span></div>"
                         "<div class=\"actions\">%7</div><p class=\"hint\">%8</p>")
              .arg(title, escaped(tr(texts.lead).arg(m_settings.agencyName)), benefits, escaped(tr(texts.codeLabel)),
                   escaped(code), escaped(tr(texts.codeHint)), actions, escaped(tr(texts.hint)));
    return document(language, title, main);
}

QString LandingPage::notFound(const QString &typed, Language language) const
{
    const auto &texts = textsFor(language);
    const auto shown = typed.left(40);
    QString main = QStringLiteral("<h1>%1</h1><p>%2</p>")
                       .arg(escaped(tr(texts.unknownTitle)), escaped(tr(texts.unknownText).arg(shown)));
    if (!m_settings.downloadUrl.isEmpty())
        main += QStringLiteral("<div class=\"actions\"><a class=\"button secondary\" href=\"%1\">%2</a></div>")
                    .arg(escaped(m_settings.downloadUrl), escaped(tr(texts.download)));
    return document(language, escaped(tr(texts.unknownTitle)), main);
}

} // namespace kp::server::referrals
