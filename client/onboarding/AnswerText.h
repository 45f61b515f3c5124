#pragma once

#include "client/onboarding/CustomerChecklist.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace kp::client {

// A customer's answer to one item in words, for the agency's read-only view: a checkbox as
// "Yes"/"No", a date in the locale's format, a choice as its text, a web address as a link (rich
// text, everything else escaped), a file as its name and size. Empty when not answered.
struct AnswerText {
    Q_DECLARE_TR_FUNCTIONS(AnswerText)

public:
    static QString of(const ChecklistItem &item, const QJsonValue &value, const ChecklistFile *file = nullptr);
};

} // namespace kp::client
