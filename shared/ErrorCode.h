#pragma once

#include <QString>

#include <optional>

namespace kp {

// The machine codes of API.md's error shape. One enum so client and server cannot drift.
enum class ErrorCode {
    ValidationFailed,
    InvalidCredentials,
    Unauthenticated,
    Forbidden,
    PendingApproval,
    Rejected,
    OnboardingIncomplete,
    NotFound,
    MethodNotAllowed,
    Conflict,
    RateLimited,
    PayloadTooLarge,
    UnsupportedMediaType,
    BadRequest,
    HeadersTooLarge,
    Unavailable,
    Internal,
};

QString errorCodeName(ErrorCode code);
std::optional<ErrorCode> errorCodeFromName(const QString &name);
int httpStatus(ErrorCode code);

} // namespace kp
