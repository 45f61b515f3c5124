#pragma once

#include "shared/Checklist.h"
#include "shared/Validation.h"

#include <QJsonValue>

// The rules for checklist answers, both sides alike (the client warns while typing, the server
// decides). Problems are validation::problem codes, for the API error's `fields`.
namespace kp::validation {

namespace limits {
inline constexpr int checklistTextMax = 2000; // text and URL answers, in code points
inline constexpr int fileNameMax = 255;
} // namespace limits

// A value as it may be saved (API.md PUT /api/v1/checklist/answers: partial saves): of the
// item's JSON type, and in its format when not empty. An empty string (or false) is "not
// answered yet" and may be saved, so a customer can clear a field; whether a required item
// is answered is checkRequiredAnswer's question. Null is no value: the caller removes the
// answer instead.
//   checkbox  true|false                         else invalid_type
//   text      a string, ≤ 2000, no control chars  too_long, invalid_characters
//   url       http(s) with a host                 invalid, too_long
//   date      YYYY-MM-DD of a day that exists     invalid
//   choice    one of the item's options           invalid
//   file      a value PUT …/files/{item_id} gave  invalid
Problem checkChecklistAnswer(const ChecklistItem &item, const QJsonValue &value);

// The answer as "Abschließen" needs it: a required item must have a non-empty value (a
// required checkbox must be true), and every given value must be valid. `value` is Undefined
// when the item has no answer.
Problem checkRequiredAnswer(const ChecklistItem &item, const QJsonValue &value);

// True when `value` counts as answered (a non-empty string, or true).
bool isAnswered(const QJsonValue &value);

Problem checkHttpUrl(const QString &url);
Problem checkIsoDate(const QString &date);
// The `value` of an uploaded file: the SHA-256 of its bytes, 64 lower-case hex digits.
Problem checkFileValue(const QString &value);

} // namespace kp::validation
