#include "client/api/ApiError.h"

#include "shared/Validation.h"

namespace kp::client {
namespace {

namespace limits = validation::limits;

int maxLengthOf(const QString &field)
{
    static const QMap<QString, int> lengths {
        {QStringLiteral("email"), limits::emailMax},
        {QStringLiteral("password"), limits::passwordMax},
        {QStringLiteral("name"), limits::nameMax},
        {QStringLiteral("company"), limits::companyMax},
        {QStringLiteral("username"), limits::usernameMax},
        {QStringLiteral("referral_code"), limits::referralCodeMax},
        {QStringLiteral("reason"), limits::reasonMax},
        {QStringLiteral("login"), limits::loginMax},
        {QStringLiteral("referral_source"), limits::referralSourceMax},
    };
    return lengths.value(field, 0);
}

} // namespace

QString ApiError::problemText(const QString &field, const QString &problem)
{
    namespace p = validation::problem;
    if (problem == p::required)
        return tr("Please fill in this field.");
    if (problem == p::tooShort) {
        if (field == QLatin1String("password"))
            return tr("Use at least %1 characters.").arg(limits::passwordMin);
        if (field == QLatin1String("username"))
            return tr("Use at least %1 characters.").arg(limits::usernameMin);
        return tr("This is too short.");
    }
    if (problem == p::tooLong) {
        const int max = maxLengthOf(field);
        return max > 0 ? tr("Use at most %1 characters.").arg(max) : tr("This is too long.");
    }
    if (problem == p::invalid) {
        if (field == QLatin1String("email"))
            return tr("This does not look like an email address.");
        if (field == QLatin1String("phone"))
            return tr("This is not a valid phone number. Include the area code, e.g. 030 1234567.");
        return tr("This value is not valid.");
    }
    if (problem == p::invalidCharacters) {
        if (field == QLatin1String("username"))
            return tr("Use lower-case letters, digits, dots, dashes and underscores only.");
        return tr("This contains characters that are not allowed.");
    }
    if (problem == p::taken) {
        if (field == QLatin1String("email"))
            return tr("An account with this email address already exists. Log in instead.");
        if (field == QLatin1String("username"))
            return tr("This user name is taken. Please choose another.");
        return tr("This is already taken.");
    }
    if (problem == p::unknown) {
        if (field == QLatin1String("referral_code"))
            return tr("We do not know this referral code. Please check it or leave the field empty.");
        return tr("This value is unknown.");
    }
    if (problem == QLatin1String("mismatch"))
        return tr("The passwords do not match.");
    return tr("This value is not valid.");
}

ApiError ApiError::unexpectedAnswer(int httpStatus)
{
    ApiError error;
    error.httpStatus = httpStatus;
    return error;
}

QString ApiError::fieldMessage(const QString &field) const
{
    const auto problem = fields.value(field);
    return problem.isEmpty() ? QString() : problemText(field, problem);
}

QString ApiError::message() const
{
    if (isNetworkError())
        return tr(
            "The server cannot be reached. Check your internet connection and the server address, then try again.");
    if (!code)
        return tr("The server answered unexpectedly (HTTP %1). Please try again later.").arg(httpStatus);
    switch (*code) {
    case ErrorCode::ValidationFailed:
        return tr("Please check the highlighted fields.");
    case ErrorCode::InvalidCredentials:
        return tr("The login details are wrong. Check your email address or user name and your password.");
    case ErrorCode::Unauthenticated:
        return tr("Your session has ended. Please log in again.");
    case ErrorCode::Forbidden:
        return tr("You are not allowed to do this.");
    case ErrorCode::PendingApproval:
        return tr("Your registration is still being reviewed by the agency.");
    case ErrorCode::Rejected:
        return tr("Your registration was not approved.");
    case ErrorCode::OnboardingIncomplete:
        return tr("Please complete your onboarding checklist first.");
    case ErrorCode::NotFound:
        return tr("This no longer exists. It may have been removed.");
    case ErrorCode::Conflict:
        return fields.isEmpty() ? tr("Someone changed this in the meantime. Reload and try again.")
                                : tr("Please check the highlighted fields.");
    case ErrorCode::RateLimited: {
        const int minutes = (retryAfterSeconds + 59) / 60;
        return retryAfterSeconds >= 60
            ? tr("Too many attempts. Please try again in %n minute(s).", nullptr, minutes)
            : tr("Too many attempts. Please try again in %n second(s).", nullptr, std::max(1, retryAfterSeconds));
    }
    case ErrorCode::PayloadTooLarge:
        return tr("This is too large to send.");
    case ErrorCode::UnsupportedMediaType:
    case ErrorCode::BadRequest:
    case ErrorCode::MethodNotAllowed:
    case ErrorCode::HeadersTooLarge:
        return tr("The app and the server do not understand each other. Please update the app.");
    case ErrorCode::Unavailable:
        return tr("The server is busy. Please try again in a moment.");
    case ErrorCode::Internal:
        return tr("Something went wrong on the server. Please try again later.");
    }
    return tr("Something went wrong. Please try again.");
}

} // namespace kp::client
