#include "shared/ErrorCode.h"

#include <array>

namespace kp {
namespace {

struct ErrorCodeInfo {
    ErrorCode code;
    const char *name;
    int status;
};

constexpr std::array kErrorCodes {
    ErrorCodeInfo {ErrorCode::ValidationFailed, "validation_failed", 422},
    ErrorCodeInfo {ErrorCode::InvalidCredentials, "invalid_credentials", 401},
    ErrorCodeInfo {ErrorCode::Unauthenticated, "unauthenticated", 401},
    ErrorCodeInfo {ErrorCode::Forbidden, "forbidden", 403},
    ErrorCodeInfo {ErrorCode::PendingApproval, "pending_approval", 403},
    ErrorCodeInfo {ErrorCode::Rejected, "rejected", 403},
    ErrorCodeInfo {ErrorCode::OnboardingIncomplete, "onboarding_incomplete", 409},
    ErrorCodeInfo {ErrorCode::NotFound, "not_found", 404},
    ErrorCodeInfo {ErrorCode::MethodNotAllowed, "method_not_allowed", 405},
    ErrorCodeInfo {ErrorCode::Conflict, "conflict", 409},
    ErrorCodeInfo {ErrorCode::RateLimited, "rate_limited", 429},
    ErrorCodeInfo {ErrorCode::PayloadTooLarge, "payload_too_large", 413},
    ErrorCodeInfo {ErrorCode::UnsupportedMediaType, "unsupported_media_type", 415},
    ErrorCodeInfo {ErrorCode::BadRequest, "bad_request", 400},
    ErrorCodeInfo {ErrorCode::HeadersTooLarge, "headers_too_large", 431},
    ErrorCodeInfo {ErrorCode::Unavailable, "unavailable", 503},
    ErrorCodeInfo {ErrorCode::Internal, "internal", 500},
};

const ErrorCodeInfo &infoFor(ErrorCode code)
{
    for (const auto &info : kErrorCodes) {
        if (info.code == code)
            return info;
    }
    return kErrorCodes.back();
}

} // namespace

QString errorCodeName(ErrorCode code)
{
    return QString::fromLatin1(infoFor(code).name);
}

std::optional<ErrorCode> errorCodeFromName(const QString &name)
{
    for (const auto &info : kErrorCodes) {
        if (name == QLatin1String(info.name))
            return info.code;
    }
    return std::nullopt;
}

int httpStatus(ErrorCode code)
{
    return infoFor(code).status;
}

} // namespace kp
