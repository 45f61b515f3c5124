#pragma once

#include <QString>

#include <optional>

// Field rules both sides apply: the client to warn while typing, the server to decide.
// A check returns std::nullopt when the value is fine, otherwise a problem code that goes
// into the API error's `fields` map and that the client turns into a translated sentence.
namespace kp::validation {

namespace problem {
inline const QString required = QStringLiteral("required");
inline const QString tooShort = QStringLiteral("too_short");
inline const QString tooLong = QStringLiteral("too_long");
inline const QString tooLarge = QStringLiteral("too_large"); // a file or picture beyond its limit
inline const QString invalid = QStringLiteral("invalid");
inline const QString invalidType = QStringLiteral("invalid_type");
inline const QString invalidCharacters = QStringLiteral("invalid_characters");
inline const QString taken = QStringLiteral("taken");
inline const QString unknown = QStringLiteral("unknown");
inline const QString unexpected = QStringLiteral("unexpected");
} // namespace problem

namespace limits {
inline constexpr int emailMax = 254; // RFC 5321 path limit
inline constexpr int passwordMin = 10;
inline constexpr int passwordMax = 256; // long enough for passphrases, short enough to hash cheaply
inline constexpr int nameMax = 100;
inline constexpr int companyMax = 120;
inline constexpr int usernameMin = 3;
inline constexpr int usernameMax = 32;
inline constexpr int referralCodeMax = 32;
inline constexpr int referralSourceMax = 200;
inline constexpr int reasonMax = 500;
inline constexpr int loginMax = emailMax;
} // namespace limits

using Problem = std::optional<QString>;

// Trims and composes to NFC, so "Müller" typed two ways is one name.
// Characters as a person counts them (an emoji is one), for every length limit.
qsizetype codePoints(const QString &text);

QString normalizeText(const QString &text);
// Trims, lower-cases and composes to NFC: addresses are compared case-insensitively, and one
// address typed two ways is one account.
QString normalizeEmail(const QString &email);

// Refuses, besides malformed addresses, every space and invisible character (U+00A0, U+200B,
// bidi controls, …) anywhere in the address.
Problem checkEmail(const QString &normalizedEmail);
Problem checkPassword(const QString &password);
// Names, companies, reasons: any printable Unicode, no control characters.
Problem checkDisplayText(const QString &normalizedText, int maxLength, bool required = true);
Problem checkUsername(const QString &username);
Problem checkReferralCode(const QString &code);

struct PhoneCheck {
    QString e164; // the number in E.164 when valid
    Problem problem;
};
// Numbers without a country code are read as `defaultRegion`'s (German: the agency's market).
PhoneCheck checkPhone(const QString &phone, const QString &defaultRegion = QStringLiteral("DE"));
// A valid E.164 number in the international format people read ("+49 30 1234567"); the input
// unchanged when it does not parse.
QString internationalPhone(const QString &e164);

} // namespace kp::validation
