#include "shared/Validation.h"

#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

namespace kp::validation {
namespace {

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}

// Characters a person cannot see or tell from a plain space: in an address they only serve to
// make two accounts look alike (U+00A0, U+200B, bidi overrides, soft hyphen, BOM, …).
// Walks code points, so a character outside the BMP is judged by its real category.
bool hasInvisibleOrSpaceCharacters(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        switch (QChar::category(c)) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return true;
        default:
            if (QChar::isSpace(c))
                return true;
        }
    }
    return false;
}

} // namespace

qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size();
}

QString normalizeText(const QString &text)
{
    return text.trimmed().normalized(QString::NormalizationForm_C);
}

QString normalizeEmail(const QString &email)
{
    // NFC after lower-casing: case mapping may decompose (U+0130), and "jörg" typed composed or
    // decomposed must be one address, in the database and at login alike.
    return email.trimmed().toLower().normalized(QString::NormalizationForm_C);
}

Problem checkEmail(const QString &email)
{
    if (email.isEmpty())
        return problem::required;
    if (email.size() > limits::emailMax)
        return problem::tooLong;
    // Deliberately modest: one @, a dot in the domain, no spaces. The mailbox decides the rest.
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    if (!pattern.match(email).hasMatch() || hasInvisibleOrSpaceCharacters(email))
        return problem::invalid;
    return std::nullopt;
}

Problem checkPassword(const QString &password)
{
    if (password.isEmpty())
        return problem::required;
    if (codePoints(password) < limits::passwordMin)
        return problem::tooShort;
    if (codePoints(password) > limits::passwordMax)
        return problem::tooLong;
    return std::nullopt;
}

Problem checkDisplayText(const QString &text, int maxLength, bool required)
{
    if (text.isEmpty())
        return required ? Problem(problem::required) : std::nullopt;
    if (codePoints(text) > maxLength)
        return problem::tooLong;
    if (hasControlCharacters(text))
        return problem::invalidCharacters;
    return std::nullopt;
}

Problem checkUsername(const QString &username)
{
    if (username.isEmpty())
        return problem::required;
    if (username.size() < limits::usernameMin)
        return problem::tooShort;
    if (username.size() > limits::usernameMax)
        return problem::tooLong;
    // No '@': a login containing one is always read as an email address.
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    if (!pattern.match(username).hasMatch())
        return problem::invalidCharacters;
    return std::nullopt;
}

Problem checkReferralCode(const QString &code)
{
    if (code.isEmpty())
        return problem::required;
    if (code.size() > limits::referralCodeMax)
        return problem::tooLong;
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]+$"));
    if (!pattern.match(code).hasMatch())
        return problem::invalidCharacters;
    return std::nullopt;
}

PhoneCheck checkPhone(const QString &phone, const QString &defaultRegion)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const auto trimmed = phone.trimmed();
    if (trimmed.isEmpty())
        return {{}, problem::required};
    if (trimmed.size() > 40 || hasControlCharacters(trimmed))
        return {{}, problem::invalid};
    const auto *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(trimmed.toStdString(), defaultRegion.toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util->IsValidNumber(number))
        return {{}, problem::invalid};
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return {QString::fromStdString(e164), std::nullopt};
}

QString internationalPhone(const QString &e164)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const auto *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace kp::validation
