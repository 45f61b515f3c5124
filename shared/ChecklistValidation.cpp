#include "shared/ChecklistValidation.h"

#include <QDate>
#include <QRegularExpression>
#include <QUrl>

namespace kp::validation {
namespace {

// Free text may span lines and use tabs; other control characters only smuggle things in.
bool hasForbiddenControls(const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            continue;
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            return true;
    }
    return false;
}

Problem checkString(const ChecklistItem &item, const QString &value)
{
    if (value.isEmpty())
        return std::nullopt;
    switch (item.type) {
    case ChecklistItemType::Text:
        if (codePoints(value) > limits::checklistTextMax)
            return problem::tooLong;
        return hasForbiddenControls(value) ? Problem(problem::invalidCharacters) : std::nullopt;
    case ChecklistItemType::Url:
        return checkHttpUrl(value);
    case ChecklistItemType::Date:
        return checkIsoDate(value);
    case ChecklistItemType::Choice:
        return item.options.contains(value) ? std::nullopt : Problem(problem::invalid);
    case ChecklistItemType::File:
        return checkFileValue(value);
    case ChecklistItemType::Checkbox:
        break;
    }
    return problem::invalidType;
}

} // namespace

Problem checkChecklistAnswer(const ChecklistItem &item, const QJsonValue &value)
{
    if (item.type == ChecklistItemType::Checkbox)
        return value.isBool() ? std::nullopt : Problem(problem::invalidType);
    if (!value.isString())
        return problem::invalidType;
    return checkString(item, value.toString());
}

Problem checkRequiredAnswer(const ChecklistItem &item, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return item.required ? Problem(problem::required) : std::nullopt;
    if (auto problem = checkChecklistAnswer(item, value))
        return problem;
    if (item.required && !isAnswered(value))
        return problem::required;
    return std::nullopt;
}

bool isAnswered(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    return value.isString() && !value.toString().trimmed().isEmpty();
}

Problem checkHttpUrl(const QString &url)
{
    if (codePoints(url) > limits::checklistTextMax)
        return problem::tooLong;
    const QUrl parsed(url, QUrl::StrictMode);
    const auto scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || parsed.host().isEmpty() || url.contains(QLatin1Char(' ')) || hasForbiddenControls(url))
        return problem::invalid;
    return std::nullopt;
}

Problem checkIsoDate(const QString &date)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    // QDate refuses a day that does not exist (2026-02-30), the shape refuses "2026-2-3".
    if (!shape.match(date).hasMatch() || !QDate::fromString(date, Qt::ISODate).isValid())
        return problem::invalid;
    return std::nullopt;
}

Problem checkFileValue(const QString &value)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{64}$"));
    return shape.match(value).hasMatch() ? std::nullopt : Problem(problem::invalid);
}

} // namespace kp::validation
