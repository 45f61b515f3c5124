#include "client/onboarding/AnswerText.h"

#include "client/widgets/Format.h"
#include "shared/ChecklistValidation.h"

#include <QDate>
#include <QLocale>

namespace kp::client {

QString AnswerText::of(const ChecklistItem &item, const QJsonValue &value, const ChecklistFile *file)
{
    if (item.type == ChecklistItemType::Checkbox)
        return value.toBool() ? tr("Yes") : tr("No");
    if (!validation::isAnswered(value))
        return {};
    const auto text = value.toString();
    switch (item.type) {
    case ChecklistItemType::Date: {
        const auto date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? format::date(date) : text.toHtmlEscaped();
    }
    case ChecklistItemType::Url:
        if (validation::checkHttpUrl(text))
            return text.toHtmlEscaped();
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(text.toHtmlEscaped(), text.toHtmlEscaped());
    case ChecklistItemType::File:
        if (!file)
            return tr("A file (no longer on the server)");
        return tr("%1 (%2)").arg(file->name.toHtmlEscaped(), QLocale().formattedDataSize(file->size));
    case ChecklistItemType::Checkbox:
    case ChecklistItemType::Text:
    case ChecklistItemType::Choice:
        break;
    }
    return text.toHtmlEscaped();
}

} // namespace kp::client
