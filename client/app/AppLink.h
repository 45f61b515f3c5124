#pragma once

#include <QString>

#include <optional>

namespace kp::client {

struct ParsedAppLink;

// A `kundenportal://` link the browser hands to the app (the landing page's button, issue 17).
// Only one exists: `kundenportal://register?ref=CODE&click=ID` opens the registration with the
// partner's code filled in. Everything in it came from a web page, so it is checked as strictly
// as anything typed: the code with the server's own rule, the click id as the server makes it.
struct AppLink {
    enum class Action { Register };

    Action action = Action::Register;
    QString referralCode;
    QString clickId; // empty when the link carries none

    static constexpr int maxLength = 2048;
    static constexpr int clickIdMax = 64;

    static ParsedAppLink parse(const QString &text);
};

struct ParsedAppLink {
    std::optional<AppLink> link;
    // Why it was refused, in English for the log; names no value taken from the link's query.
    QString refusal;
};

} // namespace kp::client
